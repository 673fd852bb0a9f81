#include "check/years.h"

#include "derive/years.h"

#include <algorithm>
#include <set>

namespace prongsai {

void check_years(const Content& c, Diagnostics& diags) {
    std::set<std::string> announcements, documents;
    std::set<int> projects;
    for (const auto& a : c.announcements)
        announcements.insert(a.slug);
    // A file that could not be read has had its error: what names it is not
    // wrong too.
    announcements.insert(c.unreadable_announcements.begin(), c.unreadable_announcements.end());
    for (const auto& d : c.documents)
        documents.insert(d.file);
    for (const auto& p : c.plan.projects)
        projects.insert(p.number);
    for (const auto& r : c.reports) {
        // The ITA a measure answers: the assessment of its year or the year before.
        const ItaResults* ita = nullptr;
        for (const auto& other : c.reports)
            if (other.ita && (other.year == r.year || other.year + 1 == r.year)) ita = &*other.ita;
        std::set<int> numbers;
        for (const auto& m : r.measures) {
            if (!numbers.insert(m.number).second)
                diags.error(m.loc,
                            "measure number " + std::to_string(m.number) +
                                " is used twice in this file; number the measures 1, 2, 3 …");
            for (const auto& slug : m.announcements)
                if (!announcements.count(slug))
                    diags.error(m.announcements_loc, "there is no announcement \"" + slug +
                                                         "\" (announcements/" + slug + ".md)");
            for (const auto& file : m.documents)
                if (!c.documents_unreadable && !documents.count(file))
                    diags.error(m.documents_loc, "there is no document \"" + file +
                                                     "\" listed in documents/documents.toml");
            for (int n : m.projects)
                if (!c.plan.unreadable && !c.plan.unreadable_projects && !projects.count(n))
                    diags.error(m.projects_loc,
                                "there is no project number " + std::to_string(n) +
                                    " in plan/projects; name the plan's project by its number "
                                    "(ลำดับที่), or leave it out when the measure is not one of "
                                    "the plan's projects");
            for (int n : m.indicators) {
                bool found =
                    ita && std::any_of(ita->indicators.begin(), ita->indicators.end(),
                                       [&](const ItaIndicator& i) { return i.number == n; });
                if (!found)
                    diags.error(m.indicators_loc,
                                "there is no ITA indicator " + std::to_string(n) + " in years/" +
                                    std::to_string(r.year) + "/ita.toml or years/" +
                                    std::to_string(r.year - 1) +
                                    "/ita.toml; name the indicators by their numbers there");
            }
        }
        std::set<int> recorded;
        for (const auto& ps : r.project_status) {
            if (!recorded.insert(ps.number).second)
                diags.error(ps.loc, "project " + std::to_string(ps.number) +
                                        " is recorded twice for " + std::to_string(r.year));
            auto p = std::find_if(c.plan.projects.begin(), c.plan.projects.end(),
                                  [&](const Project& x) { return x.number == ps.number; });
            if (p == c.plan.projects.end())
                diags.error(ps.loc, "there is no project number " + std::to_string(ps.number) +
                                        " in plan/projects");
            else if (!p->budget.count(r.year))
                diags.error(ps.loc, "project " + std::to_string(ps.number) + " does not run in " +
                                        std::to_string(r.year) + " (its [budget] has no " +
                                        std::to_string(r.year) +
                                        "); add the year there, or record it in its own year");
        }
        if (r.progress)
            for (const auto& round : r.progress->rounds) {
                std::set<int> dims;
                for (const auto& row : round.rows) {
                    if (!dims.insert(row.dimension).second)
                        diags.error(row.loc, "dimension " + std::to_string(row.dimension) +
                                                 " appears twice in this round");
                    if (row.planned && row.done && *row.done > *row.planned)
                        diags.warning(row.loc, "dimension " + std::to_string(row.dimension) +
                                                   ": more projects done (" +
                                                   std::to_string(*row.done) + ") than planned (" +
                                                   std::to_string(*row.planned) + ")");
                }
            }
        if (r.ita) {
            std::set<int> seen;
            for (const auto& i : r.ita->indicators)
                if (!seen.insert(i.number).second)
                    diags.error(i.loc,
                                "indicator " + std::to_string(i.number) +
                                    " appears twice; each [[indicators]] has its own number");
            const ItaYear* weights = nullptr;
            for (const auto& y : c.ita_years)
                if (y.year == r.ita->assessment_year) weights = &y;
            if (!weights)
                diags.warning(r.ita->loc,
                              "prongsai has no ITA weights for the assessment year " +
                                  std::to_string(r.ita->assessment_year) +
                                  "; the overall score is shown as stated, not recomputed "
                                  "(add the year to generator/data/ita_years.toml)");
            else
                for (const auto& i : r.ita->indicators)
                    for (const auto& tool : weights->tools)
                        if (std::find(tool.indicators.begin(), tool.indicators.end(), i.number) !=
                                tool.indicators.end() &&
                            tool.tool != i.tool)
                            diags.error(i.loc, "indicator " + std::to_string(i.number) +
                                                   " belongs to " + tool.tool + " in the ITA of " +
                                                   std::to_string(weights->year) + ", not " +
                                                   i.tool + "; write tool = \"" + tool.tool + "\"");
        }
    }
}

void check_year_figures(const Content& c, const Labels& l, Diagnostics& diags) {
    for (const auto& r : c.reports)
        for (const auto& part : report_parts(c, r, l, Digits::arabic))
            for (const auto& table : part.tables)
                for (const auto& row : table.rows)
                    for (const auto& cell : row.cells)
                        if (!cell.warning.empty()) diags.warning(cell.loc, cell.warning);
}

} // namespace prongsai
