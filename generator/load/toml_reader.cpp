#include "load/toml_reader.h"

#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <toml.hpp>

namespace prongsai {

struct TomlDocument::Parsed {
    toml::value root;
    // Where each line of the source toml11 read starts, found once: toml11's
    // own location() counts the newlines from the file's start on every call,
    // which made reading a long plan.toml quadratic.
    const std::vector<char>* source = nullptr;
    std::vector<std::size_t> line_starts;
};

namespace {

const toml::value& value_of(const void* node) {
    return *static_cast<const toml::value*>(node);
}

// toml11 reads a whole number too long for 64 bits as the nearest one that
// fits: a message must not quote that figure as the clerk's.
bool saturated(std::int64_t n) {
    return n == std::numeric_limits<std::int64_t>::max() ||
           n == std::numeric_limits<std::int64_t>::min();
}

// What a clerk should do about toml11's most common complaints.
std::string hint_for(std::string_view message) {
    if (message.find("not a valid string") != std::string::npos)
        return "; a text value must be closed with \" on the same line";
    if (message.find("already exists") != std::string::npos)
        return "; each key may appear only once in a table: remove or rename one";
    if (message.find("invalid line format") != std::string::npos ||
        message.find("expected newline") != std::string::npos)
        return "; write one key = value on each line";
    if (message.find("missing") != std::string::npos ||
        message.find("invalid") != std::string::npos)
        return "; text goes in quotes (title = \"...\"), numbers without (number = 12)";
    return "";
}

// Refuses nesting and dotted keys beyond what toml11 can take safely, before
// it sees the text (see max_toml_depth). Strings and comments are skipped;
// the rest is read only as far as brackets, braces, dots and '=' go.
bool within_limits(const std::string& text, const std::string& file, Diagnostics& diags) {
    std::vector<char> open; // '[' or '{' of the arrays and inline tables around here
    bool key = true, header = false, line_blank = true;
    int parts = 1;
    auto refuse = [&](std::size_t at, const std::string& message) {
        std::size_t start = 0;
        auto [line, line_text] = line_at(text, at, start);
        if (line_text.size() > 200) line_text = line_text.substr(0, 200);
        diags.error({file, line, column_of_byte(line_text, std::min(at - start, line_text.size()))},
                    message, std::string(line_text));
        return false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '#') {
            i = std::min(text.find('\n', i), text.size()) - 1;
            continue;
        }
        if (c == '"' || c == '\'') {
            bool triple = text.compare(i, 3, std::string(3, c)) == 0;
            std::string close = triple ? std::string(3, c) : std::string(1, c);
            std::size_t j = i + close.size();
            while (j < text.size() && text.compare(j, close.size(), close) != 0) {
                if (!triple && text[j] == '\n') break; // toml11 reports the open string
                // A backslash ends no one-line string at its line's end: the
                // newline must still start the next key.
                if (c == '"' && text[j] == '\\' && (triple || text[j + 1] != '\n')) ++j;
                ++j;
            }
            if (j < text.size() && text[j] == c) {
                j += close.size();
                // """a""""" is a"" then the end: up to two more quotes belong to
                // the string, and would otherwise open one that swallows the
                // newline, and with it the count of the next key's parts.
                for (int extra = 0; triple && extra < 2 && j < text.size() && text[j] == c; ++extra)
                    ++j;
            }
            i = std::min(j, text.size()) - 1;
            line_blank = false;
            continue;
        }
        if (c == '\n') {
            if (open.empty()) key = true, header = false, parts = 1;
            line_blank = true;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') continue;
        switch (c) {
        case '[':
            if (open.empty() && line_blank) {
                header = true, key = true, parts = 1;
                break;
            }
            if (header) break; // the second [ of [[name]]
            open.push_back(c);
            break;
        case '{':
            open.push_back(c);
            key = true, parts = 1;
            break;
        case ']':
            if (header)
                key = false;
            else if (!open.empty())
                open.pop_back();
            break;
        case '}':
            if (!open.empty()) open.pop_back();
            key = false;
            break;
        case ',':
            if (!open.empty() && open.back() == '{') key = true, parts = 1;
            break;
        case '=':
            if (!header) key = false;
            break;
        case '.':
            if (key && ++parts > max_key_parts)
                return refuse(i, "a key may have at most " + std::to_string(max_key_parts) +
                                     " parts separated by dots; shorten this name");
            break;
        default:
            break;
        }
        line_blank = false;
        if (open.size() > static_cast<std::size_t>(max_toml_depth))
            return refuse(i, "lists [ ] and tables { } may be nested at most " +
                                 std::to_string(max_toml_depth) +
                                 " deep; write this value with fewer levels");
    }
    return true;
}

} // namespace

std::optional<TomlDocument> parse_toml(const std::string& text, const std::string& file,
                                       Diagnostics& diags) {
    if (!within_limits(text, file, diags)) return std::nullopt;
    std::istringstream in(text);
    try {
        // toml11 copies the source's name into the region of every character
        // it matches: a name short enough for std::string's inline buffer
        // spares a malloc and a free each time. Errors name `file` below.
        auto parsed = std::make_shared<TomlDocument::Parsed>();
        parsed->root = toml::parse(in, "toml");
        return TomlDocument(std::move(parsed));
    } catch (const toml::syntax_error& e) {
        // toml11 formats its error as text; the last "N | line" and the caret
        // under it say where the parser stopped.
        std::string what = e.what();
        std::string_view summary = std::string_view(what).substr(0, what.find('\n'));
        if (summary.starts_with("[error] ")) summary.remove_prefix(8);
        if (summary.starts_with("toml::"))
            if (auto colon = summary.find(": ");
                colon != std::string_view::npos && made_of(summary.substr(6, colon - 6), "_"))
                summary.remove_prefix(colon + 2);
        int line = static_cast<int>(e.location().line());
        std::string line_text = e.location().line_str();
        std::size_t byte = e.location().column() - 1;
        std::string note;
        std::string_view current_text;
        int current_line = 0;
        for (std::string_view l : split_lines(what)) {
            l.remove_prefix(std::min(l.find_first_not_of(' '), l.size()));
            if (auto bar = l.find(" | ");
                bar != std::string_view::npos && made_of(l.substr(0, bar), "", Letters::none)) {
                // " 12 | the line as written"
                current_line = std::stoi(std::string(l.substr(0, bar)));
                current_text = l.substr(bar + 3);
                if (current_text.ends_with('\r')) current_text.remove_suffix(1);
            } else if (l.starts_with("| ") && current_line > 0) {
                // "    |     ^--- what is wrong", the caret under the place
                l.remove_prefix(2);
                std::size_t caret = std::min(l.find_first_not_of(' '), l.size());
                if (caret == l.size() || l[caret] != '^') continue;
                line = current_line;
                line_text = current_text;
                byte = caret;
                l.remove_prefix(std::min(l.find_first_not_of('-', caret + 1), l.size()));
                if (l.starts_with(' ')) l.remove_prefix(1);
                note = l;
            }
        }
        std::string message = "TOML syntax: ";
        message += summary;
        if (!note.empty() && note != "here") message += " (" + note + ")";
        message += hint_for(summary);
        diags.error({file, line, column_of_byte(line_text, byte)}, message, line_text);
    } catch (const std::exception& e) {
        diags.error({file, 0, 0}, std::string("TOML: ") + e.what());
    }
    return std::nullopt;
}

TableReader::TableReader(const TomlDocument& document, std::string file, Diagnostics& diags,
                         SourceLoc whole_table)
    : TableReader(&document.parsed_->root, document.parsed_, std::move(file), diags,
                  std::move(whole_table)) {}

TableReader::TableReader(const Node* table, std::shared_ptr<TomlDocument::Parsed> document,
                         std::string file, Diagnostics& diags, SourceLoc whole_table)
    : table_(table), document_(std::move(document)), file_(std::move(file)), diags_(&diags),
      whole_(std::move(whole_table)) {}

TableReader::Written TableReader::written(const Node* node) const {
    const auto* r =
        dynamic_cast<const toml::detail::region*>(toml::detail::get_region(value_of(node)));
    if (!r || !r->is_ok()) return {};
    const std::vector<char>& source = *r->source();
    auto& starts = document_->line_starts;
    if (document_->source != &source) {
        document_->source = &source;
        starts = {0};
        for (std::size_t i = 0; i < source.size(); ++i)
            if (source[i] == '\n') starts.push_back(i + 1);
    }
    auto offset = static_cast<std::size_t>(r->first() - r->begin());
    auto line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                         starts.begin());
    std::size_t begin = starts[line - 1];
    std::size_t end = line < starts.size() ? starts[line] - 1 : source.size();
    return {static_cast<int>(line), std::string(source.data() + begin, end - begin),
            offset - begin};
}

