// A rebuild re-renders only what an edit touches, and gives the same bytes as
// a clean build.
#include "harness.h"

#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

// Rebuilds incrementally, builds clean elsewhere, and compares the two.
std::string rebuild_and_compare(const Workspace& w) {
    Run incremental = w.prongsai("build");
    REQUIRE(incremental.exit_code == 0);
    fs::remove_all(w.path("clean"));
    Run clean = w.prongsai("build --clean -o clean");
    REQUIRE(clean.exit_code == 0);
    CHECK(snapshot(w.path("site")) == snapshot(w.path("clean")));
    return incremental.out;
}

} // namespace

TEST_CASE("incremental rebuilds: edit, add, rename, delete; each equals a clean build") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);

    // Nothing changed: nothing rendered.
    CHECK(rebuild_and_compare(w).starts_with("95 pages written (0 rendered, 95 unchanged), "));

    // A page removed from the published site by hand is written again.
    fs::remove(w.path("site/plan/projects/03.html"));
    CHECK(rebuild_and_compare(w).starts_with("95 pages written (1 rendered, 94 unchanged), "));

    // A project's body: its page and the print view of the whole plan.
    w.edit("plan/projects/07.md", "## วัตถุประสงค์", "เพิ่มเติม\n\n## วัตถุประสงค์");
    CHECK(rebuild_and_compare(w).starts_with("95 pages written (2 rendered, 93 unchanged), "));
    CHECK(read_file(w.path("site/plan/projects/07.html")).find("<p>เพิ่มเติม</p>") !=
          std::string::npos);

    // An announcement's body: its page only.
    write_file(w.path("content/announcements/2564-11-17-plan-2565.md"),
               read_file(w.path("content/announcements/2564-11-17-plan-2565.md")) + "\nข่าวเพิ่ม\n");
    CHECK(rebuild_and_compare(w).starts_with("95 pages written (1 rendered, 94 unchanged), "));

    // A title (front matter) is on list pages: everything is rendered again.
    w.edit("plan/projects/07.md", "title = \"", "title = \"(ใหม่) ");
    CHECK(rebuild_and_compare(w).starts_with("95 pages written, "));

    // Add a project, rename one, delete one: pages appear and disappear.
    write_file(w.path("content/plan/projects/50.md"),
               std::regex_replace(read_file(w.path("content/plan/projects/49.md")),
                                  std::regex("number = 49"), "number = 50"));
    rebuild_and_compare(w);
    CHECK(fs::exists(w.path("site/plan/projects/50.html")));
    fs::rename(w.path("content/plan/projects/50.md"), w.path("content/plan/projects/fifty.md"));
    rebuild_and_compare(w);
    CHECK_FALSE(fs::exists(w.path("site/plan/projects/50.html")));
    CHECK(fs::exists(w.path("site/plan/projects/fifty.html")));
    fs::remove(w.path("content/plan/projects/fifty.md"));
    rebuild_and_compare(w);
    CHECK_FALSE(fs::exists(w.path("site/plan/projects/fifty.html")));

    // A theme change renders every page again.
    write_file(w.path("content/themes/default/templates/not_found.mustache"), "<h1>ไม่พบ</h1>\n");
    CHECK(rebuild_and_compare(w).starts_with("95 pages written, "));
}
