#include "render/pages.h"

#include "digest.h"
#include "render/charts.h"
#include "render/frame.h"
#include "render/markdown.h"
#include "render/publication_pages.h"
#include "thai.h"

#include <algorithm>

namespace prongsai {

namespace {

using List = Data;

struct Site {
    const Content& c;
    const Derived& d;
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
        return page_frame(c, path, title, nav, crumbs);
    }

    // One cell a year: an amount, "ไม่ใช้งบประมาณ" (0), or "–" (not run).
    List project_cells(const YearBudget& budget) const {
        List cells = list();
        for (int y : d.years) {
            Data cell;
            auto it = budget.find(y);
            if (it == budget.end()) {
                cell.set("text", "–");
                cell.set("class", "not-run");
                cell.set("label", "ไม่ดำเนินการในปี " + year(y));
            } else if (it->second == 0) {
                cell.set("text", "ไม่ใช้งบประมาณ");
                cell.set("class", "no-budget");
                cell.set("label", "ดำเนินการโดยไม่ใช้งบประมาณ");
            } else {
                cell.set("text", baht(it->second));
                cell.set("class", "amount");
            }
            cells.push_back(cell);
        }
        return cells;
    }

    // Totals: the sum of the projects that run that year, "–" when none runs.
    List total_cells(const Totals& t) const {
        List cells = list();
        for (int y : d.years) {
            Data cell;
            auto it = t.by_year.find(y);
            if (it == t.by_year.end()) {
                cell.set("text", "–");
                cell.set("class", "not-run");
                cell.set("label", "ไม่มีโครงการในปี " + year(y));
            } else {
                cell.set("text", baht(it->second));
                cell.set("class", "amount");
            }
            cells.push_back(cell);
        }
        return cells;
    }

    List years() const {
        List out = list();
        for (int y : d.years) {
            Data item;
            item.set("year", year(y));
            item.set("value", std::to_string(y));
            out.push_back(item);
        }
        return out;
    }

    Data project_summary(const Project& p, const std::string& root) const {
        Data item;
        item.set("number", num(p.number));
        item.set("title", p.title);
        item.set("kind", p.kind);
        item.set("unit", p.unit);
        item.set("href", root + "plan/projects/" + p.slug + ".html");
        item.set("cells", project_cells(p.budget));
        item.set("dimension", std::to_string(p.dimension));
        std::string run, funded;
        for (const auto& [y, amount] : p.budget) {
            run += std::to_string(y) + ' ';
            if (amount > 0) funded += std::to_string(y) + ' ';
        }
        if (!run.empty()) run.pop_back();
        if (!funded.empty()) funded.pop_back();
        item.set("years", run);
        item.set("funded_years", funded);
        Satang total = 0;
        for (const auto& [y, amount] : p.budget)
            total += amount;
        item.set("total", baht(total));
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
            dd.set("number", num(dim.number));
            dd.set("anchor", "dimension-" + std::to_string(dim.number));
            dd.set("name", dim.name);
            auto totals = d.by_dimension.find(dim.number);
            dd.set("projects", num(totals == d.by_dimension.end() ? 0 : totals->second.projects));
            dd.set("cells",
                   total_cells(totals == d.by_dimension.end() ? Totals{} : totals->second));
            List missions = list();
            for (const auto& m : dim.missions) {
                Data md;
                md.set("code", in_digits(m.code, digits()));
                md.set("anchor", "mission-" + anchor(m.code));
                md.set("name", m.name);
                List items = list();
                for (const auto& i : m.items) {
                    Data id;
                    id.set("code", in_digits(i.code, digits()));
                    id.set("name", i.name);
                    items.push_back(id);
                }
                md.set("items", items);
                md.set("has_items", Data(!m.items.empty()));
                if (t && rows) {
                    std::string html;
                    for (const auto& p : c.plan.projects)
                        if (p.mission == m.code) html += t->render(rows, project_summary(p, root));
                    md.set("rows", html);
                }
                auto mt = d.by_mission.find(m.code);
                md.set("cells", total_cells(mt == d.by_mission.end() ? Totals{} : mt->second));
                missions.push_back(md);
            }
            dd.set("missions", missions);
            dims.push_back(dd);
        }
        return dims;
    }

    static std::string anchor(const std::string& code) {
        std::string out = code;
        std::replace(out.begin(), out.end(), '.', '-');
        return out;
    }

