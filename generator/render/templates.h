// The theme: Mustache templates and static assets, read once per build.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace prongsai {

using Data = kainjow::mustache::data;

struct Theme {
    std::map<std::string, std::string> templates; // name (without .mustache) → source
    std::map<std::string, std::filesystem::path> template_files; // name → the file it came from
    std::string digest; // of the templates: every page rendered with them depends on it
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

// The templates of a whole build, each parsed once: kainjow takes about as long
// to parse a template as to render a page with it, and the organisations of a
// province mostly share one theme.
class TemplateCache {
  public:
    // Reports each template of `theme` that does not parse; false if any.
    bool check(const Theme& theme, Diagnostics& diags);
    // `theme`'s templates compiled for the calling thread.
    const Templates& for_this_thread(const Theme& theme);

  private:
    std::mutex mutex_;
    std::set<std::string> valid_; // digests of sources that parse
    std::map<std::pair<std::string, std::thread::id>, std::unique_ptr<Templates>> compiled_;
};

} // namespace prongsai
