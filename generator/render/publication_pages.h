// render: announcements, documents, fiscal years, the archive index, the plan's
// print view, the 404 page; and the feeds, sitemap and robots.txt.
#pragma once

#include "derive/derive.h"
#include "model.h"
#include "render/pages.h"
#include "render/templates.h"

#include <string>
#include <vector>

namespace prongsai {

void add_publication_pages(const Content& c, const Derived& d, const Labels& l,
                           std::vector<PageSpec>& pages);

// Files that are not rendered from templates: Atom feeds, sitemap.xml, robots.txt.
struct PlainFile {
    std::string path;
    std::string bytes;
    std::optional<TextStore::Ref> kept = {}; // the bytes, when kept in Content::kept
};
std::vector<PlainFile> feeds_and_indexes(const Content& c, const Labels& l,
                                         const std::vector<PageSpec>& pages);

// An announcement as lists show it: title, kind, number, date, link, pinned.
// An undated one has no_date and the theme's words for it as its date.
Data announcement_data(const Announcement& a, const std::string& root, Digits digits,
                       const Labels& l);

// An announcement's date as pages and the search index write it.
std::string announcement_date(const Announcement& a, Digits digits, const Labels& l);

// A document as templates show it: title, link, type, size, bytes, SHA-256 …
Data document_data(const Document& doc, const std::string& root, Digits digits, const Labels& l);

// "14.09 MB": a download's size as Thai portals show it, after the theme's "ขนาดไฟล์ :".
std::string download_size(std::uintmax_t bytes, Digits digits);

} // namespace prongsai
