#include "derive/years.h"
#include "render/routes.h"

#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace prongsai {

namespace {

__extension__ typedef __int128 wide; // money × 10,000 passes int64 beyond 92 billion baht

using Format = std::function<std::string(std::int64_t, Digits)>;

std::string money(std::int64_t satang, Digits d) {
    return format_baht_fixed(satang, d);
}
std::string count(std::int64_t n, Digits d) {
    return format_integer(n, d);
}
std::string percent(std::int64_t h, Digits d) {
    return hundredths_text(h, d);
}

std::string year_text(int y, Digits d) {
    return in_digits(std::to_string(y), d);
}

Cell text_cell(std::string s) {
    Cell c;
    c.text = std::move(s);
    return c;
}

Cell blank_cell() {
    return Cell{};
}

Cell number_cell(std::string s) {
    Cell c;
    c.text = std::move(s);
    c.numeric = true;
    return c;
}

// ---- Helpers of the parts ----------------------------------------------------

struct RoundFigures {
    std::int64_t planned = 0, done = 0;
    Satang plan = 0, ordinance = 0, used = 0;
    bool known_planned = true, known_done = true, known_plan = true, known_ordinance = true,
         known_used = true;
};

std::optional<std::int64_t> projects_percent(const std::optional<std::int64_t>& done,
                                             const std::optional<std::int64_t>& planned) {
    if (!done || !planned || *planned == 0) return std::nullopt;
    return percent_hundredths(*done, *planned);
}

// E-PlanNACC's rule: a dimension with no planned budget counts as fully spent.
std::optional<std::int64_t> budget_percent(const std::optional<Satang>& used,
                                           const std::optional<Satang>& plan) {
    if (!used || !plan) return std::nullopt;
    if (*plan == 0) return 10000;
    return percent_hundredths(*used, *plan);
}

std::optional<std::int64_t> mean_of(const std::vector<std::int64_t>& values) {
    if (values.empty()) return std::nullopt;
    std::int64_t sum = 0;
    for (auto v : values)
        sum += v;
    auto n = static_cast<std::int64_t>(values.size());
    return (2 * sum + n) / (2 * n);
}

struct Question {
    std::string prefix;
    int number = 0;
};

std::optional<Question> question_of(const std::string& s) {
    std::size_t k = 0;
    while (k < s.size() && !std::isdigit(static_cast<unsigned char>(s[k])))
        ++k;
    if (k == s.size()) return std::nullopt;
    return Question{s.substr(0, k), std::stoi(s.substr(k))};
}

// The parts of the reports, in the theme's words (strings.toml, [reports]).
struct Parts {
    const Labels& l;

    // The theme's text reports.KEY.
    const std::string& w(const std::string& key) const { return l.at("reports." + key); }
    std::vector<std::string> words(std::initializer_list<const char*> keys) const {
        std::vector<std::string> out;
        for (const char* key : keys)
            out.push_back(w(key));
        return out;
    }

    // A part: its page reports/YYYY/<slug>.html, its heading, the first of its facts.
    static ReportPart named(std::string slug, std::string title,
                            std::vector<std::string> facts = {}) {
        ReportPart part;
        part.slug = std::move(slug);
        part.title = std::move(title);
        part.facts = std::move(facts);
        return part;
    }

    Cell unknown_cell() const {
        Cell c;
        c.text = w("unknown");
        c.unknown = true;
        return c;
    }

    // A figure computed from the content, with the figure the document states for
    // it. Both are shown where they differ, and the build warns: never one alone.
    // `what` names the figure in the warning; `rule` says in Thai how it is computed.
    Cell compared(std::optional<std::int64_t> computed, const Stated& stated, const Format& format,
                  Digits digits, const std::string& what, const std::string& rule) const {
        Cell c;
        c.numeric = true;
        c.loc = stated.loc;
        if (computed) {
            c.text = format(*computed, digits);
            if (stated.value && *stated.value != *computed) {
                c.stated = format(*stated.value, digits);
                c.note = fill(w("differs"),
                              {{"stated", c.stated}, {"computed", c.text}, {"rule", rule}});
                c.warning = what + ": the document states " +
                            format(*stated.value, Digits::arabic) + " but the figures give " +
                            format(*computed, Digits::arabic) + "; the page shows both";
            }
        } else if (stated.value) {
            c.text = format(*stated.value, digits);
        } else {
            c = unknown_cell();
            c.numeric = true;
        }
        return c;
    }

    Cell optional_cell(const std::optional<std::int64_t>& v, const Format& format, Digits digits,
                       bool blank_when_absent = false) const {
        if (!v) return blank_when_absent ? blank_cell() : unknown_cell();
        return number_cell(format(*v, digits));
    }

    std::string dimension_label(int n, Digits d) const {
        return l.at("plan.dimension") + " " + count(n, d);
    }

    // ---- Measures ----------------------------------------------------------------

