// SHA-256 of files and bytes, with OpenSSL's libcrypto.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

std::string sha256_hex(std::string_view bytes);

// SHA-256 of bytes given a block at a time, so that a file of any size is
// hashed in a fixed amount of memory.
class Sha256 {
  public:
    Sha256();
    void add(std::string_view bytes);
    std::string hex(); // ends it

  private:
    struct Free {
        void operator()(void* ctx) const;
    };
    std::unique_ptr<void, Free> ctx_;
};

// Empty when the file cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& path);

} // namespace prongsai
