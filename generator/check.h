// check: rules that span files (numbering, references to the plan's tree,
// budget years) and the plan's own figures against the computed ones.
#pragma once

#include "derive.h"
#include "diagnostics.h"
#include "model.h"

#include <set>
#include <string>

namespace prongsai {

void check_content(const Content& c, Diagnostics& diags);

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
