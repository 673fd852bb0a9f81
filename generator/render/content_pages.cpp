#include "render/content_pages.h"

#include "digest.h"
#include "render/charts.h"
#include "render/frame.h"
#include "render/markdown.h"
#include "render/menu.h"
#include "render/pictures.h"
#include "render/publication_pages.h"
#include "render/routes.h"
#include "thai.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace prongsai {

namespace {

struct OwnPages {
    const Content& c;
    const Labels& l;
    std::map<std::string, const ContentPage*> by_slug = {};

    std::string date(const Date& dt) const { return format_date(dt, c.site.digits); }

    // The folders a page is in, outermost first, each a link to its page.
    std::vector<Crumb> crumbs(const std::string& section) const {
        std::vector<Crumb> out;
        for (const auto& s : enclosing_sections(section))
            out.insert(out.begin(), {section_title(c, s, l), route::section(s)});
        return out;
    }

    // Title, dates and OIT items of a page, as its own page and its section's list show them.
    Data facts(const ContentPage& p, const std::string& root) const {
        Data item;
        put(item, "title", p.title);
        put(item, "href", root + route::page(p.slug));
        if (p.date) put(item, "date", date(*p.date));
        if (p.as_of) put(item, "as_of", date(*p.as_of));
        // By assessment year, each linking to that year's index.
        Data oit = list();
        for (auto ref = p.oit.begin(); ref != p.oit.end();) {
            Data year;
            put(year, "year", in_digits(std::to_string(ref->year), c.site.digits));
            put(year, "href", root + route::oit_year(ref->year) + route::home);
            Data codes = list();
            for (int y = ref->year; ref != p.oit.end() && ref->year == y; ++ref)
                append(codes, Data(ref->code));
            put(year, "codes", std::move(codes));
            append(oit, std::move(year));
        }
        put(item, "has_oit", Data(!p.oit.empty()));
        put(item, "oit", std::move(oit));
        return item;
    }

    std::string page(const Templates& t, const ContentPage& p) const {
        std::string path = route::page(p.slug);
        std::string root = root_of(path);
        std::vector<Crumb> trail = crumbs(p.section);
        trail.push_back({p.title, ""});
        Data data = page_frame(c, l, path, p.title, current_key(c.nav, p), trail);
        put(data, "page", facts(p, root));
        put(data, "body", markdown_to_html(c.body(p), c.site.allow_raw_html));
        Data docs = list();
        for (const auto& file : p.attachments)
            for (const auto& doc : c.documents)
                if (doc.file == file) append(docs, document_data(doc, root, c.site.digits, l));
        put(data, "has_documents", Data(!p.attachments.empty()));
        put(data, "documents", std::move(docs));
        put(data, "gallery", gallery(c, p.photos, root));
        return render_in_layout(t, "content_page", std::move(data));
    }

    // A folder's page: its index.md (when there is one), its pages and its folders.
    std::string section(const Templates& t, const std::string& s,
                        const std::set<std::string>& sections) const {
        std::string path = route::section(s);
        std::string root = root_of(path);
        std::vector<Crumb> trail = crumbs(s);
        trail.back().href.clear();
        auto own = by_slug.find(section_slug(s));
        ContentPage placeholder;
        placeholder.slug = section_slug(s);
        placeholder.section = s;
        const ContentPage& index = own == by_slug.end() ? placeholder : *own->second;
        std::string title = section_title(c, s, l);
        Data data = page_frame(c, l, path, title, current_key(c.nav, index), trail);
        Data facts_of = facts(index, root);
        put(facts_of, "title", title);
        put(data, "page", std::move(facts_of));
        put(data, "body", markdown_to_html(c.body(index), c.site.allow_raw_html));
        std::vector<const ContentPage*> here;
        for (const auto& p : c.pages)
            if (p.section == s && !p.is_section) here.push_back(&p);
        std::stable_sort(here.begin(), here.end(), [](const auto* a, const auto* b) {
            return a->menu_order < b->menu_order;
        });
        Data items = list();
        for (const auto* p : here)
            append(items, facts(*p, root));
        for (const auto& sub : sections) {
            auto slash = sub.rfind('/');
            std::string parent = slash == std::string::npos ? "" : sub.substr(0, slash);
            if (sub.empty() || parent != s) continue;
            Data item;
            put(item, "title", section_title(c, sub, l));
            put(item, "href", root + route::section(sub));
            put(item, "is_section", Data(true));
            append(items, std::move(item));
        }
        put(data, "has_items", Data(!items.list_value().empty()));
        put(data, "items", std::move(items));
        return render_in_layout(t, "section", std::move(data));
    }

    Data person(const Person& p, const std::string& root = "") const {
        Data item;
        put(item, "photo",
            picture(c, organisation_photo(p.photo), p.photo_alt, root,
                    "(min-width: 48em) 14rem, 90vw"));
        put(item, "position", p.position);
        if (p.vacant)
            put(item, "vacant", l.at("people.vacant"));
        else
            put(item, "name", p.name);
        set_optional(item, "phone", p.phone);
        set_optional(item, "email", p.email);
        return item;
    }

