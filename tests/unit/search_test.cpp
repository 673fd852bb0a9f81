#include "search/province_index.h"
#include "search/search_index.h"
#include "search/search_pack.h"
#include "search/search_text.h"

#include <doctest/doctest.h>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

using namespace prongsai;

namespace {

// "\u0e33" → its UTF-8 bytes: the case file's way of writing invisible characters.
std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "\\u") != 0 || i + 6 > s.size()) {
            out += s[i];
            continue;
        }
        unsigned cp = static_cast<unsigned>(std::stoul(s.substr(i + 2, 4), nullptr, 16));
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
        i += 5;
    }
    return out;
}

std::vector<std::string> words(const std::string& text) {
    WordBreaker breaker;
    return search_words(text, breaker);
}

using Words = std::vector<std::string>;

} // namespace

TEST_CASE("search normalisation: the cases search.js is held to as well") {
    std::ifstream file(PRONGSAI_SOURCE_DIR "/tests/unit/search_normalise.tsv");
    REQUIRE(file);
    int cases = 0;
    for (std::string line; std::getline(file, line);) {
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        std::string input = unescape(line.substr(0, tab));
        std::string expected = unescape(line.substr(tab + 1));
        CAPTURE(line);
        CHECK(search_normalise(input) == expected);
        ++cases;
    }
    CHECK(cases >= 20);
}

TEST_CASE("search normalisation is stable: normalised text normalises to itself") {
    for (const char* s : {"30,000.00 บาท", "พ. ศ. ๒๕๖๖", "ขยะ\u200bมูลฝอย", "Google"}) {
        std::string once = search_normalise(s);
        CHECK(search_normalise(once) == once);
    }
}

TEST_CASE("search words: Thai broken into dictionary words, spaces and punctuation left out") {
    CHECK(words("งบประมาณ") == Words{"งบ", "ประมาณ"});
    CHECK(words("การจัดการขยะมูลฝอย") == Words{"การ", "จัดการ", "ขยะ", "มูลฝอย"});
    CHECK(words("ร้องเรียน, ร้องทุกข์!") == Words{"ร้อง", "เรียน", "ร้อง", "ทุกข์"});
    CHECK(words("") == Words{});
    CHECK(words(" ... ") == Words{});
}

TEST_CASE("search words: numbers inside Thai text, in either digits, with separators") {
    CHECK(words("งบประมาณ๓๐,๐๐๐บาท") == Words{"งบ", "ประมาณ", "30000", "บาท"});
    CHECK(words("ปี2566") == Words{"ปี", "2566"});
    CHECK(words("จำนวน 1,250.50 บาท") == Words{"จำนวน", "1250.50", "บาท"});
    CHECK(words("30,000.00") == words("30000"));
}

TEST_CASE("search words: abbreviations stay one word, however spaced") {
    CHECK(words("พ.ศ. ๒๕๖๖") == Words{"พ.ศ", "2566"});
    CHECK(words("พ. ศ.2566") == Words{"พ.ศ", "2566"});
    CHECK(words("อ.บ.ต.ตากใบ").front() == "อ.บ.ต");
}

TEST_CASE("search words: invisible characters and case do not split or change words") {
    CHECK(words("ขยะ\u200bมูลฝอย") == words("ขยะมูลฝอย"));
    CHECK(words("ร้อง\u00adเรียน") == words("ร้องเรียน"));
    CHECK(words("Google Form") == Words{"google", "form"});
    CHECK(words("e-Plan") == Words{"e", "plan"});
}

TEST_CASE("search words: a name keeps its letters; the words join back to the text") {
    // A person's or a place's name need not be in the dictionary: whatever the
    // breaker makes of it, no letter is lost, so prefix matching still finds it.
    std::string name = "นายสมชาย ใจดี ตากใบ";
    std::string joined;
    for (const auto& w : words(name))
        joined += w;
    CHECK(joined == "นายสมชายใจดีตากใบ");
}

