// Thai formatting: digits, baht amounts, Buddhist-Era dates.
#pragma once

#include "model.h"

#include <string>
#include <string_view>

namespace prongsai {

// Arabic digits 0–9 replaced by Thai digits ๐–๙.
std::string thai_digits(std::string_view s);

// The digits the site shows.
std::string in_digits(std::string_view s, Digits digits);

// 3000000 satang → "30,000"; 125050 → "1,250.50".
std::string format_baht(Satang amount, Digits digits);

// A whole number with separators: 1234 → "1,234".
std::string format_integer(std::int64_t n, Digits digits);

// "5 กรกฎาคม 2565" (long) or "5 ก.ค. 2565" (short).
std::string format_date(const Date& d, Digits digits, bool short_month = false);

// The Thai fiscal year (ปีงบประมาณ, พ.ศ.) a date belongs to: 1 October to
// 30 September, named by the Buddhist-Era year in which it ends.
int fiscal_year(const Date& d);

} // namespace prongsai
