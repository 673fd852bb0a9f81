// The OIT evidence index: Tak Bai's 2565 and 2568 indexes, `check --oit`,
// the CSV of item and URLs, outside links and absolute addresses. Bad `oit`
// keys are in bad_input_test.cpp with every other bad input.
#include "harness.h"

#include <doctest/doctest.h>
#include <regex>

using namespace e2e;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

int count(const std::string& text, const std::string& part) {
    int n = 0;
    for (std::size_t at = 0; (at = text.find(part, at)) != std::string::npos; at += part.size())
        ++n;
    return n;
}

// The row of item `code` on an index page, from <tr id="CODE" to </tr>.
std::string row(const std::string& page, const std::string& code) {
    std::size_t from = page.find("<tr id=\"" + code + "\"");
    REQUIRE(from != std::string::npos);
    return page.substr(from, page.find("</tr>", from) - from);
}

// Thai digits (๐–๙, a site's digits = "thai") as Arabic ones, as `check` prints them.
std::string arabic(const std::string& text) {
    // ๐ is U+0E50, E0 B9 90 in UTF-8; ๙ is E0 B9 99.
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i + 2 < text.size() && text[i] == '\xE0' && text[i + 1] == '\xB9' &&
            text[i + 2] >= '\x90' && text[i + 2] <= '\x99') {
            out += static_cast<char>('0' + (text[i + 2] - '\x90'));
            i += 2;
        } else {
            out += text[i];
        }
    return out;
}

} // namespace

TEST_CASE("oit: check --oit 2565 prints the coverage and each item without evidence in period") {
    Workspace w;
    Run r = w.prongsai("check --oit 2565");
    REQUIRE(r.exit_code == 0);
    CHECK(only_year_warnings(r.err));
    CHECK(has(r.out, "\nOIT 2565: 12 of 43 items with evidence in period\n"));
    CHECK(has(r.out, "  O3 อำนาจหน้าที่: missing\n"));
    // The plan's risk table is evidence, but of 2566–2570, not of 2565.
    CHECK(has(r.out, "  O36 การประเมินความเสี่ยงการทุจริตประจำปี: outside its period\n"
                     "    needs: การประเมินความเสี่ยงการทุจริตของปีที่ประเมิน, covering fiscal "
                     "year 2565\n"
                     "    has: plan/index.html#risks (2566–2570)\n"));
    // The 6-month round on file is 2564's; 2565's first half is asked for.
    CHECK(has(r.out, "  O40 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน: "
                     "outside its period\n"));
    CHECK(has(r.out, "    has: reports/2565/progress.html (2564)\n"));
    CHECK(has(r.out, "  O8 Q&A: served outside the site, no address given\n"));
    CHECK(has(r.out, "    give its address in site.toml: [oit_links] 2565 = { O8 = "
                     "\"https://...\" }\n"));
    // Items with evidence in period are not listed.
    for (const char* ok : {"O1 ", "O2 ", "O5 ", "O7 ", "O16 ", "O19 ", "O30 ", "O32 ", "O39 ",
                           "O41 ", "O42 ", "O43 "})
        CHECK_MESSAGE(!has(r.out, std::string("  ") + ok), ok);
    CHECK(count(r.out, "\n  O") == 43 - 12); // every other item
}

TEST_CASE("oit: check --oit of a year the program has no list for") {
    Workspace w;
    Run r = w.prongsai("check --oit 2570");
    CHECK(r.exit_code == 1);
    CHECK(r.out == "");
    CHECK(r.err == "--oit 2570: error: prongsai has no OIT item list for 2570; the assessment "
                   "years it has are 2565, 2568\n"
                   "prongsai check: 1 error(s), 0 warning(s); nothing written\n");
}

