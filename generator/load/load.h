// load: the content folder's files → the typed model, keeping source places.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// Reads site.toml, plan/plan.toml, plan/intro.md and plan/projects/*.md.
// Problems go to `diags`; what could be read is returned all the same, so one
// run reports every problem rather than the first.
// The lists the program ships (generator/data/), read once per build and
// copied into each organisation's Content: parsing them is dearer than a small
// organisation's own files, so a province must not parse them per organisation.
struct ShippedLists {
    std::vector<OitYear> oit_years; // builtin_oit_years
    std::vector<ItaYear> ita_years; // builtin_ita_years
};
ShippedLists builtin_lists(Diagnostics& diags);

// `shipped`: see ShippedLists.
Content load_content(const std::filesystem::path& root, const ShippedLists& shipped,
                     Diagnostics& diags, unsigned threads = 1);

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
