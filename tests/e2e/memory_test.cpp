// A big plan's build holds a few projects at a time, not the whole plan.
#include "harness.h"

#include <cstdint>
#include <doctest/doctest.h>
#include <fstream>
#include <regex>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

namespace {

// `count` projects: Tak Bai's 49 again and again, each under a number of its
// own. Returns the bytes of the project files.
std::uintmax_t make_plan(const Workspace& w, int count) {
    std::vector<std::string> originals;
    for (int k = 1; k <= 49; ++k) {
        char name[16];
        std::snprintf(name, sizeof name, "%02d.md", k);
        originals.push_back(read_file(w.path("content/plan/projects") / name));
    }
    static const std::regex number(R"(\nnumber = \d+\n)");
    for (int n = 50; n <= count; ++n)
        write_file(w.path("content/plan/projects") / (std::to_string(n) + ".md"),
                   std::regex_replace(originals[(n - 1) % 49], number,
                                      "\nnumber = " + std::to_string(n) + "\n",
                                      std::regex_constants::format_first_only));
    std::uintmax_t bytes = 0;
    for (const auto& e : fs::directory_iterator(w.path("content/plan/projects")))
        bytes += e.file_size();
    return bytes;
}

// The peak of the build alone, in KiB: measured in a child of its own, since
// this process's other children count in RUSAGE_CHILDREN too. On one thread,
// so that the peak does not depend on how two threads' work interleaves.
long build_peak_kib(const Workspace& w) {
    fs::path report = w.path("maxrss");
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        Run r = w.prongsai("build -j 1");
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
    CHECK(max_kib > 0);
    return max_kib;
}

} // namespace

TEST_CASE("a plan 4 times larger: the build's memory grows by less than 2.5 times the added text") {
    Workspace small, large;
    make_plan(small, 1000);
    std::uintmax_t large_bytes = make_plan(large, 4000);
    long small_kib = build_peak_kib(small);
    long large_kib = build_peak_kib(large);
    CHECK(read_file(large.path("site/plan/print.html")).find("id=\"project-4000\"") !=
          std::string::npos);
    double added_kib = static_cast<double>(large_bytes) * 3 / 4 / 1024;
    MESSAGE("peak " << small_kib << " KiB for 1,000 projects, " << large_kib
                    << " KiB for 4,000; the 3,000 added project files are " << added_kib << " KiB");
    if (sanitized_program()) {
        // A sanitizer's shadow memory and quarantine of freed blocks (256 MB
        // for ASan) say nothing of the program's own: the bounds hold for
        // real builds.
        MESSAGE("sanitizer build: not compared");
        return;
    }
    // With every body and snippet held from load to render, the peak grew
    // by 3.4 times the added Markdown (79,600 KiB here); with those in a
    // temporary file, by 2.0 times (47,104 KiB): what grows is each
    // project's facts, its words in the search index (about three quarters
    // of its text) and what the allocator keeps of them.
    CHECK(static_cast<double>(large_kib - small_kib) < 2.5 * added_kib);
    // 69,064 KiB for 1,000 projects here; 170 MB for 2,000 when the print
    // view was one string and every project's data and body were held at once.
    CHECK(small_kib < 100 * 1024);
}
