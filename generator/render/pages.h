// render: the pages of the site, each a path and a function that renders it.
#pragma once

#include "derive/derive.h"
#include "model.h"
#include "render/templates.h"

#include <functional>
#include <string>
#include <vector>

namespace prongsai {

struct PageSpec {
    std::string path; // relative to the output folder, '/'-separated
    std::function<std::string(const Templates&)> render;
    // A digest of what the page reads beyond the content's shared digest (a
    // project page: its body). Pages with equal keys render equal bytes.
    std::string depends = {};
    // For a page too big to hold whole (the print view): its bytes in pieces,
    // to the sink given. `render` gives the same bytes in one string.
    std::function<void(const Templates&, const Sink&)> stream = {};
    // A table's data (CSV): rendered and kept like a page, but a reader does
    // not count it as a page, and the sitemap lists pages only.
    bool data = false;
};

// Every page of the site. Rendering a page reads `c` and `d` only, so pages can
// be rendered on several threads at once.
// `l`: the theme's words (Theme::labels).
std::vector<PageSpec> plan_pages(const Content& c, const Derived& d, const Labels& l);

} // namespace prongsai
