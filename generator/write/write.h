// write: the output folder is replaced whole or not at all. Pages go to a
// staging folder beside it, which is swapped in only when every page is written.
#pragma once

#include "diagnostics.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace prongsai {

// A file of the build cache kept beside output folder `out` (never inside it:
// the cache is not published), e.g. suffix ".lock".
std::filesystem::path cache_file_for(const std::filesystem::path& out, const std::string& suffix);

// Held for a whole build into `out` (the record read, the pages staged, the
// swap): two builds of one output folder at once would otherwise mix their
// pages and records. An advisory flock() on a file in the cache folder beside
// the output: the system lets go of it when the build ends, however it ends.
class BuildLock {
  public:
    // Waits up to `wait` for another build of `out` to finish, saying so once
    // on stderr; nullopt with an error when it does not, or the lock file
    // cannot be made.
    static std::optional<BuildLock> acquire(const std::filesystem::path& out, Diagnostics& diags,
                                            std::chrono::seconds wait = std::chrono::minutes(10));
    BuildLock(BuildLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    BuildLock& operator=(BuildLock&& other) noexcept {
        std::swap(fd_, other.fd_);
        return *this;
    }
    ~BuildLock();

  private:
    explicit BuildLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

class OutputWriter {
  public:
    // Refuses an output folder that is or holds the content folder, or that has
    // files and was not written by prongsai (it has no marker file). The
    // caller holds the BuildLock of `out`.
    // The checks of begin() alone, made before anything is written beside
    // `out` (the build lock).
    static bool check_place(const std::filesystem::path& out, const std::filesystem::path& content,
                            Diagnostics& diags);
    static std::optional<OutputWriter> begin(const std::filesystem::path& out,
                                             const std::filesystem::path& content,
                                             Diagnostics& diags);

    // Safe to call from several threads for different files once their
    // folders exist (make_dirs first).
    bool write(const std::string& rel, std::string_view bytes);
    // A file written in pieces as `produce` hands them to its argument, so
    // that a page the size of the whole plan is never one string.
    bool write_streamed(
        const std::string& rel,
        const std::function<void(const std::function<void(std::string_view)>&)>& produce);
    // A file published as it is. The same file published again in one build
    // (each organisation of a province has its theme's assets) is a hard link
    // to its first copy: one file less to create and write.
    bool copy(const std::filesystem::path& from, const std::string& rel);
    // A file of the content folder `root`, published as it is: opened with
    // open_beneath, so a link swapped in since it was loaded cannot publish a
    // file from outside. When `sha256` is given, the bytes copied must have
    // it (the SHA-256 the pages show).
    bool copy_beneath(const std::filesystem::path& root, const std::filesystem::path& from,
                      const std::string& rel, const std::string& sha256 = "");
    void make_dirs(const std::string& rel_dir);

    // Takes an unchanged file over from the current output folder (a hard link,
    // or a copy where links fail); false when it is not there.
    bool reuse(const std::string& rel);
    // Takes a whole sub-folder over from the current output folder.
    bool reuse_folder(const std::string& rel_dir);

    // A file written (or taken over) in this build; nullopt when it is not there.
    std::optional<std::string> read_staged(const std::string& rel) const;
    // Whether sub-folder `rel_dir` of the staging folder holds the same files,
    // byte for byte, as the output folder's.
    bool same_as_live(const std::string& rel_dir) const;

    // Puts the staging folder in place of the output folder.
    bool commit(Diagnostics& diags);
    // When only sub-folder `rel_dir` changed: puts the staging folder's
    // `rel_dir` in place of the output folder's, also in one atomic step.
    bool commit_folder(const std::string& rel_dir, Diagnostics& diags);
    // Removes the staging folder; the output folder stays as it was.
    void abort();

    static constexpr const char* marker = ".prongsai";

    // What went wrong with the first file that could not be written, as a
    // sentence for the error message.
    std::string failed() const;
    // The content file it is about, when the fault is that file's; else empty.
    std::string failed_file() const;

  private:
    bool fail(const std::string& rel, const std::string& why = "", const std::string& file = "");
    bool swap_in(const std::filesystem::path& staged, const std::filesystem::path& live,
                 Diagnostics& diags);
    std::filesystem::path out_, staging_;
    std::shared_ptr<std::mutex> failed_mutex_ = std::make_shared<std::mutex>();
    std::shared_ptr<std::string> failed_ = std::make_shared<std::string>();
    std::shared_ptr<std::string> failed_file_ = std::make_shared<std::string>();
    struct Copies {
        std::mutex mutex;
        std::map<std::filesystem::path, std::string> first; // source → its first copy
    };
    std::shared_ptr<Copies> copies_ = std::make_shared<Copies>();
};

} // namespace prongsai
