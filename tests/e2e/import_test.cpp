// `prongsai import`: the national template's plan, as plain text and as .docx,
// read into a content folder that builds; every TODO, guess and contradiction
// reported with the document's line. The fixture tests/fixtures/import/plan.txt
// holds one case of each reading rule (plan.docx is made from it by
// tests/tools/make_docx.sh).
#include "harness.h"

#include <algorithm>
#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

void copy_fixture(const Workspace& ws, const std::string& name) {
    fs::copy_file(source_dir() / "tests/fixtures/import" / name, ws.path(name));
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

std::string project(const Workspace& ws, const std::string& folder, const std::string& n) {
    return read_file(ws.path(folder + "/plan/projects/" + n + ".md"));
}

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// What a project file says before its body.
std::string front(const std::string& text) {
    auto end = text.find("+++\n", 4);
    return text.substr(0, end + 4);
}

} // namespace

TEST_CASE("import (text): each reading rule, the report, and a content folder that builds") {
    Workspace ws;
    copy_fixture(ws, "plan.txt");
    Run r = ws.prongsai("import plan.txt -o imported");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    std::string report = read_file(ws.path("imported/IMPORT.md"));
    // Printed, and kept in the folder.
    CHECK(r.out == report +
                       "wrote imported: 7 projects, 2 TODO, 1 guesses, 5 contradictions (listed "
                       "in imported/IMPORT.md); then prongsai build imported\n");
    CHECK(has(report, "- โครงการ · projects: 7\n- รายการในตารางสรุป · summary-table entries: 7\n"
                      "- ตารางความเสี่ยง · risk rows: 2\n"));
    // A value it cannot read: a TODO with its line, never a made-up value.
    CHECK(has(report,
              "\n## TODO — อ่านไม่ได้ · could not be read (2)\n\n"
              "- plan/plan.toml (line 50): [[targets]] fewer_cases_percent: the row gives 3 "
              "value(s) for 5 years, so none is assigned: \"จำนวนคดีทุจริตลดลง (คำนวณจากปี "
              "2565)\"\n"
              "- plan/projects/05.md (line 234): unit: no \"8. ผู้รับผิดชอบโครงการ\" on the "
              "page\n"));
    CHECK(has(front(project(ws, "imported", "05")),
              "unit = \"TODO\" # TODO: ผู้รับผิดชอบ not read (line 234)\n"));
    // "X บาท" for the period, with no amount a year in the table: a guess, said so.
    CHECK(has(report,
              "\n## การอนุมาน · guesses (check each) (1)\n\n"
              "- plan/projects/05.md (line 246): budget: the page says \"10,000.- บาท\" for "
              "\"ปีงบประมาณ พ.ศ. 2566 - 2570\" and the summary table gives no amount a year "
              "for this project: read as 10000 each year\n"));
    // The amount as stated for the period, and the reading, as data the page shows.
    CHECK(has(front(project(ws, "imported", "05")),
              "period = \"ปีงบประมาณ พ.ศ. 2566 - 2570\"\nperiod_budget = 10000\n"
              "budget_reading = \"อ่านเป็นปีละ 10,000 บาท ทุกปี 2566–2570 "
              "(เอกสารไม่ได้บอกว่าเป็นยอดต่อปีหรือรวมทั้งช่วง)\"\n\n"
              "[budget]\n2566 = 10000\n2567 = 10000\n2568 = 10000\n2569 = 10000\n2570 = 10000\n"));
    CHECK(!has(project(ws, "imported", "05"), "# guess"));
    // Contradictions: a merged summary row with amounts, template residue, a
    // ลำดับที่ out of order, a duplicated project, the foreword's count.
    CHECK(has(report,
              "\n## ข้อขัดแย้งในเอกสาร · where the document contradicts itself (5)\n\n"
              "- plan/plan.toml (line 73): the summary table names projects 5, 6 in one cell with "
              "1 row(s) of amounts: which amount is whose cannot be read; each project's budget is "
              "read from its page\n"
              "- plan/projects/01.md (line 101): template residue: \"ระบุจำนวนกลุ่มเป้าหมาย\" in "
              "\"บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น จำนวน ระบุจำนวนกลุ่มเป้าหมาย\" (left from "
              "the national template?)\n"
              "- plan/projects/04.md (line 210): the page says ลำดับที่ 3 but it is project 4 in "
              "the document's order; numbered 4\n"
              "- plan/projects/07.md (line 276): the same project twice: "
              "\"มาตรการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมาย\" is also project 1 (line 89)\n"
              "- plan/plan.toml (line 23): the foreword says dimension 2 has 3 projects; its pages "
              "are 2\n"));

    // The organisation, from the title page, the announcement and its signature.
    std::string site = read_file(ws.path("imported/site.toml"));
    CHECK(has(site, "name = \"องค์การบริหารส่วนตำบลทดสอบ\"\n"));
    CHECK(has(site, "type = \"องค์การบริหารส่วนตำบล\"\n"));
    CHECK(has(site, "\ndistrict = \"เมืองทดสอบ\"\n"));
    CHECK(has(site, "\nprovince = \"ทดสอบ\"\n"));
    std::string plan = read_file(ws.path("imported/plan/plan.toml"));
    // Thai digits read as numbers; the foreword's month kept as written.
    CHECK(has(plan, "first_year = 2566\nlast_year = 2570\n"));
    CHECK(has(plan, "announced = \"2565-07-05\"\n"));
    CHECK(has(plan,
              "signer = \"นายทดสอบ ตัวอย่าง\"\nsigner_title = \"นายกองค์การบริหารส่วนตำบลทดสอบ\"\n"));
    CHECK(has(plan, "prepared = \"กันยายน ๒๕๖๕\"\n"));
    // The summary's stated totals and the foreword's stated counts.
    CHECK(has(plan, "[stated]\nprojects = 7\nbudget = { 2566 = 10000, 2567 = 40000, 2568 = "
                    "40000, 2569 = 40000, 2570 = 40000 }\n"));
    CHECK(has(plan, "number = 2\nstated_projects = 3\nstated_budget = { 2566 = 0, 2567 = 0, "
                    "2568 = 0, 2569 = 0, 2570 = 0 }\n"));
    // Targets: a row with a value for each year is read, one with fewer is not.
    CHECK(has(plan, "[[targets]]\nyear = 2566\nita_score = 65\n\n"));
    CHECK(!has(plan, "fewer_cases_percent = "));
    // The risk table: its header repeated on the next page, HTML residue in a
    // continued cell, numbered parts split.
    CHECK(has(plan, "[[risks]]\nnumber = 1\nstep = \"การพิจารณาอนุมัติ อนุญาต\"\nrisks = [\n"
                    "  \"ไม่ตรวจสอบข้อเท็จจริง\",\n  \"ขาดเอกสารหลักฐาน\",\n]\nlevel = "
                    "\"ปานกลาง\"\nmeasures = [\n  \"มาตรการเผยแพร่ความรู้ด้านกฎหมาย\",\n  "
                    "\"โครงการจัดทำคู่มือ\",\n  \"มาตรการป้องกันผลประโยชน์ทับซ้อน\",\n]\n"));
    CHECK(has(plan, "[[risks]]\nnumber = 2\n"));
    // A mission the document names comes from it; one it leaves out, from the template, marked.
    CHECK(has(plan,
              "code = \"1.2\"\nname = \"การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น\"\n"));
    CHECK(has(plan, "code = \"2.2\"\nname = \"มาตรการส่งเสริมคุณธรรมและความโปร่งใส\"\n"
                    "inferred = true\n\n"));
    CHECK(count(plan, "inferred = true\n") == 37);
    // The mark is data, not a comment beside it.
    CHECK(!has(plan, "ไม่ปรากฏในเอกสาร"));

    // Project 1: "-" in every year of the table and "ไม่ใช้งบประมาณ" on the page:
    // runs without budget in each year of its period.
    std::string p1 = project(ws, "imported", "01");
    CHECK(front(p1) == "+++\nnumber = 1\ndimension = 1\nmission = \"1.1\"\nitems = [\"1.1.1\"]\n"
                       "kind = \"มาตรการ\"\ntitle = \"มาตรการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมาย\"\n"
                       "unit = \"สำนักปลัดองค์การบริหารส่วนตำบล\"\n"
                       "target_group = \"บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น จำนวน "
                       "ระบุจำนวนกลุ่มเป้าหมาย\"\nperiod = \"ปีงบประมาณ พ.ศ. 2566 - 2570\"\n\n"
                       "[budget]\n2566 = 0\n2567 = 0\n2568 = 0\n2569 = 0\n2570 = 0\n+++\n");
    // Numbered lines, "- ๑)" included, become a Markdown list; a page number is residue.
    CHECK(has(p1, "## วัตถุประสงค์\n\n1. เพื่อให้บุคลากรมีความรู้\n2. เพื่อพัฒนาศักยภาพบุคลากร\n"));
    CHECK(has(p1, "## วิธีดำเนินการ\n\n1. จัดทำโครงการ\n2. รายงานผลการดำเนินการ\n"));
    CHECK(has(p1, "## ผลลัพธ์\n\nบุคลากรมีความรู้ด้านกฎหมาย\n"));
    CHECK(!has(p1, "- 11 -"));
    // Project 2: the summary's amounts one cell a line, "-" for a year it does not
    // run; Arabic digits and the label variants (วิธีการดำเนินการ, ระยะเวลาการ
    // ดำเนินงาน, งบประมาณที่ใช้ในการดำเนินการ, ผู้รับผิดชอบ).
    std::string p2 = front(project(ws, "imported", "02"));
    CHECK(has(p2, "mission = \"1.2\"\nitems = [\"1.2.1\"]\nkind = \"โครงการ\"\n"));
    CHECK(has(p2, "unit = \"กองการศึกษา ศาสนาและวัฒนธรรม\"\n"));
    CHECK(has(p2, "[budget]\n2567 = 30000\n2568 = 30000\n2569 = 30000\n2570 = 30000\n+++\n"));
    // Project 4: "-" on the page and in a merged row of dashes: no budget.
    CHECK(has(front(project(ws, "imported", "04")),
              "kind = \"กิจกรรม\"\ntitle = \"กิจกรรมพัฒนาเว็บไซต์\"\n"));
    CHECK(has(front(project(ws, "imported", "04")), "[budget]\n2566 = 0\n"));
    // Project 7 keeps its own dimension, under its own heading.
    CHECK(has(front(project(ws, "imported", "07")), "dimension = 4\nmission = \"4.1\"\n"));

    // It builds; the build itself flags the foreword's count.
    Run built = ws.prongsai("build imported -o imported-site");
    CHECK_MESSAGE(built.exit_code == 0, built.err);
    CHECK(has(built.err, "imported/plan/plan.toml:129:1: warning: dimension 2 states 3 projects "
                         "but has 2; the pages show both\n"));
    // The project the document writes twice, flagged by the import, is flagged by the build too.
    CHECK(has(built.err, "imported/plan/projects/07.md:7:1: warning: this project has the same "
                         "title as project 1 (imported/plan/projects/01.md); "));
    // The amount stated for the period against the years it was read into.
    CHECK(has(built.err, "imported/plan/projects/05.md:11:1: warning: the document states 10,000 "
                         "baht for the whole period but [budget] adds up to 50,000 baht; the page "
                         "shows both: make the years add up to it, or say in budget_reading why "
                         "they do not\n"));
    CHECK(built.out.starts_with("33 pages written, 3 warning(s), "));
    // What was marked as data is shown: the template's name, and the reading.
    CHECK(has(read_file(ws.path("imported-site/plan/index.html")),
              "<h4>2.2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส <span class=\"inferred\">"
              "(ไม่ปรากฏในเอกสาร ใช้ตามแบบแผนระดับชาติ)</span></h4>"));
    CHECK(has(read_file(ws.path("imported-site/plan/projects/05.html")),
              "<p class=\"period-budget\">งบประมาณตามเอกสาร 10,000 บาท ตลอดระยะเวลาดำเนินการ "
              "(เอกสารไม่ได้แยกรายปี) การแบ่งรายปีข้างต้น: อ่านเป็นปีละ 10,000 บาท ทุกปี "
              "2566–2570 (เอกสารไม่ได้บอกว่าเป็นยอดต่อปีหรือรวมทั้งช่วง)</p>"));
}

