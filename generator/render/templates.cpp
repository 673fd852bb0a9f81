#include "render/templates.h"

#include "text.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace prongsai {

namespace {} // namespace

namespace {

// Adds the templates and assets of `dir` to `theme`, replacing files of the same name.
void add_theme_files(Theme& theme, const fs::path& dir, Diagnostics& diags) {
    std::error_code ec;
    if (fs::is_directory(dir / "templates", ec))
        for (const auto& e : fs::directory_iterator(dir / "templates", ec))
            if (e.path().extension() == ".mustache") {
                std::string source = read_file_bytes(e.path());
                kainjow::mustache::mustache check(source);
                if (!check.is_valid())
                    diags.error({e.path().generic_string(), 0, 0},
                                "template error: " + check.error_message());
                theme.templates[e.path().stem().string()] = std::move(source);
            }
    if (fs::is_directory(dir / "assets", ec))
        for (const auto& e : fs::recursive_directory_iterator(dir / "assets", ec))
            if (e.is_regular_file())
                theme.assets[e.path().lexically_relative(dir / "assets").generic_string()] =
                    e.path();
}

} // namespace

std::optional<Theme> load_theme(const fs::path& content_root, const std::string& name,
                                const fs::path& program_dir, Diagnostics& diags) {
    std::vector<fs::path> candidates = {
        fs::path("themes") / name, program_dir / ".." / "themes" / name,
        program_dir / ".." / "share" / "prongsai" / "themes" / name};
    fs::path site_overrides = content_root / "themes" / name;
    std::error_code ec;
    for (const auto& dir : candidates) {
        if (!fs::is_directory(dir / "templates", ec)) continue;
        Theme theme;
        add_theme_files(theme, dir, diags);
        // A site overrides any template or asset with a file of the same name.
        add_theme_files(theme, site_overrides, diags);
        return theme;
    }
    if (fs::is_directory(site_overrides / "templates", ec)) {
        Theme theme;
        add_theme_files(theme, site_overrides, diags);
        return theme;
    }
    diags.error({(content_root / "site.toml").generic_string(), 0, 0},
                "theme \"" + name + "\" was not found (looked in " +
                    site_overrides.generic_string() + " and themes/" + name + ")");
    return std::nullopt;
}

Templates::Templates(const Theme& theme) {
    for (const auto& [name, source] : theme.templates)
        compiled_.emplace(name, source);
}

std::string Templates::render(const std::string& name, const Data& data) const {
    auto it = compiled_.find(name);
    if (it == compiled_.end()) return {};
    return it->second.render(data);
}

} // namespace prongsai
