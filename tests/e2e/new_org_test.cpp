// What a new organisation's content needs: the checks for what it easily
// keeps by mistake, and what its content model must be able to say.
#include "harness.h"

#include <doctest/doctest.h>
#include <vips/vips8>

using namespace e2e;

namespace {

// Five projects of the Mukdahan plan, made by hand and building with no
// warning, so that each check's warning is the only one.
const std::string mukdahan = "tests/fixtures/mukdahan-partial";

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("leftovers of `new` and of the national template: a warning each, at its place") {
    Workspace w(mukdahan);
    w.edit("plan/projects/02.md", "title = \"", "title = \"(แก้ไขชื่อโครงการ) ");
    w.edit("plan/projects/02.md", "## วัตถุประสงค์\n",
           "## วัตถุประสงค์\n\nให้พนักงานเทศบาลและปลัด (อบจ./เทศบาล/อบต.) ระบุชื่อหน่วยงาน\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "content/plan/projects/02.md:8:1: warning: \"(แก้ไขชื่อโครงการ)\" is a placeholder that "
          "prongsai new or init wrote; replace it with the document's own words\n"
          "    title = \"(แก้ไขชื่อโครงการ) "
          "โครงการปลูกฝังวิถีคิดแยกแยะผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม\"\n"
          "    ^\n"
          "content/plan/projects/02.md:32:4: warning: \"พนักงานเทศบาล\" is a word for a เทศบาล, "
          "but site.toml makes this organisation a อบจ. (องค์การบริหารส่วนจังหวัด); write "
          "\"พนักงานส่วนจังหวัด\" (or correct 'type' in site.toml)\n"
          "    ให้พนักงานเทศบาลและปลัด (อบจ./เทศบาล/อบต.) ระบุชื่อหน่วยงาน\n"
          "      ^\n"
          "content/plan/projects/02.md:32:25: warning: \"(อบจ./เทศบาล/อบต.)\" is left from the "
          "national template; write what it stands for (this organisation: "
          "องค์การบริหารส่วนจังหวัดมุกดาหาร)\n"
          "    ให้พนักงานเทศบาลและปลัด (อบจ./เทศบาล/อบต.) ระบุชื่อหน่วยงาน\n"
          "                         ^\n"
          "content/plan/projects/02.md:32:44: warning: \"ระบุชื่อหน่วยงาน\" is left from the "
          "national template; write what it stands for (this organisation: "
          "องค์การบริหารส่วนจังหวัดมุกดาหาร)\n"
          "    ให้พนักงานเทศบาลและปลัด (อบจ./เทศบาล/อบต.) ระบุชื่อหน่วยงาน\n"
          "                                            ^\n");
    CHECK(r.out.starts_with("31 pages written, 4 warning(s), "));
}

TEST_CASE("a project written twice: the same title and the same text are warned about") {
    Workspace w(mukdahan);
    fs::copy_file(w.path("content/plan/projects/03.md"), w.path("content/plan/projects/06.md"));
    w.edit("plan/projects/06.md", "number = \"๓\"", "number = 6");
    w.edit("plan/plan.toml", "projects = \"๕\"", "projects = 6");
    w.edit("plan/plan.toml", "stated_projects = \"๑\"", "stated_projects = 2");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "content/plan/projects/06.md:8:1: warning: this project has the same title as "
                   "project 3 (content/plan/projects/03.md); if the document lists it twice, keep "
                   "one file, otherwise tell the two apart in their titles\n"
                   "    title = \"โครงการเสริมสร้างความโปร่งใสในการบริหารงบประมาณ\"\n"
                   "    ^\n"
                   "content/plan/projects/06.md:23:1: warning: this project's text is the same as "
                   "that of project 3 (content/plan/projects/03.md); if the document lists it "
                   "twice, keep one file, otherwise give each project its own text\n"
                   "    ## หลักการและเหตุผล\n"
                   "    ^\n");
}

TEST_CASE("a new project from `prongsai new` warns until its placeholders are replaced") {
    Workspace w(mukdahan);
    REQUIRE(w.prongsai("new project content").exit_code == 0);
    w.edit("plan/plan.toml", "projects = \"๕\"", "projects = 6");
    w.edit("plan/plan.toml", "stated_projects = \"๒\"", "stated_projects = 3");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 0);
    // Its title, unit and target group; its empty sections are no duplicate.
    CHECK(count(r.err, "is a placeholder that prongsai new or init wrote") == 3);
    CHECK(r.err.find("content/plan/projects/06.md:") != std::string::npos);
    CHECK(r.err.find("same") == std::string::npos);
}