TEST_CASE("import (.docx): tables read as tables, the same content as from the text") {
    Workspace ws;
    copy_fixture(ws, "plan.txt");
    copy_fixture(ws, "plan.docx");
    REQUIRE(ws.prongsai("import plan.txt -o from-text").exit_code == 0);
    Run r = ws.prongsai("import plan.docx -o from-docx");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(has(r.out, "wrote from-docx: 7 projects, 2 TODO, 1 guesses, 5 contradictions"));
    // Places are paragraphs (and table rows) of the document, not lines.
    CHECK(has(r.out, "- plan/projects/05.md (paragraph 133): unit: no \"8. ผู้รับผิดชอบโครงการ\" "
                     "on the page\n"));
    static const std::regex place(R"(\((line|paragraph) \d+\))");
    for (const char* f : {"site.toml", "plan/plan.toml", "plan/projects/01.md",
                          "plan/projects/02.md", "plan/projects/03.md", "plan/projects/04.md",
                          "plan/projects/05.md", "plan/projects/06.md", "plan/projects/07.md"})
        CHECK_MESSAGE(
            std::regex_replace(read_file(ws.path(std::string("from-docx/") + f)), place, "()") ==
                std::regex_replace(read_file(ws.path(std::string("from-text/") + f)), place, "()"),
            f);
    Run built = ws.prongsai("build from-docx -o site-docx");
    CHECK_MESSAGE(built.exit_code == 0, built.err);
}

