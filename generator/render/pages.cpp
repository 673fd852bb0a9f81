#include "render/pages.h"

#include "derive/years.h"
#include "digest.h"
#include "render/charts.h"
#include "render/frame.h"
#include "render/markdown.h"
#include "render/publication_pages.h"
#include "render/routes.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

namespace prongsai {

namespace {

using List = Data;

struct Site {
    const Content& c;
    const Derived& d;
    const Labels& l;
    // Each project's facts and budget (the project_section template) and its
    // body as HTML: its own page and the print view both show them, so the
    // first to need them renders them and leaves them here for the other,
    // which takes them away; past `keep_bytes` left waiting (one of them far
    // ahead of the other), the other renders them again, so that the whole
    // plan's sections are never all held at once.
    struct Section {
        std::string facts, body;
        std::size_t size() const { return facts.size() + body.size(); }
    };
    static constexpr std::size_t keep_bytes = 32 << 20;
    mutable std::mutex sections_mutex;
    mutable std::map<std::size_t, Section> sections;
    mutable std::size_t kept = 0;

    Site(const Content& content, const Derived& derived, const Labels& labels)
        : c(content), d(derived), l(labels) {}

    Section project_section(const Templates& t, std::size_t index) const {
        {
            std::lock_guard lock(sections_mutex);
            if (auto it = sections.find(index); it != sections.end()) {
                Section s = std::move(it->second);
                kept -= s.size();
                sections.erase(it);
                return s;
            }
        }
        const Project& pr = c.plan.projects[index];
        const Dimension* dim = dimension(pr.dimension);
        const Mission* mis = mission(pr.mission);
        // The section sits on pages at different depths: it gets no root, so
        // it cannot hold a link relative to one of them.
        Data p;
        put(p, "project", project_summary(pr, ""));
        put(p, "dimension_number", num(pr.dimension));
        put(p, "dimension_name", dim ? dim->name : "");
        inferred(p, "dimension_inferred", dim && dim->inferred);
        put(p, "mission_code", in_digits(pr.mission, digits()));
        put(p, "mission_name", mis ? mis->name : "");
        inferred(p, "mission_inferred", mis && mis->inferred);
        List items = list();
        if (mis)
            for (const auto& i : mis->items)
                if (std::find(pr.items.begin(), pr.items.end(), i.code) != pr.items.end()) {
                    Data id;
                    put(id, "code", in_digits(i.code, digits()));
                    put(id, "name", i.name);
                    inferred(id, "inferred", i.inferred);
                    append(items, std::move(id));
                }
        put(p, "items", std::move(items));
        put(p, "target_group", pr.target_group);
        put(p, "period", pr.period);
        if (pr.period_budget)
            put(p, "period_budget",
                prongsai::fill(l.at("plan.period_budget"), {{"amount", baht(*pr.period_budget)},
                                                            {"reading", pr.budget_reading}}));
        put(p, "years", years());
        Section s{t.render("project_section", p),
                  markdown_to_html(c.body(pr), c.site.allow_raw_html)};
        std::lock_guard lock(sections_mutex);
        if (kept + s.size() <= keep_bytes && sections.emplace(index, s).second) kept += s.size();
        return s;
    }

    // A project's section and body, for the page or the print view `p`.
    void put_section(Data& p, const Templates& t, std::size_t index) const {
        Section s = project_section(t, index);
        put(p, "section", std::move(s.facts));
        put(p, "body", std::move(s.body));
    }
    Digits digits() const { return c.site.digits; }
    std::string num(std::int64_t n) const { return format_integer(n, digits()); }
    std::string year(int y) const { return in_digits(std::to_string(y), digits()); }
    std::string baht(Satang s) const { return format_baht(s, digits()); }

    const Mission* mission(const std::string& code) const {
        for (const auto& dim : c.plan.dimensions)
            for (const auto& m : dim.missions)
                if (m.code == code) return &m;
        return nullptr;
    }
    const Dimension* dimension(int number) const {
        for (const auto& dim : c.plan.dimensions)
            if (dim.number == number) return &dim;
        return nullptr;
    }

    Data page(const std::string& path, const std::string& title, const std::string& nav,
              const std::vector<Crumb>& crumbs) const {
        return page_frame(c, l, path, title, nav, crumbs);
    }