TEST_CASE("oit: a build prints the coverage, and the index pages show the same") {
    Workspace w;
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.out, "\nOIT 2565: 12 of 43 items with evidence in period; OIT 2568: 4 of 26 items "
                     "with evidence in period\n"));
    std::string y2565 = read_file(w.path("site/oit/2565/index.html"));
    CHECK(has(y2565, "<strong>มีหลักฐานในช่วงเวลา 12 จาก 43 ข้อ</strong>"));
    CHECK(count(y2565, "<tr id=\"O") == 43);
    CHECK(count(y2565, "<tr id=\"O") - count(y2565, "class=\"oit-ok\"") == 31);
    CHECK(count(y2565, "class=\"oit-ok\"") == 12);
    // Every item in order, under its group.
    std::size_t at = 0;
    for (int i = 1; i <= 43; ++i) {
        std::size_t next = y2565.find("<tr id=\"O" + std::to_string(i) + "\"");
        CHECK_MESSAGE(next > at, i);
        at = next;
    }
    CHECK(has(y2565, "<h2>9.1 ข้อมูลพื้นฐาน</h2>"));
    CHECK(has(y2565, "<h2>10.2 มาตรการภายในเพื่อป้องกันการทุจริต</h2>"));
    // The evidence the content declares, with its date and years.
    std::string o39 = row(y2565, "O39");
    CHECK(has(o39, "class=\"oit-ok\""));
    CHECK(has(o39, "<a href=\"../../announcements/2564-11-17-plan-2565.html\">"));
    CHECK(has(o39, "ลงวันที่ 17 พฤศจิกายน 2564"));
    CHECK(has(o39, "<a href=\"../../plan/index.html\">")); // the plan, out of period, also shown
    CHECK(has(o39, "! นอกช่วงเวลาที่กำหนด"));
    CHECK(has(row(y2565, "O41"), "<a href=\"../../documents/eplannacc-2564.csv\">"));
    CHECK(has(row(y2565, "O43"), "<a href=\"../../documents/report-integrity-2565.pdf\">"));
    CHECK(has(row(y2565, "O43"), "<a href=\"../../reports/2565/measures.html\">"));
    CHECK(has(row(y2565, "O36"), "oit-out_of_period"));
    CHECK(has(row(y2565, "O3"), "✗ ยังไม่มีหลักฐาน"));
    // people.toml draws the structure and executives pages: O1 and O2 by default.
    CHECK(has(row(y2565, "O1"), "<a href=\"../../organisation/structure.html\">"));
    CHECK(has(row(y2565, "O2"), "<a href=\"../../organisation/executives.html\">"));
    CHECK(has(row(y2565, "O8"), "↗ ต้องใช้บริการภายนอก ยังไม่ได้ระบุลิงก์"));
    // 2568: the list is marked as incomplete; the plan covers the year.
    std::string y2568 = read_file(w.path("site/oit/2568/index.html"));
    CHECK(has(y2568, "<strong>มีหลักฐานในช่วงเวลา 4 จาก 26 ข้อ</strong>"));
    CHECK(has(y2568, "รายการข้อของปีนี้ยังไม่ครบหรือยังไม่ได้ตรวจสอบ"));
    CHECK(has(row(y2568, "O25"), "class=\"oit-ok\""));
    CHECK(has(row(y2568, "O6"), "(ยังไม่ได้ตรวจสอบกับคู่มือ)"));
    // The figures the build printed are the pages' own, year by year.
    for (const auto& year_page : {std::pair{"2565", y2565}, std::pair{"2568", y2568}}) {
        const std::string year = year_page.first, &page = year_page.second;
        std::smatch printed, shown;
        std::string out = r.out;
        REQUIRE(std::regex_search(
            out, printed,
            std::regex("OIT " + year + ": (\\d+) of (\\d+) items with evidence in period")));
        REQUIRE(std::regex_search(
            page, shown, std::regex("<strong>มีหลักฐานในช่วงเวลา (\\d+) จาก (\\d+) ข้อ</strong>")));
        CHECK_MESSAGE(printed[1] == shown[1], year);
        CHECK_MESSAGE(printed[2] == shown[2], year);
    }
    std::string list = read_file(w.path("site/oit/index.html"));
    CHECK(has(list, "<a href=\"../oit/2568/index.html\">ปี พ.ศ. 2568</a>"));
    CHECK(has(list, "มีหลักฐานในช่วงเวลา 12 จาก 43 ข้อ"));
    // Linked from every page; the print view has every address written out.
    CHECK(has(read_file(w.path("site/index.html")), "<a href=\"oit/index.html\">"));
    std::string print = read_file(w.path("site/oit/2565/print.html"));
    CHECK(has(print, "<code>../../plan/index.html</code>"));
    CHECK(count(print, "<tr id=\"O") == 43);
}

