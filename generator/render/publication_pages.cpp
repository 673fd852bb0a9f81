#include "render/publication_pages.h"

#include "archives.h"
#include "digest.h"
#include "render/frame.h"
#include "render/markdown.h"
#include "render/pictures.h"
#include "render/routes.h"
#include "sha256.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cstdio>
#include <memory>

namespace prongsai {

namespace {

const AnnouncementKind* kind_of(const std::string& name) {
    for (const auto& k : announcement_kinds)
        if (name == k.name) return &k;
    return nullptr;
}

std::string upper_extension(const std::string& file) {
    auto dot = file.rfind('.');
    std::string ext = dot == std::string::npos ? "" : file.substr(dot + 1);
    for (char& ch : ext)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return ext;
}

// A list split into pages: the first is `dir`index.html, then page-2.html …
struct Pagination {
    std::string dir; // e.g. "announcements/" or "announcements/notices/"
    int pages = 1;
    std::string path(int page) const { return route::list_page(dir, page); }
};

struct Publications {
    const Content& c;
    const Derived& d;
    const Labels& l;

    // The list heading of a kind of announcement.
    const std::string& plural(const AnnouncementKind& k) const {
        return l.at(std::string("announcements.") + k.slug);
    }

    std::string num(std::int64_t n) const { return format_integer(n, c.site.digits); }
    std::string year(int y) const { return in_digits(std::to_string(y), c.site.digits); }
    std::string date(const Date& dt) const { return format_date(dt, c.site.digits); }

    Data document(const Document& doc, const std::string& root) const {
        return document_data(doc, root, c.site.digits, l);
    }

    Data documents(const std::vector<const Document*>& docs, const std::string& root) const {
        Data out = list();
        for (const Document* doc : docs)
            append(out, document(*doc, root));
        return out;
    }

    Data announcement_item(const Announcement& a, const std::string& root) const {
        return announcement_data(a, root, c.site.digits, l);
    }

    // Newest first, pinned ones ahead of the rest.
    std::vector<const Announcement*> ordered(std::vector<const Announcement*> items) const {
        std::stable_partition(items.begin(), items.end(),
                              [](const Announcement* a) { return a->pinned; });
        return items;
    }

    Data kind_links(const std::string& root, const std::string& current) const {
        Data out = list();
        auto add = [&](const std::string& label, const std::string& dir, const std::string& key) {
            Data item;
            put(item, "label", label);
            put(item, "href", root + dir + route::home);
            put(item, "current", Data(key == current));
            append(out, std::move(item));
        };
        add(l.at("announcements.all"), route::announcement_list(""), "all");
        for (const auto& k : announcement_kinds)
            add(plural(k), route::announcement_list(k.slug), k.slug);
        return out;
    }

    // One page of an announcement list, with links to the other pages.
    std::string list_page(const Templates& t, const std::vector<const Announcement*>& items,
                          const Pagination& pg, int page, const std::string& heading,
                          const std::string& key, const std::string& feed) const {
        std::string path = pg.path(page);
        std::string root = root_of(path);
        std::vector<Crumb> crumbs = {{l.at("nav.announcements"), route::announcements}};
        if (key != "all") crumbs.push_back({heading, pg.path(1)});
        std::string page_label = l.at("announcements.page") + " " + num(page);
        if (page > 1 || key == "all") crumbs.push_back({page_label, ""});
        if (key == "all" && page == 1) crumbs = {{l.at("nav.announcements"), ""}};
        Data p = page_frame(c, l, path, heading + (page > 1 ? " " + page_label : ""),
                            "announcements", crumbs);
        put(p, "heading", heading);
        put(p, "kinds", kind_links(root, key));
        Data rows = list();
        std::size_t size = static_cast<std::size_t>(c.site.page_size);
        for (std::size_t i = (page - 1) * size; i < items.size() && i < page * size; ++i)
            append(rows, announcement_item(*items[i], root));
        put(p, "items", std::move(rows));
        put(p, "empty", Data(items.empty()));
        Data pages = list();
        for (int k = 1; k <= pg.pages && pg.pages > 1; ++k) {
            Data item;
            put(item, "label", num(k));
            put(item, "href", root + pg.path(k));
            put(item, "current", Data(k == page));
            append(pages, std::move(item));
        }
        put(p, "has_pages", Data(pg.pages > 1));
        put(p, "pages", std::move(pages));
        if (page > 1) put(p, "previous", root + pg.path(page - 1));
        if (page < pg.pages) put(p, "next", root + pg.path(page + 1));
        if (!feed.empty()) put(p, "feed", root + feed);
        Data years = list();
        for (const auto& [y, fy] : d.fiscal_years) {
            if (fy.announcements.empty()) continue;
            Data item;
            put(item, "year", year(y));
            put(item, "href", root + route::announcement_list(std::to_string(y)) + route::home);
            put(item, "current", Data(key == std::to_string(y)));
            append(years, std::move(item));
        }
        put(p, "has_years", Data(!years.list_value().empty()));
        put(p, "years", std::move(years));
        return render_in_layout(t, "announcements", std::move(p));
    }

