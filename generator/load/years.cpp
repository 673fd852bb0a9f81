#include "load/years.h"

#include "text.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <utility>

namespace fs = std::filesystem;

namespace prongsai {

extern const char* const ita_years_toml;
extern const std::vector<std::pair<std::string_view, std::string_view>> oit_year_files;

namespace {

// Percentages and scores are compared as the documents print them, to the
// hundredth; holding them as whole hundredths keeps every comparison exact.
std::optional<std::int64_t> hundredths(std::optional<double> x) {
    if (!x) return std::nullopt;
    return std::llround(*x * 100.0);
}

Stated stated_percent(TableReader& t, const std::string& key, double max = 1000) {
    return {hundredths(t.number(key, false, 0, max)), t.loc(key)};
}

Stated stated_count(TableReader& t, const std::string& key) {
    return {t.integer(key, false, 0, 1'000'000), t.loc(key)};
}

Stated stated_amount(TableReader& t, const std::string& key) {
    return {t.amount(key, false), t.loc(key)};
}

struct StatusWord {
    MeasureStatus status;
    const char* english;
    const char* thai;
};
constexpr StatusWord status_spellings[] = {
    {MeasureStatus::done, "done", "ดำเนินการแล้ว"},
    {MeasureStatus::partly, "partly", "ดำเนินการบางส่วน"},
    {MeasureStatus::not_done, "not-done", "ยังไม่ได้ดำเนินการ"},
    {MeasureStatus::planned, "planned", "มีแผนจะดำเนินการ"},
};

void measures(TableReader& t, FiscalYearReport& r, Diagnostics& diags) {
    r.measures_title = t.text("title", false).value_or("");
    r.measures_loc = {t.file(), 1, 1};
    for (auto& m : t.tables("measures", false)) {
        Measure x;
        x.loc = m.loc("number");
        x.number = static_cast<int>(m.integer("number", true, 1, 9999).value_or(0));
        x.title = m.text("title", true).value_or("");
        x.method = m.text("method", false).value_or("");
        x.unit = m.text("unit", false).value_or("");
        x.period = m.text("period", false).value_or("");
        x.follow_up = m.text("follow_up", false).value_or("");
        if (auto s = m.text("status", false)) {
            bool known = false;
            for (const auto& w : status_spellings)
                if (*s == w.english || *s == w.thai) {
                    x.status = w.status;
                    known = true;
                }
            if (!known)
                diags.error(m.loc("status"),
                            "'status' must be one of \"done\" (ดำเนินการแล้ว), \"partly\" "
                            "(ดำเนินการบางส่วน), \"not-done\" (ยังไม่ได้ดำเนินการ) or \"planned\" "
                            "(มีแผนจะดำเนินการ, with planned_period); leave it out when the "
                            "document does not say");
        }
        x.status_inferred = m.boolean("status_inferred", false).value_or(false);
        if (x.status_inferred && x.status == MeasureStatus::unknown)
            diags.error(m.loc("status_inferred"),
                        "'status_inferred' marks a status read from the result; give the status "
                        "too, like status = \"done\", or leave both out");
        x.planned_period = m.text("planned_period", false).value_or("");
        if (x.status == MeasureStatus::planned && x.planned_period.empty())
            diags.error(m.loc("status"), "a planned measure needs the period the document gives, "
                                         "like planned_period = \"เม.ย.–ก.ย. 2565\"");
        x.result = m.text("result", false).value_or("");
        x.suggestion = m.text("suggestion", false).value_or("");
        x.announcements_loc = m.loc("announcements");
        x.announcements = m.texts("announcements", false);
        x.documents_loc = m.loc("documents");
        x.documents = m.texts("documents", false);
        x.projects_loc = m.loc("projects");
        for (auto n : m.integers("projects", false, 1, max_project_number))
            x.projects.push_back(static_cast<int>(n));
        x.indicators_loc = m.loc("indicators");
        for (auto n : m.integers("indicators", false, 1, 99))
            x.indicators.push_back(static_cast<int>(n));
        m.finish();
        r.measures.push_back(std::move(x));
    }
}

void progress_row_figures(TableReader& t, ProgressRow& row) {
    row.planned = t.integer("planned", false, 0, 100'000);
    row.done = t.integer("done", false, 0, 100'000);
    row.budget_plan = t.amount("budget_plan", false);
    row.budget_ordinance = t.amount("budget_ordinance", false);
    row.budget_ordinance_loc = t.loc("budget_ordinance");
    row.budget_used = t.amount("budget_used", false);
}

void progress(TableReader& t, FiscalYearReport& r) {
    ProgressReport p;
    p.loc = {t.file(), 1, 1};
    p.plan_title = t.text("plan", true).value_or("");
    p.plan_first_year = t.year("plan_first_year", false).value_or(0);
    p.plan_last_year = t.year("plan_last_year", false).value_or(0);
    p.source = t.text("source", false).value_or("");
    for (auto& rt : t.tables("rounds", true)) {
        ProgressRound round;
        round.loc = rt.loc("months");
        round.months = static_cast<int>(rt.integer("months", true, 1, 12).value_or(0));
        round.fiscal_year = rt.year("fiscal_year", true).value_or(0);
        for (auto& dt : rt.tables("dimensions", true)) {
            ProgressRow row;
            row.loc = dt.loc("dimension");
            row.dimension = static_cast<int>(dt.integer("dimension", true, 1, 99).value_or(0));
            progress_row_figures(dt, row);
            row.percent_projects = stated_percent(dt, "percent_projects");
            row.percent_budget = stated_percent(dt, "percent_budget");
            row.summary_projects = stated_count(dt, "summary_projects");
            row.summary_budget = stated_amount(dt, "summary_budget");
            dt.finish();
            round.rows.push_back(std::move(row));
        }
        if (auto tt = rt.table("total", false)) {
            round.total_planned = stated_count(*tt, "planned");
            round.total_done = stated_count(*tt, "done");
            round.total_budget_plan = stated_amount(*tt, "budget_plan");
            round.total_budget_ordinance = stated_amount(*tt, "budget_ordinance");
            round.total_budget_used = stated_amount(*tt, "budget_used");
            round.total_percent_projects = stated_percent(*tt, "percent_projects");
            round.total_percent_budget = stated_percent(*tt, "percent_budget");
            round.total_summary_projects = stated_count(*tt, "summary_projects");
            round.total_summary_budget = stated_amount(*tt, "summary_budget");
            tt->finish();
        }
        rt.finish();
        p.rounds.push_back(std::move(round));
    }
    r.progress = std::move(p);
}

void spending(TableReader& t, FiscalYearReport& r) {
    SpendingReport s;
    s.loc = {t.file(), 1, 1};
    s.title = t.text("title", true).value_or("");
    s.period = t.text("period", false).value_or("");
    for (auto& rt : t.tables("rows", true)) {
        SpendingRow row;
        row.loc = rt.loc("item");
        row.unit = rt.text("unit", false).value_or("");
        row.item = rt.text("item", true).value_or("");
        row.budget = rt.amount("budget", false);
        row.transfer_in = rt.amount("transfer_in", false);
        row.transfer_out = rt.amount("transfer_out", false);
        row.committed = rt.amount("committed", false);
        row.paid = rt.amount("paid", false);
        row.remaining = stated_amount(rt, "remaining");
        row.note = rt.text("note", false).value_or("");
        rt.finish();
        s.rows.push_back(std::move(row));
    }
    if (auto tt = t.table("total", false)) {
        s.total_budget = stated_amount(*tt, "budget");
        s.total_transfer_in = stated_amount(*tt, "transfer_in");
        s.total_transfer_out = stated_amount(*tt, "transfer_out");
        s.total_committed = stated_amount(*tt, "committed");
        s.total_paid = stated_amount(*tt, "paid");
        s.total_remaining = stated_amount(*tt, "remaining");
        tt->finish();
    }
    r.spending = std::move(s);
}

void implementation(TableReader& t, FiscalYearReport& r) {
    ImplementationTable it;
    it.loc = {t.file(), 1, 1};
    it.title = t.text("title", true).value_or("");
    it.fiscal_year = t.year("fiscal_year", true).value_or(0);
    it.months = static_cast<int>(t.integer("months", false, 1, 12).value_or(0));
    it.as_of = t.text("as_of", false).value_or("");
    for (auto& rt : t.tables("rows", true)) {
        ImplementationRow row;
        row.loc = rt.loc("organisation");
        row.number = static_cast<int>(rt.integer("number", false, 1, 100'000).value_or(0));
        row.organisation = rt.text("organisation", true).value_or("");
        row.district = rt.text("district", false).value_or("");
        row.percent = stated_percent(rt, "percent");
        row.level = rt.text("level", false).value_or("");
        row.self = rt.boolean("self", false).value_or(false);
        rt.finish();
        it.rows.push_back(std::move(row));
    }
    r.implementation = std::move(it);
}

void survey(TableReader& t, FiscalYearReport& r, Diagnostics& diags) {
    Survey s;
    s.loc = {t.file(), 1, 1};
    s.title = t.text("title", true).value_or("");
    s.fiscal_year = t.year("fiscal_year", false).value_or(0);
    s.units_loc = t.loc("units");
    s.units = t.texts("units", true);
    for (auto& gt : t.tables("groups", true)) {
        SurveyGroup g;
        g.name = gt.text("name", true).value_or("");
        for (auto& item : gt.tables("items", true)) {
            SurveyItem x;
            x.loc = item.loc("percents");
            x.number = static_cast<int>(item.integer("number", false, 1, 9999).value_or(0));
            x.name = item.text("name", true).value_or("");
            for (auto v : item.numbers("percents", true, 0, 100))
                x.percents.push_back(hundredths(v));
            if (x.percents.size() != s.units.size() && !s.units.empty())
                diags.error(x.loc, "'percents' has " + std::to_string(x.percents.size()) +
                                       " values but 'units' names " +
                                       std::to_string(s.units.size()) +
                                       " units; give one value a unit, \"\" where the document "
                                       "leaves it blank");
            item.finish();
            g.items.push_back(std::move(x));
        }
        gt.finish();
        s.groups.push_back(std::move(g));
    }
    r.survey = std::move(s);
}

void ita(TableReader& t, FiscalYearReport& r, Diagnostics& diags) {
    ItaResults x;
    x.loc = {t.file(), 1, 1};
    x.assessment_year = t.year("assessment_year", true).value_or(0);
    x.score = stated_percent(t, "score", 100);
    x.score_again = stated_percent(t, "score_again", 100);
    x.grade_loc = t.loc("grade");
    x.grade = t.text("grade", false).value_or("");
    x.threshold = hundredths(t.number("threshold", false, 0, 100));
    x.strengths = stated_count(t, "strengths");
    x.weaknesses = stated_count(t, "weaknesses");
    x.highest = stated_percent(t, "highest", 100);
    x.lowest = stated_percent(t, "lowest", 100);
    x.indicator_count = stated_count(t, "indicator_count");
    for (auto& it : t.tables("indicators", true)) {
        ItaIndicator i;
        i.loc = it.loc("number");
        i.number = static_cast<int>(it.integer("number", true, 1, 99).value_or(0));
        i.name = it.text("name", true).value_or("");
        i.tool = it.text("tool", true).value_or("");
        if (!i.tool.empty() && i.tool != "IIT" && i.tool != "EIT" && i.tool != "OIT")
            diags.error(it.loc("tool"), "'tool' must be \"IIT\", \"EIT\" or \"OIT\"");
        i.questions_loc = it.loc("last_question");
        for (auto [key, field] : {std::pair{"first_question", &i.first_question},
                                  std::pair{"last_question", &i.last_question}}) {
            *field = arabic_digits(it.text(key, false).value_or(""));
            // Digits, after at most one letter.
            std::string_view digits = *field;
            if (!digits.empty() &&
                ((digits[0] >= 'A' && digits[0] <= 'Z') || (digits[0] >= 'a' && digits[0] <= 'z')))
                digits.remove_prefix(1);
            if (!field->empty() && !made_of(digits, "", Letters::none)) {
                std::string message = "'";
                message += key;
                message += "' must be a question's number as the tool writes it, like \"7\", "
                           "\"E1\" or \"O34\"";
                diags.error(it.loc(key), message);
            }
        }
        i.score = hundredths(it.number("score", false, 0, 100));
        i.rank = stated_count(it, "rank");
        i.score_again = stated_percent(it, "score_again", 100);
        i.score_again_where = it.text("score_again_where", false).value_or("");
        it.finish();
        x.indicators.push_back(std::move(i));
    }
    for (auto& it : t.tables("issues", false)) {
        ItaIssue issue;
        issue.loc = it.loc("tool");
        issue.tool = it.text("tool", true).value_or("");
        issue.issues = it.texts("issues", true);
        it.finish();
        x.issues.push_back(std::move(issue));
    }
    r.ita = std::move(x);
}

struct StateWord {
    ProjectState state;
    const char* english;
    const char* thai;
};
constexpr StateWord state_spellings[] = {
    {ProjectState::done, "done", "ดำเนินการแล้ว"},
    {ProjectState::in_progress, "in-progress", "อยู่ระหว่างดำเนินการ"},
    {ProjectState::not_started, "not-started", "ยังไม่ได้ดำเนินการ"},
    {ProjectState::cancelled, "cancelled", "ยกเลิก"},
};

void project_status(TableReader& t, FiscalYearReport& r, Diagnostics& diags) {
    for (auto& pt : t.tables("projects", true)) {
        ProjectStatus x;
        x.loc = pt.loc("number");
        x.number = static_cast<int>(pt.integer("number", true, 1, max_project_number).value_or(0));
        auto s = pt.text("status", true);
        bool known = false;
        for (const auto& w : state_spellings)
            if (s && (*s == w.english || *s == w.thai)) {
                x.status = w.state;
                known = true;
            }
        if (s && !known)
            diags.error(pt.loc("status"),
                        "'status' must be one of \"done\" (ดำเนินการแล้ว), \"in-progress\" "
                        "(อยู่ระหว่างดำเนินการ), \"not-started\" (ยังไม่ได้ดำเนินการ) or "
                        "\"cancelled\" (ยกเลิก)");
        x.used = pt.amount("used", false);
        x.note = pt.text("note", false).value_or("");
        pt.finish();
        r.project_status.push_back(std::move(x));
    }
}

} // namespace

std::vector<ItaYear> builtin_ita_years(Diagnostics& diags) {
    std::vector<ItaYear> out;
    const std::string file = "ita_years.toml (built into prongsai)";
    auto doc = parse_toml(ita_years_toml, file, diags);
    if (!doc) return out;
    TableReader t(*doc, file, diags, {file, 1, 1});
    for (auto& yt : t.tables("years", true)) {
        ItaYear y;
        y.year = yt.year("year", true).value_or(0);
        y.source = yt.text("source", true).value_or("");
        for (auto& tt : yt.tables("tools", true)) {
            ItaTool tool;
            tool.tool = tt.text("tool", true).value_or("");
            tool.weight = static_cast<int>(tt.integer("weight", true, 0, 100).value_or(0));
            for (auto n : tt.integers("indicators", true, 1, 99))
                tool.indicators.push_back(static_cast<int>(n));
            tt.finish();
            y.tools.push_back(std::move(tool));
        }
        for (auto& gt : yt.tables("grades", true)) {
            ItaGrade g;
            g.grade = gt.text("grade", true).value_or("");
            g.min = hundredths(gt.number("min", true, 0, 100)).value_or(0);
            gt.finish();
            y.grades.push_back(std::move(g));
        }
        std::sort(y.grades.begin(), y.grades.end(),
                  [](const ItaGrade& a, const ItaGrade& b) { return a.min > b.min; });
        yt.finish();
        out.push_back(std::move(y));
    }
    t.finish();
    return out;
}

std::vector<OitYear> builtin_oit_years(Diagnostics& diags) {
    static constexpr std::pair<const char*, OitPeriod> periods[] = {
        {"any", OitPeriod::any},
        {"year", OitPeriod::year},
        {"first-half", OitPeriod::first_half},
        {"previous-year", OitPeriod::previous_year}};
    std::vector<OitYear> out;
    for (const auto& [name, text] : oit_year_files) {
        const std::string file = "oit/" + std::string(name) + " (built into prongsai)";
        auto doc = parse_toml(std::string(text), file, diags);
        if (!doc) continue;
        TableReader t(*doc, file, diags, {file, 1, 1});
        OitYear y;
        y.year = t.year("year", true).value_or(0);
        y.source = t.text("source", true).value_or("");
        y.complete = t.boolean("complete", true).value_or(false);
        for (auto& gt : t.tables("groups", false)) {
            OitGroup g;
            g.code = gt.text("code", true).value_or("");
            g.name = gt.text("name", true).value_or("");
            g.indicator = gt.text("indicator", true).value_or("");
            gt.finish();
            y.groups.push_back(std::move(g));
        }
        for (auto& it : t.tables("items", true)) {
            OitItem item;
            item.code = it.text("code", true).value_or("");
            item.name = it.text("name", true).value_or("");
            item.group = it.text("group", false).value_or("");
            item.publish = it.text("publish", true).value_or("");
            std::string period = it.text("period", true).value_or("any");
            auto p = std::find_if(std::begin(periods), std::end(periods),
                                  [&](const auto& x) { return period == x.first; });
            if (p == std::end(periods))
                diags.error(it.loc("period"), "'period' must be \"any\", \"year\", "
                                              "\"first-half\" or \"previous-year\"");
            else
                item.period = p->second;
            item.outside = it.boolean("outside", false).value_or(false);
            item.verified = it.boolean("verified", false).value_or(true);
            item.evidence = it.texts("evidence", false);
            it.finish();
            y.items.push_back(std::move(item));
        }
        t.finish();
        out.push_back(std::move(y));
    }
    std::sort(out.begin(), out.end(),
              [](const OitYear& a, const OitYear& b) { return a.year < b.year; });
    return out;
}

OitRefs read_oit(TableReader& t) {
    OitRefs out;
    for (auto& [year, codes] : t.year_texts("oit", false))
        for (auto& [code, loc] : codes)
            out.push_back({year, code, loc});
    return out;
}

void load_years(const fs::path& root, const OpenToml& open, Content& c, Diagnostics& diags) {
    std::error_code ec;
    if (!fs::is_directory(root / "years", ec)) return;
    std::vector<int> years;
    for (const auto& e : fs::directory_iterator(root / "years", ec)) {
        std::string name = e.path().filename().string();
        auto y = parse_integer(name);
        if (!e.is_directory() || !y || *y < 2400 || *y > 2700 || std::to_string(*y) != name) {
            diags.error({(root / "years" / name).generic_string(), 0, 0},
                        "years/ holds one folder a fiscal year, named by its Buddhist-Era year "
                        "like years/2565; rename or remove this");
            continue;
        }
        years.push_back(static_cast<int>(*y));
    }
    std::sort(years.begin(), years.end());
    using Part = void (*)(TableReader&, FiscalYearReport&, Diagnostics&);
    static const std::pair<const char*, Part> parts[] = {
        {"measures.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics& d) { measures(t, r, d); }},
        {"progress.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics&) { progress(t, r); }},
        {"spending.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics&) { spending(t, r); }},
        {"implementation.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics&) { implementation(t, r); }},
        {"survey.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics& d) { survey(t, r, d); }},
        {"ita.toml", [](TableReader& t, FiscalYearReport& r, Diagnostics& d) { ita(t, r, d); }},
        {"projects.toml",
         [](TableReader& t, FiscalYearReport& r, Diagnostics& d) { project_status(t, r, d); }},
    };
    for (int y : years) {
        FiscalYearReport r;
        r.year = y;
        fs::path folder = fs::path("years") / std::to_string(y);
        r.folder = (root / folder).generic_string();
        std::set<std::string> known;
        for (const auto& [name, read] : parts) {
            known.insert(name);
            if (!fs::exists(root / folder / name, ec)) continue;
            std::optional<TomlDocument> doc;
            auto t = open(folder / name, doc);
            if (!t) continue;
            read(*t, r, diags);
            std::string slug = fs::path(name).stem().string();
            if (slug == "projects") slug = "plan-progress"; // its page's name
            if (auto refs = read_oit(*t); !refs.empty()) r.oit[slug] = std::move(refs);
            t->finish();
        }
        for (const auto& e : fs::directory_iterator(root / folder, ec))
            if (!known.count(e.path().filename().string())) {
                std::string name = e.path().filename().string();
                std::vector<std::string> names(known.begin(), known.end());
                auto guess = closest(name, names);
                diags.error(
                    {(root / folder / name).generic_string(), 0, 0},
                    "a fiscal year's folder holds only measures.toml, progress.toml, "
                    "spending.toml, implementation.toml, survey.toml, ita.toml and projects.toml" +
                        (guess ? "; did you mean " + *guess + "?" : std::string()));
            }
        c.reports.push_back(std::move(r));
    }
}

} // namespace prongsai
