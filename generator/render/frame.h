// What every page shares: relative root, navigation, breadcrumbs, the layout.
#pragma once

#include "model.h"
#include "render/templates.h"

#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// "../" once per folder level of `path`, so every link is relative.
std::string root_of(const std::string& path);

struct Crumb {
    std::string label;
    std::string href; // relative to the site's root; empty for the current page
};

// The frame of a page: site and organisation, navigation with `nav` marked
// current, breadcrumbs after หน้าแรก, the archived years.
// `root` replaces the relative root for pages served at any address (404).
Data page_frame(const Content& c, const std::string& path, const std::string& title,
                const std::string& nav, const std::vector<Crumb>& crumbs,
                const std::optional<std::string>& root = std::nullopt);

// Renders template `name` with `data`, then the layout around it.
std::string render_in_layout(const Templates& t, const std::string& name, Data data);

inline Data list() {
    return Data(Data::type::list);
}

// Sets `key` only when `value` is not empty: kainjow's {{#key}} treats an empty
// string as true, and optional fields must disappear when empty.
inline void set_optional(Data& d, const std::string& key, const std::string& value) {
    if (!value.empty()) d.set(key, value);
}

} // namespace prongsai