    ReportPart measures_part(const Content& c, const FiscalYearReport& r, Digits digits) const {
        ReportPart part =
            named("measures", r.measures_title.empty() ? w("measures.title") : r.measures_title);
        std::map<MeasureStatus, int> by_status;
        for (const auto& m : r.measures)
            ++by_status[m.status];
        Table t;
        t.id = "measures";
        t.caption = fill(w("measures.caption"), {{"year", year_text(r.year, digits)}});
        t.header = words({"column.number", "measures.measure", "measures.method", "measures.unit",
                          "measures.period", "measures.follow_up", "column.status",
                          "measures.result", "measures.suggestion", "measures.evidence"});
        for (const auto& m : r.measures) {
            Row row;
            row.cells.push_back(number_cell(count(m.number, digits)));
            row.cells.push_back(text_cell(m.title));
            row.cells.push_back(text_cell(m.method));
            row.cells.push_back(text_cell(m.unit));
            row.cells.push_back(text_cell(m.period));
            row.cells.push_back(text_cell(m.follow_up));
            Cell status = text_cell(
                m.status_inferred ? fill(w("status.inferred"), {{"status", status_words(m, l)}})
                                  : status_words(m, l));
            status.css = status_class(m.status) + (m.status_inferred ? " inferred" : "");
            status.unknown = m.status == MeasureStatus::unknown;
            row.cells.push_back(std::move(status));
            row.cells.push_back(text_cell(m.result));
            row.cells.push_back(text_cell(m.suggestion));
            Cell evidence;
            for (const auto& slug : m.announcements)
                for (const auto& a : c.announcements)
                    if (a.slug == slug)
                        evidence.links.push_back({fill(w("measures.evidence_announcement"),
                                                       {{"kind", a.kind}, {"title", a.title}}),
                                                  route::announcement(a.slug)});
            for (const auto& file : m.documents)
                for (const auto& doc : c.documents)
                    if (doc.file == file)
                        evidence.links.push_back(
                            {fill(w("measures.evidence_document"), {{"title", doc.title}}),
                             route::document(doc.file)});
            for (int n : m.projects)
                for (const auto& p : c.plan.projects)
                    if (p.number == n)
                        evidence.links.push_back(
                            {fill(w("measures.evidence_project"),
                                  {{"n", count(n, digits)}, {"title", p.title}}),
                             route::project(p.slug)});
            for (const auto& [label, href] : evidence.links)
                evidence.text += (evidence.text.empty() ? "" : "\n") + label;
            row.cells.push_back(std::move(evidence));
            t.rows.push_back(std::move(row));
        }
        // A column the document does not have at all (e.g. 001 gives no period)
        // is left out rather than shown as a column of blanks.
        for (std::size_t col = t.header.size(); col-- > 0;) {
            if (col == 6) continue; // the status says "not stated" itself
            bool empty = std::all_of(t.rows.begin(), t.rows.end(),
                                     [&](const Row& row) { return row.cells[col].text.empty(); });
            if (!empty) continue;
            t.header.erase(t.header.begin() + static_cast<std::ptrdiff_t>(col));
            for (auto& row : t.rows)
                row.cells.erase(row.cells.begin() + static_cast<std::ptrdiff_t>(col));
        }
        Table summary;
        summary.id = "measures-status";
        summary.caption = w("measures.by_status");
        summary.header = words({"column.status", "measures.count"});
        for (MeasureStatus s : {MeasureStatus::done, MeasureStatus::partly, MeasureStatus::not_done,
                                MeasureStatus::planned, MeasureStatus::unknown}) {
            if (!by_status.count(s)) continue;
            Measure probe;
            probe.status = s;
            Cell label = text_cell(s == MeasureStatus::planned ? w("status.planned")
                                                               : status_words(probe, l));
            label.css = status_class(s);
            summary.rows.push_back({{label, number_cell(count(by_status[s], digits))}});
        }
        Row total{{text_cell(w("total")),
                   number_cell(count(static_cast<std::int64_t>(r.measures.size()), digits))},
                  true};
        summary.rows.push_back(std::move(total));
        part.facts.push_back(
            fill(w("measures.all"),
                 {{"n", count(static_cast<std::int64_t>(r.measures.size()), digits)}}));
        auto inferred = std::count_if(r.measures.begin(), r.measures.end(),
                                      [](const Measure& m) { return m.status_inferred; });
        if (inferred > 0)
            part.facts.push_back(fill(w("measures.inferred"), {{"n", count(inferred, digits)}}));
        part.tables.push_back(std::move(summary));
        part.tables.push_back(std::move(t));
        return part;
    }

    // ---- Progress ----------------------------------------------------------------

    std::string round_name(const ProgressRound& round, Digits d) const {
        return fill(w("progress.round_of_year"), {{"months", count(round.months, d)},
                                                  {"year", year_text(round.fiscal_year, d)}});
    }
    std::string round_short(const ProgressRound& round, Digits d) const {
        return fill(w("progress.round"), {{"months", count(round.months, d)}});
    }

