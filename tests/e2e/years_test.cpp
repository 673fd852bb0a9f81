// The yearly reports: Tak Bai's 2565 report (001) in the bundled content and
// Mae Chara's ITA 2565 results and 2566 measures (003) in a fixture. Every
// disagreement a document holds is a warning at its place and both figures on
// the page; a test a case.
#include "harness.h"

#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Built once: the checks below read one build of each.
struct Site {
    Workspace w;
    Run r;
    Site() { r = w.prongsai("build"); }
};

Site& takbai() {
    static Site s;
    return s;
}

struct MaeChara {
    Workspace w{"tests/fixtures/maechara"};
    Run r;
    MaeChara() { r = w.prongsai("build"); }
};

MaeChara& maechara() {
    static MaeChara s;
    return s;
}

} // namespace

TEST_CASE("years: the bundled 2565 report builds, with a page a part, CSV a table, and links") {
    Site& s = takbai();
    REQUIRE(s.r.exit_code == 0);
    CHECK(s.r.out.starts_with("95 pages written, 8 warning(s), "));
    for (const char* page : {"reports/index.html", "reports/2565/index.html",
                             "reports/2565/measures.html", "reports/2565/progress.html",
                             "reports/2565/spending.html", "reports/2565/implementation.html",
                             "reports/2565/survey.html", "reports/2565/progress-2564-6m.csv",
                             "reports/2565/progress-2564-12m.csv", "reports/2565/spending.csv"})
        CHECK_MESSAGE(fs::exists(s.w.path(std::string("site/") + page)), page);
    CHECK(has(read_file(s.w.path("site/index.html")), "href=\"reports/index.html\""));
    CHECK(has(read_file(s.w.path("site/fiscal-years/2565.html")),
              "href=\"../reports/2565/index.html\""));
    std::string measures = read_file(s.w.path("site/reports/2565/measures.html"));
    // Status in words and colour; the planned one with its period. 001 has no
    // status column: the statuses the clerk read from the results say so.
    CHECK(has(measures, "<td class=\" status-done inferred\" data-label=\"สถานะ\">ดำเนินการแล้ว "
                        "(อนุมานจากผลการดำเนินการ)</td>"));
    CHECK(has(measures, "สถานะของมาตรการ 23 รายการ เอกสารไม่ได้ระบุไว้"));
    CHECK(has(measures, "มีแผนจะดำเนินการ (เม.ย.-ก.ย. ๖๕)"));
    CHECK(has(measures,
              "<td class=\" status-unknown unknown\" data-label=\"สถานะ\">เอกสารไม่ได้ระบุ</td>"));
    // Evidence links to the order and the documents.
    CHECK(has(measures, "href=\"../../announcements/2564-152-order-duties.html\""));
    CHECK(has(measures, "href=\"../../documents/eplannacc-2564.csv\""));
}

TEST_CASE("years: CSV is UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting") {
    Site& s = takbai();
    std::string csv = read_file(s.w.path("site/reports/2565/spending.csv"));
    CHECK(csv.starts_with("\xEF\xBB\xBF"
                          "กองงาน/ส่วนงาน,รายการ,งบประมาณ (บาท),"));
    CHECK(has(csv, "\r\n"));
    CHECK_FALSE(has(csv, "\r\n\n"));
    // Amounts have thousands separators, so they are quoted.
    CHECK(has(csv, "งบกลาง,เงินสมทบกองทุนประกันสังคม,\"330,000.00\",,,,\"277,268.00\",\"52,732.00\","));
    std::string measures = read_file(s.w.path("site/reports/2565/measures.csv"));
    // A cell of several lines stays one quoted field, its line breaks CRLF as
    // RFC 4180 has them (spreadsheet programs read both).
    CHECK(has(measures, "\"๑.ได้กำหนดให้ บุคลากรเทศบาลเมืองตากใบจัดทำข้อตกลงการปฏิบัติงาน\r\n"));
    CHECK_FALSE(std::regex_search(measures, std::regex("[^\r]\n")));
}

