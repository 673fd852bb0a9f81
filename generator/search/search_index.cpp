#include "search/search_index.h"

#include "load/beneath.h"
#include "render/markdown.h"
#include "render/routes.h"
#include "search/search_text.h"
#include "text.h"
#include "thai.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <charconv>
#include <mutex>
#include <unistd.h>
#include <unordered_map>

namespace prongsai {

namespace {

void add_markdown(SearchEntry& e, const std::string& markdown) {
    MarkdownText md = markdown_text(markdown);
    for (auto& h : md.headings)
        e.headings.push_back(std::move(h));
    e.text += md.text;
}

void add_line(std::string& text, const std::string& words) {
    if (words.empty()) return;
    text += words;
    text += '\n';
}

// Poppler reports a damaged PDF on stderr; the build says it once, as a warning.
void quiet_poppler() {
    static std::once_flag once;
    std::call_once(
        once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// The text of a PDF below the content folder, page after page; nullopt when it
// has none that can be read (a scan, a locked or damaged file).
std::optional<std::string> pdf_text(const std::string& root, const std::string& rel) {
    int fd = open_beneath(root, rel);
    if (fd < 0) return std::nullopt;
    int error = 0;
    std::optional<std::string> bytes = read_all(fd, error);
    ::close(fd);
    if (!bytes) return std::nullopt;
    quiet_poppler();
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(bytes->size())));
    if (!doc || doc->is_locked()) return std::nullopt;
    std::string text;
    for (int i = 0; i < doc->pages(); ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        poppler::byte_array utf8 = page->text().to_utf8();
        text.append(utf8.begin(), utf8.end());
        text += '\n';
    }
    if (text.find_first_not_of(" \n\f\r\t") == std::string::npos) return std::nullopt;
    return text;
}

bool is_pdf(const std::string& file) {
    if (file.size() < 4) return false;
    std::string ext = file.substr(file.size() - 4);
    for (char& ch : ext)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return ext == ".pdf";
}

} // namespace

std::vector<SearchEntry> search_entries(const Content& c, const Derived& d, const Labels& l,
                                        bool document_text, Diagnostics& diags) {
    std::vector<SearchEntry> out;
    const std::string page = l.at("search.kind_page");
    auto year = [&](int y) { return in_digits(std::to_string(y), c.site.digits); };
    const Organisation& o = c.site.organisation;

    SearchEntry home{route::home, page, c.site.title, {}, {}, {}};
    add_line(home.text, o.type + o.name);
    add_line(home.text, o.district + " " + o.province);
    add_line(home.text, o.address);
    out.push_back(std::move(home));

    SearchEntry plan{route::plan, page, c.plan.title, {}, {}, {}};
    add_markdown(plan, c.plan.intro_markdown);
    for (const auto& dim : c.plan.dimensions) {
        plan.headings.push_back(l.at("plan.dimension") + " " + year(dim.number) + " " + dim.name);
        for (const auto& m : dim.missions)
            add_line(plan.text, m.code + " " + m.name);
    }
    out.push_back(std::move(plan));
    out.push_back(
        {route::budget, page, l.at("plan.budget_title") + " " + c.plan.title, {}, {}, {}});
    out.push_back({route::catalogue, page, l.at("plan.catalogue_title"), {}, {}, {}});

    for (const auto& p : c.plan.projects) {
        SearchEntry e{route::project(p.slug), l.at("search.kind_project"), p.title, {}, {}, {}};
        add_line(e.text, p.kind);
        add_line(e.text, p.unit);
        add_line(e.text, p.target_group);
        add_line(e.text, p.period);
        for (const auto& [y, amount] : p.budget)
            add_line(e.text, year(y) + " " + format_baht(amount, c.site.digits));
        add_markdown(e, p.body_markdown);
        out.push_back(std::move(e));
    }

    out.push_back({route::announcements, page, l.at("announcements.all_title"), {}, {}, {}});
    for (const auto& a : c.announcements) {
        SearchEntry e{route::announcement(a.slug), a.kind, a.title, {}, {}, {}};
        add_line(e.text, a.number.empty() ? ""
                                          : a.kind + " " + l.at("announcements.number") + " " +
                                                in_digits(a.number, c.site.digits));
        add_line(e.text, format_date(a.date, c.site.digits));
        add_line(e.text, a.signer + " " + a.signer_title);
        add_markdown(e, a.body_markdown);
        out.push_back(std::move(e));
    }

    out.push_back({route::library, page, l.at("documents.title"), {}, {}, {}});
    for (const auto& doc : c.documents) {
        SearchEntry e{
            route::document(doc.file), l.at("search.kind_document"), doc.title, {}, {}, {}};
        add_line(e.text, doc.category);
        add_line(e.text, doc.description);
        add_line(e.text, doc.file);
        if (document_text && is_pdf(doc.file)) {
            if (auto text = pdf_text(c.root, "documents/" + doc.file))
                e.document_text = std::move(*text);
            else
                diags.warning(doc.loc, "the text of " + doc.file +
                                           " cannot be read (a scanned or locked PDF?): a search "
                                           "finds it by its title and description only");
        }
        out.push_back(std::move(e));
    }

    out.push_back({route::fiscal_years, page, l.at("years.title"), {}, {}, {}});
    for (const auto& [y, fy] : d.fiscal_years)
        out.push_back(
            {route::fiscal_year(y), page, l.at("years.year_title") + " " + year(y), {}, {}, {}});
    if (!c.reports.empty()) {
        out.push_back(
            {route::reports, l.at("search.kind_report"), l.at("nav.reports"), {}, {}, {}});
        for (const auto& r : c.reports) {
            SearchEntry e{route::report_year(r.year) + route::home,
                          l.at("search.kind_report"),
                          l.at("nav.reports") + " " + l.at("years.year_title") + " " + year(r.year),
                          {},
                          {},
                          {}};
            for (const auto& m : r.measures)
                add_line(e.text, m.title);
            out.push_back(std::move(e));
        }
    }
    return out;
}

namespace {

// A JavaScript string literal: safe in a script file, never ending it early.
void append_js_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += static_cast<char>(ch);
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch < 0x20 || ch == '<') {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\u%04x", ch);
            out += hex;
        } else if (ch == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += static_cast<char>(ch);
        }
    }
    out += '"';
}

