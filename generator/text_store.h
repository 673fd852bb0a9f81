// Texts kept in an unlinked temporary file instead of memory. The pipeline
// loads every page before it renders any and makes the search index before it
// writes any file; a plan's bodies and the index's texts, held that long, made
// memory grow with the plan's size (100,000 projects: 2.4 GB).
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace prongsai {

class TextStore {
  public:
    struct Ref {
        std::uint64_t at = 0; // offset in the file, or index in `held_`
        std::uint64_t size = 0;
        bool held = false;
    };

    // The temporary file is opened in `dir` (empty: the system's temporary
    // folder) by the first keep(); without one, every text is held in memory.
    explicit TextStore(std::string dir = {}) : dir_(std::move(dir)) {}
    ~TextStore();
    TextStore(const TextStore&) = delete;
    TextStore& operator=(const TextStore&) = delete;

    // Both may be called from any thread.
    Ref keep(std::string text);
    std::string read(const Ref& r) const;

    // Why a text could not be read back (it then reads as ""); empty when all
    // could. A build that wrote a page from such a text must fail.
    std::string failure() const;

  private:
    std::string dir_;
    int fd_ = -1;
    bool opened_ = false;
    mutable std::mutex mutex_;
    std::uint64_t end_ = 0;
    std::vector<std::string> held_; // without a file, or when writing to it failed
    mutable std::string failure_;
};

} // namespace prongsai
