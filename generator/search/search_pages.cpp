#include "search/search_pages.h"

#include "render/frame.h"
#include "render/routes.h"

#include <memory>

namespace prongsai {

Data search_box(const std::string& base, const std::vector<std::string>& orgs, bool province,
                bool catalogue) {
    Data box;
    std::string joined;
    for (const auto& o : orgs)
        joined += (joined.empty() ? "" : " ") + o;
    put(box, "search_base", base);
    put(box, "search_orgs", joined);
    put(box, "search_index", std::string(route::search_index));
    put(box, "search_script", base + "assets/search.js");
    put(box, "province", Data(province));
    put(box, "has_catalogue", Data(catalogue));
    put(box, "catalogue_href", base + route::catalogue);
    put(box, "site_map_href", base + route::site_map);
    return box;
}

namespace {

struct MapItem {
    std::string title;
    std::string path;
};

// The site map's sections: one a kind, in the order the kinds first come.
using SiteMap = std::vector<std::pair<std::string, std::vector<MapItem>>>;

} // namespace

void add_search_pages(const Content& c, const Labels& l, const std::vector<SearchEntry>& entries,
                      std::vector<PageSpec>& pages) {
    pages.push_back({route::search, [&c, &l](const Templates& t) {
                         std::string root = root_of(route::search);
                         Data p = page_frame(c, l, route::search, l.at("nav.search"), "search",
                                             {{l.at("nav.search"), ""}});
                         put(p, "search", search_box(root, {""}, false, c.has_plan));
                         return render_in_layout(t, "search", std::move(p));
                     }});
    auto map = std::make_shared<SiteMap>();
    for (const auto& e : entries) {
        auto section = std::find_if(map->begin(), map->end(),
                                    [&](const auto& s) { return s.first == e.kind; });
        if (section == map->end()) section = map->insert(map->end(), {e.kind, {}});
        section->second.push_back({e.title, e.path});
    }
    pages.push_back({route::site_map, [&c, &l, map](const Templates& t) {
                         std::string root = root_of(route::site_map);
                         Data p = page_frame(c, l, route::site_map, l.at("site_map.title"), "",
                                             {{l.at("site_map.title"), ""}});
                         Data sections = list();
                         for (const auto& [kind, items] : *map) {
                             Data s;
                             put(s, "kind", kind);
                             Data links = list();
                             for (const auto& item : items) {
                                 Data link;
                                 put(link, "title", item.title);
                                 put(link, "href", root + item.path);
                                 append(links, std::move(link));
                             }
                             put(s, "pages", std::move(links));
                             append(sections, std::move(s));
                         }
                         put(p, "sections", std::move(sections));
                         return render_in_layout(t, "site_map", std::move(p));
                     }});
}

} // namespace prongsai
