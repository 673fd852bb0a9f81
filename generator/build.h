// The pipeline: load → check → derive → render → write.
#pragma once

#include <filesystem>
#include <string>

namespace prongsai {

struct BuildOptions {
    std::filesystem::path content = "content";
    std::filesystem::path out = "site";
    bool write = true;                 // false for `prongsai check`
    std::filesystem::path program_dir; // where the program is, to find themes
    unsigned threads = 0;              // 0: one per core
    bool incremental = true;           // reuse pages whose inputs did not change
    int frozen_year = 0;               // `prongsai archive`: render as that year's frozen portal
    int oit_year = 0;                  // `prongsai check --oit YEAR`: report that year's index
};

struct BuildResult {
    bool ok = false;
    int pages = 0;
    int rendered = 0; // pages rendered anew; the rest were reused unchanged
    int errors = 0;
    int warnings = 0;
    double seconds = 0;
    std::string report; // the diagnostics, formatted
    // The OIT coverage of each organisation ("OIT 2565: 9 of 43 …"), one line
    // each; with BuildOptions::oit_year, the full report of that year.
    std::string oit;
};

BuildResult build_site(const BuildOptions& options);

} // namespace prongsai