    std::string executives(const Templates& t) const {
        std::string path = route::executives;
        Data data = page_frame(c, l, path, l.at("nav.executives"), "executives",
                               {{l.at("nav.executives"), ""}});
        Data people = list();
        for (const auto& p : c.people.people)
            if (p.executive) append(people, person(p, root_of(path)));
        put(data, "people", std::move(people));
        return render_in_layout(t, "executives", std::move(data));
    }

    // The units as a tree: a nested list (each <li> opened, its units' <ul>
    // inside, closed after its last one) and the same tree as a chart.
    std::string structure(const Templates& t) const {
        std::string path = route::structure;
        Data data = page_frame(c, l, path, l.at("nav.structure"), "structure",
                               {{l.at("nav.structure"), ""}});
        const auto& units = c.people.units;
        std::map<std::string, std::vector<const Unit*>> below;
        for (const auto& u : units)
            below[u.parent].push_back(&u);
        std::vector<ChartBox> boxes = {{{c.site.organisation.name}, -1}};
        // In the order of the tree; `closes`: the lists that end after the unit.
        struct Row {
            const Unit* unit;
            bool has_units;
            int closes;
        };
        std::vector<Row> rows;
        auto visit = [&](auto& self, const Unit& u, int parent_box) -> void {
            ChartBox box{{u.name}, parent_box};
            for (const auto& p : c.people.people)
                if (p.unit == u.id)
                    box.lines.push_back(p.position + " " +
                                        (p.vacant ? l.at("people.vacant") : p.name));
            int index = static_cast<int>(boxes.size());
            boxes.push_back(std::move(box));
            auto it = below.find(u.id);
            rows.push_back({&u, it != below.end(), 0});
            if (it == below.end()) return;
            for (const Unit* child : it->second)
                self(self, *child, index);
            ++rows.back().closes;
        };
        if (auto top = below.find(""); top != below.end())
            for (const Unit* u : top->second)
                visit(visit, *u, 0);
        Data tree = list();
        for (const Row& r : rows) {
            Data item;
            put(item, "name", r.unit->name);
            Data people = list();
            for (const auto& p : c.people.people)
                if (p.unit == r.unit->id) append(people, person(p));
            put(item, "has_people", Data(!people.list_value().empty()));
            put(item, "people", std::move(people));
            put(item, "has_units", Data(r.has_units));
            Data closes = list();
            for (int k = 0; k < r.closes; ++k)
                append(closes, Data(true));
            put(item, "closes", std::move(closes));
            append(tree, std::move(item));
        }
        put(data, "units", std::move(tree));
        set_optional(data, "note", c.people.note);
        put(data, "chart", structure_svg("chart-structure", l.at("nav.structure"), boxes));
        return render_in_layout(t, "structure", std::move(data));
    }

    std::string contact(const Templates& t) const {
        std::string path = route::contact;
        Data data =
            page_frame(c, l, path, l.at("nav.contact"), "contact", {{l.at("nav.contact"), ""}});
        const Organisation& o = c.site.organisation;
        set_optional(data, "office_hours", o.office_hours);
        set_optional(data, "map_url", o.map_url);
        put(data, "map",
            picture(c, organisation_photo(o.map_image), o.map_alt, root_of(path),
                    "(min-width: 48em) 40rem, 100vw"));
        return render_in_layout(t, "contact", std::move(data));
    }
};

} // namespace

void add_content_pages(const Content& c, const Labels& l, std::vector<PageSpec>& pages) {
    auto own = std::make_shared<OwnPages>(OwnPages{c, l});
    std::set<std::string> sections;
    for (const auto& p : c.pages) {
        own->by_slug[p.slug] = &p;
        for (const auto& s : enclosing_sections(p.section))
            sections.insert(s);
    }
    for (const auto& p : c.pages)
        if (!p.is_section)
            pages.push_back({route::page(p.slug),
                             [own, &p](const Templates& t) { return own->page(t, p); },
                             c.body_digest(p)});
    for (const auto& s : sections) {
        auto index = own->by_slug.find(section_slug(s));
        pages.push_back(
            {route::section(s),
             [own, s, sections](const Templates& t) { return own->section(t, s, sections); },
             index == own->by_slug.end() ? "" : c.body_digest(*index->second)});
    }
    if (builtin_page_exists(c, "executives"))
        pages.push_back(
            {route::executives, [own](const Templates& t) { return own->executives(t); }});
    if (builtin_page_exists(c, "structure"))
        pages.push_back(
            {route::structure, [own](const Templates& t) { return own->structure(t); }});
    pages.push_back({route::contact, [own](const Templates& t) { return own->contact(t); }});
}

} // namespace prongsai
