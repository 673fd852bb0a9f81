// Archived years as an auditor meets them: `verify` trusts nothing an archive
// says about itself, and `archive` leaves nothing behind when it is stopped.
#include "harness.h"

#include <algorithm>
#include <csignal>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <memory>
#include <set>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

extern char** environ;

namespace {

int shell(const std::string& command) {
    int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& p) {
    std::string q = "'";
    q += p.string();
    q += '\'';
    return q;
}

std::string sha256_of(const fs::path& file) {
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(("sha256sum " + quoted(file)).c_str(), "r"),
                                                  pclose);
    char buffer[65] = {};
    REQUIRE(fread(buffer, 1, 64, pipe.get()) == 64);
    return buffer;
}

// Puts `line` (without its newline) after the last line of a manifest.
void append_line(const fs::path& manifest, const std::string& line) {
    write_file(manifest, read_file(manifest) + line + "\n");
}

// Changes a file of an archived year and its manifest line alike, as an
// editor covering their tracks would.
void rewrite_with_manifest(const fs::path& year_dir, const std::string& rel,
                           const std::string& text) {
    write_file(year_dir / rel, text);
    std::string manifest = read_file(year_dir / "MANIFEST.sha256");
    auto at = manifest.find("  " + rel + "\n");
    REQUIRE(at != std::string::npos);
    manifest.replace(at - 64, 64, sha256_of(year_dir / rel));
    write_file(year_dir / "MANIFEST.sha256", manifest);
}

// `tar` over folder `dir`'s entries `names`, gzip'd into `tarball`.
void make_tarball(const fs::path& dir, const std::string& names, const fs::path& tarball) {
    REQUIRE(shell("tar cf - -C " + quoted(dir) + " " + names + " | gzip > " + quoted(tarball)) ==
            0);
}

// Runs `prongsai ARGS` in the workspace; also the most memory it held, in KiB.
Run run_measured(const Workspace& w, const std::string& args, long& max_kib) {
    fs::path rss = w.path("maxrss.txt");
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        // A fresh process counts only its own children.
        Run r = w.prongsai(args);
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        write_file(rss, std::to_string(usage.ru_maxrss));
        write_file(w.path("run.txt"), std::to_string(r.exit_code) + "\n" + r.out + "\x1f" + r.err);
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    max_kib = std::stol(read_file(rss));
    std::string run = read_file(w.path("run.txt"));
    Run r;
    r.exit_code = std::stoi(run.substr(0, run.find('\n')));
    auto sep = run.find('\x1f');
    r.out = run.substr(run.find('\n') + 1, sep - run.find('\n') - 1);
    r.err = run.substr(sep + 1);
    return r;
}

} // namespace

