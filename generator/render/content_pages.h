// render: the organisation's own pages (pages/**.md and a page a folder),
// its executives, its structure and how to contact it.
#pragma once

#include "model.h"
#include "render/pages.h"
#include "render/templates.h"

#include <vector>

namespace prongsai {

void add_content_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages);

} // namespace prongsai