TEST_CASE("years: 001's E-PlanNACC tables are reproduced figure for figure, without a warning") {
    Site& s = takbai();
    CHECK_FALSE(has(s.r.err, "per cent of projects"));
    CHECK_FALSE(has(s.r.err, "per cent of budget"));
    CHECK_FALSE(has(s.r.err, "totals row, projects"));
    std::string six = read_file(s.w.path("site/reports/2565/progress-2564-6m.csv"));
    // 001 lines 252–256, as printed.
    for (const char* row : {"มิติที่ 1,16,2,\"170,000.00\",\"84,000.00\",\"1,000.00\",12.50,0.59",
                            "มิติที่ 2,15,6,0.00,0.00,0.00,40.00,100.00",
                            "มิติที่ 3,11,2,\"591,500.00\",\"310,500.00\",500.00,18.18,0.08",
                            "มิติที่ 4,10,4,0.00,0.00,0.00,40.00,100.00",
                            "รวม,52,14,\"761,500.00\",\"394,500.00\",\"1,500.00\",26.92,0.20"})
        CHECK_MESSAGE(has(six, std::string(row) + "\r\n"), row);
    std::string twelve = read_file(s.w.path("site/reports/2565/progress-2564-12m.csv"));
    // 001 lines 275–279.
    for (const char* row : {"มิติที่ 1,16,3,\"170,000.00\",\"84,000.00\",\"1,000.00\",18.75,0.59",
                            "มิติที่ 2,15,8,0.00,0.00,0.00,53.33,100.00",
                            "มิติที่ 3,11,4,\"591,500.00\",\"280,500.00\",\"135,060.00\",36.36,22.83",
                            "มิติที่ 4,10,5,0.00,0.00,0.00,50.00,100.00",
                            "รวม,52,20,\"761,500.00\",\"364,500.00\",\"136,060.00\",38.46,17.87"})
        CHECK_MESSAGE(has(twelve, std::string(row) + "\r\n"), row);
    std::string page = read_file(s.w.path("site/reports/2565/progress.html"));
    CHECK(has(page, "<svg class=\"chart\""));
    CHECK(has(page, "แผนฉบับก่อน ไม่อยู่ในเว็บไซต์นี้"));
}

TEST_CASE("years: 001 spending row whose remaining is not budget - committed - paid") {
    Site& s = takbai();
    CHECK(has(s.r.err, "content/years/2565/spending.toml:41:1: warning: spending, "
                       "\"เบี้ยยังชีพผู้พิการด้อย\", remaining: the document states 26,000.00 but "
                       "the figures give 25,000.00; the page shows both"));
    std::string page = read_file(s.w.path("site/reports/2565/spending.html"));
    CHECK(has(page, "<span class=\"stated\">ตามเอกสาร 26,000.00</span> / <span "
                    "class=\"computed\">คำนวณได้ 25,000.00</span>"));
}

TEST_CASE("years: 001 spending totals of budget and paid are not the rows' sums") {
    Site& s = takbai();
    CHECK(has(s.r.err, "spending, totals row, budget: the document states 21,266,200.00 but the "
                       "figures give 42,254,400.00"));
    CHECK(has(s.r.err, "spending, totals row, paid: the document states 10,667,775.75 but the "
                       "figures give 11,556,723.75"));
    std::string page = read_file(s.w.path("site/reports/2565/spending.html"));
    CHECK(has(page,
              "ตามเอกสาร 21,266,200.00</span> / <span class=\"computed\">คำนวณได้ 42,254,400.00"));
    CHECK(has(page,
              "ตามเอกสาร 10,667,775.75</span> / <span class=\"computed\">คำนวณได้ 11,556,723.75"));
}

TEST_CASE("years: 001 spending total remaining: not the rows' sum, nor its own row's arithmetic") {
    Site& s = takbai();
    CHECK(has(s.r.err, "spending, totals row, remaining: the document states 10,608,424.25 but the "
                       "figures give 31,576,176.25; the page shows both; and the printed totals "
                       "give 11,476,924.25"));
    std::string page = read_file(s.w.path("site/reports/2565/spending.html"));
    CHECK(has(page, "ตัวเลขรวมที่เอกสารพิมพ์เองก็ไม่สอดคล้องกัน"));
}

