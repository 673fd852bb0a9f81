#include "render/frame.h"

#include "render/pictures.h"
#include "render/routes.h"
#include "thai.h"

#include <tuple>

namespace prongsai {

std::string root_of(const std::string& path) {
    std::string root;
    for (char c : path)
        if (c == '/') root += "../";
    return root;
}

Data page_frame(const Content& c, const Labels& l, const std::string& path,
                const std::string& title, const std::string& nav, const std::vector<Crumb>& crumbs,
                const std::optional<std::string>& root_override) {
    Data p;
    std::string root = root_override.value_or(root_of(path));
    const Organisation& org = c.site.organisation;
    put(p, "root", root);
    put(p, "lang", c.site.language);
    put(p, "title", title);
    put(p, "site_title", c.site.title);
    put(p, "org_name", org.name);
    set_optional(p, "org_address", org.address);
    set_optional(p, "org_phone", org.phone);
    set_optional(p, "org_email", org.email);
    put(p, "org_district", org.district);
    put(p, "org_province", org.province);

    // The menu: an untitled group's links side by side, a titled group's
    // behind a disclosure (<details>), so that many entries fit a phone.
    Data nav_items = list();
    auto link = [&](const std::string& label, const std::string& href, bool current) {
        Data item;
        put(item, "is_link", Data(true));
        put(item, "href", root + href);
        put(item, "label", label);
        put(item, "current", Data(current));
        return item;
    };
    if (c.nav.empty()) // a site whose menu was not resolved: the built-in navigation
        for (const NavEntry& entry : navigation) {
            if (entry.href == std::string(route::reports) && c.reports.empty()) continue;
            append(nav_items,
                   link(l.at(std::string("nav.") + entry.key), entry.href, nav == entry.key));
        }
    for (const NavGroup& group : c.nav) {
        Data links = list();
        bool has_current = false;
        for (const NavLink& entry : group.links) {
            has_current = has_current || entry.key == nav;
            append(group.title.empty() ? nav_items : links,
                   link(entry.label, entry.href, entry.key == nav));
        }
        if (group.title.empty() || group.links.empty()) continue;
        Data item;
        put(item, "is_group", Data(true));
        put(item, "label", group.title);
        put(item, "links", std::move(links));
        put(item, "current", Data(has_current));
        append(nav_items, std::move(item));
    }
    put(p, "nav", std::move(nav_items));

    Data all = list();
    auto add = [&](const std::string& label, const std::string& href) {
        Data item;
        put(item, "label", label);
        if (!href.empty()) put(item, "href", root + href);
        append(all, std::move(item));
    };
    if (path != route::home) add(l.at("nav.home"), route::home);
    for (const auto& crumb : crumbs)
        add(crumb.label, crumb.href);
    put(p, "has_breadcrumbs", Data(path != route::home));
    put(p, "breadcrumbs", std::move(all));

    // The year switcher: frozen portals of earlier years.
    Data years = list();
    for (int y : c.archived_years) {
        Data item;
        put(item, "year", in_digits(std::to_string(y), c.site.digits));
        put(item, "href", root + route::archived_year(y) + route::home);
        append(years, std::move(item));
    }
    put(p, "archived_years", std::move(years));
    // The organisation's own look: its logo, and its colour as the custom
    // property the theme's stylesheet reads (the stylesheet itself stays).
    if (!org.logo.empty())
        put(p, "logo", picture(c, organisation_photo(org.logo), org.logo_alt, root, "4rem"));
    set_optional(p, "accent", org.accent);
    put(p, "has_archives", Data(!c.archived_years.empty()));
    // "Last updated": the date the site states, or the latest date its content
    // carries — never the build's clock, so the same content gives the same bytes.
    std::optional<Date> updated = c.site.updated ? c.site.updated : c.plan.announced;
    if (!c.site.updated) {
        for (const auto& a : c.announcements)
            if (a.date) updated = updated ? std::max(*updated, *a.date) : *a.date;
        for (const auto& doc : c.documents)
            if (doc.date) updated = updated ? std::max(*updated, *doc.date) : *doc.date;
    }
    if (updated) put(p, "updated", format_date(*updated, c.site.digits));
    put(p, "is_frozen", Data(c.frozen_year != 0));
    put(p, "frozen_year", in_digits(std::to_string(c.frozen_year), c.site.digits));
    put(p, "archive_index", root + route::archive_index);
    put(p, "oit_href", root + route::oit);
    put(p, "open_data_href", root + route::open_data);
    // Each table's data beside it, as {{data_root}}NAME.csv and .json: one
    // value rather than two a table, since every page is framed.
    put(p, "data_root", root + route::data_file(""));
    put(p, "contact_href", root + route::contact);
    return p;
}

std::string render_in_layout(const Templates& t, const std::string& name, Data data) {
    put(data, "content", t.render(name, data));
    return t.render("layout", data);
}

void render_in_layout(const Templates& t, const std::string& name, const Data& data,
                      const LazyList& lazy, const Sink& sink) {
    // The layout is rendered around a marker, then split at it. The '<' tells
    // an escaped {{content}} (its bytes would differ) from {{{content}}}.
    const std::string marker = "<\x01prongsai-content\x01>";
    Data overlay;
    put(overlay, "content", marker);
    std::string layout;
    t.render(
        "layout", data, lazy, [&](std::string_view piece) { layout += piece; }, &overlay);
    std::size_t at = layout.find(marker);
    if (at == std::string::npos || layout.find(marker, at + 1) != std::string::npos) {
        // A layout that shows the content escaped, twice or not at all: whole.
        std::string content;
        t.render(name, data, lazy, [&](std::string_view piece) { content += piece; });
        put(overlay, "content", std::move(content));
        t.render("layout", data, lazy, sink, &overlay);
        return;
    }
    sink(std::string_view(layout).substr(0, at));
    t.render(name, data, lazy, sink);
    sink(std::string_view(layout).substr(at + marker.size()));
}

} // namespace prongsai