SourceLoc TableReader::value_loc(const Node* v) const {
    Written w = written(v);
    return {file_, w.line, column_of_byte(w.text, w.byte)};
}

SourceLoc TableReader::loc(const std::string& key) const {
    const auto& t = value_of(table_).as_table();
    auto it = t.find(key);
    if (it == t.end()) return whole_;
    Written w = written(&it->second);
    if (w.line == 0) return whole_;
    // The value's location is the value; point at the key, which starts the line
    // in "key = value" (or a dotted/inline table form, where the value will do).
    std::size_t key_at = w.text.find(key);
    std::size_t byte = key_at != std::string::npos && key_at <= w.byte ? key_at : w.byte;
    return {file_, w.line, column_of_byte(w.text, byte)};
}

std::string TableReader::line_of(const SourceLoc& loc) const {
    for (const auto& [k, v] : value_of(table_).as_table())
        if (Written w = written(&v); w.line == loc.line) return w.text;
    return {};
}

const TableReader::Node* TableReader::find(const std::string& key, bool required,
                                           const std::string& example) {
    known_.push_back(key);
    const auto& t = value_of(table_).as_table();
    auto it = t.find(key);
    if (it == t.end()) {
        if (required && example.starts_with("[") && example.find('"') == std::string::npos)
            diags_->error(whole_,
                          "missing section " + example + "; add one (see content/README.md)");
        else if (required)
            diags_->error(whole_,
                          "missing key '" + key + "'; add a line like: " + key + " = " + example);
        return nullptr;
    }
    return &it->second;
}