TEST_CASE(
    "years: 001 provincial table gives the organisation 76.92, its own 12-month report 38.46") {
    Site& s = takbai();
    CHECK(has(s.r.err, "content/years/2565/implementation.toml:16:1: warning: implementation "
                       "table, \"เทศบาลเมืองตากใบ\": the table states 76.92 per cent but this "
                       "organisation's own 12-month progress report of 2564 gives 38.46"));
    std::string page = read_file(s.w.path("site/reports/2565/implementation.html"));
    CHECK(has(page, "ตามเอกสาร 76.92</span> / <span class=\"computed\">คำนวณได้ 38.46"));
    CHECK(has(page, "ตารางระดับจังหวัดระบุ 76.92"));
}

TEST_CASE("years: 001 provincial table states 148.15 per cent of a plan's projects") {
    Site& s = takbai();
    CHECK(has(s.r.err, "implementation.toml:24:1: warning: implementation table, "
                       "\"องค์การบริหารส่วนตำบลเกาะสะท้อน\": 148.15 per cent of the plan's projects "
                       "is more than 100"));
    CHECK(has(read_file(s.w.path("site/reports/2565/implementation.html")), "ร้อยละเกิน 100"));
}

TEST_CASE("years: 001 dimension 3's budget in the ordinance differs between the two rounds") {
    Site& s = takbai();
    CHECK(has(s.r.err, "progress.toml:109:1: warning: progress, dimension 3: the budget in the "
                       "ordinance is 310,500.00 in the 6-month round but 280,500.00 in the "
                       "12-month round"));
    std::string page = read_file(s.w.path("site/reports/2565/progress.html"));
    CHECK(has(page, "ในปีงบประมาณเดียวกัน เอกสารไม่ได้ชี้แจงการเปลี่ยนแปลง"));
}

TEST_CASE("years: Mae Chara's ITA 2565 (003): ranking and overall score recomputed, Thai digits") {
    MaeChara& m = maechara();
    REQUIRE(m.r.exit_code == 0);
    // 003 gives no plan: no plan pages, rather than empty ones; a warning says so.
    CHECK(m.r.out.starts_with("24 pages written, 4 warning(s), ")); // 16 + search, OIT, open data
    CHECK(has(m.r.err, "content/plan: warning: there is no plan/ folder, so the portal has no plan "
                       "pages (plan, budget, projects); add plan/plan.toml and "
                       "plan/projects/*.md to publish the organisation's plan\n"));
    CHECK_FALSE(fs::exists(m.w.path("site/plan")));
    std::string home = read_file(m.w.path("site/index.html"));
    CHECK_FALSE(has(home, "plan/"));
    CHECK(has(home, "<a href=\"reports/index.html\">รายงานประจำปี"));
    CHECK(fs::exists(m.w.path("site/fiscal-years/2566.html")));
    CHECK_FALSE(fs::exists(m.w.path("site/fiscal-years/0.html")));
    std::string csv = read_file(m.w.path("site/reports/2565/ita-indicators.csv"));
    // 003 lines 24–33: the ranking as printed, no rank differs.
    CHECK_FALSE(has(m.r.err, "the rank of indicator"));
    std::size_t at = 0;
    for (const char* name :
         {"การเปิดเผยข้อมูล", "การป้องกันการทุจริต", "การปฏิบัติหน้าที่", "การแก้ไขปัญหาการทุจริต", "การใช้อำนาจ",
          "ประสิทธิภาพการสื่อสาร", "การใช้ทรัพย์สินของราชการ", "การใช้งบประมาณ", "คุณภาพการดำเนินงาน",
          "การปรับปรุงการทำงาน"}) {
        std::size_t next = csv.find(name, at);
        CHECK_MESSAGE(next != std::string::npos, name);
        at = next;
    }
    std::string summary = read_file(m.w.path("site/reports/2565/ita-summary.csv"));
    // 003 lines 17, 37, 150: 92.68, grade A, highest 100.00, lowest 79.20.
    CHECK(has(summary, "คะแนนรวม,92.68\r\n"));
    CHECK(has(summary, "ระดับผลการประเมิน,A\r\n"));
    CHECK(has(summary, "คะแนนสูงสุด,100.00\r\n"));
    CHECK(has(summary, "คะแนนต่ำสุด,79.20\r\n"));
    CHECK(has(summary, "จำนวนจุดที่ต้องพัฒนา,1\r\n"));
    std::string page = read_file(m.w.path("site/reports/2565/ita.html"));
    CHECK(has(page, "<td class=\"num\">๙๒.๖๘</td>"));
    CHECK(has(page, "stroke-dasharray"));                          // the threshold on the chart
    CHECK(has(page, "href=\"../../reports/2566/measures.html\"")); // measures answering weaknesses
    CHECK_FALSE(has(page, "ตากใบ"));
}