TEST_CASE("import: a summary's merged cell with a row of amounts a project, and amounts "
          "with no project") {
    Workspace ws;
    write_file(ws.path("small.txt"),
               "ของเทศบาลตำบลตัวอย่าง\n(พ.ศ. 2566 - 2567)\n\nส่วนที่ 2\n\n"
               "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2566\tปี 2567\n"
               "1. การสร้างวัฒนธรรมสุจริต\t1.1 การเสริมสร้าง\t1) โครงการก 2) โครงการข\t5,000\t5,000\n"
               "\t\t\t0\t0\n"
               "\t1.2 การสร้างจิตสำนึก\t\t3,000\t3,000\n"
               "มิติ\tภารกิจตามมิติ\tโครงการ/กิจกรรม/มาตรการ\tปี 2566\tปี 2567\n"
               "\tรวม\tจำนวน 2 โครงการ\t5,000\t5,000\n"
               "2. การบริหารราชการด้วยความโปร่งใส\t2.1 การเปิดเผยข้อมูล\t-\t-\t-\n"
               "\nส่วนที่ 3\n\nมิติที่ 1 การสร้างวัฒนธรรมสุจริต\n\n1.1 การเสริมสร้าง\n\n"
               "ลำดับที่ 1\n\n1. ชื่อโครงการ : โครงการก\n\n4. กลุ่มเป้าหมาย\n\nประชาชน\n\n"
               "6. ระยะเวลาดำเนินการ\n\nปีงบประมาณ พ.ศ. 2566 - 2567\n\n7. งบประมาณดำเนินการ\n\n"
               "5,000 บาท\n\n8. ผู้รับผิดชอบโครงการ\n\nสำนักปลัด\n\n"
               "ลำดับที่ 2\n\n1. ชื่อโครงการ : โครงการข\n\n4. กลุ่มเป้าหมาย\n\nประชาชน\n\n"
               "6. ระยะเวลาดำเนินการ\n\nปีงบประมาณ พ.ศ. 2566 - 2567\n\n7. งบประมาณดำเนินการ\n\n"
               "ไม่ใช้งบประมาณ\n\n8. ผู้รับผิดชอบโครงการ\n\nสำนักปลัด\n\n"
               "ลำดับที่ 3\n\n1. ชื่อโครงการ : โครงการค\n\n4. กลุ่มเป้าหมาย\n\nประชาชน\n\n"
               "6. ระยะเวลาดำเนินการ\n\nปีงบประมาณ พ.ศ. 2566 - 2567\n\n7. งบประมาณดำเนินการ\n\n"
               "ปี 2566 จำนวน 1,000 บาท ปี 2567 จำนวน 2,000 บาท\n\n8. ผู้รับผิดชอบโครงการ\n\n"
               "สำนักปลัด\n");
    Run r = ws.prongsai("import small.txt -o small");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(has(r.out, "- plan/plan.toml (line 7): the summary table names projects 1, 2 in one "
                     "cell and gives as many rows of amounts below it; the rows are read in order, "
                     "one a project (each compared with its page below)\n"));
    CHECK(has(r.out, "- plan/plan.toml (line 9): the summary table gives amounts (3000 3000) on "
                     "a row that names no project (page-break residue?): left out\n"));
    // A total whose row lost its dimension at a page break: the one before the next dimension.
    CHECK(has(r.out, "- plan/plan.toml (line 11): the summary table's total (\"รวม\") on this "
                     "row names no dimension (its page begins with the table's header); taken as "
                     "dimension 1's, the one before the next dimension the table names\n"));
    CHECK(has(read_file(ws.path("small/plan/plan.toml")),
              "number = 1\nstated_projects = 2\nstated_budget = { 2566 = 5000, 2567 = 5000 }\n"));
    // What the document does not give is a TODO, never made up.
    CHECK(has(r.out, "- site.toml (the document): district and province: no line \"อำเภอ… "
                     "จังหวัด…\" before ส่วนที่ 2\n"));
    CHECK(has(r.out, "- plan/plan.toml (the document): announced: no line \"ประกาศ ณ วันที่ …\" "
                     "(the date is left out, not made up)\n"));
    CHECK(has(read_file(ws.path("small/site.toml")), "district = \"(แก้ไขอำเภอ)\" # TODO\n"));
    CHECK(has(read_file(ws.path("small/plan/plan.toml")), "# announced = \"\"\n"));
    CHECK(has(front(project(ws, "small", "01")), "[budget]\n2566 = 5000\n2567 = 5000\n+++\n"));
    CHECK(has(front(project(ws, "small", "02")), "[budget]\n2566 = 0\n2567 = 0\n+++\n"));
    // A budget written per year on the page.
    CHECK(has(front(project(ws, "small", "03")), "[budget]\n2566 = 1000\n2567 = 2000\n+++\n"));
    CHECK(has(r.out, "project 3 has a page but the summary table does not name it\n"));
    Run built = ws.prongsai("build small -o small-site");
    CHECK_MESSAGE(built.exit_code == 0, built.err);
}

