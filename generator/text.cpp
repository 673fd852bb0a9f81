#include "text.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace prongsai {

namespace {

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Thai vowels and tone marks written above or below a consonant (zero width).
bool is_thai_mark(char32_t cp) {
    return cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E);
}

// Decodes the code point starting at s[i] (assumes valid UTF-8) and advances i.
char32_t decode(std::string_view s, std::size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && i + k < s.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

} // namespace

int column_of_byte(std::string_view line, std::size_t byte_offset) {
    int column = 1;
    for (std::size_t i = 0; i < byte_offset && i < line.size(); ++i)
        if (!is_continuation(static_cast<unsigned char>(line[i]))) ++column;
    return column;
}

std::string caret_padding(std::string_view line, int column) {
    std::string pad;
    std::size_t i = 0;
    for (int c = 1; c < column && i < line.size(); ++c) {
        char32_t cp = decode(line, i);
        if (cp == '\t')
            pad += '\t';
        else if (!is_thai_mark(cp))
            pad += ' ';
    }
    return pad;
}

std::size_t invalid_utf8_offset(std::string_view s) {
    // Every content file goes through here: ASCII is skipped a byte at a time
    // without the table below. The second byte's range excludes overlong
    // forms, surrogates and code points beyond U+10FFFF.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        }
        if (len == 0 || n - i < len || p[i + 1] < low || p[i + 1] > high) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (!is_continuation(p[i + k])) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::string arabic_digits(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        // ๐ is U+0E50: E0 B9 90 … ๙ U+0E59: E0 B9 99
        if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE0 &&
            static_cast<unsigned char>(s[i + 1]) == 0xB9) {
            auto c = static_cast<unsigned char>(s[i + 2]);
            if (c >= 0x90 && c <= 0x99) {
                out += static_cast<char>('0' + (c - 0x90));
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

bool made_of(std::string_view s, std::string_view also, Letters letters) {
    auto allowed = [&](char c) {
        return (letters != Letters::none && c >= 'a' && c <= 'z') ||
               (letters == Letters::any && c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               also.find(c) != std::string_view::npos;
    };
    return !s.empty() && std::all_of(s.begin(), s.end(), allowed);
}

bool is_web_address(std::string_view s, bool http_too, std::string_view path_also) {
    if (s.starts_with("https://"))
        s.remove_prefix(8);
    else if (http_too && s.starts_with("http://"))
        s.remove_prefix(7);
    else
        return false;
    std::size_t path = std::min(s.find('/'), s.size());
    std::string_view host = s.substr(0, path);
    if (auto colon = host.find(':'); colon != std::string_view::npos) {
        if (!made_of(host.substr(colon + 1), "", Letters::none)) return false;
        host = host.substr(0, colon);
    }
    return made_of(host, ".-") && (path == s.size() || made_of(s.substr(path), path_also));
}

bool is_hex_colour(std::string_view s) {
    return s.size() == 7 && s[0] == '#' &&
           s.substr(1).find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

namespace {

// Digits with optional thousands separators, each group after the first of three.
bool grouped_digits(std::string_view s) {
    if (s.empty()) return false;
    if (s.find(',') == std::string_view::npos)
        return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::size_t first = s.find(',');
    if (first == 0 || first > 3) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool comma_here = i >= first && (i - first) % 4 == 0;
        if (comma_here != (s[i] == ',')) return false;
        if (!comma_here && (s[i] < '0' || s[i] > '9')) return false;
    }
    return (s.size() - first) % 4 == 0;
}

} // namespace

std::optional<std::int64_t> parse_integer(std::string_view text) {
    std::string s = arabic_digits(trim(text));
    bool negative = !s.empty() && s[0] == '-';
    std::string_view digits = negative ? std::string_view(s).substr(1) : std::string_view(s);
    if (!grouped_digits(digits) || digits.size() > 18) return std::nullopt;
    std::int64_t value = 0;
    for (char c : digits)
        if (c != ',') value = value * 10 + (c - '0');
    return negative ? -value : value;
}

std::optional<std::int64_t> parse_satang(std::string_view text) {
    std::string s = arabic_digits(trim(text));
    std::size_t dot = s.find('.');
    auto whole = parse_integer(std::string_view(s).substr(0, dot));
    if (!whole || *whole > max_baht || *whole < -max_baht) return std::nullopt;
    std::int64_t satang = 0;
    if (dot != std::string::npos) {
        std::string frac = s.substr(dot + 1);
        if (frac.empty() || frac.size() > 2 ||
            !std::all_of(frac.begin(), frac.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return std::nullopt;
        satang = std::stoi(frac) * (frac.size() == 1 ? 10 : 1);
    }
    bool negative = !s.empty() && s[0] == '-';
    return *whole * 100 + (negative ? -satang : satang);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string read_file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::move(bytes).str();
}

std::string plain_error(int error) {
    switch (error) {
    case EACCES:
    case EPERM:
        return "permission denied";
    case ENOSPC:
    case EDQUOT:
        return "the disk is full";
    case EROFS:
        return "the disk is read-only";
    case EISDIR:
        return "a folder of that name is in the way";
    case ENOTDIR:
        return "a file is in the way of a folder";
    case ENOENT:
        return "it does not exist";
    case ELOOP:
        return "too many links in its path";
    case ENAMETOOLONG:
        return "its name is too long";
    case EIO:
        return "the disk cannot be read or written (input/output error)";
    default:
        return std::strerror(error);
    }
}

std::pair<int, std::string_view> line_at(std::string_view text, std::size_t offset,
                                         std::size_t& line_start) {
    int line = 1;
    line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    std::size_t end = text.find('\n', line_start);
    return {line, text.substr(line_start, end == std::string_view::npos ? end : end - line_start)};
}

std::string fill(std::string_view pattern,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    out.reserve(pattern.size() + 32);
    std::size_t from = 0;
    for (std::size_t open; (open = pattern.find('{', from)) != std::string_view::npos;) {
        std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos) break;
        std::string_view name = pattern.substr(open + 1, close - open - 1);
        auto it = std::find_if(values.begin(), values.end(),
                               [&](const auto& v) { return v.first == name; });
        if (it == values.end()) {
            out.append(pattern, from, open + 1 - from); // not a placeholder: keep the brace
            from = open + 1;
            continue;
        }
        out.append(pattern, from, open - from);
        out += it->second;
        from = close + 1;
    }
    out.append(pattern, from);
    return out;
}

std::string html_escape(std::string_view s) {
    // Every value of every page comes through here (kainjow's escaping is
    // this one too): the text between special characters is copied in one piece.
    std::string out;
    out.reserve(s.size() + 16);
    std::size_t copied = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char* entity = nullptr;
        switch (s[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&apos;";
            break;
        default:
            continue;
        }
        out.append(s.substr(copied, i - copied)).append(entity);
        copied = i + 1;
    }
    return out.append(s.substr(copied));
}

bool read_pieces(int fd, int& error, const std::function<void(std::string_view)>& each) {
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = errno;
            return false;
        }
        if (n == 0) return true;
        each(std::string_view(buffer, static_cast<std::size_t>(n)));
    }
}

} // namespace prongsai
