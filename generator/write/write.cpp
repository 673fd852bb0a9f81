#include "write/write.h"

#include "load/beneath.h"
#include "sha256.h"
#include "test_pause.h"
#include "text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <random>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

bool inside(const fs::path& child, const fs::path& parent) {
    auto [end, _] = std::mismatch(parent.begin(), parent.end(), child.begin(), child.end());
    return end == parent.end();
}

fs::path absolute_clean(const fs::path& p) {
    std::error_code ec;
    fs::path clean = fs::weakly_canonical(fs::absolute(p, ec), ec).lexically_normal();
    // "site/" names the folder "site", not an empty name inside it.
    if (clean.filename().empty() && clean.has_relative_path()) clean = clean.parent_path();
    return clean;
}

// Staging folders are OUT.prongsai-new-PID-RANDOM: one per build, so that
// a build never writes into another's. OUT.prongsai-new was the one name
// of older versions.
std::string staging_prefix(const fs::path& out_abs) {
    return out_abs.filename().string() + ".prongsai-new";
}

bool is_staging_name(const std::string& name, const std::string& prefix) {
    if (name == prefix) return true;
    if (!name.starts_with(prefix + "-")) return false;
    std::string_view rest = std::string_view(name).substr(prefix.size() + 1);
    auto dash = rest.find('-');
    return dash != std::string_view::npos && dash > 0 && dash + 1 < rest.size() &&
           rest.substr(0, dash).find_first_not_of("0123456789") == std::string_view::npos &&
           rest.substr(dash + 1).find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

bool has_marker(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(fs::symlink_status(dir / OutputWriter::marker, ec));
}

// Only ever deletes what prongsai wrote: a folder with its marker file, or an
// empty one. Anything else is left where it is.
void remove_if_ours(const fs::path& dir) {
    std::error_code ec;
    if (has_marker(dir))
        fs::remove_all(dir, ec);
    else
        fs::remove(dir, ec); // only when empty
}

// Staging folders of builds of `out_abs` that were killed. The caller holds
// the build lock of `out_abs`, so no build that could own one is running.
void remove_stale_staging(const fs::path& out_abs) {
    std::string prefix = staging_prefix(out_abs);
    std::vector<fs::path> stale;
    std::error_code ec;
    for (auto it = fs::directory_iterator(out_abs.parent_path(), ec);
         !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code type_ec;
        if (is_staging_name(it->path().filename().string(), prefix) && it->is_directory(type_ec) &&
            !it->is_symlink(type_ec))
            stale.push_back(it->path());
    }
    for (const auto& dir : stale)
        remove_if_ours(dir);
}

// A new, empty staging folder beside `out_abs` that no other build uses.
fs::path make_staging(const fs::path& out_abs, std::error_code& ec) {
    fs::create_directories(out_abs.parent_path(), ec);
    if (ec) return {};
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        char suffix[32];
        std::snprintf(suffix, sizeof suffix, "-%ld-%08x", static_cast<long>(getpid()),
                      static_cast<unsigned>(random()));
        fs::path dir = out_abs.parent_path() / (staging_prefix(out_abs) + suffix);
        if (fs::create_directory(dir, ec)) return dir;
        if (ec) return {};
    }
    ec = std::make_error_code(std::errc::file_exists);
    return {};
}

} // namespace

std::optional<BuildLock> BuildLock::acquire(const fs::path& out, Diagnostics& diags,
                                            std::chrono::seconds wait) {
    fs::path file = cache_file_for(out, ".lock");
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        diags.error({file.generic_string(), 0, 0},
                    "cannot create this lock file (" + plain_error(errno) +
                        "); prongsai keeps it beside the output folder, so choose an output "
                        "folder in a place you may write to");
        return std::nullopt;
    }
    auto until = std::chrono::steady_clock::now() + wait;
    bool said = false;
    while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            diags.error({file.generic_string(), 0, 0},
                        "cannot lock this file (" + plain_error(errno) + ")");
            close(fd);
            return std::nullopt;
        }
        if (std::chrono::steady_clock::now() >= until) {
            diags.error({out.generic_string(), 0, 0},
                        "another build of this folder has not finished after " +
                            std::to_string(wait.count()) +
                            " seconds; wait for it to end (or stop it), then build again");
            close(fd);
            return std::nullopt;
        }
        if (!said) {
            std::cerr << "waiting for another build of " << out.generic_string() << " to finish…\n";
            said = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return BuildLock(fd);
}

