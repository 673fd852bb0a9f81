#include "derive.h"

#include <algorithm>

namespace prongsai {

void Totals::add(const Project& p) {
    ++projects;
    for (const auto& [year, amount] : p.budget) {
        by_year[year] += amount;
        total += amount;
    }
}

Derived derive(const Content& c) {
    Derived d;
    for (int y = c.plan.first_year; y <= c.plan.last_year && y - c.plan.first_year < 100; ++y)
        d.years.push_back(y);
    for (const auto& dim : c.plan.dimensions)
        d.by_dimension[dim.number];
    for (const auto& p : c.plan.projects) {
        d.overall.add(p);
        d.by_dimension[p.dimension].add(p);
        d.by_mission[p.mission].add(p);
        if (std::find(d.units.begin(), d.units.end(), p.unit) == d.units.end())
            d.units.push_back(p.unit);
    }
    std::sort(d.units.begin(), d.units.end());
    return d;
}

} // namespace prongsai
