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
Data page_frame(const Content& c, const Labels& l, const std::string& path,
                const std::string& title, const std::string& nav, const std::vector<Crumb>& crumbs,
                const std::optional<std::string>& root = std::nullopt);

// Renders template `name` with `data`, then the layout around it.
std::string render_in_layout(const Templates& t, const std::string& name, Data data);
// The same bytes, handed to `sink` in pieces, with the items of `lazy` made one
// at a time: for a page too big to hold whole, with its data, in memory.
void render_in_layout(const Templates& t, const std::string& name, const Data& data,
                      const LazyList& lazy, const Sink& sink);

// kainjow's set() and push_back() copy their argument, deeply (a page's data
// is a tree of maps); these move it in.
inline void put(Data& object, const std::string& key, Data value) {
    object[key] = std::move(value);
}
inline void append(Data& list, Data value) {
    // list_value() is const only in kainjow's interface: the list is the data's own.
    const_cast<kainjow::mustache::list&>(list.list_value()).push_back(std::move(value));
}

inline Data list() {
    return Data(Data::type::list);
}

// Sets `key` only when `value` is not empty: kainjow's {{#key}} treats an empty
// string as true, and optional fields must disappear when empty.
inline void set_optional(Data& d, const std::string& key, const std::string& value) {
    if (!value.empty()) put(d, key, value);
}

} // namespace prongsai
