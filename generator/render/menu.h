// The menu: menu.toml's groups (or the default one) resolved against the
// pages a build produces, and every content page reachable from it.
#pragma once

#include "diagnostics.h"
#include "model.h"
#include "render/templates.h"

#include <string>
#include <vector>

namespace prongsai {

// Whether a built-in page is produced for `c`: the yearly reports once there
// is one, the executives and the structure once organisation/people.toml
// gives them.
bool builtin_page_exists(const Content& c, const std::string& key);

// The title of a content page's section (the folder `section` below pages/):
// its index.md's title, the theme's "nav.pages" for pages/ itself, else the
// folder's name.
std::string section_title(const Content& c, const std::string& section, const Labels& l);

// The menu pages show. With menu.toml: its groups, each entry a built-in
// page's key, a page ("pages/about.md") or a section ("pages/integrity/"),
// then the pages whose front matter names the group (menu = "..."). Without:
// the built-in navigation, then a group for each `menu` pages name, then the
// organisation's people pages. An entry that names nothing is an error at it;
// a page reachable neither from the menu nor through a section in it is a
// warning at the page.
std::vector<NavGroup> resolve_menu(const Content& c, const Labels& l, Diagnostics& diags);

// The key of the menu entry a page marks current: its own, else its nearest
// section's that the menu has ("" when none).
std::string current_key(const std::vector<NavGroup>& nav, const ContentPage& page);

// The slug of the section page of folder `section` ("" for pages/).
std::string section_slug(const std::string& section);

// Folder `section` and each folder it is in, nearest first, ending with ""
// (pages/ itself).
std::vector<std::string> enclosing_sections(std::string section);

} // namespace prongsai
