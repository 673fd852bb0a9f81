// The output folder stays whole and prongsai's own: builds at the same time,
// folders that only look like prongsai's, provinces that lose an organisation,
// and content that is not what it seems (folders, pipes, unreadable files).
#include "harness.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace e2e;

namespace {

// Runs shell `command` in the workspace folder, with $B the program.
Run shell(const Workspace& w, const std::string& command) {
    std::string line = "cd '" + w.dir().string() + "' && B='" + prongsai_bin() + "' && { " +
                       command + "; } > stdout.txt 2> stderr.txt";
    int status = std::system(line.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(w.path("stdout.txt"));
    r.err = read_file(w.path("stderr.txt"));
    fs::remove(w.path("stdout.txt"));
    fs::remove(w.path("stderr.txt"));
    return r;
}

// The names beside the output that are staging folders.
std::vector<std::string> staging_folders(const Workspace& w) {
    std::vector<std::string> found;
    for (const auto& e : fs::directory_iterator(w.dir()))
        if (e.path().filename().string().starts_with("site.prongsai-new"))
            found.push_back(e.path().filename().string());
    return found;
}

// province/: a copy of the Mukdahan fixture for each name.
void mukdahan_province(const Workspace& w, const std::vector<std::string>& names) {
    fs::create_directories(w.path("province"));
    for (const auto& name : names)
        fs::copy(source_dir() / "tests/fixtures/mukdahan", w.path("province") / name,
                 fs::copy_options::recursive);
}

// Builds the province clean into clean/ and compares it with site/.
void check_as_clean(const Workspace& w) {
    fs::remove_all(w.path("clean"));
    REQUIRE(w.prongsai("build province --clean -o clean").exit_code == 0);
    CHECK(snapshot(w.path("site")) == snapshot(w.path("clean")));
}

// Whether a child can run as user nobody (65534) here: the tests run as root,
// and root reads any file.
bool can_drop_privileges() {
    return geteuid() == 0 &&
           std::system(("setpriv --reuid=65534 --regid=65534 --clear-groups test -x '" +
                        prongsai_bin() + "' 2>/dev/null")
                           .c_str()) == 0;
}

// The workspace handed to nobody, so that the builds run as nobody can write.
void give_to_nobody(const Workspace& w) {
    REQUIRE(std::system(("chown -R 65534:65534 '" + w.dir().string() + "'").c_str()) == 0);
}

const std::string as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups ";

} // namespace

TEST_CASE("builds of one output at the same time wait for each other and leave one whole site") {
    Workspace w("tests/fixtures/mukdahan");
    Run first = w.prongsai("build -o clean");
    REQUIRE(first.exit_code == 0);
    // The fixture's own warnings (its plan contradicts itself), said by every build.
    const std::string warnings = first.err;
    REQUIRE(warnings.find("warning: dimension 2 states 21 projects") != std::string::npos);
    auto clean = snapshot(w.path("clean"));
    int mixed = 0;
    const int pairs = 20;
    for (int pair = 0; pair < pairs; ++pair) {
        if (pair % 4 == 0) fs::remove_all(w.path("site")); // from nothing, now and then
        Run r = shell(w, "($B build --clean >/dev/null 2>e1.txt; echo $? > x1.txt) & "
                         "($B build --clean >/dev/null 2>e2.txt; echo $? > x2.txt) & wait");
        REQUIRE(r.exit_code == 0);
        CHECK(read_file(w.path("x1.txt")) == "0\n");
        CHECK(read_file(w.path("x2.txt")) == "0\n");
        for (const char* e : {"e1.txt", "e2.txt"}) {
            std::string err = read_file(w.path(e));
            const std::string waiting = "waiting for another build of site to finish…\n";
            if (auto at = err.find(waiting); at != std::string::npos) err.erase(at, waiting.size());
            CHECK_MESSAGE(err == warnings, err);
        }
        bool whole = snapshot(w.path("site")) == clean;
        mixed += !whole;
        CHECK_MESSAGE(whole, "pair " << pair << ": the site is not the one a clean build makes");
        CHECK(staging_folders(w).empty());
    }
    MESSAGE(mixed << " of " << pairs << " pairs of concurrent builds left a wrong site");
    // The lock file stays beside the output, never in it.
    CHECK(fs::exists(w.path(".prongsai-cache/site.lock")));
    CHECK_FALSE(fs::exists(w.path("site/.prongsai-cache")));
}

TEST_CASE("a folder merely named like the staging folder is never deleted") {
    Workspace w("tests/fixtures/mukdahan");
    write_file(w.path("site.prongsai-new/notes.txt"), "my notes\n");
    write_file(w.path("site.prongsai-new-12-abcdef01/notes.txt"), "more notes\n");
    // What a killed build leaves (it has the marker) is cleaned up.
    write_file(w.path("site.prongsai-new-13-abcdef02/.prongsai"), "marker\n");
    write_file(w.path("site.prongsai-new-13-abcdef02/index.html"), "half a site\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    REQUIRE(w.prongsai("build --clean").exit_code == 0);
    CHECK(read_file(w.path("site.prongsai-new/notes.txt")) == "my notes\n");
    CHECK(read_file(w.path("site.prongsai-new-12-abcdef01/notes.txt")) == "more notes\n");
    CHECK_FALSE(fs::exists(w.path("site.prongsai-new-13-abcdef02")));
    CHECK(staging_folders(w).size() == 2);
}

TEST_CASE("archiving a year never deletes a folder merely named like its staging folder") {
    Workspace w;
    write_file(w.path("content/archive/2566.prongsai-new/notes.txt"), "my notes\n");
    Run r = w.prongsai("archive 2566");
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(w.path("content/archive/2566.prongsai-new/notes.txt")) == "my notes\n");
    CHECK(fs::exists(w.path("content/archive/2566/MANIFEST.sha256")));
    CHECK((fs::status(w.path("content/archive/2566")).permissions() & fs::perms::others_read) !=
          fs::perms::none);
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(w.path("content/archive")))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"2566", "2566.prongsai-new", "2566.tar.gz"});
}

