#include "diagnostics.h"

#include "text.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

namespace prongsai {

void Diagnostics::error(SourceLoc loc, std::string message, std::string line_text) {
    add({Severity::error, std::move(loc), std::move(message), std::move(line_text)});
}

void Diagnostics::warning(SourceLoc loc, std::string message, std::string line_text) {
    add({Severity::warning, std::move(loc), std::move(message), std::move(line_text)});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    list_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.list_)
        add(d);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = list_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc.file, a.loc.line, a.loc.column) <
               std::tie(b.loc.file, b.loc.line, b.loc.column);
    });
    return out;
}

namespace {

// A quoted line is cut to this many code points around the column: a line of
// thousands of links once printed itself again under each of its errors.
constexpr int quoted_width = 160;
// At most this many diagnostics are printed for one file; the rest are counted.
constexpr std::size_t per_file = 50;

// The byte offset of code point `n` (from 0) of `line`, or its size.
std::size_t byte_of(std::string_view line, int n) {
    int seen = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 && seen++ == n) return i;
    return line.size();
}

// `line` cut around `column` with "…" where text was left out; the column
// moved to match.
std::pair<std::string, int> window(const std::string& line, int column) {
    int length = 0;
    for (unsigned char c : line)
        length += (c & 0xC0) != 0x80;
    if (length <= quoted_width) return {line, column};
    int first = std::clamp(column - 1 - quoted_width / 3, 0, length - quoted_width);
    std::size_t from = byte_of(line, first), to = byte_of(line, first + quoted_width);
    std::string cut;
    if (first > 0) cut += "…";
    cut.append(line, from, to - from);
    if (first + quoted_width < length) cut += "…";
    return {cut, column > 0 ? column - first + (first > 0 ? 1 : 0) : column};
}

} // namespace

std::string format(const Diagnostic& d) {
    std::string out = d.loc.file;
    if (d.loc.line > 0) {
        out += ':' + std::to_string(d.loc.line);
        if (d.loc.column > 0) out += ':' + std::to_string(d.loc.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    out += '\n';
    if (!d.line_text.empty()) {
        auto [text, column] = window(d.line_text, d.loc.column);
        out += "    " + text + '\n';
        out += "    " + caret_padding(text, column) + "^\n";
    }
    return out;
}

std::string format_all(const Diagnostics& diags) {
    std::map<std::string, std::vector<std::string>> files;
    auto line_of = [&](const SourceLoc& loc) -> std::string {
        auto [it, fresh] = files.try_emplace(loc.file);
        if (fresh) {
            std::ifstream in(loc.file, std::ios::binary);
            std::string line;
            while (std::getline(in, line)) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                it->second.push_back(line);
            }
            if (!it->second.empty() && it->second[0].starts_with("\xEF\xBB\xBF"))
                it->second[0].erase(0, 3);
        }
        if (loc.line < 1 || loc.line > static_cast<int>(it->second.size())) return {};
        std::string text = it->second[loc.line - 1];
        // Never echo bytes that are not text to the terminal.
        for (std::size_t bad; (bad = invalid_utf8_offset(text)) != std::string::npos;)
            text[bad] = '?';
        for (char& ch : text)
            if (ch == '\0') ch = '?';
        return text;
    };
    std::string out;
    std::map<std::string, std::size_t> shown, left_out;
    for (Diagnostic d : diags.sorted()) {
        if (++shown[d.loc.file] > per_file) {
            ++left_out[d.loc.file];
            continue;
        }
        if (d.line_text.empty() && d.loc.line > 0) d.line_text = line_of(d.loc);
        out += format(d);
    }
    for (const auto& [file, count] : left_out)
        out += file + ": " + std::to_string(count) + " more problem(s) in this file left out; " +
               "fix the ones above and build again\n";
    return out;
}

} // namespace prongsai
