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
    std::string manifest_digest; // SHA-256 of the new MANIFEST.sha256, to be published
    std::string report;          // diagnostics, formatted
};

// Renders the portal as it is now, marked as fiscal year `year`, into
// CONTENT/archive/YEAR/ with a MANIFEST.sha256 (and a PREVIOUS.sha256 holding
// the SHA-256 of the year archived before it), and CONTENT/archive/YEAR.tar.gz.
// An archived year is never overwritten, and years are archived in order.
ArchiveResult archive_year(const BuildOptions& options, int year);

// One archived year of an archive folder, as the chain of years sees it.
struct ChainLink {
    int year = 0;
    std::string digest; // SHA-256 of its MANIFEST.sha256; empty when it cannot be read
    bool ok = false;    // it records the year before it as that year is now
    std::string note;   // what was found, for people
};

struct VerifyResult {
    bool ok = false; // files, published digest and chain all hold
    int files = 0;   // files the manifest lists
    std::vector<std::string> changed, missing, extra;
    std::string error; // the archive or its manifest could not be read (formatted diagnostics)

    std::string digest;    // SHA-256 of the archive's MANIFEST.sha256
    std::string published; // the digest given with --digest, if any
    bool digest_ok = true; // the manifest is the published one (or none was given)

    std::string archive_folder;   // where the other archived years were looked for
    std::vector<ChainLink> chain; // every archived year there, oldest first
    bool chain_ok = true;         // every year records the one before it as it is now
    std::string chain_note;       // why the chain was not walked, or what it cannot show
};

// Checks an archive folder, or its .tar.gz, against its MANIFEST.sha256; then
// the manifest against `published` (a SHA-256 published elsewhere, may be
// empty), and the chain of the archived years beside it.
VerifyResult verify_archive(const std::filesystem::path& path, const std::string& published = {});

inline constexpr const char* manifest_name = "MANIFEST.sha256";
inline constexpr const char* previous_name = "PREVIOUS.sha256";

} // namespace prongsai
