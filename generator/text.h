// Small text helpers: UTF-8 columns, Thai digits, numbers, escaping.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace prongsai {

// 1-based code-point column of a byte offset in a line.
int column_of_byte(std::string_view line, std::size_t byte_offset);

// White space that puts a caret under `column` of `line`: one space a code
// point, none for Thai marks that sit above or below their base, tabs kept.
std::string caret_padding(std::string_view line, int column);

// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view s);

// The lines of a text, without their "\n" (a final newline makes no empty line).
std::vector<std::string_view> split_lines(std::string_view text);

// Thai digits ๐–๙ replaced by 0–9; everything else kept.
std::string arabic_digits(std::string_view s);

// A whole number written with Arabic or Thai digits and optional "," separators
// ("30,000", "๓๐,๐๐๐", "-5"). Empty when it is anything else.
std::optional<std::int64_t> parse_integer(std::string_view s);

// The largest amount of baht accepted (10 trillion, far above any budget): its
// satang, and sums of thousands of them, fit an int64 without overflowing.
inline constexpr std::int64_t max_baht = 10'000'000'000'000;

// An amount of baht with at most two decimals ("1,250.50"), in satang; empty
// beyond max_baht.
std::optional<std::int64_t> parse_satang(std::string_view s);

std::string trim(std::string_view s);

// The forms the loader accepts of a name, an address or a colour, tested
// character by character: std::regex's matcher recurses at each character
// and overflows the stack on a value of some tens of thousands of bytes.

// Whether `s` is not empty and each byte of it is a digit, one of `also` or,
// as `letters` says, an ASCII letter.
enum class Letters { none, lower, any };
bool made_of(std::string_view s, std::string_view also, Letters letters = Letters::any);

// A web address: "https://" (or "http://" when `http_too`), a host of letters,
// digits, . and -, an optional :port, then nothing or a path that starts with
// / and holds only letters, digits and `path_also`.
bool is_web_address(std::string_view s, bool http_too, std::string_view path_also);

// "#" and six hex digits, like "#0b5394".
bool is_hex_colour(std::string_view s);

// Levenshtein distance, for "did you mean" hints.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// Line (1-based) and the line's text around byte `offset` of `text`; the
// line's first byte in `line_start`.
std::pair<int, std::string_view> line_at(std::string_view text, std::size_t offset,
                                         std::size_t& line_start);

// A theme's phrase with each {name} in it replaced by its value, in one pass
// (a value is not searched again): "มาตรการทั้งหมด {n} รายการ" with {"n", "12"}.
// A {name} with no value is left as written.
std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// & < > " ' as entities (&apos; is HTML5's and XML's).
std::string html_escape(std::string_view s);

// The bytes of a file, as they are; empty when it cannot be read.
std::string read_file_bytes(const std::filesystem::path& path);

// Reads open file `fd` to its end, handing each piece to `each`; false with
// `error` (an errno value) when a read fails.
bool read_pieces(int fd, int& error, const std::function<void(std::string_view)>& each);

// Why a file operation failed (an errno value), in words for the clerk:
// "permission denied", "the disk is full", "a folder of that name is in the way"…
std::string plain_error(int error);

} // namespace prongsai
