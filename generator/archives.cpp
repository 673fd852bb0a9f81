#include "archives.h"

#include "sha256.h"
#include "text.h"
#include "write/write.h"

#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sys/file.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// A run of `prongsai archive` works in a folder of this name beside the
// content folder, never inside it: a run that is killed must not leave
// anything that `git add content/archive` would take in.
constexpr const char* staging_prefix = ".prongsai-archive-";
// Only a folder holding this file is ever removed as a leftover; a running
// archive holds a lock on it, released by the system however the run ends.
constexpr const char* staging_marker = ".prongsai-archive";

// A manifest lists a portal's files a line each: 100,000 pages make a few MB.
// A "manifest" far beyond that is not one, and is not read into memory.
constexpr std::size_t manifest_limit = std::size_t{64} << 20;
constexpr std::size_t block_size = std::size_t{1} << 16;

const std::string changed_after =
    "prongsai never makes such an archive, so it was changed after it was made; check the copy "
    "the office keeps, or download the published one, instead";

bool is_year(std::string_view s) {
    return s.size() == 4 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The year an archive's folder or tarball is named after ("2566", "2566.tar.gz"), or 0.
int year_named(const fs::path& path) {
    std::string name = path.filename().string();
    if (name.ends_with(".tar.gz")) name.resize(name.size() - 7);
    return is_year(name) ? std::stoi(name) : 0;
}

bool is_hex_digest(std::string_view s) {
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string shown(const fs::path& p) {
    return p.generic_string();
}

// Never echo bytes that are not text to the terminal.
std::string printable(std::string text) {
    for (std::size_t bad; (bad = invalid_utf8_offset(text)) != std::string::npos;)
        text[bad] = '?';
    for (char& c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') c = '?';
    return text;
}

std::string error_text(const std::string& file, const std::string& message, int line = 0,
                       int column = 0, const std::string& line_text = {}) {
    return format(Diagnostic{Severity::error, {file, line, column}, message, printable(line_text)});
}

// What makes `rel`, a '/'-separated path inside an archive, able to reach
// outside it or to name one file in two ways; empty for a plain path.
std::string path_problem(std::string_view rel) {
    if (rel.empty()) return "no name";
    if (rel.find('\0') != std::string_view::npos) return "a NUL character in it";
    if (rel.find('\\') != std::string_view::npos) return "a backslash (\\) in it";
    if (rel.front() == '/') return "a path from the top of the disk (it starts with /)";
    for (std::size_t start = 0;;) {
        std::size_t end = rel.find('/', start);
        std::string_view part = rel.substr(start, end - start);
        if (part == "..") return "\"..\" in it, which leads out of the archive";
        if (part.empty() || part == ".") return "an empty or \".\" step in it (// or /./)";
        if (end == std::string_view::npos) return {};
        start = end + 1;
    }
}

// The regular files below a folder, and whatever else is there.
struct Listing {
    std::vector<std::string> files;  // '/'-separated relative paths, sorted
    std::vector<std::string> others; // links, devices, …: never part of an archive
    fs::path unreadable;             // the first folder that could not be read
};

Listing list_folder(const fs::path& dir) {
    Listing l;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, ec), end;
    if (ec) l.unreadable = dir;
    while (!ec && it != end) {
        fs::path at = it->path();
        fs::file_status st = it->symlink_status(ec);
        std::string rel = at.lexically_relative(dir).generic_string();
        if (fs::is_regular_file(st))
            l.files.push_back(rel);
        else if (!fs::is_directory(st))
            l.others.push_back(rel);
        it.increment(ec);
        // Going into a folder is what fails when it may not be read.
        if (ec) l.unreadable = fs::is_directory(st) ? at : at.parent_path();
    }
    std::sort(l.files.begin(), l.files.end());
    std::sort(l.others.begin(), l.others.end());
    return l;
}

// A small file (a manifest) as it is: never through a link, never a huge one.
std::optional<std::string> read_small(const fs::path& file) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::symlink_status(file, ec))) return std::nullopt;
    if (fs::file_size(file, ec) > manifest_limit || ec) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes(fs::file_size(file, ec), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in) return std::nullopt;
    return bytes;
}