TEST_CASE("search words: names and numbers inside running Thai text") {
    // A person's name after a title, a position after it, no space between.
    Words mayor = words("โดยนายชินตารา นุชนิตตารา นายกเทศมนตรีเมืองตากใบ");
    std::string joined;
    for (const auto& w : mayor)
        joined += w;
    CHECK(joined == "โดยนายชินตารานุชนิตตารานายกเทศมนตรีเมืองตากใบ");
    CHECK(mayor.front() == "โดย");
    CHECK(words("ร้อยละ๘๐ของประชาชน") == Words{"ร้อย", "ละ", "80", "ของ", "ประชาชน"});
    CHECK(words("ผ่านระบบLINEของเทศบาล") == Words{"ผ่าน", "ระบบ", "line", "ของ", "เทศบาล"});
    CHECK(words("โทร ๐๗๓-๖๔๒-๓๓๐") == Words{"โทร", "073", "642", "330"});
    CHECK(words("โครงการที่ 1.1.1 ของแผน") == Words{"โครงการ", "ที่", "1.1.1", "ของ", "แผน"});
    CHECK(words("๒๕\u200b๖๖") == Words{"2566"});
}

TEST_CASE("search normalisation: NFC, however the vowels and marks were typed") {
    // A tone mark typed before or after a vowel below (กุ่, กุ่) is put in one
    // canonical order; e with a combining accent is é.
    CHECK(search_normalise("\u0e01\u0e48\u0e38") == "\u0e01\u0e38\u0e48");
    CHECK(search_normalise("Cafe\u0301") == "caf\u00e9");
    CHECK(words("ทุ\u0e48ง") == words("ท\u0e48\u0e38ง"));
}

TEST_CASE("search shards: a word's shard from its first two code points, as search.js finds it") {
    // The same cases as search_text.test.mjs: the build and the browser agree.
    CHECK(search_shard_of("การ", 32) == 17);
    CHECK(search_shard_of("การ", 256) == 81);
    CHECK(search_shard_of("ก", 32) == 1);
    CHECK(search_shard_of("2566", 32) == 3);
    CHECK(search_shard_of("มูลฝอย", 32) == 24);
    CHECK(search_shard_of("😀x", 256) == 120);
    CHECK(search_shard_of("มูลฝอย", 1) == 0);
    // A word and every word it begins: one shard.
    for (const char* longer : {"การเงิน", "การปกครอง", "กา"})
        CHECK(search_shard_of(longer, 64) == search_shard_of("การ", 64));
}

namespace {

// An organisation's index files as its build writes them, by path in the site.
void org_index(std::map<std::string, std::string>& site, const std::string& prefix,
               const std::string& name, std::vector<SearchEntry> pages) {
    WordBreaker breaker;
    SearchIndex index(&breaker, name, name + "\nตากใบ", nullptr);
    for (auto& p : pages)
        index.add(std::move(p));
    for (auto& f : index.files())
        site[prefix + f.path] = f.bytes;
}

// An index file's script, unpacked.
std::string script(const std::string& file) {
    std::optional<std::string> s = unpack_search_file(file);
    REQUIRE(s);
    return *s;
}

// The postings of `word` in a province's term files, as append_code wrote them.
std::string province_postings(const std::vector<PlainFile>& files, const std::string& word) {
    for (const auto& f : files)
        if (f.path.starts_with("search/t")) {
            std::string terms = script(f.bytes);
            if (auto at = terms.find("\n\"" + word + "\":\""); at != std::string::npos) {
                auto from = at + word.size() + 5;
                return terms.substr(from, terms.find('"', from) - from);
            }
        }
    return "";
}

bool same_files(const std::vector<PlainFile>& a, const std::vector<PlainFile>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.path == y.path && x.bytes == y.bytes;
    });
}

} // namespace

