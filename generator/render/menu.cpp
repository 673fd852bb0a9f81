#include "render/menu.h"

#include "render/routes.h"

#include <algorithm>
#include <map>
#include <set>

namespace prongsai {

std::vector<std::string> enclosing_sections(std::string section) {
    std::vector<std::string> out = {section};
    while (!section.empty()) {
        auto slash = section.rfind('/');
        section = slash == std::string::npos ? "" : section.substr(0, slash);
        out.push_back(section);
    }
    return out;
}

namespace {

std::string page_key(const std::string& slug) {
    return "page:" + slug;
}

// Every folder below pages/ with a page in it or below it, "" for pages/ itself.
std::set<std::string> sections_of(const Content& c) {
    std::set<std::string> out;
    for (const auto& p : c.pages)
        for (const auto& s : enclosing_sections(p.section))
            out.insert(s);
    return out;
}

const char* builtin_href(const std::string& key) {
    for (const NavEntry& e : navigation)
        if (key == e.key) return e.href;
    for (const NavEntry& e : organisation_navigation)
        if (key == e.key) return e.href;
    return nullptr;
}

std::string builtin_keys() {
    std::string keys;
    auto add = [&](const NavEntry& e) { keys += (keys.empty() ? "" : ", ") + std::string(e.key); };
    std::for_each(std::begin(navigation), std::end(navigation), add);
    std::for_each(std::begin(organisation_navigation), std::end(organisation_navigation), add);
    return keys;
}

// The pages of the plan: none when the content has no plan/ folder.
bool plan_key(const std::string& key) {
    return key == "plan" || key == "budget" || key == "projects";
}

std::string why_missing(const std::string& key) {
    if (key == "reports") return "no yearly report in years/";
    if (plan_key(key)) return "no plan/ folder";
    return "nothing in organisation/people.toml";
}

struct Resolver {
    const Content& c;
    const Labels& l;
    Diagnostics& diags;
    std::map<std::string, const ContentPage*> by_slug = {};
    std::set<std::string> sections = {};

    NavLink builtin(const std::string& key) const {
        return {key, l.at("nav." + key), builtin_href(key)};
    }
    NavLink page(const ContentPage& p) const {
        return {page_key(p.slug), p.menu_title.empty() ? p.title : p.menu_title,
                route::page(p.slug)};
    }
    NavLink section(const std::string& s) const {
        auto it = by_slug.find(section_slug(s));
        if (it != by_slug.end()) return page(*it->second);
        return {page_key(section_slug(s)), section_title(c, s, l), route::page(section_slug(s))};
    }

