#include "import/source.h"

#include "text.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

namespace prongsai::import {

std::string clean_cell(std::string_view in) {
    static const std::regex residue("</?p>|\\*\\*");
    std::string s = std::regex_replace(std::string(in), residue, " ");
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // U+00A0 (no-break space) and U+200B (zero-width space) are spaces here.
        bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
        bool zwsp = c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                    static_cast<unsigned char>(s[i + 2]) == 0x8B;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || nbsp ||
            zwsp) {
            space = true;
            i += nbsp ? 1 : zwsp ? 2 : 0;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

std::optional<Source> read_text(const std::filesystem::path& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = "cannot read " + file.generic_string();
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return text_source(buffer.str(), file.generic_string(), error);
}

std::optional<Source> text_source(std::string text, const std::string& name, std::string& error) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (auto bad = invalid_utf8_offset(text); bad != std::string::npos) {
        // TIS-620 (Windows-874) is what an older Thai export is likely to be: never guessed.
        int line = 1 + static_cast<int>(
                           std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
        error = name + ":" + std::to_string(line) +
                ": the text is not UTF-8 (a TIS-620 / Windows-874 file?); nothing was written: "
                "convert it first, e.g. iconv -f TIS-620 -t UTF-8 " +
                name + " > plan-utf8.txt";
        return std::nullopt;
    }
    Source source;
    source.name = name;
    std::size_t at = 0;
    int line = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string_view l(text.data() + at, end - at);
        ++line;
        at = end + 1;
        if (l.find('\t') == std::string_view::npos) {
            std::string cell = clean_cell(l);
            if (!cell.empty()) source.rows.push_back({line, {cell}, false});
            continue;
        }
        Row row{line, {}, true};
        std::size_t from = 0;
        while (true) {
            std::size_t tab = l.find('\t', from);
            row.cells.push_back(clean_cell(l.substr(from, tab - from)));
            if (tab == std::string_view::npos) break;
            from = tab + 1;
        }
        while (!row.cells.empty() && row.cells.back().empty())
            row.cells.pop_back();
        if (!row.cells.empty()) source.rows.push_back(std::move(row));
    }
    return source;
}

std::optional<std::string> overlong_cell(const Source& source) {
    // The reader's patterns (std::regex) recurse once a character: a cell far
    // longer than any a plan holds (6 KB in the longest seen) could exhaust the stack.
    constexpr std::size_t longest_cell = 16'000;
    for (const auto& row : source.rows)
        for (const auto& cell : row.cells)
            if (cell.size() > longest_cell)
                return source.name + ":" + std::to_string(row.line) + ": " +
                       (source.unit == "line" ? "a line" : "a paragraph") + " of " +
                       std::to_string(cell.size()) + " bytes, longer than any a plan holds (" +
                       std::to_string(longest_cell) +
                       " at most); nothing was written: is this the plan's text?";
    return std::nullopt;
}

} // namespace prongsai::import
