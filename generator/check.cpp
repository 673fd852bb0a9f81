#include "check.h"

#include "render/markdown.h"
#include "thai.h"

#include <filesystem>

#include <map>
#include <set>

namespace prongsai {

namespace {

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string baht(Satang s) {
    return format_baht(s, Digits::arabic) + " baht";
}

void check_tree(const Plan& plan, Diagnostics& diags) {
    std::set<int> numbers;
    std::set<std::string> codes;
    for (const auto& d : plan.dimensions) {
        if (!numbers.insert(d.number).second)
            diags.error(d.loc, "dimension " + std::to_string(d.number) + " is defined twice");
        for (const auto& m : d.missions) {
            if (!codes.insert(m.code).second)
                diags.error(m.loc, "mission " + m.code + " is defined twice");
            if (m.code.substr(0, m.code.find('.')) != std::to_string(d.number))
                diags.error(m.loc, "mission " + m.code + " is listed under dimension " +
                                       std::to_string(d.number) + "; its code must start with " +
                                       std::to_string(d.number) + ".");
            for (const auto& i : m.items) {
                if (!codes.insert(i.code).second)
                    diags.error(i.loc, "sub-item " + i.code + " is defined twice");
                if (!i.code.starts_with(m.code + "."))
                    diags.error(i.loc, "sub-item " + i.code + " is listed under mission " + m.code +
                                           "; its code must start with " + m.code + ".");
            }
        }
    }
}

void check_references(const Plan& plan, const Project& p, Diagnostics& diags) {
    const Dimension* dim = nullptr;
    std::vector<std::string> dims;
    for (const auto& d : plan.dimensions) {
        dims.push_back(std::to_string(d.number));
        if (d.number == p.dimension) dim = &d;
    }
    if (!dim) {
        diags.error(p.dimension_loc, "dimension " + std::to_string(p.dimension) +
                                         " is not defined in plan/plan.toml (it defines " +
                                         join(dims) + ")");
        return;
    }
    const Mission* mission = nullptr;
    std::vector<std::string> missions;
    for (const auto& m : dim->missions) {
        missions.push_back(m.code);
        if (m.code == p.mission) mission = &m;
    }
    if (!mission) {
        diags.error(p.mission_loc, "mission \"" + p.mission + "\" is not defined for dimension " +
                                       std::to_string(p.dimension) +
                                       " in plan/plan.toml; its missions are " + join(missions));
        return;
    }
    for (std::size_t k = 0; k < p.items.size(); ++k) {
        std::vector<std::string> items;
        bool found = false;
        for (const auto& i : mission->items) {
            items.push_back(i.code);
            found = found || i.code == p.items[k];
        }
        if (!found)
            diags.error(p.item_locs[k], "sub-item \"" + p.items[k] +
                                            "\" is not defined for mission " + p.mission +
                                            " in plan/plan.toml" +
                                            (items.empty() ? std::string("; it has none")
                                                           : "; its sub-items are " + join(items)));
    }
}

} // namespace

void check_content(const Content& c, Diagnostics& diags) {
    const Plan& plan = c.plan;
    check_tree(plan, diags);
    std::map<int, const Project*> by_number;
    for (const auto& p : plan.projects) {
        auto [it, fresh] = by_number.emplace(p.number, &p);
        if (!fresh)
            diags.error(p.number_loc, "sequence number " + std::to_string(p.number) +
                                          " is also used by " + it->second->source +
                                          "; each project needs its own number");
        check_references(plan, p, diags);
        for (const auto& [year, loc] : p.budget_locs)
            if (plan.first_year && plan.last_year &&
                (year < plan.first_year || year > plan.last_year))
                diags.error(loc, "year " + std::to_string(year) + " is outside the plan's period " +
                                     std::to_string(plan.first_year) + "–" +
                                     std::to_string(plan.last_year));
        if (p.budget.empty() && p.budget_locs.empty())
            diags.warning(p.loc, "[budget] has no year: the project runs in no year of the plan");
    }
    // Sequence numbers run 1, 2, 3 … with none left out.
    if (plan.unreadable_projects) return;
    int expected = 1;
    for (const auto& [number, p] : by_number) {
        if (number > expected) {
            std::string missing = number - expected == 1
                                      ? "number " + std::to_string(expected) + " is"
                                      : "numbers " + std::to_string(expected) + "–" +
                                            std::to_string(number - 1) + " are";
            diags.error(p->number_loc, "sequence numbers jump to " + std::to_string(number) + ": " +
                                           missing + " missing");
        }
        expected = number + 1;
    }
}

void check_publications(const Content& c, Diagnostics& diags) {
    std::set<std::string> files,
        slugs(c.unreadable_announcements.begin(), c.unreadable_announcements.end());
    for (const auto& d : c.documents)
        files.insert(d.file);
    auto attached = [&](const std::vector<std::string>& attachments, const SourceLoc& at) {
        for (const auto& file : attachments)
            if (!files.count(file))
                diags.error(at, "attachment \"" + file +
                                    "\" is not listed in documents/documents.toml; list it there "
                                    "with file = \"" +
                                    file + "\", or correct the name");
    };
    for (const auto& a : c.announcements) {
        slugs.insert(a.slug);
        attached(a.attachments, a.attachments_loc);
    }
    for (const auto& page : c.pages)
        attached(page.attachments, page.attachments_loc);
    std::set<int> numbers;
    for (const auto& p : c.plan.projects)
        numbers.insert(p.number);
    for (const auto& d : c.documents) {
        for (int n : d.projects)
            if (!numbers.count(n))
                diags.error(d.projects_loc, "there is no project number " + std::to_string(n) +
                                                " in plan/projects");
        for (const auto& slug : d.announcements)
            if (!slugs.count(slug))
                diags.error(d.announcements_loc, "there is no announcement \"" + slug +
                                                     "\" (announcements/" + slug + ".md)");
    }
}

void check_links(const Content& c, const std::set<std::string>& produced, Diagnostics& diags) {
    auto check = [&](const std::string& markdown, const std::string& file, int first_line,
                     const std::string& folder) {
        for (const auto& link : markdown_links(markdown)) {
            if (!is_local_link(link.url)) continue;
            std::string target = (std::filesystem::path(folder) / page_of_link(link.url))
                                     .lexically_normal()
                                     .generic_string();
            if (produced.count(target)) continue;
            diags.error({file, first_line + link.line - 1, link.column},
                        "the link (" + link.url +
                            ") leads to no page or document of the site; link to a project as "
                            "08.md, to an announcement as ../../announcements/NAME.md, to a "
                            "document as ../../documents/FILE (from a project), or check the name");
        }
    };
    check(c.plan.intro_markdown, c.root + "/plan/intro.md", 1, "plan");
    for (const auto& p : c.plan.projects)
        check(p.body_markdown, p.source, p.body_line, "plan/projects");
    for (const auto& a : c.announcements)
        check(a.body_markdown, a.source, a.body_line, "announcements");
    for (const auto& p : c.pages)
        check(p.body_markdown, p.source, p.body_line,
              p.section.empty() ? "pages" : "pages/" + p.section);
}

void check_stated_figures(const Content& c, const Derived& d, Diagnostics& diags) {
    const Plan& plan = c.plan;
    if (plan.stated_projects && *plan.stated_projects != d.overall.projects)
        diags.warning(plan.stated_projects_loc,
                      "the plan states " + std::to_string(*plan.stated_projects) +
                          " projects but the content has " + std::to_string(d.overall.projects) +
                          "; the pages show both");
    auto compare = [&](const StatedBudget& stated, const Totals& computed,
                       const std::string& what) {
        for (const auto& [year, s] : stated) {
            auto it = computed.by_year.find(year);
            Satang sum = it == computed.by_year.end() ? 0 : it->second;
            if (sum != s.first)
                diags.warning(s.second, what + " states " + baht(s.first) + " for " +
                                            std::to_string(year) + " but its projects add up to " +
                                            baht(sum) + "; the pages show both");
        }
    };
    compare(plan.stated_budget, d.overall, "the plan");
    for (const auto& dim : plan.dimensions) {
        auto it = d.by_dimension.find(dim.number);
        if (it == d.by_dimension.end()) continue;
        if (dim.stated_projects && *dim.stated_projects != it->second.projects)
            diags.warning(dim.stated_projects_loc,
                          "dimension " + std::to_string(dim.number) + " states " +
                              std::to_string(*dim.stated_projects) + " projects but has " +
                              std::to_string(it->second.projects) + "; the pages show both");
        compare(dim.stated_budget, it->second, "dimension " + std::to_string(dim.number));
    }
}

} // namespace prongsai