    std::string announcement(const Templates& t, const Announcement& a) const {
        std::string path = route::announcement(a.slug);
        std::string root = root_of(path);
        const AnnouncementKind* kind = kind_of(a.kind);
        Data p = page_frame(c, l, path, a.title, "announcements",
                            {{l.at("nav.announcements"), route::announcements},
                             {kind ? plural(*kind) : a.kind,
                              route::announcement_list(kind ? kind->slug : "") + route::home},
                             {a.title, ""}});
        Data item = announcement_item(a, root);
        put(p, "announcement", std::move(item));
        put(p, "dated", Data(a.date.has_value()));
        if (a.date) {
            put(p, "fiscal_year", year(fiscal_year(*a.date)));
            put(p, "fiscal_year_href", root + route::fiscal_year(fiscal_year(*a.date)));
        }
        set_optional(p, "signer", a.signer);
        put(p, "signer_title", a.signer_title);
        put(p, "org_name_heading", c.site.organisation.name);
        put(p, "body", markdown_to_html(c.body(a), c.site.allow_raw_html));
        auto docs = d.documents_of_announcement.find(a.slug);
        bool has = docs != d.documents_of_announcement.end() && !docs->second.empty();
        put(p, "has_documents", Data(has));
        put(p, "documents", has ? documents(docs->second, root) : list());
        put(p, "gallery", gallery(c, a.photos, root));
        return render_in_layout(t, "announcement", std::move(p));
    }

    std::string library(const Templates& t) const {
        std::string path = route::library;
        std::string root = root_of(path);
        Data p = page_frame(c, l, path, l.at("documents.title"), "documents",
                            {{l.at("nav.documents"), ""}});
        // Category, then fiscal year (newest first), in the catalogue's order within.
        std::vector<std::string> categories;
        for (const auto& doc : c.documents)
            if (std::find(categories.begin(), categories.end(), doc.category) == categories.end())
                categories.push_back(doc.category);
        Data groups = list();
        for (const auto& category : categories) {
            std::vector<int> years;
            for (const auto& doc : c.documents)
                if (doc.category == category &&
                    std::find(years.begin(), years.end(), doc.fiscal_year) == years.end())
                    years.push_back(doc.fiscal_year);
            std::sort(years.rbegin(), years.rend());
            Data by_year = list();
            for (int y : years) {
                std::vector<const Document*> docs;
                for (const auto& doc : c.documents)
                    if (doc.category == category && doc.fiscal_year == y) docs.push_back(&doc);
                Data group;
                put(group, "year", year(y));
                put(group, "documents", documents(docs, root));
                append(by_year, std::move(group));
            }
            Data group;
            put(group, "category", category);
            put(group, "years", std::move(by_year));
            append(groups, std::move(group));
        }
        put(p, "categories", std::move(groups));
        put(p, "empty", Data(c.documents.empty()));
        return render_in_layout(t, "documents", std::move(p));
    }

    std::string fiscal_years(const Templates& t) const {
        std::string path = route::fiscal_years;
        std::string root = root_of(path);
        Data p = page_frame(c, l, path, l.at("years.title"), "years", {{l.at("nav.years"), ""}});
        Data years = list();
        for (auto it = d.fiscal_years.rbegin(); it != d.fiscal_years.rend(); ++it) {
            const FiscalYear& fy = it->second;
            Data item;
            put(item, "year", year(fy.year));
            put(item, "href", root + route::fiscal_year(fy.year));
            put(item, "announcements", num(static_cast<std::int64_t>(fy.announcements.size())));
            put(item, "documents", num(static_cast<std::int64_t>(fy.documents.size())));
            put(item, "projects", num(static_cast<std::int64_t>(fy.projects.size())));
            put(item, "budget", format_baht(fy.budget, c.site.digits));
            append(years, std::move(item));
        }
        put(p, "years", std::move(years));
        return render_in_layout(t, "fiscal_years", std::move(p));
    }

