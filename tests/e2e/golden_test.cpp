// One page of each kind, compared byte for byte with tests/golden/: any change
// to what a page shows is seen in review as a diff of these files.
// PRONGSAI_UPDATE_GOLDEN=1 ./build/tests/e2e_tests -tc='golden*' writes them
// anew from the current build; read the diff before committing it.
#include "harness.h"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The bundled site's page kinds, each by one page.
const char* const kinds[] = {
    "index.html",
    "plan/index.html",
    "plan/budget.html",
    "plan/projects/index.html",
    "plan/projects/07.html",
    "plan/print.html",
    "announcements/index.html",
    "announcements/notices/index.html",
    "announcements/2565/index.html",
    "announcements/2565-07-05-plan-2566-2570.html",
    "documents/index.html",
    "fiscal-years/index.html",
    "fiscal-years/2566.html",
    "404.html",
    "pages/index.html",
    "pages/integrity/index.html",
    "pages/integrity/complaints.html",
    "organisation/executives.html",
    "organisation/structure.html",
    "contact.html",
    "reports/index.html",
    "reports/2565/index.html",
    "reports/2565/measures.html",
    "reports/2565/progress.html",
    "reports/2565/spending.csv",
    "oit/index.html",
    "oit/2565/index.html",
    "oit/2565/print.html",
    "oit/2565/oit-2565.csv",
    "data/index.html",
    "data/datapackage.json",
    "data/projects.csv",
    "data/projects.json",
    "feed.xml",
    "robots.txt",
};

void compare(const fs::path& built, const fs::path& golden, const std::string& name) {
    std::string now = read_file(built);
    if (std::getenv("PRONGSAI_UPDATE_GOLDEN")) {
        write_file(golden, now);
        return;
    }
    REQUIRE_MESSAGE(fs::exists(golden),
                    "no golden file for " << name << "; run with PRONGSAI_UPDATE_GOLDEN=1");
    std::string expected = read_file(golden);
    if (now == expected) return;
    // The first differing line, so a failure says where without a diff tool.
    std::size_t at = 0;
    while (at < now.size() && at < expected.size() && now[at] == expected[at])
        ++at;
    std::size_t start = expected.rfind('\n', at);
    start = start == std::string::npos ? 0 : start + 1;
    FAIL_CHECK(name << " differs from tests/golden/ at byte " << at
                    << ":\n  golden: " << expected.substr(start, expected.find('\n', at) - start)
                    << "\n  built:  " << now.substr(start, now.find('\n', at) - start));
}

} // namespace

TEST_CASE("golden pages: one of each kind, byte for byte") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    for (const char* kind : kinds)
        compare(w.path("site") / kind, source_dir() / "tests/golden/site" / kind, kind);
}

TEST_CASE("golden pages: a province's index") {
    Workspace w;
    make_province(w, {"mukdahan"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    compare(w.path("site/index.html"), source_dir() / "tests/golden/province/index.html",
            "province/index.html");
    compare(w.path("site/mukdahan/plan/projects/01.html"),
            source_dir() / "tests/golden/province/mukdahan-project-01.html",
            "mukdahan/plan/projects/01.html (Thai digits)");
}
