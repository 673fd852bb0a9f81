// load: the content folder's files → the typed model, keeping source places.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <filesystem>
#include <optional>
#include <string>

namespace prongsai {

// Reads site.toml, plan/plan.toml, plan/intro.md and plan/projects/*.md.
// Problems go to `diags`; what could be read is returned all the same, so one
// run reports every problem rather than the first.
Content load_content(const std::filesystem::path& root, Diagnostics& diags, unsigned threads = 1);

// One project or announcement file's text → the model; `file` names it in
// diagnostics, `slug` is its file name without .md.
std::optional<Project> parse_project(const std::string& text, const std::string& file,
                                     const std::string& slug, Diagnostics& diags);
std::optional<Announcement> parse_announcement(const std::string& text, const std::string& file,
                                               const std::string& slug, Diagnostics& diags);

// One page of pages/ (`slug`: its path below pages/ without .md).
std::optional<ContentPage> parse_content_page(const std::string& text, const std::string& file,
                                              const std::string& slug, Diagnostics& diags);

} // namespace prongsai
