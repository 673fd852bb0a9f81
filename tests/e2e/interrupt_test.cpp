// A build killed at any moment leaves a whole site: the old one or the new one.
// The program stops itself at each stage in turn (PRONGSAI_TEST_PAUSE, see
// generator/test_pause.h) and is killed there, so every stage is hit each run.
#include "harness.h"

#include <chrono>
#include <csignal>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace e2e;
using namespace std::chrono_literals;

extern char** environ;

namespace {

// `prongsai ARGS` in the workspace with PRONGSAI_TEST_PAUSE=STAGE, killed with
// SIGKILL once it has paused there. The wait is long (a minute) because a
// sanitizer build on a busy machine is slow; it ends early if the program
// exits without pausing. Returns whether it paused.
bool kill_at(const Workspace& w, const std::vector<std::string>& args, const std::string& stage) {
    fs::path pause_file = w.path("paused");
    fs::remove(pause_file);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addchdir_np(&actions, w.dir().c_str());
    posix_spawn_file_actions_addopen(&actions, 1, w.path("killed.out").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, w.path("killed.err").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> strings = {prongsai_bin()};
    strings.insert(strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env = {"PRONGSAI_TEST_PAUSE=" + stage,
                                    "PRONGSAI_TEST_PAUSE_FILE=" + pause_file.string()};
    for (char** e = environ; *e; ++e)
        if (!std::string_view(*e).starts_with("PRONGSAI_TEST_PAUSE")) env.push_back(*e);
    std::vector<char*> envp;
    for (auto& e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, prongsai_bin().c_str(), &actions, nullptr, argv.data(),
                        envp.data()) == 0);
    posix_spawn_file_actions_destroy(&actions);

    bool paused = false, exited = false;
    int status = 0;
    for (auto until = std::chrono::steady_clock::now() + 60s;
         !paused && !exited && std::chrono::steady_clock::now() < until;
         std::this_thread::sleep_for(10ms)) {
        paused = fs::exists(pause_file);
        exited = !paused && waitpid(pid, &status, WNOHANG) == pid;
    }
    if (!exited) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    INFO("stderr: " << read_file(w.path("killed.err")));
    CHECK_MESSAGE(paused, "prongsai " << args.front() << " never paused at " << stage);
    return paused;
}

// The site in `dir` as the stages before the swap must leave it, or as the
// swap must put it: a real folder (never a link to the staging one), with
// exactly the files and bytes of `expected`.
void check_site(const fs::path& dir, const std::map<std::string, std::string>& expected,
                const std::string& which) {
    CHECK(fs::is_directory(fs::symlink_status(dir)));
    bool same = snapshot(dir) == expected;
    CHECK_MESSAGE(same, "the site is not byte for byte the " << which << " one");
}

// The staging folders beside `site` (site.prongsai-new-PID-RANDOM).
std::vector<fs::path> staging_folders(const Workspace& w) {
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(w.dir()))
        if (e.path().filename().string().starts_with("site.prongsai-new"))
            found.push_back(e.path());
    return found;
}

// The stages killed at, with whether the new site is published by then.
struct Stage {
    std::string name;
    bool published;
};
const std::vector<Stage> stages = {
    {"loaded", false},      {"rendered", false},  {"written", false},
    {"before-swap", false}, {"after-swap", true},
};

} // namespace

TEST_CASE("kill -9 at each stage of a build never leaves a half-written site") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto old_site = snapshot(w.path("site"));
    // A change that touches every page, so the new build differs everywhere.
    w.edit("site.toml", "title = \"", "title = \"(ใหม่) ");
    REQUIRE(w.prongsai("build --clean -o expected").exit_code == 0);
    auto new_site = snapshot(w.path("expected"));
    REQUIRE(old_site != new_site);

    for (const Stage& stage : stages) {
        for (bool clean : {false, true}) {
            CAPTURE(stage.name);
            CAPTURE(clean);
            std::vector<std::string> args = {"build"};
            if (clean) args.push_back("--clean");
            if (!kill_at(w, args, stage.name)) continue;
            check_site(w.path("site"), stage.published ? new_site : old_site,
                       stage.published ? "new" : "old");

            // The next build cleans up whatever the killed one left beside the
            // site, and gives what a clean build gives.
            Run next = w.prongsai("build");
            CHECK_MESSAGE(next.exit_code == 0, next.err);
            check_site(w.path("site"), new_site, "new");
            CHECK(staging_folders(w).empty());

            // The old site back for the next stage.
            w.edit("site.toml", "title = \"(ใหม่) ", "title = \"");
            REQUIRE(w.prongsai("build").exit_code == 0);
            REQUIRE(snapshot(w.path("site")) == old_site);
            w.edit("site.toml", "title = \"", "title = \"(ใหม่) ");
        }
    }
}

TEST_CASE("kill -9 while one organisation's folder is swapped into a province's site") {
    Workspace w;
    make_province(w, {"mukdahan"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    auto old_site = snapshot(w.path("site"));
    // An edit inside a project page: the index of organisations is as before,
    // so the build swaps in takbai/ alone.
    fs::path project = w.path("province/takbai/plan/projects/07.md");
    std::string before = read_file(project);
    write_file(project, before + "\nย่อหน้าใหม่\n");
    REQUIRE(w.prongsai("build province --clean -o expected").exit_code == 0);
    auto new_site = snapshot(w.path("expected"));
    REQUIRE(old_site != new_site);

    for (const Stage& stage : stages) {
        CAPTURE(stage.name);
        if (!kill_at(w, {"build", "province", "-o", "site"}, stage.name)) continue;
        check_site(w.path("site"), stage.published ? new_site : old_site,
                   stage.published ? "new" : "old");
        // Killed after the swap, the staging folder holds takbai/'s old pages:
        // this build did swap in the one sub-folder.
        if (stage.published) {
            auto staging = staging_folders(w);
            REQUIRE(staging.size() == 1);
            CHECK(fs::exists(staging[0] / "takbai/index.html"));
        }

        Run next = w.prongsai("build province -o site");
        CHECK_MESSAGE(next.exit_code == 0, next.err);
        check_site(w.path("site"), new_site, "new");
        CHECK(staging_folders(w).empty());

        write_file(project, before);
        REQUIRE(w.prongsai("build province -o site").exit_code == 0);
        REQUIRE(snapshot(w.path("site")) == old_site);
        write_file(project, before + "\nย่อหน้าใหม่\n");
    }
}