TEST_CASE("a TMPDIR that names no folder does not abort archive") {
    Workspace w;
    Run r = shell(w, "TMPDIR=/nonexistent $B archive 2566");
    CHECK(only_year_warnings(r.err));
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(w.path("content/archive/2566/MANIFEST.sha256")));
}

TEST_CASE("a province that loses or gains an organisation rebuilds its index") {
    Workspace w("tests/fixtures/mukdahan");
    mukdahan_province(w, {"a", "b", "c"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);

    // Down to one: the rest is unchanged, but b's folder and link must go.
    fs::remove_all(w.path("province/b"));
    fs::remove_all(w.path("province/c"));
    Run r = w.prongsai("build province -o site");
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(fs::exists(w.path("site/b")));
    CHECK_FALSE(fs::exists(w.path("site/c")));
    CHECK(read_file(w.path("site/index.html")).find("href=\"b/index.html\"") == std::string::npos);
    check_as_clean(w);

    // One removed and one added: as many organisations as before.
    mukdahan_province(w, {"d"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    fs::remove_all(w.path("province/d"));
    mukdahan_province(w, {"e"});
    r = w.prongsai("build province -o site");
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(fs::exists(w.path("site/d")));
    CHECK(fs::exists(w.path("site/e/index.html")));
    check_as_clean(w);
}

TEST_CASE("a province builds at the first try after its output folder was deleted") {
    Workspace w("tests/fixtures/mukdahan");
    mukdahan_province(w, {"a", "b"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    fs::remove_all(w.path("site"));
    fs::remove_all(w.path("province/b"));
    // Nothing but the warnings a clean build of the same province gives.
    const std::string warnings = w.prongsai("build province --clean -o reference").err;
    REQUIRE(warnings.find("warning: dimension 2 states 21 projects") != std::string::npos);
    Run r = w.prongsai("build province -o site");
    CHECK(r.err == warnings);
    REQUIRE(r.exit_code == 0);
    check_as_clean(w);

    // A province of one organisation, its output deleted.
    fs::remove_all(w.path("site"));
    r = w.prongsai("build province -o site");
    CHECK(r.err == warnings);
    REQUIRE(r.exit_code == 0);
    check_as_clean(w);
}

TEST_CASE("an empty output folder name is refused") {
    Workspace w("tests/fixtures/mukdahan");
    Run r = w.prongsai("build content -o ''");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with(
        "-o '': error: the output folder's name is empty; give a folder, e.g. -o site\n"));
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(w.dir()))
        names.push_back(e.path().filename().string());
    CHECK(names == std::vector<std::string>{"content"}); // nothing written
}

TEST_CASE("a folder named like a content file is an error at it, also on a rebuild") {
    Workspace w("tests/fixtures/mukdahan");
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    fs::create_directory(w.path("content/plan/projects/x.md"));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    // After the two warnings of Mukdahan's readable projects (a budget stated for the period).
    CHECK(r.err.find("\ncontent/plan/projects/x.md: error: this is not a regular file (a "
                     "folder, a pipe or a device); a content file must be a plain text "
                     "file: remove it or give it another name\n") != std::string::npos);
    CHECK(r.err.ends_with("prongsai build: 1 error(s), 2 warning(s); the site was not changed\n"));
    CHECK(snapshot(w.path("site")) == before);
    CHECK(staging_folders(w).empty());
}

TEST_CASE("a pipe named like a content file is refused at once") {
    Workspace w("tests/fixtures/mukdahan");
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    REQUIRE(mkfifo(w.path("content/plan/projects/50.md").c_str(), 0644) == 0);
    // timeout: before, reading the pipe waited forever for a writer.
    Run r = shell(w, "timeout 20 $B build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("\ncontent/plan/projects/50.md: error: this is not a regular file") !=
          std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
    fs::remove(w.path("content/plan/projects/50.md"));

    // A theme's template, which the site can override.
    fs::create_directories(w.path("content/themes/default/templates"));
    REQUIRE(mkfifo(w.path("content/themes/default/templates/page.mustache").c_str(), 0644) == 0);
    r = shell(w, "timeout 20 $B build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("content/themes/default/templates/page.mustache: error: this is not a "
                     "regular file (a folder, a pipe or a device); a template must be a "
                     "plain text file: remove it or give it another name\n") != std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("an unreadable folder of documents or of a theme's assets is an error at it") {
    if (!can_drop_privileges()) {
        MESSAGE("skipped: needs root and setpriv to run a build as an unprivileged user");
        return;
    }
    Workspace w;
    give_to_nobody(w);
    REQUIRE(shell(w, as_nobody + "$B build").exit_code == 0);
    auto before = snapshot(w.path("site"));

    fs::create_directories(w.path("content/documents/s"));
    fs::permissions(w.path("content/documents/s"), fs::perms::none);
    Run r = shell(w, as_nobody + "$B build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("content/documents/s: error: cannot read this folder (permission "
                            "denied); let the user who runs prongsai read it (chmod a+rx), or "
                            "move it out of the content folder\n"));
    CHECK(snapshot(w.path("site")) == before);
    fs::permissions(w.path("content/documents/s"), fs::perms::owner_all);
    fs::remove(w.path("content/documents/s"));

    fs::create_directories(w.path("content/themes/default/assets/x"));
    write_file(w.path("content/themes/default/assets/x/a.css"), "p {}\n");
    give_to_nobody(w);
    fs::permissions(w.path("content/themes/default/assets/x"), fs::perms::none);
    r = shell(w, as_nobody + "$B build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("content/themes/default/assets/x: error: cannot read this folder of "
                            "the theme (permission denied)"));
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("an unreadable document is reported as such, not as a full disk") {
    if (!can_drop_privileges()) {
        MESSAGE("skipped: needs root and setpriv to run a build as an unprivileged user");
        return;
    }
    Workspace w;
    give_to_nobody(w);
    REQUIRE(shell(w, as_nobody + "$B build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    fs::permissions(w.path("content/documents/eplannacc-2564.csv"), fs::perms::none);
    Run r = shell(w, as_nobody + "$B build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(": error: cannot read documents/eplannacc-2564.csv (permission denied); let "
                     "the user who runs prongsai read it (chmod a+r)\n") != std::string::npos);
    CHECK(r.err.starts_with("content/documents/documents.toml:"));
    CHECK(r.err.find("disk") == std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
    fs::permissions(w.path("content/documents/eplannacc-2564.csv"), fs::perms::owner_read);

    // A theme's file, copied as it is: the reason is the one the system gave.
    write_file(w.path("content/themes/default/assets/secret.css"), "p {}\n");
    give_to_nobody(w);
    fs::permissions(w.path("content/themes/default/assets/secret.css"), fs::perms::none);
    r = shell(w, as_nobody + "$B build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err).starts_with(
        "site: error: cannot read content/themes/default/assets/secret.css: "
        "permission denied; let the user who runs prongsai read it (chmod "
        "a+r)\n"));
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("an organisation folder named index.html is refused with the reason") {
    Workspace w("tests/fixtures/mukdahan");
    mukdahan_province(w, {"a", "index.html"});
    Run r = w.prongsai("build province -o site");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("province/index.html: error: an organisation's folder may not be "
                            "named index.html: the province's index uses that name in the "
                            "output; rename the folder"));
    CHECK(r.err.find("disk") == std::string::npos);
    CHECK_FALSE(fs::exists(w.path("site")));
}
