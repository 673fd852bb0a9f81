// The OIT evidence index pages: oit/ (the assessment years), and for each
// year its index, a print view and a CSV of item and evidence addresses.
#pragma once

#include "model.h"
#include "render/pages.h"

#include <vector>

namespace prongsai {

void add_oit_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages);

} // namespace prongsai