// Each file of a .tar.gz hashed as it is read, a block at a time: a small
// tarball may unpack to gigabytes.
struct TarballListing {
    std::string top;                           // the year's folder everything is in
    std::map<std::string, std::string> hashes; // path below `top` → SHA-256
    std::map<std::string, std::string> kept;   // the manifest and PREVIOUS.sha256: their bytes
    std::string error;                         // formatted
};

const char* kind_of(mode_t type) {
    switch (type) {
    case AE_IFLNK:
        return "a link";
    case AE_IFCHR:
    case AE_IFBLK:
        return "a device";
    case AE_IFIFO:
        return "a pipe";
    case AE_IFSOCK:
        return "a socket";
    default:
        return "something other than a file";
    }
}

TarballListing read_tarball(const fs::path& tarball) {
    TarballListing t;
    const std::string where = shown(tarball);
    const int named = year_named(tarball);
    std::unique_ptr<struct archive, decltype(&archive_read_free)> a(archive_read_new(),
                                                                    archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    auto unreadable = [&] {
        const char* why = archive_error_string(a.get());
        t.error = error_text(where, std::string("this file cannot be read as a .tar.gz archive") +
                                        (why ? " (" + printable(why) + ")" : std::string()) +
                                        "; it may be damaged or cut short: copy or download it "
                                        "again");
        return t;
    };
    auto refuse = [&](const std::string& entry, const std::string& why) {
        t.error = error_text(where, "it holds \"" + printable(entry) + "\", " + why + "; " +
                                        changed_after);
        return t;
    };
    if (archive_read_open_filename(a.get(), tarball.c_str(), block_size) != ARCHIVE_OK)
        return unreadable();
    std::set<std::string> files, folders;
    std::vector<char> buffer(block_size);
    archive_entry* entry;
    int status;
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        const char* name = archive_entry_pathname(entry);
        std::string path = name ? name : "";
        mode_t type = archive_entry_filetype(entry);
        bool folder = type == AE_IFDIR;
        if (folder && path.ends_with('/')) path.pop_back();
        if (const char* target = archive_entry_hardlink(entry))
            return refuse(path,
                          "a hard link to \"" + printable(target) + "\", not a file or a folder");
        if (type != AE_IFREG && !folder)
            return refuse(path,
                          std::string("which is ") + kind_of(type) + ", not a file or a folder");
        if (std::string problem = path_problem(path); !problem.empty())
            return refuse(path, "a name with " + problem);
        std::string top = path.substr(0, path.find('/'));
        if (t.top.empty()) t.top = named ? std::to_string(named) : top;
        if (top != t.top || !is_year(top))
            return refuse(path, is_year(t.top)
                                    ? "outside the folder " + t.top + "/ that holds the whole year"
                                    : "outside a year's folder (like 2566/)");
        if (!(folder ? folders : files).insert(path).second)
            return refuse(path, "twice (a second copy can hide a changed one)");
        if (folder) continue;
        if (path == top) return refuse(path, "a file where the year's folder should be");
        std::string rel = path.substr(top.size() + 1);
        bool keep = rel == manifest_name || rel == previous_name;
        Sha256 hash;
        std::string kept;
        la_ssize_t n;
        while ((n = archive_read_data(a.get(), buffer.data(), buffer.size())) > 0) {
            std::string_view bytes(buffer.data(), static_cast<std::size_t>(n));
            hash.add(bytes);
            if (keep && kept.size() + bytes.size() > manifest_limit)
                return refuse(path, "far larger than any portal's list of files");
            if (keep) kept += bytes;
        }
        if (n < 0) return unreadable();
        t.hashes[rel] = hash.hex();
        if (keep) t.kept[rel] = std::move(kept);
    }
    if (status != ARCHIVE_EOF) return unreadable();
    // "2566/a" as a file and "2566/a/b" below it: unpacking keeps only one.
    for (const auto& f : files) {
        if (folders.count(f)) return refuse(f, "both as a file and as a folder");
        for (auto slash = f.find('/'); slash != std::string::npos; slash = f.find('/', slash + 1))
            if (files.count(f.substr(0, slash)))
                return refuse(f.substr(0, slash), "both as a file and as a folder");
    }
    if (t.top.empty() || files.empty())
        t.error = error_text(where, "this archive holds no files; copy or download it again");
    return t;
}

