#include "text.h"

#include <doctest/doctest.h>

using namespace prongsai;

TEST_CASE("numbers in Arabic or Thai digits, with separators") {
    CHECK(parse_integer("30000") == 30000);
    CHECK(parse_integer("30,000") == 30000);
    CHECK(parse_integer("๓๐,๐๐๐") == 30000);
    CHECK(parse_integer("1,000,001") == 1000001);
    CHECK(parse_integer("-5") == -5);
    CHECK_FALSE(parse_integer("30,00"));
    CHECK_FALSE(parse_integer("3,0000"));
    CHECK_FALSE(parse_integer("30000 บาท"));
    CHECK_FALSE(parse_integer(""));
    CHECK(parse_satang("1,250.50") == 125050);
    CHECK(parse_satang("๑.๕") == 150);
    CHECK_FALSE(parse_satang("1.505"));
}

TEST_CASE("columns count code points; carets skip Thai marks") {
    std::string line = "title = \"ไทย\" x";
    CHECK(column_of_byte(line, line.find('x')) == 15);
    CHECK(caret_padding("น้ำ x", 5) == "  "
                                      " ");
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
    CHECK(invalid_utf8_offset("ตากใบ") == std::string::npos);
    CHECK(invalid_utf8_offset("ab\xE0\xB8") == 2);
    CHECK(invalid_utf8_offset("a\xA1\xB2") == 1); // TIS-620 bytes
    CHECK(invalid_utf8_offset("é😀ก") == std::string::npos);
    CHECK(invalid_utf8_offset("x\xC0\xAF") == 1);        // overlong "/"
    CHECK(invalid_utf8_offset("x\xE0\x80\xAF") == 1);    // overlong, 3 bytes
    CHECK(invalid_utf8_offset("xy\xED\xA0\x80") == 2);   // a surrogate
    CHECK(invalid_utf8_offset("\xF4\x90\x80\x80") == 0); // beyond U+10FFFF
    CHECK(invalid_utf8_offset("\xF0\x8F\xBF\xBF") == 0); // overlong, 4 bytes
    CHECK(invalid_utf8_offset("ก\xE0\xB8x") == 3);       // a continuation missing
    CHECK(invalid_utf8_offset("\xF5\x80\x80\x80") == 0);
}

TEST_CASE("HTML escaping") {
    CHECK(html_escape("ตากใบ") == "ตากใบ");
    CHECK(html_escape("<a href=\"x\">Tom's & co</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; co&lt;/a&gt;");
    CHECK(html_escape("&") == "&amp;");
    CHECK(html_escape("") == "");
}

TEST_CASE("did you mean") {
    std::vector<std::string> keys = {"title", "unit", "target_group", "budget"};
    CHECK(closest("titel", keys) == "title");
    CHECK(closest("target-group", keys) == "target_group");
    CHECK_FALSE(closest("zzzzzzzz", keys));
}

TEST_CASE("fill puts values in a theme's phrase, once") {
    CHECK(fill("มาตรการทั้งหมด {n} รายการ", {{"n", "12"}}) == "มาตรการทั้งหมด 12 รายการ");
    CHECK(fill("{a} ÷ {b} = {a}", {{"a", "6"}, {"b", "3"}}) == "6 ÷ 3 = 6");
    CHECK(fill("{a}", {{"a", "{b}"}, {"b", "x"}}) == "{b}"); // a value is not filled again
    CHECK(fill("{x} {y", {{"y", "1"}}) == "{x} {y");         // unknown and unclosed kept
    CHECK(fill("เฉลี่ย{group}", {{"group", "ด้าน 1"}}) == "เฉลี่ยด้าน 1");
}

TEST_CASE("names, web addresses and colours, at any length") {
    CHECK(made_of("plan-2567_b", "_-", Letters::lower));
    CHECK_FALSE(made_of("Plan", "_-", Letters::lower));
    CHECK(made_of("Plan", "_-"));
    CHECK_FALSE(made_of("", "_-"));
    CHECK_FALSE(made_of("a b", "_-"));
    CHECK_FALSE(made_of("ตากใบ", "_-"));
    CHECK(made_of("0123", "", Letters::none));
    CHECK_FALSE(made_of("O34", "", Letters::none));

    CHECK(is_web_address("https://www.takbai.go.th/ita/", false, "/"));
    CHECK(is_web_address("https://www.takbai.go.th", false, "/"));
    CHECK(is_web_address("https://localhost:8080/x", false, "/"));
    CHECK(is_web_address("http://a.go.th/", true, "/"));
    CHECK_FALSE(is_web_address("http://a.go.th/", false, "/"));
    CHECK_FALSE(is_web_address("https://", false, "/"));
    CHECK_FALSE(is_web_address("https://a.go.th:/", false, "/"));
    CHECK_FALSE(is_web_address("https://a.go.th:80a/", false, "/"));
    CHECK_FALSE(is_web_address("https://a.go.th/it's", false, "/"));
    CHECK_FALSE(is_web_address("javascript:alert(1)", true, "/():"));
    CHECK_FALSE(is_web_address("https://a b/", false, "/"));

    CHECK(is_hex_colour("#0b5394"));
    CHECK_FALSE(is_hex_colour("#0b539"));
    CHECK_FALSE(is_hex_colour("0b53944"));
    CHECK_FALSE(is_hex_colour("#0g5394"));

    // std::regex overflowed the stack on these; a plain loop does not.
    std::string long_name(1'000'000, 'a');
    CHECK(made_of(long_name, "_-"));
    CHECK(is_web_address("https://a.go.th/" + long_name, false, "/"));
}