BuildLock::~BuildLock() {
    if (fd_ >= 0) close(fd_); // lets go of the lock
}

bool OutputWriter::check_place(const fs::path& out, const fs::path& content, Diagnostics& diags) {
    fs::path out_abs = absolute_clean(out);
    fs::path content_abs = absolute_clean(content);
    std::string shown = out.generic_string();
    if (out_abs == content_abs || inside(content_abs, out_abs)) {
        diags.error({shown, 0, 0}, "the output folder is, or contains, the content folder; "
                                   "choose another with -o (e.g. -o site)");
        return false;
    }
    if (inside(out_abs, content_abs)) {
        diags.error({shown, 0, 0}, "the output folder is inside the content folder; "
                                   "choose one outside it with -o (e.g. -o site)");
        return false;
    }
    std::error_code ec;
    if (fs::exists(out_abs, ec)) {
        if (!fs::is_directory(out_abs, ec)) {
            diags.error({shown, 0, 0}, "the output path is a file, not a folder");
            return false;
        }
        if (!fs::is_empty(out_abs, ec) && !fs::exists(out_abs / marker, ec)) {
            diags.error({shown, 0, 0},
                        "this folder was not written by prongsai (it has no .prongsai file) and "
                        "is not empty; prongsai replaces its output folder whole, so choose an "
                        "empty or new folder with -o");
            return false;
        }
    }
    return true;
}

std::optional<OutputWriter> OutputWriter::begin(const fs::path& out, const fs::path& content,
                                                Diagnostics& diags) {
    if (!check_place(out, content, diags)) return std::nullopt;
    fs::path out_abs = absolute_clean(out);
    std::string shown = out.generic_string();
    std::error_code ec;
    OutputWriter w;
    w.out_ = out_abs;
    remove_stale_staging(out_abs);
    w.staging_ = make_staging(out_abs, ec);
    if (ec) {
        diags.error({shown, 0, 0}, "cannot create a folder beside it to write the pages into (" +
                                       plain_error(ec.value()) +
                                       "); choose an output folder in a place you may write to");
        return std::nullopt;
    }
    if (!w.write(marker,
                 "This folder is written by prongsai and replaced whole on each build.\n")) {
        diags.error({shown, 0, 0}, "cannot write into " + w.staging_.generic_string());
        w.abort();
        return std::nullopt;
    }
    return w;
}

void OutputWriter::make_dirs(const std::string& rel_dir) {
    std::error_code ec;
    fs::create_directories(staging_ / rel_dir, ec);
}

bool OutputWriter::fail(const std::string& rel, const std::string& why, const std::string& file) {
    std::lock_guard lock(*failed_mutex_);
    if (failed_->empty()) {
        *failed_ = why.empty() ? "cannot write " + rel : why;
        *failed_file_ = file;
    }
    return false;
}

std::string OutputWriter::failed() const {
    std::lock_guard lock(*failed_mutex_);
    return *failed_;
}

std::string OutputWriter::failed_file() const {
    std::lock_guard lock(*failed_mutex_);
    return *failed_file_;
}

namespace {

// Writes all of `bytes` to `fd`; 0, or the errno of the failure.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : ENOSPC;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

} // namespace