TEST_CASE("a province's search: the organisations' indexes merged, pages numbered across them") {
    std::map<std::string, std::string> site;
    org_index(site, "a/", "เทศบาลเมือง",
              {{"index.html", "หน้า", "หน้าแรก", {}, "ขยะ", {}},
               {"plan/projects/01.html", "โครงการ", "ขยะ", {}, "ตากใบ zebra", {}}});
    org_index(site, "b/", "เทศบาลตำบล", {{"index.html", "หน้า", "หน้าแรก", {}, "zebra zebra", {}}});
    std::string error;
    unsigned threads = 1;
    auto merge = [&] {
        return province_search_index(
            {"a/", "b/"},
            [&](const std::string& rel) {
                auto f = site.find(rel);
                return f == site.end() ? std::nullopt : std::optional(f->second);
            },
            threads, error);
    };
    auto files = merge();
    REQUIRE(files);
    CHECK(error.empty());
    threads = 2;
    auto on_two = merge();
    REQUIRE(on_two);
    CHECK(same_files(*on_two, *files));
    // The header's words (the name's and ตากใบ, positions 0–2 of every page)
    // are kept once an organisation; a page's own ตากใบ stays, at its position.
    // Page (after the page before), fields, count, positions (the first, then gaps).
    CHECK(province_postings(*files, "zebra") == "1415"
                                                "14251");
    CHECK(province_postings(*files, "ตากใบ") == "1414");
    CHECK(province_postings(*files, "เทศบาล") == "");
    CHECK(province_postings(*files, "ขยะ") == "0415"
                                              "1113");
    const PlainFile& docs = files->back();
    CHECK(docs.path == "search/docs.js");
    CHECK(script(docs.bytes)
              .starts_with("prongsaiSearch.docs(\"\",1,null,[],{\"firsts\":[\"zebra\"],"
                           "\"pages\":3,\"mean\":6,\"lengths\":\"BBC\","
                           "\"words\":[\"เทศบาล\",\"เมือง\",\"ตากใบ\",\"ตำบล\"],\"orgs\":[\n"
                           "[\"a/\",\"เทศบาลเมือง\",0,[0,1,2]],\n"
                           "[\"b/\",\"เทศบาลตำบล\",2,[0,3,2]]]});"));
    CHECK(files->front().path == "search/d0.js");
    CHECK(script(files->front().bytes) ==
          "prongsaiSearch.pages([\n[0,0,\"index.html\",\"หน้า\",\"หน้าแรก\",6,1],\n"
          "[0,1,\"plan/projects/01.html\",\"โครงการ\",\"ขยะ\",6,1],\n"
          "[1,0,\"index.html\",\"หน้า\",\"หน้าแรก\",7,1]]);\n");

    // An index that cannot be read (written by hand, or cut short) stops the build.
    const std::string cannot_read_b =
        "the search index written for b/search/t0.js cannot be read; build again with --clean";
    const std::string written = site["b/search/t0.js"];
    site["b/search/t0.js"] = pack_search_file("prongsaiSearch.terms({\n\"zebra\":\"04\"});\n");
    CHECK_FALSE(merge());
    CHECK(error == cannot_read_b);
    site["b/search/t0.js"] = written.substr(0, written.size() - 12) + "\");\n";
    CHECK_FALSE(merge());
    CHECK(error == cannot_read_b);
    site["b/search/t0.js"] = "prongsaiSearch.terms({\n\"zebra\":\"0415\"});\n"; // not packed
    CHECK_FALSE(merge());
    CHECK(error == cannot_read_b);
    site.erase("a/search/docs.js");
    CHECK_FALSE(merge());
    CHECK(error == "the search index written for a/search/docs.js cannot be read; build again "
                   "with --clean");
}