    void plan_facts(Data& p) const {
        const Plan& plan = c.plan;
        p.set("plan_title", plan.title);
        p.set("first_year", year(plan.first_year));
        p.set("last_year", year(plan.last_year));
        p.set("project_count", num(d.overall.projects));
        p.set("dimension_count", num(static_cast<std::int64_t>(c.plan.dimensions.size())));
        p.set("total_budget", baht(d.overall.total));
        p.set("years", years());
        p.set("total_cells", total_cells(d.overall));
        if (plan.announced) p.set("announced", format_date(*plan.announced, digits()));
        set_optional(p, "signer", plan.signer);
        p.set("signer_title", plan.signer_title);
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
            by_dimension.push_back({"มิติที่ " + num(dim.number) + " " + dim.name, s, baht(s)});
        }
        p.set("chart_years",
              budget_by_year_svg("chart-years", "งบประมาณรวม (บาท) แยกตามปีงบประมาณ", by_year));
        p.set("chart_dimensions",
              budget_by_dimension_svg("chart-dimensions", "งบประมาณรวมตลอดแผน (บาท) แยกตามมิติ",
                                      by_dimension));
    }

    std::string render(const Templates& t, const std::string& name, Data p) const {
        return render_in_layout(t, name, std::move(p));
    }

    std::string home(const Templates& t) const {
        Data p = page("index.html", c.site.title, "home", {});
        plan_facts(p);
        p.set("org_type", c.site.organisation.type);
        set_optional(p, "executive_name", c.site.organisation.executive_name);
        p.set("executive_title", c.site.organisation.executive_title);
        p.set("dimensions", tree(""));
        charts(p);
        // The latest announcements, pinned ones first.
        std::vector<const Announcement*> latest;
        for (const auto& a : c.announcements)
            if (a.pinned) latest.push_back(&a);
        for (const auto& a : c.announcements)
            if (!a.pinned) latest.push_back(&a);
        List items = list();
        for (std::size_t k = 0; k < latest.size() && k < 5; ++k)
            items.push_back(announcement_data(*latest[k], "", digits()));
        p.set("latest", items);
        p.set("has_latest", Data(!latest.empty()));
        return render(t, "home", p);
    }

    // Introduction, targets, risk table and the tree: the plan page and the print view.
    void plan_sections(Data& p, const std::string& root, const Templates* t = nullptr) const {
        p.set("intro", markdown_to_html(c.plan.intro_markdown, c.site.allow_raw_html));
        List targets = list();
        for (const auto& target : c.plan.targets) {
            Data td;
            td.set("year", year(target.year));
            auto fmt = [&](std::optional<double> v) {
                return v ? format_number(*v, digits()) : std::string("–");
            };
            td.set("ita_score", fmt(target.ita_score));
            td.set("fewer_cases_percent", fmt(target.fewer_cases_percent));
            targets.push_back(td);
        }
        p.set("targets", targets);
        p.set("has_targets", Data(!c.plan.targets.empty()));
        List risks = list();
        for (const auto& r : c.plan.risks) {
            Data rd;
            rd.set("number", num(r.number));
            rd.set("step", r.step);
            rd.set("level", r.level);
            List rs = list(), ms = list();
            for (const auto& s : r.risks)
                rs.push_back(Data(s));
            for (const auto& s : r.measures)
                ms.push_back(Data(s));
            rd.set("risks", rs);
            rd.set("measures", ms);
            risks.push_back(rd);
        }
        p.set("risks", risks);
        p.set("has_risks", Data(!c.plan.risks.empty()));
        p.set("dimensions", tree(root, t, "row_plan"));
    }

    std::string plan_page(const Templates& t) const {
        const std::string path = "plan/index.html";
        Data p = page(path, c.plan.title, "plan", {{c.plan.title, ""}});
        plan_facts(p);
        plan_sections(p, root_of(path), &t);
        return render(t, "plan", p);
    }

    std::string budget_page(const Templates& t) const {
        const std::string path = "plan/budget.html";
        Data p = page(path, "งบประมาณตามแผน " + c.plan.title, "budget",
                      {{c.plan.title, "plan/index.html"}, {"งบประมาณ", ""}});
        plan_facts(p);
        p.set("dimensions", tree(root_of(path), &t, "row_budget"));
        charts(p);
        return render(t, "budget", p);
    }

    std::string catalogue(const Templates& t) const {
        const std::string path = "plan/projects/index.html";
        Data p = page(path, "โครงการ/กิจกรรม/มาตรการทั้งหมด", "projects",
                      {{c.plan.title, "plan/index.html"}, {"โครงการทั้งหมด", ""}});
        plan_facts(p);
        p.set("dimensions", tree(root_of(path), &t, "row_catalogue"));
        List units = list();
        for (const auto& u : d.units)
            units.push_back(Data(u));
        p.set("units", units);
        return render(t, "catalogue", p);
    }

    // The nine fields of a project, its place in the tree, its documents.
    void project_detail(Data& p, const Project& pr, const std::string& root) const {
        const Dimension* dim = dimension(pr.dimension);
        const Mission* mis = mission(pr.mission);
        p.set("project", project_summary(pr, root));
        p.set("title", pr.title);
        p.set("dimension_number", num(pr.dimension));
        p.set("dimension_name", dim ? dim->name : "");
        p.set("mission_code", in_digits(pr.mission, digits()));
        p.set("mission_name", mis ? mis->name : "");
        List items = list();
        if (mis)
            for (const auto& i : mis->items)
                if (std::find(pr.items.begin(), pr.items.end(), i.code) != pr.items.end()) {
                    Data id;
                    id.set("code", in_digits(i.code, digits()));
                    id.set("name", i.name);
                    items.push_back(id);
                }
        p.set("items", items);
        p.set("target_group", pr.target_group);
        p.set("period", pr.period);
        p.set("body", markdown_to_html(pr.body_markdown, c.site.allow_raw_html));
        List docs = list();
        if (auto it = d.documents_of_project.find(pr.number); it != d.documents_of_project.end())
            for (const Document* doc : it->second)
                docs.push_back(document_data(*doc, root, digits()));
        p.set("has_documents", Data(!docs.list_value().empty()));
        p.set("documents", docs);
    }

    // The whole plan on one page, for printing (and for the plan's PDF).
    std::string print_page(const Templates& t) const {
        const std::string path = "plan/print.html";
        Data p =
            page(path, c.plan.title, "plan", {{c.plan.title, "plan/index.html"}, {"ฉบับพิมพ์", ""}});
        plan_facts(p);
        plan_sections(p, root_of(path));
        List projects = list();
        for (const auto& pr : c.plan.projects) {
            Data detail;
            project_detail(detail, pr, root_of(path));
            detail.set("years", years());
            detail.set("anchor", "project-" + pr.slug);
            projects.push_back(detail);
        }
        p.set("projects", projects);
        return render(t, "print", p);
    }

    std::string project(const Templates& t, std::size_t index) const {
        const Project& pr = c.plan.projects[index];
        const std::string path = "plan/projects/" + pr.slug + ".html";
        std::vector<Crumb> crumbs = {{c.plan.title, "plan/index.html"},
                                     {"มิติที่ " + num(pr.dimension),
                                      "plan/index.html#dimension-" + std::to_string(pr.dimension)},
                                     {"ภารกิจ " + in_digits(pr.mission, digits()),
                                      "plan/index.html#mission-" + anchor(pr.mission)},
                                     {"ลำดับที่ " + num(pr.number), ""}};
        Data p = page(path, pr.title, "projects", crumbs);
        plan_facts(p);
        std::string root = root_of(path);
        project_detail(p, pr, root);
        if (index > 0) p.set("previous", project_summary(c.plan.projects[index - 1], root));
        if (index + 1 < c.plan.projects.size())
            p.set("next", project_summary(c.plan.projects[index + 1], root));
        return render(t, "project", p);
    }
};

} // namespace

std::vector<PageSpec> plan_pages(const Content& c, const Derived& d) {
    auto site = std::make_shared<Site>(Site{c, d});
    std::vector<PageSpec> pages;
    pages.push_back({"index.html", [site](const Templates& t) { return site->home(t); }});
    pages.push_back({"plan/index.html", [site](const Templates& t) { return site->plan_page(t); }});
    pages.push_back(
        {"plan/budget.html", [site](const Templates& t) { return site->budget_page(t); }});
    pages.push_back(
        {"plan/projects/index.html", [site](const Templates& t) { return site->catalogue(t); }});
    Digest bodies;
    for (const auto& p : c.plan.projects)
        bodies.add(p.body_markdown);
    pages.push_back({"plan/print.html", [site](const Templates& t) { return site->print_page(t); },
                     bodies.hex()});
    for (std::size_t i = 0; i < c.plan.projects.size(); ++i)
        pages.push_back({"plan/projects/" + c.plan.projects[i].slug + ".html",
                         [site, i](const Templates& t) { return site->project(t, i); },
                         digest_of(c.plan.projects[i].body_markdown)});
    return pages;
}

} // namespace prongsai