    // One cell a year: an amount, "ไม่ใช้งบประมาณ" (0), or "–" (not run).
    List project_cells(const YearBudget& budget) const {
        List cells = list();
        for (int y : d.years) {
            Data cell;
            auto it = budget.find(y);
            if (it == budget.end()) {
                put(cell, "text", "–");
                put(cell, "class", "not-run");
                put(cell, "label", l.at("budget.not_run_in") + " " + year(y));
            } else if (it->second == 0) {
                put(cell, "text", l.at("budget.no_budget"));
                put(cell, "class", "no-budget");
                put(cell, "label", l.at("budget.no_budget_note"));
            } else {
                put(cell, "text", baht(it->second));
                put(cell, "class", "amount");
            }
            append(cells, std::move(cell));
        }
        return cells;
    }

    // A figure the plan states beside the one computed from its projects, both
    // shown when they differ (check_stated_figures warns of the same).
    std::string stated_or(const std::string& stated, const std::string& computed) const {
        if (stated == computed) return computed;
        return l.at("reports.stated") + " " + stated + " / " + l.at("reports.computed") + " " +
               computed;
    }
    std::string count(int computed, const std::optional<int>& stated) const {
        return stated ? stated_or(num(*stated), num(computed)) : num(computed);
    }

    // Totals: the sum of the projects that run that year, "–" when none runs.
    List total_cells(const Totals& t, const StatedBudget& stated = {}) const {
        List cells = list();
        for (int y : d.years) {
            Data cell;
            auto it = t.by_year.find(y);
            auto s = stated.find(y);
            if (s != stated.end() && (it == t.by_year.end() || it->second != s->second.first)) {
                put(cell, "text",
                    stated_or(baht(s->second.first),
                              it == t.by_year.end() ? baht(0) : baht(it->second)));
                put(cell, "class", "amount differs");
            } else if (it == t.by_year.end()) {
                put(cell, "text", "–");
                put(cell, "class", "not-run");
                put(cell, "label", l.at("budget.no_project_in") + " " + year(y));
            } else {
                put(cell, "text", baht(it->second));
                put(cell, "class", "amount");
            }
            append(cells, std::move(cell));
        }
        return cells;
    }

    List years() const {
        List out = list();
        for (int y : d.years) {
            Data item;
            put(item, "year", year(y));
            put(item, "value", std::to_string(y));
            append(out, std::move(item));
        }
        return out;
    }

    Data project_summary(const Project& p, const std::string& root) const {
        Data item;
        put(item, "number", num(p.number));
        put(item, "title", p.title);
        put(item, "kind", p.kind);
        put(item, "unit", p.unit);
        put(item, "unit_key", unit_name(c.plan, p.unit));
        put(item, "href", root + route::project(p.slug));
        put(item, "cells", project_cells(p.budget));
        put(item, "dimension", std::to_string(p.dimension));
        std::string run, funded;
        for (const auto& [y, amount] : p.budget) {
            run += std::to_string(y) + ' ';
            if (amount > 0) funded += std::to_string(y) + ' ';
        }
        if (!run.empty()) run.pop_back();
        if (!funded.empty()) funded.pop_back();
        put(item, "years", run);
        put(item, "funded_years", funded);
        std::string statuses; // "2566:done 2567:in-progress", for the catalogue's filter
        for (const auto& r : c.reports)
            for (const auto& s : r.project_status)
                if (s.number == p.number) {
                    if (!statuses.empty()) statuses += ' ';
                    statuses += std::to_string(r.year) + ":" + state_slug(s.status);
                }
        put(item, "statuses", statuses);
        Satang total = 0;
        for (const auto& [y, amount] : p.budget)
            total += amount;
        put(item, "total", baht(total));
        if (total > 0) put(item, "total_official", format_baht_official(total, digits()));
        return item;
    }

    // dimension → mission → projects, with the sub-items of each mission.
    // `rows`: the template for one project's row, rendered here so the big
    // project lists are strings rather than (copied) template data; none for
    // pages that show only the totals.
    List tree(const std::string& root, const Templates* t = nullptr,
              const char* rows = nullptr) const {
        List dims = list();
        for (const auto& dim : c.plan.dimensions) {
            Data dd;
            put(dd, "number", num(dim.number));
            put(dd, "anchor", "dimension-" + std::to_string(dim.number));
            put(dd, "name", dim.name);
            inferred(dd, "inferred", dim.inferred);
            auto totals = d.by_dimension.find(dim.number);
            put(dd, "projects",
                count(totals == d.by_dimension.end() ? 0 : totals->second.projects,
                      dim.stated_projects));
            put(dd, "cells",
                total_cells(totals == d.by_dimension.end() ? Totals{} : totals->second,
                            dim.stated_budget));
            List missions = list();
            for (const auto& m : dim.missions) {
                Data md;
                put(md, "code", in_digits(m.code, digits()));
                put(md, "anchor", "mission-" + anchor(m.code));
                put(md, "name", m.name);
                inferred(md, "inferred", m.inferred);
                List items = list();
                for (const auto& i : m.items) {
                    Data id;
                    put(id, "code", in_digits(i.code, digits()));
                    put(id, "name", i.name);
                    inferred(id, "inferred", i.inferred);
                    append(items, std::move(id));
                }
                put(md, "items", std::move(items));
                put(md, "has_items", Data(!m.items.empty()));
                if (t && rows) {
                    std::string html;
                    for (const auto& p : c.plan.projects)
                        if (p.mission == m.code) html += t->render(rows, project_summary(p, root));
                    put(md, "rows", html);
                }
                auto mt = d.by_mission.find(m.code);
                put(md, "cells", total_cells(mt == d.by_mission.end() ? Totals{} : mt->second));
                append(missions, std::move(md));
            }
            put(dd, "missions", std::move(missions));
            append(dims, std::move(dd));
        }
        return dims;
    }

