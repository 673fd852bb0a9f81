// The organisation's own pages, the menu as content, its people and structure.
#include "harness.h"

#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

// The links of the page's menu (<nav class="site-nav">), as written.
std::vector<std::string> menu_links(const std::string& html) {
    std::size_t from = html.find("<nav class=\"site-nav\"");
    std::size_t to = html.find("</nav>", from);
    REQUIRE(from != std::string::npos);
    std::string nav = html.substr(from, to - from);
    std::vector<std::string> out;
    static const std::regex href(R"(href="([^"]+)\")");
    for (auto m = std::sregex_iterator(nav.begin(), nav.end(), href); m != std::sregex_iterator();
         ++m)
        out.push_back((*m)[1]);
    return out;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = 0; (at = s.find(what, at)) != std::string::npos; at += what.size())
        ++n;
    return n;
}

} // namespace

TEST_CASE("pages: a page a file, a page a folder listing its pages, breadcrumbs, OIT items") {
    Workspace w;
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    std::string page = read_file(w.path("site/pages/integrity/complaints.html"));
    CHECK(page.find("<h1>ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ</h1>") != std::string::npos);
    CHECK(page.find("ข้อมูล ณ วันที่ 30 กันยายน 2565") != std::string::npos);
    CHECK(page.find("<a href=\"../../oit/2565/index.html\">ปี 2565</a> <span class=\"oit-item\">"
                    "O30</span> <span class=\"oit-item\">O32</span>") != std::string::npos);
    // Home › the pages' folder › its sub-folder › the page.
    CHECK(page.find("<li><a href=\"../../pages/index.html\">ข้อมูลหน่วยงาน</a></li>\n"
                    "<li><a href=\"../../pages/integrity/index.html\">การป้องกันการทุจริต"
                    "และส่งเสริมความโปร่งใส</a></li>\n"
                    "<li><span aria-current=\"page\">ช่องทางการร้องเรียนการทุจริตและประพฤติมิชอบ"
                    "</span></li>") != std::string::npos);
    std::string section = read_file(w.path("site/pages/integrity/index.html"));
    CHECK(section.find("<li><a href=\"../../pages/integrity/complaints.html\">ช่องทางการร้องเรียน"
                       "การทุจริตและประพฤติมิชอบ</a>") != std::string::npos);
    std::string top = read_file(w.path("site/pages/index.html"));
    CHECK(top.find("<a href=\"../pages/about.html\">") != std::string::npos);
    CHECK(top.find("<a href=\"../pages/integrity/index.html\">การป้องกันการทุจริตและส่งเสริม"
                   "ความโปร่งใส</a> <span class=\"doc-meta\">(หมวด)</span>") != std::string::npos);
}

TEST_CASE("menu: menu.toml's groups in order, disclosures for titled groups, the current entry") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string home = read_file(w.path("site/index.html"));
    CHECK(menu_links(home) ==
          std::vector<std::string>{
              "index.html", "announcements/index.html", "documents/index.html",
              "fiscal-years/index.html", "reports/index.html", "search.html", "pages/about.html",
              "organisation/executives.html", "organisation/structure.html", "contact.html",
              "pages/integrity/index.html", "pages/integrity/complaints.html", "plan/index.html",
              "plan/budget.html", "plan/projects/index.html"});
    CHECK(count(home, "<details><summary") == 2);
    // The group of the page shown is marked, and the page's entry in it.
    std::string about = read_file(w.path("site/pages/about.html"));
    CHECK(about.find("<summary class=\"current\">เมนูหลัก</summary>") != std::string::npos);
    CHECK(about.find("<a href=\"../pages/about.html\" aria-current=\"page\">ข้อมูลพื้นฐาน</a>") !=
          std::string::npos);
    CHECK(about.find("<summary>แผนพัฒนา</summary>") != std::string::npos);
}

TEST_CASE("menu: without menu.toml, the built-in navigation, then the pages' groups, then the "
          "organisation's") {
    Workspace w;
    fs::remove(w.path("content/menu.toml"));
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    std::string home = read_file(w.path("site/index.html"));
    CHECK(menu_links(home) ==
          std::vector<std::string>{
              "index.html", "plan/index.html", "plan/budget.html", "plan/projects/index.html",
              "announcements/index.html", "documents/index.html", "fiscal-years/index.html",
              "reports/index.html", "search.html", "pages/about.html",
              "pages/integrity/complaints.html", "pages/integrity/index.html",
              "organisation/executives.html", "organisation/structure.html", "contact.html"});
    CHECK(home.find("<summary>เมนูหลัก</summary>") != std::string::npos);
    CHECK(home.find("<summary>หน่วยงาน</summary>") != std::string::npos);
}

