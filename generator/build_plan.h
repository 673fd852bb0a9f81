// build_plan: what a build will do, decided before anything is loaded,
// rendered or written: which organisations, which of them changed since the
// build that made the current output, and which is loaded first. build.cpp
// carries the plan out.
#pragma once

#include "build.h"
#include "build_cache.h"
#include "diagnostics.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

struct PlannedOrganisation {
    std::filesystem::path dir;
    std::string prefix;     // its sub-folder of the output ("" for a single organisation)
    std::string signature;  // of everything its pages depend on
    bool unchanged = false; // as the last build left it, every page still there
};

struct BuildPlan {
    std::vector<PlannedOrganisation> organisations;
    bool province = false;           // several organisations and an index of them
    BuildCache previous;             // what the last build left beside the output folder
    bool same_organisations = false; // as in that build: none added or removed
    // Loaded first, with every core for its pages: the only organisation, or
    // the only one that changed (then, in a province whose index would not
    // change, its sub-folder alone is rebuilt and swapped in).
    std::optional<std::size_t> first;
    std::size_t changed = 0; // 0: nothing to do, the site is as the last build made it
};

// nullopt when the content folder cannot be built (the errors are in `diags`).
// `program`: the program's digest; `threads` to sign the folders with.
std::optional<BuildPlan> plan_build(const BuildOptions& options, const std::string& program,
                                    unsigned threads, Diagnostics& diags);

// The keys of the pages below `prefix`.
PageKeys keys_below(const PageKeys& keys, const std::string& prefix);

// The folders of the output that hold the pages of `keys` below `prefix`,
// the first `prefix` itself: their times show a page removed or added.
std::vector<std::string> page_folders(const PageKeys& keys, const std::string& prefix);

} // namespace prongsai
