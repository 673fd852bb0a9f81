#include "text_store.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace prongsai {

namespace {

// A file no other process can open: O_TMPFILE where the file system has it,
// else a named file removed at once.
int open_temporary(std::string dir) {
    std::error_code ec;
    if (dir.empty()) dir = std::filesystem::temp_directory_path(ec).string();
    if (ec) dir = "/tmp";
    int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) return fd;
    std::string name = dir + "/prongsai-bodies-XXXXXX";
    fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd >= 0) ::unlink(name.c_str());
    return fd;
}

} // namespace

TextStore::~TextStore() {
    if (fd_ >= 0) ::close(fd_);
}

TextStore::Ref TextStore::keep(std::string text) {
    if (text.empty()) return {};
    int fd = -1;
    std::uint64_t at = 0;
    {
        std::lock_guard lock(mutex_);
        if (!opened_) fd_ = open_temporary(dir_); // only once there is a text to keep
        opened_ = true;
        fd = fd_;
        at = end_;
        if (fd >= 0) end_ += text.size();
    }
    std::size_t done = 0;
    while (fd >= 0 && done < text.size()) {
        ssize_t n =
            ::pwrite(fd, text.data() + done, text.size() - done, static_cast<off_t>(at + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    if (fd >= 0 && done == text.size()) return {at, text.size(), false};
    // A full temporary folder costs memory, not the build.
    std::lock_guard lock(mutex_);
    held_.push_back(std::move(text));
    return {held_.size() - 1, held_.back().size(), true};
}

std::string TextStore::read(const Ref& r) const {
    int fd = -1;
    {
        std::lock_guard lock(mutex_);
        if (r.held) return held_[r.at];
        fd = fd_;
    }
    std::string text(r.size, '\0');
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n =
            ::pread(fd, text.data() + done, text.size() - done, static_cast<off_t>(r.at + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            std::lock_guard lock(mutex_);
            if (failure_.empty()) failure_ = n < 0 ? std::strerror(errno) : "the file ended early";
            return {};
        }
        done += static_cast<std::size_t>(n);
    }
    return text;
}

std::string TextStore::failure() const {
    std::lock_guard lock(mutex_);
    return failure_;
}

} // namespace prongsai
