// Open data: every table of the site as CSV and JSON under data/, the
// ข้อมูลเปิด page and data/datapackage.json. tests/tools/check_open_data.py
// parses each CSV (csv module) and JSON (json module), checks the bytes (BOM,
// CRLF) and the data package's rules, and compares each table with its page.
#include "harness.h"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

int check_open_data(const Workspace& w, const std::string& site) {
    std::string command = "python3 '" + (source_dir() / "tests/tools/check_open_data.py").string() +
                          "' '" + w.path(site).string() + "'";
    return std::system(command.c_str());
}

} // namespace

TEST_CASE("open data: each CSV and JSON equals its page's table; the data package holds") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(check_open_data(w, "site") == 0);
    std::string csv = read_file(w.path("site/data/documents.csv"));
    CHECK(csv.starts_with("\xEF\xBB\xBF"
                          "file,title,category,fiscal_year,date,size,sha256,path\r\n"
                          "plan-2566-2570.pdf,"));
    std::string json = read_file(w.path("site/data/budget.json"));
    CHECK(json.starts_with("[\n  {\"dimension\": 1, \"fiscal_year\": 2566, \"amount\": "));
    std::string package = read_file(w.path("site/data/datapackage.json"));
    CHECK(has(package, "\"profile\": \"tabular-data-package\""));
    CHECK(has(package, "{\"fields\": \"dimension\", \"reference\": {\"resource\": \"dimensions\", "
                       "\"fields\": \"number\"}}"));
    CHECK(has(package, "\"unit\": \"บาท\""));
    // Data, not pages: not in the sitemap.
    std::string page = read_file(w.path("site/data/index.html"));
    CHECK(has(page, "<a href=\"../data/datapackage.json\">"));
    CHECK(has(page, "<a href=\"../data/projects.csv\" download>CSV</a>"));
    CHECK(has(read_file(w.path("site/plan/budget.html")),
              "<a href=\"../data/budget.csv\" download>ดาวน์โหลดตารางนี้ (CSV)</a>"));
}

TEST_CASE("open data: licence and source from site.toml; a changed table fails the check") {
    Workspace w;
    w.edit("site.toml", "[organisation]",
           "url = \"https://www.takbai.go.th/ita/\"\n\n[open_data]\nlicence = \"Open Data "
           "Common\"\nlicence_url = \"https://data.go.th/pages/open-government-licence\"\nsource = "
           "\"เทศบาลเมืองตากใบ\"\n\n[organisation]");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string package = read_file(w.path("site/data/datapackage.json"));
    CHECK(has(package, "\"licenses\": [{\"name\": \"Open Data Common\", \"path\": "
                       "\"https://data.go.th/pages/open-government-licence\"}]"));
    CHECK(has(package, "\"sources\": [{\"title\": \"เทศบาลเมืองตากใบ\", \"path\": "
                       "\"https://www.takbai.go.th/ita/\"}]"));
    CHECK(check_open_data(w, "site") == 0);
    // The check can fail: a budget the page does not show.
    std::string budget = read_file(w.path("site/data/budget.csv"));
    std::size_t at = budget.find("\r\n1,2566,");
    REQUIRE(at != std::string::npos);
    budget[at + 9] = '9';
    write_file(w.path("site/data/budget.csv"), budget);
    CHECK(check_open_data(w, "site") != 0);
}

TEST_CASE("open data: the risks table carries a level a risk and the measures' own numbers") {
    Workspace w;
    w.edit("plan/plan.toml", "step = \"การพิจารณาอนุมัติ อนุญาต\"\n",
           "step = \"การพิจารณาอนุมัติ อนุญาต\"\nlevels = [\"สูง\", \"ปานกลาง\", \"ต่ำ\"]\n"
           "measure_numbers = [1, 2, 3, 4]\n");
    w.edit("plan/plan.toml", "step = \"การใช้อำนาจและตำแหน่งหน้าที่\"\n",
           "step = \"การใช้อำนาจและตำแหน่งหน้าที่\"\nmeasure_numbers = [\"๕\", 6, 7, 8, 9, 10, 11, 12, "
           "13, 14, 15, 16, 17, 18]\n");
    Run r = w.prongsai("build");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(check_open_data(w, "site") == 0);
    std::string csv = read_file(w.path("site/data/risks.csv"));
    CHECK(csv.starts_with("\xEF\xBB\xBF"
                          "number,step,risks,level,levels,measures,measure_numbers\r\n"
                          "1,การพิจารณาอนุมัติ อนุญาต,\""));
    CHECK(has(csv, "\",ปานกลาง,\"สูง\r\nปานกลาง\r\nต่ำ\",\"โครงการพัฒนาความรู้"));
    CHECK(has(csv, "โครงการจัดทำแผนการตรวจสอบภายในประจำปี\",\"1\r\n2\r\n3\r\n4\"\r\n2,"));
    CHECK(has(
        csv,
        "\","
        "\"5\r\n6\r\n7\r\n8\r\n9\r\n10\r\n11\r\n12\r\n13\r\n14\r\n15\r\n16\r\n17\r\n18\"\r\n3,"));
    // A row with one level for the row and numbering that starts at 1: both left empty.
    CHECK(has(csv, "โครงการเสริมสร้างความโปร่งใสในการบริหารงบประมาณ\r\n"));
    CHECK(has(csv, "\",สูง,,\"โครงการเสริมสร้างความโปร่งใส"));
    std::string json = read_file(w.path("site/data/risks.json"));
    CHECK(has(json, "\"level\": \"ปานกลาง\", \"levels\": \"สูง\\nปานกลาง\\nต่ำ\", "));
    CHECK(has(json, "\"measure_numbers\": \"1\\n2\\n3\\n4\"}"));
    std::string package = read_file(w.path("site/data/datapackage.json"));
    CHECK(has(package, "{\"name\": \"levels\", \"title\": \"ระดับความเสี่ยงแต่ละประเด็น\", "
                       "\"type\": \"string\"}"));
    CHECK(has(package, "{\"name\": \"measure_numbers\", \"title\": \"เลขที่มาตรการตามเอกสาร\", "
                       "\"type\": \"string\"}"));
    // The check compares them with the page: a number the page does not show fails it.
    std::size_t at = csv.find("\"5\r\n6\r\n");
    REQUIRE(at != std::string::npos);
    csv[at + 1] = '9';
    write_file(w.path("site/data/risks.csv"), csv);
    CHECK(check_open_data(w, "site") != 0);
}

TEST_CASE("open data: a portal without a plan publishes no plan tables, and its data package "
          "holds") {
    Workspace w{"tests/fixtures/maechara"};
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(check_open_data(w, "site") == 0);
    for (const char* plan_table :
         {"projects", "dimensions", "missions", "budget", "targets", "risks"}) {
        CHECK_MESSAGE(!fs::exists(w.path(std::string("site/data/") + plan_table + ".csv")),
                      plan_table);
        CHECK_MESSAGE(!fs::exists(w.path(std::string("site/data/") + plan_table + ".json")),
                      plan_table);
    }
    CHECK(fs::exists(w.path("site/data/documents.csv")));
    std::string package = read_file(w.path("site/data/datapackage.json"));
    CHECK(!has(package, "\"name\": \"projects\""));
    CHECK(has(package, "\"name\": \"documents\""));
}
