// ICU's dictionary word break against libthai's, on a Thai text: speed, and
// how often each puts a word boundary inside a Thai run where the browser's
// Intl.Segmenter does (the query side of the search). Run by segmenters.sh.
//
//   segmenters TEXT_FILE INTL_BOUNDARIES_FILE
//
// INTL_BOUNDARIES_FILE: the code-point offsets of Intl.Segmenter's boundaries,
// one a line (segmenters.sh makes it with Node).
#include <thai/thbrk.h>
#include <thai/thwbrk.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool thai(char32_t c) {
    return c >= 0x0E01 && c <= 0x0E5B;
}

// The boundaries worth comparing: between two Thai characters.
std::set<int> inside_thai(const std::set<int>& all, const std::u32string& text) {
    std::set<int> out;
    for (int b : all)
        if (b > 0 && b < static_cast<int>(text.size()) && thai(text[b - 1]) && thai(text[b]))
            out.insert(b);
    return out;
}

struct Score {
    double precision, recall, f1;
};
Score score(const std::set<int>& got, const std::set<int>& want) {
    int both = 0;
    for (int b : got)
        both += want.count(b);
    double p = got.empty() ? 0 : double(both) / got.size();
    double r = want.empty() ? 0 : double(both) / want.size();
    return {p, r, p + r ? 2 * p * r / (p + r) : 0};
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: segmenters TEXT_FILE INTL_BOUNDARIES_FILE\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    std::string utf8((std::istreambuf_iterator<char>(in)), {});
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
    std::u32string text;
    for (int32_t i = 0; i < u.length();) {
        UChar32 c = u.char32At(i);
        text += static_cast<char32_t>(c);
        i += U16_LENGTH(c);
    }
    std::set<int> intl;
    std::ifstream b(argv[2]);
    for (int x; b >> x;)
        intl.insert(x);
    intl = inside_thai(intl, text);

    const int rounds = 5;
    // ICU: boundaries in UTF-16 units, turned into code points.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
    std::set<int> icu_b;
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) {
        icu_b.clear();
        it->setText(u);
        int32_t unit = 0, cp = 0;
        for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) {
            cp += u.countChar32(unit, p - unit);
            unit = p;
            icu_b.insert(cp);
        }
    }
    auto t1 = std::chrono::steady_clock::now();
    // libthai: on wide characters.
    ThBrk* brk = th_brk_new(nullptr);
    std::vector<thwchar_t> wide(text.begin(), text.end());
    wide.push_back(0);
    std::vector<int> pos(text.size() + 1);
    std::set<int> thai_b;
    auto t2 = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r) {
        int n = th_brk_wc_find_breaks(brk, wide.data(), pos.data(), pos.size());
        thai_b = std::set<int>(pos.begin(), pos.begin() + n);
    }
    auto t3 = std::chrono::steady_clock::now();
    th_brk_delete(brk);
    icu_b = inside_thai(icu_b, text);
    thai_b = inside_thai(thai_b, text);

    double mb = utf8.size() / 1e6;
    auto per_mb = [&](auto a, auto z) {
        return std::chrono::duration<double, std::milli>(z - a).count() / rounds / mb;
    };
    Score si = score(icu_b, intl), st = score(thai_b, intl);
    std::printf(
        "text: %.2f MB, %zu code points, %zu boundaries inside Thai runs (Intl.Segmenter)\n", mb,
        text.size(), intl.size());
    std::printf("%-8s %10s %12s %10s %8s\n", "breaker", "ms per MB", "precision", "recall", "F1");
    std::printf("%-8s %10.1f %12.4f %10.4f %8.4f\n", "ICU", per_mb(t0, t1), si.precision, si.recall,
                si.f1);
    std::printf("%-8s %10.1f %12.4f %10.4f %8.4f\n", "libthai", per_mb(t2, t3), st.precision,
                st.recall, st.f1);
}
