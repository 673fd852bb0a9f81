// libFuzzer target over the content loader: one input is read as a project
// file, as an announcement file, as plain TOML and as Markdown, the way the
// loader would after read_source_file has accepted it; then as the front matter
// of a project and as a TOML value, so that TOML text reaches the front-matter
// reader and any brackets reach the nesting limits (tests/fuzz/corpus/ holds
// seeds at and past them).
#include "diagnostics.h"
#include "load/front_matter.h"
#include "load/load.h"
#include "load/toml_reader.h"
#include "render/markdown.h"
#include "text.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

// Every diagnostic is formatted too: the caret padding walks the quoted line
// by code points, which is where a bad column would read out of bounds.
void format_each(const prongsai::Diagnostics& diags) {
    for (const auto& d : diags.list())
        (void)prongsai::format(d);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    prongsai::markdown_init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    // read_source_file refuses these before any parser sees the text.
    if (text.find('\0') != std::string::npos) return -1;
    if (prongsai::invalid_utf8_offset(text) != std::string::npos) return -1;

    const std::string file = "content/plan/projects/01.md";
    prongsai::Diagnostics diags;
    if (auto fm = prongsai::split_front_matter(text, file, diags))
        (void)prongsai::markdown_to_html(fm->body, false);
    (void)prongsai::parse_project(text, file, "01", diags);
    (void)prongsai::parse_announcement(text, file, "2566-01-01-x", diags);
    (void)prongsai::parse_toml(text, file, diags);
    (void)prongsai::parse_project("+++\n" + text + "\n+++\nbody\n", file, "01", diags);
    (void)prongsai::parse_toml("x = " + text + "\n", "content/site.toml", diags);
    format_each(diags);
    (void)prongsai::markdown_to_html(text, false);
    (void)prongsai::markdown_to_html(text, true);
    return 0;
}
