// The yearly reports' computations: percentages, means, the ITA score, CSV.
#include "derive/years.h"
#include "load/load.h"
#include "load/years.h"
#include "render/report_pages.h"
#include "render/templates.h"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

// The default theme's words, which the tables are made with.
Labels default_labels() {
    Diagnostics diags;
    auto theme = load_theme(PRONGSAI_SOURCE_DIR "/tests/fixtures/maechara", "default", {}, diags);
    REQUIRE(theme);
    return theme->labels;
}

const Cell* find_cell(const std::vector<ReportPart>& parts, const std::string& table,
                      const std::string& row_label, std::size_t column) {
    for (const auto& part : parts)
        for (const auto& t : part.tables)
            if (t.id == table)
                for (const auto& row : t.rows)
                    if (!row.cells.empty() && row.cells[0].text == row_label &&
                        column < row.cells.size())
                        return &row.cells[column];
    return nullptr;
}

} // namespace

TEST_CASE("years: percentages are rounded half up to the hundredth") {
    CHECK(percent_hundredths(14, 52) == 2692);     // 26.923…
    CHECK(percent_hundredths(1000, 170000) == 59); // 0.588…
    CHECK(percent_hundredths(500, 591500) == 8);   // 0.0845…
    CHECK(percent_hundredths(1, 8) == 1250);       // 12.5 exactly
    CHECK(percent_hundredths(1, 20000) == 1);      // 0.005 rounds up
    CHECK(hundredths_text(2692, Digits::arabic) == "26.92");
    CHECK(hundredths_text(8, Digits::arabic) == "0.08");
    CHECK(hundredths_text(10000, Digits::thai) == "๑๐๐.๐๐");
    CHECK(hundredths_text(1425367, Digits::arabic) == "14,253.67");
}

TEST_CASE("years: the ITA overall score with the year's weights reproduces 003's 92.68") {
    ItaYear y;
    y.tools = {{"IIT", 30, {1, 2, 3, 4, 5}}, {"EIT", 30, {6, 7, 8}}, {"OIT", 40, {9, 10}}};
    std::vector<std::pair<int, std::int64_t>> scores = {
        {1, 9432}, {2, 8820}, {3, 8979}, {4, 8851},  {5, 9090},
        {6, 8729}, {7, 8928}, {8, 7920}, {9, 10000}, {10, 10000}};
    CHECK(ita_overall(y, scores) == 9268);
    scores[7].second = 7407; // the other score 003 gives indicator 8
    CHECK(ita_overall(y, scores) == 9217);
    scores.pop_back();
    CHECK_FALSE(ita_overall(y, scores).has_value());
}

TEST_CASE("years: the shipped ITA weights are read, with their source") {
    Diagnostics diags;
    Content c =
        load_content(PRONGSAI_SOURCE_DIR "/tests/fixtures/maechara", builtin_lists(diags), diags);
    REQUIRE_FALSE(diags.has_errors());
    REQUIRE(c.ita_years.size() >= 1);
    const ItaYear& y = c.ita_years.front();
    CHECK(y.year == 2565);
    CHECK(y.source.find("ป.ป.ช.") != std::string::npos);
    CHECK(y.grades.front().grade == "AA");
    auto parts = report_parts(c, c.reports.front(), default_labels(), Digits::arabic);
    const Cell* score = find_cell(parts, "ita-summary", "คะแนนรวม", 1);
    REQUIRE(score);
    CHECK(score->text == "92.68");
    CHECK(score->stated.empty());
    const Cell* strengths = find_cell(parts, "ita-summary", "จำนวนจุดแข็ง", 1);
    REQUIRE(strengths);
    CHECK(strengths->text == "9");
    CHECK(strengths->stated == "3");
}

TEST_CASE("years: survey means per unit, per group and overall") {
    Content c;
    FiscalYearReport r;
    r.year = 2565;
    Survey s;
    s.title = "t";
    s.units = {"a", "b"};
    s.groups = {{"g1", {{1, "i1", {9500, 9000}, {}}, {2, "i2", {9000, std::nullopt}, {}}}},
                {"g2", {{3, "i3", {10000, 8000}, {}}}}};
    r.survey = s;
    auto parts = report_parts(c, r, default_labels(), Digits::arabic);
    REQUIRE(parts.size() == 1);
    const Table& t = parts[0].tables[0];
    // Rows: g1 heading, i1, i2, g1 mean, g2 heading, i3, g2 mean, overall.
    REQUIRE(t.rows.size() == 8);
    CHECK(t.rows[1].cells[4].text == "92.50"); // i1's mean
    CHECK(t.rows[2].cells[3].unknown);         // blank in the document
    CHECK(t.rows[2].cells[4].text == "90.00"); // i2's mean of what is given
    CHECK(t.rows[3].cells[2].text == "92.50"); // g1, unit a
    CHECK(t.rows[3].cells[4].text == "91.67"); // g1 overall (95 + 90 + 90) / 3
    CHECK(t.rows[7].cells[2].text == "95.00"); // unit a over all items
    CHECK(t.rows[7].cells[4].text == "91.00"); // everything: 455 / 5
}

TEST_CASE("years: CSV quoting follows RFC 4180") {
    Table t;
    t.header = {"a", "b"};
    Row row;
    Cell plain, tricky;
    plain.text = "1,000.00";
    tricky.text = "say \"hi\"\nagain";
    row.cells = {plain, tricky};
    t.rows.push_back(row);
    Cell differs;
    differs.text = "25.00";
    differs.stated = "26.00";
    t.rows.push_back({{differs}});
    CHECK(table_csv(t, default_labels()) == "\xEF\xBB\xBF"
                                            "a,b\r\n\"1,000.00\",\"say \"\"hi\"\"\r\nagain\"\r\n"
                                            "ตามเอกสาร 26.00 / คำนวณได้ 25.00,\r\n");
}
