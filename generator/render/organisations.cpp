#include "render/organisations.h"

#include "derive/oit.h"
#include "render/frame.h"
#include "render/routes.h"
#include "search/search_pages.h"
#include "thai.h"

#include <algorithm>
#include <map>

namespace prongsai {

std::string organisations_index(const std::vector<OrgLink>& orgs, const Templates& templates) {
    std::map<std::string, std::vector<const OrgLink*>> by_district;
    for (const auto& o : orgs)
        by_district[o.summary.district].push_back(&o);
    std::vector<std::string> districts;
    for (const auto& [district, _] : by_district)
        districts.push_back(district);
    thai_sort(districts);
    ThaiCollator collate;
    Data groups = list();
    for (const auto& district : districts) {
        auto& members = by_district[district];
        std::sort(members.begin(), members.end(), [&](const OrgLink* a, const OrgLink* b) {
            return collate(a->summary.name, b->summary.name);
        });
        Data group_orgs = list();
        for (const OrgLink* o : members) {
            Data org;
            put(org, "name", o->summary.name);
            put(org, "type", o->summary.type);
            put(org, "province", o->summary.province);
            put(org, "href", o->prefix + route::home);
            if (o->summary.projects) put(org, "projects", std::to_string(*o->summary.projects));
            Data coverage = list();
            for (const auto& x : oit_coverage_read(o->summary.oit)) {
                Data item;
                put(item, "year", std::to_string(x.year));
                put(item, "covered", std::to_string(x.covered));
                put(item, "total", std::to_string(x.total));
                put(item, "href", o->prefix + route::oit_year(x.year) + route::home);
                append(coverage, std::move(item));
            }
            put(org, "oit", std::move(coverage));
            append(group_orgs, std::move(org));
        }
        Data group;
        put(group, "district", district);
        put(group, "organisations", std::move(group_orgs));
        append(groups, std::move(group));
    }
    Data page;
    put(page, "districts", std::move(groups));
    put(page, "count", std::to_string(orgs.size()));
    // The province's own index (province_index.h), over every organisation's pages.
    put(page, "search", search_box("", {""}, true));
    return templates.render("organisations", page);
}

} // namespace prongsai
