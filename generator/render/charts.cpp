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
                 int height) {
    std::string desc;
    for (const auto& b : bars)
        desc += (desc.empty() ? "" : "; ") + b.label + " " + b.value_text;
    std::string out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      n(width) + " " + n(height) + "\" role=\"img\" aria-labelledby=\"" + id +
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

} // namespace

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
