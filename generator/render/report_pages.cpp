#include "render/report_pages.h"

#include "render/frame.h"
#include "render/open_data.h"
#include "render/routes.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <set>

namespace prongsai {

namespace {

constexpr int svg_width = 480;
constexpr const char* ink = "#1d1d1f";
// The theme's accent and a brown with the same contrast on white (over 4.5:1),
// told apart in the legend by name as well as colour.
constexpr const char* series_fill[] = {"#0b5394", "#8a4b08"};

std::string n(std::int64_t v) {
    return std::to_string(v);
}

std::string svg_text(std::int64_t x, std::int64_t y, const std::string& anchor,
                     const std::string& s) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" +
           ink + "\">" + html_escape(s) + "</text>\n";
}

// What the cell calls its two figures: its own names, else the theme's.
const std::string& stated_label(const Cell& c, const Labels& l) {
    return c.stated_label.empty() ? l.at("reports.stated") : c.stated_label;
}
const std::string& text_label(const Cell& c, const Labels& l) {
    return c.text_label.empty() ? l.at("reports.computed") : c.text_label;
}

} // namespace

std::string cell_csv(const Cell& c, const Labels& l) {
    if (!c.stated.empty())
        return stated_label(c, l) + " " + c.stated + " / " + text_label(c, l) + " " + c.text;
    return c.text;
}

namespace {

struct Reports {
    const Content& c;
    const Labels& l;

    std::string num(std::int64_t v) const { return format_integer(v, c.site.digits); }
    std::string year(int y) const { return in_digits(std::to_string(y), c.site.digits); }

    int disagreements(const ReportPart& part) const {
        int count = 0;
        for (const auto& t : part.tables)
            for (const auto& row : t.rows)
                for (const auto& cell : row.cells)
                    count += !cell.note.empty();
        return count;
    }

    Data cell_data(const Cell& cell, const std::string& root, const std::string& note_ref) const {
        Data d;
        put(d, "class",
            std::string(cell.numeric ? "num" : "") + (cell.css.empty() ? "" : " " + cell.css) +
                (cell.unknown ? " unknown" : "") + (cell.stated.empty() ? "" : " differs"));
        put(d, "text", cell.text);
        set_optional(d, "stated", cell.stated);
        put(d, "stated_label", stated_label(cell, l));
        put(d, "text_label", text_label(cell, l));
        Data lines = list();
        if (cell.links.empty()) {
            bool first = true;
            for (auto line : split_lines(cell.text)) {
                Data l;
                put(l, "line", std::string(line));
                put(l, "br", Data(!first));
                append(lines, std::move(l));
                first = false;
            }
        }
        put(d, "lines", std::move(lines));
        Data links = list();
        bool first = true;
        for (const auto& [label, href] : cell.links) {
            Data l;
            put(l, "label", label);
            put(l, "href", root + href);
            put(l, "br", Data(!first));
            append(links, std::move(l));
            first = false;
        }
        put(d, "links", std::move(links));
        set_optional(d, "note_ref", note_ref);
        return d;
    }

    Data table_data(const Table& t, int year_number, const std::string& root) const {
        Data d;
        put(d, "caption", t.caption);
        put(d, "id", t.id);
        put(d, "csv", root + route::report_year(year_number) + t.id + ".csv");
        Data header = list();
        for (const auto& h : t.header) {
            Data x;
            put(x, "text", h);
            append(header, std::move(x));
        }
        put(d, "header", std::move(header));
        // Many columns of prose do not fit a phone side by side: such a table
        // is shown there as one card a row, each cell under its heading.
        bool prose = false;
        for (const auto& row : t.rows)
            for (const auto& cell : row.cells)
                prose = prose || cell.text.size() > 120;
        bool stack = prose && t.header.size() > 4;
        put(d, "stack", Data(stack));
        Data rows = list();
        Data notes = list();
        int note_count = 0;
        for (const auto& row : t.rows) {
            Data r;
            put(r, "total", Data(row.total));
            put(r, "heading", Data(row.heading));
            put(r, "span", std::to_string(t.header.size()));
            put(r, "heading_text", row.cells.empty() ? std::string() : row.cells[0].text);
            Data cells = list();
            bool first = true;
            std::size_t column = 0;
            for (const auto& cell : row.cells) {
                std::string ref;
                if (!cell.note.empty()) {
                    ref = num(++note_count);
                    Data note;
                    put(note, "ref", ref);
                    put(note, "anchor", t.id + "-" + std::to_string(note_count));
                    put(note, "text", cell.note);
                    append(notes, std::move(note));
                }
                Data cd = cell_data(cell, root, ref);
                if (!ref.empty()) put(cd, "anchor", t.id + "-" + std::to_string(note_count));
                put(cd, "first", Data(first));
                if (stack && column < t.header.size()) put(cd, "column_label", t.header[column]);
                ++column;
                first = false;
                append(cells, std::move(cd));
            }
            put(r, "cells", std::move(cells));
            append(rows, std::move(r));
        }
        put(d, "rows", std::move(rows));
        put(d, "has_notes", Data(note_count > 0));
        put(d, "notes", std::move(notes));
        return d;
    }

