#include "derive/derive.h"

#include "thai.h"

#include <algorithm>

namespace prongsai {

std::string unit_name(const Plan& plan, const std::string& unit) {
    auto it = plan.unit_aliases.find(unit);
    return it == plan.unit_aliases.end() ? unit : it->second;
}

void Totals::add(const Project& p) {
    ++projects;
    for (const auto& [year, amount] : p.budget) {
        by_year[year] += amount;
        total += amount;
    }
}

Derived derive(const Content& c) {
    Derived d;
    if (c.has_plan)
        for (int y = c.plan.first_year; y <= c.plan.last_year && y - c.plan.first_year < 100; ++y)
            d.years.push_back(y);
    for (const auto& dim : c.plan.dimensions)
        d.by_dimension[dim.number];
    for (const auto& p : c.plan.projects) {
        d.overall.add(p);
        d.by_dimension[p.dimension].add(p);
        d.by_mission[p.mission].add(p);
        if (std::find(d.units.begin(), d.units.end(), unit_name(c.plan, p.unit)) == d.units.end())
            d.units.push_back(unit_name(c.plan, p.unit));
    }
    std::sort(d.units.begin(), d.units.end());

    for (int y : d.years)
        d.fiscal_years[y].year = y;
    for (const auto& p : c.plan.projects)
        for (const auto& [year, amount] : p.budget) {
            FiscalYear& fy = d.fiscal_years[year];
            fy.year = year;
            fy.projects.push_back(&p);
            fy.budget += amount;
        }
    // A year with a report has a page, which links the report.
    for (const auto& r : c.reports)
        d.fiscal_years[r.year].year = r.year;
    for (const auto& a : c.announcements) {
        if (!a.date) continue; // an undated one belongs to no year
        FiscalYear& fy = d.fiscal_years[fiscal_year(*a.date)];
        fy.year = fiscal_year(*a.date);
        fy.announcements.push_back(&a);
    }
    for (const auto& doc : c.documents) {
        FiscalYear& fy = d.fiscal_years[doc.fiscal_year];
        fy.year = doc.fiscal_year;
        fy.documents.push_back(&doc);
        for (int n : doc.projects)
            d.documents_of_project[n].push_back(&doc);
        for (const auto& slug : doc.announcements)
            d.documents_of_announcement[slug].push_back(&doc);
    }
    for (const auto& a : c.announcements)
        for (const auto& file : a.attachments)
            for (const auto& doc : c.documents) {
                auto& list = d.documents_of_announcement[a.slug];
                if (doc.file == file && std::find(list.begin(), list.end(), &doc) == list.end())
                    list.push_back(&doc);
            }
    return d;
}

} // namespace prongsai