TEST_CASE("import: the targets and the risk table written one cell a line") {
    // Tak Bai's ส่วนที่ 1 with each tab-separated row written one cell a line (the
    // risk table's header repeated at each page, a row's measures running on after
    // it), and its first project's page: the same [[targets]] and [[risks]] as the
    // tab-separated text gives.
    Workspace ws;
    copy_fixture(ws, "cells.txt");
    Run r = ws.prongsai("import cells.txt -o cells");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(has(r.out, "- ตารางความเสี่ยง · risk rows: 4\n"));
    CHECK(!has(r.out, "[[targets]]"));
    CHECK(!has(r.out, "[[risks]]"));
    std::string plan = read_file(ws.path("cells/plan/plan.toml"));
    CHECK(has(plan, "[[targets]]\nyear = 2566\nita_score = 91\nfewer_cases_percent = 5\n\n"));
    CHECK(has(plan, "[[targets]]\nyear = 2570\nita_score = 95\nfewer_cases_percent = 10\n\n"));
    CHECK(count(plan, "[[targets]]") == 5);
    CHECK(count(plan, "[[risks]]") == 4);
    CHECK(has(plan, "[[risks]]\nnumber = 2\nstep = \"การใช้อำนาจและตำแหน่ง หน้าที่\"\nrisks = [\n"
                    "  \"การควบคุมงานไม่ถูกต้อง ตามสัญญา เพื่อช่วยเหลือ ผู้รับจ้าง\",\n"
                    "  \"การใช้ทรัพย์สินของทาง ราชการ เพื่อผลประโยชน์ ส่วนตน\",\n]\n"
                    "level = \"ปานกลาง\"\nmeasures = [\n"));
    // Measure 5 of row 2, after the next page's header, stays with row 2.
    CHECK(has(plan, "  \"โครงการฝึกอบรมการส่งเสริม คุณธรรมจริยธรรมบุคลากรองค์กร "
                    "ปกครองส่วนท้องถิ่นเพื่อเสริมสร้าง วัฒนธรรมองค์กรสุจริต\",\n"
                    "  \"กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหารเทศบาลเมืองตากใบ\",\n"));
    // The last row ends at the heading after the table ("2. หลักการและเหตุผล").
    CHECK(has(plan, "  \"มาตรการ “จัดให้มีระบบและช่อง ทางการรับเรื่องราวร้องเรียนเกี่ยวกับ "
                    "การทุจริตของเทศบาลเมืองตากใบ”\",\n]\n"));
    CHECK(!has(plan, "หลักการและเหตุผล\""));
    Run built = ws.prongsai("build cells -o cells-site");
    CHECK_MESSAGE(built.exit_code == 0, built.err);
}

