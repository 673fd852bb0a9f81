// load: the organisation's own keys — its contact details (site.toml),
// its menu (menu.toml), its people and units (organisation/people.toml).
#pragma once

#include "diagnostics.h"
#include "load/toml_reader.h"
#include "model.h"

#include <string>
#include <vector>

namespace prongsai {

// office_hours, map_url, map_image and map_alt of site.toml's [organisation].
void read_contact(TableReader& t, Organisation& org, Diagnostics& diags);

// The [[groups]] of menu.toml.
std::vector<MenuGroup> read_menu(TableReader& t);

// The [[units]] and [[people]] of organisation/people.toml, with the checks
// that need only the file: ids once each, parents and units that exist, no
// unit its own ancestor, a name or "vacant" for each person.
People read_people(TableReader& t, Diagnostics& diags);

// A page's `oit` key: the ITA's OIT items it serves, "O1" to "O99".

// A page's [[photos]]: each a file in the content folder and the words for it.
std::vector<GalleryPhoto> read_gallery(TableReader& t, Diagnostics& diags);

} // namespace prongsai
