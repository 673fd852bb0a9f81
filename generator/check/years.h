// check_years: the yearly reports' references (measures to announcements,
// documents, plan projects and ITA indicators) and their stated figures.
#pragma once

#include "diagnostics.h"
#include "model.h"
#include "render/labels.h"

namespace prongsai {

// Errors: what a report names must exist.
void check_years(const Content& c, Diagnostics& diags);

// Warnings: every figure a report states that differs from the computed one
// (the same disagreements its pages show), made with the theme's words `l` as
// the pages are. Meaningful only without errors.
void check_year_figures(const Content& c, const Labels& l, Diagnostics& diags);

} // namespace prongsai