    ReportPart progress_part(const Content& c, const FiscalYearReport& r, Digits digits) const {
        const ProgressReport& p = *r.progress;
        ReportPart part = named("progress", w("progress.title"));
        bool in_content = p.plan_first_year && p.plan_first_year == c.plan.first_year &&
                          p.plan_last_year == c.plan.last_year;
        part.facts.push_back(fill(w(in_content ? "progress.plan_here" : "progress.plan_elsewhere"),
                                  {{"title", p.plan_title}}));
        if (!p.source.empty())
            part.facts.push_back(fill(w("progress.source"), {{"source", p.source}}));
        part.facts.push_back(w("progress.method"));
        Series chart_projects{
            "progress-projects", w("progress.chart_projects"), {}, {}, {}, {}, {}};
        Series chart_budget{"progress-budget", w("progress.chart_budget"), {}, {}, {}, {}, {}};
        std::vector<int> dims;
        for (const auto& round : p.rounds)
            for (const auto& row : round.rows)
                if (std::find(dims.begin(), dims.end(), row.dimension) == dims.end())
                    dims.push_back(row.dimension);
        std::sort(dims.begin(), dims.end());
        for (int dim : dims) {
            chart_projects.labels.push_back(dimension_label(dim, digits));
            chart_budget.labels.push_back(dimension_label(dim, digits));
        }
        chart_projects.labels.push_back(w("total"));
        chart_budget.labels.push_back(w("total"));
        chart_projects.values.resize(dims.size() + 1);
        chart_budget.values.resize(dims.size() + 1);

        for (std::size_t ri = 0; ri < p.rounds.size(); ++ri) {
            const ProgressRound& round = p.rounds[ri];
            std::string name = round_name(round, digits);
            std::string name_en = std::to_string(round.months) + "-month round of " +
                                  std::to_string(round.fiscal_year);
            chart_projects.series_names.push_back(round_short(round, digits));
            chart_budget.series_names.push_back(round_short(round, digits));
            Table t;
            t.id = "progress-" + std::to_string(round.fiscal_year) + "-" +
                   std::to_string(round.months) + "m";
            t.caption = fill(w("progress.caption"), {{"round", name}});
            t.header = words({"column.dimension", "column.planned", "progress.done",
                              "column.budget_plan", "progress.budget_ordinance", "column.used",
                              "column.percent_projects", "column.percent_budget"});
            RoundFigures sum;
            for (const auto& row : round.rows) {
                std::string what =
                    "progress " + name_en + ", dimension " + std::to_string(row.dimension);
                Row out;
                out.cells.push_back(text_cell(dimension_label(row.dimension, digits)));
                out.cells.push_back(optional_cell(row.planned, count, digits));
                out.cells.push_back(optional_cell(row.done, count, digits));
                out.cells.push_back(optional_cell(row.budget_plan, money, digits));
                out.cells.push_back(optional_cell(row.budget_ordinance, money, digits));
                out.cells.push_back(optional_cell(row.budget_used, money, digits));
                auto pp = projects_percent(row.done, row.planned);
                auto pb = budget_percent(row.budget_used, row.budget_plan);
                out.cells.push_back(compared(pp, row.percent_projects, percent, digits,
                                             what + ", per cent of projects",
                                             w("progress.rule_projects")));
                out.cells.push_back(compared(pb, row.percent_budget, percent, digits,
                                             what + ", per cent of budget",
                                             w("progress.rule_budget")));
                t.rows.push_back(std::move(out));
                auto add = [](auto& total, bool& known, const auto& v) {
                    if (v)
                        total += *v;
                    else
                        known = false;
                };
                add(sum.planned, sum.known_planned, row.planned);
                add(sum.done, sum.known_done, row.done);
                add(sum.plan, sum.known_plan, row.budget_plan);
                add(sum.ordinance, sum.known_ordinance, row.budget_ordinance);
                add(sum.used, sum.known_used, row.budget_used);
                auto at = std::find(dims.begin(), dims.end(), row.dimension) - dims.begin();
                chart_projects.values[at].resize(p.rounds.size());
                chart_budget.values[at].resize(p.rounds.size());
                chart_projects.values[at][ri] = pp;
                chart_budget.values[at][ri] = pb;
            }
            auto opt = [](bool known, std::int64_t v) {
                return known ? std::optional<std::int64_t>(v) : std::nullopt;
            };
            std::string what = "progress " + name_en + ", totals row";
            Row total;
            total.total = true;
            const std::string& sum_rule = w("progress.rule_sum");
            total.cells.push_back(text_cell(w("total")));
            total.cells.push_back(compared(opt(sum.known_planned, sum.planned), round.total_planned,
                                           count, digits, what + ", projects planned", sum_rule));
            total.cells.push_back(compared(opt(sum.known_done, sum.done), round.total_done, count,
                                           digits, what + ", projects done", sum_rule));
            total.cells.push_back(compared(opt(sum.known_plan, sum.plan), round.total_budget_plan,
                                           money, digits, what + ", budget in the plan", sum_rule));
            total.cells.push_back(compared(opt(sum.known_ordinance, sum.ordinance),
                                           round.total_budget_ordinance, money, digits,
                                           what + ", budget in the ordinance", sum_rule));
            total.cells.push_back(compared(opt(sum.known_used, sum.used), round.total_budget_used,
                                           money, digits, what + ", budget used", sum_rule));
            auto tp = projects_percent(opt(sum.known_done, sum.done),
                                       opt(sum.known_planned, sum.planned));
            auto tb = budget_percent(opt(sum.known_used, sum.used), opt(sum.known_plan, sum.plan));
            total.cells.push_back(compared(tp, round.total_percent_projects, percent, digits,
                                           what + ", per cent of projects",
                                           w("progress.rule_total_projects")));
            total.cells.push_back(compared(tb, round.total_percent_budget, percent, digits,
                                           what + ", per cent of budget",
                                           w("progress.rule_total_budget")));
            t.rows.push_back(std::move(total));
            chart_projects.values.back().resize(p.rounds.size());
            chart_budget.values.back().resize(p.rounds.size());
            chart_projects.values.back()[ri] = tp;
            chart_budget.values.back()[ri] = tb;
            std::string table_id = t.id;
            part.tables.push_back(std::move(t));

            // The print's second table, the plan's own projects and budget per
            // dimension: each must equal the first table's "ตามแผน".
            bool has_summary = round.total_summary_projects || round.total_summary_budget;
            for (const auto& row : round.rows)
                has_summary = has_summary || row.summary_projects || row.summary_budget;
            if (!has_summary) continue;
            Table s;
            s.id = table_id + "-plan";
            s.caption = fill(w("progress.plan_caption"), {{"round", name}});
            s.header =
                words({"column.dimension", "progress.plan_projects", "progress.plan_budget"});
            for (const auto& row : round.rows) {
                std::string figure = "progress " + name_en + ", the plan's table, dimension " +
                                     std::to_string(row.dimension);
                s.rows.push_back(
                    {{text_cell(dimension_label(row.dimension, digits)),
                      compared(row.planned, row.summary_projects, count, digits,
                               figure + ", projects", w("progress.rule_plan_projects")),
                      compared(row.budget_plan, row.summary_budget, money, digits,
                               figure + ", budget", w("progress.rule_plan_budget"))}});
            }
            std::string figure = "progress " + name_en + ", the plan's table, all dimensions";
            s.rows.push_back(
                {{text_cell(w("total")),
                  compared(opt(sum.known_planned, sum.planned), round.total_summary_projects, count,
                           digits, figure + ", projects", sum_rule),
                  compared(opt(sum.known_plan, sum.plan), round.total_summary_budget, money, digits,
                           figure + ", budget", sum_rule)},
                 true});
            part.tables.push_back(std::move(s));
        }

        // Both rounds side by side; a dimension whose budget in the ordinance
        // changes between rounds of one fiscal year is pointed out.
        if (p.rounds.size() > 1) {
            Table side;
            side.id = "progress-rounds";
            side.caption = w("progress.rounds_caption");
            side.header = words({"column.dimension"});
            for (const auto& round : p.rounds) {
                std::string n = round_short(round, digits);
                side.header.push_back(fill(w("progress.rounds_projects"), {{"round", n}}));
                side.header.push_back(fill(w("progress.rounds_budget"), {{"round", n}}));
                side.header.push_back(fill(w("progress.rounds_ordinance"), {{"round", n}}));
            }
            for (std::size_t i = 0; i <= dims.size(); ++i) {
                Row row;
                row.total = i == dims.size();
                row.cells.push_back(
                    text_cell(row.total ? w("total") : dimension_label(dims[i], digits)));
                std::optional<Satang> previous_ordinance;
                const ProgressRound* previous_round = nullptr;
                for (std::size_t ri = 0; ri < p.rounds.size(); ++ri) {
                    const ProgressRound& round = p.rounds[ri];
                    auto value = [&](const auto& series) -> Cell {
                        const auto& v = i < series.values.size() && ri < series.values[i].size()
                                            ? series.values[i][ri]
                                            : std::optional<std::int64_t>();
                        return optional_cell(v, percent, digits);
                    };
                    row.cells.push_back(value(chart_projects));
                    row.cells.push_back(value(chart_budget));
                    std::optional<Satang> ordinance;
                    SourceLoc loc = round.loc;
                    if (row.total) {
                        ordinance = 0;
                        for (const auto& x : round.rows)
                            ordinance =
                                x.budget_ordinance && ordinance
                                    ? std::optional<Satang>(*ordinance + *x.budget_ordinance)
                                    : std::nullopt;
                    } else {
                        for (const auto& x : round.rows)
                            if (x.dimension == dims[i]) {
                                ordinance = x.budget_ordinance;
                                loc = x.budget_ordinance_loc;
                            }
                    }
                    Cell cell = optional_cell(ordinance, money, digits);
                    if (!row.total && previous_round && previous_ordinance && ordinance &&
                        previous_round->fiscal_year == round.fiscal_year &&
                        *previous_ordinance != *ordinance) {
                        cell.loc = loc;
                        cell.note = fill(w("progress.ordinance_changed"),
                                         {{"dimension", dimension_label(dims[i], digits)},
                                          {"months_before", count(previous_round->months, digits)},
                                          {"before", money(*previous_ordinance, digits)},
                                          {"months", count(round.months, digits)},
                                          {"after", money(*ordinance, digits)}});
                        cell.warning = "progress, dimension " + std::to_string(dims[i]) +
                                       ": the budget in the ordinance is " +
                                       money(*previous_ordinance, Digits::arabic) + " in the " +
                                       std::to_string(previous_round->months) +
                                       "-month round but " + money(*ordinance, Digits::arabic) +
                                       " in the " + std::to_string(round.months) +
                                       "-month round of the same fiscal year; the page shows both";
                    }
                    row.cells.push_back(std::move(cell));
                    previous_ordinance = ordinance;
                    previous_round = &round;
                }
                side.rows.push_back(std::move(row));
            }
            part.tables.push_back(std::move(side));
        }
        part.charts.push_back(std::move(chart_projects));
        part.charts.push_back(std::move(chart_budget));
        return part;
    }

