#include "load/source_file.h"

#include "text.h"

#include <fstream>
#include <sstream>

namespace prongsai {

namespace {

// Line (1-based) and the line's text around a byte offset.
std::pair<int, std::string_view> line_at(std::string_view text, std::size_t offset,
                                         std::size_t& line_start) {
    int line = 1;
    line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    std::size_t end = text.find('\n', line_start);
    return {line, text.substr(line_start, end == std::string_view::npos ? end : end - line_start)};
}

} // namespace

std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& shown_as, Diagnostics& diags) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error({shown_as, 0, 0}, "cannot read this file");
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = std::move(buffer).str();

    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    std::string lf;
    lf.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) lf += text[i];
    text = std::move(lf);

    if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
        std::size_t start = 0;
        auto [line, line_text] = line_at(text, nul, start);
        diags.error({shown_as, line, column_of_byte(line_text, nul - start)},
                    "the file contains a NUL byte (it is not a text file); save it again as "
                    "plain text in UTF-8");
        return std::nullopt;
    }
    if (std::size_t bad = invalid_utf8_offset(text); bad != std::string::npos) {
        std::size_t start = 0;
        auto [line, line_text] = line_at(text, bad, start);
        diags.error({shown_as, line, column_of_byte(line_text, bad - start)},
                    "the file is not valid UTF-8 (perhaps TIS-620 / Windows-874); save it as "
                    "UTF-8, or convert it: iconv -f TIS-620 -t UTF-8");
        return std::nullopt;
    }
    return text;
}

} // namespace prongsai
