#include "render/charts.h"

#include "text.h"

#include <algorithm>

namespace prongsai {

namespace {

// Coordinates are whole numbers in a fixed viewBox: the same figures always give
// byte-identical SVG, whatever the machine's floating point or locale.
constexpr int width = 480;

std::string n(std::int64_t v) {
    return std::to_string(v);
}

std::int64_t largest(const std::vector<ChartBar>& bars) {
    std::int64_t max = 0;
    for (const auto& b : bars)
        max = std::max(max, b.value);
    return max;
}

// `value` scaled to `length` units of the largest bar, rounded down; 0 when
// nothing has budget, so an empty chart draws no bar instead of dividing by zero.
std::int64_t scaled(std::int64_t value, std::int64_t max, int length) {
    if (max <= 0 || value <= 0) return 0;
    return value * length / max;
}

// The opening tag, <title> and <desc>. The description lists every value, so the
// chart says what it shows without the table; the table after it has the same data.
std::string open(const std::string& id, const std::string& title, const std::vector<ChartBar>& bars,
                 int height, int view_width = width) {
    std::string desc;
    for (const auto& b : bars)
        desc +=
            (desc.empty() ? "" : "; ") + b.label + (b.value_text.empty() ? "" : " ") + b.value_text;
    std::string out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      n(view_width) + " " + n(height) + "\" role=\"img\" aria-labelledby=\"" + id +
                      "-title " + id + "-desc\">\n";
    out += "<title id=\"" + id + "-title\">" + html_escape(title) + "</title>\n";
    out += "<desc id=\"" + id + "-desc\">" + html_escape(desc) + "</desc>\n";
    return out;
}

std::string text(int x, int y, const std::string& anchor, const std::string& s,
                 const std::string& extra = "") {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\"" + extra +
           ">" + html_escape(s) + "</text>\n";
}

std::string rect(std::int64_t x, std::int64_t y, std::int64_t w, std::int64_t h) {
    return "<rect x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\"" + n(w) + "\" height=\"" + n(h) +
           "\" class=\"bar\"/>\n";
}

// Code points that take no width of their own: Thai vowels and tone marks
// written above or below a consonant (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E).
bool combining(char32_t c) {
    return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

// One UTF-8 code point of `s` from `i` (valid UTF-8: the loader checked it).
char32_t code_point(const std::string& s, std::size_t i, std::size_t& length) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? b : b & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && i + k < s.size(); ++k)
        c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return c;
}

// `s` in lines of at most `room` letters' width, broken at spaces where it can.
std::vector<std::string> wrap(const std::string& s, int room) {
    std::vector<std::string> lines;
    std::string line, word;
    int line_width = 0, word_width = 0;
    auto flush_word = [&] {
        if (line_width > 0 && line_width + 1 + word_width > room) {
            lines.push_back(line);
            line.clear();
            line_width = 0;
        }
        if (line_width > 0) {
            line += ' ';
            ++line_width;
        }
        line += word;
        line_width += word_width;
        word.clear();
        word_width = 0;
    };
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        char32_t c = code_point(s, i, length);
        if (c == ' ') {
            if (!word.empty()) flush_word();
        } else {
            if (!combining(c) && word_width >= room) { // a word wider than a box
                flush_word();
                lines.push_back(line);
                line.clear();
                line_width = 0;
            }
            word += s.substr(i, length);
            word_width += combining(c) ? 0 : 1;
        }
        i += length;
    }
    if (!word.empty()) flush_word();
    if (!line.empty()) lines.push_back(line);
    return lines;
}

} // namespace