    // ---- Spending ----------------------------------------------------------------

    ReportPart spending_part(const FiscalYearReport& r, Digits digits) const {
        const SpendingReport& s = *r.spending;
        ReportPart part = named("spending", w("spending.title"), {s.title});
        if (!s.period.empty())
            part.facts.push_back(fill(w("spending.period"), {{"period", s.period}}));
        part.facts.push_back(w("spending.method"));
        Table t;
        t.id = "spending";
        t.caption = s.title;
        t.header = words({"spending.unit", "column.item", "spending.budget", "spending.transfer_in",
                          "spending.transfer_out", "spending.committed", "spending.paid",
                          "spending.remaining", "column.note"});
        Satang budget = 0, in = 0, out = 0, committed = 0, paid = 0, remaining = 0;
        for (const auto& row : s.rows) {
            Row o;
            o.cells.push_back(text_cell(row.unit));
            o.cells.push_back(text_cell(row.item));
            bool figures = row.budget || row.transfer_in || row.transfer_out || row.committed ||
                           row.paid || row.remaining;
            if (!figures) {
                for (int k = 0; k < 6; ++k)
                    o.cells.push_back(blank_cell());
                o.cells.push_back(text_cell(row.note));
                t.rows.push_back(std::move(o));
                continue;
            }
            for (const auto* v :
                 {&row.budget, &row.transfer_in, &row.transfer_out, &row.committed, &row.paid})
                o.cells.push_back(optional_cell(*v, money, digits, true));
            Satang left = row.budget.value_or(0) + row.transfer_in.value_or(0) -
                          row.transfer_out.value_or(0) - row.committed.value_or(0) -
                          row.paid.value_or(0);
            o.cells.push_back(compared(
                row.budget ? std::optional<Satang>(left) : std::nullopt, row.remaining, money,
                digits, "spending, \"" + row.item + "\", remaining", w("spending.rule_remaining")));
            o.cells.push_back(text_cell(row.note));
            t.rows.push_back(std::move(o));
            budget += row.budget.value_or(0);
            in += row.transfer_in.value_or(0);
            out += row.transfer_out.value_or(0);
            committed += row.committed.value_or(0);
            paid += row.paid.value_or(0);
            remaining += row.budget ? left : 0;
        }
        Row total;
        total.total = true;
        total.cells.push_back(text_cell(w("spending.total")));
        total.cells.push_back(blank_cell());
        const std::string& sum_rule = w("spending.rule_sum");
        total.cells.push_back(compared(budget, s.total_budget, money, digits,
                                       "spending, totals row, budget", sum_rule));
        total.cells.push_back(compared(in, s.total_transfer_in, money, digits,
                                       "spending, totals row, transfer in", sum_rule));
        total.cells.push_back(compared(out, s.total_transfer_out, money, digits,
                                       "spending, totals row, transfer out", sum_rule));
        total.cells.push_back(compared(committed, s.total_committed, money, digits,
                                       "spending, totals row, committed", sum_rule));
        total.cells.push_back(
            compared(paid, s.total_paid, money, digits, "spending, totals row, paid", sum_rule));
        Cell left = compared(remaining, s.total_remaining, money, digits,
                             "spending, totals row, remaining", sum_rule);
        // The printed totals row may also contradict itself, whatever the rows say.
        if (s.total_budget && s.total_paid && s.total_remaining) {
            Satang own = *s.total_budget.value + s.total_transfer_in.value.value_or(0) -
                         s.total_transfer_out.value.value_or(0) -
                         s.total_committed.value.value_or(0) - *s.total_paid.value;
            if (own != *s.total_remaining.value) {
                left.stated = money(*s.total_remaining.value, digits);
                left.note += std::string(left.note.empty() ? "" : "; ") +
                             fill(w("spending.totals_disagree"),
                                  {{"budget", money(*s.total_budget.value, digits)},
                                   {"paid", money(*s.total_paid.value, digits)},
                                   {"remaining", money(own, digits)},
                                   {"stated", money(*s.total_remaining.value, digits)}});
                left.warning +=
                    std::string(left.warning.empty() ? "spending, totals row, remaining: "
                                                     : "; and ") +
                    "the printed totals give " + money(own, Digits::arabic) +
                    " (budget + transfer in - transfer out - committed - paid), not " +
                    money(*s.total_remaining.value, Digits::arabic);
            }
        }
        total.cells.push_back(std::move(left));
        total.cells.push_back(blank_cell());
        t.rows.push_back(std::move(total));
        part.tables.push_back(std::move(t));
        return part;
    }

