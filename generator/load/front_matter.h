// Splitting a Markdown file into its TOML front matter and its body.
#pragma once

#include "diagnostics.h"

#include <optional>
#include <string>

namespace prongsai {

struct FrontMatter {
    // The front matter with the opening "+++" line blanked, so a TOML parser's
    // line numbers are the file's line numbers.
    std::string toml;
    std::string body;
    int body_line = 1; // file line of the body's first line
};

// The file must open with a line "+++" and close the front matter with another.
std::optional<FrontMatter> split_front_matter(const std::string& text, const std::string& file,
                                              Diagnostics& diags);

} // namespace prongsai
