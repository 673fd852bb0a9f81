#include "search/search_text.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace prongsai {

namespace {

bool invisible(UChar32 c) {
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// The same list as search.js's SPACE: what JavaScript's \s holds, less U+FEFF
// (dropped as invisible).
bool space(UChar32 c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

bool digit(UChar c) {
    return c >= u'0' && c <= u'9';
}

bool ascii_word(UChar c) {
    return digit(c) || (c >= u'a' && c <= u'z');
}

// NFC, then one code point at a time: invisibles out, spaces as " ", Thai
// digits as Arabic, Latin letters in lower case, "ํา" as "ำ".
icu::UnicodeString fold(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString composed = nfc->normalize(in, status);
        if (U_SUCCESS(status)) in = std::move(composed);
    }
    icu::UnicodeString out(in.length(), 0, 0); // the capacity: it never grows longer
    for (int32_t i = 0; i < in.length();) {
        UChar32 c = in.char32At(i);
        i += U16_LENGTH(c);
        if (invisible(c)) continue;
        if (space(c))
            c = u' ';
        else if (c >= 0x0E50 && c <= 0x0E59)
            c = u'0' + (c - 0x0E50);
        else if (c == 0x0130) // İ: lower case is two code points in JavaScript
            c = u'i';
        else if (c < 0x0250)
            c = u_tolower(c);
        else if (c == 0x0E4D && i < in.length() && in.charAt(i) == 0x0E32) {
            c = 0x0E33;
            ++i;
        }
        out.append(c);
    }
    return out;
}

// Numbers and abbreviations written one way: "30,000.00" and "30,000.-" as
// "30000", "ปี2566" as "ปี 2566", "พ.ศ.2566" as "พ. ศ. 2566". Mirrors
// search.js's replace()s.
icu::UnicodeString unify(const icu::UnicodeString& s) {
    icu::UnicodeString out(s.length() + s.length() / 8 + 8, 0, 0); // room for a few spaces
    int32_t n = s.length();
    auto at = [&](int32_t i) -> UChar { return i < n ? s.charAt(i) : u'\0'; };
    for (int32_t i = 0; i < n; ++i) {
        UChar c = s.charAt(i);
        bool after_digit = i > 0 && digit(s.charAt(i - 1));
        // (\d),(?=\d{3}(?!\d))
        if (c == u',' && after_digit && digit(at(i + 1)) && digit(at(i + 2)) && digit(at(i + 3)) &&
            !digit(at(i + 4)))
            continue;
        // (\d)\.00(?!\d)
        if (c == u'.' && after_digit && at(i + 1) == u'0' && at(i + 2) == u'0' &&
            !digit(at(i + 3))) {
            i += 2;
            continue;
        }
        // (\d)\.-
        if (c == u'.' && after_digit && at(i + 1) == u'-') {
            ++i;
            continue;
        }
        bool thai = c >= 0x0E01 && c <= 0x0E4F;
        // ([ก-๏])(?=[0-9a-z]) and ([0-9a-z])(?=[ก-๏]), on the text as it is so
        // far: a number or a Latin word apart from the Thai around it (ICU's
        // rules join them, Chromium's do not).
        UChar before = out.isEmpty() ? u'\0' : out.charAt(out.length() - 1);
        bool thai_before = before >= 0x0E01 && before <= 0x0E4F;
        if ((thai && ascii_word(before)) || (ascii_word(c) && thai_before)) out.append(u' ');
        out.append(c);
        // ([ก-๏])\.(?! ): an abbreviation's letters apart ("พ.ศ.2566" as
        // "พ. ศ. 2566"), for the word breaker to join them back one way.
        if (thai && at(i + 1) == u'.' && at(i + 2) != u' ') {
            out.append(u". ");
            ++i;
        }
    }
    return out;
}

icu::UnicodeString normalised(std::string_view text) {
    return unify(fold(text));
}

} // namespace

std::string search_normalise(std::string_view text) {
    std::string out;
    normalised(text).toUTF8String(out);
    return out;
}

struct WordBreaker::Impl {
    std::unique_ptr<icu::BreakIterator> words;
};

WordBreaker::WordBreaker() : impl_(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    impl_->words.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
    if (U_FAILURE(status) || !impl_->words)
        throw std::runtime_error(std::string("ICU has no Thai word breaker: ") +
                                 u_errorName(status));
}
WordBreaker::~WordBreaker() = default;
WordBreaker::WordBreaker(WordBreaker&&) noexcept = default;
WordBreaker& WordBreaker::operator=(WordBreaker&&) noexcept = default;

namespace {

// Intl.Segmenter's isWordLike: ICU's rule status says the segment is a word
// (letters, a number, kana, ideographs), not spaces or punctuation.
//
// An abbreviation's letters are one word (พ.ศ, อ.บ.ต): normalisation put
// them apart, so that every breaker sees พ . ศ . (ICU's own rules would keep
// "พ.ศ" but also "อ.บ.ต.บ้านนา", Chromium's split both); a single letter after
// a word ending in a single letter and "." (or ". ") is joined to it, here and
// in search.js alike.
std::vector<std::string> break_words(icu::BreakIterator& it, const icu::UnicodeString& text) {
    std::vector<std::string> words;
    it.setText(text);
    int32_t start = it.first();
    int32_t last_end = -1;    // where the last word ended
    bool last_single = false; // it ends in a single letter after "." (or is one)
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        icu::UnicodeString word = text.tempSubStringBetween(start, end);
        bool single = word.countChar32() == 1;
        std::string utf8;
        word.toUTF8String(utf8);
        if (single && last_single && text.charAt(last_end) == u'.' &&
            (start == last_end + 1 ||
             (start == last_end + 2 && text.charAt(last_end + 1) == u' '))) {
            words.back() += "." + utf8;
        } else {
            int32_t dot = word.lastIndexOf(u'.');
            last_single = single || (dot >= 0 && word.countChar32(dot + 1) == 1);
            words.push_back(std::move(utf8));
        }
        last_end = end;
    }
    return words;
}

} // namespace

std::vector<std::string> WordBreaker::words(std::string_view text) {
    return break_words(*impl_->words, icu::UnicodeString::fromUTF8(icu::StringPiece(
                                          text.data(), static_cast<int32_t>(text.size()))));
}

std::vector<std::string> search_words(std::string_view text, WordBreaker& breaker) {
    return break_words(*breaker.impl_->words, normalised(text));
}

} // namespace prongsai