// path → SHA-256 of each line "SHA-256  path" of a manifest; empty (and
// `error` set) at the first line that is not one.
std::optional<std::map<std::string, std::string>>
parse_manifest(std::string_view text, const std::string& file, std::string& error) {
    std::map<std::string, std::string> listed;
    std::map<std::string, int> line_of;
    int number = 0;
    for (std::string_view line : split_lines(text)) {
        ++number;
        std::string hash(line.substr(0, 64));
        if (line.size() < 67 || line.substr(64, 2) != "  " || !is_hex_digest(hash)) {
            error = error_text(file,
                               "this line is not \"SHA-256  path\" (64 digits 0-9 a-f, two "
                               "spaces, the file's path); " +
                                   changed_after,
                               number, 1, std::string(line));
            return std::nullopt;
        }
        std::string path(line.substr(66));
        if (std::string problem = path_problem(path); !problem.empty()) {
            error = error_text(file,
                               "this line names a file with " + problem +
                                   ": a manifest names only files inside its archive, so nothing "
                                   "was checked; " +
                                   changed_after,
                               number, 67, std::string(line));
            return std::nullopt;
        }
        if (auto [at, fresh] = line_of.emplace(path, number); !fresh) {
            error = error_text(file,
                               "this line names the same file as line " +
                                   std::to_string(at->second) + "; " + changed_after,
                               number, 67, std::string(line));
            return std::nullopt;
        }
        listed[path] = hash;
    }
    return listed;
}

// PREVIOUS.sha256: the SHA-256 of the manifest of the year archived before,
// in the format `sha256sum -c` reads from inside the year's folder.
struct PreviousRecord {
    int year = 0;
    std::string digest;
};

std::string previous_line(const PreviousRecord& p) {
    return p.digest + "  ../" + std::to_string(p.year) + "/" + manifest_name + "\n";
}

std::optional<PreviousRecord> parse_previous(const std::string& text, int year) {
    if (text.size() != 64 + 2 + 3 + 4 + 1 + std::string_view(manifest_name).size() + 1)
        return std::nullopt;
    PreviousRecord p{0, text.substr(0, 64)};
    std::string_view named = std::string_view(text).substr(69, 4);
    if (!is_year(named)) return std::nullopt;
    p.year = std::stoi(std::string(named));
    if (!is_hex_digest(p.digest) || previous_line(p) != text || (year && p.year >= year))
        return std::nullopt;
    return p;
}

// What the chain needs of one archived year.
struct YearRecord {
    std::string digest;                     // of its manifest; empty when it cannot be read
    std::optional<PreviousRecord> previous; // the year before it, as it recorded it
    std::string problem;                    // why its record cannot be trusted
};

YearRecord year_record(int year, const std::optional<std::string>& manifest,
                       const std::optional<std::string>& previous) {
    YearRecord y;
    if (!manifest) {
        y.problem = "its MANIFEST.sha256 is missing or cannot be read";
        return y;
    }
    y.digest = sha256_hex(*manifest);
    std::string error;
    auto listed = parse_manifest(*manifest, manifest_name, error);
    if (!listed) {
        y.problem = "its MANIFEST.sha256 is not one prongsai writes";
        return y;
    }
    auto it = listed->find(previous_name);
    if (it == listed->end()) return y;
    if (!previous)
        y.problem = "its PREVIOUS.sha256 is missing";
    else if (sha256_hex(*previous) != it->second)
        y.problem = "its PREVIOUS.sha256 differs from its manifest";
    else if (!(y.previous = parse_previous(*previous, year)))
        y.problem = "its PREVIOUS.sha256 is not one prongsai writes";
    return y;
}

