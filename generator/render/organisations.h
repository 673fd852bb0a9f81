// The index page of a province's (or the nation's) portals.
#pragma once

#include "build_cache.h"
#include "render/templates.h"

#include <string>
#include <vector>

namespace prongsai {

struct OrgLink {
    std::string prefix; // the organisation's sub-folder, "org/"
    OrgSummary summary;
};

// The organisations grouped by district, districts and names in Thai order.
std::string organisations_index(const std::vector<OrgLink>& orgs, const Templates& templates);

} // namespace prongsai
