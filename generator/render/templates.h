// The theme: Mustache templates and static assets, read once per build.
#pragma once

#include "diagnostics.h"
#include "render/labels.h"

#include <filesystem>
#include <functional>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace prongsai {

using Data = kainjow::mustache::data;

// Where a page streamed in pieces goes (OutputWriter::write_streamed).
using Sink = std::function<void(std::string_view)>;

// A list of a page's data whose items are made one at a time, as the renderer
// enters each, and let go when it leaves it: the print view's list of every
// project would otherwise hold the whole plan's data at once. The page's data
// holds `placeholders` (any items) at the list's key; `make(i)` makes item i.
struct LazyList {
    const Data* placeholders = nullptr;
    std::function<Data(std::size_t)> make;
};

struct Theme {
    std::map<std::string, std::string> templates; // name (without .mustache) → source
    // The templates as written, before partials are put in place: parse
    // errors are reported against these, at their own lines.
    std::map<std::string, std::string> written;
    std::map<std::string, std::filesystem::path> template_files; // name → the file it came from
    std::string digest; // of the templates and labels: every page rendered depends on it
    // Path below assets/ → the file to copy; sorted, so output order is stable.
    std::map<std::string, std::filesystem::path> assets;
    // Asset → the content folder it must not lead out of (copied with
    // OutputWriter::copy_beneath); the program's own assets have none.
    std::map<std::string, std::filesystem::path> asset_roots;
    // The words the generator puts on pages (strings.toml), by dotted key;
    // load_theme made sure each of required_labels is there.
    Labels labels;
};