// The archived years in an archive folder: folders YEAR/ and tarballs
// YEAR.tar.gz, never links (a build refuses them), oldest first.
std::vector<int> archived_years_in(const fs::path& dir, std::error_code& ec) {
    std::set<int> years;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        int year = year_named(it->path());
        std::error_code st_ec;
        fs::file_status st = it->symlink_status(st_ec);
        bool tarball = it->path().filename().string().ends_with(".tar.gz");
        if (year && (tarball ? fs::is_regular_file(st) : fs::is_directory(st))) years.insert(year);
    }
    return {years.begin(), years.end()};
}

// A year's record from its folder, or from its tarball when the folder is gone.
YearRecord read_year(const fs::path& archive_dir, int year) {
    fs::path folder = archive_dir / std::to_string(year);
    std::error_code ec;
    if (fs::is_directory(fs::symlink_status(folder, ec)))
        return year_record(year, read_small(folder / manifest_name),
                           read_small(folder / previous_name));
    TarballListing t = read_tarball(archive_dir / (std::to_string(year) + ".tar.gz"));
    if (!t.error.empty()) {
        YearRecord y;
        y.problem = "its .tar.gz cannot be read or was changed (prongsai verify says why)";
        return y;
    }
    auto kept = [&](const char* name) -> std::optional<std::string> {
        auto it = t.kept.find(name);
        return it == t.kept.end() ? std::nullopt : std::optional(it->second);
    };
    return year_record(year, kept(manifest_name), kept(previous_name));
}

void walk_chain(VerifyResult& r, const fs::path& archive_dir, int year, const YearRecord& own) {
    std::error_code ec;
    std::vector<int> years = archived_years_in(archive_dir, ec);
    if (std::find(years.begin(), years.end(), year) == years.end()) {
        years.push_back(year);
        std::sort(years.begin(), years.end());
    }
    std::map<int, YearRecord> records;
    for (int y : years)
        records[y] = y == year ? own : read_year(archive_dir, y);
    for (std::size_t i = 0; i < years.size(); ++i) {
        int y = years[i];
        const YearRecord& rec = records[y];
        ChainLink link;
        link.year = y;
        link.digest = rec.digest;
        int before = i > 0 ? years[i - 1] : 0;
        std::string b = std::to_string(before);
        if (!rec.problem.empty()) {
            link.note = rec.problem;
        } else if (!rec.previous) {
            link.ok = before == 0;
            link.note = before == 0 ? "the first year archived here"
                                    : "records no year before it, yet " + b +
                                          " is archived here (was it archived by an older "
                                          "prongsai, or was its PREVIOUS.sha256 removed?)";
        } else {
            int p = rec.previous->year;
            std::string ps = std::to_string(p);
            if (!records.count(p))
                link.note = "records " + ps + "'s manifest, but " + ps + " is not here";
            else if (p != before)
                link.note = "records " + ps + " as the year before it, but " + b +
                            " is archived here too: it was added afterwards";
            else if (records[p].digest.empty())
                link.note = "records " + ps + "'s manifest, which cannot be read";
            else if (records[p].digest != rec.previous->digest)
                link.note = "records " + ps + "'s manifest as " + rec.previous->digest + ": " + ps +
                            " was changed after " + std::to_string(y) + " was archived";
            else {
                link.ok = true;
                link.note = "records " + ps + "'s manifest as it is";
            }
        }
        r.chain_ok = r.chain_ok && link.ok;
        r.chain.push_back(std::move(link));
    }
    if (years.back() == year && r.published.empty())
        r.chain_note = std::to_string(year) +
                       " is the newest year here, so no later year records it: compare its "
                       "SHA-256 with the one published when it was archived (--digest)";
}

