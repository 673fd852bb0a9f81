#include "load/source_file.h"

#include "text.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prongsai {

namespace {

// A line of TIS-620 (ก–๛ at 0xA1–0xFB, ASCII below 0x80) as UTF-8, or nullopt
// when it has bytes TIS-620 does not use.
std::optional<std::string> from_tis620(std::string_view line) {
    std::string out;
    for (char ch : line) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c >= 0xA1 && c <= 0xFB && !(c >= 0xDB && c <= 0xDE)) {
            char32_t cp = 0x0E01 + (c - 0xA1);
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            return std::nullopt;
        }
    }
    return out;
}

// The byte offset in the UTF-8 form of a TIS-620 line that matches `offset`.
std::size_t tis620_offset(std::string_view line, std::size_t offset) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < offset && i < line.size(); ++i)
        out += static_cast<unsigned char>(line[i]) < 0x80 ? 1 : 3;
    return out;
}

} // namespace

std::optional<std::string> read_source_file(const std::filesystem::path& path,
                                            const std::string& shown_as, Diagnostics& diags) {
    // O_NONBLOCK: opening a named pipe (FIFO) would otherwise wait for a
    // writer forever.
    int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        diags.error({shown_as, 0, 0}, "cannot read this file (" + plain_error(errno) +
                                          "); let the user who runs prongsai read it (chmod a+r)");
        return std::nullopt;
    }
    auto text = read_source_file(fd, shown_as, path.filename().string(), diags);
    close(fd);
    return text;
}

// The hint names the file as shown (the content folder as the user typed
// it), so the command works from where prongsai was run.
std::optional<std::string> read_source_file(int fd, const std::string& shown_as,
                                            const std::string& /*file_name*/, Diagnostics& diags) {
    // Only a regular file is read: the descriptor's own type, not the name's,
    // so nothing can be swapped in between.
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        diags.error({shown_as, 0, 0},
                    "this is not a regular file (a folder, a pipe or a device); a content file "
                    "must be a plain text file: remove it or give it another name");
        return std::nullopt;
    }
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    int error = 0;
    while (got < text.size()) {
        ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) error = errno;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    if (error) {
        diags.error({shown_as, 0, 0}, "cannot read this file (" + plain_error(error) + ")");
        return std::nullopt;
    }
    text.resize(got); // shorter when the file shrank while being read

    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    if (text.find("\r\n") != std::string::npos) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < text.size(); ++i)
            if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
                text[kept++] = text[i];
        text.resize(kept);
    }

    if (std::size_t nul = text.find('\0'); nul != std::string::npos) {
        std::size_t start = 0;
        auto [line, line_text] = line_at(text, nul, start);
        diags.error({shown_as, line, column_of_byte(line_text, nul - start)},
                    "the file contains a NUL byte (it is not a text file); save it again as "
                    "plain text in UTF-8");
        return std::nullopt;
    }
    if (std::size_t bad = invalid_utf8_offset(text); bad != std::string::npos) {
        std::size_t start = 0;
        auto [line, line_text] = line_at(text, bad, start);
        // Thai editors often save TIS-620 / Windows-874: then show the line as
        // the clerk wrote it, and say how to convert the file.
        if (auto thai = from_tis620(line_text)) {
            diags.error(
                {shown_as, line, column_of_byte(*thai, tis620_offset(line_text, bad - start))},
                "the file is saved as TIS-620 / Windows-874, not UTF-8; save it again as "
                "UTF-8, or convert it: iconv -f TIS-620 -t UTF-8 " +
                    shown_as + " > new.md && mv new.md " + shown_as,
                *thai);
            return std::nullopt;
        }
        diags.error({shown_as, line, column_of_byte(line_text, bad - start)},
                    "the file is not valid UTF-8 (perhaps TIS-620 / Windows-874); save it as "
                    "UTF-8, or convert it: iconv -f TIS-620 -t UTF-8");
        return std::nullopt;
    }
    return text;
}

} // namespace prongsai
