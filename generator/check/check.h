// check: rules that span files (numbering, references to the plan's tree,
// budget years) and the plan's own figures against the computed ones.
#pragma once

#include "derive/derive.h"
#include "diagnostics.h"
#include "model.h"

#include <map>
#include <set>
#include <string>

namespace prongsai {

void check_content(const Content& c, Diagnostics& diags);

// What a new organisation's content easily keeps by mistake, as warnings at
// their places: duplicated projects, the placeholders `prongsai new` writes,
// leftovers of the national template (its blanks, words for another type of
// organisation), and gaps in the numbering of the risk table.
void check_leftovers(const Content& c, Diagnostics& diags);

// The organisation's accent colour against the colours the theme draws it on
// (strings.toml's colours.accent_on) and draws on it (colours.on_accent):
// WCAG AA's 4.5:1 for text, an error naming the ratio.
void check_accent(const Content& c, const std::map<std::string, std::string>& labels,
                  Diagnostics& diags);

// Attachments and the documents' links to projects and announcements.
void check_publications(const Content& c, Diagnostics& diags);

// Every link in Markdown leads to a file the build produces (`produced`: the
// paths of its pages, feeds, documents and archived years).
void check_links(const Content& c, const std::set<std::string>& produced, Diagnostics& diags);

// Warnings where a figure the document states differs from the computed one;
// pages always show the computed figures. Meaningful only for content
// without errors.
void check_stated_figures(const Content& c, const Derived& d, Diagnostics& diags);

} // namespace prongsai