TEST_CASE("archive verify: a manifest line naming a file outside the archive is refused") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    write_file(w.path("secret.txt"), "not part of any archive\n");
    std::string hash = sha256_of(w.path("secret.txt"));
    fs::path manifest = w.path("content/archive/2566/MANIFEST.sha256");
    const std::string original = read_file(manifest);
    int line = 1 + static_cast<int>(std::count(original.begin(), original.end(), '\n'));
    struct Case {
        std::string path, why;
    };
    for (const Case& c : {
             Case{w.path("secret.txt").string(),
                  "a path from the top of the disk (it starts with /)"},
             Case{"../../../secret.txt", "\"..\" in it, which leads out of the archive"},
             Case{"plan/../../../../secret.txt", "\"..\" in it, which leads out of the archive"},
             Case{"..\\..\\..\\secret.txt", "a backslash (\\) in it"},
             Case{std::string("index.html\0../../../secret.txt", 31), "a NUL character in it"},
         }) {
        CAPTURE(c.path);
        write_file(manifest, original);
        append_line(manifest, hash + "  " + c.path);
        for (const char* path : {"content/archive/2566", "content/archive/2566/"}) {
            Run r = w.prongsai(std::string("verify ") + path);
            CHECK(r.exit_code == 1);
            CHECK(r.out == "");
            CHECK(r.err.starts_with(std::string(path) +
                                    (std::string(path).ends_with("/") ? "" : "/") +
                                    "MANIFEST.sha256:" + std::to_string(line) +
                                    ":67: error: this line names a file with " + c.why +
                                    ": a manifest names only files inside its archive"));
            CHECK(r.err.ends_with("prongsai verify: the archive could not be checked\n"));
        }
    }
    // The same line in the manifest of a tarball.
    fs::path copy = w.path("copy");
    fs::create_directories(copy);
    fs::copy(w.path("content/archive/2566"), copy / "2566", fs::copy_options::recursive);
    make_tarball(copy, "2566", copy / "2566.tar.gz");
    Run r = w.prongsai("verify copy/2566.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("copy/2566.tar.gz (2566/MANIFEST.sha256):" + std::to_string(line) +
                            ":67: error: this line names a file with a NUL character in it"));
    // A line naming a file twice: the second could stand for a changed copy.
    write_file(manifest, original);
    append_line(manifest, std::string(64, '0') + "  index.html");
    r = w.prongsai("verify content/archive/2566");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(":67: error: this line names the same file as line ") != std::string::npos);
}

TEST_CASE("archive verify: a tarball with a second copy of a file, a wrong folder or a link is "
          "refused") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    fs::path good = w.path("good"), evil = w.path("evil");
    fs::create_directories(good);
    fs::create_directories(evil / "2566");
    fs::copy(w.path("content/archive/2566"), good / "2566", fs::copy_options::recursive);
    write_file(evil / "2566/index.html", "<p>changed</p>\n");
    auto verify = [&](const std::string& name) { return w.prongsai("verify " + name); };

    // A changed index.html first, the original after it: unpacked, the
    // first is what many tools keep.
    fs::create_directories(w.path("twice"));
    REQUIRE(shell("cd " + quoted(w.dir()) +
                  " && tar cf t.tar -C evil 2566/index.html && tar rf "
                  "t.tar -C good 2566 && gzip < t.tar > twice/2566.tar.gz") == 0);
    Run r = verify("twice/2566.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.out == "");
    CHECK(r.err == "twice/2566.tar.gz: error: it holds \"2566/index.html\", twice (a second copy "
                   "can hide a changed one); prongsai never makes such an archive, so it was "
                   "changed after it was made; check the copy the office keeps, or download the "
                   "published one, instead\n"
                   "prongsai verify: the archive could not be checked\n");

    // The year's folder must be the year's.
    fs::create_directories(w.path("other"));
    fs::copy(good / "2566", w.path("other/2565"), fs::copy_options::recursive);
    make_tarball(w.path("other"), "2565", w.path("other/2566.tar.gz"));
    r = verify("other/2566.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("other/2566.tar.gz: error: it holds \"2565"));
    CHECK(r.err.find("outside the folder 2566/ that holds the whole year") != std::string::npos);
    // Files beside the year's folder, where unpacking puts them next to it.
    write_file(good / "README.txt", "x");
    make_tarball(good, "2566 README.txt", w.path("beside.tar.gz"));
    fs::remove(good / "README.txt");
    r = verify("beside.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("beside.tar.gz: error: it holds \"README.txt\", outside the folder "
                            "2566/ that holds the whole year"));

    // A link, a hard link, a pipe: never part of an archive.
    fs::create_directories(w.path("link"));
    fs::copy(good / "2566", w.path("link/2566"), fs::copy_options::recursive);
    fs::create_symlink("/etc/passwd", w.path("link/2566/passwd"));
    make_tarball(w.path("link"), "2566", w.path("link/2566.tar.gz"));
    r = verify("link/2566.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("link/2566.tar.gz: error: it holds \"2566/passwd\", which is a link, "
                            "not a file or a folder;"));

    fs::create_directories(w.path("hard"));
    fs::copy(good / "2566", w.path("hard/2566"), fs::copy_options::recursive);
    fs::create_hard_link(w.path("hard/2566/index.html"), w.path("hard/2566/zz.html"));
    make_tarball(w.path("hard"), "2566", w.path("hard/2566.tar.gz"));
    r = verify("hard/2566.tar.gz");
    CHECK(r.exit_code == 1);
    // tar stores whichever of the two it meets second as the link.
    CHECK(r.err.starts_with("hard/2566.tar.gz: error: it holds \"2566/"));
    CHECK(r.err.find(".html\", a hard link to \"2566/") != std::string::npos);
    CHECK(r.err.find(".html\", not a file or a folder;") != std::string::npos);

    fs::create_directories(w.path("fifo"));
    fs::copy(good / "2566", w.path("fifo/2566"), fs::copy_options::recursive);
    REQUIRE(mkfifo(w.path("fifo/2566/pipe").c_str(), 0644) == 0);
    make_tarball(w.path("fifo"), "2566", w.path("fifo/2566.tar.gz"));
    r = verify("fifo/2566.tar.gz");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("fifo/2566.tar.gz: error: it holds \"2566/pipe\", which is a pipe, "
                            "not a file or a folder;"));

    // The same archive, plainly made, passes.
    make_tarball(good, "2566", good / "2566.tar.gz");
    r = verify("good/2566.tar.gz");
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("good/2566.tar.gz: all "));
}

