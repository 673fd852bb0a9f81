// One build for a whole province: each organisation in its own sub-folder.
#include "harness.h"

#include <doctest/doctest.h>
#include <string>
#include <sys/stat.h>
#include <vector>

using namespace e2e;

TEST_CASE("several organisations: a sub-folder each and an index grouped by district") {
    Workspace w;
    make_province(w, {"mukdahan", "maechara"});
    Run r = w.prongsai("build province -o site");
    REQUIRE(r.exit_code == 0);
    // Mae Chara (003) has yearly reports and no plan, which a warning says.
    std::string no_plan = "province/maechara/plan: warning: there is no plan/ folder, so the "
                          "portal has no plan pages (plan, budget, projects); add plan/plan.toml "
                          "and plan/projects/*.md to publish the organisation's plan\n";
    std::string err = r.err;
    REQUIRE(err.find(no_plan) != std::string::npos);
    err.erase(err.find(no_plan), no_plan.size());
    // Mukdahan's plan contradicts itself (the foreword's counts, the summary's
    // totals, two amounts stated for a whole period…): 37 warnings of its own, as when it
    // is built alone.
    int mukdahan_warnings = 0;
    std::string rest;
    bool quoted = false;
    for (std::size_t start = 0, end; start < err.size(); start = end + 1) {
        end = err.find('\n', start);
        if (end == std::string::npos) end = err.size() - 1;
        std::string line = err.substr(start, end - start + 1);
        if (line.starts_with("province/mukdahan/") &&
            line.find(": warning: ") != std::string::npos) {
            ++mukdahan_warnings;
            quoted = true;
        } else if (!(quoted && line.starts_with("    "))) {
            quoted = false;
            rest += line;
        }
    }
    CHECK(mukdahan_warnings == 37);
    CHECK(only_year_warnings(rest));
    CHECK(r.out.starts_with("187 pages written, 49 warning(s), ")); // 95 + 67 + 24 + the index
    CHECK(fs::exists(w.path("site/maechara/reports/2565/ita.html")));
    CHECK_FALSE(fs::exists(w.path("site/maechara/plan")));
    CHECK(fs::exists(w.path("site/takbai/plan/projects/49.html")));
    CHECK(fs::exists(w.path("site/mukdahan/plan/projects/05.html")));
    CHECK(fs::exists(w.path("site/takbai/assets/style.css")));
    CHECK(fs::exists(w.path("site/assets/style.css")));
    // The theme's assets are written once and linked into each organisation's folder.
    CHECK(fs::equivalent(w.path("site/takbai/assets/style.css"),
                         w.path("site/mukdahan/assets/style.css")));
    CHECK(fs::equivalent(w.path("site/assets/style.css"), w.path("site/takbai/assets/style.css")));
    CHECK(read_file(w.path("site/mukdahan/assets/style.css")) ==
          read_file(source_dir() / "themes/default/assets/style.css"));
    CHECK_FALSE(fs::equivalent(w.path("site/takbai/documents/eplannacc-2564.csv"),
                               w.path("site/takbai/assets/style.css")));
    std::string index = read_file(w.path("site/index.html"));
    // Districts in Thai order: ตากใบ before เมืองมุกดาหาร.
    auto takbai = index.find("<h2>อำเภอตากใบ</h2>");
    auto mukdahan = index.find("<h2>อำเภอเมืองมุกดาหาร</h2>");
    CHECK(takbai < mukdahan);
    CHECK(mukdahan != std::string::npos);
    CHECK(index.find("<a href=\"takbai/index.html\">เทศบาลเมืองตากใบ</a>") != std::string::npos);
    CHECK(index.find("<a href=\"mukdahan/index.html\">องค์การบริหารส่วนจังหวัดมุกดาหาร</a>") !=
          std::string::npos);
    CHECK(index.find("<a href=\"maechara/index.html\">เทศบาลตำบลแม่จะเรา</a> <span class=\"kind\">"
                     "เทศบาลตำบล จังหวัดตาก · ไม่มีแผนในเว็บไซต์ · <a href=\"maechara/oit/2565/") !=
          std::string::npos);

    // One organisation's error fails the build and leaves the published site alone.
    auto before = snapshot(w.path("site"));
    std::string p = read_file(w.path("province/mukdahan/plan/projects/01.md"));
    p.replace(p.find("kind = \"มาตรการ\""), std::string("kind = \"มาตรการ\"").size(), "kind = 3");
    write_file(w.path("province/mukdahan/plan/projects/01.md"), p);
    Run bad = w.prongsai("build province -o site");
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("province/mukdahan/plan/projects/01.md:") != std::string::npos);
    CHECK(bad.err.find("error: 'kind' must be text in quotes") != std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
}

namespace {

ino_t inode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(stat(p.c_str(), &st) == 0);
    return st.st_ino;
}

// Rebuilds the province incrementally, builds it clean elsewhere, compares.
std::string rebuild_and_compare(const Workspace& w) {
    Run incremental = w.prongsai("build province -o site");
    REQUIRE(incremental.exit_code == 0);
    fs::remove_all(w.path("clean"));
    REQUIRE(w.prongsai("build province --clean -o clean").exit_code == 0);
    auto site = snapshot(w.path("site")), clean = snapshot(w.path("clean"));
    // The files that differ, named: this comparison has failed intermittently.
    std::string differ;
    for (const auto& [file, bytes] : site)
        if (!clean.count(file) || clean.at(file) != bytes) differ += " " + file;
    for (const auto& [file, bytes] : clean)
        if (!site.count(file)) differ += " " + file + "(only clean)";
    CHECK_MESSAGE(site == clean, "differ:" << differ);
    return incremental.out;
}

} // namespace