void TableReader::type_error(const std::string& key, const std::string& expected) {
    SourceLoc at = loc(key);
    diags_->error(at, "'" + key + "' must be " + expected, line_of(at));
}

std::optional<std::string> TableReader::text(const std::string& key, bool required) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "\"...\""));
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        type_error(key, "text in quotes, like " + key + " = \"...\"");
        return std::nullopt;
    }
    return trim(v->as_string().str);
}

void TableReader::range_error(const std::string& key, const std::string& range) {
    SourceLoc at = loc(key);
    diags_->error(at, "'" + key + "' must be " + range, line_of(at));
}

std::optional<std::int64_t> TableReader::integer(const std::string& key, bool required,
                                                 std::int64_t min, std::int64_t max) {
    bool year = min >= 2400;
    const auto* v = static_cast<const toml::value*>(find(key, required, year ? "2566" : "1"));
    if (!v) return std::nullopt;
    std::optional<std::int64_t> n;
    if (v->is_integer()) n = v->as_integer();
    if (v->is_string()) n = parse_integer(v->as_string().str);
    if (!n) {
        type_error(key, "a whole number, like " + key + (year ? " = 2566" : " = 12") +
                            " (Thai digits in quotes also work: \"๑๒\")");
        return std::nullopt;
    }
    if (*n < min || *n > max) {
        std::string hint = year && *n > 1900 && *n < 2200 ? "; write the Buddhist-Era year (พ.ศ. " +
                                                                std::to_string(*n + 543) + "?)"
                                                          : "";
        range_error(
            key,
            "a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                (saturated(*n) ? "; this one has too many digits" : ", not " + std::to_string(*n)) +
                hint);
        return std::nullopt;
    }
    return n;
}

std::optional<int> TableReader::year(const std::string& key, bool required) {
    auto y = integer(key, required, 2400, 2700);
    return y ? std::optional<int>(static_cast<int>(*y)) : std::nullopt;
}

std::optional<double> TableReader::number(const std::string& key, bool required, double min,
                                          double max) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "90"));
    if (!v) return std::nullopt;
    std::optional<double> n;
    if (v->is_integer()) n = static_cast<double>(v->as_integer());
    if (v->is_floating()) n = v->as_floating();
    if (v->is_string())
        if (auto s = parse_satang(v->as_string().str)) n = static_cast<double>(*s) / 100.0;
    if (!n || !std::isfinite(*n)) {
        type_error(key, "a number, like " + key + " = 90 or 92.5");
        return std::nullopt;
    }
    if (*n < min || *n > max) {
        range_error(key, "a number from " + format_number(min, Digits::arabic) + " to " +
                             format_number(max, Digits::arabic));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> TableReader::boolean(const std::string& key, bool required) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "false"));
    if (!v) return std::nullopt;
    if (v->is_boolean()) return v->as_boolean();
    type_error(key, "true or false (without quotes)");
    return std::nullopt;
}