    Data part_links(const FiscalYearReport& r, const std::vector<ReportPart>& parts,
                    const std::string& root, const std::string& current) const {
        Data out = list();
        for (const auto& part : parts) {
            Data item;
            put(item, "title", part.title);
            put(item, "href", root + route::report_part(r.year, part.slug));
            put(item, "current", Data(part.slug == current));
            int k = disagreements(part);
            if (k > 0) put(item, "disagreements", num(k));
            Data facts = list();
            for (const auto& f : part.facts) {
                Data x;
                put(x, "text", f);
                append(facts, std::move(x));
            }
            put(item, "facts", std::move(facts));
            append(out, std::move(item));
        }
        return out;
    }

    std::string part_page(const Templates& t, const FiscalYearReport& r,
                          const std::string& slug) const {
        auto parts = report_parts(c, r, l, c.site.digits);
        auto it = std::find_if(parts.begin(), parts.end(),
                               [&](const ReportPart& p) { return p.slug == slug; });
        const ReportPart& part = *it;
        std::string path = route::report_part(r.year, slug);
        std::string root = root_of(path);
        Data p = page_frame(
            c, l, path, part.title + " " + l.at("years.year_title") + " " + year(r.year), "reports",
            {{l.at("nav.reports"), route::reports},
             {year(r.year), route::report_year(r.year) + route::home},
             {part.title, ""}});
        put(p, "heading", part.title);
        put(p, "year", year(r.year));
        put(p, "year_href", root + route::report_year(r.year) + route::home);
        Data facts = list();
        for (const auto& f : part.facts) {
            Data x;
            put(x, "text", f);
            append(facts, std::move(x));
        }
        put(p, "facts", std::move(facts));
        Data charts = list();
        for (const auto& s : part.charts) {
            Data x;
            put(x, "svg", series_svg(s, c.site.digits, l));
            put(x, "title", s.title);
            append(charts, std::move(x));
        }
        put(p, "has_charts", Data(!part.charts.empty()));
        put(p, "charts", std::move(charts));
        Data tables = list();
        for (const auto& table : part.tables)
            append(tables, table_data(table, r.year, root));
        put(p, "tables", std::move(tables));
        int k = disagreements(part);
        put(p, "has_disagreements", Data(k > 0));
        put(p, "disagreements", num(k));
        put(p, "parts", part_links(r, parts, root, slug));
        return render_in_layout(t, "report_part", std::move(p));
    }

    std::string year_page(const Templates& t, const FiscalYearReport& r,
                          bool has_fiscal_year_page) const {
        auto parts = report_parts(c, r, l, c.site.digits);
        std::string path = route::report_year(r.year) + route::home;
        std::string root = root_of(path);
        std::string title =
            l.at("nav.reports") + " " + l.at("years.year_title") + " " + year(r.year);
        Data p = page_frame(c, l, path, title, "reports",
                            {{l.at("nav.reports"), route::reports}, {year(r.year), ""}});
        put(p, "heading", title);
        put(p, "is_year", Data(true));
        put(p, "parts", part_links(r, parts, root, ""));
        put(p, "empty", Data(parts.empty()));
        if (has_fiscal_year_page) put(p, "fiscal_year_href", root + route::fiscal_year(r.year));
        return render_in_layout(t, "report_index", std::move(p));
    }

    std::string index_page(const Templates& t) const {
        std::string path = route::reports;
        std::string root = root_of(path);
        Data p =
            page_frame(c, l, path, l.at("nav.reports"), "reports", {{l.at("nav.reports"), ""}});
        put(p, "heading", l.at("nav.reports"));
        Data years = list();
        for (auto it = c.reports.rbegin(); it != c.reports.rend(); ++it) {
            Data item;
            put(item, "year", year(it->year));
            put(item, "href", root + route::report_year(it->year) + route::home);
            put(item, "parts", part_links(*it, report_parts(c, *it, l, c.site.digits), root, ""));
            append(years, std::move(item));
        }
        put(p, "years", std::move(years));
        put(p, "empty", Data(c.reports.empty()));
        return render_in_layout(t, "report_index", std::move(p));
    }
};

} // namespace

std::string table_csv(const Table& t, const Labels& l) {
    std::vector<std::vector<std::optional<std::string>>> rows;
    for (const auto& row : t.rows) {
        std::vector<std::optional<std::string>> fields;
        for (const auto& cell : row.cells)
            fields.push_back(cell_csv(cell, l));
        fields.resize(t.header.size(), std::string());
        rows.push_back(std::move(fields));
    }
    return csv_text(t.header, rows);
}

