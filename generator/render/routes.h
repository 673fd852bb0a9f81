// Routes: the address of every page kind, relative to the site's root, written
// once. Pages are planned at these paths, links point at them, navigation and
// the link checker read them; nothing else spells a path of the site.
#pragma once

#include <string>

namespace prongsai::route {

inline constexpr const char* home = "index.html";
inline constexpr const char* plan = "plan/index.html";
inline constexpr const char* budget = "plan/budget.html";
inline constexpr const char* catalogue = "plan/projects/index.html";
inline constexpr const char* print = "plan/print.html";
inline constexpr const char* announcements = "announcements/index.html";
inline constexpr const char* library = "documents/index.html";
inline constexpr const char* fiscal_years = "fiscal-years/index.html";
inline constexpr const char* archive_index = "archive/index.html";
inline constexpr const char* reports = "reports/index.html";
inline constexpr const char* not_found = "404.html";
inline constexpr const char* feed = "feed.xml";
inline constexpr const char* search = "search.html";
inline constexpr const char* site_map = "sitemap.html";
// The search index's files (search/docs.js, search/t0.js …), below the organisation's root.
inline constexpr const char* search_index = "search/";
inline constexpr const char* oit = "oit/index.html";
inline constexpr const char* open_data = "data/index.html";
inline constexpr const char* datapackage = "data/datapackage.json";
inline constexpr const char* executives = "organisation/executives.html";
inline constexpr const char* structure = "organisation/structure.html";
inline constexpr const char* contact = "contact.html";

inline std::string project(const std::string& slug) {
    return "plan/projects/" + slug + ".html";
}
inline std::string announcement(const std::string& slug) {
    return "announcements/" + slug + ".html";
}
// The folder of an announcement list: all (""), a kind's slug, or a fiscal year.
inline std::string announcement_list(const std::string& key) {
    return key.empty() ? "announcements/" : "announcements/" + key + "/";
}
inline std::string document(const std::string& file) {
    return "documents/" + file;
}
inline std::string fiscal_year(int year) {
    return "fiscal-years/" + std::to_string(year) + ".html";
}
// The folder of a fiscal year's report (its index and one page a part).
inline std::string report_year(int year) {
    return "reports/" + std::to_string(year) + "/";
}
// A part of a year's report: "measures", "progress", "plan-progress",
// "spending", "survey", "implementation", "ita", or a table's own page.
inline std::string report_part(int year, const std::string& slug) {
    return report_year(year) + slug + ".html";
}
// The folder of an assessment year's OIT evidence index (index, print view, CSV).
inline std::string oit_year(int year) {
    return "oit/" + std::to_string(year) + "/";
}
inline std::string oit_year_index(int year) {
    return oit_year(year) + "index.html";
}
inline std::string oit_print(int year) {
    return oit_year(year) + "print.html";
}
inline std::string oit_csv(int year) {
    return oit_year(year) + "oit-" + std::to_string(year) + ".csv";
}
// A table of the site as data: data/NAME.csv and data/NAME.json.
inline std::string data_file(const std::string& name) {
    return "data/" + name;
}
// A content page (pages/SLUG.md); a section's slug ends in "index", so the
// page of folder pages/integrity/ is pages/integrity/index.html.
inline std::string page(const std::string& slug) {
    return "pages/" + slug + ".html";
}
// The page of folder pages/SECTION/ ("" for pages/ itself).
inline std::string section(const std::string& section) {
    return page(section.empty() ? "index" : section + "/index");
}
// A file of organisation/ (a person's photo, the map), published as it is.
inline std::string organisation_file(const std::string& file) {
    return "organisation/" + file;
}
// A processed photo (images.h): named by its content, so one photo used twice
// is published once.
inline std::string image(const std::string& file) {
    return "images/" + file;
}
// Page N of a list (announcements, documents) whose first page is FOLDER/index.html.
inline std::string list_page(const std::string& folder, int page) {
    return folder + (page == 1 ? "index.html" : "page-" + std::to_string(page) + ".html");
}
// The frozen portal of an archived year, and its tarball.
inline std::string archived_year(int year) {
    return "archive/" + std::to_string(year) + "/";
}
inline std::string archived_tarball(int year) {
    return "archive/" + std::to_string(year) + ".tar.gz";
}

} // namespace prongsai::route

namespace prongsai {

// The site's navigation, in order: a key (a page names the entry it belongs
// to; its label is the theme's "nav.KEY") and the route.
struct NavEntry {
    const char* key;
    const char* href;
};
inline constexpr NavEntry navigation[] = {
    {"home", route::home},
    {"plan", route::plan},
    {"budget", route::budget},
    {"projects", route::catalogue},
    {"announcements", route::announcements},
    {"documents", route::library},
    {"years", route::fiscal_years},
    {"reports", route::reports},
    {"search", route::search},
};

// Built-in pages a menu may name besides those of `navigation`: the
// organisation's people, its structure, how to reach it.
inline constexpr NavEntry organisation_navigation[] = {
    {"executives", route::executives},
    {"structure", route::structure},
    {"contact", route::contact},
};

} // namespace prongsai