std::optional<Date> TableReader::date(const std::string& key, bool required) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "\"2565-07-05\""));
    if (!v) return std::nullopt;
    Date d;
    if (v->is_local_date()) {
        const auto& ld = v->as_local_date();
        d = {ld.year, static_cast<int>(ld.month) + 1, ld.day};
    } else if (v->is_string()) {
        std::string s = arabic_digits(trim(v->as_string().str));
        // year-month-day: four digits, then one or two, then one or two
        std::size_t first = s.find('-'), second = s.find('-', first + 1);
        auto digits = [&](std::size_t from, std::size_t to, std::size_t fewest, std::size_t most) {
            if (from > s.size()) return false;
            std::string_view part = std::string_view(s).substr(from, to - from);
            return part.size() >= fewest && part.size() <= most && made_of(part, "", Letters::none);
        };
        if (second == std::string::npos || !digits(0, first, 4, 4) ||
            !digits(first + 1, second, 1, 2) || !digits(second + 1, std::string::npos, 1, 2)) {
            type_error(key, "a Buddhist-Era date written year-month-day, like " + key +
                                " = \"2565-07-05\" for 5 กรกฎาคม พ.ศ. 2565");
            return std::nullopt;
        }
        d = {std::stoi(s.substr(0, first)), std::stoi(s.substr(first + 1, second - first - 1)),
             std::stoi(s.substr(second + 1))};
    } else {
        type_error(key, "a Buddhist-Era date, like " + key + " = \"2565-07-05\"");
        return std::nullopt;
    }
    SourceLoc at = loc(key);
    if (d.year < 2400) {
        diags_->error(at,
                      "'" + key + "' has the Christian-Era year " + std::to_string(d.year) +
                          "; write the Buddhist-Era year (พ.ศ. " + std::to_string(d.year + 543) +
                          "?)",
                      line_of(at));
        return std::nullopt;
    }
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int ce = d.year - 543;
    bool leap = (ce % 4 == 0 && ce % 100 != 0) || ce % 400 == 0;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days[d.month - 1] ||
        (d.month == 2 && d.day == 29 && !leap)) {
        diags_->error(at,
                      "'" + key + "' is not a real date (" + std::to_string(d.year) + "-" +
                          std::to_string(d.month) + "-" + std::to_string(d.day) + ")",
                      line_of(at));
        return std::nullopt;
    }
    return d;
}

std::optional<Satang> TableReader::amount(const std::string& key, bool required) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "30000"));
    if (!v) return std::nullopt;
    std::optional<Satang> satang;
    if (v->is_integer() && v->as_integer() >= 0 && v->as_integer() <= max_baht)
        satang = v->as_integer() * 100;
    else if (v->is_floating() && v->as_floating() >= 0 && v->as_floating() <= max_baht)
        satang = static_cast<Satang>(v->as_floating() * 100.0 + 0.5);
    else if (v->is_string())
        satang = parse_satang(v->as_string().str);
    if (!satang || *satang < 0) {
        type_error(key, "an amount of baht, 0 or more, like " + key + " = 30000 or " + key +
                            " = \"๓๐,๐๐๐.๐๐\" (leave the key out when the document gives none)");
        return std::nullopt;
    }
    return satang;
}

std::vector<std::optional<double>> TableReader::numbers(const std::string& key, bool required,
                                                        double min, double max) {
    std::vector<std::optional<double>> out;
    const auto* v = static_cast<const toml::value*>(find(key, required, "[95.5, 90, \"\"]"));
    if (!v) return out;
    auto fail = [&] {
        type_error(key, "a list of numbers from " + format_number(min, Digits::arabic) + " to " +
                            format_number(max, Digits::arabic) + ", like " + key +
                            " = [95.5, \"๙๐\", \"\"] (\"\" where the document leaves it blank)");
        return std::vector<std::optional<double>>{};
    };
    if (!v->is_array()) return fail();
    for (const auto& e : v->as_array()) {
        std::optional<double> n;
        if (e.is_integer()) n = static_cast<double>(e.as_integer());
        if (e.is_floating()) n = e.as_floating();
        if (e.is_string()) {
            std::string s = trim(e.as_string().str);
            if (s.empty() || s == "-") {
                out.push_back(std::nullopt);
                continue;
            }
            if (auto h = parse_satang(s)) n = static_cast<double>(*h) / 100.0;
        }
        if (!n || !std::isfinite(*n) || *n < min || *n > max) return fail();
        out.push_back(n);
    }
    return out;
}

std::vector<std::string> TableReader::texts(const std::string& key, bool required) {
    std::vector<std::string> out;
    for (auto& [text, at] : texts_at(key, required))
        out.push_back(std::move(text));
    return out;
}