TEST_CASE("oit: content pages are evidence in the same form, each year linking to its index") {
    Workspace w;
    // Tak Bai's complaint channels page serves 2565's O30 and O32; give it 2568's O18 too.
    w.edit("pages/integrity/complaints.md", "oit = { 2565 = [\"O30\", \"O32\"] }",
           "oit = { 2565 = [\"O30\", \"O32\"], 2568 = [\"O18\"] }");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.out, "\nOIT 2565: 12 of 43 items with evidence in period; OIT 2568: 5 of 26 items "
                     "with evidence in period\n"));
    std::string y2565 = read_file(w.path("site/oit/2565/index.html"));
    for (const char* code : {"O30", "O32"}) {
        std::string o = row(y2565, code);
        CHECK_MESSAGE(has(o, "class=\"oit-ok\""), code);
        CHECK_MESSAGE(has(o, "<a href=\"../../pages/integrity/complaints.html\">ช่องทางการร้องเรียน"
                             "การทุจริตและประพฤติมิชอบ</a>"),
                      code);
        // Its as_of date, said as such; that date's fiscal year.
        CHECK_MESSAGE(has(o, "ข้อมูล ณ วันที่ 30 กันยายน 2565"), code);
        CHECK_MESSAGE(has(o, "ปีงบประมาณ 2565"), code);
    }
    // The section's page has no date: evidence for any year.
    CHECK(has(row(y2565, "O42"), "<a href=\"../../pages/integrity/index.html\">"));
    CHECK(has(row(read_file(w.path("site/oit/2568/index.html")), "O18"),
              "<a href=\"../../pages/integrity/complaints.html\">"));
    // The page names its items by year, each year a link to that year's index.
    std::string page = read_file(w.path("site/pages/integrity/complaints.html"));
    CHECK(has(page, "<a href=\"../../oit/2565/index.html\">ปี 2565</a> <span class=\"oit-item\">"
                    "O30</span> <span class=\"oit-item\">O32</span> <a href=\"../../oit/2568/"
                    "index.html\">ปี 2568</a> <span class=\"oit-item\">O18</span>"));
}

TEST_CASE("oit: a province index shows each organisation's coverage as its own index does") {
    Workspace w;
    make_province(w, {"mukdahan"});
    REQUIRE(w.prongsai("build province -o site").exit_code == 0);
    Run check = w.prongsai("check province --oit 2565");
    REQUIRE(check.exit_code == 0);
    std::string index = read_file(w.path("site/index.html"));
    const std::pair<std::string, std::string> orgs[] = {{"takbai", "เทศบาลเมืองตากใบ"},
                                                        {"mukdahan", "องค์การบริหารส่วนจังหวัดมุกดาหาร"}};
    for (const auto& [folder, name] : orgs)
        for (std::string year : {"2565", "2568"}) {
            std::string own = read_file(w.path("site/" + folder + "/oit/" + year + "/index.html"));
            // The figures in the site's digits (Mukdahan writes Thai ones).
            std::smatch shown;
            REQUIRE(std::regex_search(
                own, shown,
                std::regex("<strong>มีหลักฐานในช่วงเวลา ([^ ]+) จาก ([^ ]+) ข้อ</strong>")));
            std::string covered = shown[1], total = shown[2];
            std::string where = folder + " " + year;
            CHECK_MESSAGE(has(arabic(index), "<a href=\"" + folder + "/oit/" + year +
                                                 "/index.html\">OIT " + year +
                                                 ": มีหลักฐานในช่วงเวลา " + arabic(covered) + " จาก " +
                                                 arabic(total) + " ข้อ</a>"),
                          where);
            if (year == "2565")
                CHECK_MESSAGE(has(check.out, name + "\nOIT 2565: " + arabic(covered) + " of " +
                                                 arabic(total) + " items with evidence in period"),
                              where);
        }
    CHECK(has(index, "OIT 2565: มีหลักฐานในช่วงเวลา 12 จาก 43 ข้อ")); // Tak Bai's, as above
}

