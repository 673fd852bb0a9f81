#include "search/search_index.h"

#include "load/beneath.h"
#include "render/markdown.h"
#include "render/menu.h"
#include "render/publication_pages.h"
#include "render/routes.h"
#include "search/search_pack.h"
#include "search/search_text.h"
#include "text.h"
#include "thai.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <mutex>
#include <set>
#include <unistd.h>
#include <unordered_map>
#include <utility>

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

void search_entries(const Content& c, const Derived& d, const Labels& l, bool document_text,
                    Diagnostics& diags, const std::function<void(SearchEntry&&)>& each) {
    struct Sink {
        const std::function<void(SearchEntry&&)>& each;
        void push_back(SearchEntry&& e) { each(std::move(e)); }
    } out{each};
    const std::string page = l.at("search.kind_page");
    auto year = [&](int y) { return in_digits(std::to_string(y), c.site.digits); };
    const Organisation& o = c.site.organisation;

    SearchEntry home{route::home, page, c.site.title, {}, {}, {}};
    add_line(home.text, o.type + o.name);
    add_line(home.text, o.district + " " + o.province);
    add_line(home.text, o.address);
    out.push_back(std::move(home));

    // Without a plan/ folder there are no plan pages to find (plan_pages).
    if (c.has_plan) {
        SearchEntry plan{route::plan, page, c.plan.title, {}, {}, {}};
        add_markdown(plan, c.plan.intro_markdown);
        for (const auto& dim : c.plan.dimensions) {
            plan.headings.push_back(l.at("plan.dimension") + " " + year(dim.number) + " " +
                                    dim.name);
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
            add_markdown(e, c.body(p));
            out.push_back(std::move(e));
        }
    }

    out.push_back({route::announcements, page, l.at("announcements.all_title"), {}, {}, {}});
    for (const auto& a : c.announcements) {
        SearchEntry e{route::announcement(a.slug), a.kind, a.title, {}, {}, {}};
        add_line(e.text, a.number.empty() ? ""
                                          : a.kind + " " + l.at("announcements.number") + " " +
                                                in_digits(a.number, c.site.digits));
        add_line(e.text, announcement_date(a, c.site.digits, l));
        add_line(e.text, a.signer + " " + a.signer_title);
        add_markdown(e, c.body(a));
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

    // The organisation's own pages: each page, then each folder's page (its
    // index.md's words, when it has one), as add_content_pages plans them.
    std::set<std::string> sections;
    for (const auto& p : c.pages)
        for (const auto& s : enclosing_sections(p.section))
            sections.insert(s);
    for (const auto& p : c.pages)
        if (!p.is_section) {
            SearchEntry e{route::page(p.slug), page, p.title, {}, {}, {}};
            add_markdown(e, c.body(p));
            out.push_back(std::move(e));
        }
    for (const auto& s : sections) {
        SearchEntry e{route::section(s), page, section_title(c, s, l), {}, {}, {}};
        for (const auto& p : c.pages)
            if (p.is_section && p.section == s) add_markdown(e, c.body(p));
        out.push_back(std::move(e));
    }
    // Who the people are: a search for a name or a position finds their page.
    auto person = [&](const Person& p) {
        return p.position + " " + (p.vacant ? l.at("people.vacant") : p.name);
    };
    if (builtin_page_exists(c, "executives")) {
        SearchEntry e{route::executives, page, l.at("nav.executives"), {}, {}, {}};
        for (const auto& p : c.people.people)
            if (p.executive) add_line(e.text, person(p));
        out.push_back(std::move(e));
    }
    if (builtin_page_exists(c, "structure")) {
        SearchEntry e{route::structure, page, l.at("nav.structure"), {}, {}, {}};
        for (const auto& u : c.people.units) {
            e.headings.push_back(u.name);
            for (const auto& p : c.people.people)
                if (p.unit == u.id) add_line(e.text, person(p));
        }
        add_line(e.text, c.people.note);
        out.push_back(std::move(e));
    }
    SearchEntry contact{route::contact, page, l.at("nav.contact"), {}, {}, {}};
    add_line(contact.text, o.address);
    add_line(contact.text, o.office_hours);
    out.push_back(std::move(contact));
}

namespace {

// The code point that starts `w` at `at`, and moves `at` past it.
char32_t next_code_point(std::string_view w, std::size_t& at) {
    unsigned char b = static_cast<unsigned char>(w[at++]);
    if (b < 0x80) return b;
    int n = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t cp = b & (0x3F >> n);
    for (int i = 0; i < n && at < w.size(); ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(w[at++]) & 0x3F);
    return cp;
}

enum Field { title = 1, heading = 2, body = 4, document = 8, header = 16 };

// `text` into `out` with each run of spaces and tabs as one space and each
// run of line breaks (and the spaces around them) as one: a PDF's text is
// laid out with runs of spaces that a snippet shows as one.
void spaced_once(std::string_view text, std::string& out) {
    out.clear();
    char pending = 0; // the space or line break owed before the next letter
    for (char ch : text) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            if (ch != ' ' && ch != '\t')
                pending = '\n';
            else if (!pending)
                pending = ' ';
            continue;
        }
        if (pending && !out.empty()) out += pending;
        pending = 0;
        out += ch;
    }
    if (pending == '\n' && !out.empty()) out += '\n';
}

} // namespace