std::string structure_svg(const std::string& id, const std::string& title,
                          const std::vector<ChartBox>& boxes) {
    constexpr int box_width = 220, gap = 16, indent = 20, line_height = 18, pad = 8, font = 13;
    constexpr int letters = (box_width - 2 * pad) * 100 / (font * 58); // about 0.58 em a letter
    std::vector<std::vector<int>> children(boxes.size());
    for (int i = 1; i < static_cast<int>(boxes.size()); ++i)
        if (boxes[i].parent >= 0 && boxes[i].parent < i) children[boxes[i].parent].push_back(i);
    struct Placed {
        int x = 0, y = 0, w = 0, h = 0;
        std::vector<std::string> lines;
        std::size_t heading = 0; // how many of them the unit's name takes
    };
    std::vector<Placed> at(boxes.size());
    auto measure = [&](int i, int w) {
        at[i].w = w;
        for (const auto& l : boxes[i].lines) {
            for (auto& part : wrap(l, letters * w / box_width))
                at[i].lines.push_back(std::move(part));
            if (at[i].heading == 0) at[i].heading = at[i].lines.size();
        }
        at[i].h = 2 * pad + line_height * static_cast<int>(at[i].lines.size());
    };
    if (boxes.empty()) return "";
    // The units of the first level side by side, at most `per_row` a row,
    // so that the chart stays readable on paper and on a phone.
    constexpr int per_row = 4, margin = gap / 2;
    const auto& columns = children[0];
    const int count = std::clamp<int>(static_cast<int>(columns.size()), 1, per_row);
    const int chart_width = count * box_width + (count + 1) * gap;
    measure(0, box_width);
    at[0].x = (chart_width - box_width) / 2;
    at[0].y = gap;
    std::vector<int> bus(boxes.size(), 0); // a first-level box: the height of its row's line
    int row_top = at[0].y + at[0].h + 2 * gap;
    int height = row_top;
    for (std::size_t first = 0; first < columns.size(); first += per_row) {
        int row_bottom = row_top;
        for (std::size_t c = first; c < std::min(columns.size(), first + per_row); ++c) {
            int y = row_top, x = gap + static_cast<int>(c - first) * (box_width + gap);
            auto place = [&](auto& self, int i, int depth) -> void {
                int inset = std::min(depth * indent, box_width / 2);
                measure(i, box_width - inset);
                at[i].x = x + inset;
                at[i].y = y;
                y += at[i].h + gap;
                for (int child : children[i])
                    self(self, child, depth + 1);
            };
            place(place, columns[c], 0);
            bus[columns[c]] = row_top - gap;
            row_bottom = std::max(row_bottom, y);
        }
        height = row_bottom;
        row_top = row_bottom + 2 * gap;
    }
    std::vector<ChartBar> described; // every line, for <desc>
    for (const auto& b : boxes)
        for (const auto& l : b.lines)
            described.push_back({l, 0, ""});
    std::string out = open(id, title, described, height, chart_width);
    auto step = [&](char command, int to) { // one step of a path: H or V
        out += command;
        out += n(to);
    };
    out += "<g font-size=\"" + n(font) + "\" aria-hidden=\"true\">\n";
    for (int i = 0; i < static_cast<int>(boxes.size()); ++i) {
        const Placed& p = at[i];
        if (p.w == 0) continue; // not below the top box
        int parent = boxes[i].parent;
        if (parent == 0) { // from the top box's foot to the row's line, by the left
            // margin for a row below the first, then down to the box
            int from_y = at[0].y + at[0].h, first_bus = at[0].y + at[0].h + gap;
            out += "<path d=\"M" + n(chart_width / 2) + " " + n(from_y);
            step('V', first_bus);
            if (bus[i] != first_bus) {
                step('H', margin);
                step('V', bus[i]);
            }
            step('H', p.x + p.w / 2);
            step('V', p.y);
            out += "\" class=\"link\"/>\n";
        } else if (parent > 0) { // down the parent's left side, across to the box
            int x = at[parent].x + indent / 2;
            out += "<path d=\"M" + n(x) + " " + n(at[parent].y + at[parent].h) + "V" +
                   n(p.y + p.h / 2) + "H" + n(p.x) + "\" class=\"link\"/>\n";
        }
        out += "<rect x=\"" + n(p.x) + "\" y=\"" + n(p.y) + "\" width=\"" + n(p.w) +
               "\" height=\"" + n(p.h) + "\" rx=\"4\" class=\"box\"/>\n";
        for (int k = 0; k < static_cast<int>(p.lines.size()); ++k)
            out += text(p.x + pad, p.y + pad + line_height * (k + 1) - 5, "start", p.lines[k],
                        static_cast<std::size_t>(k) < p.heading ? " font-weight=\"bold\"" : "");
    }
    out += "</g>\n</svg>";
    return out;
}

std::string budget_by_year_svg(const std::string& id, const std::string& title,
                               const std::vector<ChartBar>& years) {
    constexpr int top = 28, plot = 180, bottom = 32, side = 8;
    const int height = top + plot + bottom;
    const int count = std::max<int>(1, static_cast<int>(years.size()));
    const int slot = (width - 2 * side) / count;
    const int bar = slot * 3 / 5;
    const std::int64_t max = largest(years);
    std::string out = open(id, title, years, height);
    out += "<g font-size=\"16\" aria-hidden=\"true\">\n";
    for (int i = 0; i < static_cast<int>(years.size()); ++i) {
        const ChartBar& b = years[i];
        std::int64_t h = scaled(b.value, max, plot);
        int centre = side + slot * i + slot / 2;
        if (h > 0) out += rect(centre - bar / 2, top + plot - h, bar, h);
        out += text(centre, static_cast<int>(top + plot - h - 8), "middle", b.value_text);
        out += text(centre, top + plot + 22, "middle", b.label);
    }
    out += "<line x1=\"" + n(side) + "\" y1=\"" + n(top + plot) + "\" x2=\"" + n(width - side) +
           "\" y2=\"" + n(top + plot) + "\" class=\"axis\"/>\n";
    out += "</g>\n</svg>";
    return out;
}

std::string budget_by_dimension_svg(const std::string& id, const std::string& title,
                                    const std::vector<ChartBar>& dimensions) {
    constexpr int row = 56, label = 20, bar = 20, gap = 4, side = 8, room_for_value = 96;
    const int height = static_cast<int>(dimensions.size()) * row + 8;
    const int length = width - 2 * side - room_for_value;
    const std::int64_t max = largest(dimensions);
    std::string out = open(id, title, dimensions, height);
    out += "<g font-size=\"14\" aria-hidden=\"true\">\n";
    for (int i = 0; i < static_cast<int>(dimensions.size()); ++i) {
        const ChartBar& b = dimensions[i];
        int y = 8 + row * i;
        std::int64_t w = scaled(b.value, max, length);
        out += text(side, y + label - 4, "start", b.label);
        if (w > 0) out += rect(side, y + label + gap, w, bar);
        out +=
            text(static_cast<int>(side + w + 6), y + label + gap + bar - 5, "start", b.value_text);
    }
    out += "</g>\n</svg>";
    return out;
}

} // namespace prongsai