TEST_CASE("archive verify: a small tarball that unpacks to a huge file is read in little memory") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    fs::path big = w.path("big");
    fs::create_directories(big);
    fs::copy(w.path("content/archive/2566"), big / "2566", fs::copy_options::recursive);
    constexpr long entry_mib = 200;
    REQUIRE(shell("truncate -s " + std::to_string(entry_mib) + "M " +
                  quoted(big / "2566/big.bin")) == 0);
    // An entry that was listed, replaced by zeros of the same kind.
    REQUIRE(shell("truncate -s " + std::to_string(entry_mib) + "M " +
                  quoted(big / "2566/robots.txt")) == 0);
    make_tarball(big, "2566", w.path("2566.tar.gz"));
    fs::remove_all(big);
    // Small: the site's own files (about 2 MiB, its search index already
    // deflated) and the zeros, under 1% of what it unpacks to.
    CHECK(fs::file_size(w.path("2566.tar.gz")) < 2 * entry_mib * 1024 * 1024 / 100);
    long max_kib = 0;
    Run r = run_measured(w, "verify 2566.tar.gz", max_kib);
    CHECK(r.exit_code == 1);
    CHECK(r.out.starts_with("changed: robots.txt\nextra: big.bin\n"
                            "2566.tar.gz: 2 file(s) differ from the manifest\n"));
    MESSAGE("verify of a tarball holding 2 x " << entry_mib << " MiB of zeros: " << max_kib
                                               << " KiB at most");
    if (sanitized_program()) {
        // A sanitizer build holds 200 MB before it reads anything (its shadow
        // memory): what verify adds to that stays below one entry, which
        // holding an entry whole would exceed.
        long idle_kib = 0;
        REQUIRE(run_measured(w, "--version", idle_kib).exit_code == 0);
        MESSAGE("the same program printing its version: " << idle_kib << " KiB");
        CHECK(max_kib - idle_kib < entry_mib * 1024);
    } else {
        CHECK(max_kib < 100 * 1024);
    }
}

