// build_cache: what the last successful build into an output folder read and
// made, kept beside it (never inside: the cache is not published), so that the
// next build skips whatever did not change.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// A signature of every file below `dir`: its path, size, inode and times. A
// file's ctime changes with every write to it (and cannot be set back), so an
// edited file always changes the signature, and no byte has to be read. A
// missing folder signs as empty.
std::string folder_signature(const std::filesystem::path& dir);

// A signature of the folders `dirs` below `root` (their inodes and times): a
// file added to a folder, or removed from it, changes the folder's times.
std::string folders_signature(const std::filesystem::path& root,
                              const std::vector<std::string>& dirs);

// A signature of a file's identity and times, not its bytes.
std::string file_signature(const std::filesystem::path& file);

// What the index of a province's organisations shows of each.
struct OrgSummary {
    std::string name, type, province, district;
    std::optional<std::size_t> projects; // none: the organisation has no plan
    std::string oit;                     // its OIT coverage by year, as oit_coverage_code writes it
    bool operator==(const OrgSummary&) const = default;
};

struct OrgRecord {
    std::string signature; // of everything its pages depend on
    std::string output;    // of the output folders holding its pages, as written
    OrgSummary summary;
    int pages = 0;
    std::vector<Diagnostic> warnings;
};

// By the organisation's sub-folder of the output ("" for a single organisation).
using BuildRecord = std::map<std::string, OrgRecord>;

// Output path → the key its page was rendered with.
using PageKeys = std::map<std::string, std::string>;

// The incremental build's memory of one output folder: what each organisation
// read and made, and each page's key. The one owner of both files.
struct BuildCache {
    std::optional<BuildRecord> organisations; // nullopt: none, or damaged
    PageKeys pages;                           // empty when the folder has no site of ours
};

BuildCache read_build_cache(const std::filesystem::path& out);
// Before the output folder is swapped: if the swap fails half-way, the next
// build renders everything rather than trust a cache that may not match.
void forget_build_cache(const std::filesystem::path& out);
// After the swap: the cache of the site now in `out`.
void write_build_cache(const std::filesystem::path& out, const BuildCache& cache);

} // namespace prongsai