    // A name the document leaves out, taken from the national template: the
    // flag on every level (a section would otherwise see its parent's), and
    // the theme's words for it where it is set.
    void inferred(Data& d, const std::string& key, bool is) const {
        put(d, key, Data(is));
        if (is) put(d, key + "_label", l.at("plan.inferred"));
    }

    static std::string anchor(const std::string& code) {
        std::string out = code;
        std::replace(out.begin(), out.end(), '.', '-');
        return out;
    }

    void plan_facts(Data& p) const {
        const Plan& plan = c.plan;
        put(p, "plan_title", plan.title);
        put(p, "first_year", year(plan.first_year));
        put(p, "last_year", year(plan.last_year));
        put(p, "project_count", count(d.overall.projects, plan.stated_projects));
        put(p, "dimension_count", num(static_cast<std::int64_t>(c.plan.dimensions.size())));
        put(p, "total_budget", baht(d.overall.total));
        put(p, "years", years());
        put(p, "total_cells", total_cells(d.overall, plan.stated_budget));
        if (plan.announced) put(p, "announced", format_date(*plan.announced, digits()));
        set_optional(p, "signer", plan.signer);
        put(p, "signer_title", plan.signer_title);
    }

    // The budget charts (inline SVG); the tables that follow them hold the same figures.
    void charts(Data& p) const {
        std::vector<ChartBar> by_year, by_dimension;
        for (int y : d.years) {
            auto it = d.overall.by_year.find(y);
            Satang s = it == d.overall.by_year.end() ? 0 : it->second;
            by_year.push_back({year(y), s, it == d.overall.by_year.end() ? "–" : baht(s)});
        }
        for (const auto& dim : c.plan.dimensions) {
            auto it = d.by_dimension.find(dim.number);
            Satang s = it == d.by_dimension.end() ? 0 : it->second.total;
            by_dimension.push_back(
                {l.at("plan.dimension") + " " + num(dim.number) + " " + dim.name, s, baht(s)});
        }
        put(p, "chart_years",
            budget_by_year_svg("chart-years", l.at("budget.chart_years"), by_year));
        put(p, "chart_dimensions",
            budget_by_dimension_svg("chart-dimensions", l.at("budget.chart_dimensions"),
                                    by_dimension));
    }

    std::string render(const Templates& t, const std::string& name, Data p) const {
        return render_in_layout(t, name, std::move(p));
    }

    std::string home(const Templates& t) const {
        Data p = page(route::home, c.site.title, "home", {});
        put(p, "has_plan", Data(c.has_plan));
        put(p, "has_reports", Data(!c.reports.empty()));
        if (c.has_plan) {
            plan_facts(p);
            put(p, "dimensions", tree(""));
            charts(p);
        }
        put(p, "org_type", c.site.organisation.type);
        set_optional(p, "executive_name", c.site.organisation.executive_name);
        put(p, "executive_title", c.site.organisation.executive_title);
        // The latest announcements, pinned ones first.
        std::vector<const Announcement*> latest;
        for (const auto& a : c.announcements)
            if (a.pinned) latest.push_back(&a);
        for (const auto& a : c.announcements)
            if (!a.pinned) latest.push_back(&a);
        List items = list();
        for (std::size_t k = 0; k < latest.size() && k < 5; ++k)
            append(items, announcement_data(*latest[k], "", digits(), l));
        put(p, "latest", std::move(items));
        put(p, "has_latest", Data(!latest.empty()));
        // The latest fiscal year whose project statuses are recorded.
        for (const auto& r : c.reports)
            if (auto pp = plan_progress(c, r)) {
                Data progress;
                put(progress, "year", year(pp->year));
                put(progress, "done", num(pp->done));
                put(progress, "planned", num(pp->planned));
                put(progress, "percent",
                    pp->percent_projects ? hundredths_text(*pp->percent_projects, digits())
                                         : l.at("reports.unknown"));
                put(progress, "href", route::report_part(pp->year, "plan-progress"));
                put(p, "year_progress", std::move(progress));
            }
        return render(t, "home", std::move(p));
    }

