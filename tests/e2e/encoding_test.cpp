// What clerks' editors write: byte-order marks, CRLF, TIS-620, stray bytes,
// empty and huge files, Thai digits.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const char* const summary = "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n";

// Rewrites content file `rel` through `change`, builds, and checks that the
// build fails with exactly `message` and leaves the site as it was.
void expect_refused(const std::string& rel, std::string (*change)(std::string),
                    const std::string& message) {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("content/" + rel), change(read_file(w.path("content/" + rel))));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err == message + summary);
    CHECK(snapshot(w.path("site")) == before);
}

std::string thai_to_tis620(std::string utf8) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        auto c = static_cast<unsigned char>(utf8[i]);
        if (c == 0xE0 && i + 2 < utf8.size()) { // U+0E01–U+0E5B → 0xA1–0xFB
            char32_t cp = ((c & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
            out += static_cast<char>(0xA1 + (cp - 0x0E01));
            i += 2;
        } else {
            out += utf8[i];
        }
    }
    return out;
}

} // namespace

TEST_CASE("a byte-order mark and CRLF line ends simply work") {
    Workspace w;
    REQUIRE(w.prongsai("build -o plain").exit_code == 0);
    for (const char* rel : {"site.toml", "plan/plan.toml", "plan/projects/07.md",
                            "announcements/2564-11-17-plan-2565.md"}) {
        std::string text = read_file(w.path(std::string("content/") + rel)), crlf;
        for (char ch : text)
            crlf += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
        write_file(w.path(std::string("content/") + rel), "\xEF\xBB\xBF" + crlf);
    }
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    CHECK(snapshot(w.path("site")) == snapshot(w.path("plain")));
}

TEST_CASE("a file saved as TIS-620 is refused with its line shown and how to convert it") {
    expect_refused("plan/projects/07.md", thai_to_tis620,
                   "content/plan/projects/07.md:6:9: error: the file is saved as TIS-620 / "
                   "Windows-874, not UTF-8; save it again as UTF-8, or convert it: iconv -f "
                   "TIS-620 -t UTF-8 content/plan/projects/07.md > new.md && mv new.md "
                   "content/plan/projects/07.md\n"
                   "    kind = \"โครงการ\"\n"
                   "            ^\n");
}

TEST_CASE("invalid UTF-8 that is not TIS-620") {
    expect_refused(
        "plan/projects/07.md",
        [](std::string s) { return s.replace(s.find("kind = \"") + 8, 0, "\x80\x81"); },
        "content/plan/projects/07.md:6:9: error: the file is not valid UTF-8 (perhaps "
        "TIS-620 / Windows-874); save it as UTF-8, or convert it: iconv -f TIS-620 -t "
        "UTF-8\n"
        "    kind = \"??โครงการ\"\n"
        "            ^\n");
}

TEST_CASE("an empty file, a NUL byte, front matter closed twice") {
    expect_refused(
        "plan/projects/07.md", [](std::string) { return std::string(); },
        "content/plan/projects/07.md:1:1: error: the file is empty; a page starts with "
        "front matter between two lines +++ (copy one from content/README.md)\n");
    expect_refused(
        "plan/projects/07.md", [](std::string s) { return s.insert(s.find("## "), 1, '\0'); },
        "content/plan/projects/07.md:20:1: error: the file contains a NUL byte (it is "
        "not a text file); save it again as plain text in UTF-8\n"
        "    ?## หลักการและเหตุผล\n"
        "    ^\n");
    expect_refused(
        "plan/projects/07.md",
        [](std::string s) { return s.replace(s.find("+++\n\n##"), 0, "+++\n"); },
        "content/plan/projects/07.md:19:1: error: a second +++ line: the front matter "
        "was already closed on line 18; remove this line\n"
        "    +++\n"
        "    ^\n");
}

TEST_CASE("an impossible date") {
    expect_refused(
        "plan/plan.toml",
        [](std::string s) { return s.replace(s.find("2565-07-05"), 10, "2565-02-29"); },
        "content/plan/plan.toml:4:1: error: 'announced' is not a real date "
        "(2565-2-29)\n"
        "    announced = \"2565-02-29\"\n"
        "    ^\n");
}

TEST_CASE("a file of several megabytes builds") {
    Workspace w;
    std::string text = read_file(w.path("content/plan/projects/07.md"));
    std::string paragraph;
    for (int i = 0; i < 20; ++i)
        paragraph += "ข้อความยาว ";
    for (int i = 0; i < 20000; ++i)
        text += paragraph + "\n\n";
    write_file(w.path("content/plan/projects/07.md"), text);
    REQUIRE(text.size() > 10'000'000);
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(fs::file_size(w.path("site/plan/projects/07.html")) > 10'000'000);
}

TEST_CASE("amounts with Thai digits and separators mean the same number") {
    Workspace w;
    w.edit("plan/projects/07.md", "2570 = 10000", "2570 = \"๑๐,๐๐๐\"");
    w.edit("plan/projects/07.md", "2569 = 10000", "2569 = \"10,000.00\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(only_year_warnings(r.err)); // the totals still match the plan's stated figures
    std::string p7 = read_file(w.path("site/plan/projects/07.html"));
    CHECK(p7.find("<td class=\"amount\">10,000</td><td class=\"amount\">10,000</td><td "
                  "class=\"amount\">50,000</td>") != std::string::npos);
}
