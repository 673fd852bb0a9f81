#include "thai.h"

#include "text.h"

#include <unicode/bytestream.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace prongsai {

namespace {

// The magnitude as unsigned, so the most negative int64 has one too.
std::uint64_t magnitude(std::int64_t n) {
    return n < 0 ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
}

std::string group_thousands(std::string_view digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// Adds one unit in the last place of a string of decimal digits.
void increment_digits(std::string& digits) {
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it != '9') {
            ++*it;
            return;
        }
        *it = '0';
    }
    digits.insert(digits.begin(), '1');
}

// Arabic digits; satang shown when there are any or when `always_satang`.
std::string baht_arabic(Satang amount, bool always_satang) {
    std::uint64_t m = magnitude(amount);
    std::string out = amount < 0 ? "-" : "";
    out += group_thousands(std::to_string(m / 100));
    if (always_satang || m % 100 != 0) {
        char fraction[8];
        std::snprintf(fraction, sizeof fraction, ".%02u", static_cast<unsigned>(m % 100));
        out += fraction;
    }
    return out;
}

icu::StringPiece piece(std::string_view s) {
    return {s.data(), static_cast<int32_t>(s.size())};
}

} // namespace

// ---- Digits ----------------------------------------------------------------

std::string thai_digits(std::string_view s) {
    static const char* const digit[] = {"๐", "๑", "๒", "๓", "๔", "๕", "๖", "๗", "๘", "๙"};
    std::string out;
    out.reserve(s.size() * 3);
    for (char c : s) {
        if (c >= '0' && c <= '9')
            out += digit[c - '0'];
        else
            out += c;
    }
    return out;
}

std::string in_digits(std::string_view s, Digits digits) {
    return digits == Digits::thai ? thai_digits(s) : arabic_digits(s);
}

// ---- Numbers ---------------------------------------------------------------

std::string format_integer(std::int64_t n, Digits digits) {
    std::string sign = n < 0 ? "-" : "";
    return in_digits(sign + group_thousands(std::to_string(magnitude(n))), digits);
}

std::string format_number(double value, Digits digits, int min_fraction_digits,
                          int max_fraction_digits) {
    if (!std::isfinite(value)) return {};
    const auto min_fraction = static_cast<std::size_t>(std::max(0, min_fraction_digits));
    const auto max_fraction =
        std::max(min_fraction, static_cast<std::size_t>(std::max(0, max_fraction_digits)));

    // The shortest decimal that reads back as `value` is what the author
    // wrote, so rounding it (not the binary value) gives 2.675 → 2.68.
    char buffer[400];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::fixed);
    if (ec != std::errc{}) return {};
    std::string_view written(buffer, static_cast<std::size_t>(end - buffer));
    std::size_t dot = written.find('.');
    std::string whole(written.substr(0, dot));
    std::string fraction(dot == std::string_view::npos ? "" : written.substr(dot + 1));

    if (fraction.size() > max_fraction) {
        bool round_up = fraction[max_fraction] >= '5';
        fraction.resize(max_fraction);
        if (round_up) {
            std::string all = whole + fraction;
            increment_digits(all);
            whole = all.substr(0, all.size() - max_fraction);
            fraction = all.substr(all.size() - max_fraction);
        }
    }
    while (fraction.size() > min_fraction && fraction.back() == '0')
        fraction.pop_back();
    fraction.resize(std::max(fraction.size(), min_fraction), '0');

    // No "-0" when a small negative number rounds to zero.
    bool zero = (whole + fraction).find_first_not_of('0') == std::string::npos;
    std::string out = value < 0 && !zero ? "-" : "";
    out += group_thousands(whole);
    if (!fraction.empty()) out += "." + fraction;
    return in_digits(out, digits);
}

// ---- Baht ------------------------------------------------------------------

std::string format_baht(Satang amount, Digits digits) {
    return in_digits(baht_arabic(amount, false), digits);
}

std::string format_baht_fixed(Satang amount, Digits digits) {
    return in_digits(baht_arabic(amount, true), digits);
}

std::string format_baht_official(Satang amount, Digits digits) {
    return format_baht_fixed(amount, digits) + " บาท (" + bahttext(amount) + ")";
}

