// load: the content folder's files → the typed model, keeping source places.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <filesystem>

namespace prongsai {

// Reads site.toml, plan/plan.toml, plan/intro.md and plan/projects/*.md.
// Problems go to `diags`; what could be read is returned all the same, so one
// run reports every problem rather than the first.
Content load_content(const std::filesystem::path& root, Diagnostics& diags);

} // namespace prongsai