// The first code point of a UTF-8 word.
char32_t first_code_point(std::string_view w) {
    unsigned char b = static_cast<unsigned char>(w[0]);
    if (b < 0x80) return b;
    int n = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t cp = b & (0x3F >> n);
    for (int i = 1; i <= n && i < static_cast<int>(w.size()); ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(w[i]) & 0x3F);
    return cp;
}

// At most `bytes` of `s`, cut between code points.
std::string_view utf8_prefix(std::string_view s, std::size_t bytes) {
    if (s.size() <= bytes) return s;
    while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80)
        --bytes;
    return s.substr(0, bytes);
}

enum Field { title = 1, heading = 2, body = 4, document = 8 };

// A word's occurrences in one page: the fields it is in, and its positions in
// the page's stream of words (title, headings, text).
struct Postings {
    int fields = 0;
    std::vector<int> positions;
};

} // namespace

std::vector<PlainFile> search_index(const std::vector<SearchEntry>& entries,
                                    const std::string& organisation) {
    WordBreaker breaker;
    // word → (page, occurrences) in page order; the words are sorted when
    // written, so the files are the same every build.
    std::unordered_map<std::string, std::vector<std::pair<int, Postings>>> words;
    for (int doc = 0; doc < static_cast<int>(entries.size()); ++doc) {
        const SearchEntry& e = entries[doc];
        int position = 0;
        auto add = [&](const std::string& text, Field field) {
            for (auto& w : search_words(text, breaker)) {
                auto& pages = words[std::move(w)];
                if (pages.empty() || pages.back().first != doc) pages.push_back({doc, {}});
                Postings& p = pages.back().second;
                p.fields |= field;
                p.positions.push_back(position++);
            }
        };
        add(e.title, title);
        for (const auto& h : e.headings)
            add(h, heading);
        add(e.text, body);
        add(e.document_text, document);
    }

    std::vector<PlainFile> files;
    std::string docs = "prongsaiSearch.docs(";
    append_js_string(docs, organisation);
    docs += ",[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        docs += i ? ",\n[" : "\n[";
        append_js_string(docs, entries[i].path);
        docs += ',';
        append_js_string(docs, entries[i].kind);
        docs += ',';
        append_js_string(docs, entries[i].title);
        if (!entries[i].document_text.empty()) docs += ",1"; // its text in p<i>.js
        docs += ']';
    }
    files.push_back({"search/docs.js", docs + "]);\n"});

    // [page, fields, count, first position, gaps …] for each page, one after another.
    std::string shards[search_shards];
    std::vector<const std::string*> sorted;
    sorted.reserve(words.size());
    for (const auto& w : words)
        sorted.push_back(&w.first);
    std::sort(sorted.begin(), sorted.end(),
              [](const std::string* a, const std::string* b) { return *a < *b; });
    auto number = [](std::string& out, int n) {
        char digits[16];
        auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        out.append(digits, end);
    };
    for (const std::string* word : sorted) {
        std::string& shard = shards[first_code_point(*word) % search_shards];
        shard += shard.empty() ? "\n" : ",\n";
        append_js_string(shard, *word);
        shard += ":[";
        bool first = true;
        for (const auto& [doc, p] : words[*word]) {
            if (!first) shard += ',';
            first = false;
            number(shard, doc);
            shard += ',';
            number(shard, p.fields);
            shard += ',';
            number(shard, static_cast<int>(p.positions.size()));
            int previous = 0;
            for (int pos : p.positions) {
                shard += ',';
                number(shard, pos - previous);
                previous = pos;
            }
        }
        shard += ']';
    }
    for (int s = 0; s < search_shards; ++s)
        files.push_back({"search/t" + std::to_string(s) + ".js",
                         "prongsaiSearch.terms({" + shards[s] + "});\n"});

    for (std::size_t first = 0; first < entries.size(); first += search_texts_per_file) {
        std::string texts = "prongsaiSearch.texts([";
        for (std::size_t i = first; i < std::min(entries.size(), first + search_texts_per_file);
             ++i) {
            texts += i > first ? ",\n" : "\n";
            append_js_string(texts, utf8_prefix(entries[i].text, search_snippet_bytes));
        }
        files.push_back(
            {"search/x" + std::to_string(first / search_texts_per_file) + ".js", texts + "]);\n"});
    }
    // A document's own text, in a file of its own: loaded only when the
    // document is among the results, for its snippet.
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].document_text.empty()) continue;
        std::string text = "prongsaiSearch.texts([";
        append_js_string(text, utf8_prefix(entries[i].document_text, search_document_bytes));
        files.push_back({"search/p" + std::to_string(i) + ".js", text + "]);\n"});
    }
    return files;
}

} // namespace prongsai
