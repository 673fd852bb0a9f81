// `prongsai new`: the files it writes pass `check` as they are, and it never
// overwrites anything.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

TEST_CASE("new project: the next number, passes check, refuses to overwrite") {
    Workspace ws;
    Run made = ws.prongsai("new project content");
    CHECK(made.exit_code == 0);
    fs::path file = ws.path("content/plan/projects/50.md");
    REQUIRE(fs::exists(file));
    std::string text = read_file(file);
    CHECK(text.find("number = 50\n") != std::string::npos);
    CHECK(text.find("mission = \"1.1\"\n") != std::string::npos);
    CHECK(text.find("# 2566 = 0\n") != std::string::npos); // the plan's years, as comments

    Run check = ws.prongsai("check content");
    CHECK_MESSAGE(check.exit_code == 0, check.err);

    Run again = ws.prongsai("new project content --number 50");
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("50.md already exists") != std::string::npos);
    CHECK(read_file(file) == text);
}

TEST_CASE("new announcement: today's Buddhist-Era date, passes check, refuses to overwrite") {
    Workspace ws;
    Run made = ws.prongsai("new announcement content --slug test");
    REQUIRE(made.exit_code == 0);
    fs::path file;
    for (const auto& e : fs::directory_iterator(ws.path("content/announcements")))
        if (e.path().filename().string().ends_with("-test.md")) file = e.path();
    REQUIRE(!file.empty());
    int year = std::stoi(file.filename().string().substr(0, 4));
    CHECK(year > 2560); // Buddhist Era, not 20xx
    CHECK(read_file(file).find("date = \"" + file.filename().string().substr(0, 10) + "\"") !=
          std::string::npos);
    Run check = ws.prongsai("check content");
    CHECK_MESSAGE(check.exit_code == 0, check.err);
    CHECK(ws.prongsai("new announcement content --slug test").exit_code == 1);
    CHECK(ws.prongsai("new announcement content --slug 'Bad Name'").exit_code == 1);
}

TEST_CASE("new document: lists a file of documents/ once, and check passes") {
    Workspace ws;
    write_file(ws.path("content/documents/report-2569.pdf"), "%PDF-1.4 test\n");
    std::string before = read_file(ws.path("content/documents/documents.toml"));
    Run made = ws.prongsai("new document report-2569.pdf content");
    CHECK(made.exit_code == 0);
    std::string after = read_file(ws.path("content/documents/documents.toml"));
    CHECK(after.starts_with(before));
    CHECK(after.find("file = \"report-2569.pdf\"") != std::string::npos);
    Run check = ws.prongsai("check content");
    CHECK_MESSAGE(check.exit_code == 0, check.err);

    CHECK(ws.prongsai("new document report-2569.pdf content").exit_code == 1);
    CHECK(ws.prongsai("new document missing.pdf content").exit_code == 1);
    CHECK(read_file(ws.path("content/documents/documents.toml")) == after);
}

TEST_CASE("new project refuses to write through a link out of the content folder") {
    Workspace ws;
    fs::rename(ws.path("content/plan/projects"), ws.path("elsewhere"));
    fs::create_directory_symlink("../../elsewhere", ws.path("content/plan/projects"));
    auto before = snapshot(ws.path("elsewhere"));
    Run made = ws.prongsai("new project content");
    CHECK(made.exit_code == 1);
    CHECK_MESSAGE(made.err.find("content/plan/projects leads outside the content folder (a "
                                "link?); nothing was written") != std::string::npos,
                  made.err);
    CHECK(snapshot(ws.path("elsewhere")) == before);
}

TEST_CASE("new document refuses a file name with a line break") {
    Workspace ws;
    write_file(ws.path("content/documents/a\nb.pdf"), "%PDF-1.4 test\n");
    std::string before = read_file(ws.path("content/documents/documents.toml"));
    Run made = ws.prongsai("new document \"$(printf 'a\\nb.pdf')\" content");
    CHECK(made.exit_code == 1);
    CHECK_MESSAGE(made.err.find("has a line break or another control character; rename the file") !=
                      std::string::npos,
                  made.err);
    CHECK(read_file(ws.path("content/documents/documents.toml")) == before);
}

TEST_CASE("new project --number takes 1 to 99999 only") {
    Workspace ws;
    auto before = snapshot(ws.path("content/plan/projects"));
    for (const char* number : {"2147483647", "2147483648", "-1", "0", "100000", "12a", "''"}) {
        Run made = ws.prongsai(std::string("new project content --number ") + number);
        CHECK_MESSAGE(made.exit_code == 1, number);
        CHECK_MESSAGE(made.err.find("give a whole number from 1 to 99999") != std::string::npos,
                      made.err);
    }
    CHECK(snapshot(ws.path("content/plan/projects")) == before);
    Run next = ws.prongsai("new project content");
    CHECK(next.exit_code == 0);
    CHECK(fs::exists(ws.path("content/plan/projects/50.md")));
    Run highest = ws.prongsai("new project content --number 99999");
    CHECK(highest.exit_code == 0);
    CHECK(read_file(ws.path("content/plan/projects/99999.md")).find("number = 99999\n") !=
          std::string::npos);
}