// The keys of strings.toml the pages use: a theme without one is an error.
inline constexpr const char* required_labels[] = {"nav.home",
                                                  "nav.plan",
                                                  "nav.budget",
                                                  "nav.projects",
                                                  "nav.announcements",
                                                  "nav.documents",
                                                  "nav.years",
                                                  "nav.reports",
                                                  "nav.search",
                                                  "search.kind_project",
                                                  "search.kind_document",
                                                  "search.kind_report",
                                                  "search.kind_page",
                                                  "site_map.title",
                                                  "nav.executives",
                                                  "nav.structure",
                                                  "nav.contact",
                                                  "nav.pages",
                                                  "nav.organisation",
                                                  "people.vacant",
                                                  "budget.no_budget",
                                                  "budget.no_budget_note",
                                                  "budget.not_run_in",
                                                  "budget.no_project_in",
                                                  "budget.chart_years",
                                                  "budget.chart_dimensions",
                                                  "plan.dimension",
                                                  "plan.mission",
                                                  "plan.number",
                                                  "plan.budget_title",
                                                  "plan.catalogue_title",
                                                  "plan.print",
                                                  "announcements.all",
                                                  "announcements.all_title",
                                                  "announcements.year_title",
                                                  "announcements.feed_title",
                                                  "announcements.page",
                                                  "announcements.number",
                                                  "announcements.notices",
                                                  "announcements.orders",
                                                  "announcements.news",
                                                  "documents.title",
                                                  "documents.file",
                                                  "documents.size",
                                                  "years.title",
                                                  "years.year_title",
                                                  "archive.title",
                                                  "archive.crumb",
                                                  "not_found.title",
                                                  "not_found.crumb",
                                                  "reports.unknown",
                                                  "reports.stated",
                                                  "reports.computed",
                                                  "reports.differs",
                                                  "reports.total",
                                                  "reports.column.number",
                                                  "reports.column.order",
                                                  "reports.column.dimension",
                                                  "reports.column.status",
                                                  "reports.column.note",
                                                  "reports.column.item",
                                                  "reports.column.planned",
                                                  "reports.column.budget_plan",
                                                  "reports.column.used",
                                                  "reports.column.percent",
                                                  "reports.column.percent_projects",
                                                  "reports.column.percent_budget",
                                                  "reports.column.mean",
                                                  "reports.column.indicator",
                                                  "reports.column.tool",
                                                  "reports.column.score",
                                                  "reports.status.done",
                                                  "reports.status.partly",
                                                  "reports.status.not_done",
                                                  "reports.status.planned",
                                                  "reports.status.planned_when",
                                                  "reports.status.unknown",
                                                  "reports.status.inferred",
                                                  "reports.state.done",
                                                  "reports.state.in_progress",
                                                  "reports.state.not_started",
                                                  "reports.state.cancelled",
                                                  "reports.state.not_recorded",
                                                  "reports.measures.title",
                                                  "reports.measures.caption",
                                                  "reports.measures.measure",
                                                  "reports.measures.method",
                                                  "reports.measures.unit",
                                                  "reports.measures.period",
                                                  "reports.measures.follow_up",
                                                  "reports.measures.result",
                                                  "reports.measures.suggestion",
                                                  "reports.measures.evidence",
                                                  "reports.measures.evidence_announcement",
                                                  "reports.measures.evidence_document",
                                                  "reports.measures.evidence_project",
                                                  "reports.measures.by_status",
                                                  "reports.measures.count",
                                                  "reports.measures.all",
                                                  "reports.measures.inferred",
                                                  "reports.progress.title",
                                                  "reports.progress.plan_here",
                                                  "reports.progress.plan_elsewhere",
                                                  "reports.progress.source",
                                                  "reports.progress.method",
                                                  "reports.progress.chart_projects",
                                                  "reports.progress.chart_budget",
                                                  "reports.progress.round",
                                                  "reports.progress.round_of_year",
                                                  "reports.progress.caption",
                                                  "reports.progress.done",
                                                  "reports.progress.budget_ordinance",
                                                  "reports.progress.rule_projects",
                                                  "reports.progress.rule_budget",
                                                  "reports.progress.rule_sum",
                                                  "reports.progress.rule_total_projects",
                                                  "reports.progress.rule_total_budget",
                                                  "reports.progress.plan_caption",
                                                  "reports.progress.plan_projects",
                                                  "reports.progress.plan_budget",
                                                  "reports.progress.rule_plan_projects",
                                                  "reports.progress.rule_plan_budget",
                                                  "reports.progress.rounds_caption",
                                                  "reports.progress.rounds_projects",
                                                  "reports.progress.rounds_budget",
                                                  "reports.progress.rounds_ordinance",
                                                  "reports.progress.ordinance_changed",
                                                  "reports.spending.title",
                                                  "reports.spending.period",
                                                  "reports.spending.method",
                                                  "reports.spending.unit",
                                                  "reports.spending.budget",
                                                  "reports.spending.transfer_in",
                                                  "reports.spending.transfer_out",
                                                  "reports.spending.committed",
                                                  "reports.spending.paid",
                                                  "reports.spending.remaining",
                                                  "reports.spending.rule_remaining",
                                                  "reports.spending.total",
                                                  "reports.spending.rule_sum",
                                                  "reports.spending.totals_disagree",
                                                  "reports.implementation.title",
                                                  "reports.implementation.as_of",
                                                  "reports.implementation.organisation",
                                                  "reports.implementation.district",
                                                  "reports.implementation.level",
                                                  "reports.implementation.chart",
                                                  "reports.implementation.rule_own",
                                                  "reports.implementation.own_differs",
                                                  "reports.implementation.over_100",
                                                  "reports.survey.title",
                                                  "reports.survey.method",
                                                  "reports.survey.item",
                                                  "reports.survey.chart",
                                                  "reports.survey.group_mean",
                                                  "reports.survey.overall",
                                                  "reports.ita.title",
                                                  "reports.ita.weights",
                                                  "reports.ita.no_weights",
                                                  "reports.ita.threshold",
                                                  "reports.ita.summary",
                                                  "reports.ita.value",
                                                  "reports.ita.score",
                                                  "reports.ita.rule_score",
                                                  "reports.ita.score_again",
                                                  "reports.ita.grade",
                                                  "reports.ita.grade_differs",
                                                  "reports.ita.highest",
                                                  "reports.ita.rule_highest",
                                                  "reports.ita.lowest",
                                                  "reports.ita.rule_lowest",
                                                  "reports.ita.indicators",
                                                  "reports.ita.rule_indicators",
                                                  "reports.ita.strengths",
                                                  "reports.ita.rule_strengths",
                                                  "reports.ita.weaknesses",
                                                  "reports.ita.rule_weaknesses",
                                                  "reports.ita.ranking",
                                                  "reports.ita.rank",
                                                  "reports.ita.indicator_number",
                                                  "reports.ita.questions",
                                                  "reports.ita.verdict",
                                                  "reports.ita.questions_gap",
                                                  "reports.ita.rule_rank",
                                                  "reports.ita.score_stated_again",
                                                  "reports.ita.score_from_table",
                                                  "reports.ita.score_twice",
                                                  "reports.ita.score_twice_where",
                                                  "reports.ita.strength",
                                                  "reports.ita.weakness",
                                                  "reports.ita.at_threshold",
                                                  "reports.ita.issues",
                                                  "reports.ita.issue",
                                                  "reports.ita.answers",
                                                  "reports.ita.measure",
                                                  "reports.ita.year",
                                                  "reports.ita.chart",
                                                  "reports.ita.threshold_line",
                                                  "reports.plan.title",
                                                  "reports.plan.plan",
                                                  "reports.plan.method",
                                                  "reports.plan.caption",
                                                  "reports.plan.done",
                                                  "reports.plan.chart",
                                                  "reports.plan.projects",
                                                  "reports.plan.project",
                                                  "oit.title",
                                                  "oit.crumb",
                                                  "oit.ok",
                                                  "oit.out_of_period",
                                                  "oit.missing",
                                                  "oit.outside",
                                                  "oit.csv_code",
                                                  "oit.csv_name",
                                                  "oit.csv_state",
                                                  "oit.csv_urls",
                                                  "data.title",
                                                  "data.description",
                                                  "data.keyword",
                                                  "data.fiscal_year",
                                                  "data.date",
                                                  "data.date_note",
                                                  "data.baht",
                                                  "data.score",
                                                  "data.percent",
                                                  "data.bytes",
                                                  "data.dimensions.caption",
                                                  "data.dimensions.number",
                                                  "data.dimensions.name",
                                                  "data.missions.caption",
                                                  "data.missions.code",
                                                  "data.missions.dimension",
                                                  "data.missions.name",
                                                  "data.projects.caption",
                                                  "data.projects.number",
                                                  "data.projects.dimension",
                                                  "data.projects.mission",
                                                  "data.projects.kind",
                                                  "data.projects.title",
                                                  "data.projects.unit",
                                                  "data.projects.budget_year",
                                                  "data.projects.budget_note",
                                                  "data.projects.budget_total",
                                                  "data.budget.caption",
                                                  "data.budget.dimension",
                                                  "data.budget.amount",
                                                  "data.targets.caption",
                                                  "data.targets.ita_score",
                                                  "data.targets.fewer_cases_percent",
                                                  "data.risks.caption",
                                                  "data.risks.number",
                                                  "data.risks.step",
                                                  "data.risks.risks",
                                                  "data.risks.level",
                                                  "data.risks.levels",
                                                  "data.risks.measures",
                                                  "data.risks.measure_numbers",
                                                  "data.announcements.caption",
                                                  "data.announcements.slug",
                                                  "data.announcements.kind",
                                                  "data.announcements.number",
                                                  "data.announcements.title",
                                                  "data.announcements.signer",
                                                  "data.announcements.path",
                                                  "data.documents.caption",
                                                  "data.documents.file",
                                                  "data.documents.title",
                                                  "data.documents.category",
                                                  "data.documents.size",
                                                  "data.documents.sha256",
                                                  "data.documents.path"};