TEST_CASE("a province's search: organisations read in batches on threads, merged in their order") {
    // More organisations than a batch of two threads (4): the pages of each
    // are numbered after all those before, whichever thread read them.
    std::map<std::string, std::string> site;
    std::vector<std::string> prefixes;
    for (int k = 0; k < 19; ++k) {
        std::string prefix = std::to_string(k);
        prefix.insert(0, 1, 'o');
        prefixes.push_back(prefix + '/');
        org_index(site, prefixes.back(), "เทศบาลตำบล",
                  {{"index.html", "หน้า", "หน้าแรก", {}, "zebra", {}}});
    }
    std::string error;
    auto merge = [&](unsigned threads) {
        return province_search_index(
            prefixes,
            [&](const std::string& rel) {
                auto f = site.find(rel);
                return f == site.end() ? std::nullopt : std::optional(f->second);
            },
            threads, error);
    };
    auto one = merge(1);
    REQUIRE(one);
    std::string expected = "0415";
    for (int k = 1; k < 19; ++k)
        expected += "1415";
    CHECK(province_postings(*one, "zebra") == expected);
    for (unsigned threads : {2u, 3u, 8u}) {
        CAPTURE(threads);
        auto files = merge(threads);
        REQUIRE(files);
        CHECK(same_files(*files, *one));
    }
    // The first organisation in order whose index cannot be read is named,
    // whichever batch it is in.
    site.erase("o17/search/t0.js");
    site.erase("o12/search/docs.js");
    CHECK_FALSE(merge(2));
    CHECK(error == "the search index written for o12/search/docs.js cannot be read; build "
                   "again with --clean");
}

TEST_CASE("a province's search: a header word said more than 32 times keeps the positions kept") {
    std::map<std::string, std::string> site;
    std::string often;
    for (int i = 0; i < 40; ++i)
        often += "ตากใบ ";
    org_index(site, "a/", "เทศบาลเมือง", {{"index.html", "หน้า", "หน้าแรก", {}, often, {}}});
    std::string error;
    auto files = province_search_index(
        {"a/"}, [&](const std::string& rel) { return std::optional(site.at(rel)); }, 1, error);
    REQUIRE(files);
    // The organisation's: 41 times (its header's, at 2, and 40 from 5), 32 positions.
    CHECK(script(site.at("a/search/t0.js"))
              .find("\"ตากใบ\":\"0kx923" + std::string(30, '1') + "\"") != std::string::npos);
    // The province's: the header's left out, 31 positions and a count of 31 (search.js
    // reads as many positions as the count, up to 32).
    CHECK(province_postings(*files, "ตากใบ") == "04v5" + std::string(30, '1'));
}

TEST_CASE("search postings: numbers in base 32, one character below 32, as search.js reads them") {
    // The same cases as search_text.test.mjs.
    auto code = [](std::initializer_list<int> numbers) {
        std::string out;
        for (int n : numbers)
            append_code(out, n);
        return out;
    };
    CHECK(code({0}) == "0");
    CHECK(code({31}) == "v");
    CHECK(code({32}) == "x0");
    CHECK(code({1023}) == "_v");
    CHECK(code({1024}) == "xw0");
    CHECK(code({123456}) == "zUO0");
    CHECK(code({3, 4, 2, 40, 1}) == "342x81");
}

TEST_CASE("search pieces: a piece ends at a line break, else a space, near 1000 bytes on") {
    static_assert(search_piece_bytes == 1000); // the lengths below
    std::string a(1000, 'a');
    CHECK(search_piece_end("short", 0) == 5);
    CHECK(search_piece_end(a + "b\nc", 0) == 1002);
    CHECK(search_piece_end(a + " b\nc", 0) == 1003); // the line break first
    CHECK(search_piece_end(a + "bb c" + std::string(2000, 'd') + "\ne", 0) == 1003);
    CHECK(search_piece_end("x" + a + "b c", 1) == 1003); // counted from `from`
    // Neither in the next 1000 bytes: the line goes on to its end.
    CHECK(search_piece_end(a + std::string(1000, 'b') + " c\nd", 0) == 2003);
    CHECK(search_piece_end(a + std::string(1500, 'b'), 0) == 2500);
}

