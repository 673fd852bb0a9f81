// The import's smallest readers: amounts as plans write them, and cells cleaned
// of what a PDF's or Word's export leaves in them.
#include "import/plan_reader.h"
#include "import/source.h"

#include <doctest/doctest.h>

using prongsai::import::amount_of;
using prongsai::import::clean_cell;

TEST_CASE("import: amounts as the plans write them") {
    CHECK(amount_of("30,000.- บาท") == 30000);
    CHECK(amount_of("จำนวน ๒๐,๐๐๐ บาท (สองหมื่นบาทถ้วน)") == 20000);
    CHECK(amount_of("จำนวน 210,000 บาท") == 210000);
    CHECK(amount_of("๑๐๐,๐๐๐") == 100000);
    CHECK(amount_of("0") == 0);
    CHECK(amount_of("20,000.00") == 20000);
    // Not amounts: no budget, a dash, a year with words, a range, a malformed group.
    CHECK_FALSE(amount_of("ไม่ใช้งบประมาณ"));
    CHECK_FALSE(amount_of("-"));
    CHECK_FALSE(amount_of("ปี 2566"));
    CHECK_FALSE(amount_of("10,000 - 20,000 บาท"));
    CHECK_FALSE(amount_of("30,00 บาท"));
    CHECK_FALSE(amount_of("9999999999999999"));
}

TEST_CASE("import: a cell without HTML paragraph residue, bold markers and runs of space") {
    CHECK(clean_cell("<p>5.กิจกรรม</p> <p>6. มาตรการ</p>") == "5.กิจกรรม 6. มาตรการ");
    CHECK(clean_cell("**แผนปฏิบัติการ**") == "แผนปฏิบัติการ");
    CHECK(clean_cell("  ก\xC2\xA0\xC2\xA0ข\xE2\x80\x8B ค  ") == "ก ข ค");
    CHECK(clean_cell("") == "");
}
