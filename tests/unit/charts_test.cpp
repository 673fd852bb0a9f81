#include "render/charts.h"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

int count(const std::string& s, const std::string& what) {
    int n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("the budget-by-year chart: an accessible SVG, whole-number geometry") {
    std::vector<ChartBar> years = {
        {"2566", 36000000, "360,000"}, {"2567", 49000000, "490,000"}, {"2568", 0, "–"}};
    std::string svg = budget_by_year_svg("y", "งบประมาณ <รายปี>", years);
    CHECK(svg.starts_with(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
        "viewBox=\"0 0 480 240\" role=\"img\" aria-labelledby=\"y-title y-desc\">"));
    CHECK(svg.ends_with("</svg>"));
    // The title is escaped; the description is the text alternative with every value.
    CHECK(svg.find("<title id=\"y-title\">งบประมาณ &lt;รายปี&gt;</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"y-desc\">2566 360,000; 2567 490,000; 2568 –</desc>") !=
          std::string::npos);
    // The largest bar is the full 180 units high; 360,000 of 490,000 is 132 (rounded down);
    // a year without budget draws no bar but still shows its label and value.
    CHECK(count(svg, "<rect ") == 2);
    CHECK(svg.find("height=\"180\"") != std::string::npos);
    CHECK(svg.find("height=\"132\"") != std::string::npos);
    CHECK(svg.find(">2568</text>") != std::string::npos);
    CHECK(svg.find(">–</text>") != std::string::npos);
    CHECK(count(svg, ".") == 2); // only in "www.w3.org": no decimal coordinates
    CHECK(svg == budget_by_year_svg("y", "งบประมาณ <รายปี>", years));
}

TEST_CASE("the budget-by-dimension chart: one labelled bar a dimension") {
    std::vector<ChartBar> dims = {{"มิติที่ 1 การสร้างวัฒนธรรมสุจริต", 100, "1"}, {"มิติที่ 2", 50, "0.50"}};
    std::string svg = budget_by_dimension_svg("d", "แยกตามมิติ", dims);
    CHECK(svg.find("viewBox=\"0 0 480 120\"") != std::string::npos);
    CHECK(svg.find("role=\"img\" aria-labelledby=\"d-title d-desc\"") != std::string::npos);
    CHECK(count(svg, "<rect ") == 2);
    CHECK(svg.find("width=\"368\"") != std::string::npos); // 480 - 2×8 - 96
    CHECK(svg.find("width=\"184\"") != std::string::npos);
    CHECK(svg.find(">มิติที่ 1 การสร้างวัฒนธรรมสุจริต</text>") != std::string::npos);
}

TEST_CASE("a chart with nothing budgeted draws no bar and does not divide by zero") {
    std::string svg = budget_by_year_svg("z", "ว่าง", {{"2566", 0, "–"}});
    CHECK(count(svg, "<rect ") == 0);
    CHECK(budget_by_dimension_svg("e", "ว่าง", {}).find("viewBox=\"0 0 480 8\"") !=
          std::string::npos);
}