TEST_CASE("years: 003 says 3 strengths above 85 and lists nine") {
    MaeChara& m = maechara();
    CHECK(has(m.r.err, "years/2565/ita.toml:11:1: warning: ITA, the number of strengths (above "
                       "the threshold): the document states 3 but the figures give 9"));
    CHECK(has(read_file(m.w.path("site/reports/2565/ita.html")),
              "ตามเอกสาร ๓</span> / <span class=\"computed\">คำนวณได้ ๙"));
}

TEST_CASE("years: 003 states indicator 8's score twice, 79.20 and 74.07") {
    MaeChara& m = maechara();
    CHECK(has(m.r.err, "years/2565/ita.toml:90:1: warning: ITA, indicator 8: the document states "
                       "its score twice, 79.20 and 74.07"));
    CHECK(has(read_file(m.w.path("site/reports/2565/ita.html")), "เอกสารระบุคะแนนตัวชี้วัดนี้สองค่า"));
    CHECK(has(read_file(m.w.path("site/reports/2565/ita.html")),
              "<span class=\"stated\">ที่ระบุอีกแห่ง ๗๔.๐๗</span> / <span "
              "class=\"computed\">ตามตารางคะแนน (ใช้คำนวณ) ๗๙.๒๐</span>"));
}

TEST_CASE("years: 003 gives indicator 1 the questions 1-2 and indicator 2 starts at 7") {
    MaeChara& m = maechara();
    CHECK(has(m.r.err, "years/2565/ita.toml:24:1: warning: ITA, indicator 1: its questions end at "
                       "2 but indicator 2 of the same tool starts at 7"));
    CHECK(has(read_file(m.w.path("site/reports/2565/ita.html")), "ข้อคำถามไม่ต่อเนื่อง"));
}

TEST_CASE("years: a question's number is a letter at most, then digits") {
    for (const char* wrong : {"EE1", "1E", "E", "๗ก", "E-1"}) {
        CAPTURE(wrong);
        Workspace w{"tests/fixtures/maechara"};
        w.edit("years/2565/ita.toml", "first_question = \"๗\"",
               std::string("first_question = \"") + wrong + "\"");
        Run r = w.prongsai("check");
        CHECK(r.exit_code == 1);
        CHECK(has(r.err, "content/years/2565/ita.toml:32:1: error: 'first_question' must be a "
                         "question's number as the tool writes it, like \"7\", \"E1\" or "
                         "\"O34\"\n"));
    }
    Workspace w{"tests/fixtures/maechara"};
    w.edit("years/2565/ita.toml", "first_question = \"๗\"", "first_question = \"O7\"");
    w.edit("years/2565/ita.toml", "last_question = \"๑๒\"", "last_question = \"o12\"");
    CHECK(w.prongsai("check").err.find(": error: ") == std::string::npos);
}

TEST_CASE("years: a measure naming a project the plan lacks is an error; the site is untouched") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    w.edit("years/2565/measures.toml", "number = 24\n", "number = 24\nprojects = [99]\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "content/years/2565/measures.toml:"));
    CHECK(has(r.err, ": error: there is no project number 99 in plan/projects"));
    CHECK(snapshot(w.path("site")) == before);
    w.edit("years/2565/measures.toml", "projects = [99]", "projects = [32]");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(has(read_file(w.path("site/reports/2565/measures.html")),
              "href=\"../../plan/projects/32.html\""));
}

TEST_CASE("years: a status marked inferred needs the status itself") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    w.edit("years/2565/measures.toml", "status = \"not-done\"\nstatus_inferred = true\n",
           "status_inferred = true\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, "content/years/2565/measures.toml:"));
    CHECK(has(r.err, ": error: 'status_inferred' marks a status read from the result; give the "
                     "status too, like status = \"done\", or leave both out"));
    CHECK(snapshot(w.path("site")) == before);
}

