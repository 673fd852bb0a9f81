// Frozen yearly portals: `prongsai archive YEAR` and `prongsai verify PATH`.
#pragma once

#include "build.h"

#include <filesystem>
#include <string>
#include <vector>

namespace prongsai {

struct ArchiveResult {
    bool ok = false;
    int files = 0;
    std::string folder, tarball; // what was written
    std::string report;          // diagnostics, formatted
};

// Renders the portal as it is now, marked as fiscal year `year`, into
// CONTENT/archive/YEAR/ with a MANIFEST.sha256, and CONTENT/archive/YEAR.tar.gz.
// An archived year is never overwritten.
ArchiveResult archive_year(const BuildOptions& options, int year);

struct VerifyResult {
    bool ok = false;
    int files = 0; // files the manifest lists
    std::vector<std::string> changed, missing, extra;
    std::string error; // the archive or its manifest could not be read
};

// Checks an archive folder, or its .tar.gz, against its MANIFEST.sha256.
VerifyResult verify_archive(const std::filesystem::path& path);

inline constexpr const char* manifest_name = "MANIFEST.sha256";

} // namespace prongsai
