#include "derive/oit.h"

#include "render/menu.h"
#include "render/routes.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

namespace prongsai {

namespace {

std::string year_list(const std::vector<OitYear>& years) {
    std::string out;
    for (const auto& y : years)
        out += (out.empty() ? "" : ", ") + std::to_string(y.year);
    return out.empty() ? "none" : out;
}

void check_refs(const Content& c, const OitRefs& refs, Diagnostics& diags) {
    for (const auto& ref : refs) {
        const OitYear* y = find_oit_year(c.oit_years, ref.year);
        if (!y) {
            diags.error(ref.loc, "prongsai has no OIT item list for " + std::to_string(ref.year) +
                                     "; the assessment years it has are " + year_list(c.oit_years));
            continue;
        }
        std::vector<std::string> codes;
        for (const auto& item : y->items)
            codes.push_back(item.code);
        if (std::find(codes.begin(), codes.end(), ref.code) != codes.end()) continue;
        std::string message = "the OIT list of " + std::to_string(ref.year) + " has no item '" +
                              ref.code + "'; its items are " + codes.front() + " to " +
                              codes.back();
        if (auto guess = closest(ref.code, codes)) message += "; did you mean " + *guess + "?";
        diags.error(ref.loc, message);
    }
}

// The fiscal years a part of a year's report is about.
std::set<int> part_years(const FiscalYearReport& r, const std::string& slug) {
    std::set<int> years;
    if (slug == "progress" && r.progress)
        for (const auto& round : r.progress->rounds)
            years.insert(round.fiscal_year);
    else if (slug == "survey" && r.survey)
        years.insert(r.survey->fiscal_year);
    else if (slug == "implementation" && r.implementation)
        years.insert(r.implementation->fiscal_year);
    else if (slug == "ita" && r.ita)
        years.insert(r.ita->assessment_year);
    if (years.empty()) years.insert(r.year);
    return years;
}

OitEvidence evidence(std::string title, std::string path, std::optional<Date> date,
                     std::set<int> years) {
    OitEvidence e;
    e.title = std::move(title);
    e.path = std::move(path);
    e.date = date;
    e.fiscal_years = std::move(years);
    return e;
}

// A part of a year's report as its document titles it; else its page's name.
std::string part_title(const FiscalYearReport& r, const std::string& slug) {
    std::string title;
    if (slug == "measures") title = r.measures_title;
    if (slug == "progress" && r.progress) title = r.progress->plan_title;
    if (slug == "spending" && r.spending) title = r.spending->title;
    if (slug == "implementation" && r.implementation) title = r.implementation->title;
    if (slug == "survey" && r.survey) title = r.survey->title;
    return title.empty() ? route::report_part(r.year, slug) : title;
}

std::set<int> year_span(int first, int last) {
    std::set<int> years;
    for (int y = first; y <= last && y > 0; ++y)
        years.insert(y);
    return years;
}

// The evidence the generated pages give by default, by the kind an item's
// `evidence` names (see generator/data/oit/README.md).
std::vector<OitEvidence> default_evidence(const Content& c, const std::string& kind,
                                          int required_year) {
    std::vector<OitEvidence> out;
    const Plan& plan = c.plan;
    if (kind == "plan" && !plan.title.empty() && !plan.projects.empty())
        out.push_back(evidence(plan.title, route::plan, plan.announced,
                               year_span(plan.first_year, plan.last_year)));
    else if (kind == "risks" && !plan.risks.empty())
        out.push_back(evidence(plan.title, std::string(route::plan) + "#risks", plan.announced,
                               year_span(plan.first_year, plan.last_year)));
    else if (kind == "contact") {
        const Organisation& o = c.site.organisation;
        if (!o.address.empty() || !o.phone.empty() || !o.email.empty())
            out.push_back(evidence(o.name + " " + o.address, route::contact, std::nullopt, {}));
    } else if ((kind == "structure" || kind == "executives") && builtin_page_exists(c, kind)) {
        // people.toml draws both pages; each is the item's evidence once it has something to show.
        bool structure = kind == "structure";
        out.push_back(
            evidence((structure ? "แผนผังโครงสร้าง " : "ผู้บริหาร ") + c.site.organisation.name,
                     structure ? route::structure : route::executives, std::nullopt, {}));
    } else if (kind == "news") {
        const char* news = announcement_kinds[2].name;
        OitEvidence e =
            evidence(news, route::announcement_list(announcement_kinds[2].slug) + route::home,
                     std::nullopt, {});
        for (const auto& a : c.announcements) // newest first
            if (a.kind == news && a.date) {
                int fy = fiscal_year(*a.date);
                if (e.fiscal_years.empty() || (fy == required_year && !e.fiscal_years.count(fy)))
                    e.date = a.date; // the newest, or the newest in the period
                e.fiscal_years.insert(fy);
            }
        if (!e.fiscal_years.empty()) out.push_back(std::move(e));
    } else {
        for (const auto& r : c.reports) {
            if (kind == "measures" && !r.measures.empty())
                out.push_back(evidence(
                    r.measures_title.empty() ? route::report_year(r.year) : r.measures_title,
                    route::report_part(r.year, "measures"), std::nullopt, {r.year}));
            else if (kind == "spending" && r.spending)
                out.push_back(evidence(r.spending->title, route::report_part(r.year, "spending"),
                                       std::nullopt, {r.year}));
            else if (kind == "survey" && r.survey)
                out.push_back(evidence(r.survey->title, route::report_part(r.year, "survey"),
                                       std::nullopt, {r.survey->fiscal_year}));
            else if ((kind == "progress-6" || kind == "progress-12") && r.progress)
                for (const auto& round : r.progress->rounds)
                    if (std::to_string(round.months) == kind.substr(9))
                        out.push_back(evidence(r.progress->plan_title,
                                               route::report_part(r.year, "progress"), std::nullopt,
                                               {round.fiscal_year}));
        }
    }
    return out;
}

std::string oit_state_words(OitState s) {
    switch (s) {
    case OitState::ok:
        return "ok";
    case OitState::out_of_period:
        return "outside its period";
    case OitState::missing:
        return "missing";
    case OitState::outside:
        return "served outside the site, no address given";
    }
    return "";
}

std::string period_words(const OitRow& row) {
    switch (row.item->period) {
    case OitPeriod::any:
        return "";
    case OitPeriod::year:
        return "covering fiscal year " + std::to_string(row.required_year);
    case OitPeriod::first_half:
        return "the first half (1 Oct - 31 Mar) of fiscal year " +
               std::to_string(row.required_year);
    case OitPeriod::previous_year:
        return "of the previous fiscal year, " + std::to_string(row.required_year);
    }
    return "";
}

} // namespace

const OitYear* find_oit_year(const std::vector<OitYear>& years, int year) {
    auto it =
        std::find_if(years.begin(), years.end(), [&](const OitYear& y) { return y.year == year; });
    return it == years.end() ? nullptr : &*it;
}

void check_oit(const Content& c, Diagnostics& diags) {
    for (const auto& p : c.plan.projects)
        check_refs(c, p.oit, diags);
    for (const auto& a : c.announcements)
        check_refs(c, a.oit, diags);
    for (const auto& d : c.documents)
        check_refs(c, d.oit, diags);
    for (const auto& p : c.pages)
        check_refs(c, p.oit, diags);
    for (const auto& r : c.reports)
        for (const auto& [slug, refs] : r.oit)
            check_refs(c, refs, diags);
    for (const auto& [year, links] : c.site.oit_links) {
        OitRefs refs;
        for (const auto& [code, link] : links)
            refs.push_back({year, code, link.second});
        check_refs(c, refs, diags);
    }
}

OitIndex oit_index(const Content& c, const OitYear& y) {
    OitIndex index;
    index.year = &y;
    std::map<std::string, std::vector<OitEvidence>> given; // item code → evidence
    auto add = [&](const OitRefs& refs, const std::function<OitEvidence()>& make) {
        for (const auto& ref : refs)
            if (ref.year == y.year) given[ref.code].push_back(make());
    };
    for (const auto& p : c.plan.projects)
        add(p.oit, [&] {
            std::set<int> years;
            for (const auto& [year, amount] : p.budget)
                years.insert(year);
            return evidence(p.title, route::project(p.slug), std::nullopt,
                            years.empty() ? year_span(c.plan.first_year, c.plan.last_year) : years);
        });
    for (const auto& a : c.announcements)
        add(a.oit, [&] {
            return evidence(a.title, route::announcement(a.slug), a.date,
                            a.date ? std::set<int>{fiscal_year(*a.date)} : std::set<int>{});
        });
    for (const auto& d : c.documents)
        add(d.oit,
            [&] { return evidence(d.title, route::document(d.file), d.date, {d.fiscal_year}); });
    for (const auto& p : c.pages)
        add(p.oit, [&] {
            // A page is dated when it was published, or as of the day its facts
            // were true; an undated one (a structure, a channel) is not tied to a year.
            std::optional<Date> date = p.date ? p.date : p.as_of;
            OitEvidence e = evidence(p.title, route::page(p.slug), date,
                                     date ? std::set<int>{fiscal_year(*date)} : std::set<int>{});
            e.as_of = !p.date && p.as_of;
            return e;
        });
    for (const auto& r : c.reports)
        for (const auto& [slug, refs] : r.oit)
            add(refs, [&, slug = slug] {
                std::string title = part_title(r, slug);
                return evidence(title, route::report_part(r.year, slug), std::nullopt,
                                part_years(r, slug));
            });
    if (auto links = c.site.oit_links.find(y.year); links != c.site.oit_links.end())
        for (const auto& [code, link] : links->second) {
            OitEvidence e = evidence(link.first, link.first, std::nullopt, {});
            e.outside = true;
            given[code].push_back(std::move(e));
        }

    for (const auto& item : y.items) {
        OitRow row;
        row.item = &item;
        for (const auto& g : y.groups)
            if (g.code == item.group) row.group = &g;
        row.required_year = item.period == OitPeriod::any             ? 0
                            : item.period == OitPeriod::previous_year ? y.year - 1
                                                                      : y.year;
        for (const auto& kind : item.evidence)
            for (auto& e : default_evidence(c, kind, row.required_year))
                row.evidence.push_back(std::move(e));
        if (auto g = given.find(item.code); g != given.end())
            row.evidence.insert(row.evidence.end(), g->second.begin(), g->second.end());
        bool any_in_period = false;
        for (auto& e : row.evidence) {
            e.in_period = row.required_year == 0 || e.fiscal_years.empty() ||
                          e.fiscal_years.count(row.required_year) > 0;
            any_in_period = any_in_period || e.in_period;
        }
        row.state = row.evidence.empty() ? (item.outside ? OitState::outside : OitState::missing)
                    : any_in_period      ? OitState::ok
                                         : OitState::out_of_period;
        index.covered += row.state == OitState::ok;
        index.rows.push_back(std::move(row));
    }
    return index;
}

std::string oit_coverage(const OitIndex& index) {
    return "OIT " + std::to_string(index.year->year) + ": " + std::to_string(index.covered) +
           " of " + std::to_string(index.rows.size()) + " items with evidence in period" +
           (index.year->complete ? "" : " (the item list is incomplete and partly unverified)");
}

std::string oit_coverage_code(const Content& c) {
    std::string out;
    for (const auto& y : c.oit_years) {
        OitIndex index = oit_index(c, y);
        if (!out.empty()) out += ',';
        out += std::to_string(y.year) + ":" + std::to_string(index.covered) + "/" +
               std::to_string(index.rows.size());
    }
    return out;
}

std::vector<OitCoverage> oit_coverage_read(const std::string& code) {
    std::vector<OitCoverage> out;
    std::size_t at = 0;
    while (at < code.size()) {
        std::size_t end = code.find(',', at);
        std::string part = code.substr(at, end == std::string::npos ? end : end - at);
        OitCoverage x;
        if (std::sscanf(part.c_str(), "%d:%d/%d", &x.year, &x.covered, &x.total) == 3)
            out.push_back(x);
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return out;
}

std::string oit_coverage_line(const std::string& code) {
    std::string out;
    for (const auto& x : oit_coverage_read(code))
        out += (out.empty() ? "" : "; ") + std::string("OIT ") + std::to_string(x.year) + ": " +
               std::to_string(x.covered) + " of " + std::to_string(x.total) +
               " items with evidence in period";
    return out;
}

std::string oit_report(const OitIndex& index) {
    std::string out = oit_coverage(index) + "\n";
    for (const auto& row : index.rows) {
        if (row.state == OitState::ok) continue;
        const OitItem& item = *row.item;
        out += "  " + item.code + " " + item.name + ": " + oit_state_words(row.state) + "\n";
        out += "    needs: " + item.publish;
        if (std::string period = period_words(row); !period.empty()) out += ", " + period;
        out += "\n";
        for (const auto& e : row.evidence)
            out += "    has: " + e.path + " (" + oit_years_text(e.fiscal_years, Digits::arabic) +
                   ")\n";
        if (row.state == OitState::outside)
            out += "    give its address in site.toml: [oit_links] " +
                   std::to_string(index.year->year) + " = { " + item.code +
                   " = \"https://...\" }\n";
    }
    return out;
}

std::string oit_years_text(const std::set<int>& years, Digits digits) {
    if (years.empty()) return in_digits("-", digits);
    std::string out;
    auto it = years.begin();
    while (it != years.end()) {
        int first = *it, last = *it;
        while (++it != years.end() && *it == last + 1)
            last = *it;
        out += (out.empty() ? "" : ", ") + std::to_string(first) +
               (last > first ? "–" + std::to_string(last) : "");
    }
    return in_digits(out, digits);
}

} // namespace prongsai