namespace {

const char* const digit_word[] = {"ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
const char* const place_word[] = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

// A group below one million, without ศูนย์ (a zero group is silent: 1,000,000
// is หนึ่งล้าน). `ed`: a final 1 is read เอ็ด.
std::string read_group(std::uint64_t n, bool ed) {
    std::string out;
    static const std::uint64_t power[] = {1, 10, 100, 1'000, 10'000, 100'000};
    for (int place = 5; place >= 0; --place) {
        auto digit = static_cast<int>(n / power[place] % 10);
        if (digit == 0) continue;
        if (place == 1 && digit == 1)
            out += "สิบ";
        else if (place == 1 && digit == 2)
            out += "ยี่สิบ";
        else if (place == 0 && digit == 1 && ed)
            out += "เอ็ด";
        else
            out += std::string(digit_word[digit]) + place_word[place];
    }
    return out;
}

// A positive number in words; every six digits add ล้าน, recursively, so a
// million million is หนึ่งล้านล้าน.
std::string read_number(std::uint64_t n, EdRule rule) {
    std::string out;
    if (n >= 1'000'000) out = read_number(n / 1'000'000, rule) + "ล้าน";
    std::uint64_t group = n % 1'000'000;
    bool ed = rule == EdRule::excel ? n >= 10 : group / 10 % 10 != 0;
    return out + read_group(group, ed);
}

} // namespace

std::string bahttext(Satang amount, EdRule rule) {
    if (amount == 0) return "ศูนย์บาทถ้วน";
    std::uint64_t m = magnitude(amount);
    std::string out = amount < 0 ? "ลบ" : "";
    if (m / 100 != 0) out += read_number(m / 100, rule) + "บาท";
    if (m % 100 != 0)
        out += read_number(m % 100, rule) + "สตางค์";
    else
        out += "ถ้วน";
    return out;
}

// ---- Dates -----------------------------------------------------------------

std::string format_date(const Date& d, Digits digits, bool short_month) {
    return format_date(d, digits, short_month ? DateStyle::short_month : DateStyle::long_month);
}

std::string format_date(const Date& d, Digits digits, DateStyle style) {
    static const char* const full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",    "เมษายน",
                                       "พฤษภาคม", "มิถุนายน",  "กรกฎาคม",  "สิงหาคม",
                                       "กันยายน",  "ตุลาคม",   "พฤศจิกายน", "ธันวาคม"};
    static const char* const abbr[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                       "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    if (d.month < 1 || d.month > 12) return {};
    std::string day = std::to_string(d.day);
    std::string year = std::to_string(d.year);
    std::string month = style == DateStyle::short_month ? abbr[d.month - 1] : full[d.month - 1];
    std::string text = style == DateStyle::official
                           ? "วันที่ " + day + " เดือน" + month + " พ.ศ. " + year
                           : day + " " + month + " " + year;
    return in_digits(text, digits);
}

// ---- Fiscal years ----------------------------------------------------------

int fiscal_year(const Date& d) {
    return d.month >= 10 ? d.year + 1 : d.year;
}

DateRange fiscal_year_range(int fiscal_year) {
    return {{fiscal_year - 1, 10, 1}, {fiscal_year, 9, 30}};
}

DateRange fiscal_half_year_range(int fiscal_year) {
    return {{fiscal_year - 1, 10, 1}, {fiscal_year, 3, 31}};
}

// ---- Collation (ICU) -------------------------------------------------------

struct ThaiCollator::Impl {
    std::unique_ptr<icu::Collator> collator;
};

ThaiCollator::ThaiCollator() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->collator.reset(icu::Collator::createInstance(icu::Locale("th"), status));
    // The root collator would sort เกาะ after ไก่: without Thai rules the
    // order is wrong, not merely different, so refuse it.
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || !impl_->collator)
        throw std::runtime_error(std::string("ICU has no Thai collator: ") + u_errorName(status));
}

ThaiCollator::~ThaiCollator() = default;
ThaiCollator::ThaiCollator(ThaiCollator&&) noexcept = default;
ThaiCollator& ThaiCollator::operator=(ThaiCollator&&) noexcept = default;

int ThaiCollator::compare(std::string_view a, std::string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult r = impl_->collator->compareUTF8(piece(a), piece(b), status);
    if (U_SUCCESS(status) && r != UCOL_EQUAL) return r == UCOL_LESS ? -1 : 1;
    return a.compare(b);
}

void thai_sort(std::vector<std::string>& names) {
    ThaiCollator collator;
    std::sort(names.begin(), names.end(),
              [&](const std::string& a, const std::string& b) { return collator(a, b); });
}

} // namespace prongsai