TEST_CASE("oit: the CSV of item and URLs: BOM, CRLF, a cell of several addresses quoted") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string csv = read_file(w.path("site/oit/2565/oit-2565.csv"));
    CHECK(csv.starts_with("\xEF\xBB\xBF"
                          "ข้อ,ชื่อข้อ,สถานะ,URL\r\n"
                          "O1,โครงสร้าง,มีหลักฐานในช่วงเวลา,organisation/structure.html\r\n"
                          "O2,ข้อมูลผู้บริหาร,มีหลักฐานในช่วงเวลา,organisation/executives.html\r\n"
                          "O3,อำนาจหน้าที่,ยังไม่มีหลักฐาน,\r\n"));
    CHECK(has(csv, "\r\nO43,การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน,"
                   "มีหลักฐานในช่วงเวลา,\"reports/2565/measures.html\r\n"
                   "documents/report-integrity-2565.pdf\"\r\n"));
    // No bare LF anywhere: every line break is CRLF, inside quotes too.
    CHECK(std::regex_search(csv, std::regex("[^\r]\n")) == false);
    // Header, 43 items, and a break before each further address of a cell: O39 has
    // three (the plan, an announcement, a content page), O41, O42, O43 two each.
    CHECK(count(csv, "\r\n") == 44 + 5);
    // Data, not a page: not in the sitemap, not counted.
    CHECK(!has(read_file(w.path("site/sitemap.xml")), ".csv"));
}

TEST_CASE("oit: an outside service's link, and absolute addresses when site.toml has url") {
    Workspace w;
    w.edit("site.toml", "[organisation]",
           "url = \"https://www.takbai.go.th/ita/\"\n\n[oit_links]\n2565 = { O8 = "
           "\"https://www.facebook.com/takbai.qa\" }\n\n[organisation]");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(has(r.out, "OIT 2565: 13 of 43 items"));
    std::string page = read_file(w.path("site/oit/2565/index.html"));
    CHECK(has(row(page, "O8"), "<a href=\"https://www.facebook.com/takbai.qa\">"));
    CHECK(has(row(page, "O8"), "(บริการภายนอก)"));
    CHECK(has(row(page, "O39"), "<a href=\"https://www.takbai.go.th/ita/plan/index.html\">"));
    CHECK(!has(page, "ลิงก์สัมพัทธ์"));
    std::string csv = read_file(w.path("site/oit/2565/oit-2565.csv"));
    CHECK(has(csv, "\r\nO8,Q&A,มีหลักฐานในช่วงเวลา,https://www.facebook.com/takbai.qa\r\n"));
    CHECK(has(csv, "https://www.takbai.go.th/ita/announcements/2564-11-17-plan-2565.html"));
}

TEST_CASE("oit: an unknown item in an outside link is an error at it") {
    Workspace w;
    w.edit("site.toml", "[organisation]",
           "[oit_links]\n2565 = { O88 = \"https://www.facebook.com/takbai\" }\n\n[organisation]");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 1);
    CHECK(r.err.starts_with("content/site.toml:10:1: error: the OIT list of 2565 has no item "
                            "'O88'; its items are O1 to O43; did you mean O8?\n"));
}