    // ---- Implementation ----------------------------------------------------------

    ReportPart implementation_part(const FiscalYearReport& r,
                                   const std::vector<FiscalYearReport>& all, Digits digits) const {
        const ImplementationTable& it = *r.implementation;
        ReportPart part = named("implementation", w("implementation.title"), {it.title});
        if (!it.as_of.empty())
            part.facts.push_back(
                fill(w("implementation.as_of"), {{"date", in_digits(it.as_of, digits)}}));
        // This organisation's own progress report of the same year and round, if any.
        std::optional<std::int64_t> own;
        for (const auto& report : all)
            if (report.progress)
                for (const auto& round : report.progress->rounds)
                    if (round.fiscal_year == it.fiscal_year && round.months == it.months) {
                        std::int64_t planned = 0, done = 0;
                        bool known = true;
                        for (const auto& row : round.rows) {
                            known = known && row.planned && row.done;
                            planned += row.planned.value_or(0);
                            done += row.done.value_or(0);
                        }
                        if (known && planned > 0) own = percent_hundredths(done, planned);
                    }
        Table t;
        t.id = "implementation";
        t.caption = it.title;
        t.header = words({"column.order", "implementation.organisation", "implementation.district",
                          "column.percent", "implementation.level"});
        Series chart{
            "implementation", w("implementation.chart"), {}, words({"column.percent"}), {}, {}, {}};
        for (const auto& row : it.rows) {
            Row o;
            o.cells.push_back(row.number ? number_cell(count(row.number, digits)) : blank_cell());
            o.cells.push_back(text_cell(row.organisation));
            o.cells.push_back(text_cell(row.district));
            Cell pct = row.self && own
                           ? compared(own, row.percent, percent, digits,
                                      "implementation table, \"" + row.organisation + "\"",
                                      w("implementation.rule_own"))
                           : optional_cell(row.percent.value, percent, digits);
            if (row.self && own && !pct.stated.empty()) {
                // Here the document is the table and the computed figure the
                // organisation's own report: both stay shown.
                pct.note =
                    fill(w("implementation.own_differs"), {{"stated", pct.stated},
                                                           {"months", count(it.months, digits)},
                                                           {"computed", pct.text}});
                pct.warning = "implementation table, \"" + row.organisation +
                              "\": the table states " +
                              percent(*row.percent.value, Digits::arabic) +
                              " per cent but this organisation's own " + std::to_string(it.months) +
                              "-month progress report of " + std::to_string(it.fiscal_year) +
                              " gives " + percent(*own, Digits::arabic) +
                              " (projects done / planned); the page shows both";
            }
            if (row.percent.value && *row.percent.value > 10000) {
                pct.loc = row.percent.loc;
                pct.note += std::string(pct.note.empty() ? "" : "; ") +
                            fill(w("implementation.over_100"),
                                 {{"percent", percent(*row.percent.value, digits)}});
                pct.warning += std::string(pct.warning.empty() ? "" : "; ") +
                               "implementation table, \"" + row.organisation +
                               "\": " + percent(*row.percent.value, Digits::arabic) +
                               " per cent of the plan's projects is more than 100";
            }
            if (row.self) o.cells[1].css = "self";
            o.cells.push_back(std::move(pct));
            o.cells.push_back(text_cell(row.level));
            t.rows.push_back(std::move(o));
            chart.labels.push_back(row.organisation);
            chart.values.push_back({row.percent.value});
        }
        part.charts.push_back(std::move(chart));
        part.tables.push_back(std::move(t));
        return part;
    }

    // ---- Survey ------------------------------------------------------------------

    ReportPart survey_part(const FiscalYearReport& r, Digits digits) const {
        const Survey& s = *r.survey;
        ReportPart part = named("survey", w("survey.title"), {s.title});
        part.facts.push_back(w("survey.method"));
        Table t;
        t.id = "survey";
        t.caption = s.title;
        t.header = words({"column.number", "survey.item"});
        for (const auto& u : s.units)
            t.header.push_back(u);
        t.header.push_back(w("column.mean"));
        const std::size_t units = s.units.size();
        std::vector<std::vector<std::int64_t>> all_by_unit(units);
        std::vector<std::int64_t> all;
        Series chart{"survey", w("survey.chart"), {}, words({"column.mean"}), {}, {}, {}};
        for (const auto& g : s.groups) {
            Row heading;
            heading.heading = true;
            heading.cells.push_back(text_cell(g.name));
            t.rows.push_back(std::move(heading));
            std::vector<std::vector<std::int64_t>> by_unit(units);
            std::vector<std::int64_t> group;
            for (const auto& item : g.items) {
                Row o;
                o.cells.push_back(item.number ? number_cell(count(item.number, digits))
                                              : blank_cell());
                o.cells.push_back(text_cell(item.name));
                std::vector<std::int64_t> row_values;
                for (std::size_t u = 0; u < units; ++u) {
                    if (u >= item.percents.size() || !item.percents[u]) {
                        o.cells.push_back(unknown_cell());
                        continue;
                    }
                    std::int64_t v = *item.percents[u];
                    o.cells.push_back(number_cell(percent(v, digits)));
                    row_values.push_back(v);
                    by_unit[u].push_back(v);
                    all_by_unit[u].push_back(v);
                    group.push_back(v);
                    all.push_back(v);
                }
                o.cells.push_back(optional_cell(mean_of(row_values), percent, digits));
                t.rows.push_back(std::move(o));
            }
            Row mean;
            mean.total = true;
            mean.cells.push_back(blank_cell());
            mean.cells.push_back(text_cell(fill(w("survey.group_mean"), {{"group", g.name}})));
            for (std::size_t u = 0; u < units; ++u)
                mean.cells.push_back(optional_cell(mean_of(by_unit[u]), percent, digits));
            mean.cells.push_back(optional_cell(mean_of(group), percent, digits));
            t.rows.push_back(std::move(mean));
        }
        Row overall;
        overall.total = true;
        overall.cells.push_back(blank_cell());
        overall.cells.push_back(text_cell(w("survey.overall")));
        for (std::size_t u = 0; u < units; ++u) {
            auto m = mean_of(all_by_unit[u]);
            overall.cells.push_back(optional_cell(m, percent, digits));
            chart.labels.push_back(s.units[u]);
            chart.values.push_back({m});
        }
        overall.cells.push_back(optional_cell(mean_of(all), percent, digits));
        t.rows.push_back(std::move(overall));
        part.charts.push_back(std::move(chart));
        part.tables.push_back(std::move(t));
        return part;
    }

