#include "load/organisation.h"

#include "text.h"

#include <filesystem>
#include <map>
#include <set>

namespace prongsai {

namespace fs = std::filesystem;

namespace {

// Alt text is the one thing a photo cannot be published well without; its
// absence is a warning (the page still shows the photo) at the photo's line.
void warn_no_alt(const SourceLoc& at, const std::string& key, const std::string& example,
                 Diagnostics& diags) {
    diags.warning(at, "this photo has no words for those who cannot see it: add " + key +
                          " = \"...\" (" + example + ")");
}

} // namespace

void read_contact(TableReader& t, Organisation& org, Diagnostics& diags) {
    org.office_hours = t.text("office_hours", false).value_or("");
    if (auto url = t.text("map_url", false)) {
        // A link out, opened by the reader: the page itself loads nothing from there.
        if (is_web_address(*url, false, "._~%!$&()*+,;=:@/?#-"))
            org.map_url = *url;
        else
            diags.error(t.loc("map_url"),
                        "'map_url' must be a map service's https address, like map_url = "
                        "\"https://www.openstreetmap.org/#map=17/6.25/102.05\"");
    }
    org.map_image_loc = t.loc("map_image");
    org.map_image = t.text("map_image", false).value_or("");
    org.map_alt = t.text("map_alt", false).value_or("");
    if (!org.map_image.empty() && org.map_alt.empty())
        diags.error(org.map_image_loc, "a map image needs words for those who cannot see it: add "
                                       "map_alt = \"...\" (what the map shows: the office, the "
                                       "roads around it)");
}

std::vector<MenuGroup> read_menu(TableReader& t) {
    std::vector<MenuGroup> groups;
    for (auto& g : t.tables("groups", true)) {
        MenuGroup group;
        group.loc = g.loc("title");
        group.title = g.text("title", false).value_or("");
        for (auto& [target, at] : g.texts_at("entries", false))
            group.entries.push_back({target, at});
        g.finish();
        groups.push_back(std::move(group));
    }
    return groups;
}

People read_people(TableReader& t, Diagnostics& diags) {
    People out;
    out.present = true;
    out.note = t.text("note", false).value_or("");
    std::map<std::string, const Unit*> ids;
    for (auto& u : t.tables("units", false)) {
        Unit unit;
        unit.loc = u.loc("id");
        unit.id = u.text("id", true).value_or("");
        unit.name = u.text("name", true).value_or("");
        unit.parent_loc = u.loc("parent");
        unit.parent = u.text("parent", false).value_or("");
        u.finish();
        out.units.push_back(std::move(unit));
    }
    for (const auto& unit : out.units)
        if (!unit.id.empty() && !ids.emplace(unit.id, &unit).second)
            diags.error(unit.loc,
                        "the unit id \"" + unit.id + "\" is used twice; give each unit its own id");
    for (const auto& unit : out.units) {
        if (unit.parent.empty()) continue;
        if (!ids.count(unit.parent)) {
            diags.error(unit.parent_loc, "there is no unit with id \"" + unit.parent +
                                             "\"; write the id of a [[units]] entry");
            continue;
        }
        // A unit below itself would make the structure endless.
        std::set<std::string> seen = {unit.id};
        for (const Unit* up = ids.at(unit.parent); up;) {
            if (up->id == unit.id) {
                diags.error(unit.parent_loc, "unit \"" + unit.id +
                                                 "\" ends up below itself through 'parent'; "
                                                 "a unit's parent must be above it");
                break;
            }
            if (!seen.insert(up->id).second) break; // a loop above it, reported at its units
            auto next = ids.find(up->parent);
            up = next == ids.end() ? nullptr : next->second;
        }
    }
    for (auto& r : t.tables("people", false)) {
        Person p;
        p.loc = r.loc("position");
        p.name = r.text("name", false).value_or("");
        p.position = r.text("position", true).value_or("");
        p.unit_loc = r.loc("unit");
        p.unit = r.text("unit", false).value_or("");
        p.executive = r.boolean("executive", false).value_or(false);
        p.vacant = r.boolean("vacant", false).value_or(false);
        p.phone = r.text("phone", false).value_or("");
        p.email = r.text("email", false).value_or("");
        p.photo_loc = r.loc("photo");
        p.photo = r.text("photo", false).value_or("");
        p.photo_alt = r.text("photo_alt", false).value_or("");
        SourceLoc name_loc = r.loc("name");
        r.finish();
        if (!p.photo.empty() && p.photo_alt.empty())
            warn_no_alt(p.photo_loc, "photo_alt",
                        "who is shown, e.g. \"" + (p.name.empty() ? p.position : p.name) + "\"",
                        diags);
        if (p.vacant && !p.name.empty())
            diags.error(name_loc, "a vacant position has no holder: remove 'name' or 'vacant'");
        else if (!p.vacant && p.name.empty())
            diags.error(p.loc, "write who holds this position, name = \"...\", or vacant = true "
                               "when nobody does (the page says ตำแหน่งว่าง)");
        if (!p.unit.empty() && !ids.count(p.unit))
            diags.error(p.unit_loc, "there is no unit with id \"" + p.unit +
                                        "\"; write the id of a [[units]] entry");
        if (!p.executive && p.unit.empty())
            diags.error(p.loc, "say where this position belongs: unit = \"...\" (a unit's id), "
                               "or executive = true for the executives");
        out.people.push_back(std::move(p));
    }
    return out;
}

std::vector<GalleryPhoto> read_gallery(TableReader& t, Diagnostics& diags) {
    std::vector<GalleryPhoto> out;
    for (auto& r : t.tables("photos", false)) {
        GalleryPhoto photo;
        photo.loc = r.loc("file");
        photo.file = r.text("file", true).value_or("");
        photo.alt = r.text("alt", false).value_or("");
        photo.caption = r.text("caption", false).value_or("");
        r.finish();
        if (photo.file.empty()) continue;
        fs::path file(photo.file);
        bool inside = file.is_relative() && !file.empty();
        for (const auto& part : file)
            inside = inside && part != "..";
        if (!inside) {
            diags.error(photo.loc, "a photo is a file inside the content folder, written from "
                                   "it, like file = \"photos/2565/activity-1.jpg\"");
            continue;
        }
        if (photo.alt.empty())
            warn_no_alt(photo.loc, "alt", "what it shows, e.g. \"ประชาชนร่วมเก็บขยะริมแม่น้ำ\"", diags);
        out.push_back(std::move(photo));
    }
    return out;
}

} // namespace prongsai
