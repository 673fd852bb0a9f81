// Where a theme comes from (theme_folders' one order), and what makes a theme
// unusable: a missing template, a stylesheet referring to a missing file.
#include "harness.h"

#include <doctest/doctest.h>
#include <sys/wait.h>

using namespace e2e;

namespace {

// Runs `command` in `dir`; its exit status.
int run_in(const fs::path& dir, const std::string& command) {
    std::string line = "cd '" + dir.string() + "' && " + command + " > /dev/null 2> stderr.txt";
    int status = std::system(line.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Makes the site's theme "plain", a copy of the default theme in
// content/themes/plain, for a test to take something out of; its folder.
fs::path plain_theme(const Workspace& w) {
    fs::create_directories(w.path("content/themes/plain"));
    fs::copy(source_dir() / "themes/default", w.path("content/themes/plain"),
             fs::copy_options::recursive);
    w.edit("site.toml", "theme = \"default\"", "theme = \"plain\"");
    return w.path("content/themes/plain");
}

} // namespace

TEST_CASE("an installed program uses its installed theme, and an edit there rebuilds the pages") {
    Workspace w;
    fs::path prefix = w.path("prefix");
    fs::create_directories(prefix / "bin");
    fs::copy_file(prongsai_bin(), prefix / "bin/prongsai");
    fs::create_directories(prefix / "share/prongsai/themes");
    fs::copy(source_dir() / "themes", prefix / "share/prongsai/themes",
             fs::copy_options::recursive);
    REQUIRE(run_in(w.dir(), "prefix/bin/prongsai build content -o site") == 0);
    fs::path project = prefix / "share/prongsai/themes/default/templates/project.mustache";
    write_file(project, "<p>installed theme</p>\n" + read_file(project));
    REQUIRE(run_in(w.dir(), "prefix/bin/prongsai build content -o site") == 0);
    CHECK(read_file(w.path("site/plan/projects/07.html")).find("<p>installed theme</p>") !=
          std::string::npos);
}

TEST_CASE("a themes folder in the current folder is not a theme") {
    Workspace w;
    fs::create_directories(w.path("themes/default/templates"));
    write_file(w.path("themes/default/templates/layout.mustache"), "not this theme\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(read_file(w.path("site/index.html")) != "not this theme\n");
    CHECK(read_file(w.path("site/index.html")).starts_with("<!DOCTYPE html>"));
}

TEST_CASE("a theme without a template the pages need is an error, and nothing is written") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    fs::remove(plain_theme(w) / "templates/budget.mustache");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err) ==
          "content/themes/plain/templates: error: theme \"plain\" has no template "
          "budget.mustache; every page kind needs its template (copy it from the default "
          "theme)\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a stylesheet that refers to a file the theme does not have is an error") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("content/themes/default/assets/extra.css"),
               "body {\n  background: url(\"images/missing.png\") no-repeat;\n}\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err) ==
          "content/themes/default/assets/extra.css:2:15: error: the stylesheet refers to "
          "images/missing.png, which the theme does not have (assets/images/missing.png); "
          "add the file or correct the name\n"
          "      background: url(\"images/missing.png\") no-repeat;\n"
          "                  ^\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("the default theme is complete: every file its stylesheet names is published") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    for (const char* f :
         {"sarabun-thai-400-normal.woff2", "sarabun-thai-700-normal.woff2",
          "sarabun-latin-400-normal.woff2", "sarabun-latin-700-normal.woff2", "OFL.txt"})
        CHECK(fs::file_size(w.path("site/assets/fonts") / f) > 0);
}

TEST_CASE("a template that includes a partial the theme does not have is an error at the tag") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("content/themes/default/templates/not_found.mustache"),
               "<h1>ไม่พบ</h1>\n<p>{{> _missing}}</p>\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/themes/default/templates/not_found.mustache:2:4: error: template "
                   "error: the partial _missing is not in the theme; a partial is a template "
                   "whose name starts with _, e.g. {{> _head}} includes _head.mustache\n"
                   "    <p>{{> _missing}}</p>\n"
                   "       ^\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
    // A site's own partial is used by the theme's templates that include it.
    fs::remove(w.path("content/themes/default/templates/not_found.mustache"));
    write_file(w.path("content/themes/default/templates/_head.mustache"),
               "<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex\">\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(read_file(w.path("site/plan/index.html"))
              .find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
}

TEST_CASE("a site's strings.toml changes the yearly reports' words: a heading and a status") {
    Workspace w;
    write_file(w.path("content/themes/default/strings.toml"),
               "[reports.progress]\ntitle = \"ผลการปฏิบัติตามแผน (ถ้อยคำของเทศบาล)\"\n"
               "[reports.status]\ndone = \"เสร็จสิ้น\"\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto has = [](const std::string& page, const std::string& s) {
        return page.find(s) != std::string::npos;
    };
    std::string progress = read_file(w.path("site/reports/2565/progress.html"));
    CHECK(has(progress, "<h1>ผลการปฏิบัติตามแผน (ถ้อยคำของเทศบาล)</h1>"));
    CHECK_FALSE(has(progress, "รายงานผลการนำแผนปฏิบัติการป้องกันการทุจริตไปปฏิบัติ"));
    std::string measures = read_file(w.path("site/reports/2565/measures.html"));
    CHECK(has(measures, "<td class=\" status-done\">เสร็จสิ้น</td>"));
    CHECK(has(measures, "<td class=\" status-done inferred\" data-label=\"สถานะ\">เสร็จสิ้น "
                        "(อนุมานจากผลการดำเนินการ)</td>"));
    CHECK_FALSE(has(measures, "status-done\">ดำเนินการแล้ว"));
    CHECK(has(read_file(w.path("site/reports/2565/measures-status.csv")), "\r\nเสร็จสิ้น,"));
    // The words the site does not change stay the default theme's.
    CHECK(has(measures, "<caption>จำนวนมาตรการตามสถานะ</caption>"));
}

TEST_CASE("a theme without one of the yearly reports' words is an error naming the key") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    plain_theme(w);
    w.edit("themes/plain/strings.toml", "ordinance_changed = ", "# ordinance_changed = ");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err) ==
          "content/themes/plain/strings.toml: error: theme \"plain\" has no text for "
          "reports.progress.ordinance_changed in strings.toml; add it (see the default theme's "
          "strings.toml)\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a site's strings.toml changes open data's titles; a theme without one is an error") {
    Workspace w;
    write_file(w.path("content/themes/default/strings.toml"),
               "[data.projects]\ncaption = \"รายการโครงการ (ถ้อยคำของเทศบาล)\"\n"
               "budget_year = \"เงินปี {year}\"\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string package = read_file(w.path("site/data/datapackage.json"));
    CHECK(package.find("\"title\": \"รายการโครงการ (ถ้อยคำของเทศบาล)\"") != std::string::npos);
    CHECK(package.find("\"title\": \"เงินปี 2566\"") != std::string::npos);
    CHECK(package.find("งบประมาณปี 2566") == std::string::npos);
    // The words the site does not change stay the default theme's.
    CHECK(package.find("\"title\": \"ชื่อโครงการ/กิจกรรม/มาตรการ\"") != std::string::npos);

    auto before = snapshot(w.path("site"));
    fs::remove(w.path("content/themes/default/strings.toml"));
    plain_theme(w);
    w.edit("themes/plain/strings.toml", "sha256 = ", "# sha256 = ");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err) ==
          "content/themes/plain/strings.toml: error: theme \"plain\" has no text for "
          "data.documents.sha256 in strings.toml; add it (see the default theme's "
          "strings.toml)\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}