TEST_CASE("a province rebuilds only the organisations that changed") {
    Workspace w;
    make_province(w, {"mukdahan"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    {
        std::string said = rebuild_and_compare(w);
        CHECK_MESSAGE(said.starts_with("163 pages written (0 rendered, 163 unchanged), "), said);
    }

    // One project's body: that organisation's pages are rendered again, the
    // province's search too (what a search finds changed); the other
    // organisation's files are taken over as they are, the index page's bytes stay.
    std::string index_page = read_file(w.path("site/index.html"));
    ino_t other = inode_of(w.path("site/mukdahan/plan/projects/05.html"));
    fs::path project = w.path("province/takbai/plan/projects/07.md");
    write_file(project, read_file(project) + "\nเพิ่มเติม\n");
    {
        std::string said = rebuild_and_compare(w);
        CHECK_MESSAGE(said.starts_with("163 pages written (3 rendered, 160 unchanged), "), said);
    }
    CHECK(read_file(w.path("site/index.html")) == index_page);
    CHECK(inode_of(w.path("site/mukdahan/plan/projects/05.html")) == other);
    CHECK(read_file(w.path("site/takbai/plan/projects/07.html")).find("<p>เพิ่มเติม</p>") !=
          std::string::npos);

    // A change a search does not see (the organisation's own template): its
    // sub-folder alone is swapped in; the index and the province's search are not touched.
    ino_t index = inode_of(w.path("site/index.html"));
    ino_t search = inode_of(w.path("site/search/docs.js"));
    fs::create_directories(w.path("province/takbai/themes/default/templates"));
    write_file(w.path("province/takbai/themes/default/templates/project.mustache"),
               "<p class=\"own\">แม่แบบของตากใบ</p>\n" +
                   read_file(source_dir() / "themes/default/templates/project.mustache"));
    rebuild_and_compare(w);
    CHECK(inode_of(w.path("site/index.html")) == index);
    CHECK(inode_of(w.path("site/search/docs.js")) == search);
    CHECK(inode_of(w.path("site/mukdahan/plan/projects/05.html")) == other);
    CHECK(read_file(w.path("site/takbai/plan/projects/05.html")).find("แม่แบบของตากใบ") !=
          std::string::npos);
    fs::remove_all(w.path("province/takbai/themes"));

    // A name is on the index: the index is made again, the organisation too.
    fs::path site = w.path("province/mukdahan/site.toml");
    std::string text = read_file(site);
    std::string name = "name = \"องค์การบริหารส่วนจังหวัดมุกดาหาร\"";
    text.replace(text.find(name), name.size(), "name = \"อบจ.มุกดาหาร\"");
    write_file(site, text);
    rebuild_and_compare(w);
    CHECK(read_file(w.path("site/index.html")).find("อบจ.มุกดาหาร</a>") != std::string::npos);

    // An organisation added, then removed.
    fs::copy(w.path("province/mukdahan"), w.path("province/mukdahan2"),
             fs::copy_options::recursive);
    {
        std::string said = rebuild_and_compare(w);
        CHECK_MESSAGE(said.starts_with("230 pages written (68 rendered, 162 unchanged), "), said);
    }
    CHECK(fs::exists(w.path("site/mukdahan2/index.html")));
    fs::remove_all(w.path("province/mukdahan2"));
    rebuild_and_compare(w);
    CHECK_FALSE(fs::exists(w.path("site/mukdahan2")));

    // An error in the one organisation that changed: nothing is touched.
    auto before = snapshot(w.path("site"));
    write_file(project, read_file(project) + "\n[ลิงก์เสีย](99.md)\n");
    Run bad = w.prongsai("build province -o site");
    CHECK(bad.exit_code == 1);
    // After Mukdahan's own 37 warnings, which every build of the province gives.
    CHECK(bad.err.find("\nprovince/takbai/plan/projects/07.md:") != std::string::npos);
    CHECK(
        bad.err.ends_with("prongsai build: 1 error(s), 37 warning(s); the site was not changed\n"));
    CHECK(snapshot(w.path("site")) == before);
    CHECK_FALSE(fs::exists(w.path("site.prongsai-new")));
}

TEST_CASE("a province of one organisation builds, and rebuilds after an edit") {
    Workspace w;
    make_province(w, {});
    Run r = w.prongsai("build province -o site --clean");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.starts_with("96 pages written, 8 warning(s), "));
    fs::path project = w.path("province/takbai/plan/projects/07.md");
    write_file(project, read_file(project) + "\nเพิ่มเติม\n");
    {
        std::string said = rebuild_and_compare(w);
        CHECK_MESSAGE(said.starts_with("96 pages written (3 rendered, 93 unchanged), "), said);
    }
}

TEST_CASE("in a province, each organisation's own templates apply to it alone") {
    Workspace w;
    make_province(w, {"mukdahan"});
    fs::create_directories(w.path("province/mukdahan/themes/default/templates"));
    std::string project = read_file(source_dir() / "themes/default/templates/project.mustache");
    write_file(w.path("province/mukdahan/themes/default/templates/project.mustache"),
               "<p class=\"own\">แม่แบบของมุกดาหาร</p>\n" + project);
    Run r = w.prongsai("build province -o site -j 2");
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(w.path("site/mukdahan/plan/projects/05.html")).find("แม่แบบของมุกดาหาร") !=
          std::string::npos);
    CHECK(read_file(w.path("site/takbai/plan/projects/05.html")).find("แม่แบบของมุกดาหาร") ==
          std::string::npos);
    CHECK(read_file(w.path("site/takbai/plan/projects/05.html"))
              .find("<article class=\"project\">") != std::string::npos);
}