    // Introduction, targets, risk table and the tree: the plan page and the print view.
    void plan_sections(Data& p, const std::string& root, const Templates* t = nullptr) const {
        put(p, "intro", markdown_to_html(c.plan.intro_markdown, c.site.allow_raw_html));
        List targets = list();
        for (const auto& target : c.plan.targets) {
            Data td;
            put(td, "year", year(target.year));
            auto fmt = [&](std::optional<double> v) {
                return v ? format_number(*v, digits()) : std::string("–");
            };
            put(td, "ita_score", fmt(target.ita_score));
            put(td, "fewer_cases_percent", fmt(target.fewer_cases_percent));
            append(targets, std::move(td));
        }
        put(p, "targets", std::move(targets));
        put(p, "has_targets", Data(!c.plan.targets.empty()));
        List risks = list();
        for (const auto& r : c.plan.risks) {
            Data rd;
            put(rd, "number", num(r.number));
            put(rd, "step", r.step);
            put(rd, "level", r.level);
            List rs = list(), ms = list(), levels = list();
            for (const auto& s : r.risks)
                append(rs, Data(s));
            for (const auto& s : r.levels)
                append(levels, Data(s));
            put(rd, "has_levels", Data(!r.levels.empty()));
            put(rd, "levels", std::move(levels));
            // Each measure keeps the number the document prints for it.
            for (std::size_t k = 0; k < r.measures.size(); ++k) {
                Data md;
                put(md, "text", r.measures[k]);
                if (k < r.measure_numbers.size())
                    put(md, "value", std::to_string(r.measure_numbers[k]));
                append(ms, std::move(md));
            }
            put(rd, "risks", std::move(rs));
            put(rd, "measures", std::move(ms));
            append(risks, std::move(rd));
        }
        put(p, "risks", std::move(risks));
        put(p, "has_risks", Data(!c.plan.risks.empty()));
        const RiskColumns& rc = c.plan.risk_columns;
        for (const auto& [key, text] :
             {std::pair<const char*, const std::string&>{"number", rc.number},
              {"step", rc.step},
              {"risks", rc.risks},
              {"level", rc.level},
              {"measures", rc.measures}})
            if (!text.empty()) put(p, std::string("risk_column_") + key, text);
        put(p, "dimensions", tree(root, t, "row_plan"));
    }

    std::string plan_page(const Templates& t) const {
        const std::string path = route::plan;
        Data p = page(path, c.plan.title, "plan", {{c.plan.title, ""}});
        plan_facts(p);
        plan_sections(p, root_of(path), &t);
        return render(t, "plan", std::move(p));
    }

    std::string budget_page(const Templates& t) const {
        const std::string path = route::budget;
        Data p = page(path, l.at("plan.budget_title") + " " + c.plan.title, "budget",
                      {{c.plan.title, route::plan}, {l.at("nav.budget"), ""}});
        plan_facts(p);
        put(p, "dimensions", tree(root_of(path), &t, "row_budget"));
        charts(p);
        return render(t, "budget", std::move(p));
    }

    std::string catalogue(const Templates& t) const {
        const std::string path = route::catalogue;
        Data p = page(path, l.at("plan.catalogue_title"), "projects",
                      {{c.plan.title, route::plan}, {l.at("nav.projects"), ""}});
        plan_facts(p);
        put(p, "dimensions", tree(root_of(path), &t, "row_catalogue"));
        List units = list();
        for (const auto& u : d.units)
            append(units, Data(u));
        put(p, "units", std::move(units));
        bool statuses = std::any_of(c.reports.begin(), c.reports.end(),
                                    [](const auto& r) { return !r.project_status.empty(); });
        put(p, "has_statuses", Data(statuses));
        return render(t, "catalogue", std::move(p));
    }

    // What a project's page and its part of the print view both show above
    // and beside its section: its number, title and place in the tree.
    void project_heading(Data& p, std::size_t index, const std::string& root) const {
        const Project& pr = c.plan.projects[index];
        put(p, "project", project_summary(pr, root));
        put(p, "title", pr.title);
        put(p, "dimension_number", num(pr.dimension));
        put(p, "mission_code", in_digits(pr.mission, digits()));
    }