TEST_CASE("archive chain: each year records the one before it, so editing a file and its "
          "manifest line together is found") {
    Workspace w;
    Run first = w.prongsai("archive 2565");
    REQUIRE(first.exit_code == 0);
    Run second = w.prongsai("archive 2566");
    REQUIRE(second.exit_code == 0);
    fs::path y2565 = w.path("content/archive/2565"), y2566 = w.path("content/archive/2566");
    std::string d2565 = sha256_of(y2565 / "MANIFEST.sha256");
    std::string d2566 = sha256_of(y2566 / "MANIFEST.sha256");
    CHECK(first.out.find("SHA-256 of its MANIFEST.sha256: " + d2565 + "\n") != std::string::npos);
    CHECK(second.out.find("SHA-256 of its MANIFEST.sha256: " + d2566 + "\n") != std::string::npos);
    // The record is one `sha256sum -c` checks from inside the year's folder.
    CHECK(!fs::exists(y2565 / "PREVIOUS.sha256"));
    CHECK(read_file(y2566 / "PREVIOUS.sha256") == d2565 + "  ../2565/MANIFEST.sha256\n");
    CHECK(shell("cd " + quoted(y2566) + " && sha256sum --quiet -c PREVIOUS.sha256") == 0);
    CHECK(read_file(y2566 / "MANIFEST.sha256").find("  PREVIOUS.sha256\n") != std::string::npos);

    Run ok = w.prongsai("verify content/archive/2565");
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.find("SHA-256 of its MANIFEST.sha256: " + d2565 +
                      "\n"
                      "the archived years in content/archive, each recording the one before it:\n"
                      "  2565  " +
                      d2565 +
                      "  the first year archived here\n"
                      "  2566  " +
                      d2566 +
                      "  records 2565's manifest as it is\n"
                      "the chain holds: no year was changed after the next one was archived\n") !=
          std::string::npos);
    ok = w.prongsai("verify content/archive/2566.tar.gz --digest " + d2566);
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.find("it is the published SHA-256\n") != std::string::npos);

    // The site copies every year; the archive index shows each manifest's SHA-256.
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string index = read_file(w.path("site/archive/index.html"));
    CHECK(index.find("<code class=\"hash\">" + d2565 + "</code>") != std::string::npos);
    CHECK(index.find("<code class=\"hash\">" + d2566 + "</code>") != std::string::npos);
    CHECK(index.find("href=\"../archive/2566/MANIFEST.sha256\"") != std::string::npos);
    CHECK(w.prongsai("verify site/archive/2565").exit_code == 0);

    // An older year changed, its manifest line with it: the next year's record tells.
    rewrite_with_manifest(y2565, "index.html", "<p>changed</p>\n");
    std::string changed = sha256_of(y2565 / "MANIFEST.sha256");
    Run bad = w.prongsai("verify content/archive/2565");
    CHECK(bad.exit_code == 1);
    CHECK(bad.out.find("content/archive/2565: all ") == 0);
    CHECK(bad.out.find("  2565  " + changed +
                       "  the first year archived here\n"
                       "  2566  " +
                       d2566 + "  BROKEN: records 2565's manifest as " + d2565 +
                       ": 2565 was changed after 2566 was archived\n"
                       "the chain is broken:") != std::string::npos);
    CHECK(w.prongsai("verify content/archive/2566").exit_code == 1);
    fs::remove_all(y2565);
    fs::rename(w.path("content/archive/2565.tar.gz"), w.path("2565.tar.gz"));
    CHECK(w.prongsai("verify content/archive/2566").exit_code == 1); // records a year not there
    fs::rename(w.path("2565.tar.gz"), w.path("content/archive/2565.tar.gz"));
    CHECK(w.prongsai("verify content/archive/2566").exit_code == 0); // the tarball stands for it

    // The newest year is recorded by none: a SHA-256 published elsewhere is what holds it.
    rewrite_with_manifest(y2566, "index.html", "<p>changed</p>\n");
    Run newest = w.prongsai("verify content/archive/2566");
    CHECK(newest.exit_code == 0);
    CHECK(newest.out.ends_with("2566 is the newest year here, so no later year records it: "
                               "compare its SHA-256 with the one published when it was archived "
                               "(--digest)\n"));
    Run published = w.prongsai("verify content/archive/2566 --digest " + d2566);
    CHECK(published.exit_code == 1);
    CHECK(published.out.find("it is NOT the published SHA-256 (" + d2566 +
                             "): this is not the archive that was published\n") !=
          std::string::npos);
    Run typo = w.prongsai("verify content/archive/2566 --digest 12ab");
    CHECK(typo.exit_code == 1);
    CHECK(typo.err.starts_with("--digest: error: give the 64 digits and letters a-f"));
}

