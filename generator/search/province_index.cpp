#include "search/province_index.h"

#include "search/search_index.h"
#include "search/search_pack.h"
#include "threads.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace prongsai {

namespace {

// A reader of the index files search_index.cpp writes (and only of those:
// strings, numbers, lists and one object), which says where it stopped.
struct Reader {
    std::string_view s;
    std::size_t at = 0;
    bool ok = true;

    void space() {
        while (at < s.size() && (s[at] == '\n' || s[at] == ' '))
            ++at;
    }
    bool peek(char ch) {
        space();
        return at < s.size() && s[at] == ch;
    }
    void expect(std::string_view text) {
        space();
        if (ok && s.substr(at, text.size()) == text)
            at += text.size();
        else
            ok = false;
    }
    int number() {
        space();
        int n = 0;
        auto [end, ec] = std::from_chars(s.data() + at, s.data() + s.size(), n);
        if (ec != std::errc()) {
            ok = false;
            return 0;
        }
        at = static_cast<std::size_t>(end - s.data());
        return n;
    }
    // The string as it was before append_js_string escaped it.
    std::string string() {
        expect("\"");
        std::string out;
        // Most strings (every posting list) have nothing escaped.
        if (std::size_t end = s.find_first_of("\"\\", at);
            ok && end != std::string_view::npos && s[end] == '"') {
            out = s.substr(at, end - at);
            at = end + 1;
            return out;
        }
        while (ok && at < s.size() && s[at] != '"') {
            if (s[at] != '\\') {
                out += s[at++];
                continue;
            }
            if (++at >= s.size()) break;
            char ch = s[at++];
            if (ch == 'n') {
                out += '\n';
            } else if (ch == 'u' && at + 4 <= s.size()) {
                unsigned cp = 0;
                std::from_chars(s.data() + at, s.data() + at + 4, cp, 16);
                at += 4;
                if (cp < 0x80) {
                    out += static_cast<char>(cp);
                } else { // U+2028, U+2029
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
            } else {
                out += ch;
            }
        }
        expect("\"");
        return out;
    }
};

struct Page {
    std::string path, kind, title;
    int words = 0, pieces = 0;
    std::vector<int> starts; // where its 2nd, 3rd … piece starts
};

struct OrgIndex {
    std::string name;
    int shards = 0;
    std::vector<Page> pages;
    std::vector<std::string> header;
};

std::optional<OrgIndex> read_docs(std::string_view text) {
    Reader r{text};
    OrgIndex o;
    r.expect("prongsaiSearch.docs(");
    o.name = r.string();
    r.expect(",");
    o.shards = r.number();
    r.expect(",[");
    while (r.ok && !r.peek(']')) {
        if (!o.pages.empty()) r.expect(",");
        r.expect("[");
        Page p;
        p.path = r.string();
        r.expect(",");
        p.kind = r.string();
        r.expect(",");
        p.title = r.string();
        if (r.peek(',')) {
            r.expect(",");
            p.words = r.number();
            r.expect(",");
            p.pieces = r.number();
            while (r.ok && r.peek(',')) {
                r.expect(",");
                p.starts.push_back(r.number());
            }
        }
        r.expect("]");
        o.pages.push_back(std::move(p));
    }
    r.expect("],[");
    while (r.ok && !r.peek(']')) {
        if (!o.header.empty()) r.expect(",");
        o.header.push_back(r.string());
    }
    r.expect("]);");
    if (!r.ok || o.shards < 1) return std::nullopt;
    return o;
}

// The numbers append_code wrote; false on a character it does not write.
bool read_codes(std::string_view text, std::vector<int>& out) {
    // A character's digit: 0–31 a number's last, 32–63 one before it, else -1.
    static const std::array<signed char, 256> digit = [] {
        std::array<signed char, 256> d;
        d.fill(-1);
        for (std::size_t i = 0; i < 32; ++i) {
            d[static_cast<unsigned char>(search_code_last[i])] = static_cast<signed char>(i);
            d[static_cast<unsigned char>(search_code_more[i])] = static_cast<signed char>(32 + i);
        }
        return d;
    }();
    out.clear();
    int n = 0;
    for (char ch : text) {
        int d = digit[static_cast<unsigned char>(ch)];
        if (d < 0) return false;
        if (d >= 32) {
            n = n * 32 + d - 32;
        } else {
            out.push_back(n * 32 + d);
            n = 0;
        }
    }
    return n == 0;
}

// A word's postings in one organisation, its pages numbered from the
// organisation's first: the first page apart (the gap before it is known only
// when the organisations before are merged), then the codes after it.
struct WordPostings {
    std::string word;
    int first_page = 0, last_page = 0;
    std::string rest;
};

// One organisation's shard into `words`: the positions of its header's words
// (the first `header` of every page) left out.
bool read_terms(std::string_view text, int header, std::vector<WordPostings>& words) {
    constexpr int header_field = 16;
    Reader r{text};
    r.expect("prongsaiSearch.terms({");
    std::vector<int> list;
    bool any = false;
    while (r.ok && !r.peek('}')) {
        if (any) r.expect(",");
        any = true;
        std::string word = r.string();
        r.expect(":");
        if (!read_codes(r.string(), list)) return false;
        WordPostings* kept_word = nullptr;
        int page = 0;
        std::size_t i = 0;
        while (r.ok && i + 3 <= list.size()) {
            page += list[i];
            int fields = list[i + 1], count = list[i + 2];
            std::size_t kept =
                std::min<std::size_t>(static_cast<std::size_t>(count), search_positions_kept);
            if (i + 3 + kept > list.size()) {
                r.ok = false;
                break;
            }
            const int* gaps = list.data() + i + 3;
            i += 3 + kept;
            std::size_t skip = 0;
            int position = 0;
            if (fields & header_field) {
                while (skip < kept && position + gaps[skip] < header)
                    position += gaps[skip++];
                fields &= ~header_field;
                count -= static_cast<int>(skip);
                // A count past the positions kept means as many as are kept
                // (search.js reads min(count, kept) of them): a word of the
                // header said more than 32 times on a page counts a few less.
                if (skip && count > static_cast<int>(kept - skip))
                    count = static_cast<int>(kept - skip);
            }
            if (count <= 0 || fields == 0) continue;
            if (!kept_word) {
                kept_word = &words.emplace_back();
                kept_word->word = std::move(word); // the first posting kept names it
                kept_word->first_page = page;
            } else {
                append_code(kept_word->rest, page - kept_word->last_page);
            }
            kept_word->last_page = page;
            append_code(kept_word->rest, fields);
            append_code(kept_word->rest, count);
            for (std::size_t k = skip; k < kept; ++k)
                append_code(kept_word->rest, k == skip ? position + gaps[k] : gaps[k]);
        }
        if (i != list.size()) return false;
    }
    r.expect("});");
    return r.ok;
}

// What an organisation's index files give the province's, read apart from the
// others' (on as many threads as the build has). `failed`: the first file that
// could not be read.
struct OrgPart {
    OrgIndex org;
    std::vector<WordPostings> words;
    std::string failed;
};

OrgPart read_org(const std::string& dir,
                 const std::function<std::optional<std::string>(const std::string&)>& read) {
    OrgPart part;
    auto read_script = [&](const std::string& file) {
        std::optional<std::string> packed = read(dir + file);
        return packed ? unpack_search_file(*packed) : std::nullopt;
    };
    std::optional<std::string> docs_text = read_script("docs.js");
    std::optional<OrgIndex> org = docs_text ? read_docs(*docs_text) : std::nullopt;
    if (!org) {
        part.failed = "docs.js";
        return part;
    }
    part.org = std::move(*org);
    const int header = static_cast<int>(part.org.header.size());
    for (int s = 0; s < part.org.shards; ++s) {
        std::string name = std::to_string(s);
        name = 't' + name + ".js";
        std::optional<std::string> terms = read_script(name);
        if (!terms || !read_terms(*terms, header, part.words)) {
            part.failed = name;
            return part;
        }
    }
    return part;
}

// A word's postings across the province, and the last page in them.
struct Postings {
    std::string codes;
    int last = 0;
};

// A page's length as one character: 4 steps a doubling (up to some 50,000
// words, which is long enough to be long), enough for BM25. The same in search.js.
char length_code(int words) {
    static constexpr std::string_view digits =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
    long step = std::lround(4 * std::log2(1.0 + std::max(0, words)));
    return digits[static_cast<std::size_t>(std::min<long>(step, digits.size() - 1))];
}

} // namespace

std::optional<std::vector<PlainFile>>
province_search_index(const std::vector<std::string>& prefixes,
                      const std::function<std::optional<std::string>(const std::string&)>& read,
                      unsigned threads, std::string& error) {
    std::unordered_map<std::string, Postings> postings;
    std::string orgs, lengths;
    // The organisations' header words, each once (most are the province's,
    // its districts', or words of every organisation's name).
    std::unordered_map<std::string, int> header_words;
    std::string header_list;
    std::vector<PlainFile> files;
    std::string chunk;
    int page_count = 0;
    long long words = 0;
    // Deflating stays on one thread: spread over two, the 10,000-page
    // province's files took 0.18 s against 0.06 s on one.
    auto finish_chunk = [&] {
        files.push_back(
            {"search/d" + std::to_string(files.size()) + ".js", pack_search_file(chunk + "]);\n")});
        chunk.clear();
    };
    // Organisations are read a batch at a time on every thread and merged in
    // their order: memory holds one batch's postings beside the province's,
    // not every organisation's at once.
    const std::size_t batch = 2 * std::max(1u, threads);
    std::vector<OrgPart> parts;
    for (std::size_t k = 0; k < prefixes.size(); ++k) {
        if (k % batch == 0) {
            parts.assign(std::min(batch, prefixes.size() - k), {});
            on_threads(threads, parts.size(), [&](std::size_t i, unsigned) {
                parts[i] = read_org(prefixes[k + i] + "search/", read);
            });
        }
        OrgPart& part = parts[k % batch];
        if (!part.failed.empty()) {
            error = "the search index written for " + prefixes[k] + "search/" + part.failed +
                    " cannot be read; build again with --clean";
            return std::nullopt;
        }
        const OrgIndex& org = part.org;
        const int first = page_count;
        const int header = static_cast<int>(org.header.size());
        for (WordPostings& w : part.words) {
            Postings& all = postings[w.word];
            append_code(all.codes, first + w.first_page - all.last);
            all.codes += w.rest;
            all.last = first + w.last_page;
        }
        part.words = {};

        orgs += k ? ",\n[" : "\n[";
        append_js_string(orgs, prefixes[k]);
        orgs += ',';
        append_js_string(orgs, org.name);
        orgs += ',';
        append_number(orgs, first);
        orgs += ",[";
        for (int i = 0; i < header; ++i) {
            if (i) orgs += ',';
            const std::string& word = org.header[static_cast<std::size_t>(i)];
            auto [known, added] = header_words.try_emplace(word, header_words.size());
            if (added) {
                header_list += header_list.empty() ? "" : ",";
                append_js_string(header_list, word);
            }
            append_number(orgs, known->second);
        }
        orgs += "]]";

        int piece = 0; // the page's first piece of text in the organisation's x*.js
        for (const Page& p : org.pages) {
            chunk += chunk.empty() ? "prongsaiSearch.pages([\n[" : ",\n[";
            append_number(chunk, static_cast<int>(k));
            chunk += ',';
            append_number(chunk, piece);
            chunk += ',';
            append_js_string(chunk, p.path);
            chunk += ',';
            append_js_string(chunk, p.kind);
            chunk += ',';
            append_js_string(chunk, p.title);
            chunk += ',';
            append_number(chunk, p.words);
            chunk += ',';
            append_number(chunk, p.pieces);
            for (int s : p.starts) {
                chunk += ',';
                append_number(chunk, s);
            }
            chunk += ']';
            piece += p.pieces;
            words += p.words;
            lengths += length_code(p.words);
            if (++page_count % province_pages_per_file == 0) finish_chunk();
        }
    }
    if (!chunk.empty()) finish_chunk();

    // The words in order, cut into files of about search_shard_bytes: a word's
    // file is the last whose first word is not after it, and the words a
    // word begins follow it. (Hashed as an organisation's are, a province's
    // words would crowd a few files: ปร… alone is a megabyte.)
    std::vector<const std::pair<const std::string, Postings>*> sorted;
    sorted.reserve(postings.size());
    for (const auto& entry : postings)
        sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto* a, const auto* b) { return a->first < b->first; });
    std::string firsts, shard;
    int shard_count = 0;
    auto finish_shard = [&] {
        files.push_back({"search/t" + std::to_string(shard_count++) + ".js",
                         pack_search_file(shard + "});\n")});
        shard.clear();
    };
    for (const auto* entry : sorted) {
        if (shard.empty()) {
            firsts += shard_count ? "," : "";
            append_js_string(firsts, entry->first);
            shard = "prongsaiSearch.terms({\n";
        } else {
            shard += ",\n";
        }
        append_js_string(shard, entry->first);
        shard += ":\"";
        shard += entry->second.codes;
        shard += '"';
        if (shard.size() >= search_shard_bytes) finish_shard();
    }
    if (!shard.empty()) finish_shard();

    std::string docs = "prongsaiSearch.docs(\"\",";
    append_number(docs, shard_count);
    docs += ",null,[],{\"firsts\":[";
    docs += firsts;
    docs += "],\"pages\":";
    append_number(docs, page_count);
    docs += ",\"mean\":";
    append_number(docs, page_count ? static_cast<int>(words / page_count) : 0);
    docs += ",\"lengths\":";
    append_js_string(docs, lengths);
    docs += ",\"words\":[";
    docs += header_list;
    docs += "],\"orgs\":[";
    docs += orgs;
    docs += "]});\n";
    files.push_back({"search/docs.js", pack_search_file(docs)});
    return files;
}

} // namespace prongsai
