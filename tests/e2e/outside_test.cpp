// Nothing outside the content folder is read or published: not through a
// link in a theme, and not through a link swapped in during a build.
#include "harness.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace e2e;

namespace {

// A built site, then a change that must fail the build at `file` and leave
// the site as it was.
void refused_at(Workspace& w, const std::string& file, const std::string& secret) {
    Run run = w.prongsai("build");
    CHECK(run.exit_code == 1);
    CHECK_MESSAGE(run.err.find(file + ": error: this file of the theme leads outside the content "
                                      "folder (a link?)") != std::string::npos,
                  run.err);
    for (const auto& file : snapshot(w.path("site")))
        CHECK_MESSAGE(file.second.find(secret) == std::string::npos, file.first);
}

} // namespace

TEST_CASE("a theme's asset that is a link out of the content folder is refused, not published") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("secret.txt"), "SECRET-ASSET-BYTES\n");
    fs::create_directories(w.path("content/themes/default/assets"));
    fs::create_symlink("../../../../secret.txt", w.path("content/themes/default/assets/x.txt"));
    refused_at(w, "content/themes/default/assets/x.txt", "SECRET-ASSET-BYTES");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a theme's template that is a link out of the content folder is refused, not read") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("secret.mustache"), "SECRET-TEMPLATE-TEXT {{{content}}}\n");
    fs::create_directories(w.path("content/themes/default/templates"));
    fs::create_symlink("../../../../secret.mustache",
                       w.path("content/themes/default/templates/not_found.mustache"));
    refused_at(w, "content/themes/default/templates/not_found.mustache", "SECRET-TEMPLATE-TEXT");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a theme's file that is a link to a file inside the content folder is followed") {
    Workspace w;
    fs::create_directories(w.path("content/themes/default/assets"));
    fs::create_symlink("../../../documents/eplannacc-2564.csv",
                       w.path("content/themes/default/assets/data.csv"));
    Run run = w.prongsai("build");
    CHECK_MESSAGE(run.exit_code == 0, run.err);
    CHECK(read_file(w.path("site/assets/data.csv")) ==
          read_file(w.path("content/documents/eplannacc-2564.csv")));
}

TEST_CASE("plan/intro.md and site.toml that are links out of the content folder are refused") {
    for (const char* rel :
         {"plan/intro.md", "site.toml", "announcements/2564-152-order-duties.md"}) {
        Workspace w;
        fs::path file = w.path(std::string("content/") + rel);
        fs::rename(file, w.path("outside"));
        fs::create_symlink(fs::absolute(w.path("outside")), file);
        Run run = w.prongsai("build");
        CHECK(run.exit_code == 1);
        CHECK_MESSAGE(run.err.find(std::string("content/") + rel +
                                   ": error: this file leads outside the content folder") !=
                          std::string::npos,
                      run.err);
        CHECK(!fs::exists(w.path("site")));
    }
}

// A listed document swapped for a link to an outside file, back and forth,
// while the site is built: the published file is the document itself, with
// the SHA-256 its page shows, or the build fails; never the outside file.
TEST_CASE("a document swapped for a link during a build never publishes the outside file") {
    const std::string doc = "content/documents/eplannacc-2564.csv";
    int published_outside = 0, failed = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        Workspace w;
        std::string original = read_file(w.path(doc));
        std::string outside = read_file("/etc/hostname");
        REQUIRE(original != outside);
        fs::create_hard_link(w.path(doc), w.path("original.csv"));
        std::atomic<bool> done{false};
        std::thread swapper([&] {
            for (int swap = 0; swap < 200 && !done; ++swap) {
                fs::path link = w.path("content/documents/.link");
                fs::path copy = w.path("content/documents/.copy");
                fs::create_symlink("/etc/hostname", link);
                std::rename(link.c_str(), w.path(doc).c_str());
                std::this_thread::sleep_for(std::chrono::microseconds(500));
                fs::create_hard_link(w.path("original.csv"), copy);
                std::rename(copy.c_str(), w.path(doc).c_str());
                std::this_thread::sleep_for(std::chrono::microseconds(500));
            }
        });
        Run run = w.prongsai("build");
        done = true;
        swapper.join();
        fs::path published = w.path("site/documents/eplannacc-2564.csv");
        if (run.exit_code != 0) {
            ++failed;
            CHECK_MESSAGE(
                (run.err.find("leads outside the content folder") != std::string::npos ||
                 run.err.find("changed while the site was being built") != std::string::npos),
                run.err);
            CHECK(!fs::exists(w.path("site")));
            continue;
        }
        std::string bytes = read_file(published);
        if (bytes == outside) ++published_outside;
        CHECK(bytes == original);
        // The page shows the SHA-256 of what was published.
        std::string page = read_file(w.path("site/documents/index.html"));
        std::FILE* pipe =
            popen(("sha256sum '" + published.string() + "' | cut -c1-64").c_str(), "r");
        REQUIRE(pipe != nullptr);
        char hex[65] = {};
        REQUIRE(std::fread(hex, 1, 64, pipe) == 64);
        pclose(pipe);
        CHECK_MESSAGE(page.find(hex) != std::string::npos, hex);
    }
    MESSAGE("20 builds: " << published_outside << " published the outside file, " << failed
                          << " refused");
    CHECK(published_outside == 0);
}

TEST_CASE("a province's organisation folder that is a link out of the province is refused") {
    Workspace w;
    fs::create_directories(w.path("province"));
    fs::create_directories(w.path("elsewhere"));
    fs::rename(w.path("content"), w.path("elsewhere/takbai"));
    fs::create_directory_symlink("../elsewhere/takbai", w.path("province/takbai"));
    fs::copy(source_dir() / "tests/fixtures/mukdahan", w.path("province/mukdahan"),
             fs::copy_options::recursive);
    Run run = w.prongsai("build province -o site");
    CHECK(run.exit_code == 1);
    CHECK_MESSAGE(run.err.find("province/takbai: error: this organisation's folder leads outside "
                               "the province's folder (a link?)") != std::string::npos,
                  run.err);
    CHECK(!fs::exists(w.path("site")));
}

TEST_CASE("a theme's strings.toml that is a link out of the content folder is refused") {
    Workspace w;
    write_file(w.path("secret.toml"), "[nav]\nhome = \"SECRET-LABEL\"\n");
    fs::create_directories(w.path("content/themes/default"));
    fs::create_symlink("../../../secret.toml", w.path("content/themes/default/strings.toml"));
    Run run = w.prongsai("build");
    CHECK(run.exit_code == 1);
    CHECK_MESSAGE(run.err.find("content/themes/default/strings.toml: error: this file of the theme "
                               "leads outside the content folder (a link?)") != std::string::npos,
                  run.err);
    CHECK(run.err.find("SECRET-LABEL") == std::string::npos);
    CHECK(!fs::exists(w.path("site")));
}