// A gzip'd tar of `dir` under `prefix`/, the same bytes for the same files:
// sorted entries, fixed times and owners. Files are copied a block at a time.
bool write_tarball(const fs::path& dir, const std::vector<std::string>& files,
                   const std::string& prefix, const fs::path& tarball) {
    std::unique_ptr<struct archive, decltype(&archive_write_free)> a(archive_write_new(),
                                                                     archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    archive_write_add_filter_gzip(a.get());
    archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr); // no time in the header
    if (archive_write_open_filename(a.get(), tarball.c_str()) != ARCHIVE_OK) return false;
    std::vector<char> buffer(block_size);
    for (const auto& rel : files) {
        std::error_code ec;
        auto size = fs::file_size(dir / rel, ec);
        std::ifstream in(dir / rel, std::ios::binary);
        if (ec || !in) return false;
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            archive_entry_free);
        archive_entry_set_pathname(entry.get(), (prefix + "/" + rel).c_str());
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(size));
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), 0, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK) return false;
        std::uintmax_t written = 0;
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
               in.gcount() > 0) {
            auto n = static_cast<std::size_t>(in.gcount());
            if (archive_write_data(a.get(), buffer.data(), n) < 0) return false;
            written += n;
        }
        if (written != size) return false;
    }
    return archive_write_close(a.get()) == ARCHIVE_OK;
}