TEST_CASE("import: what it refuses, writing nothing") {
    Workspace ws;
    copy_fixture(ws, "plan.txt");
    auto before = snapshot(ws.path("content"));
    Run full = ws.prongsai("import plan.txt -o content");
    CHECK(full.exit_code == 1);
    CHECK(full.err == "prongsai import: content is not empty; nothing was written: give a new or "
                      "empty folder, e.g. prongsai init my-content\n");
    CHECK(snapshot(ws.path("content")) == before);

    Run missing = ws.prongsai("import nowhere.docx -o out");
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == "prongsai import: there is no file nowhere.docx; give the plan document "
                         "(.txt or .docx), e.g. prongsai import plan.docx -o content\n");

    write_file(ws.path("plan.pdf"), "%PDF-1.4\n");
    Run pdf = ws.prongsai("import plan.pdf -o out");
    CHECK(pdf.exit_code == 1);
    CHECK(pdf.err == "prongsai import: plan.pdf is a pdf file, which import does not read: open "
                     "it in Word or LibreOffice and save it as .docx, or export its text "
                     "(pdftotext -layout for a PDF) to a .txt file\n");

    write_file(ws.path("broken.docx"), "this is no zip archive");
    Run broken = ws.prongsai("import broken.docx -o out");
    CHECK(broken.exit_code == 1);
    CHECK(broken.err.starts_with("prongsai import: cannot read broken.docx as a .docx ("));

    write_file(ws.path("letter.txt"), "เรียน ท่านนายก\n\nขอแจ้งให้ทราบ\n");
    Run letter = ws.prongsai("import letter.txt -o out");
    CHECK(letter.exit_code == 1);
    CHECK(letter.err == "prongsai import: letter.txt does not look like a plan on the national "
                        "template (no project page \"ลำดับที่ 1\" and no summary table); nothing "
                        "was written\n");
    write_file(ws.path("tis.txt"), "ส่วนที่ 3\n\xc5\xd3\xb4\xd1\xba\n");
    Run tis = ws.prongsai("import tis.txt -o out");
    CHECK(tis.exit_code == 1);
    CHECK(tis.err == "prongsai import: tis.txt:2: the text is not UTF-8 (a TIS-620 / Windows-874 "
                     "file?); nothing was written: convert it first, e.g. iconv -f TIS-620 -t "
                     "UTF-8 tis.txt > plan-utf8.txt\n");

    // A line far longer than any a plan holds is refused, not read (nor a crash).
    write_file(ws.path("long.txt"),
               "ส่วนที่ 3\nลำดับที่ 1\n1. ชื่อโครงการ : " + std::string(20000, 'x') + "\n");
    Run long_line = ws.prongsai("import long.txt -o out");
    CHECK(long_line.exit_code == 1);
    CHECK(long_line.err == "prongsai import: long.txt:3: a line of 20039 bytes, longer than any a "
                           "plan holds (16000 at most); nothing was written: is this the plan's "
                           "text?\n");
    CHECK(!fs::exists(ws.path("out")));
}

