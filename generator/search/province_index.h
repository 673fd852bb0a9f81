// A province's search: one index over every organisation's pages, so that a
// query on the province's index page loads a few files, not each
// organisation's. It is merged from the index files each organisation's
// build wrote (an organisation that did not change is not loaded again), and
// keeps no text: a result's snippet comes from its organisation's x*.js.
#pragma once

#include "render/publication_pages.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// Pages a file of the province's page list (d0.js, d1.js …), the same in search.js.
inline constexpr int province_pages_per_file = 8;

// The province's index files, below search/: docs.js (the number of term
// files and the first word of each; the organisations, each with its first
// page and its header's words (numbers in a list of them); the number of
// pages and each one's length),
// d0.js … (the pages: organisation, first piece of text, address, kind,
// title, length, pieces), t0.js … (the words in order, cut into files of
// about search_shard_bytes; the postings as an organisation's, the pages
// numbered across the province, the header's words left out). `read` gives a file the build wrote,
// by its path in the site, from up to `threads` threads at once. nullopt, with `error` said, when
// an organisation's index cannot be read.
std::optional<std::vector<PlainFile>>
province_search_index(const std::vector<std::string>& prefixes,
                      const std::function<std::optional<std::string>(const std::string&)>& read,
                      unsigned threads, std::string& error);

} // namespace prongsai
