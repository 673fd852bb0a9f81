// The yearly cycle: what an organisation reports for one fiscal year
// (content/years/YYYY/): its integrity measures and their results, progress
// reports on its anti-corruption plan, a spending report, a provincial
// implementation table, a satisfaction survey and ITA results.
#pragma once

#include "diagnostics.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

using Satang = std::int64_t;

// An OIT item of an assessment year that a piece of content is evidence for
// (its `oit` key: oit = { 2565 = ["O39"] }).
struct OitRef {
    int year = 0;
    std::string code;
    SourceLoc loc;
};
using OitRefs = std::vector<OitRef>;

// A figure a document states, kept apart from what is computed: the two are
// compared, never merged. Percentages and scores are held in hundredths, so
// "26.92" is 2692 and comparisons are exact.
struct Stated {
    std::optional<std::int64_t> value;
    SourceLoc loc;
    explicit operator bool() const { return value.has_value(); }
};

enum class MeasureStatus { unknown, done, partly, not_done, planned };

struct Measure {
    int number = 0;
    std::string title;
    std::string method;
    std::string unit;
    std::string period;
    std::string follow_up;
    MeasureStatus status = MeasureStatus::unknown;
    std::string planned_period; // when status is planned: the period the document gives
    // The document states no status: the clerk read it from the result's
    // wording, and the page must say so rather than present it as stated.
    bool status_inferred = false;
    std::string result;
    std::string suggestion;
    std::vector<std::string> announcements; // evidence: announcement slugs
    std::vector<std::string> documents;     // evidence: files below documents/
    std::vector<int> projects;              // plan project numbers
    std::vector<int> indicators;            // ITA indicators the measure answers
    SourceLoc loc, announcements_loc, documents_loc, projects_loc, indicators_loc;
};

struct ProgressRow { // one dimension of one round (E-PlanNACC)
    int dimension = 0;
    std::optional<std::int64_t> planned, done;
    std::optional<Satang> budget_plan, budget_ordinance, budget_used;
    Stated percent_projects, percent_budget;
    // The same print's summary table "โครงการ/งบประมาณ (ตามแผนพัฒนาท้องถิ่น)".
    Stated summary_projects, summary_budget;
    SourceLoc loc, budget_ordinance_loc;
};

struct ProgressRound {
    int months = 0; // 6 or 12
    int fiscal_year = 0;
    std::vector<ProgressRow> rows;
    // The totals row as printed (all stated).
    Stated total_planned, total_done, total_budget_plan, total_budget_ordinance, total_budget_used,
        total_percent_projects, total_percent_budget, total_summary_projects, total_summary_budget;
    SourceLoc loc;
};

struct ProgressReport {
    std::string plan_title; // the plan it tracks, as the document names it
    int plan_first_year = 0, plan_last_year = 0;
    std::string source;
    std::vector<ProgressRound> rounds;
    SourceLoc loc;
};

struct SpendingRow {
    std::string unit;
    std::string item;
    std::optional<Satang> budget, transfer_in, transfer_out, committed, paid;
    Stated remaining;
    std::string note;
    SourceLoc loc;
};

struct SpendingReport {
    std::string title;
    std::string period; // as the document writes it
    std::vector<SpendingRow> rows;
    Stated total_budget, total_transfer_in, total_transfer_out, total_committed, total_paid,
        total_remaining;
    SourceLoc loc;
};

struct ImplementationRow {
    int number = 0;
    std::string organisation;
    std::string district;
    Stated percent;
    std::string level;
    bool self = false; // the row of the organisation whose portal this is
    SourceLoc loc;
};

struct ImplementationTable {
    std::string title;
    int fiscal_year = 0;
    int months = 0;
    std::string as_of; // the document's "ข้อมูล ณ วันที่"
    std::vector<ImplementationRow> rows;
    SourceLoc loc;
};

struct SurveyItem {
    int number = 0;
    std::string name;
    std::vector<std::optional<std::int64_t>> percents; // hundredths, one a unit
    SourceLoc loc;
};

struct SurveyGroup {
    std::string name;
    std::vector<SurveyItem> items;
};

struct Survey {
    std::string title;
    int fiscal_year = 0;
    std::vector<std::string> units;
    std::vector<SurveyGroup> groups;
    SourceLoc loc, units_loc;
};

struct ItaIndicator {
    int number = 0;
    std::string name;
    std::string tool; // IIT, EIT, OIT
    std::string first_question, last_question;
    std::optional<std::int64_t> score; // hundredths
    Stated rank;                       // its place in the document's ranking
    Stated score_again;                // the same score stated a second time elsewhere
    std::string score_again_where;
    SourceLoc loc, questions_loc;
};

struct ItaIssue {
    std::string tool;
    std::vector<std::string> issues;
    SourceLoc loc;
};

struct ItaResults {
    int assessment_year = 0;
    Stated score; // the overall score as stated
    Stated score_again;
    std::string grade;
    SourceLoc grade_loc;
    std::optional<std::int64_t> threshold; // hundredths; strengths score above it
    Stated strengths, weaknesses, highest, lowest, indicator_count;
    std::vector<ItaIndicator> indicators;
    std::vector<ItaIssue> issues;
    SourceLoc loc;
};

enum class ProjectState { done, in_progress, not_started, cancelled };

// What a clerk records of a project of the current plan in one fiscal year.
struct ProjectStatus {
    int number = 0;
    ProjectState status = ProjectState::not_started;
    std::optional<Satang> used;
    std::string note;
    SourceLoc loc;
};

struct FiscalYearReport {
    int year = 0;
    std::string folder; // years/YYYY, as shown in diagnostics
    std::vector<Measure> measures;
    std::string measures_title;
    SourceLoc measures_loc;
    std::optional<ProgressReport> progress;
    std::optional<SpendingReport> spending;
    std::optional<ImplementationTable> implementation;
    std::optional<Survey> survey;
    std::optional<ItaResults> ita;
    std::vector<ProjectStatus> project_status; // projects.toml
    // The `oit` key of each part's file, by the part's page (its slug).
    std::map<std::string, OitRefs> oit;
};

// An assessment year's ITA weights and grade bands (generator/data/ita_years.toml).
struct ItaTool {
    std::string tool;
    int weight = 0; // per cent of the overall score
    std::vector<int> indicators;
};
struct ItaGrade {
    std::string grade;
    std::int64_t min = 0; // hundredths
};
struct ItaYear {
    int year = 0;
    std::string source;
    std::vector<ItaTool> tools;
    std::vector<ItaGrade> grades; // highest first
};

// An assessment year's OIT items (generator/data/oit/YEAR.toml).
enum class OitPeriod {
    any,           // no period
    year,          // covers the assessed fiscal year
    first_half,    // a report of the assessed year's first half (1 Oct – 31 Mar)
    previous_year, // the fiscal year before the assessed one
};
struct OitGroup {
    std::string code, name, indicator;
};
struct OitItem {
    std::string code, name, group, publish;
    OitPeriod period = OitPeriod::any;
    bool outside = false; // a static site cannot serve it: it takes a link to an outside service
    bool verified = true; // what it asks was checked against the manual
    std::vector<std::string> evidence; // the generated pages that serve it by default
};
struct OitYear {
    int year = 0;
    std::string source;
    bool complete = true; // false: the list goes only as far as its sources
    std::vector<OitGroup> groups;
    std::vector<OitItem> items; // in the questionnaire's order
};

} // namespace prongsai
