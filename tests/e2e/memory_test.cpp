// A big plan's build holds a few projects at a time, not the whole plan.
#include "harness.h"

#include <doctest/doctest.h>
#include <fstream>
#include <regex>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

TEST_CASE("a 2,000-project plan builds in a memory that does not hold every project at once") {
    Workspace w;
    // 2,000 projects: Tak Bai's 49 again and again, each under a number of its own.
    std::vector<std::string> originals;
    for (int k = 1; k <= 49; ++k) {
        char name[16];
        std::snprintf(name, sizeof name, "%02d.md", k);
        originals.push_back(read_file(w.path("content/plan/projects") / name));
    }
    static const std::regex number(R"(\nnumber = \d+\n)");
    for (int n = 50; n <= 2000; ++n)
        write_file(w.path("content/plan/projects") / (std::to_string(n) + ".md"),
                   std::regex_replace(originals[(n - 1) % 49], number,
                                      "\nnumber = " + std::to_string(n) + "\n",
                                      std::regex_constants::format_first_only));

    // The peak of the build alone: measured in a child of its own, since this
    // process's other children count in RUSAGE_CHILDREN too.
    fs::path report = w.path("maxrss");
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        Run r = w.prongsai("build -j 2");
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        std::ofstream(report) << r.exit_code << ' ' << usage.ru_maxrss;
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    int exit_code = -1;
    long max_kib = 0;
    std::ifstream(report) >> exit_code >> max_kib;
    CHECK(exit_code == 0);
    // About 60 MB now (15 MB of it the Markdown); 170 MB when the print view
    // was one string and every project's data and body were held at once.
    CHECK(max_kib > 0);
    if (sanitized_program()) {
        // A sanitizer's shadow memory and quarantine of freed blocks (256 MB
        // for ASan) say nothing of the program's own: the bound holds for real
        // builds.
        MESSAGE("sanitizer build: peak " << max_kib << " KiB, not compared");
    } else {
        // The search index adds the words and snippets of every page until it
        // is written: 120–130 MB peaks with -j 2 here, against 80–100 MB
        // without it. Holding every project at once was 170 MB before the
        // search index.
        CHECK(max_kib < 150 * 1024);
    }
    CHECK(read_file(w.path("site/plan/print.html")).find("id=\"project-2000\"") !=
          std::string::npos);
}