// The templates every theme must have: the pages render with these names.
inline constexpr const char* required_templates[] = {
    "layout",          "home",          "plan",
    "budget",          "catalogue",     "project",
    "project_section", "print",         "row_plan",
    "row_budget",      "row_catalogue", "announcement",
    "announcements",   "documents",     "fiscal_year",
    "fiscal_years",    "archive_index", "not_found",
    "organisations",   "report_index",  "report_part",
    "search",          "site_map",      "content_page",
    "section",         "executives",    "structure",
    "contact",         "oit",           "open_data"};

// The one place that decides where theme `name` comes from, in this order:
//  1. CONTENT/themes/NAME/ — the site's own files, laid over the theme's file
//     by file (a site may also hold a whole theme there);
//  2. the program's themes: PREFIX/share/prongsai/themes/ beside an installed
//     program (PREFIX/bin/prongsai), else the themes/ folder of the source
//     tree the program was built from.
// Never the current folder: a command gives the same site wherever it runs.
struct ThemeFolders {
    std::filesystem::path site;    // CONTENT/themes/NAME (may not exist)
    std::filesystem::path program; // the program's theme NAME; empty when none
};
ThemeFolders theme_folders(const std::filesystem::path& content_root, const std::string& name,
                           const std::filesystem::path& program_dir);

