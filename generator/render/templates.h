// The theme: Mustache templates and static assets, read once per build.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

using Data = kainjow::mustache::data;

struct Theme {
    std::map<std::string, std::string> templates; // name (without .mustache) → source
    // Path below assets/ → the file to copy; sorted, so output order is stable.
    std::map<std::string, std::filesystem::path> assets;
};

// Finds theme `name` in ./themes or beside the program, then lays the files of
// CONTENT/themes/NAME/ over it, file by file.
std::optional<Theme> load_theme(const std::filesystem::path& content_root, const std::string& name,
                                const std::filesystem::path& program_dir, Diagnostics& diags);

// Compiled templates for one thread (kainjow's renderer is not shared between
// threads).
class Templates {
  public:
    explicit Templates(const Theme& theme);
    // Renders template `name` with `data`; empty when the theme lacks it.
    std::string render(const std::string& name, const Data& data) const;

  private:
    mutable std::map<std::string, kainjow::mustache::mustache> compiled_;
};

} // namespace prongsai