TEST_CASE("archive: years are archived in order, and a changed year is not recorded") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    Run earlier = w.prongsai("archive 2565");
    CHECK(earlier.exit_code == 1);
    CHECK(earlier.err == "content/archive/2566: error: fiscal year 2566 is already archived; "
                         "years are archived in order, each recording the one before it, so "
                         "2565 can no longer be archived\n"
                         "prongsai archive: nothing was archived\n");
    std::string page = read_file(w.path("content/archive/2566/robots.txt"));
    write_file(w.path("content/archive/2566/robots.txt"), page + "Disallow: /\n");
    Run later = w.prongsai("archive 2567");
    CHECK(later.exit_code == 1);
    CHECK(later.err ==
          "content/archive/2566: error: this archived year is no longer as it was archived "
          "(prongsai verify content/archive/2566 names the files); put it back as it was (for "
          "instance with git checkout) before archiving 2567, which records it\n"
          "prongsai archive: nothing was archived\n");
    CHECK_FALSE(fs::exists(w.path("content/archive/2567")));
    write_file(w.path("content/archive/2566/robots.txt"), page);
    CHECK(w.prongsai("archive 2567").exit_code == 0);
}

TEST_CASE("archive: a killed run leaves nothing in the content folder, and the next run "
          "removes what it left") {
    Workspace w;
    auto names_in = [](const fs::path& dir) {
        std::set<std::string> names;
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            names.insert(it->path().filename().string());
        return names;
    };
    const auto content_before = names_in(w.path("content"));
    const auto tmp_before = names_in(fs::temp_directory_path());
    auto workspace_leftovers = [&] {
        std::set<std::string> found;
        for (const auto& name : names_in(w.dir()))
            if (name.starts_with(".prongsai-archive-")) found.insert(name);
        return found;
    };

    // Killed as soon as it started working.
    REQUIRE(chdir(w.dir().c_str()) == 0);
    std::string bin = prongsai_bin();
    char* argv[] = {bin.data(), const_cast<char*>("archive"), const_cast<char*>("2566"), nullptr};
    pid_t pid;
    posix_spawn_file_actions_t quiet;
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
    REQUIRE(posix_spawn(&pid, bin.c_str(), &quiet, nullptr, argv, environ) == 0);
    auto marked = [&] {
        for (const auto& name : workspace_leftovers())
            if (fs::exists(w.dir() / name / ".prongsai-archive")) return true;
        return false;
    };
    for (int i = 0; i < 20000 && !marked(); ++i)
        usleep(1000);
    kill(pid, SIGKILL); // the portal takes far longer to render than this to notice
    waitpid(pid, nullptr, 0);
    REQUIRE(chdir(source_dir().c_str()) == 0);
    auto left = workspace_leftovers();
    REQUIRE(left.size() == 1);
    CHECK(fs::exists(w.dir() / *left.begin() / ".prongsai-archive"));
    CHECK(names_in(w.path("content")) == content_before);
    auto tmp_after = names_in(fs::temp_directory_path());
    for (const auto& name : tmp_after)
        CHECK_MESSAGE((tmp_before.count(name) || !name.starts_with("prongsai-archive")),
                      "left in the temporary folder: " << name);

    // A leftover of another kind, without prongsai's marker, is never removed.
    write_file(w.path(".prongsai-archive-mine/notes.txt"), "someone's own files\n");

    // The next run removes the leftover and archives; meanwhile only the
    // year itself ever appears in the content folder.
    REQUIRE(chdir(w.dir().c_str()) == 0);
    REQUIRE(posix_spawn(&pid, bin.c_str(), &quiet, nullptr, argv, environ) == 0);
    posix_spawn_file_actions_destroy(&quiet);
    std::set<std::string> seen;
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        for (const auto& name : names_in(w.path("content")))
            seen.insert(name);
        for (const auto& name : names_in(w.path("content/archive")))
            seen.insert("archive/" + name);
        usleep(500);
    }
    REQUIRE(chdir(source_dir().c_str()) == 0);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::set<std::string> expected = content_before;
    expected.insert({"archive", "archive/2566", "archive/2566.tar.gz"});
    for (const auto& name : seen)
        CHECK_MESSAGE(expected.count(name), "appeared in the content folder: " << name);
    CHECK(workspace_leftovers() == std::set<std::string>{".prongsai-archive-mine"});
    CHECK(w.prongsai("verify content/archive/2566").exit_code == 0);
}

