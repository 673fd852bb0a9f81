// import: the national template's plan, read from a Source (source.h) into
// what the content folder needs, with every gap, guess and contradiction
// noted where it was found.
#pragma once

#include "import/source.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prongsai::import {

struct Note {
    enum Kind { todo, guess, contradiction } kind = todo;
    std::string file; // the content file it is about, e.g. "plan/projects/05.md"
    int line = 0;     // the source's line (0: the document as a whole)
    std::string text;
};

// A budget as read: a year's amount, or no amount (the project does not run that year).
using Amounts = std::map<int, long long>;

struct Project {
    int number = 0;         // its place in the document
    int written_number = 0; // what its ลำดับที่ says (0: more digits than a number has)
    std::string written; // its digits, as written
    int line = 0;
    int dimension = 0;
    std::string mission, item; // from the headings above it
    std::string kind, title;
    int title_line = 0;
    std::string target_group, period, unit;
    int target_line = 0, period_line = 0, unit_line = 0;
    std::vector<std::string> rationale, objectives, method, outputs, outcomes;
    std::string budget_text; // section 7 as written
    int budget_line = 0;
    std::optional<Amounts> budget; // nullopt: not read (a TODO)
    // One amount the page states for the whole period, and how it was read into `budget`.
    std::optional<long long> period_budget;
    std::string budget_reading;
};

// A row of the summary table (ส่วนที่ 2) about one project.
struct SummaryEntry {
    int number = 0;
    std::string title;
    int line = 0;
    int dimension = 0;
    std::string mission, item;
    // Per year: an amount, or nullopt for "-"; empty when the table gives none for it.
    std::map<int, std::optional<long long>> amounts;
    bool merged = false; // its row names several projects
};

struct Stated {
    std::optional<int> projects;
    int projects_line = 0;
    std::map<int, long long> budget; // per year
    int budget_line = 0;
};

struct Risk {
    int number = 0, line = 0;
    std::string step, level;
    std::vector<std::string> risks, measures;
};

struct Target {
    int year = 0;
    std::optional<std::string> ita_score, fewer_cases_percent;
};

struct Plan {
    std::string name, type, district, province, address;
    int name_line = 0;
    int first_year = 0, last_year = 0;
    std::string announced, signer, signer_title, prepared;
    std::map<int, std::string> dimension_names;                   // as the document writes them
    std::map<std::string, std::string> mission_names, item_names; // by code
    std::map<int, Stated> dimension_stated;                       // foreword counts, summary totals
    std::map<int, int> foreword_counts, foreword_lines;
    Stated total;
    std::vector<Target> targets;
    std::vector<Risk> risks;
    std::vector<SummaryEntry> summary;
    std::vector<Project> projects;
    std::vector<Note> notes;
};

Plan read_plan(const Source& source);

// Thai digits made Arabic, then the amount in "30,000.- บาท", "จำนวน ๒๐,๐๐๐ บาท", "0";
// nullopt when `s` is no amount.
std::optional<long long> amount_of(const std::string& s);

} // namespace prongsai::import
