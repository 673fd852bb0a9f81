// The OIT evidence index: for each item of an assessment year's OIT list
// (the ITA's แบบวัดการเปิดเผยข้อมูลสาธารณะ), which pages of the portal serve
// it, whether they fall in the period the item requires, and what is missing.
// The page, its CSV, `prongsai check --oit` and the build's coverage line are
// all made from one OitIndex, so they cannot disagree.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace prongsai {

// The list of assessment year `year`, or nullptr when the program has none.
const OitYear* find_oit_year(const std::vector<OitYear>& years, int year);

// Every `oit` key of the content names a year the program has a list for and
// an item of that list; an outside link names an item of its year.
void check_oit(const Content& c, Diagnostics& diags);

struct OitEvidence {
    std::string title;
    std::string path;           // below the site's root; or a full address (`outside`)
    bool outside = false;       // a link to an outside service (site.toml [oit_links])
    std::optional<Date> date;   // when the evidence is dated
    bool as_of = false;         // `date` is the day its facts were true, not its date
    std::set<int> fiscal_years; // the fiscal years it covers; empty: not tied to a year
    bool in_period = false;
};

enum class OitState {
    ok,            // evidence in the required period
    out_of_period, // evidence, none of it in the period
    missing,       // no evidence
    outside,       // served outside the site, and no link given
};

struct OitRow {
    const OitItem* item = nullptr;
    const OitGroup* group = nullptr; // nullptr when the year's list has no grouping
    std::vector<OitEvidence> evidence;
    OitState state = OitState::missing;
    int required_year = 0; // the fiscal year the evidence must cover (0: any)
};

struct OitIndex {
    const OitYear* year = nullptr;
    std::vector<OitRow> rows;
    int covered = 0; // rows in state ok
};

// The index of assessment year `y` for content `c`.
OitIndex oit_index(const Content& c, const OitYear& y);

// "OIT 2565: 9 of 43 items with evidence in period" (and a note when the list
// is incomplete): what a build prints and the province index shows.
std::string oit_coverage(const OitIndex& index);

// An organisation's coverage of every year as the build cache keeps it,
// "2565:8/43,2568:3/26", and read back.
struct OitCoverage {
    int year = 0, covered = 0, total = 0;
};
std::string oit_coverage_code(const Content& c);
std::vector<OitCoverage> oit_coverage_read(const std::string& code);
// The build's line: "OIT 2565: 8 of 43 items with evidence in period; OIT 2568: …".
std::string oit_coverage_line(const std::string& code);

// What `prongsai check --oit YEAR` prints: the coverage, then each item
// without evidence in period and what it needs.
std::string oit_report(const OitIndex& index);

// "ปีงบประมาณ 2564", "ปีงบประมาณ 2566–2570": the years evidence covers.
std::string oit_years_text(const std::set<int>& years, Digits digits);

} // namespace prongsai
