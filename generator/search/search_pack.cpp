#include "search/search_pack.h"

#include <algorithm>
#include <array>
#include <libdeflate.h>

namespace prongsai {
namespace {

constexpr std::string_view call_prefix = "prongsaiSearch.";
constexpr std::string_view call_end = ");\n";
constexpr std::string_view packed_end = "\");\n";
constexpr std::string_view base64_digits =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Level 1: 6% larger than level 6 (the 10,000-page province's index), in 40% of the time.
constexpr int deflate_level = 1;

std::string deflated(std::string_view in) {
    libdeflate_compressor* c = libdeflate_alloc_compressor(deflate_level);
    std::string out(libdeflate_zlib_compress_bound(c, in.size()), '\0');
    out.resize(libdeflate_zlib_compress(c, in.data(), in.size(), out.data(), out.size()));
    libdeflate_free_compressor(c);
    return out;
}

std::optional<std::string> inflated(std::string_view in) {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    std::string out(std::max<std::size_t>(in.size() * 4, 4096), '\0');
    std::size_t size = 0;
    libdeflate_result r;
    while ((r = libdeflate_zlib_decompress(d, in.data(), in.size(), out.data(), out.size(),
                                           &size)) == LIBDEFLATE_INSUFFICIENT_SPACE)
        out.resize(out.size() * 2);
    libdeflate_free_decompressor(d);
    if (r != LIBDEFLATE_SUCCESS) return std::nullopt;
    out.resize(size);
    return out;
}

// Base 64, written and read a group at a time (a province's index is tens of megabytes).
void append_base64(std::string& out, std::string_view in) {
    std::size_t at = out.size();
    out.resize(at + (in.size() + 2) / 3 * 4);
    char* o = out.data() + at;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(in[i]); };
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3, o += 4) {
        unsigned n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        o[0] = base64_digits[n >> 18];
        o[1] = base64_digits[n >> 12 & 63];
        o[2] = base64_digits[n >> 6 & 63];
        o[3] = base64_digits[n & 63];
    }
    if (std::size_t left = in.size() - i) {
        unsigned n = byte(i) << 16 | (left == 2 ? byte(i + 1) << 8 : 0);
        o[0] = base64_digits[n >> 18];
        o[1] = base64_digits[n >> 12 & 63];
        o[2] = left == 2 ? base64_digits[n >> 6 & 63] : '=';
        o[3] = '=';
    }
}

std::optional<std::string> from_base64(std::string_view in) {
    static constexpr auto values = [] {
        std::array<signed char, 256> v{};
        v.fill(-1);
        for (std::size_t d = 0; d < base64_digits.size(); ++d)
            v[static_cast<unsigned char>(base64_digits[d])] = static_cast<signed char>(d);
        return v;
    }();
    std::size_t padding = in.ends_with("==") ? 2 : in.ends_with('=') ? 1 : 0;
    if (in.size() % 4) return std::nullopt;
    std::string out(in.size() / 4 * 3 - padding, '\0');
    std::size_t o = 0;
    for (std::size_t i = 0; i < in.size(); i += 4) {
        unsigned n = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            int v = values[static_cast<unsigned char>(in[i + k])];
            if (v < 0 && !(i + k >= in.size() - padding)) return std::nullopt;
            n = n << 6 | static_cast<unsigned>(std::max(v, 0));
        }
        for (int shift : {16, 8, 0})
            if (o < out.size()) out[o++] = static_cast<char>(n >> shift & 0xFF);
    }
    return out;
}

} // namespace

std::string pack_search_file(std::string_view script) {
    std::size_t open = script.find('(');
    std::string_view call = script.substr(0, open + 1);
    std::string_view args = script.substr(open + 1, script.size() - open - 1 - call_end.size());
    std::string out(call);
    out += '"';
    append_base64(out, deflated(args));
    out += packed_end;
    return out;
}

std::optional<std::string> unpack_search_file(std::string_view file) {
    std::size_t open = file.find("(\"");
    if (!file.starts_with(call_prefix) || open == std::string_view::npos ||
        !file.ends_with(packed_end) || open + 2 + packed_end.size() > file.size())
        return std::nullopt;
    std::optional<std::string> bytes =
        from_base64(file.substr(open + 2, file.size() - open - 2 - packed_end.size()));
    std::optional<std::string> args = bytes ? inflated(*bytes) : std::nullopt;
    if (!args) return std::nullopt;
    return std::string(file.substr(0, open + 1)) + *args + std::string(call_end);
}

} // namespace prongsai