    // A project's page: its section, documents and recorded statuses.
    void project_detail(Data& p, const Templates& t, std::size_t index,
                        const std::string& root) const {
        const Project& pr = c.plan.projects[index];
        project_heading(p, index, root);
        put_section(p, t, index);
        List docs = list();
        if (auto it = d.documents_of_project.find(pr.number); it != d.documents_of_project.end())
            for (const Document* doc : it->second)
                append(docs, document_data(*doc, root, digits(), l));
        put(p, "has_documents", Data(!docs.list_value().empty()));
        put(p, "documents", std::move(docs));
        List statuses = list();
        for (const auto& r : c.reports)
            for (const auto& s : r.project_status)
                if (s.number == pr.number) {
                    Data item;
                    put(item, "year", year(r.year));
                    put(item, "status", state_words(s.status, l));
                    put(item, "class", state_class(s.status));
                    put(item, "used", s.used ? baht(*s.used) : l.at("reports.unknown"));
                    set_optional(item, "note", s.note);
                    put(item, "href", root + route::report_part(r.year, "plan-progress"));
                    append(statuses, std::move(item));
                }
        put(p, "has_statuses", Data(!statuses.list_value().empty()));
        put(p, "statuses", std::move(statuses));
    }

    // The whole plan on one page, for printing (and for the plan's PDF): the
    // size of the whole plan, so written in pieces, each project's data made
    // only while its section is rendered.
    void print_page(const Templates& t, const Sink& sink) const {
        const std::string path = route::print;
        const std::string root = root_of(path);
        Data p = page(path, c.plan.title, "plan",
                      {{c.plan.title, route::plan}, {l.at("plan.print"), ""}});
        plan_facts(p);
        plan_sections(p, root);
        List projects = list();
        auto& items = const_cast<kainjow::mustache::list&>(projects.list_value());
        items.reserve(c.plan.projects.size());
        for (std::size_t i = 0; i < c.plan.projects.size(); ++i)
            items.emplace_back(true); // placeholders: no allocation each
        put(p, "projects", std::move(projects));
        LazyList lazy{p.get("projects"), [&](std::size_t i) {
                          Data part;
                          project_heading(part, i, root);
                          put_section(part, t, i);
                          put(part, "anchor", "project-" + c.plan.projects[i].slug);
                          return part;
                      }};
        render_in_layout(t, "print", p, lazy, sink);
    }

    std::string project(const Templates& t, std::size_t index) const {
        const Project& pr = c.plan.projects[index];
        const std::string path = route::project(pr.slug);
        std::vector<Crumb> crumbs = {
            {c.plan.title, route::plan},
            {l.at("plan.dimension") + " " + num(pr.dimension),
             std::string(route::plan) + "#dimension-" + std::to_string(pr.dimension)},
            {l.at("plan.mission") + " " + in_digits(pr.mission, digits()),
             std::string(route::plan) + "#mission-" + anchor(pr.mission)},
            {l.at("plan.number") + " " + num(pr.number), ""}};
        Data p = page(path, pr.title, "projects", crumbs);
        plan_facts(p);
        std::string root = root_of(path);
        project_detail(p, t, index, root);
        if (index > 0) put(p, "previous", project_summary(c.plan.projects[index - 1], root));
        if (index + 1 < c.plan.projects.size())
            put(p, "next", project_summary(c.plan.projects[index + 1], root));
        return render(t, "project", std::move(p));
    }
};

} // namespace

std::vector<PageSpec> plan_pages(const Content& c, const Derived& d, const Labels& l) {
    auto site = std::make_shared<Site>(c, d, l);
    std::vector<PageSpec> pages;
    pages.push_back({route::home, [site](const Templates& t) { return site->home(t); }});
    if (!c.has_plan) return pages;
    pages.push_back({route::plan, [site](const Templates& t) { return site->plan_page(t); }});
    pages.push_back({route::budget, [site](const Templates& t) { return site->budget_page(t); }});
    pages.push_back({route::catalogue, [site](const Templates& t) { return site->catalogue(t); }});
    Digest bodies;
    for (const auto& p : c.plan.projects)
        bodies.add(c.body_digest(p));
    pages.push_back({route::print,
                     [site](const Templates& t) {
                         std::string bytes;
                         site->print_page(t, [&](std::string_view piece) { bytes += piece; });
                         return bytes;
                     },
                     bodies.hex(),
                     [site](const Templates& t, const Sink& sink) { site->print_page(t, sink); }});
    for (std::size_t i = 0; i < c.plan.projects.size(); ++i)
        pages.push_back({route::project(c.plan.projects[i].slug),
                         [site, i](const Templates& t) { return site->project(t, i); },
                         c.body_digest(c.plan.projects[i])});
    return pages;
}

} // namespace prongsai
