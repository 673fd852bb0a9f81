// One build for a whole province: each organisation in its own sub-folder.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

TEST_CASE("several organisations: a sub-folder each and an index grouped by district") {
    Workspace w;
    fs::create_directories(w.path("province"));
    fs::rename(w.path("content"), w.path("province/takbai"));
    fs::copy(source_dir() / "tests/fixtures/mukdahan", w.path("province/mukdahan"),
             fs::copy_options::recursive);
    Run r = w.prongsai("build province -o site");
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out.starts_with("99 pages written, 0 warning(s), ")); // 75 + 23 + the index
    CHECK(fs::exists(w.path("site/takbai/plan/projects/49.html")));
    CHECK(fs::exists(w.path("site/mukdahan/plan/projects/05.html")));
    CHECK(fs::exists(w.path("site/takbai/assets/style.css")));
    CHECK(fs::exists(w.path("site/assets/style.css")));
    std::string index = read_file(w.path("site/index.html"));
    // Districts in Thai order: ตากใบ before เมืองมุกดาหาร.
    auto takbai = index.find("<h2>อำเภอตากใบ</h2>");
    auto mukdahan = index.find("<h2>อำเภอเมืองมุกดาหาร</h2>");
    CHECK(takbai < mukdahan);
    CHECK(mukdahan != std::string::npos);
    CHECK(index.find("<a href=\"takbai/index.html\">เทศบาลเมืองตากใบ</a>") != std::string::npos);
    CHECK(index.find("<a href=\"mukdahan/index.html\">องค์การบริหารส่วนจังหวัดมุกดาหาร</a>") !=
          std::string::npos);

    // One organisation's error fails the build and leaves the published site alone.
    auto before = snapshot(w.path("site"));
    std::string p = read_file(w.path("province/mukdahan/plan/projects/01.md"));
    p.replace(p.find("kind = \"มาตรการ\""), std::string("kind = \"มาตรการ\"").size(), "kind = 3");
    write_file(w.path("province/mukdahan/plan/projects/01.md"), p);
    Run bad = w.prongsai("build province -o site");
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.starts_with("province/mukdahan/plan/projects/01.md:"));
    CHECK(bad.err.find("error: 'kind' must be text in quotes") != std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
}