TEST_CASE("risk table: a level per risk, measures keep their numbers, the table's own heading; "
          "gaps in its numbering are warned about") {
    Workspace w(mukdahan);
    std::string plan = read_file(w.path("content/plan/plan.toml"));
    write_file(w.path("content/plan/plan.toml"),
               plan + "\n[[risks]]\nnumber = 1\nstep = \"การจัดซื้อจัดจ้าง\"\n"
                      "risks = [\"การกำหนดคุณลักษณะเฉพาะเอื้อผู้ขาย\", \"การแบ่งซื้อแบ่งจ้าง\"]\n"
                      "levels = [\"สูง\", \"ปานกลาง\"]\n"
                      "measures = [\"มาตรการตรวจสอบคุณลักษณะ\", \"มาตรการเปิดเผยข้อมูล\"]\n"
                      "measure_numbers = [1, 2]\n\n"
                      "[[risks]]\nnumber = 3\nstep = \"การใช้ทรัพย์สินของราชการ\"\n"
                      "risks = [\"การยืมทรัพย์สินไปใช้ส่วนตัว\"]\nlevel = \"ต่ำ\"\n"
                      "measures = [\"มาตรการควบคุมการยืม\"]\nmeasure_numbers = [\"๔\"]\n\n"
                      "[risk_columns]\nlevel = \"ระดับความเสี่ยง (สูง/ปานกลาง/ต่ำ)\"\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "content/plan/plan.toml:116:1: warning: the risk table's rows jump from 1 to 3: number 2 "
          "is missing; if the document leaves them out, keep its numbers, otherwise add what is "
          "missing\n"
          "    number = 3\n"
          "    ^\n"
          "content/plan/plan.toml:121:1: warning: the risk table's measure numbers jump from 2 to "
          "4: number 3 is missing; if the document leaves them out, keep its numbers, otherwise "
          "add what is missing\n"
          "    measure_numbers = [\"๔\"]\n"
          "    ^\n");
    std::string page = read_file(w.path("site/plan/index.html"));
    CHECK(page.find("<th scope=\"col\">ระดับความเสี่ยง (สูง/ปานกลาง/ต่ำ)</th>") != std::string::npos);
    CHECK(page.find("<td><ol><li>สูง</li><li>ปานกลาง</li></ol></td><td><ol><li value=\"1\">"
                    "มาตรการตรวจสอบคุณลักษณะ</li><li value=\"2\">มาตรการเปิดเผยข้อมูล</li></ol>") !=
          std::string::npos);
    CHECK(page.find("<td>ต่ำ</td><td><ol><li value=\"4\">มาตรการควบคุมการยืม</li></ol>") !=
          std::string::npos);
    // The theme's headings stay where the content words none of its own.
    CHECK(page.find("<th scope=\"col\">มาตรการควบคุมความเสี่ยง</th>") != std::string::npos);
}

TEST_CASE("a name the document leaves out, a budget stated for the whole period, a unit written "
          "two ways") {
    Workspace w(mukdahan);
    w.edit("plan/plan.toml", "code = \"1.1\"\n", "code = \"1.1\"\ninferred = true\n");
    w.edit("plan/projects/03.md", "[budget]",
           "period_budget = \"๕๐๐,๐๐๐\"\nbudget_reading = \"แบ่งเท่ากันทุกปี\"\n\n[budget]");
    w.edit("plan/projects/02.md", "unit = \"สำนักปลัดองค์การบริหารส่วนจังหวัด\"",
           "unit = \"สำนักปลัด อบจ.\"");
    std::string plan = read_file(w.path("content/plan/plan.toml"));
    write_file(w.path("content/plan/plan.toml"),
               plan + "\n[unit_aliases]\n\"สำนักปลัด อบจ.\" = \"สำนักปลัดองค์การบริหารส่วนจังหวัด\"\n"
                      "\"สำนักงานเลขานุการองค์การบริหารส่วนจังหวัดมุกดาหาร\" = "
                      "\"สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด\"\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err ==
          "content/plan/projects/03.md:14:1: warning: the document states 500,000 baht for the "
          "whole period but [budget] adds up to 0 baht; the page shows both: make the years add "
          "up to it, or say in budget_reading why they do not\n"
          "    period_budget = \"๕๐๐,๐๐๐\"\n"
          "    ^\n");
    const std::string inferred =
        " <span class=\"inferred\">(ไม่ปรากฏในเอกสาร ใช้ตามแบบแผนระดับชาติ)</span>";
    std::string plan_page = read_file(w.path("site/plan/index.html"));
    CHECK(count(plan_page, inferred) == 1);
    CHECK(plan_page.find("ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น" + inferred +
                         "</h4>") != std::string::npos);
    CHECK(read_file(w.path("site/plan/projects/01.html")).find(inferred + "</dd>") !=
          std::string::npos);
    CHECK(read_file(w.path("site/plan/projects/02.html")).find(inferred) == std::string::npos);
    CHECK(read_file(w.path("site/plan/projects/03.html"))
              .find("<p class=\"period-budget\">งบประมาณตามเอกสาร ๕๐๐,๐๐๐ บาท ตลอดระยะเวลาดำเนินการ "
                    "(เอกสารไม่ได้แยกรายปี) การแบ่งรายปีข้างต้น: แบ่งเท่ากันทุกปี</p>") != std::string::npos);
    std::string catalogue = read_file(w.path("site/plan/projects/index.html"));
    CHECK(catalogue.find("<select name=\"unit\"><option value=\"\">ทุกหน่วยงาน</option>"
                         "<option>ทุกสำนัก/กอง ขององค์การบริหารส่วนจังหวัดมุกดาหาร</option>"
                         "<option>สำนักงานเลขานุการองค์การบริหารส่วนจังหวัด</option>"
                         "<option>สำนักปลัดองค์การบริหารส่วนจังหวัด</option></select>") !=
          std::string::npos);
    // The project's own words stay on its row; its filter value is the name listed.
    CHECK(catalogue.find("data-unit=\"สำนักปลัดองค์การบริหารส่วนจังหวัด\" data-status=\"\"><td "
                         "class=\"num\">๒</td>") != std::string::npos);
    CHECK(catalogue.find("<td>สำนักปลัด อบจ.</td>") != std::string::npos);
}

