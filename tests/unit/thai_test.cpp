#include "text.h"
#include "thai.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace prongsai;

namespace {

struct Spoken {
    Satang amount;
    const char* words;
};

void check_bahttext(const std::vector<Spoken>& cases, EdRule rule = EdRule::excel) {
    for (const auto& c : cases) {
        CAPTURE(c.amount);
        CHECK(bahttext(c.amount, rule) == c.words);
    }
}

constexpr Satang baht(std::int64_t whole) {
    return whole * 100;
}

} // namespace

// ---- Digits ----------------------------------------------------------------

TEST_CASE("Thai digits and back") {
    CHECK(thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙");
    CHECK(thai_digits("ภารกิจ 1.2") == "ภารกิจ ๑.๒");
    CHECK(thai_digits("") == "");
    CHECK(thai_digits("ไม่มีตัวเลข") == "ไม่มีตัวเลข");
    CHECK(arabic_digits(thai_digits("0123456789")) == "0123456789");
    CHECK(thai_digits(arabic_digits("๐๑๒๓๔๕๖๗๘๙")) == "๐๑๒๓๔๕๖๗๘๙");
}

TEST_CASE("in_digits writes every digit in the site's digits, whichever was typed") {
    CHECK(in_digits("1.2", Digits::thai) == "๑.๒");
    CHECK(in_digits("1.2", Digits::arabic) == "1.2");
    CHECK(in_digits("๑.๒", Digits::arabic) == "1.2");
    CHECK(in_digits("๑.๒", Digits::thai) == "๑.๒");
    CHECK(in_digits("1๒3", Digits::arabic) == "123");
    CHECK(in_digits("1๒3", Digits::thai) == "๑๒๓");
    CHECK(in_digits("แผน ๕ ปี", Digits::arabic) == "แผน 5 ปี");
    CHECK(in_digits("", Digits::thai) == "");
}

// ---- Numbers ---------------------------------------------------------------

TEST_CASE("whole numbers with separators") {
    CHECK(format_integer(0, Digits::arabic) == "0");
    CHECK(format_integer(7, Digits::arabic) == "7");
    CHECK(format_integer(999, Digits::arabic) == "999");
    CHECK(format_integer(1000, Digits::arabic) == "1,000");
    CHECK(format_integer(30000, Digits::arabic) == "30,000");
    CHECK(format_integer(123456, Digits::arabic) == "123,456");
    CHECK(format_integer(1234567, Digits::arabic) == "1,234,567");
    CHECK(format_integer(-1234, Digits::arabic) == "-1,234");
    CHECK(format_integer(-999, Digits::arabic) == "-999");
    CHECK(format_integer(1234567, Digits::thai) == "๑,๒๓๔,๕๖๗");
    CHECK(format_integer(std::numeric_limits<std::int64_t>::max(), Digits::arabic) ==
          "9,223,372,036,854,775,807");
    CHECK(format_integer(std::numeric_limits<std::int64_t>::min(), Digits::arabic) ==
          "-9,223,372,036,854,775,808");
}

TEST_CASE("decimal numbers: scores and percentages") {
    CHECK(format_number(92.5, Digits::arabic) == "92.5");
    CHECK(format_number(92.0, Digits::arabic) == "92");
    CHECK(format_number(92.5, Digits::arabic, 2) == "92.50");
    CHECK(format_number(85, Digits::arabic, 1) == "85.0");
    CHECK(format_number(92.5, Digits::thai) == "๙๒.๕");
    CHECK(format_number(1234.5678, Digits::arabic) == "1,234.57");
    CHECK(format_number(1234567.891, Digits::arabic, 0, 3) == "1,234,567.891");
    CHECK(format_number(1234567.891, Digits::thai, 0, 3) == "๑,๒๓๔,๕๖๗.๘๙๑");
    CHECK(format_number(1e6, Digits::arabic) == "1,000,000");
    CHECK(format_number(1e20, Digits::arabic) == "100,000,000,000,000,000,000");
    CHECK(format_number(0.0, Digits::arabic) == "0");
    CHECK(format_number(-1.5, Digits::arabic) == "-1.5");
    CHECK(format_number(-1234.5, Digits::arabic) == "-1,234.5");
    CHECK(format_number(0.1 + 0.2, Digits::arabic) == "0.3");
}

TEST_CASE("decimal numbers round half away from zero, as written") {
    CHECK(format_number(2.675, Digits::arabic) == "2.68");
    CHECK(format_number(0.125, Digits::arabic) == "0.13");
    CHECK(format_number(0.005, Digits::arabic) == "0.01");
    CHECK(format_number(0.004, Digits::arabic) == "0");
    CHECK(format_number(-0.004, Digits::arabic) == "0");
    CHECK(format_number(-0.0, Digits::arabic) == "0");
    CHECK(format_number(-2.675, Digits::arabic) == "-2.68");
    CHECK(format_number(9.995, Digits::arabic) == "10");
    CHECK(format_number(999.995, Digits::arabic) == "1,000");
    CHECK(format_number(999.995, Digits::arabic, 2) == "1,000.00");
    CHECK(format_number(99.5, Digits::arabic, 0, 0) == "100");
    CHECK(format_number(1.2345, Digits::arabic, 0, 3) == "1.235");
    CHECK(format_number(1.5, Digits::arabic, 2, 0) == "1.50"); // min wins over max
    CHECK(format_number(1.5, Digits::arabic, -1, -1) == "2");
}

TEST_CASE("decimal numbers that have no written form") {
    CHECK(format_number(std::nan(""), Digits::arabic) == "");
    CHECK(format_number(std::numeric_limits<double>::infinity(), Digits::arabic) == "");
    CHECK(format_number(-std::numeric_limits<double>::infinity(), Digits::arabic) == "");
}

// ---- Baht ------------------------------------------------------------------

TEST_CASE("baht and dates in the site's digits") {
    CHECK(format_baht(3000000, Digits::arabic) == "30,000");
    CHECK(format_baht(125050, Digits::arabic) == "1,250.50");
    CHECK(format_baht(125050, Digits::thai) == "๑,๒๕๐.๕๐");
    CHECK(format_baht(0, Digits::arabic) == "0");
    CHECK(format_integer(1234567, Digits::arabic) == "1,234,567");
    CHECK(format_date({2565, 7, 5}, Digits::thai) == "๕ กรกฎาคม ๒๕๖๕");
    CHECK(format_date({2565, 7, 5}, Digits::arabic, true) == "5 ก.ค. 2565");
}

TEST_CASE("baht: satang only when there are any") {
    CHECK(format_baht(100, Digits::arabic) == "1");
    CHECK(format_baht(99, Digits::arabic) == "0.99");
    CHECK(format_baht(5, Digits::arabic) == "0.05");
    CHECK(format_baht(150, Digits::arabic) == "1.50");
    CHECK(format_baht(-3000000, Digits::arabic) == "-30,000");
    CHECK(format_baht(-50, Digits::arabic) == "-0.50");
    CHECK(format_baht(123456789, Digits::arabic) == "1,234,567.89");
    CHECK(format_baht(std::numeric_limits<Satang>::min(), Digits::arabic) ==
          "-92,233,720,368,547,758.08");
}

TEST_CASE("baht with two decimals, for financial tables") {
    CHECK(format_baht_fixed(3000000, Digits::arabic) == "30,000.00");
    CHECK(format_baht_fixed(125050, Digits::arabic) == "1,250.50");
    CHECK(format_baht_fixed(0, Digits::arabic) == "0.00");
    CHECK(format_baht_fixed(5, Digits::arabic) == "0.05");
    CHECK(format_baht_fixed(-50, Digits::arabic) == "-0.50");
    CHECK(format_baht_fixed(-3000000, Digits::arabic) == "-30,000.00");
    CHECK(format_baht_fixed(baht(1000000000), Digits::arabic) == "1,000,000,000.00");
    CHECK(format_baht_fixed(3000000, Digits::thai) == "๓๐,๐๐๐.๐๐");
}

TEST_CASE("baht in the form of official documents") {
    CHECK(format_baht_official(3000000, Digits::arabic) == "30,000.00 บาท (สามหมื่นบาทถ้วน)");
    CHECK(format_baht_official(125050, Digits::arabic) ==
          "1,250.50 บาท (หนึ่งพันสองร้อยห้าสิบบาทห้าสิบสตางค์)");
    CHECK(format_baht_official(10100, Digits::arabic) == "101.00 บาท (หนึ่งร้อยเอ็ดบาทถ้วน)");
    CHECK(format_baht_official(0, Digits::arabic) == "0.00 บาท (ศูนย์บาทถ้วน)");
    CHECK(format_baht_official(25, Digits::arabic) == "0.25 บาท (ยี่สิบห้าสตางค์)");
    CHECK(format_baht_official(3000000, Digits::thai) == "๓๐,๐๐๐.๐๐ บาท (สามหมื่นบาทถ้วน)");
    CHECK(format_baht_official(-3000000, Digits::arabic) == "-30,000.00 บาท (ลบสามหมื่นบาทถ้วน)");
}

// ---- bahttext --------------------------------------------------------------

TEST_CASE("bahttext: the reference's golden cases") {
    check_bahttext({
        {0, "ศูนย์บาทถ้วน"},
        {baht(30000), "สามหมื่นบาทถ้วน"},
        {baht(101), "หนึ่งร้อยเอ็ดบาทถ้วน"},
        {baht(21), "ยี่สิบเอ็ดบาทถ้วน"},
        {baht(1001), "หนึ่งพันเอ็ดบาทถ้วน"},
        {baht(1000001), "หนึ่งล้านเอ็ดบาทถ้วน"},
        {baht(21000021), "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"},
        {50, "ห้าสิบสตางค์"},
        {25, "ยี่สิบห้าสตางค์"},
        {125, "หนึ่งบาทยี่สิบห้าสตางค์"},
        {150, "หนึ่งบาทห้าสิบสตางค์"},
        {10075, "หนึ่งร้อยบาทเจ็ดสิบห้าสตางค์"},
        {123456789, "หนึ่งล้านสองแสนสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทแปดสิบเก้าสตางค์"},
        {baht(2000000000) + 1, "สองพันล้านบาทหนึ่งสตางค์"},
        {baht(5001000000), "ห้าพันเอ็ดล้านบาทถ้วน"},
        {baht(10), "สิบบาทถ้วน"},
        {baht(11), "สิบเอ็ดบาทถ้วน"},
        {baht(20), "ยี่สิบบาทถ้วน"},
        {baht(1100), "หนึ่งพันหนึ่งร้อยบาทถ้วน"},
        {baht(1101), "หนึ่งพันหนึ่งร้อยเอ็ดบาทถ้วน"},
        {1, "หนึ่งสตางค์"},
        {21, "ยี่สิบเอ็ดสตางค์"},
        {baht(1), "หนึ่งบาทถ้วน"},
        {baht(10000000), "สิบล้านบาทถ้วน"},
        {baht(1000000000000), "หนึ่งล้านล้านบาทถ้วน"},
    });
}

TEST_CASE("bahttext: units and tens") {
    check_bahttext({
        {baht(2), "สองบาทถ้วน"},
        {baht(5), "ห้าบาทถ้วน"},
        {baht(9), "เก้าบาทถ้วน"},
        {baht(12), "สิบสองบาทถ้วน"},
        {baht(15), "สิบห้าบาทถ้วน"},
        {baht(19), "สิบเก้าบาทถ้วน"},
        {baht(22), "ยี่สิบสองบาทถ้วน"},
        {baht(29), "ยี่สิบเก้าบาทถ้วน"},
        {baht(30), "สามสิบบาทถ้วน"},
        {baht(31), "สามสิบเอ็ดบาทถ้วน"},
        {baht(45), "สี่สิบห้าบาทถ้วน"},
        {baht(91), "เก้าสิบเอ็ดบาทถ้วน"},
        {baht(99), "เก้าสิบเก้าบาทถ้วน"},
    });
}

TEST_CASE("bahttext: เอ็ด whenever 1 ends a number of more than one digit") {
    check_bahttext({
        {baht(100), "หนึ่งร้อยบาทถ้วน"},
        {baht(110), "หนึ่งร้อยสิบบาทถ้วน"},
        {baht(111), "หนึ่งร้อยสิบเอ็ดบาทถ้วน"},
        {baht(120), "หนึ่งร้อยยี่สิบบาทถ้วน"},
        {baht(121), "หนึ่งร้อยยี่สิบเอ็ดบาทถ้วน"},
        {baht(201), "สองร้อยเอ็ดบาทถ้วน"},
        {baht(1000), "หนึ่งพันบาทถ้วน"},
        {baht(1010), "หนึ่งพันสิบบาทถ้วน"},
        {baht(1011), "หนึ่งพันสิบเอ็ดบาทถ้วน"},
        {baht(10000), "หนึ่งหมื่นบาทถ้วน"},
        {baht(10001), "หนึ่งหมื่นเอ็ดบาทถ้วน"},
        {baht(100000), "หนึ่งแสนบาทถ้วน"},
        {baht(100001), "หนึ่งแสนเอ็ดบาทถ้วน"},
        {baht(111111), "หนึ่งแสนหนึ่งหมื่นหนึ่งพันหนึ่งร้อยสิบเอ็ดบาทถ้วน"},
        {baht(999999), "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน"},
    });
}

TEST_CASE("bahttext: ล้าน every six digits, recursively") {
    check_bahttext({
        {baht(1000000), "หนึ่งล้านบาทถ้วน"},
        {baht(1000010), "หนึ่งล้านสิบบาทถ้วน"},
        {baht(1000011), "หนึ่งล้านสิบเอ็ดบาทถ้วน"},
        {baht(1000021), "หนึ่งล้านยี่สิบเอ็ดบาทถ้วน"},
        {baht(1100000), "หนึ่งล้านหนึ่งแสนบาทถ้วน"},
        {baht(11000000), "สิบเอ็ดล้านบาทถ้วน"},
        {baht(20000000), "ยี่สิบล้านบาทถ้วน"},
        {baht(21000000), "ยี่สิบเอ็ดล้านบาทถ้วน"},
        {baht(101000000), "หนึ่งร้อยเอ็ดล้านบาทถ้วน"},
        {baht(1001000000), "หนึ่งพันเอ็ดล้านบาทถ้วน"},
        {baht(10056518), "สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทถ้วน"},
        {baht(2000000000), "สองพันล้านบาทถ้วน"},
        {baht(999999999999), "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้าน"
                             "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน"},
        {baht(1000000000001), "หนึ่งล้านล้านเอ็ดบาทถ้วน"},
        {baht(1000001000000), "หนึ่งล้านเอ็ดล้านบาทถ้วน"},
        {baht(11000000000000), "สิบเอ็ดล้านล้านบาทถ้วน"},
        {baht(10000000000000000), "หนึ่งหมื่นล้านล้านบาทถ้วน"},
    });
}

TEST_CASE("bahttext: satang") {
    check_bahttext({
        {5, "ห้าสตางค์"},
        {10, "สิบสตางค์"},
        {11, "สิบเอ็ดสตางค์"},
        {20, "ยี่สิบสตางค์"},
        {99, "เก้าสิบเก้าสตางค์"},
        {101, "หนึ่งบาทหนึ่งสตางค์"},
        {2121, "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"},
        {10101, "หนึ่งร้อยเอ็ดบาทหนึ่งสตางค์"},
        {baht(30000) + 50, "สามหมื่นบาทห้าสิบสตางค์"},
    });
}

TEST_CASE("bahttext: negative amounts take ลบ") {
    check_bahttext({
        {-baht(1), "ลบหนึ่งบาทถ้วน"},
        {-baht(30000), "ลบสามหมื่นบาทถ้วน"},
        {-baht(101), "ลบหนึ่งร้อยเอ็ดบาทถ้วน"},
        {-25, "ลบยี่สิบห้าสตางค์"},
        {-125, "ลบหนึ่งบาทยี่สิบห้าสตางค์"},
    });
}

TEST_CASE("bahttext: the limits of int64 satang") {
    const char* const most = "เก้าหมื่นสองพันสองร้อยสามสิบสามล้าน"
                             "เจ็ดแสนสองหมื่นสามร้อยหกสิบแปดล้าน"
                             "ห้าแสนสี่หมื่นเจ็ดพันเจ็ดร้อยห้าสิบแปดบาท";
    CHECK(bahttext(std::numeric_limits<Satang>::max()) == std::string(most) + "เจ็ดสตางค์");
    CHECK(bahttext(std::numeric_limits<Satang>::min()) == "ลบ" + std::string(most) + "แปดสตางค์");
}

TEST_CASE("bahttext: เอ็ด only after tens, for those who prefer it") {
    check_bahttext(
        {
            {0, "ศูนย์บาทถ้วน"},
            {baht(1), "หนึ่งบาทถ้วน"},
            {baht(11), "สิบเอ็ดบาทถ้วน"},
            {baht(21), "ยี่สิบเอ็ดบาทถ้วน"},
            {baht(101), "หนึ่งร้อยหนึ่งบาทถ้วน"},
            {baht(111), "หนึ่งร้อยสิบเอ็ดบาทถ้วน"},
            {baht(201), "สองร้อยหนึ่งบาทถ้วน"},
            {baht(1001), "หนึ่งพันหนึ่งบาทถ้วน"},
            {baht(1000001), "หนึ่งล้านหนึ่งบาทถ้วน"},
            {baht(1000011), "หนึ่งล้านสิบเอ็ดบาทถ้วน"},
            {baht(21000021), "ยี่สิบเอ็ดล้านยี่สิบเอ็ดบาทถ้วน"},
            {baht(5001000000), "ห้าพันหนึ่งล้านบาทถ้วน"},
            {1, "หนึ่งสตางค์"},
            {21, "ยี่สิบเอ็ดสตางค์"},
        },
        EdRule::after_tens);
}

// ---- Dates -----------------------------------------------------------------

TEST_CASE("dates in three styles and two kinds of digits") {
    const Date d{2565, 7, 5};
    CHECK(format_date(d, Digits::arabic, DateStyle::long_month) == "5 กรกฎาคม 2565");
    CHECK(format_date(d, Digits::thai, DateStyle::long_month) == "๕ กรกฎาคม ๒๕๖๕");
    CHECK(format_date(d, Digits::arabic, DateStyle::short_month) == "5 ก.ค. 2565");
    CHECK(format_date(d, Digits::thai, DateStyle::short_month) == "๕ ก.ค. ๒๕๖๕");
    CHECK(format_date(d, Digits::arabic, DateStyle::official) == "วันที่ 5 เดือนกรกฎาคม พ.ศ. 2565");
    CHECK(format_date(d, Digits::thai, DateStyle::official) == "วันที่ ๕ เดือนกรกฎาคม พ.ศ. ๒๕๖๕");
    CHECK(format_date({2565, 9, 30}, Digits::arabic, DateStyle::official) ==
          "วันที่ 30 เดือนกันยายน พ.ศ. 2565");
    CHECK(format_date({2566, 12, 31}, Digits::thai, DateStyle::long_month) == "๓๑ ธันวาคม ๒๕๖๖");
}

TEST_CASE("dates: the old bool form is the long and short style") {
    for (int month = 1; month <= 12; ++month) {
        const Date d{2567, month, 15};
        CAPTURE(month);
        CHECK(format_date(d, Digits::arabic) ==
              format_date(d, Digits::arabic, DateStyle::long_month));
        CHECK(format_date(d, Digits::thai, true) ==
              format_date(d, Digits::thai, DateStyle::short_month));
    }
}

TEST_CASE("dates: every month's name") {
    const char* const full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                                "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};
    const char* const abbr[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    for (int month = 1; month <= 12; ++month) {
        const Date d{2565, month, 1};
        CAPTURE(month);
        CHECK(format_date(d, Digits::arabic, DateStyle::long_month) ==
              std::string("1 ") + full[month - 1] + " 2565");
        CHECK(format_date(d, Digits::arabic, DateStyle::short_month) ==
              std::string("1 ") + abbr[month - 1] + " 2565");
        CHECK(format_date(d, Digits::arabic, DateStyle::official) ==
              std::string("วันที่ 1 เดือน") + full[month - 1] + " พ.ศ. 2565");
    }
}

TEST_CASE("dates: no month, no date") {
    for (auto style : {DateStyle::long_month, DateStyle::short_month, DateStyle::official}) {
        CHECK(format_date({2565, 0, 1}, Digits::arabic, style) == "");
        CHECK(format_date({2565, 13, 1}, Digits::arabic, style) == "");
    }
    CHECK(format_date({2565, 13, 1}, Digits::arabic) == "");
}

// ---- Fiscal years ----------------------------------------------------------

TEST_CASE("fiscal year: 1 October to 30 September, named by the year it ends") {
    CHECK(fiscal_year({2565, 10, 1}) == 2566);
    CHECK(fiscal_year({2566, 9, 30}) == 2566);
    CHECK(fiscal_year({2565, 9, 30}) == 2565);
    CHECK(fiscal_year({2564, 11, 17}) == 2565);
}

TEST_CASE("fiscal year: the boundaries") {
    CHECK(fiscal_year({2564, 9, 30}) == 2564);
    CHECK(fiscal_year({2564, 10, 1}) == 2565);
    CHECK(fiscal_year({2564, 12, 31}) == 2565);
    CHECK(fiscal_year({2565, 1, 1}) == 2565);
    CHECK(fiscal_year({2565, 3, 31}) == 2565);
    CHECK(fiscal_year({2565, 4, 1}) == 2565);
    CHECK(fiscal_year({2565, 12, 31}) == 2566);
    CHECK(fiscal_year({2566, 1, 1}) == 2566);
}

TEST_CASE("fiscal year: first and last dates") {
    CHECK(fiscal_year_range(2565) == DateRange{{2564, 10, 1}, {2565, 9, 30}});
    const DateRange fy = fiscal_year_range(2565);
    CHECK(fy.contains({2564, 10, 1}));
    CHECK(fy.contains({2564, 12, 31}));
    CHECK(fy.contains({2565, 1, 1}));
    CHECK(fy.contains({2565, 9, 30}));
    CHECK_FALSE(fy.contains({2564, 9, 30}));
    CHECK_FALSE(fy.contains({2565, 10, 1}));
}

TEST_CASE("fiscal year: a date is in the range of the year it belongs to") {
    for (int year = 2564; year <= 2567; ++year)
        for (int month = 1; month <= 12; ++month)
            for (int day : {1, 15, 28, 30}) {
                const Date d{year, month, day};
                CAPTURE(year);
                CAPTURE(month);
                CAPTURE(day);
                CHECK(fiscal_year_range(fiscal_year(d)).contains(d));
                CHECK_FALSE(fiscal_year_range(fiscal_year(d) + 1).contains(d));
                CHECK_FALSE(fiscal_year_range(fiscal_year(d) - 1).contains(d));
            }
}

TEST_CASE("fiscal year: the six-month window, 1 October to 31 March") {
    CHECK(fiscal_half_year_range(2565) == DateRange{{2564, 10, 1}, {2565, 3, 31}});
    const DateRange half = fiscal_half_year_range(2566);
    CHECK(half.contains({2565, 10, 1}));
    CHECK(half.contains({2566, 3, 31}));
    CHECK_FALSE(half.contains({2565, 9, 30}));
    CHECK_FALSE(half.contains({2566, 4, 1}));
}

TEST_CASE("Thai collation: leading vowels sort by the consonant after them") {
    std::vector<std::string> names{"ไก่", "ขวด", "กา", "เกาะ", "ข้าว"};
    thai_sort(names);
    CHECK(names == std::vector<std::string>{"กา", "เกาะ", "ไก่", "ขวด", "ข้าว"});
}

TEST_CASE("Thai collation: consonants in alphabet order, whatever the vowel") {
    std::vector<std::string> names{"ฮา", "โมง", "ยา", "แกง", "มา", "ใบ", "บา", "เสือ", "สา"};
    thai_sort(names);
    CHECK(names ==
          std::vector<std::string>{"แกง", "บา", "ใบ", "มา", "โมง", "ยา", "สา", "เสือ", "ฮา"});
}

TEST_CASE("Thai collation: tone marks only break ties") {
    std::vector<std::string> names{"ข้าว", "ขาว", "ข่าว", "ขาวดำ"};
    thai_sort(names);
    CHECK(names == std::vector<std::string>{"ขาว", "ข่าว", "ข้าว", "ขาวดำ"});
}

TEST_CASE("Thai collation: edge cases") {
    std::vector<std::string> none;
    thai_sort(none);
    CHECK(none.empty());

    std::vector<std::string> same{"กา", "กา"};
    thai_sort(same);
    CHECK(same == std::vector<std::string>{"กา", "กา"});

    ThaiCollator collator;
    CHECK(collator.compare("กา", "กา") == 0);
    CHECK(collator.compare("กา", "ขา") < 0);
    CHECK(collator.compare("ขา", "กา") > 0);
    CHECK(collator("", "กา"));
    CHECK_FALSE(collator("กา", ""));
}

TEST_CASE("Thai collation: text that collates equal still sorts one way") {
    // U+200B is ignored by collation; bytes decide, so input order does not.
    const std::string plain = "กา";
    const std::string spaced = "ก\u200Bา";
    ThaiCollator collator;
    CHECK(collator.compare(plain, spaced) != 0);
    CHECK(collator.compare(plain, spaced) == -collator.compare(spaced, plain));
    std::vector<std::string> one{plain, spaced, "ขา"};
    std::vector<std::string> other{"ขา", spaced, plain};
    thai_sort(one);
    thai_sort(other);
    CHECK(one == other);
    CHECK(one.back() == "ขา");
}

TEST_CASE("Thai collation: sorting records by a name") {
    struct Project {
        std::string name;
        int number;
    };
    std::vector<Project> projects{{"โครงการอบรม", 1}, {"กิจกรรมวันเด็ก", 2}, {"ค่ายเยาวชน", 3}};
    ThaiCollator collator;
    std::sort(projects.begin(), projects.end(),
              [&](const Project& a, const Project& b) { return collator(a.name, b.name); });
    CHECK(projects[0].number == 2);
    CHECK(projects[1].number == 3);
    CHECK(projects[2].number == 1);
}
