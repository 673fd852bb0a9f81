#include "search/search_text.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <unordered_map>

namespace prongsai {

namespace {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

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

bool digit(char16_t c) {
    return c >= u'0' && c <= u'9';
}

bool ascii_word(char16_t c) {
    return digit(c) || (c >= u'a' && c <= u'z');
}

bool thai(char16_t c) {
    return c >= 0x0E01 && c <= 0x0E4F;
}

// The canonical combining class of a Thai code point: the vowels below and
// phinthu, and the tone marks; 0 for the rest.
int thai_combining_class(char16_t c) {
    if (c == 0x0E38 || c == 0x0E39) return 103;
    if (c == 0x0E3A) return 9;
    if (c >= 0x0E48 && c <= 0x0E4B) return 107;
    return 0;
}

// The text in UTF-16, NFC. Text of ASCII and Thai only (most of it) is NFC
// as it is, unless a tone mark was typed before a vowel below it (กุ่ typed
// ก ่ ุ): it is decoded here; the rest goes through ICU.
std::u16string utf16_nfc(std::string_view text) {
    std::u16string out;
    out.reserve(text.size());
    int previous_class = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            out += static_cast<char16_t>(b);
            previous_class = 0;
            ++i;
            continue;
        }
        auto b1 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        auto b2 = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        auto thai = static_cast<char16_t>(((b & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
        int combining = thai_combining_class(thai);
        if (b != 0xE0 || (b1 != 0xB8 && b1 != 0xB9) || (b2 & 0xC0) != 0x80 ||
            (combining != 0 && combining < previous_class)) {
            UErrorCode status = U_ZERO_ERROR;
            icu::UnicodeString in = icu::UnicodeString::fromUTF8(
                icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
            const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
            if (U_SUCCESS(status)) {
                icu::UnicodeString composed = nfc->normalize(in, status);
                if (U_SUCCESS(status)) in = std::move(composed);
            }
            return std::u16string(in.getBuffer(), static_cast<std::size_t>(in.length()));
        }
        out += thai;
        previous_class = combining;
        i += 3;
    }
    return out;
}

// NFC, then one code point at a time: invisibles out, spaces as " ", Thai
// digits as Arabic, Latin letters in lower case, "ํา" as "ำ". Works on the
// UTF-16 buffer directly: this runs over every word of a site.
std::u16string fold(std::string_view text) {
    std::u16string in = utf16_nfc(text);
    const char16_t* s = in.data();
    int32_t n = static_cast<int32_t>(in.size());
    std::u16string out(static_cast<std::size_t>(n), u'\0'); // it never grows longer
    std::size_t k = 0;
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(s, i, n, c);
        if (c < 0x80) { // the common case, apart
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
            else if ((c >= 0x09 && c <= 0x0D))
                c = u' ';
            out[k++] = static_cast<char16_t>(c);
            continue;
        }
        if (invisible(c)) continue;
        if (space(c))
            c = u' ';
        else if (c >= 0x0E50 && c <= 0x0E59)
            c = u'0' + (c - 0x0E50);
        else if (c == 0x0130) // İ: lower case is two code points in JavaScript
            c = u'i';
        else if (c < 0x0250)
            c = u_tolower(c);
        else if (c == 0x0E4D && i < n && s[i] == 0x0E32) {
            c = 0x0E33;
            ++i;
        }
        if (c > 0xFFFF) {
            out[k++] = U16_LEAD(c);
            out[k++] = U16_TRAIL(c);
        } else {
            out[k++] = static_cast<char16_t>(c);
        }
    }
    out.resize(k);
    return out;
}

// Numbers and abbreviations written one way: "30,000.00" and "30,000.-" as
// "30000", "ปี2566" as "ปี 2566", "พ.ศ.2566" as "พ. ศ. 2566". Mirrors
// search.js's replace()s.
//
// `after` stands for what follows the text: a run between spaces is
// normalised alone as it is inside the whole text, with " " after it.
std::u16string unify(const std::u16string& s, char16_t after) {
    std::u16string out;
    out.reserve(s.size() + s.size() / 8 + 8); // room for a few spaces
    std::size_t n = s.size();
    auto at = [&](std::size_t i) -> char16_t { return i < n ? s[i] : after; };
    for (std::size_t i = 0; i < n; ++i) {
        char16_t c = s[i];
        if (c == u',' || c == u'.') {
            bool after_digit = i > 0 && digit(s[i - 1]);
            // (\d),(?=\d{3}(?!\d))
            if (c == u',' && after_digit && digit(at(i + 1)) && digit(at(i + 2)) &&
                digit(at(i + 3)) && !digit(at(i + 4)))
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
        }
        bool is_thai = thai(c);
        // ([ก-๏])(?=[0-9a-z]) and ([0-9a-z])(?=[ก-๏]), on the text as it is so
        // far: a number or a Latin word apart from the Thai around it (ICU's
        // rules join them, Chromium's do not).
        char16_t before = out.empty() ? u'\0' : out.back();
        if ((is_thai && ascii_word(before)) || (ascii_word(c) && thai(before))) out += u' ';
        out += c;
        // ([ก-๏])\.(?! ): an abbreviation's letters apart ("พ.ศ.2566" as
        // "พ. ศ. 2566"), for the word breaker to join them back one way.
        if (is_thai && at(i + 1) == u'.' && at(i + 2) != u' ') {
            out += u". ";
            ++i;
        }
    }
    return out;
}

std::u16string normalised(std::string_view text, char16_t after) {
    return unify(fold(text), after);
}

void append_utf8(std::string& out, const char16_t* s, std::size_t n) {
    for (std::size_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(s, i, n, c);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
}

} // namespace

std::string search_normalise(std::string_view text) {
    std::u16string n = normalised(text, u'\0');
    std::string out;
    out.reserve(n.size() * 3);
    append_utf8(out, n.data(), n.size());
    return out;
}

namespace {

// A word-like segment of a run of text between spaces, as ICU breaks it.
struct Segment {
    int32_t start; // in the normalised run, in UTF-16 units
    int32_t end;
    bool single;      // one code point
    bool ends_single; // one, or ending in "." and one code point
    char16_t next[2]; // the two units after it (" " past the run's end)
    int word;         // its number in the breaker's dictionary
};

// A run of the text between spaces: normalised, and its words.
struct Run {
    int32_t length; // normalised, in UTF-16 units
    std::vector<Segment> segments;
};

// Runs between spaces recur (names, units, set phrases): normalising and
// ICU's dictionary breaking, most of the index's cost, are done once for
// each. Kept below this size, then started again, so memory stays bounded.
constexpr std::size_t memo_bytes_max = 16 << 20;

} // namespace

struct WordBreaker::Impl {
    std::unique_ptr<icu::BreakIterator> words;
    std::unordered_map<std::string, Run, TextHash, std::equal_to<>> memo;
    std::size_t memo_bytes = 0;
    // Every word met, numbered in order: kept while the memo comes and goes.
    std::deque<std::string> dictionary;                // a deque: its strings never move
    std::unordered_map<std::string_view, int> numbers; // views into `dictionary`'s strings

    int number(std::string_view word) {
        auto found = numbers.find(word);
        if (found != numbers.end()) return found->second;
        int n = static_cast<int>(dictionary.size());
        dictionary.emplace_back(word);
        numbers.emplace(std::string_view(dictionary.back()), n);
        return n;
    }

    // `raw`, a run of the text with no space or line break in it, normalised
    // and broken into words. Nothing in the normalisation reaches across a
    // space, ICU never joins letters across one and its dictionary ranges
    // end at one: a run breaks alone exactly as it does inside the text.
    const Run& run(std::string_view raw) {
        auto found = memo.find(raw);
        if (found != memo.end()) return found->second;
        std::u16string text = normalised(raw, u' ');
        Run r{static_cast<int32_t>(text.size()), {}};
        std::string utf8;
        UErrorCode status = U_ZERO_ERROR;
        UText ut = UTEXT_INITIALIZER;
        utext_openUChars(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
        words->setText(&ut, status);
        auto at = [&](int32_t i) {
            return i < r.length ? text[static_cast<std::size_t>(i)] : u' ';
        };
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
             start = end, end = words->next()) {
            if (words->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
            const char16_t* p = text.data() + start;
            int32_t len = end - start;
            Segment seg{start, end, u_countChar32(p, len) == 1, false, {at(end), at(end + 1)}, 0};
            int32_t dot = len - 1;
            while (dot >= 0 && p[dot] != u'.')
                --dot;
            seg.ends_single =
                seg.single || (dot >= 0 && u_countChar32(p + dot + 1, len - dot - 1) == 1);
            utf8.clear();
            append_utf8(utf8, p, static_cast<std::size_t>(len));
            seg.word = number(utf8);
            memo_bytes += sizeof(Segment);
            r.segments.push_back(std::move(seg));
        }
        utext_close(&ut);
        memo_bytes += raw.size() + sizeof(Run) + 64;
        if (memo_bytes > memo_bytes_max) {
            memo.clear();
            memo_bytes = 0;
        }
        return memo.emplace(std::string(raw), std::move(r)).first->second;
    }
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

// Whether the text is cut into runs at the space or line break at `i`: not
// where what follows would attach to the space (a combining mark, or an
// invisible character, which normalisation drops, before one).
bool cut_at(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) return true;
    unsigned char b = static_cast<unsigned char>(text[i + 1]);
    if (b < 0x80) return true;
    int32_t k = static_cast<int32_t>(i + 1);
    UChar32 c;
    U8_NEXT(text.data(), k, static_cast<int32_t>(text.size()), c);
    if (c < 0 || invisible(c)) return false;
    int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    return wb != U_WB_EXTEND && wb != U_WB_FORMAT && wb != U_WB_ZWJ && u_getCombiningClass(c) == 0;
}

} // namespace

// Intl.Segmenter's isWordLike: ICU's rule status says the segment is a word
// (letters, a number, kana, ideographs), not spaces or punctuation.
//
// An abbreviation's letters are one word (พ.ศ, อ.บ.ต): normalisation put
// them apart, so that every breaker sees พ . ศ . (ICU's own rules would keep
// "พ.ศ" but also "อ.บ.ต.บ้านนา", Chromium's split both); a single letter after
// a word ending in a single letter and "." (or ". ") is joined to it, here and
// in search.js alike.
void search_word_numbers(std::string_view text, WordBreaker& breaker,
                         const std::function<void(int)>& each) {
    WordBreaker::Impl& impl = *breaker.impl_;
    int pending = -1;               // the last word, which the next may still join
    std::string joined;             // it, when joined with others
    int32_t last_end = -1;          // where the last word ended, in the normalised text
    char16_t last_next[2] = {0, 0}; // the two units after it
    bool last_single = false;       // it ends in a single letter after "." (or is one)
    int32_t offset = 0;             // where the run starts, in the normalised text
    auto flush = [&] {
        if (pending < 0) return;
        each(joined.empty() ? pending : impl.number(joined));
        joined.clear();
    };
    const char* p = text.data();
    std::size_t n = text.size();
    // The next space and line break at or after `i` (n: none), found with memchr.
    auto next = [&](char ch, std::size_t i) {
        const void* at = i < n ? std::memchr(p + i, ch, n - i) : nullptr;
        return at ? static_cast<std::size_t>(static_cast<const char*>(at) - p) : n;
    };
    std::size_t space = next(' ', 0), line = next('\n', 0);
    std::size_t from = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        i = std::min(space, line);
        if (space == i) space = next(' ', i + 1);
        if (line == i) line = next('\n', i + 1);
        if (i < n && !cut_at(text, i)) continue;
        const Run& r = impl.run(text.substr(from, i - from));
        for (const Segment& seg : r.segments) {
            int32_t start = offset + seg.start;
            if (seg.single && last_single && last_next[0] == u'.' &&
                (start == last_end + 1 || (start == last_end + 2 && last_next[1] == u' '))) {
                if (joined.empty()) joined = impl.dictionary[static_cast<std::size_t>(pending)];
                joined += '.';
                joined += impl.dictionary[static_cast<std::size_t>(seg.word)];
            } else {
                flush();
                pending = seg.word;
                last_single = seg.ends_single;
            }
            last_end = offset + seg.end;
            last_next[0] = seg.next[0];
            last_next[1] = seg.next[1];
        }
        offset += r.length + 1; // and the space or line break
        from = i + 1;
    }
    flush();
}

const std::string& WordBreaker::word(int number) const {
    return impl_->dictionary[static_cast<std::size_t>(number)];
}

std::vector<std::string> search_words(std::string_view text, WordBreaker& breaker) {
    std::vector<std::string> out;
    search_word_numbers(text, breaker, [&](int w) { out.push_back(breaker.word(w)); });
    return out;
}

} // namespace prongsai
