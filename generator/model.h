// The content model: plain structs filled by load, read by every later stage.
#pragma once

#include "diagnostics.h"
#include "digest.h"
#include "images.h"
#include "text_store.h"
#include "years.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// A Buddhist-Era calendar date.
struct Date {
    int year = 0; // พ.ศ.
    int month = 0;
    int day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

// Money in satang (1/100 baht), so sums are exact.
using Satang = std::int64_t;

// Budget per fiscal year (พ.ศ.). A year with 0 runs without budget; a year that
// is absent is a year the project does not run. The two must stay different.
using YearBudget = std::map<int, Satang>;
// A budget a document states, per fiscal year, with where it says so.
using StatedBudget = std::map<int, std::pair<Satang, SourceLoc>>;

struct Organisation {
    std::string name;
    std::string type; // เทศบาลเมือง, เทศบาลตำบล, อบต., อบจ.
    SourceLoc type_loc;
    SourceLoc name_loc, district_loc, province_loc; // for the placeholders `init` writes
    // The organisation's own look: its logo (a file below organisation/) and
    // the colour its links and marks take, "#rrggbb"; empty for the theme's.
    std::string logo;
    std::string logo_alt;
    std::string accent;
    SourceLoc logo_loc, accent_loc;
    std::string district;
    std::string province;
    std::string address;
    std::string phone;
    std::string email;
    std::string executive_name;
    std::string executive_title;
    // The contact page: office hours as the organisation words them, a map
    // that loads nothing from another host (a link out, or an image of its own).
    std::string office_hours;
    std::string map_url;   // https:// address of a map service, opened by the reader
    std::string map_image; // a file below organisation/, published as it is
    std::string map_alt;
    SourceLoc map_image_loc;
};

enum class Digits { arabic, thai };

struct SiteConfig {
    std::string title;
    std::string language = "th";
    std::string base_path = "/";
    std::string theme = "default";
    Digits digits = Digits::arabic;
    bool allow_raw_html = false;
    std::string url; // absolute address of the published site, for feeds and the sitemap
    std::optional<Date> updated; // "last updated" on every page; else the latest date in content
    int page_size = 10;          // announcements a list page
    // [oit_links]: for an OIT item a static site cannot serve (Q&A, E-Service…),
    // the address of the outside service, by assessment year and item code.
    std::map<int, std::map<std::string, std::pair<std::string, SourceLoc>>> oit_links;
    std::string licence, licence_url, source; // open data: [open_data] of site.toml
    Organisation organisation;
    SourceLoc loc;
};

struct Item { // a sub-item of a mission, e.g. 1.1.1
    std::string code;
    std::string name;
    bool inferred = false; // the document leaves it out: taken from the national template
    SourceLoc loc, name_loc;
};

struct Mission { // ภารกิจ, e.g. 1.1
    std::string code;
    std::string name;
    bool inferred = false; // the document leaves it out: taken from the national template
    std::vector<Item> items;
    SourceLoc loc, name_loc;
};

struct Dimension { // มิติ 1..4
    int number = 0;
    std::string name;
    bool inferred = false; // the document leaves it out: taken from the national template
    SourceLoc name_loc;
    std::vector<Mission> missions;
    std::optional<int> stated_projects;
    StatedBudget stated_budget;
    SourceLoc loc;
    SourceLoc stated_projects_loc;
};

struct Target {
    int year = 0;
    std::optional<double> ita_score;
    std::optional<double> fewer_cases_percent;
};

struct Risk {
    int number = 0;
    std::string step;
    std::vector<std::string> risks;
    std::string level;               // the row's level; may be empty when each risk has one
    std::vector<std::string> levels; // one per risk, or empty
    std::vector<std::string> measures;
    std::vector<int> measure_numbers; // as the document numbers them, or empty: 1, 2, 3 …
    SourceLoc loc, step_loc, measure_numbers_loc;
    std::vector<SourceLoc> risk_locs, measure_locs;
};

// The risk table's own column headings, where the document words them
// differently from the theme; empty: the theme's.
struct RiskColumns {
    std::string number, step, risks, level, measures;
};

// Sequence numbers run 1, 2, 3 …; a plan has tens of projects, a province's
// biggest a few hundred.
inline constexpr int max_project_number = 99'999;

struct Project {
    std::string slug;   // file name without .md; the page is projects/<slug>.html
    std::string source; // path shown in diagnostics
    int number = 0;     // ลำดับที่
    int dimension = 0;
    std::string mission;
    std::vector<std::string> items;
    std::string kind; // โครงการ, กิจกรรม, มาตรการ
    std::string title;
    std::string unit;
    std::string target_group;
    std::string period;
    YearBudget budget;
    std::map<int, SourceLoc> budget_locs;
    // A budget the document states for the whole period, not per year, and
    // in words how the clerk read it into [budget].
    std::optional<Satang> period_budget;
    std::string budget_reading;
    SourceLoc period_budget_loc;
    std::string body_markdown; // until load keeps it in Content::kept: read it with Content::body
    std::optional<TextStore::Ref> body_kept;
    std::string body_digest;  // set when kept
    std::string front_digest; // of the front matter: what list pages depend on
    OitRefs oit;
    int body_line = 1; // line of the body's first line in the file
    SourceLoc loc;     // the front matter
    SourceLoc number_loc, dimension_loc, mission_loc;
    SourceLoc title_loc, unit_loc, target_group_loc, period_loc;
    std::vector<SourceLoc> item_locs;
};

struct Plan {
    std::string title;
    int first_year = 0;
    int last_year = 0;
    std::optional<Date> announced;
    std::string signer;
    std::string signer_title;
    std::string prepared;
    std::optional<int> stated_projects;
    SourceLoc stated_projects_loc;
    StatedBudget stated_budget;
    std::vector<Target> targets;
    std::vector<Risk> risks;
    RiskColumns risk_columns;
    // Another way the document writes a responsible unit, by that way: the
    // name the catalogue lists it under.
    std::map<std::string, std::string> unit_aliases;
    std::map<std::string, SourceLoc> unit_alias_locs; // each alias's line
    SourceLoc unit_aliases_loc;
    std::vector<Dimension> dimensions;
    std::string intro_markdown;
    std::vector<Project> projects;    // sorted by number after load
    bool unreadable_projects = false; // some project file could not be read
    bool unreadable = false;          // plan.toml itself could not be read
    SourceLoc loc;
};

// A document published on the portal: a file under documents/ and its metadata.
struct Document {
    std::string file; // path below documents/, '/'-separated
    std::string title;
    std::string category;
    int fiscal_year = 0;
    std::optional<Date> date;
    std::string description;
    std::vector<int> projects;              // project numbers it belongs to
    std::vector<std::string> announcements; // announcement slugs it belongs to
    std::uintmax_t size = 0;                // bytes, read at load
    std::string sha256;                     // hex, read at load
    OitRefs oit;
    SourceLoc loc, projects_loc, announcements_loc;
};

// A photo a page shows in its gallery (an activity, the evidence of a
// measure carried out), by its path in the content folder.
struct GalleryPhoto {
    std::string file; // e.g. "photos/2565/cleanup-1.jpg"
    std::string alt;  // what it shows, for those who cannot see it
    std::string caption;
    SourceLoc loc;
};

// ประกาศ, คำสั่ง or ข่าวประชาสัมพันธ์.
struct Announcement {
    std::string slug;   // file name without .md; the page is announcements/<slug>.html
    std::string source; // path shown in diagnostics
    std::string kind;
    std::string number; // e.g. 152/2564; may be empty
    std::string title;
    SourceLoc title_loc;
    // Absent when the source gives none: shown as unknown, never made up.
    std::optional<Date> date;
    std::string signer;
    std::string signer_title;
    std::vector<std::string> attachments; // document files
    bool pinned = false;
    OitRefs oit;
    std::vector<GalleryPhoto> photos;
    std::string body_markdown; // as a project's
    std::optional<TextStore::Ref> body_kept;
    std::string body_digest;
    int body_line = 1;
    std::string front_digest;
    SourceLoc loc, attachments_loc;
};

// A page of the organisation's own (pages/**.md): basic information, the
// complaint channels, the executive's statement of integrity …
struct ContentPage {
    std::string slug;    // path below pages/ without .md, '/'-separated; "index" names a section
    std::string section; // its folder below pages/ ("" for pages/ itself), '/'-separated
    bool is_section = false; // an index.md: the title and text of its folder's page
    std::string source;      // path shown in diagnostics
    std::string title;
    std::string menu_title;   // shorter words for the menu; the title when empty
    std::optional<Date> date; // when it was written or published
    std::optional<Date> as_of; // "ข้อมูล ณ วันที่": the day its facts were true
    std::string menu;          // the menu group it joins; empty for none
    int menu_order = 0;        // its place in that group, smallest first
    OitRefs oit;               // the OIT items it is evidence for, by year
    std::vector<std::string> attachments; // document files, listed in documents.toml
    std::vector<GalleryPhoto> photos;
    std::string body_markdown; // as a project's
    std::optional<TextStore::Ref> body_kept;
    std::string body_digest;
    int body_line = 1;
    std::string front_digest;
    SourceLoc loc, menu_loc, attachments_loc;
};

// An entry of the menu as content writes it: a built-in page's key ("plan"),
// a content page ("pages/about.md") or a section ("pages/integrity/").
struct MenuEntry {
    std::string target;
    SourceLoc loc;
};
struct MenuGroup {
    std::string title; // empty: its entries are shown as plain links
    std::vector<MenuEntry> entries;
    SourceLoc loc;
};

// The menu as pages show it, resolved against the pages that exist.
struct NavLink {
    std::string key; // what a page names to be marked current: "plan", "page:about" …
    std::string label;
    std::string href; // relative to the site's root
};
struct NavGroup {
    std::string title;
    std::vector<NavLink> links;
};

// The organisation's people and units (organisation/people.toml).
struct Unit {
    std::string id;
    std::string name;
    std::string parent; // id of the unit it belongs to; empty at the top
    SourceLoc loc, parent_loc;
};
struct Person {
    std::string name; // empty when the position is vacant
    std::string position;
    std::string unit; // id of its unit; empty for none
    bool executive = false;
    bool vacant = false; // "ตำแหน่งว่าง"
    std::string phone;
    std::string email;
    std::string photo; // a file below organisation/
    std::string photo_alt;
    SourceLoc loc, unit_loc, photo_loc;
};
// A path below organisation/, as people.toml and site.toml write photos, in
// the content folder.
inline std::string organisation_photo(const std::string& file) {
    return "organisation/" + file;
}

struct People {
    std::vector<Unit> units; // in the order written
    std::vector<Person> people;
    std::string note;        // what the structure page says of its sources (e.g. partly known)
    bool present = false;    // organisation/people.toml exists
    bool unreadable = false; // it exists but could not be read
};

struct Content {
    std::string root; // the content folder
    SiteConfig site;
    bool site_unreadable = false; // site.toml could not be read: its error is the one said
    // false when there is no plan/ folder: an organisation may publish its
    // yearly reports before (or without) a plan in this template; the plan's
    // pages are then not built, rather than built from an empty plan.
    bool has_plan = true;
    Plan plan;
    std::vector<Announcement> announcements;           // newest first (pinned or not)
    std::vector<std::string> unreadable_announcements; // slugs of files with errors
    std::vector<Document> documents;                   // in catalogue order
    bool documents_unreadable =
        false;                       // documents.toml could not be read: its error is the one said
    std::vector<int> archived_years; // frozen portals under archive/, oldest first
    std::vector<std::string> archive_manifests; // SHA-256 of each one's MANIFEST.sha256
    int frozen_year = 0;                        // set while `prongsai archive` renders that year
    std::vector<FiscalYearReport> reports;      // years/YYYY/, oldest first
    std::vector<ItaYear> ita_years;             // the ITA weights the program ships
    std::vector<OitYear> oit_years;             // the OIT item lists the program ships
    std::vector<ContentPage> pages;             // pages/**.md, sorted by slug
    std::vector<std::string> unreadable_pages;  // slugs of page files with errors
    std::vector<MenuGroup> menu;                // menu.toml; empty: the default menu
    bool has_menu_file = false;
    bool menu_unreadable = false; // menu.toml could not be read
    std::vector<NavGroup> nav;    // the menu resolved (build::prepare), what pages show
    People people;
    // Photos as published (build::prepare, when it writes), by their path in
    // the content folder ("organisation/photos/mayor.jpg").
    std::map<std::string, PublishedImage> images;
    // Everything loaded except the bodies of projects and announcements: a
    // change here may touch any page; a body change only its own page.
    std::string shared_digest;
    // Texts kept out of memory from load until each is needed: the bodies of
    // projects, announcements and pages, and the search index's texts
    // (shared: a Content may be copied).
    std::shared_ptr<TextStore> kept = std::make_shared<TextStore>();

    // A project's, announcement's or page's Markdown body.
    template <class Page> std::string body(const Page& p) const {
        return p.body_kept ? kept->read(*p.body_kept) : p.body_markdown;
    }
    // What its page's key depends on.
    template <class Page> std::string body_digest(const Page& p) const {
        return p.body_kept ? p.body_digest : digest_of(p.body_markdown);
    }
};

} // namespace prongsai

namespace prongsai {

struct AnnouncementKind {
    const char* name; // as written in content
    const char*
        slug; // its folder under announcements/; the theme's "announcements.SLUG" heads its list
};

// The kinds of announcement a portal publishes, in the order lists show them.
inline constexpr AnnouncementKind announcement_kinds[] = {
    {"ประกาศ", "notices"},
    {"คำสั่ง", "orders"},
    {"ข่าวประชาสัมพันธ์", "news"},
};

} // namespace prongsai