// Every folder a theme may be read from (each CONTENT/themes/ and the
// program's themes/): what a build depends on and what `serve` watches.
std::vector<std::filesystem::path> theme_roots(const std::filesystem::path& content_root,
                                               const std::filesystem::path& program_dir);

// Reads theme `name` (see theme_folders). A missing template, a template that
// does not parse later (TemplateCache::check), or a stylesheet that refers to
// a file the theme does not have is an error.
// With `cache`, the program's theme is read once for every organisation.
class TemplateCache;
std::optional<Theme> load_theme(const std::filesystem::path& content_root, const std::string& name,
                                const std::filesystem::path& program_dir, Diagnostics& diags,
                                TemplateCache* cache = nullptr);

// Compiled templates for one thread (kainjow's renderer is not shared between
// threads).
class Templates {
  public:
    explicit Templates(const Theme& theme);
    // Renders template `name` with `data` (load_theme made sure it exists).
    std::string render(const std::string& name, const Data& data) const;
    // The same, with the items of `lazy` made as they are rendered, and each
    // piece handed to `sink` as soon as kainjow finishes its line. `overlay`
    // (when given) is looked up before `data`, as if its keys were set there.
    void render(const std::string& name, const Data& data, const LazyList& lazy, const Sink& sink,
                const Data* overlay = nullptr) const;

  private:
    mutable std::map<std::string, kainjow::mustache::mustache> compiled_;
};

// The templates of a whole build, each parsed once: kainjow takes about as long
// to parse a template as to render a page with it, and the organisations of a
// province mostly share one theme.
class TemplateCache {
  public:
    // Reports each template of `theme` that does not parse; false if any.
    bool check(const Theme& theme, Diagnostics& diags);
    // `theme`'s templates compiled for the calling thread.
    const Templates& for_this_thread(const Theme& theme);
    // The program's theme in `dir` (no site's files laid over it), read once a
    // build, and what reading it reported, said again to each asking: parsing
    // its strings.toml for each organisation was a tenth of a province's build.
    Theme program_theme(const std::filesystem::path& dir, Diagnostics& diags);

  private:
    std::mutex themes_mutex_;
    std::map<std::string, std::pair<Theme, Diagnostics>> program_themes_;
    std::mutex mutex_;
    std::set<std::string> valid_; // digests of sources that parse
    std::map<std::pair<std::string, std::thread::id>, std::unique_ptr<Templates>> compiled_;
};

} // namespace prongsai