TEST_CASE("menu: a page no menu leads to is a warning at it; a built-in page the site lacks is "
          "left out with a warning") {
    Workspace w;
    w.edit("pages/about.md", "menu = \"เมนูหลัก\"\n", "");
    w.edit("menu.toml", "[\"pages/about.md\", ", "[");
    fs::remove(w.path("content/organisation/people.toml"));
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("content/menu.toml:12:12: warning: the menu names \"executives\", a page this "
                     "site does not have yet (nothing in organisation/people.toml); it is left "
                     "out of the menu\n") != std::string::npos);
    CHECK_FALSE(fs::exists(w.path("site/organisation/executives.html")));
    CHECK(r.err.find("content/pages/about.md:1:1: warning: no menu leads to this page: add menu = "
                     "\"...\" (a group's title) to its front matter, or list it or its folder in "
                     "menu.toml (\"pages/about.md\")\n") != std::string::npos);
    // Still published, and its folder's page lists it.
    CHECK(fs::exists(w.path("site/pages/about.html")));
}

TEST_CASE("people: executives, a vacancy, and the structure as a nested list and a chart") {
    Workspace w;
    w.edit("organisation/people.toml", "[[units]]\nid = \"office\"",
           "[[people]]\nposition = \"รองนายกเทศมนตรี\"\nexecutive = true\nvacant = true\n\n"
           "[[people]]\nname = \"นางทดสอบ ตัวอย่าง\"\nposition = \"หัวหน้างานนิติการ\"\n"
           "unit = \"legal\"\nemail = \"legal@example.go.th\"\n\n"
           "[[units]]\nid = \"office\"");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string execs = read_file(w.path("site/organisation/executives.html"));
    CHECK(execs.find("<p class=\"position\">นายกเทศมนตรีเมืองตากใบ</p>\n"
                     "<p class=\"name\">นายชินตารา นุชนิตตารา</p>") != std::string::npos);
    CHECK(execs.find("<p class=\"position\">รองนายกเทศมนตรี</p>\n"
                     "<p class=\"name vacant\">ตำแหน่งว่าง</p>") != std::string::npos);
    std::string structure = read_file(w.path("site/organisation/structure.html"));
    // สำนักปลัดเทศบาล holds งานนิติการ (with its head) and งานทะเบียนราษฎร.
    CHECK(structure.find("<li><span class=\"unit\">สำนักปลัดเทศบาล</span>\n<ul>\n"
                         "<li><span class=\"unit\">งานนิติการ</span>\n<ul class=\"positions\">\n"
                         "<li>หัวหน้างานนิติการ: นางทดสอบ ตัวอย่าง · <a "
                         "href=\"mailto:legal@example.go.th\">legal@example.go.th</a></li>\n"
                         "</ul>\n</li>\n<li><span class=\"unit\">งานทะเบียนราษฎร</span>\n</li>\n"
                         "</ul></li>\n") != std::string::npos);
    CHECK(count(structure, "<ul") == count(structure, "</ul>"));
    CHECK(count(structure, "<li>") + count(structure, "<li ") == count(structure, "</li>"));
    // The head's line wraps in the box at a space.
    CHECK(structure.find("<text x=\"44\" y=\"171\" text-anchor=\"start\">หัวหน้างานนิติการ "
                         "นางทดสอบ</text>\n<text x=\"44\" y=\"189\" text-anchor=\"start\">"
                         "ตัวอย่าง</text>") != std::string::npos);
    CHECK(structure.find("; งานนิติการ; หัวหน้างานนิติการ นางทดสอบ ตัวอย่าง; งานทะเบียนราษฎร;") !=
          std::string::npos);
    // Eight units of the first level: two rows of four.
    CHECK(structure.find("viewBox=\"0 0 960 ") != std::string::npos);
}

TEST_CASE("contact: office hours and a map that is a link out, nothing loaded from elsewhere") {
    Workspace w;
    w.edit("site.toml", "email = \"4960201@dla.go.th\"",
           "email = \"4960201@dla.go.th\"\noffice_hours = \"วันจันทร์–วันศุกร์ 08.30–16.30 น.\"\n"
           "map_url = \"https://www.openstreetmap.org/#map=17/6.25/102.05\"");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string contact = read_file(w.path("site/contact.html"));
    CHECK(contact.find("<p>เวลาทำการ: วันจันทร์–วันศุกร์ 08.30–16.30 น.</p>") != std::string::npos);
    CHECK(contact.find("<a href=\"https://www.openstreetmap.org/#map=17/6.25/102.05\" "
                       "rel=\"external noopener\">") != std::string::npos);
    CHECK(contact.find("<iframe") == std::string::npos);
    CHECK(contact.find("src=\"http") == std::string::npos);
    w.edit("site.toml", "map_url = \"https://", "map_url = \"javascript://");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("content/site.toml:18:1: error: 'map_url' must be a map service's https "
                     "address, like map_url = "
                     "\"https://www.openstreetmap.org/#map=17/6.25/102.05\"\n") !=
          std::string::npos);
}
