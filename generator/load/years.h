// Loading content/years/YYYY/: the yearly cycle's reports (see years.h).
#pragma once

#include "diagnostics.h"
#include "load/toml_reader.h"
#include "model.h"

#include <filesystem>
#include <functional>
#include <optional>

namespace prongsai {

// Opens a content file (a path below the content folder) as a TOML table;
// nullopt when it cannot be read or parsed (the problem is reported).
using OpenToml = std::function<std::optional<TableReader>(const std::filesystem::path& rel,
                                                          std::optional<TomlDocument>& holder)>;

// Reads every years/YYYY/ folder of `root` into c.reports.
void load_years(const std::filesystem::path& root, const OpenToml& open, Content& c,
                Diagnostics& diags);

// The ITA weights and grade bands of each assessment year, from the TOML file
// built into the program (generator/data/ita_years.toml).
std::vector<ItaYear> builtin_ita_years(Diagnostics& diags);

// The OIT item lists of each assessment year, from the TOML files built into
// the program (generator/data/oit/YEAR.toml), oldest first.
std::vector<OitYear> builtin_oit_years(Diagnostics& diags);

// A content file's `oit` key: oit = { 2565 = ["O39"], 2568 = ["O25"] }.
OitRefs read_oit(TableReader& t);

} // namespace prongsai