std::string series_svg(const Series& s, Digits digits, const Labels& l) {
    const std::string& unknown = l.at("reports.unknown");
    constexpr int side = 8, label_h = 20, bar_h = 16, gap = 4, row_gap = 10, room = 72;
    const std::size_t series = std::max<std::size_t>(1, s.series_names.size());
    const int row_h = label_h + static_cast<int>(series) * (bar_h + gap) + row_gap;
    const int legend_h = series > 1 ? 24 : 0;
    const int top = legend_h + 4;
    const int height = top + static_cast<int>(s.labels.size()) * row_h + 8;
    const int length = svg_width - 2 * side - room;
    std::int64_t max = 10000; // 100 per cent (or points): a full bar
    for (const auto& v : s.values)
        for (const auto& x : v)
            if (x) max = std::max(max, *x);
    auto scaled = [&](std::int64_t v) { return v <= 0 ? 0 : v * length / max; };

    std::string desc;
    for (std::size_t i = 0; i < s.labels.size(); ++i) {
        desc += (desc.empty() ? "" : "; ") + s.labels[i];
        for (std::size_t k = 0; k < series; ++k) {
            std::optional<std::int64_t> v =
                i < s.values.size() && k < s.values[i].size() ? s.values[i][k] : std::nullopt;
            desc += (series > 1 ? " " + s.series_names[k] : std::string()) + " " +
                    (v ? hundredths_text(*v, digits) : unknown);
        }
    }
    if (s.threshold) desc += "; " + s.threshold_label;
    std::string out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      n(svg_width) + " " + n(height) + "\" role=\"img\" aria-labelledby=\"" + s.id +
                      "-title " + s.id + "-desc\">\n";
    out += "<title id=\"" + s.id + "-title\">" + html_escape(s.title) + "</title>\n";
    out += "<desc id=\"" + s.id + "-desc\">" + html_escape(desc) + "</desc>\n";
    out += "<g font-size=\"14\" aria-hidden=\"true\">\n";
    if (series > 1)
        for (std::size_t k = 0; k < series; ++k) {
            int x = side + static_cast<int>(k) * 160;
            out += "<rect x=\"" + n(x) + "\" y=\"6\" width=\"14\" height=\"14\" fill=\"" +
                   series_fill[k % 2] + "\"/>\n";
            out += svg_text(x + 20, 18, "start", s.series_names[k]);
        }
    for (std::size_t i = 0; i < s.labels.size(); ++i) {
        int y = top + static_cast<int>(i) * row_h;
        out += svg_text(side, y + label_h - 5, "start", s.labels[i]);
        for (std::size_t k = 0; k < series; ++k) {
            std::optional<std::int64_t> v =
                i < s.values.size() && k < s.values[i].size() ? s.values[i][k] : std::nullopt;
            int by = y + label_h + static_cast<int>(k) * (bar_h + gap);
            std::int64_t w = v ? scaled(*v) : 0;
            if (w > 0)
                out += "<rect x=\"" + n(side) + "\" y=\"" + n(by) + "\" width=\"" + n(w) +
                       "\" height=\"" + n(bar_h) + "\" fill=\"" + series_fill[k % 2] + "\"/>\n";
            out += svg_text(side + w + 6, by + bar_h - 3, "start",
                            v ? hundredths_text(*v, digits) : unknown);
        }
    }
    if (s.threshold) {
        std::int64_t x = side + scaled(*s.threshold);
        out += "<line x1=\"" + n(x) + "\" y1=\"" + n(top) + "\" x2=\"" + n(x) + "\" y2=\"" +
               n(height - 8) + "\" stroke=\"" + ink + "\" stroke-dasharray=\"4 3\"/>\n";
        out += svg_text(x, top - 2 + (series > 1 ? 0 : 12), "middle", s.threshold_label);
    }
    out += "</g>\n</svg>";
    return out;
}

void add_report_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages) {
    if (c.reports.empty()) return;
    auto reports = std::make_shared<Reports>(Reports{c, l});
    pages.push_back(
        {route::reports, [reports](const Templates& t) { return reports->index_page(t); }});
    std::set<std::string> planned;
    for (const auto& p : pages)
        planned.insert(p.path);
    for (const auto& r : c.reports) {
        bool has_fy = planned.contains(route::fiscal_year(r.year));
        pages.push_back(
            {route::report_year(r.year) + route::home, [reports, &r, has_fy](const Templates& t) {
                 return reports->year_page(t, r, has_fy);
             }});
        for (const auto& part : report_parts(c, r, l, Digits::arabic)) {
            std::string slug = part.slug;
            pages.push_back(
                {route::report_part(r.year, slug), [reports, &r, slug](const Templates& t) {
                     return reports->part_page(t, r, slug);
                 }});
            for (const auto& table : part.tables) {
                std::string id = table.id;
                PageSpec csv{route::report_year(r.year) + id + ".csv",
                             [&c, &l, &r, slug, id](const Templates&) {
                                 for (const auto& p : report_parts(c, r, l, Digits::arabic))
                                     for (const auto& tb : p.tables)
                                         if (p.slug == slug && tb.id == id) return table_csv(tb, l);
                                 return std::string();
                             }};
                csv.data = true;
                pages.push_back(std::move(csv));
            }
        }
    }
}

} // namespace prongsai
