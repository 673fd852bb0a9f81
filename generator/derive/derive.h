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

// Everything dated that belongs to one fiscal year.
struct FiscalYear {
    int year = 0;
    std::vector<const Announcement*> announcements; // newest first
    std::vector<const Document*> documents;
    std::vector<const Project*> projects; // budgeted (or run without budget) that year
    Satang budget = 0;
};

struct Derived {
    std::vector<int> years; // the plan's fiscal years, first to last
    Totals overall;
    std::map<int, Totals> by_dimension;
    std::map<std::string, Totals> by_mission;
    std::vector<std::string> units; // responsible units, sorted
    std::map<int, FiscalYear> fiscal_years;
    // Documents by project number and by announcement slug (attachments included).
    std::map<int, std::vector<const Document*>> documents_of_project;
    std::map<std::string, std::vector<const Document*>> documents_of_announcement;
};

// `c` must outlive the result, which points into it.
Derived derive(const Content& c);

// The name a responsible unit is listed under: its own, or the one an alias
// of plan.toml's [unit_aliases] gives for it.
std::string unit_name(const Plan& plan, const std::string& unit);

} // namespace prongsai
