// derive: totals and indexes computed from the model, for checks and pages.
#pragma once

#include "model.h"

#include <map>
#include <string>
#include <vector>

namespace prongsai {

struct Totals {
    std::map<int, Satang> by_year; // only years that at least one project runs
    Satang total = 0;
    int projects = 0;
    void add(const Project& p);
};

struct Derived {
    std::vector<int> years; // the plan's fiscal years, first to last
    Totals overall;
    std::map<int, Totals> by_dimension;
    std::map<std::string, Totals> by_mission;
    std::vector<std::string> units; // responsible units, sorted
};

Derived derive(const Content& c);

} // namespace prongsai