std::size_t search_piece_end(std::string_view text, std::size_t from) {
    std::size_t at = from + search_piece_bytes;
    if (at >= text.size()) return text.size();
    // Looked for within the next piece's length only: a search to the end of
    // a long text for each piece of it would take time as its square.
    std::string_view next = text.substr(at, search_piece_bytes);
    if (auto line = next.find('\n'); line != std::string_view::npos) return at + line + 1;
    if (auto space = next.find(' '); space != std::string_view::npos) return at + space + 1;
    std::size_t line = text.find('\n', at + next.size());
    return line == std::string_view::npos ? text.size() : line + 1;
}

// A JavaScript string literal: safe in a script file, never ending it early.
void append_js_string(std::string& out, std::string_view s) {
    out += '"';
    // Whether a byte is written as it is (0xE2 starts U+2028 and U+2029).
    auto plain = [](unsigned char ch) {
        return ch >= 0x20 && ch != '"' && ch != '\\' && ch != '<' && ch != 0xE2;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        std::size_t run = i;
        while (run < s.size() && plain(static_cast<unsigned char>(s[run])))
            ++run;
        if (run > i) { // most of a text, at once
            out.append(s.data() + i, run - i);
            i = run;
            if (i == s.size()) break;
        }
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

void append_code(std::string& out, int n) {
    char digits[8];
    int at = sizeof digits;
    auto u = static_cast<unsigned>(std::max(n, 0));
    digits[--at] = search_code_last[u % 32];
    for (u /= 32; u; u /= 32)
        digits[--at] = search_code_more[u % 32];
    out.append(digits + at, sizeof digits - static_cast<std::size_t>(at));
}

void append_number(std::string& out, int n) {
    if (n >= 0 && n < 100) { // most gaps between positions
        if (n >= 10) out += static_cast<char>('0' + n / 10);
        out += static_cast<char>('0' + n % 10);
        return;
    }
    char digits[16];
    auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
}

int search_shard_of(std::string_view word, int shards) {
    std::size_t at = 0;
    std::uint32_t key = next_code_point(word, at);
    if (at < word.size()) key = key * 31 + next_code_point(word, at);
    return static_cast<int>(key % static_cast<std::uint32_t>(shards));
}

void SearchIndex::add(SearchEntry&& e) {
    int doc = static_cast<int>(pages_.size());
    std::string layout;
    if (breaker_) {
        int position = 0;
        auto add = [&](std::string_view text, Field field) {
            search_word_numbers(text, *breaker_, [&](int w) {
                auto g = static_cast<std::size_t>(w);
                if (g >= local_.size()) local_.resize(g + 1 + g / 2, -1);
                if (local_[g] < 0) {
                    local_[g] = static_cast<int>(words_.size());
                    words_.push_back(w);
                    postings_.emplace_back();
                    page_words_.emplace_back();
                }
                PageWord& p = page_words_[static_cast<std::size_t>(local_[g])];
                if (p.positions.empty()) touched_.push_back(local_[g]);
                p.fields |= field;
                p.positions.push_back(position++);
            });
        };
        add(header_, header);
        add(e.title, title);
        for (const auto& h : e.headings)
            add(h, heading);
        // The text and the document's, piece by piece: each piece's words
        // are indexed as it is kept, so the browser knows from a word's
        // position which piece to load for its snippet.
        int pieces = 0;
        std::string starts, piece;
        auto add_pieces = [&](std::string_view text, Field field) {
            for (std::size_t from = 0, to; from < text.size(); from = to) {
                to = search_piece_end(text, from);
                spaced_once(text.substr(from, to - from), piece);
                if (piece.empty()) continue;
                if (pieces++) {
                    starts += ',';
                    append_number(starts, position);
                }
                add(piece, field);
                add_piece(piece);
            }
        };
        add_pieces(e.text, body);
        add_pieces(e.document_text, document);
        append_number(layout, position);
        layout += ',';
        append_number(layout, pieces);
        layout += starts;

        // Page (after the word's page before), fields, count, first
        // position, gaps … for each word of the page, with the first
        // search_positions_kept positions.
        for (int id : touched_) {
            PageWord& p = page_words_[static_cast<std::size_t>(id)];
            std::string& out = postings_[static_cast<std::size_t>(id)];
            append_code(out, doc - p.last_page);
            p.last_page = doc;
            append_code(out, p.fields);
            append_code(out, static_cast<int>(p.positions.size()));
            int previous = 0;
            std::size_t kept = std::min<std::size_t>(p.positions.size(), search_positions_kept);
            for (std::size_t i = 0; i < kept; ++i) {
                append_code(out, p.positions[i] - previous);
                previous = p.positions[i];
            }
            p.fields = 0;
            p.positions.clear();
        }
        touched_.clear();
    }
    layout_.push_back(std::move(layout));
    pages_.push_back({std::move(e.path), std::move(e.kind), std::move(e.title), {}, {}, {}});
}

void SearchIndex::add_piece(std::string_view text) {
    int n = pieces_++;
    snippets_ += n % search_pieces_per_file ? ",\n" : "prongsaiSearch.texts([\n";
    append_js_string(snippets_, text);
    if (n % search_pieces_per_file == search_pieces_per_file - 1) {
        snippets_ += "]);\n";
        finish_text("search/x" + std::to_string(n / search_pieces_per_file) + ".js",
                    std::exchange(snippets_, {}));
    }
}

void SearchIndex::finish_text(std::string path, std::string text) {
    text = pack_search_file(text);
    if (store_)
        texts_.push_back({std::move(path), {}, store_->keep(std::move(text))});
    else
        texts_.push_back({std::move(path), std::move(text)});
}

std::vector<PlainFile> SearchIndex::files() {
    std::vector<PlainFile> files;
    std::size_t posting_bytes = 0;
    for (const auto& p : postings_)
        posting_bytes += p.size();
    int shard_count = static_cast<int>(std::clamp<std::size_t>(
        (posting_bytes + search_shard_bytes - 1) / search_shard_bytes, 1, search_shards_max));

    std::string docs = "prongsaiSearch.docs(";
    append_js_string(docs, organisation_);
    docs += ',';
    append_number(docs, shard_count);
    docs += ",[";
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        docs += i ? ",\n[" : "\n[";
        append_js_string(docs, pages_[i].path);
        docs += ',';
        append_js_string(docs, pages_[i].kind);
        docs += ',';
        append_js_string(docs, pages_[i].title);
        if (!layout_[i].empty()) docs += ',' + layout_[i];
        docs += ']';
    }
    // The header's words, which every page starts with (positions 0, 1 …):
    // a province's index keeps them once an organisation, not once a page.
    docs += "],[";
    if (breaker_) {
        std::vector<std::string> header_words = search_words(header_, *breaker_);
        for (std::size_t i = 0; i < header_words.size(); ++i) {
            if (i) docs += ',';
            append_js_string(docs, header_words[i]);
        }
    }
    files.push_back({"search/docs.js", pack_search_file(docs + "]);\n")});

    // The words sorted, so the files are the same every build.
    std::vector<int> sorted(words_.size());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        sorted[i] = static_cast<int>(i);
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        return breaker_->word(words_[static_cast<std::size_t>(a)]) <
               breaker_->word(words_[static_cast<std::size_t>(b)]);
    });
    std::vector<std::string> shards(static_cast<std::size_t>(shard_count),
                                    "prongsaiSearch.terms({");
    for (int id : sorted) {
        const std::string& word = breaker_->word(words_[static_cast<std::size_t>(id)]);
        std::string& shard = shards[static_cast<std::size_t>(search_shard_of(word, shard_count))];
        shard += shard.back() == '{' ? "\n" : ",\n";
        append_js_string(shard, word);
        shard += ":\"";
        shard += postings_[static_cast<std::size_t>(id)];
        shard += '"';
        std::string().swap(postings_[static_cast<std::size_t>(id)]); // freed as it goes
    }
    for (int s = 0; s < shard_count; ++s)
        files.push_back({"search/t" + std::to_string(s) + ".js",
                         pack_search_file(shards[static_cast<std::size_t>(s)] + "});\n")});
    if (!snippets_.empty())
        finish_text("search/x" + std::to_string((pieces_ - 1) / search_pieces_per_file) + ".js",
                    std::exchange(snippets_, {}) + "]);\n");
    for (auto& t : texts_)
        files.push_back(std::move(t));
    return files;
}

} // namespace prongsai
