// Markdown → HTML with cmark-gfm (tables, strikethrough, autolinks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

// cmark-gfm keeps its extension registry in global state: call once, before
// any thread renders.
void markdown_init();

// Raw HTML in the Markdown is left out (and javascript: links made inert)
// unless the site allows raw HTML. Links to content files ("08.md") become
// links to their pages ("08.html").
std::string markdown_to_html(const std::string& markdown, bool allow_raw_html);

// The words of the Markdown as a reader sees them, for the search index: the
// headings' text apart, the rest as `text`; blocks end with "\n", raw HTML
// and link addresses are left out.
struct MarkdownText {
    std::vector<std::string> headings;
    std::string text;
};
MarkdownText markdown_text(const std::string& markdown);

struct MarkdownLink {
    std::string url;
    int line = 0;   // within the Markdown text, from 1
    int column = 0; // in code points
};

// Every link and image in the Markdown, where it is written.
std::vector<MarkdownLink> markdown_links(const std::string& markdown);

// A link within the site (no scheme, not to an anchor of the same page, not
// from the host's root).
bool is_local_link(std::string_view url);

// The site file a local link leads to, relative to the linking page's folder:
// without query or anchor, "08.md" read as "08.html".
std::string page_of_link(std::string_view url);

} // namespace prongsai
