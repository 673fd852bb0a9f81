// SHA-256 of files and bytes, with OpenSSL's libcrypto.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace prongsai {

std::string sha256_hex(std::string_view bytes);
// Empty when the file cannot be read.
std::optional<std::string> sha256_file(const std::filesystem::path& path);

} // namespace prongsai