TEST_CASE("search pieces: a long text with no line break (a big table) in pieces of its rows") {
    // 40,000 rows of ten cells, as a table's text reads, with no line break:
    // each piece ends at the first space after 1000 bytes (the longest word,
    // ข้อมูล, is 18 bytes), the next starts there, and together they are the
    // whole text.
    std::string row;
    for (int cell = 0; cell < 10; ++cell)
        row += "ข้อมูล 1,000 บาท ";
    std::string text;
    for (int i = 0; i < 40000; ++i)
        text += row;
    std::size_t pieces = 0, from = 0;
    while (from < text.size()) {
        std::size_t to = search_piece_end(text, from);
        REQUIRE(to > from);
        if (to < text.size()) {
            REQUIRE(to - from > search_piece_bytes);
            REQUIRE(to - from <= search_piece_bytes + 18 + 1);
            REQUIRE(text[to - 1] == ' ');
        }
        from = to;
        ++pieces;
    }
    CHECK(from == text.size());
    CHECK(pieces > text.size() / (search_piece_bytes + 19));
}

TEST_CASE("search files packed: deflated in base 64, unpacked to the same script") {
    std::string script = "prongsaiSearch.texts([\n\"";
    for (int i = 0; i < 50; ++i)
        script += "เทศบาลเมืองตากใบ ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต ";
    script += "\",\n\"\\\"quoted\\\" 2566\"]);\n";
    std::string packed = pack_search_file(script);
    CHECK(packed.starts_with("prongsaiSearch.texts(\""));
    CHECK(packed.ends_with("\");\n"));
    std::string_view inside(packed.data() + 22, packed.size() - 22 - 4);
    CHECK(inside.find_first_not_of(
              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") ==
          std::string_view::npos);
    CHECK(packed.size() * 10 < script.size()); // the same words fifty times
    CHECK(pack_search_file(script) == packed);
    CHECK(unpack_search_file(packed) == script);
    // Every length of value, for base 64's padding.
    for (std::string value : {"", "1", "12", "123", "[1,2]"}) {
        std::string s = "prongsaiSearch.terms(" + value + ");\n";
        CHECK(unpack_search_file(pack_search_file(s)) == s);
    }

    // What the build did not write is not read as if it had.
    CHECK_FALSE(unpack_search_file(script));                                          // not packed
    CHECK_FALSE(unpack_search_file(packed.substr(0, packed.size() - 20) + "\");\n")); // cut short
    std::string changed = packed;
    changed[40] = changed[40] == 'A' ? 'B' : 'A'; // a byte of the stream (its checksum fails)
    CHECK_FALSE(unpack_search_file(changed));
    changed = packed;
    changed[30] = '*'; // not base 64
    CHECK_FALSE(unpack_search_file(changed));
    CHECK_FALSE(unpack_search_file("prongsaiSearch.texts(\"A=B=\");\n"));
    CHECK_FALSE(unpack_search_file("prongsaiSearch.texts(\"\");\n")); // nothing to inflate
    CHECK_FALSE(unpack_search_file("other(\"\");\n"));
}

TEST_CASE("search files packed: the file search.js's test unpacks too (search_packed.js)") {
    // Written once by pack_search_file; search_text.test.mjs reads the same
    // file, so search.js is held to unpacking what the build packs.
    std::ifstream file(PRONGSAI_SOURCE_DIR "/tests/unit/search_packed.js");
    std::string packed((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    CHECK(unpack_search_file(packed) ==
          "prongsaiSearch.texts([\n\"เทศบาลเมืองตากใบ ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต "
          "(พ.ศ. 2566 – 2570)\\n\",\n\"\\\"quoted\\\" \\u2028 \\u003c ๒๕๖๖ 30,000 บาท\"]);\n");
}
