// charts: budget charts as inline SVG, drawn at build time so that pages need
// no script and no other host to show them, and print as they look.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace prongsai {

// One bar: the label under or above it, the amount that sets its length (in
// satang, so lengths use whole numbers only) and the amount as the page writes it.
struct ChartBar {
    std::string label;
    std::int64_t value = 0;
    std::string value_text;
};

// A column a fiscal year. `id` must be unique on the page: it prefixes the ids
// of the chart's <title> and <desc>, which screen readers announce.
std::string budget_by_year_svg(const std::string& id, const std::string& title,
                               const std::vector<ChartBar>& years);

// A horizontal bar a dimension (มิติ), its label above the bar.
std::string budget_by_dimension_svg(const std::string& id, const std::string& title,
                                    const std::vector<ChartBar>& dimensions);

// A box of the organisation chart: its lines (the unit's name first, then its
// positions) and the box it hangs from (-1 for the top one, which must be
// first; a box comes after the one it hangs from).
struct ChartBox {
    std::vector<std::string> lines;
    int parent = -1;
};

// The organisation's structure: the top box, the boxes below it side by side,
// each one's own below it, indented. Long lines wrap at spaces, and within
// words too long for a box, between letters (never inside a Thai cluster).
std::string structure_svg(const std::string& id, const std::string& title,
                          const std::vector<ChartBox>& boxes);

} // namespace prongsai
