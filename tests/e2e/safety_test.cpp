// Content is untrusted: escaping, raw HTML, paths, and the output folder.
#include "harness.h"

#include <doctest/doctest.h>
#include <tuple>

using namespace e2e;

TEST_CASE("values put into HTML are escaped") {
    Workspace w;
    w.edit("plan/projects/07.md", "title = \"โครงการเชิดชูเกียรติ",
           "title = \"<script>alert('x')</script> & \\\"q\\\" โครงการเชิดชูเกียรติ");
    w.edit("plan/projects/07.md", "unit = \"", "unit = \"<b onmouseover=x>");
    REQUIRE(w.prongsai("build").exit_code == 0);
    for (const char* page :
         {"site/plan/projects/07.html", "site/plan/projects/index.html", "site/plan/index.html",
          "site/plan/budget.html", "site/plan/projects/06.html"}) {
        std::string html = read_file(w.path(page));
        CHECK_MESSAGE(html.find("<script>alert") == std::string::npos, page);
        CHECK_MESSAGE(html.find("<b onmouseover") == std::string::npos, page);
    }
    std::string p7 = read_file(w.path("site/plan/projects/07.html"));
    CHECK(p7.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;q&quot;") !=
          std::string::npos);
}

TEST_CASE("raw HTML in Markdown is dropped unless the site allows it") {
    Workspace w;
    w.edit("plan/projects/07.md", "## หลักการและเหตุผล",
           "<script>alert(1)</script>\n\n<div "
           "class=\"x\">raw</div>\n\n[click](javascript:alert(1))\n\n## หลักการและเหตุผล");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string safe = read_file(w.path("site/plan/projects/07.html"));
    CHECK(safe.find("alert(1)</script>") == std::string::npos);
    CHECK(safe.find("<div class=\"x\">") == std::string::npos);
    CHECK(safe.find("javascript:") == std::string::npos);
    CHECK(safe.find("<!-- raw HTML omitted -->") != std::string::npos);

    w.edit("site.toml", "allow_raw_html = false", "allow_raw_html = true");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string raw = read_file(w.path("site/plan/projects/07.html"));
    CHECK(raw.find("<div class=\"x\">raw</div>") != std::string::npos);
    // Even then, GFM's tag filter keeps <script> inert.
    CHECK(raw.find("<script>alert(1)") == std::string::npos);
}

TEST_CASE("allowing raw HTML does not allow scripts: every link, image and tag is filtered") {
    Workspace w;
    const char* vectors[] = {
        "[a](javascript:alert(1))",
        "[b](JaVaScRiPt:alert(2))",
        "[c](vbscript:msgbox(3))",
        "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
        "![e](javascript:alert(5))",
        "![f](data:image/svg+xml;base64,PHN2Zy8+)",
        "[g](<java\tscript:alert(7)>)",
        "[h](&#106;avascript:alert(8))",
        "<a href=javascript:alert(9)>i</a>",
        "<a href=\"&#x6A;avascript&colon;alert(10)\">j</a>",
        "<svg onload=alert(11)>",
        "<img src=x onerror=alert(12)>",
        "<p onclick=\"alert(13)\" style=\"x\">k</p>",
        "<iframe src=\"https://example.com\"></iframe>",
        "<!-- comment --><object data=x></object>",
        // A browser reads a numeric reference without its ';' too.
        "<a href=\"javascript&#58alert(14)\">l</a>",
        "<img src=\"JAVASCRIPT&#0000058alert(15)\" alt=\"m\">",
        "<a href=\"javascript&#x3A(alert(16))\">n</a>",
    };
    std::string markdown;
    for (const char* v : vectors)
        markdown += std::string(v) + "\n\n";
    w.edit("plan/projects/07.md", "## หลักการและเหตุผล", markdown + "## หลักการและเหตุผล");
    for (const char* mode : {"allow_raw_html = false", "allow_raw_html = true"}) {
        w.edit("site.toml", "allow_raw_html = false", mode);
        REQUIRE(w.prongsai("build").exit_code == 0);
        std::string html = read_file(w.path("site/plan/projects/07.html"));
        std::string lower = html;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const char* bad :
             {"javascript:", "vbscript:", "data:", "&#106;avascript", "&#x6a;avascript", "onload",
              "onerror", "onclick", "<svg", "<iframe", "<object", "style=", "<!-- comment",
              "alert(14)", "alert(15)", "alert(16)"})
            CHECK_MESSAGE(lower.find(bad) == std::string::npos, (std::string(mode) + ": " + bad));
        if (std::string(mode) == "allow_raw_html = true") {
            CHECK(html.find("<a>i</a>") != std::string::npos);
            CHECK(html.find("<img src=\"x\">") != std::string::npos);
            CHECK(html.find("<p>k</p>") != std::string::npos);
            CHECK(html.find("<a>l</a>") != std::string::npos);
            CHECK(html.find("<img alt=\"m\">") != std::string::npos);
            CHECK(html.find("<a>n</a>") != std::string::npos);
        }
        w.edit("site.toml", mode, "allow_raw_html = false");
    }
}