    // ---- ITA ---------------------------------------------------------------------

    ReportPart ita_part(const Content& c, const FiscalYearReport& r, Digits digits) const {
        const ItaResults& x = *r.ita;
        ReportPart part =
            named("ita", fill(w("ita.title"), {{"year", year_text(x.assessment_year, digits)}}));
        const ItaYear* weights = nullptr;
        for (const auto& y : c.ita_years)
            if (y.year == x.assessment_year) weights = &y;

        // Ranking: highest score first; equal scores in the order of their
        // numbers, which is how the NACC's reports print a tie.
        std::vector<const ItaIndicator*> ranked;
        for (const auto& i : x.indicators)
            if (i.score) ranked.push_back(&i);
        std::stable_sort(
            ranked.begin(), ranked.end(), [](const ItaIndicator* a, const ItaIndicator* b) {
                return *a->score != *b->score ? *a->score > *b->score : a->number < b->number;
            });
        std::optional<std::int64_t> overall;
        if (weights) {
            std::vector<std::pair<int, std::int64_t>> scores;
            for (const auto& i : x.indicators)
                if (i.score) scores.push_back({i.number, *i.score});
            overall = ita_overall(*weights, scores);
        }
        std::string grade;
        if (weights && overall)
            for (const auto& g : weights->grades)
                if (*overall >= g.min) {
                    grade = g.grade;
                    break;
                }
        int strengths = 0, weaknesses = 0;
        if (x.threshold)
            for (const ItaIndicator* i : ranked) {
                strengths += *i->score > *x.threshold;
                weaknesses += *i->score < *x.threshold;
            }

        if (weights)
            part.facts.push_back(
                fill(w("ita.weights"), {{"year", year_text(x.assessment_year, digits)},
                                        {"source", weights->source}}));
        else
            part.facts.push_back(
                fill(w("ita.no_weights"), {{"year", year_text(x.assessment_year, digits)}}));
        if (x.threshold)
            part.facts.push_back(
                fill(w("ita.threshold"), {{"threshold", percent(*x.threshold, digits)}}));

        Table summary;
        summary.id = "ita-summary";
        summary.caption = w("ita.summary");
        summary.header = words({"column.item", "ita.value"});
        auto add = [&](const std::string& label, Cell cell) {
            summary.rows.push_back({{text_cell(label), std::move(cell)}});
        };
        add(w("ita.score"), compared(overall, x.score, percent, digits, "ITA, the overall score",
                                     w("ita.rule_score")));
        if (x.score_again)
            add(w("ita.score_again"),
                compared(overall ? overall : x.score.value, x.score_again, percent, digits,
                         "ITA, the overall score stated a second time", w("ita.score")));
        {
            Cell g = text_cell(grade.empty() ? x.grade : grade);
            if (g.text.empty()) g = unknown_cell();
            if (!grade.empty() && !x.grade.empty() && grade != x.grade) {
                g.stated = x.grade;
                g.loc = x.grade_loc;
                g.note = fill(w("ita.grade_differs"), {{"stated", x.grade}, {"grade", grade}});
                g.warning = "ITA, the grade: the document states " + x.grade +
                            " but the recomputed score is in band " + grade +
                            "; the page shows both";
            }
            add(w("ita.grade"), std::move(g));
        }
        std::optional<std::int64_t> highest, lowest;
        if (!ranked.empty()) {
            highest = *ranked.front()->score;
            lowest = *ranked.back()->score;
        }
        add(w("ita.highest"), compared(highest, x.highest, percent, digits,
                                       "ITA, the highest score", w("ita.rule_highest")));
        add(w("ita.lowest"), compared(lowest, x.lowest, percent, digits, "ITA, the lowest score",
                                      w("ita.rule_lowest")));
        add(w("ita.indicators"),
            compared(static_cast<std::int64_t>(x.indicators.size()), x.indicator_count, count,
                     digits, "ITA, the number of indicators", w("ita.rule_indicators")));
        if (x.threshold) {
            std::string threshold = percent(*x.threshold, digits);
            add(w("ita.strengths"),
                compared(strengths, x.strengths, count, digits,
                         "ITA, the number of strengths (above the threshold)",
                         fill(w("ita.rule_strengths"), {{"threshold", threshold}})));
            add(w("ita.weaknesses"),
                compared(weaknesses, x.weaknesses, count, digits,
                         "ITA, the number of weaknesses (below the threshold)",
                         fill(w("ita.rule_weaknesses"), {{"threshold", threshold}})));
        }
        part.tables.push_back(std::move(summary));

        Table t;
        t.id = "ita-indicators";
        t.caption = w("ita.ranking");
        t.header = words({"ita.rank", "ita.indicator_number", "column.indicator", "column.tool",
                          "ita.questions", "column.score", "ita.verdict"});
        // Within one tool, an indicator's questions follow the previous one's.
        std::map<int, Cell> question_cells;
        std::map<std::string, std::vector<const ItaIndicator*>> by_tool;
        for (const auto& i : x.indicators)
            by_tool[i.tool].push_back(&i);
        for (auto& [tool, list] : by_tool) {
            std::sort(list.begin(), list.end(), [](const ItaIndicator* a, const ItaIndicator* b) {
                return a->number < b->number;
            });
            for (std::size_t k = 0; k < list.size(); ++k) {
                const ItaIndicator& i = *list[k];
                Cell q =
                    text_cell(i.first_question.empty()
                                  ? std::string()
                                  : in_digits(i.first_question + "–" + i.last_question, digits));
                if (q.text.empty()) q = unknown_cell();
                if (k + 1 < list.size()) {
                    const ItaIndicator& next = *list[k + 1];
                    auto last = question_of(i.last_question);
                    auto first = question_of(next.first_question);
                    if (last && first &&
                        (last->prefix != first->prefix || first->number != last->number + 1)) {
                        q.loc = i.questions_loc;
                        q.note = fill(w("ita.questions_gap"),
                                      {{"n", count(i.number, digits)},
                                       {"last", in_digits(i.last_question, digits)},
                                       {"next", count(next.number, digits)},
                                       {"first", in_digits(next.first_question, digits)}});
                        q.warning = "ITA, indicator " + std::to_string(i.number) +
                                    ": its questions end at " + i.last_question +
                                    " but indicator " + std::to_string(next.number) +
                                    " of the same tool starts at " + next.first_question +
                                    "; the page shows the range as stated";
                    }
                }
                question_cells[i.number] = std::move(q);
            }
        }
        for (std::size_t k = 0; k < ranked.size(); ++k) {
            const ItaIndicator& i = *ranked[k];
            Row o;
            o.cells.push_back(compared(static_cast<std::int64_t>(k + 1), i.rank, count, digits,
                                       "ITA, the rank of indicator " + std::to_string(i.number),
                                       w("ita.rule_rank")));
            o.cells.push_back(number_cell(count(i.number, digits)));
            o.cells.push_back(text_cell(i.name));
            o.cells.push_back(text_cell(i.tool));
            o.cells.push_back(question_cells[i.number]);
            Cell score = number_cell(percent(*i.score, digits));
            if (i.score_again && *i.score_again.value != *i.score) {
                score.loc = i.score_again.loc;
                score.stated = percent(*i.score_again.value, digits);
                score.stated_label = w("ita.score_stated_again");
                score.text_label = w("ita.score_from_table");
                score.note = fill(
                    w(i.score_again_where.empty() ? "ita.score_twice" : "ita.score_twice_where"),
                    {{"score", percent(*i.score, digits)},
                     {"again", score.stated},
                     {"where", i.score_again_where}});
                score.warning = "ITA, indicator " + std::to_string(i.number) +
                                ": the document states its score twice, " +
                                percent(*i.score, Digits::arabic) + " and " +
                                percent(*i.score_again.value, Digits::arabic) +
                                "; the page shows both";
            }
            o.cells.push_back(std::move(score));
            Cell v;
            if (x.threshold) {
                v = text_cell(*i.score > *x.threshold   ? w("ita.strength")
                              : *i.score < *x.threshold ? w("ita.weakness")
                                                        : w("ita.at_threshold"));
                v.css = *i.score > *x.threshold   ? "status-done"
                        : *i.score < *x.threshold ? "status-not-done"
                                                  : "";
            }
            o.cells.push_back(std::move(v));
            t.rows.push_back(std::move(o));
        }
        part.tables.push_back(std::move(t));

        if (!x.issues.empty()) {
            Table issues;
            issues.id = "ita-issues";
            issues.caption = w("ita.issues");
            issues.header = words({"column.tool", "ita.issue"});
            for (const auto& is : x.issues)
                for (const auto& text : is.issues)
                    issues.rows.push_back({{text_cell(is.tool), text_cell(text)}});
            part.tables.push_back(std::move(issues));
        }

        // Measures that answer the weaknesses: this year's or the next year's.
        Table answers;
        answers.id = "ita-measures";
        answers.caption = w("ita.answers");
        answers.header = words({"column.indicator", "column.score", "ita.measure", "ita.year"});
        for (const ItaIndicator* i : ranked) {
            if (!x.threshold || *i->score >= *x.threshold) continue;
            for (const auto& report : c.reports) {
                if (report.year != r.year && report.year != r.year + 1) continue;
                for (const auto& m : report.measures) {
                    if (std::find(m.indicators.begin(), m.indicators.end(), i->number) ==
                        m.indicators.end())
                        continue;
                    Cell measure = text_cell(count(m.number, digits) + ". " + m.title);
                    measure.links.push_back(
                        {measure.text, route::report_part(report.year, "measures")});
                    answers.rows.push_back(
                        {{text_cell(count(i->number, digits) + ". " + i->name),
                          number_cell(percent(*i->score, digits)), std::move(measure),
                          number_cell(year_text(report.year, digits))}});
                }
            }
        }
        if (!answers.rows.empty()) part.tables.push_back(std::move(answers));

        Series chart{"ita", w("ita.chart"), {}, words({"column.score"}), {}, x.threshold, {}};
        if (x.threshold)
            chart.threshold_label =
                fill(w("ita.threshold_line"), {{"threshold", percent(*x.threshold, digits)}});
        for (const ItaIndicator* i : ranked) {
            chart.labels.push_back(count(i->number, digits) + ". " + i->name);
            chart.values.push_back({i->score});
        }
        part.charts.push_back(std::move(chart));
        return part;
    }

