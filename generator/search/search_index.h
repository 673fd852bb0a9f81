// The search index, made at build time: every page worth finding (its title,
// headings and text, and the text of published PDF documents), broken into
// words, written as script files that the search page loads (from file://
// too, where a browser refuses fetch) a few at a time.
#pragma once

#include "derive/derive.h"
#include "diagnostics.h"
#include "model.h"
#include "render/publication_pages.h"
#include "render/templates.h"
#include "search/search_text.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prongsai {

struct SearchEntry {
    std::string path; // the page (or document), relative to the organisation's root
    std::string kind; // as results show it: โครงการ, ประกาศ, เอกสาร, รายงาน, หน้า …
    std::string title;
    std::vector<std::string> headings;
    std::string text;
    std::string document_text; // what the PDF says, for a document
};

// The term shards: a word's shard is search_shard_of its first two code
// points (its one, for a word of one letter), the same in search.js, so that
// a word and every word it begins are in one file. An index has as many
// shards (at most search_shards_max) as it takes to hold about
// search_shard_bytes each; docs.js says how many.
inline constexpr std::size_t search_shard_bytes = 16000;
inline constexpr int search_shards_max = 256;
int search_shard_of(std::string_view word, int shards);
// The pages' and documents' text, for snippets, is kept whole in pieces: a
// piece ends at the first line break (or, in a long line, space) after this
// many bytes, so a snippet needs only the piece where the first match is.
inline constexpr std::size_t search_piece_bytes = 1000;
// Where the piece that starts at `from` ends: at the first line break
// search_piece_bytes or more after it; failing one in the next
// search_piece_bytes, at a space there (a PDF's paragraph, a table's row);
// failing both, at the next line break (Thai with no space), or the end.
std::size_t search_piece_end(std::string_view text, std::size_t from);
// A word's positions kept in a page: the first this many (its count is kept
// whole), the same in search.js. Enough to find a phrase near where a page
// first says it; the tail of a common word's positions is most of an index.
inline constexpr int search_positions_kept = 32;
// Pieces a file (x0.js, x1.js …), the same in search.js.
inline constexpr int search_pieces_per_file = 4;

// How the index's files write a string (a JavaScript string literal that
// cannot end its script early) and a number.
void append_js_string(std::string& out, std::string_view s);
void append_number(std::string& out, int n);
// The numbers of the postings, the same in search.js: base 32, a digit from
// search_code_more before the last, the last from search_code_last, so that
// a number below 32 is one character and no separator is needed. (As text,
// not bytes: a script file loads from file://, where fetch cannot.)
inline constexpr std::string_view search_code_last = "0123456789abcdefghijklmnopqrstuv";
inline constexpr std::string_view search_code_more = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
void append_code(std::string& out, int n);

// The pages of the site a search finds, in the order of the site map, each
// given to `each` as it is made (a site's text is never held whole). With
// `document_text`, the text of each PDF document is read (a PDF whose text
// cannot be read is a warning: a search will find it by its title only).
void search_entries(const Content& c, const Derived& d, const Labels& l, bool document_text,
                    Diagnostics& diags, const std::function<void(SearchEntry&&)>& each);

// The index, made a page at a time: each page's words go into compact posting
// lists (already in the form the files hold them) and its text is dropped,
// but for the start its snippet shows.
class SearchIndex {
  public:
    // Without a breaker, the pages are only listed (a build that writes nothing).
    // The snippet and document texts, finished file by file, are kept in
    // `store` until they are written (held in memory without one).
    // `organisation` names the organisation in a province's search. Every
    // page is found by `header` too (its name, district and province, as
    // every page's header shows them): in a province, "ขยะ" and a
    // municipality's name find that municipality's page.
    SearchIndex(WordBreaker* breaker, std::string organisation, std::string header,
                TextStore* store = nullptr)
        : breaker_(breaker), organisation_(std::move(organisation)), header_(std::move(header)),
          store_(store) {}

    void add(SearchEntry&& e);

    // The pages added, with their address, kind and title only (for the site map).
    const std::vector<SearchEntry>& pages() const { return pages_; }

    // The index's files, below search/: docs.js (the organisation, the number
    // of shards, and every page's address, kind, title, number of words, and
    // where its pieces of text start; then the words of the header every page
    // starts with), t0.js … (each word: the pages holding
    // it, how often, where first), x0.js … (the pieces of text, for snippets).
    std::vector<PlainFile> files();

  private:
    void add_piece(std::string_view text);
    void finish_text(std::string path, std::string text);

    WordBreaker* breaker_;
    std::string organisation_;
    std::string header_;
    TextStore* store_;
    std::vector<SearchEntry> pages_;
    // By page: "words,pieces[,start of the second piece,…]" for docs.js.
    std::vector<std::string> layout_;
    int pieces_ = 0;         // pieces of text so far
    std::vector<int> local_; // the breaker's number of a word → its number here (-1: none)
    std::vector<int> words_; // by its number here: the breaker's number
    std::vector<std::string> postings_; // by number here: page, fields, count, first, gaps …
                                        // (append_code) page after page
    struct PageWord {
        int last_page = 0; // the last page that had the word, for the next's distance
        int fields = 0;
        std::vector<int> positions;
    };
    // By number here: the word in the page being added (kept for their capacity).
    std::vector<PageWord> page_words_;
    std::vector<int> touched_;     // the words of the page being added
    std::string snippets_;         // the current x<n>.js being filled
    std::vector<PlainFile> texts_; // x<n>.js, done
};

} // namespace prongsai
