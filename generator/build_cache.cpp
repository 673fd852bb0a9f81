#include "build_cache.h"

#include "digest.h"
#include "text.h"
#include "write/write.h"

#include <algorithm>
#include <array>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

// What identifies a file's version without reading it: size, inode, times.
std::array<std::int64_t, 6> identity(const struct stat& st) {
    return {st.st_size,         std::int64_t(st.st_ino), st.st_mtim.tv_sec,
            st.st_mtim.tv_nsec, st.st_ctim.tv_sec,       st.st_ctim.tv_nsec};
}

Digest& add_stat(Digest& d, const struct stat& st) {
    auto fields = identity(st);
    return d.add(std::string_view(reinterpret_cast<const char*>(fields.data()), sizeof fields));
}

} // namespace

std::string file_signature(const fs::path& file) {
    struct stat st {};
    Digest d;
    if (stat(file.c_str(), &st) == 0) add_stat(d, st);
    return d.hex();
}

std::string folders_signature(const fs::path& root, const std::vector<std::string>& dirs) {
    Digest d;
    for (const auto& dir : dirs) {
        struct stat st {};
        d.add(dir);
        if (stat((root / dir).c_str(), &st) == 0) add_stat(d, st);
    }
    return d.hex();
}

namespace {

// Lists the files below the open folder `fd` (closed here), in name order,
// each with its identity and times, into `facts`, hashed once at the end.
// fstatat() relative to the folder spares the kernel a walk of the whole path
// for each file; symbolic links to folders are not followed (no loops).
void list_folder(int fd, const std::string& rel, std::string& facts) {
    DIR* dir = fdopendir(fd);
    if (!dir) {
        close(fd);
        return;
    }
    std::vector<std::pair<std::string, bool>> entries; // name, is a folder
    while (const dirent* e = readdir(dir)) {
        std::string_view name = e->d_name;
        if (name == "." || name == "..") continue;
        bool folder = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st {};
            folder = fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                     S_ISDIR(st.st_mode);
        }
        entries.emplace_back(name, folder);
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, folder] : entries) {
        std::string path = rel + "/" + name;
        // Folders, pipes and the like are listed by name too: one named like
        // a content file (a folder x.md) fails the build, and so must change
        // the signature even when it is empty; and a folder that cannot be
        // read signs differently from an empty one.
        if (folder) {
            facts.append(path).append("/").push_back('\0');
            int sub = openat(dirfd(dir), name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (sub >= 0)
                list_folder(sub, path, facts);
            else
                facts.append("?").push_back('\0');
            continue;
        }
        struct stat st {};
        if (fstatat(dirfd(dir), name.c_str(), &st, 0) != 0 || !S_ISREG(st.st_mode)) {
            facts.append(path).append("?").push_back('\0');
            continue;
        }
        auto fields = identity(st);
        facts.append(path).push_back('\0');
        facts.append(reinterpret_cast<const char*>(fields.data()), sizeof fields);
    }
    closedir(dir);
}

} // namespace

std::string folder_signature(const fs::path& dir) {
    std::string facts;
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) list_folder(fd, "", facts);
    return digest_of(facts);
}

namespace {

// One record field per tab-separated column: tabs, newlines and backslashes escaped.
std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\t')
            out.emplace_back();
        else if (c == '\\' && i + 1 < line.size()) {
            char n = line[++i];
            out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else
            out.back() += c;
    }
    return out;
}

constexpr const char* format_line = "prongsai build record 3";

fs::path record_file(const fs::path& out) {
    return cache_file_for(out, ".record");
}
fs::path keys_file(const fs::path& out) {
    return cache_file_for(out, ".keys");
}

// Written beside, then renamed over: a reader sees the old file or the new one.
void replace_file(const fs::path& file, const std::string& bytes) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::ofstream(file.string() + ".new", std::ios::trunc | std::ios::binary) << bytes;
    fs::rename(file.string() + ".new", file, ec);
}

PageKeys read_page_keys(const fs::path& out) {
    PageKeys keys;
    std::error_code ec;
    if (!fs::exists(out / OutputWriter::marker, ec)) return keys;
    // "KEY PATH" lines: read whole and split by hand (10,000 pages' worth is
    // read on every rebuild of a province).
    std::string text = read_file_bytes(keys_file(out));
    std::string_view rest = text;
    while (!rest.empty()) {
        std::string_view line = rest.substr(0, rest.find('\n'));
        rest.remove_prefix(std::min(rest.size(), line.size() + 1));
        if (auto space = line.find(' '); space != std::string_view::npos)
            keys.emplace_hint(keys.end(), line.substr(space + 1), line.substr(0, space));
    }
    return keys;
}

std::optional<BuildRecord> read_build_record(const fs::path& out) {
    std::ifstream in(record_file(out));
    std::string line;
    if (!std::getline(in, line) || line != format_line) return std::nullopt;
    BuildRecord record;
    OrgRecord* org = nullptr;
    try {
        while (std::getline(in, line)) {
            auto f = fields(line);
            if (f[0] == "org" && f.size() == 11) {
                org = &record[f[1]];
                org->signature = f[2];
                org->output = f[3];
                org->pages = std::stoi(f[4]);
                org->summary = {f[5], f[6], f[7], f[8], std::nullopt, f[10]};
                if (f[9] != "-") org->summary.projects = std::stoul(f[9]);
            } else if (f[0] == "warning" && f.size() == 6 && org) {
                org->warnings.push_back(
                    {Severity::warning, {f[1], std::stoi(f[2]), std::stoi(f[3])}, f[4], f[5]});
            } else {
                return std::nullopt;
            }
        }
    } catch (const std::exception&) { // a number that is not one: a damaged record
        return std::nullopt;
    }
    return record;
}

std::string record_text(const BuildRecord& record) {
    std::ostringstream s;
    s << format_line << '\n';
    for (const auto& [prefix, org] : record) {
        const OrgSummary& o = org.summary;
        s << "org\t" << escape(prefix) << '\t' << org.signature << '\t' << org.output << '\t'
          << org.pages << '\t' << escape(o.name) << '\t' << escape(o.type) << '\t'
          << escape(o.province) << '\t' << escape(o.district) << '\t'
          << (o.projects ? std::to_string(*o.projects) : "-") << '\t' << escape(o.oit) << '\n';
        for (const auto& w : org.warnings)
            s << "warning\t" << escape(w.loc.file) << '\t' << w.loc.line << '\t' << w.loc.column
              << '\t' << escape(w.message) << '\t' << escape(w.line_text) << '\n';
    }
    return s.str();
}

} // namespace

BuildCache read_build_cache(const fs::path& out) {
    return {read_build_record(out), read_page_keys(out)};
}

void forget_build_cache(const fs::path& out) {
    std::error_code ec;
    fs::remove(keys_file(out), ec);
    fs::remove(record_file(out), ec);
}

void write_build_cache(const fs::path& out, const BuildCache& cache) {
    if (!cache.pages.empty()) {
        std::string keys;
        for (const auto& [path, key] : cache.pages)
            keys += key + ' ' + path + '\n';
        replace_file(keys_file(out), keys);
    }
    if (cache.organisations) replace_file(record_file(out), record_text(*cache.organisations));
}

} // namespace prongsai
