#include "archives.h"

#include "sha256.h"
#include "text.h"
#include "write.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// Every regular file below `dir`, by '/'-separated relative path.
std::vector<std::string> files_below(const fs::path& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto e = fs::recursive_directory_iterator(dir, ec);
         !ec && e != fs::recursive_directory_iterator(); e.increment(ec))
        if (std::error_code type_ec; e->is_regular_file(type_ec))
            files.push_back(e->path().lexically_relative(dir).generic_string());
    std::sort(files.begin(), files.end());
    return files;
}

// A gzip'd tar of `dir` under `prefix`/, the same bytes for the same files:
// sorted entries, fixed times and owners.
bool write_tarball(const fs::path& dir, const std::string& prefix, const fs::path& tarball) {
    std::unique_ptr<struct archive, decltype(&archive_write_free)> a(archive_write_new(),
                                                                     archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    archive_write_add_filter_gzip(a.get());
    archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr); // no time in the header
    if (archive_write_open_filename(a.get(), tarball.c_str()) != ARCHIVE_OK) return false;
    for (const auto& rel : files_below(dir)) {
        std::string bytes = read_file_bytes(dir / rel);
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            archive_entry_free);
        archive_entry_set_pathname(entry.get(), (prefix + "/" + rel).c_str());
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), 0, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), bytes.data(), bytes.size()) < 0)
            return false;
    }
    return archive_write_close(a.get()) == ARCHIVE_OK;
}

// path → bytes of every file in a .tar.gz, without its first folder.
std::optional<std::map<std::string, std::string>> read_tarball(const fs::path& tarball) {
    std::unique_ptr<struct archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                                    archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    if (archive_read_open_filename(a.get(), tarball.c_str(), 1 << 16) != ARCHIVE_OK)
        return std::nullopt;
    std::map<std::string, std::string> files;
    archive_entry* entry;
    int status;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        std::string path = archive_entry_pathname(entry);
        path = path.substr(path.find('/') + 1);
        std::string bytes;
        char buffer[1 << 16];
        la_ssize_t n;
        while ((n = archive_read_data(a.get(), buffer, sizeof buffer)) > 0)
            bytes.append(buffer, static_cast<std::size_t>(n));
        if (n < 0) return std::nullopt;
        files[path] = std::move(bytes);
    }
    if (status != ARCHIVE_EOF) return std::nullopt;
    return files;
}

} // namespace