TEST_CASE("an announcement without a date: shown as not known, in no year, not in the feed") {
    Workspace w;
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    std::string order = read_file(w.path("site/announcements/2564-152-order-duties.html"));
    CHECK(order.find("<p class=\"signed\">คำสั่ง: ไม่ปรากฏวันที่</p>") != std::string::npos);
    CHECK(order.find("ปีงบประมาณ <a") == std::string::npos);
    std::string list = read_file(w.path("site/announcements/orders/index.html"));
    CHECK(list.find("<a href=\"../../announcements/2564-152-order-duties.html\">") !=
          std::string::npos);
    CHECK(list.find("<span class=\"date\">ไม่ปรากฏวันที่</span>") != std::string::npos);
    for (const char* feed : {"site/feed.xml", "site/announcements/orders/feed.xml"})
        CHECK(read_file(w.path(feed)).find("2564-152-order-duties") == std::string::npos);
    // Undated comes after every dated one.
    std::string all = read_file(w.path("site/announcements/index.html"));
    CHECK(all.find("2564-152-order-duties.html") > all.find("2564-11-17-plan-2565.html"));
}

TEST_CASE("the organisation's logo and accent colour: shown without touching the stylesheet") {
    Workspace w(mukdahan);
    fs::create_directories(w.path("content/organisation"));
    REQUIRE(VIPS_INIT("e2e_tests") == 0);
    vips::VImage::black(200, 200).jpegsave(w.path("content/organisation/logo.jpg").c_str());
    w.edit("site.toml", "province = \"มุกดาหาร\"",
           "province = \"มุกดาหาร\"\nlogo = \"logo.jpg\"\nlogo_alt = \"ตราสัญลักษณ์ทดสอบ\"\n"
           "accent = \"#7a1f1f\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err == "");
    std::string home = read_file(w.path("site/index.html"));
    CHECK(home.find("<body style=\"--accent: #7a1f1f\">") != std::string::npos);
    CHECK(home.find("<div class=\"site-logo\"><picture>") != std::string::npos);
    CHECK(home.find("alt=\"ตราสัญลักษณ์ทดสอบ\"") != std::string::npos);
    CHECK(read_file(w.path("site/assets/style.css")) ==
          read_file(source_dir() / "themes/default/assets/style.css"));
}

TEST_CASE("an accent colour too light for the theme's backgrounds is refused, naming the ratio") {
    Workspace w(mukdahan);
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    w.edit("site.toml", "province = \"มุกดาหาร\"", "province = \"มุกดาหาร\"\naccent = \"#f2c14e\"");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "content/site.toml:12:1: error: the accent colour #f2c14e has a contrast of "
                   "1.33:1 with the theme's background #dde6f0; WCAG AA asks at least 4.5:1 for "
                   "text, so choose a darker colour\n"
                   "    accent = \"#f2c14e\"\n"
                   "    ^\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("a stated total in a table of its own: the warning is at the year's line") {
    Workspace w;
    w.edit("plan/plan.toml",
           "budget = { 2566 = 360000, 2567 = 460000, 2568 = 470000, 2569 = 490000, 2570 = 490000 }",
           "\n[stated.budget]\n2566 = 360000\n2567 = 460000\n2568 = 470001\n2569 = 490000\n"
           "2570 = 490000");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(without_year_warnings(r.err).starts_with(
        "content/plan/plan.toml:15:1: warning: the plan states 470,001 baht for 2568 but its "
        "projects add up to 470,000 baht; the pages show both\n"
        "    2568 = 470001\n"
        "    ^\n"));
}

TEST_CASE("the content folder as typed: ./content/ names its files ./content/…") {
    Workspace w;
    w.edit("plan/intro.md", "## ", "[x](nowhere.md)\n\n## ");
    Run r = w.prongsai("check ./content/");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("./content/plan/intro.md:1:1: error: the link (nowhere.md) leads to "
                            "no page or document of the site;"));
}