bool OutputWriter::write(const std::string& rel, std::string_view bytes) {
    // open/write rather than a stream: the reason of a failure is errno's.
    int fd = ::open((staging_ / rel).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return fail(rel, "cannot write " + rel + ": " + plain_error(errno));
    if (int error = write_all(fd, bytes)) {
        close(fd);
        return fail(rel, "cannot write " + rel + ": " + plain_error(error));
    }
    if (close(fd) != 0) return fail(rel, "cannot write " + rel + ": " + plain_error(errno));
    return true;
}

bool OutputWriter::write_streamed(
    const std::string& rel,
    const std::function<void(const std::function<void(std::string_view)>&)>& produce) {
    int fd = ::open((staging_ / rel).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return fail(rel, "cannot write " + rel + ": " + plain_error(errno));
    // Pieces are mostly a line each: gathered so that a write is a sizeable one.
    constexpr std::size_t chunk = 1 << 20;
    std::string buffer;
    buffer.reserve(chunk);
    int error = 0;
    produce([&](std::string_view piece) {
        if (error) return;
        if (buffer.size() + piece.size() > chunk) {
            error = write_all(fd, buffer);
            buffer.clear();
            if (!error && piece.size() > chunk) error = write_all(fd, piece);
            if (error || piece.size() > chunk) return;
        }
        buffer.append(piece);
    });
    if (!error) error = write_all(fd, buffer);
    if (error) {
        close(fd);
        return fail(rel, "cannot write " + rel + ": " + plain_error(error));
    }
    if (close(fd) != 0) return fail(rel, "cannot write " + rel + ": " + plain_error(errno));
    return true;
}

bool OutputWriter::copy(const fs::path& from, const std::string& rel) {
    std::error_code ec;
    fs::create_directories((staging_ / rel).parent_path(), ec);
    std::string first;
    {
        std::lock_guard lock(copies_->mutex);
        first = copies_->first.try_emplace(from, rel).first->second;
    }
    // Where the link fails (the first copy failed, or a file is in the way),
    // this one is a copy too.
    if (first != rel) {
        fs::create_hard_link(staging_ / first, staging_ / rel, ec);
        if (!ec) return true;
    }
    fs::copy_file(from, staging_ / rel, fs::copy_options::overwrite_existing, ec);
    if (!ec) return true;
    // Say which end failed: a file that cannot be read is not a full disk.
    int source = ::open(from.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (source < 0)
        return fail(rel, "cannot read " + from.generic_string() + ": " + plain_error(errno) +
                             "; let the user who runs prongsai read it (chmod a+r)");
    close(source);
    return fail(rel, "cannot write " + rel + ": " + plain_error(ec.value()));
}

bool OutputWriter::copy_beneath(const fs::path& root, const fs::path& from, const std::string& rel,
                                const std::string& sha256) {
    std::error_code ec;
    fs::create_directories((staging_ / rel).parent_path(), ec);
    std::string first;
    {
        std::lock_guard lock(copies_->mutex);
        first = copies_->first.try_emplace(root / from, rel).first->second;
    }
    if (first != rel) {
        fs::create_hard_link(staging_ / first, staging_ / rel, ec);
        if (!ec) return true;
    }
    std::string shown = (root / from).generic_string();
    int source = open_beneath(root, from);
    if (source < 0 && leads_outside(errno))
        return fail(rel,
                    "this file leads outside the content folder (a link?); put the file itself "
                    "inside the content folder, then build again",
                    shown);
    if (source < 0)
        return fail(rel, "cannot read " + shown + ": " + plain_error(errno) +
                             "; let the user who runs prongsai read it (chmod a+r)");
    struct stat st {};
    if (fstat(source, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(source);
        return fail(rel,
                    "this is no longer a regular file; put the file itself back, then build again",
                    shown);
    }
    int target = ::open((staging_ / rel).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (target < 0) {
        close(source);
        return fail(rel, "cannot write " + rel + ": " + plain_error(errno));
    }
    Sha256 hash;
    char buffer[1 << 16];
    int read_error = 0, write_error = 0;
    for (;;) {
        ssize_t n = ::read(source, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) read_error = errno;
        if (n <= 0) break;
        std::string_view bytes(buffer, static_cast<std::size_t>(n));
        hash.add(bytes);
        while (!write_error && !bytes.empty()) {
            ssize_t w = ::write(target, bytes.data(), bytes.size());
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0)
                write_error = w < 0 ? errno : ENOSPC;
            else
                bytes.remove_prefix(static_cast<std::size_t>(w));
        }
        if (write_error) break;
    }
    close(source);
    if (close(target) != 0 && !write_error) write_error = errno;
    if (read_error)
        return fail(rel, "cannot read this file (" + plain_error(read_error) + ")", shown);
    if (write_error) return fail(rel, "cannot write " + rel + ": " + plain_error(write_error));
    // The pages show the SHA-256 taken when the file was loaded: a file
    // changed (or swapped) since would be published with a wrong one.
    if (!sha256.empty() && hash.hex() != sha256)
        return fail(rel,
                    "this file changed while the site was being built; wait until it is no "
                    "longer being copied or edited, then build again",
                    shown);
    return true;
}

fs::path cache_file_for(const fs::path& out, const std::string& suffix) {
    fs::path abs = absolute_clean(out);
    return abs.parent_path() / ".prongsai-cache" / (abs.filename().string() + suffix);
}

bool OutputWriter::reuse(const std::string& rel) {
    std::error_code ec;
    fs::create_hard_link(out_ / rel, staging_ / rel, ec);
    if (ec) fs::copy_file(out_ / rel, staging_ / rel, ec);
    return !ec;
}

bool OutputWriter::reuse_folder(const std::string& rel_dir) {
    fs::path from = out_ / rel_dir;
    std::size_t skip = from.native().size();
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(from, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string rel = rel_dir + it->path().native().substr(skip);
        if (it->is_directory(ec))
            make_dirs(rel);
        else if (!reuse(rel))
            return fail(rel, "cannot take " + rel + " over from the current output folder");
    }
    return ec ? fail(rel_dir, "cannot read " + (out_ / rel_dir).generic_string() + ": " +
                                  plain_error(ec.value()))
              : true;
}

std::optional<std::string> OutputWriter::read_staged(const std::string& rel) const {
    std::error_code ec;
    // A file that cannot be read reads as empty, which no index file is.
    if (!fs::is_regular_file(staging_ / rel, ec)) return std::nullopt;
    return read_file_bytes(staging_ / rel);
}

bool OutputWriter::same_as_live(const std::string& rel_dir) const {
    auto files = [](const fs::path& dir) {
        std::map<std::string, std::string> bytes;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec))
                bytes[it->path().lexically_relative(dir).generic_string()] =
                    read_file_bytes(it->path());
        return ec ? std::nullopt : std::optional(std::move(bytes));
    };
    auto staged = files(staging_ / rel_dir), live = files(out_ / rel_dir);
    return staged && live && *staged == *live;
}

bool OutputWriter::commit(Diagnostics& diags) {
    if (!swap_in(staging_, out_, diags)) return false;
    remove_if_ours(staging_); // now the previous site
    return true;
}

bool OutputWriter::commit_folder(const std::string& rel_dir, Diagnostics& diags) {
    if (!swap_in(staging_ / rel_dir, out_ / rel_dir, diags)) return false;
    abort(); // the staging folder now holds the old sub-folder
    return true;
}

bool OutputWriter::swap_in(const fs::path& staged, const fs::path& live, Diagnostics& diags) {
    test_pause("before-swap");
    std::error_code ec;
    if (fs::exists(live, ec)) {
        // One atomic step: the staged folder and the live one trade places.
        if (renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) != 0) {
            diags.error({out_.generic_string(), 0, 0},
                        "cannot replace the output folder: " + plain_error(errno));
            abort();
            return false;
        }
        test_pause("after-swap");
        return true;
    }
    fs::rename(staged, live, ec);
    if (ec) {
        diags.error({out_.generic_string(), 0, 0},
                    "cannot create the output folder: " + plain_error(ec.value()));
        abort();
        return false;
    }
    return true;
}

void OutputWriter::abort() {
    std::error_code ec;
    fs::remove_all(staging_, ec);
}

} // namespace prongsai
