// The yearly reports' pages (reports/, reports/YYYY/…) and their tables as CSV.
#pragma once

#include "derive/years.h"
#include "model.h"
#include "render/pages.h"

#include <string>
#include <vector>

namespace prongsai {

// Adds reports/index.html, and for each fiscal year with a report its
// index, one page a part and one CSV file a table.
void add_report_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages);

// A table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read
// the Thai), CRLF line ends and RFC 4180 quoting. A figure that differs is
// named with the theme's words (`l`).
std::string table_csv(const Table& t, const Labels& l);

// A cell as CSV and open data give it: its text, or both figures when the
// document's differs from the computed one.
std::string cell_csv(const Cell& c, const Labels& l);

// A chart of a series as inline SVG: a horizontal bar for each label (one a
// series, e.g. each round), and the threshold as a dashed line.
// A missing value is the theme's reports.unknown.
std::string series_svg(const Series& s, Digits digits, const Labels& l);

} // namespace prongsai