    std::string fiscal_year_page(const Templates& t, const FiscalYear& fy) const {
        std::string path = route::fiscal_year(fy.year);
        std::string root = root_of(path);
        std::string title = l.at("years.year_title") + " " + year(fy.year);
        Data p = page_frame(c, l, path, title, "years",
                            {{l.at("nav.years"), route::fiscal_years}, {year(fy.year), ""}});
        put(p, "year", year(fy.year));
        DateRange range = fiscal_year_range(fy.year);
        put(p, "first_day", date(range.first));
        put(p, "last_day", date(range.last));
        Data items = list();
        for (const Announcement* a : fy.announcements)
            append(items, announcement_item(*a, root));
        put(p, "announcements", std::move(items));
        put(p, "documents", documents(fy.documents, root));
        Data projects = list();
        for (const Project* pr : fy.projects) {
            Data item;
            put(item, "number", num(pr->number));
            put(item, "title", pr->title);
            put(item, "kind", pr->kind);
            put(item, "href", root + route::project(pr->slug));
            Satang amount = pr->budget.at(fy.year);
            put(item, "amount",
                amount == 0 ? l.at("budget.no_budget") : format_baht(amount, c.site.digits));
            put(item, "class", amount == 0 ? "no-budget" : "amount");
            append(projects, std::move(item));
        }
        put(p, "projects", std::move(projects));
        put(p, "budget", format_baht(fy.budget, c.site.digits));
        put(p, "budget_official", format_baht_official(fy.budget, c.site.digits));
        put(p, "has_announcements", Data(!fy.announcements.empty()));
        put(p, "has_documents", Data(!fy.documents.empty()));
        put(p, "has_projects", Data(!fy.projects.empty()));
        for (const auto& r : c.reports)
            if (r.year == fy.year)
                put(p, "report_href", root + route::report_year(fy.year) + route::home);
        return render_in_layout(t, "fiscal_year", std::move(p));
    }

    std::string archive_index(const Templates& t) const {
        std::string path = route::archive_index;
        std::string root = root_of(path);
        Data p =
            page_frame(c, l, path, l.at("archive.title"), "years", {{l.at("archive.crumb"), ""}});
        Data years = list();
        for (std::size_t i = c.archived_years.size(); i-- > 0;) {
            int y = c.archived_years[i];
            Data item;
            put(item, "year", year(y));
            put(item, "href", root + route::archived_year(y) + route::home);
            put(item, "tarball", root + route::archived_tarball(y));
            put(item, "manifest", root + route::archived_year(y) + manifest_name);
            put(item, "digest", i < c.archive_manifests.size() ? c.archive_manifests[i] : "");
            append(years, std::move(item));
        }
        put(p, "years", std::move(years));
        put(p, "empty", Data(c.archived_years.empty()));
        return render_in_layout(t, "archive_index", std::move(p));
    }