    ReportPart plan_part(const Content& c, const FiscalYearReport& r, Digits digits) const {
        ReportPart part = named("plan-progress", w("plan.title"));
        part.facts.push_back(fill(w("plan.plan"), {{"title", c.plan.title},
                                                   {"first", year_text(c.plan.first_year, digits)},
                                                   {"last", year_text(c.plan.last_year, digits)},
                                                   {"year", year_text(r.year, digits)}}));
        part.facts.push_back(w("plan.method"));
        Table t;
        t.id = "plan-progress";
        t.caption = fill(w("plan.caption"), {{"year", year_text(r.year, digits)}});
        t.header = words({"column.dimension", "column.planned", "plan.done", "column.budget_plan",
                          "column.used", "column.percent_projects", "column.percent_budget"});
        Series chart{"plan-progress", w("plan.chart"), {}, words({"column.percent"}), {}, {}, {}};
        auto row_of = [&](const std::string& label, const PlanProgress& p, bool total) {
            Row row;
            row.total = total;
            row.cells = {text_cell(label),
                         number_cell(count(p.planned, digits)),
                         number_cell(count(p.done, digits)),
                         number_cell(money(p.budget, digits)),
                         number_cell(money(p.used, digits)),
                         optional_cell(p.percent_projects, percent, digits),
                         optional_cell(p.percent_budget, percent, digits)};
            t.rows.push_back(std::move(row));
            chart.labels.push_back(label);
            chart.values.push_back({p.percent_projects});
        };
        for (const auto& dim : c.plan.dimensions)
            if (auto p = plan_progress(c, r, dim.number))
                row_of(dimension_label(dim.number, digits), *p, false);
        if (auto p = plan_progress(c, r)) row_of(w("total"), *p, true);
        part.tables.push_back(std::move(t));

        Table list;
        list.id = "plan-projects";
        list.caption = fill(w("plan.projects"), {{"year", year_text(r.year, digits)}});
        list.header = words({"column.order", "plan.project", "column.status", "column.budget_plan",
                             "column.used", "column.note"});
        for (const auto& p : c.plan.projects) {
            auto b = p.budget.find(r.year);
            if (b == p.budget.end()) continue;
            const ProjectStatus* s = nullptr;
            for (const auto& x : r.project_status)
                if (x.number == p.number) s = &x;
            Cell title = text_cell(p.title);
            title.links.push_back({p.title, route::project(p.slug)});
            Cell state = text_cell(s ? state_words(s->status, l) : w("state.not_recorded"));
            state.css = s ? state_class(s->status) : "status-unknown";
            state.unknown = !s;
            list.rows.push_back({{number_cell(count(p.number, digits)), std::move(title),
                                  std::move(state), number_cell(money(b->second, digits)),
                                  s ? optional_cell(s->used, money, digits) : unknown_cell(),
                                  text_cell(s ? s->note : "")}});
        }
        part.tables.push_back(std::move(list));
        part.charts.push_back(std::move(chart));
        return part;
    }
};

} // namespace

