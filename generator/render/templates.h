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
    std::filesystem::path dir;
    std::map<std::string, std::string> templates; // name (without .mustache) → source
    std::vector<std::filesystem::path> assets;    // files under assets/, relative to it
};

// Finds theme `name`: the content folder's own themes/ first, then ./themes,
// then the themes installed beside the program.
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
