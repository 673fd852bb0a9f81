// Builds the bundled Tak Bai content and inspects the portal it makes.
#include "harness.h"

#include <doctest/doctest.h>
#include <regex>
#include <set>

using namespace e2e;

namespace {

// The text of the cells of the first <tfoot> row in `html`.
std::vector<std::string> footer_cells(const std::string& html) {
    std::vector<std::string> cells;
    auto start = html.find("<tfoot>");
    auto end = html.find("</tfoot>", start);
    REQUIRE(start != std::string::npos);
    static const std::regex cell(R"(<td class="[^"]*"[^>]*>([^<]*)</td>)");
    std::string row = html.substr(start, end - start);
    for (std::sregex_iterator it(row.begin(), row.end(), cell), stop; it != stop; ++it)
        cells.push_back((*it)[1]);
    return cells;
}

} // namespace

TEST_CASE("the Tak Bai portal: 49 project pages, totals as the plan states them") {
    Workspace w;
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    CHECK(r.out.starts_with("95 pages written, 8 warning(s), "));

    int project_pages = 0;
    for (const auto& e : fs::directory_iterator(w.path("site/plan/projects")))
        if (e.path().filename() != "index.html") ++project_pages;
    CHECK(project_pages == 49);

    // Per-year totals of the plan document (ส่วนที่ 2), computed from the projects.
    std::string budget = read_file(w.path("site/plan/budget.html"));
    CHECK(footer_cells(budget) ==
          std::vector<std::string>{"49", "360,000", "460,000", "470,000", "490,000", "490,000"});
    CHECK(budget.find("<th scope=\"row\">มิติที่ 1 การสร้างวัฒนธรรมสุจริต</th><td class=\"num\">13</td>"
                      "<td class=\"amount\">150,000</td>") != std::string::npos);

    // A year without budget and a year not run stay different.
    std::string p38 = read_file(w.path("site/plan/projects/38.html"));
    CHECK(p38.find("<td class=\"not-run\" title=\"ไม่ดำเนินการในปี 2566\">–</td>"
                   "<td class=\"amount\">70,000</td>") != std::string::npos);
    std::string p49 = read_file(w.path("site/plan/projects/49.html"));
    CHECK(p49.find("<td class=\"no-budget\" title=\"ดำเนินการโดยไม่ใช้งบประมาณ\">ไม่ใช้งบประมาณ</td>") !=
          std::string::npos);
    CHECK(p49.find("<td class=\"not-run\"") == std::string::npos);

    // Every project page has its nine fields and its place in the tree.
    std::string p1 = read_file(w.path("site/plan/projects/01.html"));
    for (const char* field :
         {"<h1>โครงการพัฒนาความรู้ด้านกฎหมาย", "<dt>กลุ่มเป้าหมาย</dt>", "<dt>ระยะเวลาดำเนินการ</dt>",
          "<dt>ผู้รับผิดชอบ</dt><dd>สำนักปลัดเทศบาลเมืองตากใบ</dd>",
          "<caption>งบประมาณดำเนินการ (บาท) รายปีงบประมาณ</caption>", "<h2>หลักการและเหตุผล</h2>",
          "<h2>วัตถุประสงค์</h2>", "<h2>วิธีดำเนินการ</h2>", "<h2>ผลผลิต</h2>", "<h2>ผลลัพธ์</h2>",
          "ภารกิจ 1.1", "งบประมาณรวมตลอดแผน 150,000.00 บาท (หนึ่งแสนห้าหมื่นบาทถ้วน)",
          "rel=\"next\" href=\"../../plan/projects/02.html\""})
        CHECK_MESSAGE(p1.find(field) != std::string::npos, std::string(field));
    // The print view shows each project's facts, budget and body as its page
    // does (they are rendered once for both).
    std::string print = read_file(w.path("site/plan/print.html"));
    for (const char* page : {"site/plan/projects/01.html", "site/plan/projects/49.html"}) {
        std::string html = read_file(w.path(page));
        auto from = html.find("<dl class=\"facts\">");
        auto to = html.find("</table></div>", from);
        REQUIRE(to != std::string::npos);
        CHECK_MESSAGE(print.find(html.substr(from, to - from)) != std::string::npos, page);
        from = html.find("<div class=\"prose\">") + 20;
        to = html.find("</div>", from);
        CHECK_MESSAGE(print.find(html.substr(from, to - from)) != std::string::npos, page);
    }
}

TEST_CASE("two builds are byte-identical, whatever the number of threads") {
    Workspace w;
    REQUIRE(w.prongsai("build -o one -j 1").exit_code == 0);
    REQUIRE(w.prongsai("build -o two -j 4").exit_code == 0);
    auto one = snapshot(w.path("one")), two = snapshot(w.path("two"));
    // Assets: style.css, catalogue.js, search.js, favicon.svg, 4 Sarabun woff2 + OFL.txt; the
    // marker; the search index: docs.js, 9 term files, 220 files of text;
    // 95 pages, 10 report tables (CSV), 2 OIT CSVs, 18 open-data tables as CSV and
    // JSON and their datapackage.json, feeds, robots.txt, documents, assets, marker
    CHECK(one.size() == 392);
    CHECK(one == two);
}

TEST_CASE("every internal link and anchor resolves") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    fs::path site = w.path("site");
    static const std::regex ref(R"re((?:href|src)="([^"]*)")re");
    static const std::regex id(R"re( id="([^"]*)")re");
    int checked = 0;
    std::set<fs::path> pages, reached = {site / "index.html"};
    for (const auto& e : fs::recursive_directory_iterator(site)) {
        // 404.html is served at any missing address, so its links start from base_path.
        if (e.path().extension() != ".html" || e.path().filename() == "404.html") continue;
        pages.insert(e.path());
        std::string html = read_file(e.path());
        for (std::sregex_iterator it(html.begin(), html.end(), ref), stop; it != stop; ++it) {
            std::string target = (*it)[1];
            // Links the content itself makes to other sites are not ours to check.
            if (target.starts_with("mailto:") || target.starts_with("https://") ||
                target.starts_with("http://"))
                continue;
            CHECK_MESSAGE(target.find("://") == std::string::npos, "absolute link: " << target);
            CHECK_MESSAGE(!target.starts_with("/"), "root-relative link: " << target);
            std::string file = target.substr(0, target.find('#'));
            std::string anchor =
                target.find('#') == std::string::npos ? "" : target.substr(target.find('#') + 1);
            fs::path resolved =
                file.empty() ? e.path() : (e.path().parent_path() / file).lexically_normal();
            CHECK_MESSAGE(fs::is_regular_file(resolved), e.path().filename() << " → " << target);
            if (resolved != e.path()) reached.insert(resolved);
            if (!anchor.empty() && fs::is_regular_file(resolved)) {
                std::string other = read_file(resolved);
                std::set<std::string> ids;
                for (std::sregex_iterator i(other.begin(), other.end(), id), s; i != s; ++i)
                    ids.insert((*i)[1]);
                CHECK_MESSAGE(ids.count(anchor), e.path().filename() << " → " << target);
            }
            ++checked;
        }
    }
    CHECK(checked > 800);
    // No orphan: a link reaches every page (the archive index only exists
    // when a year is archived and the year switcher links it).
    for (const auto& page : pages)
        CHECK_MESSAGE(reached.count(page), "no link reaches " << page.lexically_relative(site));
    CHECK_FALSE(fs::exists(site / "archive"));
}

TEST_CASE("check reads everything and writes nothing") {
    Workspace w;
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("no errors, 8 warning(s), "));
    CHECK_FALSE(fs::exists(w.path("site")));
}

TEST_CASE("--version and --help") {
    Workspace w;
    Run v = w.prongsai("--version");
    CHECK(v.exit_code == 0);
    CHECK(v.out == "prongsai " PRONGSAI_VERSION "\n");
    Run h = w.prongsai("--help");
    CHECK(h.exit_code == 0);
    CHECK(h.out.find("build") != std::string::npos);
    CHECK(h.out.find("check") != std::string::npos);
}

TEST_CASE("a site overrides one template or asset with a file of the same name") {
    Workspace w;
    write_file(w.path("content/themes/default/assets/style.css"), "body { color: black }\n");
    write_file(w.path("content/themes/default/templates/budget.mustache"),
               "<h1>งบประมาณของเรา {{plan_title}}</h1>\n");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(read_file(w.path("site/assets/style.css")) == "body { color: black }\n");
    CHECK(read_file(w.path("site/plan/budget.html")).find("<h1>งบประมาณของเรา แผนปฏิบัติการ") !=
          std::string::npos);
    // Everything else still comes from the default theme.
    CHECK(fs::exists(w.path("site/assets/catalogue.js")));
    CHECK(read_file(w.path("site/plan/index.html")).find("<h2>มิติ ภารกิจ และโครงการ</h2>") !=
          std::string::npos);
}

TEST_CASE("every page says when the content was last updated, from the content, not the clock") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    // The latest date in the content: the plan's announcement, 5 July 2565.
    for (const char* page :
         {"site/index.html", "site/plan/projects/01.html", "site/documents/index.html"})
        CHECK(read_file(w.path(page)).find("ปรับปรุงข้อมูลล่าสุด 5 กรกฎาคม 2565") != std::string::npos);
    w.edit("site.toml", "digits = \"arabic\"", "digits = \"arabic\"\nupdated = \"2566-01-15\"");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(read_file(w.path("site/index.html")).find("ปรับปรุงข้อมูลล่าสุด 15 มกราคม 2566") !=
          std::string::npos);
}