    std::string not_found(const Templates& t) const {
        // Served for any missing address, so its links start from the site's base path.
        Data p = page_frame(c, l, route::not_found, l.at("not_found.title"), "",
                            {{l.at("not_found.crumb"), ""}}, c.site.base_path);
        return render_in_layout(t, "not_found", std::move(p));
    }
};

} // namespace

std::string announcement_date(const Announcement& a, Digits digits, const Labels& l) {
    return a.date ? format_date(*a.date, digits) : l.at("announcements.no_date");
}

Data announcement_data(const Announcement& a, const std::string& root, Digits digits,
                       const Labels& l) {
    Data item;
    put(item, "title", a.title);
    put(item, "kind", a.kind);
    set_optional(item, "number", in_digits(a.number, digits));
    put(item, "date", announcement_date(a, digits, l));
    put(item, "no_date", Data(!a.date));
    put(item, "href", root + route::announcement(a.slug));
    put(item, "pinned", Data(a.pinned));
    return item;
}

Data document_data(const Document& doc, const std::string& root, Digits digits, const Labels& l) {
    Data item;
    put(item, "title", doc.title);
    put(item, "href", root + route::document(doc.file));
    std::string type = upper_extension(doc.file);
    put(item, "type", type.empty() ? l.at("documents.file") : type);
    put(item, "size", l.at("documents.size") + " " + download_size(doc.size, digits));
    put(item, "bytes", format_integer(static_cast<std::int64_t>(doc.size), digits));
    put(item, "sha256", doc.sha256);
    put(item, "category", doc.category);
    put(item, "fiscal_year", in_digits(std::to_string(doc.fiscal_year), digits));
    if (doc.date) put(item, "date", format_date(*doc.date, digits));
    set_optional(item, "description", doc.description);
    return item;
}

std::string download_size(std::uintmax_t bytes, Digits digits) {
    char text[64];
    if (bytes < 1024)
        std::snprintf(text, sizeof text, "%ju bytes", bytes);
    else if (bytes < 1024 * 1024)
        std::snprintf(text, sizeof text, "%.2f KB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(text, sizeof text, "%.2f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return in_digits(text, digits);
}

void add_publication_pages(const Content& c, const Derived& d, const Labels& l,
                           std::vector<PageSpec>& pages) {
    auto pub = std::make_shared<Publications>(Publications{c, d, l});
    auto add_list = [&](std::vector<const Announcement*> items, const std::string& dir,
                        const std::string& heading, const std::string& key,
                        const std::string& feed) {
        items = pub->ordered(std::move(items));
        Pagination pg{dir, std::max<int>(1, static_cast<int>((items.size() + c.site.page_size - 1) /
                                                             c.site.page_size))};
        for (int page = 1; page <= pg.pages; ++page)
            pages.push_back(
                {pg.path(page), [pub, items, pg, page, heading, key, feed](const Templates& t) {
                     return pub->list_page(t, items, pg, page, heading, key, feed);
                 }});
    };
    std::vector<const Announcement*> all;
    for (const auto& a : c.announcements)
        all.push_back(&a);
    add_list(all, route::announcement_list(""), l.at("announcements.all_title"), "all",
             route::feed);
    for (const auto& k : announcement_kinds) {
        std::vector<const Announcement*> of_kind;
        for (const auto& a : c.announcements)
            if (a.kind == k.name) of_kind.push_back(&a);
        add_list(of_kind, route::announcement_list(k.slug), pub->plural(k), k.slug,
                 route::announcement_list(k.slug) + route::feed);
    }
    for (const auto& [y, fy] : d.fiscal_years)
        if (!fy.announcements.empty())
            add_list(fy.announcements, route::announcement_list(std::to_string(y)),
                     l.at("announcements.year_title") + " " + pub->year(y), std::to_string(y), "");
    for (const auto& a : c.announcements)
        pages.push_back({route::announcement(a.slug),
                         [pub, &a](const Templates& t) { return pub->announcement(t, a); },
                         c.body_digest(a)});
    pages.push_back({route::library, [pub](const Templates& t) { return pub->library(t); }});
    pages.push_back(
        {route::fiscal_years, [pub](const Templates& t) { return pub->fiscal_years(t); }});
    for (const auto& [y, fy] : d.fiscal_years)
        pages.push_back({route::fiscal_year(y), [pub, &f = fy](const Templates& t) {
                             return pub->fiscal_year_page(t, f);
                         }});
    // Reached only from the year switcher, which shows when a year is archived.
    if (!c.archived_years.empty())
        pages.push_back(
            {route::archive_index, [pub](const Templates& t) { return pub->archive_index(t); }});
    pages.push_back({route::not_found, [pub](const Templates& t) { return pub->not_found(t); }});
}

namespace {

std::string xml_escape(std::string_view s) {
    return html_escape(s);
}

// RFC 3339 in the Christian Era, at midnight Thai time.
std::string rfc3339(const Date& d) {
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT00:00:00+07:00", d.year - 543, d.month, d.day);
    return text;
}

// An id for an entry that never changes: the page's address when the site's
// address is known, otherwise a UUID made from the organisation and the path.
std::string atom_id(const Content& c, const std::string& path) {
    if (!c.site.url.empty()) return c.site.url + path;
    std::string h = sha256_hex(c.site.organisation.name + "\n" + path);
    return "urn:uuid:" + h.substr(0, 8) + "-" + h.substr(8, 4) + "-5" + h.substr(13, 3) + "-8" +
           h.substr(17, 3) + "-" + h.substr(20, 12);
}

std::string atom_feed(const Content& c, const Labels& l, const std::string& path,
                      const std::string& title, const std::vector<const Announcement*>& items) {
    std::string root = root_of(path);
    auto href = [&](const std::string& target) {
        return xml_escape(c.site.url.empty() ? root + target : c.site.url + target);
    };
    // Atom needs a date even for a feed with no entry: the plan's, else the
    // first day of the first fiscal year the content covers.
    int first_year = c.has_plan             ? c.plan.first_year
                     : !c.reports.empty()   ? c.reports.front().year
                     : !c.documents.empty() ? c.documents.front().fiscal_year
                                            : 0;
    // An undated announcement has no entry: Atom requires a date, and none is made up.
    std::vector<const Announcement*> dated;
    for (const Announcement* a : items)
        if (a->date) dated.push_back(a);
    Date updated = !dated.empty()     ? *dated.front()->date
                   : c.plan.announced ? *c.plan.announced
                   : c.site.updated   ? *c.site.updated
                                      : fiscal_year_range(first_year).first;
    for (const Announcement* a : dated)
        updated = std::max(updated, *a->date);
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                      xml_escape(c.site.language) + "\">\n";
    out += "  <id>" + xml_escape(atom_id(c, path)) + "</id>\n";
    out += "  <title>" + xml_escape(title) + "</title>\n";
    out += "  <updated>" + rfc3339(updated) + "</updated>\n";
    out += "  <author><name>" + xml_escape(c.site.organisation.name) + "</name></author>\n";
    out += "  <link rel=\"self\" href=\"" + href(path) + "\"/>\n";
    out += "  <link rel=\"alternate\" href=\"" + href(route::announcements) + "\"/>\n";
    for (const Announcement* a : dated) {
        std::string page = route::announcement(a->slug);
        std::string summary =
            a->kind +
            (a->number.empty() ? "" : " " + l.at("announcements.number") + " " + a->number) + " " +
            format_date(*a->date, c.site.digits);
        out += "  <entry>\n";
        out += "    <id>" + xml_escape(atom_id(c, page)) + "</id>\n";
        out += "    <title>" + xml_escape(a->title) + "</title>\n";
        out += "    <updated>" + rfc3339(*a->date) + "</updated>\n";
        out += "    <link rel=\"alternate\" href=\"" + href(page) + "\"/>\n";
        out += "    <category term=\"" + xml_escape(a->kind) + "\"/>\n";
        out += "    <summary>" + xml_escape(summary) + "</summary>\n";
        out += "  </entry>\n";
    }
    return out + "</feed>\n";
}

} // namespace

std::vector<PlainFile> feeds_and_indexes(const Content& c, const Labels& l,
                                         const std::vector<PageSpec>& pages) {
    std::vector<PlainFile> files;
    std::vector<const Announcement*> all;
    for (const auto& a : c.announcements)
        all.push_back(&a);
    files.push_back(
        {route::feed, atom_feed(c, l, route::feed,
                                c.site.title + ": " + l.at("announcements.feed_title"), all)});
    for (const auto& k : announcement_kinds) {
        std::vector<const Announcement*> of_kind;
        for (const auto& a : c.announcements)
            if (a.kind == k.name) of_kind.push_back(&a);
        std::string path = route::announcement_list(k.slug) + route::feed;
        files.push_back(
            {path, atom_feed(c, l, path,
                             c.site.title + ": " + l.at(std::string("announcements.") + k.slug),
                             of_kind)});
    }
    std::string robots = "User-agent: *\nAllow: /\n";
    if (!c.site.url.empty()) {
        std::vector<std::string> paths;
        for (const auto& p : pages)
            if (p.path != route::not_found && !p.data) paths.push_back(p.path);
        std::sort(paths.begin(), paths.end());
        std::string sitemap = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                              "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        for (const auto& p : paths)
            sitemap += "  <url><loc>" + xml_escape(c.site.url + p) + "</loc></url>\n";
        files.push_back({"sitemap.xml", sitemap + "</urlset>\n"});
        robots += "Sitemap: " + c.site.url + "sitemap.xml\n";
    }
    files.push_back({"robots.txt", robots});
    return files;
}

} // namespace prongsai