std::vector<std::pair<std::string, SourceLoc>> TableReader::texts_at(const std::string& key,
                                                                     bool required) {
    std::vector<std::pair<std::string, SourceLoc>> out;
    const auto* v = static_cast<const toml::value*>(find(key, required, "[\"...\", \"...\"]"));
    if (!v) return out;
    auto at = [&](const toml::value& e) {
        SourceLoc place = value_loc(&e);
        return place.line == 0 ? loc(key) : place;
    };
    if (v->is_string()) return {{trim(v->as_string().str), at(*v)}};
    if (v->is_array()) {
        for (const auto& e : v->as_array()) {
            if (!e.is_string()) {
                type_error(key, "a list of texts, like " + key + " = [\"...\", \"...\"]");
                return {};
            }
            out.emplace_back(trim(e.as_string().str), at(e));
        }
        return out;
    }
    type_error(key, "a list of texts, like " + key + " = [\"...\", \"...\"]");
    return out;
}

std::vector<std::int64_t> TableReader::integers(const std::string& key, bool required,
                                                std::int64_t min, std::int64_t max) {
    std::vector<std::int64_t> out;
    const auto* v = static_cast<const toml::value*>(find(key, required, "[1, 2]"));
    if (!v) return out;
    auto one = [&](const toml::value& e) -> std::optional<std::int64_t> {
        if (e.is_integer()) return e.as_integer();
        if (e.is_string()) return parse_integer(e.as_string().str);
        return std::nullopt;
    };
    auto add = [&](const toml::value& e) {
        auto n = one(e);
        if (!n) {
            type_error(key, "a list of whole numbers, like " + key + " = [1, 2]");
            return false;
        }
        if (*n < min || *n > max) {
            range_error(key, "a list of whole numbers from " + std::to_string(min) + " to " +
                                 std::to_string(max) + "; " +
                                 (saturated(*n) ? "one has too many digits"
                                                : std::to_string(*n) + " is outside"));
            return false;
        }
        out.push_back(*n);
        return true;
    };
    if (!v->is_array()) return add(*v) ? out : std::vector<std::int64_t>{};
    for (const auto& e : v->as_array())
        if (!add(e)) return {};
    return out;
}

std::optional<std::int64_t> TableReader::year_key(const std::string& year_text, const Written& w,
                                                  const std::string& where,
                                                  const std::string& example, SourceLoc& at) {
    at = {file_, w.line, column_of_byte(w.text, w.byte)};
    if (std::size_t k = w.text.find(year_text); k != std::string::npos)
        at.column = column_of_byte(w.text, k);
    auto year = parse_integer(year_text);
    if (year && *year >= 2400 && *year <= 2700) return year;
    std::string hint =
        year && *year > 1900 && *year < 2200 ? " (พ.ศ. " + std::to_string(*year + 543) + "?)" : "";
    diags_->error(at,
                  "'" + year_text + "' in " + where +
                      " is not a Buddhist-Era year; write the year like " + example + hint,
                  w.text);
    return std::nullopt;
}

std::map<int, std::pair<Satang, SourceLoc>> TableReader::year_amounts(const std::string& key,
                                                                      bool required) {
    std::map<int, std::pair<Satang, SourceLoc>> out;
    const auto* v = static_cast<const toml::value*>(find(key, required, "{ 2566 = 30000 }"));
    if (!v) return out;
    if (!v->is_table()) {
        type_error(key, "a table of amounts by year, like [" + key + "] then 2566 = 30000");
        return out;
    }
    for (const auto& [year_text, amount] : v->as_table()) {
        Written w = written(&amount);
        const std::string& line = w.text;
        SourceLoc at;
        auto year = year_key(year_text, w, "[" + key + "]", "2566", at);
        if (!year) continue;
        std::optional<Satang> satang;
        // Beyond max_baht (or inf, nan) the conversion to satang would overflow.
        if (amount.is_integer() && amount.as_integer() >= -max_baht &&
            amount.as_integer() <= max_baht)
            satang = amount.as_integer() * 100;
        else if (amount.is_floating() && std::abs(amount.as_floating()) <= max_baht)
            satang = static_cast<Satang>(amount.as_floating() * 100.0 +
                                         (amount.as_floating() < 0 ? -0.5 : 0.5));
        else if (amount.is_string())
            satang = parse_satang(amount.as_string().str);
        if (!satang) {
            diags_->error(at,
                          "the amount for " + year_text + " must be a number of baht, like " +
                              year_text +
                              " = 30000 (0 when the year has no budget; leave the year out when "
                              "the project does not run that year)",
                          line);
            continue;
        }
        if (*satang < 0) {
            diags_->error(at, "the amount for " + year_text + " is negative; amounts are 0 or more",
                          line);
            continue;
        }
        out[static_cast<int>(*year)] = {*satang, at};
    }
    return out;
}

