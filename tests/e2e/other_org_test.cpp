// The generator knows no organisation: a second one, written with Thai digits.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

TEST_CASE("a second organisation, Mukdahan PAO, written and shown in Thai digits") {
    Workspace w("tests/fixtures/mukdahan");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(r.err == "");
    CHECK(r.out.starts_with("31 pages written, 0 warning(s), "));
    std::string home = read_file(w.path("site/index.html"));
    CHECK(home.find("องค์การบริหารส่วนจังหวัดมุกดาหาร") != std::string::npos);
    CHECK(home.find("ตากใบ") == std::string::npos);
    // Five projects, 120,000 baht a year, shown with Thai digits.
    CHECK(home.find("<td class=\"num\">๕</td><td class=\"amount\">๑๒๐,๐๐๐</td>") !=
          std::string::npos);
    CHECK(home.find("(พ.ศ. ๒๕๖๖–๒๕๗๐)") != std::string::npos);
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