ArchiveResult archive_year(const BuildOptions& options, int year) {
    ArchiveResult result;
    Diagnostics diags;
    fs::path archive_dir = options.content / "archive";
    fs::path folder = archive_dir / std::to_string(year);
    fs::path tarball = archive_dir / (std::to_string(year) + ".tar.gz");
    result.folder = folder.generic_string();
    result.tarball = tarball.generic_string();
    std::error_code ec;
    if (year < 2400 || year > 2700) {
        diags.error({std::to_string(year), 0, 0},
                    "not a Buddhist-Era fiscal year; write it like 2566" +
                        (year > 1900 && year < 2200 ? " (พ.ศ. " + std::to_string(year + 543) + "?)"
                                                    : std::string()));
    } else if (fs::exists(folder, ec) || fs::exists(tarball, ec)) {
        diags.error({result.folder, 0, 0}, "fiscal year " + std::to_string(year) +
                                               " is already archived; an archived year is "
                                               "never changed");
    }
    if (diags.has_errors()) {
        result.report = format_all(diags);
        return result;
    }

    // Render into a fresh folder outside the content, then move it in whole.
    // TMPDIR naming no folder: the system's own.
    fs::path temp = fs::temp_directory_path(ec);
    std::string tmpl = ((ec ? fs::path("/tmp") : temp) / "prongsai-archive-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
        diags.error({result.folder, 0, 0}, "cannot create a temporary folder");
        result.report = format_all(diags);
        return result;
    }
    fs::path work = tmpl;
    BuildOptions frozen = options;
    frozen.out = work / "site";
    frozen.frozen_year = year;
    frozen.write = true;
    BuildResult built = build_site(frozen);
    result.report = built.report;
    if (!built.ok) {
        fs::remove_all(work, ec);
        return result;
    }
    fs::remove(frozen.out / OutputWriter::marker, ec);
    std::string manifest;
    for (const auto& rel : files_below(frozen.out))
        manifest += sha256_file(frozen.out / rel).value_or("") + "  " + rel + "\n";
    std::ofstream(frozen.out / manifest_name, std::ios::binary) << manifest;

    fs::create_directories(archive_dir, ec);
    // A name of its own: a folder that merely has the name this staging
    // folder once had (YEAR.prongsai-new) is someone's, and never deleted.
    std::string staging_name =
        (archive_dir / (std::to_string(year) + ".prongsai-new-XXXXXX")).string();
    fs::path staging;
    if (mkdtemp(staging_name.data())) {
        staging = staging_name;
        fs::permissions(staging, fs::status(frozen.out, ec).permissions(), ec);
        fs::copy(frozen.out, staging, fs::copy_options::recursive, ec);
    } else {
        ec = std::error_code(errno, std::generic_category());
    }
    bool ok = !ec && write_tarball(staging, std::to_string(year), work / "site.tar.gz");
    if (ok) {
        fs::copy_file(work / "site.tar.gz", tarball, ec);
        if (!ec) fs::rename(staging, folder, ec);
        ok = !ec;
    }
    fs::remove_all(work, ec);
    if (!ok) {
        if (!staging.empty()) fs::remove_all(staging, ec);
        fs::remove(tarball, ec);
        diags.error({result.folder, 0, 0}, "cannot write the archive");
        result.report += format_all(diags);
        return result;
    }
    result.files = static_cast<int>(files_below(folder).size());
    result.ok = true;
    return result;
}

VerifyResult verify_archive(const fs::path& path) {
    VerifyResult r;
    std::error_code ec;
    std::map<std::string, std::string> tar_files;
    bool is_tarball = fs::is_regular_file(path, ec);
    if (is_tarball) {
        auto files = read_tarball(path);
        if (!files) {
            r.error = "cannot read " + path.generic_string() + " as a .tar.gz archive";
            return r;
        }
        tar_files = std::move(*files);
    } else if (!fs::is_directory(path, ec)) {
        r.error = path.generic_string() + " does not exist";
        return r;
    }
    auto bytes_of = [&](const std::string& rel) -> std::optional<std::string> {
        if (is_tarball) {
            auto it = tar_files.find(rel);
            return it == tar_files.end() ? std::nullopt : std::optional(it->second);
        }
        if (!fs::is_regular_file(path / rel, ec)) return std::nullopt;
        return read_file_bytes(path / rel);
    };
    auto manifest = bytes_of(manifest_name);
    if (!manifest) {
        r.error = path.generic_string() + " has no " + manifest_name;
        return r;
    }
    std::map<std::string, std::string> expected;
    std::istringstream lines(*manifest);
    for (std::string line; std::getline(lines, line);) {
        if (line.size() < 67 || line.substr(64, 2) != "  ") {
            r.error =
                std::string(manifest_name) + " has a line that is not \"SHA-256  path\": " + line;
            return r;
        }
        expected[line.substr(66)] = line.substr(0, 64);
    }
    r.files = static_cast<int>(expected.size());
    for (const auto& [rel, hash] : expected) {
        auto bytes = bytes_of(rel);
        if (!bytes)
            r.missing.push_back(rel);
        else if (sha256_hex(*bytes) != hash)
            r.changed.push_back(rel);
    }
    std::vector<std::string> present;
    if (is_tarball)
        for (const auto& [rel, bytes] : tar_files)
            present.push_back(rel);
    else
        present = files_below(path);
    for (const auto& rel : present)
        if (rel != manifest_name && !expected.count(rel)) r.extra.push_back(rel);
    r.ok = r.changed.empty() && r.missing.empty() && r.extra.empty();
    return r;
}

} // namespace prongsai