    // menu.toml's entry → a link; nothing (and an error or warning) when it names nothing.
    std::optional<NavLink> entry(const MenuEntry& e) const {
        if (builtin_href(e.target)) {
            if (builtin_page_exists(c, e.target)) return builtin(e.target);
            // people.toml's own error says why its pages are missing.
            if (c.people.unreadable && !plan_key(e.target) && e.target != "reports")
                return std::nullopt;
            diags.warning(e.loc, "the menu names \"" + e.target +
                                     "\", a page this site does not have yet (" +
                                     why_missing(e.target) + "); it is left out of the menu");
            return std::nullopt;
        }
        if (e.target.starts_with("pages/")) {
            std::string rest = e.target.substr(6);
            if (rest.empty() || rest.ends_with("/")) {
                std::string s = rest.empty() ? "" : rest.substr(0, rest.size() - 1);
                if (sections.count(s)) return section(s);
            } else if (rest.ends_with(".md")) {
                std::string slug = rest.substr(0, rest.size() - 3);
                auto it = by_slug.find(slug);
                if (it != by_slug.end()) return page(*it->second);
                // Its own error is reported at it.
                if (std::count(c.unreadable_pages.begin(), c.unreadable_pages.end(), slug))
                    return std::nullopt;
            }
        }
        diags.error(e.loc, "the menu entry \"" + e.target +
                               "\" names no page: write a built-in page (" + builtin_keys() +
                               "), a content page as \"pages/about.md\" or a section (a folder of "
                               "pages) as \"pages/integrity/\"");
        return std::nullopt;
    }
};

} // namespace

std::string section_slug(const std::string& section) {
    return section.empty() ? "index" : section + "/index";
}

bool builtin_page_exists(const Content& c, const std::string& key) {
    if (plan_key(key)) return c.has_plan;
    if (key == "reports") return !c.reports.empty();
    if (key == "executives")
        return std::any_of(c.people.people.begin(), c.people.people.end(),
                           [](const Person& p) { return p.executive; });
    if (key == "structure") return !c.people.units.empty();
    return builtin_href(key) != nullptr;
}

std::string section_title(const Content& c, const std::string& section, const Labels& l) {
    for (const auto& p : c.pages)
        if (p.slug == section_slug(section)) return p.title;
    if (section.empty()) return l.at("nav.pages");
    return section.substr(section.rfind('/') + 1);
}

std::vector<NavGroup> resolve_menu(const Content& c, const Labels& l, Diagnostics& diags) {
    // Its syntax error is the one message: a page naming one of its groups
    // is not wrong because the file could not be read.
    if (c.menu_unreadable) return {};
    Resolver r{c, l, diags};
    for (const auto& p : c.pages)
        r.by_slug[p.slug] = &p;
    r.sections = sections_of(c);
    std::vector<NavGroup> groups;
    std::map<std::string, std::size_t> titled; // group title → its index
    if (c.has_menu_file) {
        for (const auto& g : c.menu) {
            NavGroup group{g.title, {}};
            for (const auto& e : g.entries)
                if (auto link = r.entry(e)) group.links.push_back(std::move(*link));
            if (!g.title.empty() && !titled.emplace(g.title, groups.size()).second)
                diags.error(g.loc, "there are two groups titled \"" + g.title +
                                       "\"; give each group its own title");
            groups.push_back(std::move(group));
        }
    } else {
        NavGroup main;
        for (const NavEntry& e : navigation)
            if (builtin_page_exists(c, e.key)) main.links.push_back(r.builtin(e.key));
        groups.push_back(std::move(main));
    }
    // Pages that name their group, in the order of menu_order, then of their path.
    std::vector<const ContentPage*> placed;
    for (const auto& p : c.pages)
        if (!p.menu.empty()) placed.push_back(&p);
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto* a, const auto* b) { return a->menu_order < b->menu_order; });
    for (const ContentPage* p : placed) {
        auto it = titled.find(p->menu);
        if (it == titled.end()) {
            if (c.has_menu_file) {
                diags.error(p->menu_loc, "menu.toml has no group titled \"" + p->menu +
                                             "\"; write the title of one of its [[groups]], or "
                                             "add that group");
                continue;
            }
            it = titled.emplace(p->menu, groups.size()).first;
            groups.push_back({p->menu, {}});
        }
        auto& links = groups[it->second].links;
        NavLink link = r.page(*p);
        if (std::none_of(links.begin(), links.end(),
                         [&](const NavLink& x) { return x.key == link.key; }))
            links.push_back(std::move(link));
    }
    if (!c.has_menu_file) {
        NavGroup org{l.at("nav.organisation"), {}};
        for (const NavEntry& e : organisation_navigation)
            if (c.people.present && builtin_page_exists(c, e.key))
                org.links.push_back(r.builtin(e.key));
        if (!org.links.empty()) groups.push_back(std::move(org));
    }
    // Every page is reached from the menu, itself or through a section the menu has.
    for (const auto& p : c.pages) {
        if (current_key(groups, p).empty())
            diags.warning(p.loc,
                          "no menu leads to this page: add menu = \"...\" (a group's title) to "
                          "its front matter, or list it or its folder in menu.toml (\"pages/" +
                              p.slug + ".md\")");
    }
    return groups;
}

std::string current_key(const std::vector<NavGroup>& nav, const ContentPage& page) {
    std::set<std::string> keys;
    for (const auto& g : nav)
        for (const auto& link : g.links)
            keys.insert(link.key);
    if (keys.count(page_key(page.slug))) return page_key(page.slug);
    for (const auto& s : enclosing_sections(page.section))
        if (keys.count(page_key(section_slug(s)))) return page_key(section_slug(s));
    return "";
}

} // namespace prongsai
