// The generator knows no organisation: a second one, written with Thai digits.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

TEST_CASE("a second organisation, Mukdahan PAO, written and shown in Thai digits") {
    Workspace w("tests/fixtures/mukdahan");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    // The whole plan as `prongsai import` reads it: 41 projects, and the
    // document's own contradictions (the foreword's counts, the summary's
    // totals, a project written twice, words of a เทศบาล and of an อบต., two
    // amounts stated for the whole period but read as a year's).
    CHECK(r.out.starts_with("67 pages written, 37 warning(s), "));
    CHECK(r.err.find("content/plan/projects/21.md:11:1: warning: the document states 30,000 "
                     "baht for the whole period but [budget] adds up to 150,000 baht; ") !=
          std::string::npos);
    // The foreword counts 21 projects in dimension 2 and 4 in dimension 3;
    // its pages are 22 and 5.
    CHECK(r.err.find("content/plan/plan.toml:117:1: warning: dimension 2 states 21 projects but "
                     "has 22; the pages show both\n"
                     "    stated_projects = 21\n"
                     "    ^\n"
                     "content/plan/plan.toml:170:1: warning: dimension 3 states 4 projects but "
                     "has 5; the pages show both\n"
                     "    stated_projects = 4\n"
                     "    ^\n") != std::string::npos);
    // The summary's grand total against the projects' budgets.
    CHECK(r.err.find("content/plan/plan.toml:21:12: warning: the plan states 150,000 baht for "
                     "2566 but its projects add up to 170,000 baht; the pages show both\n") !=
          std::string::npos);
    std::string home = read_file(w.path("site/index.html"));
    CHECK(home.find("องค์การบริหารส่วนจังหวัดมุกดาหาร") != std::string::npos);
    CHECK(home.find("ตากใบ") == std::string::npos);
    // Both figures shown, in Thai digits.
    CHECK(home.find("<td class=\"num\">ตามเอกสาร ๒๑ / คำนวณได้ ๒๒</td>") != std::string::npos);
    CHECK(home.find("<td class=\"num\">ตามเอกสาร ๔ / คำนวณได้ ๕</td>") != std::string::npos);
    CHECK(home.find("<tfoot><tr><th scope=\"row\">รวม</th><td class=\"num\">๔๑</td><td "
                    "class=\"amount differs\">ตามเอกสาร ๑๕๐,๐๐๐ / คำนวณได้ ๑๗๐,๐๐๐</td>") !=
          std::string::npos);
    CHECK(home.find("(พ.ศ. ๒๕๖๖–๒๕๗๐)") != std::string::npos);
    int projects = 0;
    for (const auto& e : fs::directory_iterator(w.path("site/plan/projects")))
        projects += e.path().filename() != "index.html";
    CHECK(projects == 41);
}

TEST_CASE("no organisation's name or number in the code or the theme") {
    int files = 0;
    for (const char* dir : {"generator", "themes"})
        for (const auto& e : fs::recursive_directory_iterator(source_dir() / dir)) {
            if (!e.is_regular_file()) continue;
            std::string text = read_file(e.path());
            for (const char* word : {"ตากใบ", "Tak Bai", "TakBai", "มุกดาหาร", "นราธิวาส", "360000",
                                     "360,000", "แม่จะเรา", "แม่จะรา", "Mae Chara", "92.68"})
                CHECK_MESSAGE(text.find(word) == std::string::npos, e.path().filename()
                                                                        << ": " << word);
            ++files;
        }
    CHECK(files > 20);
}
