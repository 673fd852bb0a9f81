// A build killed at any moment leaves a whole site: the old one or the new one.
#include "harness.h"

#include <csignal>
#include <doctest/doctest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

extern char** environ;

TEST_CASE("kill -9 during a build never leaves a half-written site") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto old_site = snapshot(w.path("site"));
    // A change that touches every page, so the new build differs everywhere.
    w.edit("site.toml", "title = \"", "title = \"(ใหม่) ");
    REQUIRE(w.prongsai("build -o expected").exit_code == 0);
    auto new_site = snapshot(w.path("expected"));
    new_site.erase(".prongsai"); // the marker is the same in both
    old_site.erase(".prongsai");

    int old_seen = 0, new_seen = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        REQUIRE(chdir(w.dir().c_str()) == 0);
        std::string bin = PRONGSAI_BIN;
        char* argv[] = {bin.data(), const_cast<char*>("build"), const_cast<char*>("--clean"),
                        nullptr};
        pid_t pid;
        REQUIRE(posix_spawn(&pid, bin.c_str(), nullptr, nullptr, argv, environ) == 0);
        usleep(static_cast<useconds_t>(attempt * 15000)); // 0 to 165 ms into the build
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        auto site = snapshot(w.path("site"));
        site.erase(".prongsai");
        bool whole = site == old_site || site == new_site;
        CHECK_MESSAGE(whole,
                      "attempt " << attempt << ": the site is neither the old nor the new one");
        old_seen += site == old_site;
        new_seen += site == new_site;
        // Put the old site back for the next attempt.
        if (site == new_site) {
            w.edit("site.toml", "title = \"(ใหม่) ", "title = \"");
            REQUIRE(w.prongsai("build").exit_code == 0);
            w.edit("site.toml", "title = \"", "title = \"(ใหม่) ");
        }
    }
    CHECK(old_seen > 0); // some kills landed before the swap
    REQUIRE(chdir(source_dir().c_str()) == 0);
    // A later build cleans up whatever the killed ones left beside the site.
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK_FALSE(fs::exists(w.path("site.prongsai-new")));
}