std::optional<PlanProgress> plan_progress(const Content& c, const FiscalYearReport& r,
                                          int dimension) {
    if (r.project_status.empty()) return std::nullopt;
    PlanProgress out;
    out.year = r.year;
    for (const auto& p : c.plan.projects) {
        if (dimension && p.dimension != dimension) continue;
        auto b = p.budget.find(r.year);
        if (b == p.budget.end()) continue;
        ++out.planned;
        out.budget += b->second;
        for (const auto& s : r.project_status)
            if (s.number == p.number) {
                out.done += s.status == ProjectState::done;
                out.used += s.used.value_or(0);
            }
    }
    if (out.planned == 0) return dimension ? std::nullopt : std::optional<PlanProgress>(out);
    out.percent_projects = percent_hundredths(out.done, out.planned);
    out.percent_budget = out.budget == 0 ? 10000 : percent_hundredths(out.used, out.budget);
    return out;
}

std::string state_words(ProjectState s, const Labels& l) {
    switch (s) {
    case ProjectState::done:
        return l.at("reports.state.done");
    case ProjectState::in_progress:
        return l.at("reports.state.in_progress");
    case ProjectState::not_started:
        return l.at("reports.state.not_started");
    case ProjectState::cancelled:
        return l.at("reports.state.cancelled");
    }
    return "";
}

std::string state_slug(ProjectState s) {
    switch (s) {
    case ProjectState::done:
        return "done";
    case ProjectState::in_progress:
        return "in-progress";
    case ProjectState::not_started:
        return "not-started";
    case ProjectState::cancelled:
        return "cancelled";
    }
    return "";
}

std::string state_class(ProjectState s) {
    switch (s) {
    case ProjectState::done:
        return "status-done";
    case ProjectState::in_progress:
        return "status-partly";
    case ProjectState::not_started:
        return "status-not-done";
    case ProjectState::cancelled:
        return "status-unknown";
    }
    return "";
}

std::int64_t percent_hundredths(std::int64_t num, std::int64_t den) {
    if (den <= 0) return 0;
    wide n = static_cast<wide>(num) * 10000 * 2 + den;
    return static_cast<std::int64_t>(n / (static_cast<wide>(den) * 2));
}

std::string hundredths_text(std::int64_t h, Digits digits) {
    std::string sign = h < 0 ? "-" : "";
    if (h < 0) h = -h;
    std::string frac = std::to_string(h % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return in_digits(sign + format_integer(h / 100, Digits::arabic) + "." + frac, digits);
}

std::optional<std::int64_t> ita_overall(const ItaYear& weights,
                                        const std::vector<std::pair<int, std::int64_t>>& scores) {
    // Summed as a fraction over the product of the tools' sizes, so the one
    // rounding is the last.
    long double total = 0;
    for (const auto& tool : weights.tools) {
        if (tool.indicators.empty()) continue;
        std::int64_t sum = 0;
        for (int n : tool.indicators) {
            auto it = std::find_if(scores.begin(), scores.end(),
                                   [&](const auto& s) { return s.first == n; });
            if (it == scores.end()) return std::nullopt;
            sum += it->second;
        }
        total += static_cast<long double>(tool.weight) * static_cast<long double>(sum) /
                 static_cast<long double>(tool.indicators.size()) / 100.0L;
    }
    return static_cast<std::int64_t>(std::llroundl(total));
}

std::string status_words(const Measure& m, const Labels& l) {
    switch (m.status) {
    case MeasureStatus::done:
        return l.at("reports.status.done");
    case MeasureStatus::partly:
        return l.at("reports.status.partly");
    case MeasureStatus::not_done:
        return l.at("reports.status.not_done");
    case MeasureStatus::planned:
        return m.planned_period.empty()
                   ? l.at("reports.status.planned")
                   : fill(l.at("reports.status.planned_when"), {{"period", m.planned_period}});
    case MeasureStatus::unknown:
        break;
    }
    return l.at("reports.status.unknown");
}

std::string status_class(MeasureStatus s) {
    switch (s) {
    case MeasureStatus::done:
        return "status-done";
    case MeasureStatus::partly:
        return "status-partly";
    case MeasureStatus::not_done:
        return "status-not-done";
    case MeasureStatus::planned:
        return "status-planned";
    case MeasureStatus::unknown:
        break;
    }
    return "status-unknown";
}

std::vector<ReportPart> report_parts(const Content& c, const FiscalYearReport& r, const Labels& l,
                                     Digits digits) {
    const Parts maker{l};
    std::vector<ReportPart> parts;
    if (!r.measures.empty()) parts.push_back(maker.measures_part(c, r, digits));
    if (r.progress) parts.push_back(maker.progress_part(c, r, digits));
    if (r.spending) parts.push_back(maker.spending_part(r, digits));
    if (r.implementation) parts.push_back(maker.implementation_part(r, c.reports, digits));
    if (r.survey) parts.push_back(maker.survey_part(r, digits));
    if (r.ita) parts.push_back(maker.ita_part(c, r, digits));
    if (!r.project_status.empty()) parts.push_back(maker.plan_part(c, r, digits));
    return parts;
}

} // namespace prongsai
