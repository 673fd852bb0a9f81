#include "thai.h"

#include <cstdio>

namespace prongsai {

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
    return digits == Digits::thai ? thai_digits(s) : std::string(s);
}

std::string format_integer(std::int64_t n, Digits digits) {
    std::string plain = std::to_string(n < 0 ? -n : n);
    std::string grouped;
    for (std::size_t i = 0; i < plain.size(); ++i) {
        if (i > 0 && (plain.size() - i) % 3 == 0) grouped += ',';
        grouped += plain[i];
    }
    return in_digits(std::string(n < 0 ? "-" : "") + grouped, digits);
}

std::string format_baht(Satang amount, Digits digits) {
    std::string out = format_integer(amount / 100, digits);
    if (amount < 0 && amount / 100 == 0) out = std::string("-") + out;
    Satang satang = (amount < 0 ? -amount : amount) % 100;
    if (satang != 0) {
        char fraction[4];
        std::snprintf(fraction, sizeof fraction, ".%02d", static_cast<int>(satang));
        out += in_digits(fraction, digits);
    }
    return out;
}

std::string format_date(const Date& d, Digits digits, bool short_month) {
    static const char* const full[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",    "เมษายน",
                                       "พฤษภาคม", "มิถุนายน",  "กรกฎาคม",  "สิงหาคม",
                                       "กันยายน",  "ตุลาคม",   "พฤศจิกายน", "ธันวาคม"};
    static const char* const abbr[] = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                       "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",  "พ.ย.", "ธ.ค."};
    if (d.month < 1 || d.month > 12) return {};
    const char* month = short_month ? abbr[d.month - 1] : full[d.month - 1];
    return in_digits(std::to_string(d.day), digits) + " " + month + " " +
           in_digits(std::to_string(d.year), digits);
}

int fiscal_year(const Date& d) {
    return d.month >= 10 ? d.year + 1 : d.year;
}

} // namespace prongsai
