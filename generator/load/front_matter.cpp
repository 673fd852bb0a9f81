#include "load/front_matter.h"

#include "text.h"

namespace prongsai {

namespace {

bool is_fence(std::string_view line, std::string_view fence) {
    return trim(line) == fence;
}

} // namespace

std::optional<FrontMatter> split_front_matter(const std::string& text, const std::string& file,
                                              Diagnostics& diags) {
    std::vector<std::string_view> lines = split_lines(text);
    if (trim(text).empty()) {
        diags.error({file, 1, 1}, "the file is empty; a page starts with front matter between "
                                  "two lines +++ (copy one from content/README.md)");
        return std::nullopt;
    }
    if (is_fence(lines[0], "---")) {
        diags.error({file, 1, 1},
                    "front matter must be TOML between lines +++, not YAML between lines ---; "
                    "replace both --- lines with +++ and write key = value",
                    std::string(lines[0]));
        return std::nullopt;
    }
    if (!is_fence(lines[0], "+++")) {
        diags.error({file, 1, 1}, "the file must start with a line +++ that opens its front matter",
                    std::string(lines[0]));
        return std::nullopt;
    }
    std::size_t close = 1;
    while (close < lines.size() && !is_fence(lines[close], "+++"))
        ++close;
    if (close == lines.size()) {
        diags.error({file, 1, 1},
                    "front matter opened here is not closed; add a line +++ after its last key",
                    std::string(lines[0]));
        return std::nullopt;
    }
    FrontMatter fm;
    // Sized first: a plan's bodies are held until their pages are rendered, and
    // growing them line by line left up to twice their size allocated.
    auto size_of = [&](std::size_t from, std::size_t to) {
        std::size_t n = 0;
        for (std::size_t i = from; i < to; ++i)
            n += lines[i].size() + 1;
        return n;
    };
    fm.toml.reserve(1 + size_of(1, close));
    fm.body.reserve(size_of(close + 1, lines.size()));
    fm.toml += '\n';
    for (std::size_t i = 1; i < close; ++i) {
        fm.toml += lines[i];
        fm.toml += '\n';
    }
    for (std::size_t i = close + 1; i < lines.size(); ++i) {
        if (is_fence(lines[i], "+++") && trim(fm.body).empty()) {
            diags.error({file, static_cast<int>(i + 1), 1},
                        "a second +++ line: the front matter was already closed on line " +
                            std::to_string(close + 1) + "; remove this line",
                        std::string(lines[i]));
            return std::nullopt;
        }
        fm.body += lines[i];
        fm.body += '\n';
    }
    fm.body_line = static_cast<int>(close) + 2;
    return fm;
}

} // namespace prongsai
