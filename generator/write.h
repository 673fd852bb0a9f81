// write: the output folder is replaced whole or not at all. Pages go to a
// staging folder beside it, which is swapped in only when every page is written.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

class OutputWriter {
  public:
    // Refuses an output folder that is or holds the content folder, or that has
    // files and was not written by prongsai (it has no marker file).
    static std::optional<OutputWriter> begin(const std::filesystem::path& out,
                                             const std::filesystem::path& content,
                                             Diagnostics& diags);

    // Safe to call from several threads for different files once their
    // folders exist (make_dirs first).
    bool write(const std::string& rel, std::string_view bytes);
    bool copy(const std::filesystem::path& from, const std::string& rel);
    void make_dirs(const std::string& rel_dir);

    // Puts the staging folder in place of the output folder.
    bool commit(Diagnostics& diags);
    // Removes the staging folder; the output folder stays as it was.
    void abort();

    static constexpr const char* marker = ".prongsai";

    // The first file that could not be written, for the error message.
    std::string failed() const;

  private:
    bool fail(const std::string& rel);
    std::filesystem::path out_, staging_;
    std::shared_ptr<std::mutex> failed_mutex_ = std::make_shared<std::mutex>();
    std::shared_ptr<std::string> failed_ = std::make_shared<std::string>();
};

} // namespace prongsai
