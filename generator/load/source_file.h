// Reading a content file as text that the later stages can trust.
#pragma once

#include "diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>

namespace prongsai {

// Reads `path` as UTF-8 text with LF line ends. A byte-order mark is dropped and
// CRLF becomes LF (both are what Windows editors write). Invalid UTF-8, a NUL
// byte or an unreadable file is an error at its place; nullopt then.
std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& shown_as, Diagnostics& diags);
// The same from a file already open (left open); `file_name` is its name, for
// the conversion hint.
std::optional<std::string> read_source_file(int fd, const std::string& shown_as,
                                            const std::string& file_name, Diagnostics& diags);

} // namespace prongsai
