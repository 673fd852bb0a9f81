// Markdown → HTML with cmark-gfm (tables, strikethrough, autolinks).
#pragma once

#include <string>

namespace prongsai {

// cmark-gfm keeps its extension registry in global state: call once, before
// any thread renders.
void markdown_init();

// Raw HTML in the Markdown is left out (and javascript: links made inert)
// unless the site allows raw HTML.
std::string markdown_to_html(const std::string& markdown, bool allow_raw_html);

} // namespace prongsai