TEST_CASE("import: a count or number of more digits than any, reported and left out") {
    // Each of these once ended import with "terminate called after throwing an
    // instance of 'std::out_of_range'" (exit 134).
    Workspace ws;
    std::string plan = read_file(source_dir() / "tests/fixtures/import/plan.txt");
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string text = plan;
        auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        return text.replace(at, from.size(), to);
    };
    const std::string many = "๙๙๙๙๙๙๙๙๙๙๙๙๙๙"; // 14 digits
    struct Case {
        const char* name;
        std::string text;
        std::string note; // the report's line
    };
    const Case cases[] = {
        {"sequence", replaced("ลำดับที่ ๑\n", "ลำดับที่ " + many + "\n"),
         "- plan/projects/01.md (line 87): the page says ลำดับที่ 99999999999999 but it is "
         "project 1 in the document's order; numbered 1\n"},
        {"foreword",
         replaced("ภาคประชาชน จำนวน ๒ โครงการ", "ภาคประชาชน จำนวน " + many + " โครงการ"),
         "- plan/plan.toml (line 25): the foreword's count for dimension 3, "
         "\"99999999999999\", is no number of projects: left out\n"},
        {"dimension total", replaced("\tรวม\tจำนวน ๒ โครงการ", "\tรวม\tจำนวน " + many + " โครงการ"),
         "- plan/plan.toml (line 65): the summary's count \"99999999999999\" is no number of "
         "projects: left out\n"},
        {"grand total",
         replaced("\tรวมทั้งสิ้น\tจำนวน ๗ โครงการ\t", "รวมทั้งสิ้น จำนวน " + many + " โครงการ\n\t"),
         "- plan/plan.toml (line 77): the summary's count \"99999999999999\" is no number of "
         "projects: left out\n"},
        {"risk row", replaced("\n๑\t", "\n" + many + "\t"),
         "- plan/plan.toml (line 39): a risk row numbered \"99999999999999\", which is no "
         "step's number: left out\n"},
    };
    for (const Case& c : cases) {
        std::string name = c.name;
        std::replace(name.begin(), name.end(), ' ', '-');
        CAPTURE(name);
        write_file(ws.path(name + ".txt"), c.text);
        Run r = ws.prongsai("import " + name + ".txt -o " + name);
        CHECK_MESSAGE(r.exit_code == 0, r.err);
        if (r.exit_code != 0) continue;
        CHECK(r.err.empty());
        std::string report = read_file(ws.path(name + "/IMPORT.md"));
        CHECK_MESSAGE(has(report, c.note), report);
        Run built = ws.prongsai("build " + name + " -o " + name + "-site");
        CHECK_MESSAGE(built.exit_code == 0, built.err);
    }
}
