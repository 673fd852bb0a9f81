#include "load/beneath.h"

#include "text.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

constexpr int read_flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC;

int close_keeping_errno(int fd) {
    int error = errno;
    close(fd);
    errno = error;
    return -1;
}

// Kernels before 5.6 have no openat2: every component is opened without
// following links, so any link at all is refused (none is ever followed).
int open_without_links(int dir, const fs::path& rel, int last_flags, mode_t mode) {
    int at = dup(dir);
    if (at < 0) return -1;
    for (auto part = rel.begin(); part != rel.end(); ++part) {
        bool last = std::next(part) == rel.end();
        int flags = last ? last_flags | O_NOFOLLOW : O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        int next = openat(at, part->c_str(), flags, mode);
        if (next < 0) {
            // O_PATH|O_NOFOLLOW on a link to a folder gives ENOTDIR.
            struct stat st {};
            if ((errno == ENOTDIR || errno == ELOOP) &&
                fstatat(at, part->c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                errno = ELOOP;
            return close_keeping_errno(at);
        }
        close(at);
        at = next;
    }
    return at;
}

int open_below(int dir, const fs::path& rel, int flags, mode_t mode) {
    open_how how{};
    how.flags = static_cast<__u64>(flags);
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
    long fd = syscall(SYS_openat2, dir, rel.c_str(), &how, sizeof how);
    if (fd < 0 && errno == ENOSYS) return open_without_links(dir, rel, flags, mode);
    return static_cast<int>(fd);
}

} // namespace

int open_beneath(const fs::path& root, const fs::path& rel) {
    return open_beneath(root, rel, read_flags, 0);
}

int open_beneath(const fs::path& root, const fs::path& rel, int flags, mode_t mode) {
    if (rel.empty() || rel.is_absolute() ||
        std::find(rel.begin(), rel.end(), fs::path("..")) != rel.end()) {
        errno = EXDEV;
        return -1;
    }
    int dir = open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) return -1;
    int fd = open_below(dir, rel, flags, mode);
    if (fd < 0 && errno == EXDEV) {
        // RESOLVE_BENEATH refuses every absolute link, even one that leads
        // to a file of the folder: open that file by its place in the folder
        // instead, again without leaving it.
        std::error_code ec;
        fs::path real = fs::weakly_canonical(root / rel, ec);
        fs::path real_root = fs::canonical(root, ec);
        fs::path inside = real.lexically_relative(real_root);
        if (!ec && !inside.empty() && *inside.begin() != ".." && inside != ".") {
            fd = open_below(dir, inside, flags, mode);
        } else {
            errno = EXDEV;
        }
    }
    return fd < 0 ? close_keeping_errno(dir) : (close(dir), fd);
}

std::optional<std::string> read_all(int fd, int& error) {
    std::string bytes;
    if (!read_pieces(fd, error, [&](std::string_view piece) { bytes += piece; }))
        return std::nullopt;
    return bytes;
}

} // namespace prongsai
