// The search page and the site map (what a reader without JavaScript gets
// instead of the search box).
#pragma once

#include "model.h"
#include "render/pages.h"
#include "search/search_index.h"

#include <vector>

namespace prongsai {

// Adds search.html and sitemap.html, the site map listing `entries` by kind.
void add_search_pages(const Content& c, const Labels& l, const std::vector<SearchEntry>& entries,
                      std::vector<PageSpec>& pages);

// The search box's data for the partial _search: where the script, the
// index (each organisation's, below `base`), the catalogue and the site map
// are. `orgs`: the organisations' sub-folders in a province's search, else
// empty. `catalogue`: the site has a plan, whose catalogue a reader without
// JavaScript is pointed to.
Data search_box(const std::string& base, const std::vector<std::string>& orgs, bool province,
                bool catalogue = true);

} // namespace prongsai
