// The words a theme puts on pages (its strings.toml), by dotted key: "nav.home",
// "reports.status.done". Apart from the templates so that code which only
// words things (the yearly reports' tables) need not include the renderer.
#pragma once

#include <map>
#include <string>

namespace prongsai {

using Labels = std::map<std::string, std::string>;

} // namespace prongsai