TEST_CASE("years: an unknown status, key or file is an error at its place") {
    Workspace w;
    w.edit("years/2565/measures.toml", "status = \"not-done\"", "status = \"finished\"");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 1);
    CHECK(has(r.err, ": error: 'status' must be one of \"done\""));
    Workspace w2;
    w2.edit("years/2565/spending.toml", "committed = \"๒,๐๐๐.๐๐\"", "comitted = \"๒,๐๐๐.๐๐\"");
    write_file(w2.path("content/years/2565/itas.toml"), "");
    Run r2 = w2.prongsai("check");
    CHECK(r2.exit_code == 1);
    CHECK(has(r2.err, "content/years/2565/spending.toml:39:1: error: unknown key 'comitted'; did "
                      "you mean 'committed'?"));
    CHECK(has(r2.err, "content/years/2565/itas.toml: error: a fiscal year's folder holds only"));
}

TEST_CASE("years: project statuses of the current plan give the year's progress everywhere") {
    Workspace w;
    fs::create_directories(w.path("content/years/2566"));
    write_file(w.path("content/years/2566/projects.toml"),
               "[[projects]]\nnumber = 1\nstatus = \"done\"\nused = 25000\n\n"
               "[[projects]]\nnumber = 2\nstatus = \"อยู่ระหว่างดำเนินการ\"\nnote = \"ทดสอบ\"\n");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.starts_with("97 pages written, 8 warning(s), "));
    // 42 projects run in 2566; one done; 25,000 of 360,000 baht used.
    std::string csv = read_file(w.path("site/reports/2566/plan-progress.csv"));
    CHECK(has(csv, "มิติที่ 1,11,1,\"150,000.00\",\"25,000.00\",9.09,16.67\r\n"));
    CHECK(has(csv, "มิติที่ 3,3,0,0.00,0.00,0.00,100.00\r\n"));
    CHECK(has(csv, "รวม,42,1,\"360,000.00\",\"25,000.00\",2.38,6.94\r\n"));
    CHECK(has(read_file(w.path("site/index.html")), "ดำเนินการแล้ว 1 จาก 42 โครงการ (ร้อยละ 2.38)"));
    std::string page = read_file(w.path("site/plan/projects/02.html"));
    CHECK(has(page, "<td class=\"status-partly\">อยู่ระหว่างดำเนินการ</td><td "
                    "class=\"num\">ไม่ทราบ</td><td>ทดสอบ</td>"));
    std::string catalogue = read_file(w.path("site/plan/projects/index.html"));
    CHECK(has(catalogue, "data-status=\"2566:done\""));
    CHECK(has(catalogue, "<select name=\"status\">"));
    CHECK(has(read_file(w.path("site/fiscal-years/2566.html")),
              "href=\"../reports/2566/index.html\""));

    write_file(w.path("content/years/2566/projects.toml"),
               "[[projects]]\nnumber = 99\nstatus = \"done\"\n\n"
               "[[projects]]\nnumber = 47\nstatus = \"finished\"\n");
    Run bad = w.prongsai("check");
    CHECK(bad.exit_code == 1);
    CHECK(has(bad.err, "content/years/2566/projects.toml:2:1: error: there is no project number "
                       "99 in plan/projects"));
    CHECK(has(bad.err, "content/years/2566/projects.toml:7:1: error: 'status' must be one of"));
}

TEST_CASE("years: without a plan, a menu naming the plan's pages is warned about at its line") {
    Workspace w{"tests/fixtures/maechara"};
    write_file(w.path("content/menu.toml"), "[[groups]]\n"
                                            "entries = [\"home\", \"reports\"]\n"
                                            "\n"
                                            "[[groups]]\n"
                                            "title = \"แผน\"\n"
                                            "entries = [\"plan\", \"projects\"]\n");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.err, "content/menu.toml:6:12: warning: the menu names \"plan\", a page this site "
                     "does not have yet (no plan/ folder); it is left out of the menu"));
    CHECK(has(r.err, "content/menu.toml:6:20: warning: the menu names \"projects\""));
    std::string home = read_file(w.path("site/index.html"));
    CHECK(has(home, "href=\"reports/index.html\""));
    CHECK_FALSE(has(home, "plan/index.html"));
}
