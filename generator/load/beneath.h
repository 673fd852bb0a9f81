// Opening a file of a folder without ever leaving that folder, even while
// someone swaps a component for a link.
#pragma once

#include <cerrno>
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>

namespace prongsai {

// Opens `rel` (a relative path below `root`) read-only. A link is followed
// only while it stays below `root`: one leading out fails with EXDEV. The
// descriptor is what later reads, hashes and copies use, so that what was
// checked is what is read. -1 with errno set on failure.
int open_beneath(const std::filesystem::path& root, const std::filesystem::path& rel);
// The same with open(2)'s `flags` and `mode`, to write (O_CREAT) below `root`.
int open_beneath(const std::filesystem::path& root, const std::filesystem::path& rel, int flags,
                 mode_t mode);

// The whole of an open file, or nullopt with `error` set.
std::optional<std::string> read_all(int fd, int& error);

// Whether an open_beneath failure means "leads outside the folder".
inline bool leads_outside(int error) {
    return error == EXDEV || error == ELOOP;
}

} // namespace prongsai