std::map<int, std::vector<std::pair<std::string, SourceLoc>>>
TableReader::year_texts(const std::string& key, bool required) {
    std::map<int, std::vector<std::pair<std::string, SourceLoc>>> out;
    const std::string example = key + " = { 2565 = [\"O10\", \"O11\"] }";
    const auto* v = static_cast<const toml::value*>(find(key, required, "{ 2565 = [\"O10\"] }"));
    if (!v) return out;
    if (v->is_array()) {
        // A list without its year: the ITA numbers its items anew each year
        // (O4 of 2565 is not O4 of 2568), so the year cannot be guessed.
        std::string codes;
        for (const auto& e : v->as_array())
            if (e.is_string()) codes += (codes.empty() ? "\"" : ", \"") + e.as_string().str + "\"";
        type_error(key, "a table giving the assessment year of its items, as the ITA numbers them "
                        "anew each year; write " +
                            key + " = { 2565 = [" + (codes.empty() ? "\"O10\"" : codes) +
                            "] } with the year of the questionnaire");
        return out;
    }
    if (!v->is_table()) {
        type_error(key, "a table of lists by year, like " + example);
        return out;
    }
    for (const auto& [year_text, list] : v->as_table()) {
        Written w = written(&list);
        SourceLoc at;
        auto year = year_key(year_text, w, "'" + key + "'", "2565", at);
        if (!year) continue;
        auto& texts = out[static_cast<int>(*year)];
        bool ok = list.is_array();
        if (ok)
            for (const auto& e : list.as_array())
                ok = ok && e.is_string();
        if (!ok) {
            diags_->error(
                at, "the items for " + year_text + " must be a list of texts, like " + example,
                w.text);
            continue;
        }
        for (const auto& e : list.as_array())
            texts.emplace_back(trim(e.as_string().str), value_loc(&e));
    }
    return out;
}

std::vector<TableReader> TableReader::tables(const std::string& key, bool required) {
    std::vector<TableReader> out;
    const auto* v = static_cast<const toml::value*>(find(key, required, "[[" + key + "]]"));
    if (!v) return out;
    if (!v->is_array()) {
        type_error(key, "a list of sections, each starting with a line [[" + key + "]]");
        return out;
    }
    for (const auto& e : v->as_array()) {
        if (!e.is_table()) {
            type_error(key, "a list of sections, each starting with a line [[" + key + "]]");
            return {};
        }
        SourceLoc at = value_loc(&e);
        if (at.line == 0) at = loc(key);
        out.push_back(TableReader(&e, document_, file_, *diags_, at));
    }
    return out;
}

std::optional<TableReader> TableReader::table(const std::string& key, bool required) {
    const auto* v = static_cast<const toml::value*>(find(key, required, "[" + key + "]"));
    if (!v) return std::nullopt;
    if (!v->is_table()) {
        type_error(key, "a section starting with a line [" + key + "]");
        return std::nullopt;
    }
    return TableReader(v, document_, file_, *diags_, loc(key));
}

std::map<std::string, std::string> TableReader::all_texts() {
    std::map<std::string, std::string> out;
    auto walk = [&](auto& self, const toml::value& table, const std::string& prefix) -> void {
        for (const auto& [key, value] : table.as_table()) {
            if (value.is_table()) {
                self(self, value, prefix + key + ".");
            } else if (value.is_string()) {
                out[prefix + key] = value.as_string().str;
            } else {
                SourceLoc at = value_loc(&value);
                diags_->error(
                    at, "'" + prefix + key + "' must be text in quotes, like " + key + " = \"...\"",
                    line_of(at));
            }
        }
    };
    walk(walk, value_of(table_), "");
    return out;
}

void TableReader::finish() {
    for (const auto& [key, value] : value_of(table_).as_table()) {
        if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
        SourceLoc at = loc(key);
        std::string message = "unknown key '" + key + "'";
        if (auto guess = closest(key, known_))
            message += "; did you mean '" + *guess + "'?";
        else {
            message += "; the keys here are:";
            for (const auto& k : known_)
                message += " " + k;
        }
        diags_->error(at, message, line_of(at));
    }
}

} // namespace prongsai
