#include "render/sanitize.h"

#include "text.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace prongsai {

namespace {

constexpr std::array<std::string_view, 48> allowed_tags = {
    "a",   "abbr",       "b",      "blockquote", "br",      "caption", "cite", "code",
    "col", "colgroup",   "dd",     "del",        "details", "div",     "dl",   "dt",
    "em",  "figcaption", "figure", "h1",         "h2",      "h3",      "h4",   "h5",
    "h6",  "hr",         "i",      "img",        "ins",     "kbd",     "li",   "mark",
    "ol",  "p",          "pre",    "q",          "s",       "small",   "span", "strong",
    "sub", "summary",    "sup",    "table",      "tbody",   "td",      "th",   "thead"};
constexpr std::array<std::string_view, 6> more_tags = {"tfoot", "tr", "u", "ul", "time", "section"};

// Dropped with everything up to their closing tag: what they hold is not text.
constexpr std::array<std::string_view, 12> dropped_with_content = {
    "script", "style",    "iframe",   "object",   "embed", "svg",
    "math",   "template", "noscript", "textarea", "title", "xmp"};

constexpr std::array<std::string_view, 15> allowed_attributes = {
    "href", "src",   "alt",  "title", "width", "height",  "colspan", "rowspan",
    "id",   "class", "lang", "dir",   "scope", "headers", "datetime"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& set, std::string_view s) {
    return std::find(set.begin(), set.end(), s) != set.end();
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Character references as a browser reads them in an attribute, where a
// scheme can hide behind them: numeric ones with or without their ';'
// ("javascript&#58alert(1)" is "javascript:alert(1)" to a browser), as many
// digits as follow; the named ones for ':', tab and line break with it.
std::string decode_entities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        long code = -1;
        std::size_t end = i + 1; // past the reference
        if (end < s.size() && s[end] == '#') {
            bool hex = end + 1 < s.size() && (s[end + 1] == 'x' || s[end + 1] == 'X');
            std::size_t digits = end + 1 + hex;
            end = digits;
            long value = 0;
            for (; end < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[end]))
                                          : std::isdigit(static_cast<unsigned char>(s[end])));
                 ++end) {
                int d = std::isdigit(static_cast<unsigned char>(s[end]))
                            ? s[end] - '0'
                            : std::tolower(static_cast<unsigned char>(s[end])) - 'a' + 10;
                value = std::min(value * (hex ? 16 : 10) + d, 0x110000L);
            }
            if (end > digits) code = value;
            if (end < s.size() && s[end] == ';') ++end;
        } else {
            std::size_t semi = s.find(';', i);
            std::string name =
                lower(s.substr(i + 1, semi == std::string_view::npos ? 0 : semi - i - 1));
            code = name == "colon" ? ':' : name == "tab" ? '\t' : name == "newline" ? '\n' : -1;
            end = semi + 1;
        }
        if (code < 0 || code >= 0x80) {
            out += s[i]; // not one that matters for a scheme
            continue;
        }
        out += static_cast<char>(code);
        i = end - 1;
    }
    return out;
}

std::string attribute_escape(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c == '"')
            out += "&quot;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    return out;
}

} // namespace

bool safe_url(std::string_view url) {
    std::string plain;
    for (char c : decode_entities(url))
        if (static_cast<unsigned char>(c) > 0x20) plain += c;
    std::size_t colon = plain.find(':');
    if (colon == std::string::npos || colon > plain.find_first_of("/?#")) return true;
    std::string scheme = lower(std::string_view(plain).substr(0, colon));
    return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::string sanitize_html(std::string_view html) {
    std::string out;
    std::size_t i = 0;
    auto is_name = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
    };
    while (i < html.size()) {
        std::size_t lt = html.find('<', i);
        out.append(html.substr(i, lt == std::string_view::npos ? html.size() - i : lt - i));
        if (lt == std::string_view::npos) break;
        i = lt;
        if (html.substr(i).starts_with("<!--")) {
            std::size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
            std::size_t end = html.find('>', i);
            i = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t at = i + 1 + closing;
        if (at >= html.size() || !std::isalpha(static_cast<unsigned char>(html[at]))) {
            out += "&lt;";
            ++i;
            continue;
        }
        std::size_t name_end = at;
        while (name_end < html.size() && is_name(html[name_end]))
            ++name_end;
        std::string name = lower(html.substr(at, name_end - at));
        // The attributes, up to the tag's '>' (quotes may hold a '>').
        std::string kept;
        std::size_t j = name_end;
        while (j < html.size() && html[j] != '>') {
            if (std::isspace(static_cast<unsigned char>(html[j])) || html[j] == '/') {
                ++j;
                continue;
            }
            std::size_t attr_start = j;
            while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) &&
                   html[j] != '=' && html[j] != '>' && html[j] != '/')
                ++j;
            std::string attr = lower(html.substr(attr_start, j - attr_start));
            if (attr.empty()) { // a stray '=' or quote
                ++j;
                continue;
            }
            while (j < html.size() && std::isspace(static_cast<unsigned char>(html[j])))
                ++j;
            std::string value;
            bool has_value = j < html.size() && html[j] == '=';
            if (has_value) {
                ++j;
                while (j < html.size() && std::isspace(static_cast<unsigned char>(html[j])))
                    ++j;
                if (j < html.size() && (html[j] == '"' || html[j] == '\'')) {
                    char quote = html[j];
                    std::size_t close = html.find(quote, j + 1);
                    if (close == std::string_view::npos) close = html.size();
                    value = html.substr(j + 1, close - j - 1);
                    j = std::min(close + 1, html.size());
                } else {
                    std::size_t start = j;
                    while (j < html.size() && !std::isspace(static_cast<unsigned char>(html[j])) &&
                           html[j] != '>')
                        ++j;
                    value = html.substr(start, j - start);
                }
            }
            if (!one_of(allowed_attributes, attr)) continue;
            if ((attr == "href" || attr == "src") && !safe_url(value)) continue;
            kept += " " + attr + (has_value ? "=\"" + attribute_escape(value) + "\"" : "");
        }
        i = j < html.size() ? j + 1 : html.size();
        if (one_of(dropped_with_content, name)) {
            if (!closing) {
                std::size_t end = i;
                while (end < html.size() && !(html.substr(end, 2) == "</" &&
                                              lower(html.substr(end + 2, name.size())) == name))
                    end = html.find("</", end + 1);
                i = std::min(end, html.size());
            }
            continue;
        }
        if (!one_of(allowed_tags, name) && !one_of(more_tags, name)) continue;
        out += closing ? "</" + name + ">" : "<" + name + kept + ">";
    }
    return out;
}

} // namespace prongsai
