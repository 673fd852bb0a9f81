// The yearly reports as tables: every figure computed from the content, set
// beside the figure the document states. The pages, the CSV files and the
// build's warnings are all made from these tables, so a disagreement the page
// shows is the one the build warns about, word for word the same figures.
#pragma once

#include "model.h"
#include "render/labels.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace prongsai {

struct Cell {
    std::string text;   // what the page shows: the computed figure, or the content's text
    std::string stated; // the document's own figure when it differs from `text`
    // What the two figures are called, when not the theme's reports.stated and
    // reports.computed (a score the document states twice differently: both are
    // the document's).
    std::string stated_label, text_label;
    std::string note;    // a short note on the disagreement in the theme's words, under the table
    std::string warning; // the build's warning (English), at `loc`
    SourceLoc loc;
    bool numeric = false;
    bool unknown = false;                                   // the document does not give it
    std::string css;                                        // e.g. the measure's status
    std::vector<std::pair<std::string, std::string>> links; // label, path below the site's root
};

struct Row {
    std::vector<Cell> cells;
    bool total = false;   // a totals or means row
    bool heading = false; // a group's heading: its first cell spans the row
};

struct Table {
    std::string id; // the CSV file's name, without .csv
    std::string caption;
    std::vector<std::string> header;
    std::vector<Row> rows;
};

// Bars of a chart, in hundredths of a per cent (or of a score).
struct Series {
    std::string id, title;
    std::vector<std::string> labels;
    std::vector<std::string> series_names; // one a bar of a group (e.g. the two rounds)
    std::vector<std::vector<std::optional<std::int64_t>>> values; // [label][series]
    std::optional<std::int64_t> threshold;
    std::string threshold_label;
};

struct ReportPart {
    std::string slug; // the page: reports/YYYY/<slug>.html
    std::string title;
    std::vector<std::string> facts; // sentences above the tables
    std::vector<Series> charts;
    std::vector<Table> tables;
};

// The parts of year `r` that its content has, in the order of the issue's
// cycle: measures, progress, spending, implementation, survey, ITA.
// Figures are written with `digits`; every word is the theme's (`l`, the keys
// reports.*), the build's warnings are English.
std::vector<ReportPart> report_parts(const Content& c, const FiscalYearReport& r, const Labels& l,
                                     Digits digits);

// What the page calls the measure's status (reports.status.*), e.g. "ดำเนินการแล้ว".
std::string status_words(const Measure& m, const Labels& l);
std::string status_class(MeasureStatus s);

// The year's progress on the current plan, from the statuses a clerk recorded
// (projects.toml), by the progress reports' rules; nullopt when none is recorded.
struct PlanProgress {
    int year = 0;
    std::int64_t planned = 0, done = 0; // projects that run this year / done
    Satang budget = 0, used = 0;
    std::optional<std::int64_t> percent_projects, percent_budget;
};
std::optional<PlanProgress> plan_progress(const Content& c, const FiscalYearReport& r,
                                          int dimension = 0); // 0: all dimensions
std::string state_words(ProjectState s, const Labels& l);     // reports.state.*
std::string state_class(ProjectState s);
std::string state_slug(ProjectState s); // done, in-progress, not-started, cancelled

// Hundredths of a per cent, rounded half up: num / den × 100.
std::int64_t percent_hundredths(std::int64_t num, std::int64_t den);
// Hundredths written with two decimals: 2692 → "26.92".
std::string hundredths_text(std::int64_t h, Digits digits);

// The ITA overall score of `scores` (indicator number → hundredths) with the
// year's weights, in hundredths; nullopt when an indicator is missing.
std::optional<std::int64_t> ita_overall(const ItaYear& weights,
                                        const std::vector<std::pair<int, std::int64_t>>& scores);

} // namespace prongsai