TEST_CASE("base_path and url must be a plain path and a web address") {
    for (auto [from, to, message] :
         {std::tuple{"base_path = \"/\"", "base_path = \"javascript:alert(3)//\"",
                     "content/site.toml:4:1: error: 'base_path' must be the site's folder on its "
                     "web server, starting and ending with /, like base_path = \"/\" or "
                     "base_path = \"/ita/\"\n"
                     "    base_path = \"javascript:alert(3)//\"\n"
                     "    ^\n"},
          std::tuple{"base_path = \"/\"", "base_path = \"/a\\\" onload=\\\"x/\"",
                     "content/site.toml:4:1: error: 'base_path' must be the site's folder on its "
                     "web server, starting and ending with /, like base_path = \"/\" or "
                     "base_path = \"/ita/\"\n"
                     "    base_path = \"/a\\\" onload=\\\"x/\"\n"
                     "    ^\n"},
          std::tuple{"base_path = \"/\"",
                     "base_path = \"/\"\nurl = \"https://x.go.th/\\\"><script>/\"",
                     "content/site.toml:5:1: error: 'url' must be the site's full address, like "
                     "url = \"https://www.example.go.th/ita/\"\n"
                     "    url = \"https://x.go.th/\\\"><script>/\"\n"
                     "    ^\n"}}) {
        Workspace w;
        w.edit("site.toml", from, to);
        Run r = w.prongsai("build");
        CHECK(r.exit_code == 1);
        CHECK(r.err == std::string(message) +
                           "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
        CHECK_FALSE(fs::exists(w.path("site")));
    }
}

TEST_CASE("a content file that leads outside the content folder is refused") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("outside.md"), read_file(w.path("content/plan/projects/49.md")));
    fs::create_symlink("../../../outside.md", w.path("content/plan/projects/50.md"));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/plan/projects/50.md: error: this file leads outside the content folder "
                   "(a link?); put the file itself inside the content folder\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a document reached through a linked folder outside the content folder is refused") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    fs::create_directories(w.path("elsewhere"));
    fs::copy_file(w.path("content/documents/eplannacc-2564.csv"), w.path("elsewhere/data.csv"));
    fs::create_directory_symlink("../../elsewhere", w.path("content/documents/linked"));
    w.edit("documents/documents.toml", "file = \"eplannacc-2564.csv\"",
           "file = \"linked/data.csv\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("documents/linked/data.csv leads outside the content folder (a link?); put "
                     "the file itself in the documents folder\n") != std::string::npos);
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a link inside an archived year is refused, not published") {
    Workspace w;
    REQUIRE(w.prongsai("archive 2566").exit_code == 0);
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    write_file(w.path("secret.txt"), "not for publication\n");
    fs::create_symlink("../../../secret.txt", w.path("content/archive/2566/secret.txt"));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/archive/2566/secret.txt: error: this file of an archived year is a "
                   "link; an archive holds the files themselves (make it again with prongsai "
                   "archive)\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a link that stays inside the content folder is followed") {
    Workspace w;
    fs::create_directories(w.path("content/files"));
    fs::rename(w.path("content/documents/eplannacc-2564.csv"),
               w.path("content/files/eplannacc-2564.csv"));
    fs::create_symlink("../files/eplannacc-2564.csv",
                       w.path("content/documents/eplannacc-2564.csv"));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    CHECK(read_file(w.path("site/documents/eplannacc-2564.csv")) ==
          read_file(w.path("content/files/eplannacc-2564.csv")));
}

TEST_CASE("a theme name cannot be a path") {
    Workspace w;
    w.edit("site.toml", "theme = \"default\"", "theme = \"../../etc\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err ==
          "content/site.toml:5:1: error: 'theme' must be a theme's folder name, like theme = "
          "\"default\" (letters a-z, digits, - and _)\n"
          "    theme = \"../../etc\"\n"
          "    ^\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
}

TEST_CASE("the output folder is never the content folder or someone else's folder") {
    Workspace w;
    Run into_content = w.prongsai("build -o content");
    CHECK(into_content.exit_code == 1);
    CHECK(without_year_warnings(into_content.err) ==
          "content: error: the output folder is, or contains, the content "
          "folder; choose another with -o (e.g. -o site)\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    Run inside = w.prongsai("build -o content/plan/out");
    CHECK(inside.exit_code == 1);
    CHECK(inside.err.find("the output folder is inside the content folder") != std::string::npos);

    write_file(w.path("documents/letter.txt"), "keep me");
    Run foreign = w.prongsai("build -o documents");
    CHECK(foreign.exit_code == 1);
    CHECK(foreign.err.find("this folder was not written by prongsai") != std::string::npos);
    CHECK(read_file(w.path("documents/letter.txt")) == "keep me");
    CHECK(snapshot(w.path("content")) == snapshot(source_dir() / "content"));
}

TEST_CASE("Markdown links to content files lead to their pages") {
    Workspace w;
    w.edit(
        "plan/projects/07.md", "\n## วัตถุประสงค์",
        "\nดู [โครงการที่ 8](08.md#x) และ [แผน](../../documents/plan-2566-2570.pdf)\n\n## วัตถุประสงค์");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string p7 = read_file(w.path("site/plan/projects/07.html"));
    CHECK(p7.find("<a href=\"08.html#x\">โครงการที่ 8</a>") != std::string::npos);
    CHECK(p7.find("<a href=\"../../documents/plan-2566-2570.pdf\">แผน</a>") != std::string::npos);
}
