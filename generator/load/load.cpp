#include "load/load.h"

#include "load/front_matter.h"
#include "load/source_file.h"
#include "load/toml_reader.h"
#include "text.h"

#include <algorithm>
#include <regex>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

struct Loader {
    fs::path root;
    fs::path canonical_root;
    Diagnostics& diags;

    std::string shown(const fs::path& rel) const { return (root / rel).generic_string(); }

    // A file of the content folder, refused when a link leads it outside.
    std::optional<std::string> read(const fs::path& rel, bool required) {
        fs::path path = root / rel;
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            if (required) diags.error({shown(rel), 0, 0}, "this file is missing");
            return std::nullopt;
        }
        fs::path real = fs::weakly_canonical(path, ec);
        auto [end, _] =
            std::mismatch(canonical_root.begin(), canonical_root.end(), real.begin(), real.end());
        if (ec || end != canonical_root.end()) {
            diags.error({shown(rel), 0, 0},
                        "this file leads outside the content folder (a link?); put the file "
                        "itself inside the content folder");
            return std::nullopt;
        }
        return read_source_file(path, shown(rel), diags);
    }

    std::optional<TableReader> toml_file(const fs::path& rel, std::optional<toml::value>& holder) {
        auto text = read(rel, true);
        if (!text) return std::nullopt;
        holder = parse_toml(*text, shown(rel), diags);
        if (!holder) return std::nullopt;
        return TableReader(*holder, shown(rel), diags, {shown(rel), 1, 1});
    }

    void site(SiteConfig& s) {
        std::optional<toml::value> doc;
        auto t = toml_file("site.toml", doc);
        if (!t) return;
        s.loc = {shown("site.toml"), 1, 1};
        s.title = t->text("title", true).value_or("");
        s.language = t->text("language", false).value_or("th");
        s.base_path = t->text("base_path", false).value_or("/");
        if (auto theme = t->text("theme", false)) {
            static const std::regex simple(R"([a-z0-9_-]+)");
            if (std::regex_match(*theme, simple))
                s.theme = *theme;
            else
                diags.error(t->loc("theme"), "'theme' must be a theme's folder name, like "
                                             "theme = \"default\" (letters a-z, digits, - and _)");
        }
        if (auto digits = t->text("digits", false)) {
            if (*digits == "thai")
                s.digits = Digits::thai;
            else if (*digits != "arabic")
                diags.error(t->loc("digits"),
                            "'digits' must be \"arabic\" (0-9) or \"thai\" (๐-๙)");
        }
        s.allow_raw_html = t->boolean("allow_raw_html", false).value_or(false);
        if (auto o = t->table("organisation", true)) {
            Organisation& org = s.organisation;
            org.name = o->text("name", true).value_or("");
            org.type = o->text("type", true).value_or("");
            static const std::vector<std::string> types = {
                "เทศบาลนคร",          "เทศบาลเมือง",          "เทศบาลตำบล",   "อบต.",    "อบจ.",
                "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "กรุงเทพมหานคร", "เมืองพัทยา"};
            if (!org.type.empty() &&
                std::find(types.begin(), types.end(), org.type) == types.end()) {
                std::string list;
                for (const auto& k : types)
                    list += (list.empty() ? "" : ", ") + k;
                diags.error(o->loc("type"), "'type' must be one of: " + list);
            }
            org.district = o->text("district", true).value_or("");
            org.province = o->text("province", true).value_or("");
            org.address = o->text("address", false).value_or("");
            org.phone = o->text("phone", false).value_or("");
            org.email = o->text("email", false).value_or("");
            org.executive_name = o->text("executive_name", false).value_or("");
            org.executive_title = o->text("executive_title", false).value_or("");
            o->finish();
        }
        t->finish();
    }

    void plan(Plan& p) {
        std::optional<toml::value> doc;
        auto t = toml_file("plan/plan.toml", doc);
        if (!t) return;
        p.loc = {shown("plan/plan.toml"), 1, 1};
        p.title = t->text("title", true).value_or("");
        p.first_year = static_cast<int>(t->integer("first_year", true).value_or(0));
        p.last_year = static_cast<int>(t->integer("last_year", true).value_or(0));
        if (p.first_year && p.last_year && p.first_year > p.last_year)
            diags.error(t->loc("last_year"), "'last_year' is before 'first_year'");
        p.announced = t->date("announced", false);
        p.signer = t->text("signer", false).value_or("");
        p.signer_title = t->text("signer_title", false).value_or("");
        p.prepared = t->text("prepared", false).value_or("");
        if (auto stated = t->table("stated", false)) {
            if (auto n = stated->integer("projects", false)) {
                p.stated_projects = static_cast<int>(*n);
                p.stated_projects_loc = stated->loc("projects");
            }
            p.stated_budget = stated->year_amounts("budget", false);
            stated->finish();
        }
        for (auto& tt : t->tables("targets", false)) {
            Target target;
            target.year = static_cast<int>(tt.integer("year", true).value_or(0));
            target.ita_score = tt.number("ita_score", false);
            target.fewer_cases_percent = tt.number("fewer_cases_percent", false);
            tt.finish();
            p.targets.push_back(target);
        }
        for (auto& rt : t->tables("risks", false)) {
            Risk risk;
            risk.number = static_cast<int>(rt.integer("number", true).value_or(0));
            risk.step = rt.text("step", true).value_or("");
            risk.risks = rt.texts("risks", true);
            risk.level = rt.text("level", true).value_or("");
            risk.measures = rt.texts("measures", true);
            rt.finish();
            p.risks.push_back(std::move(risk));
        }
        for (auto& dt : t->tables("dimensions", true)) {
            Dimension d;
            d.loc = dt.loc("number");
            d.number = static_cast<int>(dt.integer("number", true).value_or(0));
            d.name = dt.text("name", true).value_or("");
            if (auto n = dt.integer("stated_projects", false)) {
                d.stated_projects = static_cast<int>(*n);
                d.stated_projects_loc = dt.loc("stated_projects");
            }
            d.stated_budget = dt.year_amounts("stated_budget", false);
            for (auto& mt : dt.tables("missions", true)) {
                Mission m;
                m.loc = mt.loc("code");
                m.code = mt.text("code", true).value_or("");
                m.name = mt.text("name", true).value_or("");
                for (auto& it : mt.tables("items", false)) {
                    Item item;
                    item.loc = it.loc("code");
                    item.code = it.text("code", true).value_or("");
                    item.name = it.text("name", true).value_or("");
                    it.finish();
                    m.items.push_back(std::move(item));
                }
                mt.finish();
                d.missions.push_back(std::move(m));
            }
            dt.finish();
            p.dimensions.push_back(std::move(d));
        }
        t->finish();
        p.intro_markdown = read("plan/intro.md", false).value_or("");
    }

    void projects(Plan& p) {
        fs::path dir = root / "plan" / "projects";
        std::vector<fs::path> files;
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".md") files.push_back(entry.path().filename());
        std::sort(files.begin(), files.end());
        if (files.empty())
            diags.error({shown("plan/projects"), 0, 0},
                        "no project files (*.md) in this folder; add one per project");
        for (const auto& name : files) {
            fs::path rel = fs::path("plan") / "projects" / name;
            // A project with an error is left out, and so are the checks that need
            // every project (numbering), so one mistake gives one message.
            int errors_before = diags.errors();
            auto project = load_project(rel);
            if (project && diags.errors() == errors_before)
                p.projects.push_back(std::move(*project));
            else
                p.unreadable_projects = true;
        }
        std::stable_sort(p.projects.begin(), p.projects.end(),
                         [](const Project& a, const Project& b) { return a.number < b.number; });
    }

    std::optional<Project> load_project(const fs::path& rel) {
        std::string file = shown(rel);
        static const std::regex slug_form(R"([A-Za-z0-9_-]+)");
        std::string stem = rel.stem().string();
        if (!std::regex_match(stem, slug_form)) {
            diags.error({file, 0, 0}, "rename this file using only letters a-z, digits, - and _ "
                                      "(the name becomes the page's address), e.g. 07.md");
            return std::nullopt;
        }
        auto text = read(rel, true);
        if (!text) return std::nullopt;
        auto fm = split_front_matter(*text, file, diags);
        if (!fm) return std::nullopt;
        auto doc = parse_toml(fm->toml, file, diags);
        if (!doc) return std::nullopt;
        TableReader t(*doc, file, diags, {file, 1, 1});
        Project pr;
        pr.slug = stem;
        pr.source = file;
        pr.loc = {file, 1, 1};
        pr.number_loc = t.loc("number");
        pr.number = static_cast<int>(t.integer("number", true).value_or(0));
        pr.dimension_loc = t.loc("dimension");
        pr.dimension = static_cast<int>(t.integer("dimension", true).value_or(0));
        pr.mission_loc = t.loc("mission");
        pr.mission = arabic_digits(t.text("mission", true).value_or(""));
        pr.items = t.texts("items", false);
        for (auto& item : pr.items) {
            item = arabic_digits(item);
            pr.item_locs.push_back(t.loc("items"));
        }
        pr.kind = t.text("kind", true).value_or("");
        if (!pr.kind.empty() && pr.kind != "โครงการ" && pr.kind != "กิจกรรม" && pr.kind != "มาตรการ")
            diags.error(t.loc("kind"), "'kind' must be \"โครงการ\", \"กิจกรรม\" or \"มาตรการ\"");
        pr.title = t.text("title", true).value_or("");
        pr.unit = t.text("unit", true).value_or("");
        pr.target_group = t.text("target_group", true).value_or("");
        pr.period = t.text("period", true).value_or("");
        for (auto& [year, amount] : t.year_amounts("budget", true)) {
            pr.budget[year] = amount.first;
            pr.budget_locs[year] = amount.second;
        }
        t.finish();
        pr.body_markdown = std::move(fm->body);
        pr.body_line = fm->body_line;
        return pr;
    }
};

} // namespace

Content load_content(const fs::path& root, Diagnostics& diags) {
    Content c;
    c.root = root.generic_string();
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        diags.error({root.generic_string(), 0, 0}, "the content folder does not exist");
        return c;
    }
    Loader loader{root, fs::canonical(root, ec), diags};
    loader.site(c.site);
    loader.plan(c.plan);
    loader.projects(c.plan);
    return c;
}

} // namespace prongsai