// The working folders of `prongsai archive` runs that were killed: marked as
// prongsai's, and locked by no running process.
void remove_leftovers(const fs::path& stage_root) {
    std::vector<fs::path> stale;
    std::error_code ec;
    for (fs::directory_iterator it(stage_root, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code st_ec;
        if (!it->path().filename().string().starts_with(staging_prefix) ||
            !fs::is_directory(it->symlink_status(st_ec)))
            continue;
        int fd = open((it->path() / staging_marker).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) stale.push_back(it->path());
        close(fd);
    }
    for (const auto& dir : stale)
        fs::remove_all(dir, ec);
}

// The working folder of this run, removed however the run returns.
struct Staging {
    fs::path dir;
    int lock = -1;
    ~Staging() {
        std::error_code ec;
        if (!dir.empty()) fs::remove_all(dir, ec);
        if (lock >= 0) close(lock);
    }
};

bool move_no_replace(const fs::path& from, const fs::path& to, std::error_code& ec) {
    // An archived year is never overwritten, even by a run started at the same time.
    if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
    ec = std::error_code(errno, std::generic_category());
    return false;
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
    auto fail = [&](const std::string& file, const std::string& message) {
        diags.error({file, 0, 0}, message);
        result.report += format_all(diags);
        return result;
    };
    std::error_code ec;
    if (year < 2400 || year > 2700)
        return fail(std::to_string(year),
                    "not a Buddhist-Era fiscal year; write it like 2566" +
                        (year > 1900 && year < 2200 ? " (พ.ศ. " + std::to_string(year + 543) + "?)"
                                                    : std::string()));
    if (fs::exists(fs::symlink_status(folder, ec)) || fs::exists(fs::symlink_status(tarball, ec)))
        return fail(result.folder, "fiscal year " + std::to_string(year) +
                                       " is already archived; an archived year is never changed");
    if (fs::is_symlink(fs::symlink_status(archive_dir, ec)))
        return fail(shown(archive_dir), "this folder is a link; the archived years must be in the "
                                        "content folder itself: put the folder itself here");
    std::vector<int> years = archived_years_in(archive_dir, ec);
    if (!years.empty() && years.back() > year)
        return fail(shown(archive_dir / std::to_string(years.back())),
                    "fiscal year " + std::to_string(years.back()) +
                        " is already archived; years are archived in order, each recording the "
                        "one before it, so " +
                        std::to_string(year) + " can no longer be archived");

    // The new year records the manifest of the year before it, so that year
    // must still be as it was archived.
    std::optional<PreviousRecord> previous;
    if (!years.empty()) {
        fs::path before = archive_dir / std::to_string(years.back());
        if (!fs::is_directory(fs::symlink_status(before, ec))) before += ".tar.gz";
        VerifyResult v = verify_archive(before);
        if (!v.error.empty()) {
            result.report = v.error;
            return fail(shown(before), "fiscal year " + std::to_string(year) +
                                           " cannot be archived while the year before it cannot "
                                           "be checked (see above)");
        }
        if (!v.changed.empty() || !v.missing.empty() || !v.extra.empty())
            return fail(shown(before),
                        "this archived year is no longer as it was archived (prongsai verify " +
                            shown(before) +
                            " names the files); put it back as it was (for "
                            "instance with git checkout) before archiving " +
                            std::to_string(year) + ", which records it");
        previous = PreviousRecord{years.back(), v.digest};
    }

    fs::path content = fs::absolute(options.content, ec).lexically_normal();
    if (content.filename().empty()) content = content.parent_path();
    fs::path stage_root = content.parent_path();
    remove_leftovers(stage_root);
    Staging staging;
    std::string tmpl = (stage_root / (staging_prefix + std::to_string(year) + "-XXXXXX")).string();
    if (!mkdtemp(tmpl.data()))
        return fail(shown(stage_root),
                    std::string("cannot create a working folder here, beside the content "
                                "folder (") +
                        std::strerror(errno) +
                        "); the archive is made here and then moved into the content folder in "
                        "one step: make this folder writable, then archive again");
    staging.dir = tmpl;
    {
        std::ofstream(staging.dir / staging_marker)
            << "prongsai archive works in this folder; a later prongsai archive removes it if "
               "this run was stopped\n";
        staging.lock = open((staging.dir / staging_marker).c_str(), O_RDONLY | O_CLOEXEC);
        if (staging.lock >= 0) flock(staging.lock, LOCK_EX);
    }

    BuildOptions frozen = options;
    frozen.out = staging.dir / "site";
    frozen.frozen_year = year;
    frozen.write = true;
    BuildResult built = build_site(frozen);
    result.report = built.report;
    if (!built.ok) return result;
    fs::remove(frozen.out / OutputWriter::marker, ec);
    auto cannot_write = [&] {
        return fail(result.folder,
                    "cannot write the archive (is the disk full?); nothing was archived");
    };
    if (previous) {
        std::ofstream out(frozen.out / previous_name, std::ios::binary);
        if (!(out << previous_line(*previous)).flush()) return cannot_write();
    }
    Listing site = list_folder(frozen.out);
    std::string manifest;
    for (const auto& rel : site.files) {
        auto hash = sha256_file(frozen.out / rel);
        if (!hash) return cannot_write();
        manifest += *hash + "  " + rel + "\n";
    }
    {
        std::ofstream out(frozen.out / manifest_name, std::ios::binary);
        out << manifest;
        if (!out.flush()) return cannot_write();
    }
    site.files.push_back(manifest_name);
    std::sort(site.files.begin(), site.files.end());
    fs::path staged_tarball = staging.dir / "site.tar.gz";
    if (!write_tarball(frozen.out, site.files, std::to_string(year), staged_tarball))
        return cannot_write();

    fs::create_directories(archive_dir, ec);
    if (!move_no_replace(frozen.out, folder, ec))
        return fail(result.folder, "cannot move the archive into " + shown(archive_dir) + " (" +
                                       ec.message() + "); nothing was archived");
    if (!move_no_replace(staged_tarball, tarball, ec)) {
        std::error_code back;
        fs::rename(folder, frozen.out, back);
        return fail(result.tarball, "cannot move the archive into " + shown(archive_dir) + " (" +
                                        ec.message() + "); nothing was archived");
    }
    result.files = static_cast<int>(site.files.size());
    result.manifest_digest = sha256_hex(manifest);
    result.ok = true;
    return result;
}

VerifyResult verify_archive(const fs::path& path, const std::string& published) {
    VerifyResult r;
    r.published = published;
    std::transform(r.published.begin(), r.published.end(), r.published.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!r.published.empty() && !is_hex_digest(r.published)) {
        r.error = error_text("--digest", "give the 64 digits and letters a-f of the published "
                                         "SHA-256 of the year's MANIFEST.sha256, as printed");
        return r;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    bool is_tarball = fs::is_regular_file(st);
    std::map<std::string, std::string> tar_hashes;
    std::optional<std::string> manifest, previous;
    std::string manifest_file = shown(path / manifest_name);
    std::set<std::string> present;
    if (is_tarball) {
        TarballListing t = read_tarball(path);
        if (!t.error.empty()) {
            r.error = t.error;
            return r;
        }
        tar_hashes = std::move(t.hashes);
        for (auto& [rel, bytes] : t.kept)
            (rel == manifest_name ? manifest : previous) = std::move(bytes);
        for (const auto& [rel, hash] : tar_hashes)
            present.insert(rel);
        manifest_file = shown(path) + " (" + t.top + "/" + manifest_name + ")";
    } else if (fs::is_directory(st)) {
        Listing l = list_folder(path);
        if (!l.unreadable.empty()) {
            r.error = error_text(shown(l.unreadable),
                                 "this folder cannot be read (no permission), so the archive "
                                 "cannot be checked; ask the computer's administrator for read "
                                 "access to it, or verify a copy, then verify again");
            return r;
        }
        if (!l.others.empty()) {
            r.error = error_text(shown(path / l.others.front()),
                                 "this is a link (or a device), not a file; an archive holds "
                                 "only files and folders: " +
                                     changed_after);
            return r;
        }
        present.insert(l.files.begin(), l.files.end());
        if (present.count(manifest_name)) {
            manifest = read_small(path / manifest_name);
            if (!manifest) {
                r.error = error_text(manifest_file, "this file cannot be read (no permission, or "
                                                    "far too large for a manifest)");
                return r;
            }
        }
        if (present.count(previous_name)) previous = read_small(path / previous_name);
    } else if (ec && ec != std::errc::no_such_file_or_directory) {
        r.error = error_text(shown(path), "this cannot be read (" + ec.message() +
                                              "); ask the computer's administrator for read "
                                              "access to it, or verify a copy, then verify again");
        return r;
    } else {
        r.error = error_text(shown(path), "there is no archive here; give an archived year's "
                                          "folder (like content/archive/2566) or its .tar.gz");
        return r;
    }
    if (!manifest) {
        r.error = error_text(shown(path), std::string("this archive has no ") + manifest_name +
                                              ", so it cannot be checked; " + changed_after);
        return r;
    }
    auto expected = parse_manifest(*manifest, manifest_file, r.error);
    if (!expected) return r;
    r.files = static_cast<int>(expected->size());
    for (const auto& [rel, hash] : *expected) {
        if (!present.count(rel)) {
            r.missing.push_back(rel);
            continue;
        }
        std::optional<std::string> actual =
            is_tarball ? tar_hashes.at(rel) : sha256_file(path / rel);
        if (!actual) {
            r.error = error_text(shown(path / rel), "this file cannot be read (no permission?), so "
                                                    "the archive cannot be checked; ask for read "
                                                    "access to it, then verify again");
            return r;
        }
        if (*actual != hash) r.changed.push_back(rel);
    }
    for (const auto& rel : present)
        if (rel != manifest_name && !expected->count(rel)) r.extra.push_back(rel);

    r.digest = sha256_hex(*manifest);
    r.digest_ok = r.published.empty() || r.published == r.digest;
    // The other archived years are beside this one, in the folder that holds it.
    fs::path named = fs::absolute(path, ec).lexically_normal();
    if (named.filename().empty()) named = named.parent_path();
    fs::path given = path.lexically_normal();
    if (given.filename().empty()) given = given.parent_path();
    bool relative_parent = !given.empty() && given.filename() != "." && given.filename() != "..";
    r.archive_folder = relative_parent && !given.parent_path().empty() ? shown(given.parent_path())
                       : relative_parent                               ? "."
                                                                       : shown(named.parent_path());
    int year = year_named(named);
    if (year)
        walk_chain(r, named.parent_path(), year, year_record(year, manifest, previous));
    else
        r.chain_note = "its name is not a year (like 2566 or 2566.tar.gz), so the chain of "
                       "archived years was not checked";
    r.ok = r.changed.empty() && r.missing.empty() && r.extra.empty() && r.digest_ok && r.chain_ok;
    return r;
}

} // namespace prongsai