TEST_CASE("archive: an archived year or its tarball that is a link is refused") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));

    // The year's folder moved out of the content folder, a link left in its place.
    fs::rename(w.path("content/archive/2566"), w.path("outside"));
    fs::create_symlink("../../outside", w.path("content/archive/2566"));
    Run r = w.prongsai("build --clean");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/archive/2566: error: this archived year is a link; an archive holds "
                   "the files themselves (make it again with prongsai archive)\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
    fs::remove(w.path("content/archive/2566"));
    fs::rename(w.path("outside"), w.path("content/archive/2566"));

    fs::rename(w.path("content/archive/2566.tar.gz"), w.path("outside.tar.gz"));
    fs::create_symlink("../../outside.tar.gz", w.path("content/archive/2566.tar.gz"));
    r = w.prongsai("build --clean");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/archive/2566.tar.gz: error: this archived year is a link; an archive "
                   "holds the files themselves (make it again with prongsai archive)\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("archive: an archived folder that cannot be read is a clear error, not a crash") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    // Root reads every folder: the program runs as an ordinary user instead.
    std::string as_user;
    if (geteuid() == 0) {
        if (shell("setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null") != 0) {
            MESSAGE("skipped: cannot run the program as an ordinary user (setpriv)");
            return;
        }
        as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
        REQUIRE(shell("chown -R 65534:65534 " + quoted(w.dir())) == 0);
    }
    if (shell(as_user + "test -x " + quoted(fs::path(prongsai_bin()))) != 0) {
        MESSAGE("skipped: an ordinary user cannot run " << prongsai_bin());
        return;
    }
    fs::path locked = w.path("content/archive/2566/plan");
    fs::permissions(locked, fs::perms::none);
    auto run = [&](const std::string& args) {
        Run r;
        int status = std::system(("cd " + quoted(w.dir()) + " && " + as_user +
                                  quoted(fs::path(prongsai_bin())) + " " + args +
                                  " > stdout.txt 2> stderr.txt")
                                     .c_str());
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.out = read_file(w.path("stdout.txt"));
        r.err = read_file(w.path("stderr.txt"));
        return r;
    };
    Run build = run("build");
    CHECK(build.exit_code == 1);
    CHECK(build.err == "content/archive/2566/plan: error: this folder of an archived year cannot "
                       "be read (Permission denied); give read access to it (for instance chmod "
                       "-R a+rX content/archive/2566), then build again\n"
                       "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    Run verify = run("verify content/archive/2566");
    CHECK(verify.exit_code == 1);
    CHECK(verify.err == "content/archive/2566/plan: error: this folder cannot be read (no "
                        "permission), so the archive cannot be checked; ask the computer's "
                        "administrator for read access to it, or verify a copy, then verify "
                        "again\n"
                        "prongsai verify: the archive could not be checked\n");
    Run archive = run("archive 2567");
    CHECK(archive.exit_code == 1);
    CHECK(archive.err.starts_with("content/archive/2566/plan: error: this folder cannot be read"));
    fs::permissions(locked, fs::perms::owner_all);
}
