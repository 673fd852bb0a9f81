// Thai formatting: digits, numbers, baht amounts and bahttext, Buddhist-Era
// dates and fiscal years, and Thai collation and normalisation (ICU).
#pragma once

#include "model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace prongsai {

// ---- Digits ----------------------------------------------------------------

// Arabic digits 0–9 replaced by Thai digits ๐–๙. (The reverse, arabic_digits,
// is in text.h.)
std::string thai_digits(std::string_view s);

// The digits the site shows: every digit of `s`, Arabic or Thai, is written in
// `digits`, so text typed with either kind reads the same across the site.
std::string in_digits(std::string_view s, Digits digits);

// ---- Numbers ---------------------------------------------------------------

// A whole number with separators: 1234 → "1,234".
std::string format_integer(std::int64_t n, Digits digits);

// A decimal number with separators, for percentages and scores: 92.5 → "92.5",
// 1234.5678 → "1,234.57". It is rounded half away from zero at
// `max_fraction_digits`, as the number is written (2.675 → "2.68"), and keeps
// at least `min_fraction_digits` (92.5 with 2 → "92.50"). Empty for NaN and
// infinities, which have no written form.
std::string format_number(double value, Digits digits, int min_fraction_digits = 0,
                          int max_fraction_digits = 2);

// ---- Baht ------------------------------------------------------------------

// 3000000 satang → "30,000"; 125050 → "1,250.50".
std::string format_baht(Satang amount, Digits digits);

// Always two decimals, as in financial tables: 3000000 → "30,000.00".
std::string format_baht_fixed(Satang amount, Digits digits);

// The form of official documents: "30,000.00 บาท (สามหมื่นบาทถ้วน)".
std::string format_baht_official(Satang amount, Digits digits);

// When a final 1 is read เอ็ด instead of หนึ่ง.
enum class EdRule {
    // Whenever 1 ends a number of more than one digit: 101 หนึ่งร้อยเอ็ด,
    // 1001 หนึ่งพันเอ็ด (Excel BAHTTEXT, the Royal Institute's reading).
    excel,
    // Only after tens: 21 ยี่สิบเอ็ด but 101 หนึ่งร้อยหนึ่ง.
    after_tens,
};

// The amount in words, as under a cheque or in a contract:
// 3000000 → "สามหมื่นบาทถ้วน", 12550 → "หนึ่งร้อยยี่สิบห้าบาทห้าสิบสตางค์".
std::string bahttext(Satang amount, EdRule rule = EdRule::excel);

// ---- Dates -----------------------------------------------------------------

enum class DateStyle {
    long_month,  // "5 กรกฎาคม 2565"
    short_month, // "5 ก.ค. 2565"
    official,    // "วันที่ 5 เดือนกรกฎาคม พ.ศ. 2565"
};

// "5 กรกฎาคม 2565" (long) or "5 ก.ค. 2565" (short).
std::string format_date(const Date& d, Digits digits, bool short_month = false);

// Empty when the month is not 1–12.
std::string format_date(const Date& d, Digits digits, DateStyle style);

// ---- Fiscal years ----------------------------------------------------------

// Both ends included.
struct DateRange {
    Date first;
    Date last;
    bool contains(const Date& d) const { return first <= d && d <= last; }
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

// The Thai fiscal year (ปีงบประมาณ, พ.ศ.) a date belongs to: 1 October to
// 30 September, named by the Buddhist-Era year in which it ends.
int fiscal_year(const Date& d);

// Fiscal year 2565 → 1 ตุลาคม 2564 to 30 กันยายน 2565.
DateRange fiscal_year_range(int fiscal_year);

// The six-month reporting window (รอบ 6 เดือน) of ITA and e-PlanNACC:
// 1 October to 31 March.
DateRange fiscal_half_year_range(int fiscal_year);

// ---- Collation (ICU) -------------------------------------------------------

// Orders Thai text as a Thai dictionary does (leading vowels เ แ โ ใ ไ sort
// by the consonant after them; tone marks only break ties). One collator per
// object: ICU does not promise that a collator is safe to share across
// threads, so each sort makes its own.
class ThaiCollator {
  public:
    ThaiCollator(); // throws std::runtime_error when ICU has no collator
    ~ThaiCollator();
    ThaiCollator(ThaiCollator&&) noexcept;
    ThaiCollator& operator=(ThaiCollator&&) noexcept;

    // <0, 0 or >0. Text that collates the same but is not byte-equal compares
    // by bytes, so sorting is deterministic and the output stable.
    int compare(std::string_view a, std::string_view b) const;
    bool operator()(std::string_view a, std::string_view b) const { return compare(a, b) < 0; }

  private:
    struct Impl; // keeps ICU's headers out of every file that formats a date
    std::unique_ptr<Impl> impl_;
};

// Sorts Thai names: ไก่, ขวด, กา, เกาะ, ข้าว → กา, เกาะ, ไก่, ขวด, ข้าว.
void thai_sort(std::vector<std::string>& names);

} // namespace prongsai
