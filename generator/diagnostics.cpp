#include "diagnostics.h"

#include "text.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

namespace prongsai {

void Diagnostics::error(SourceLoc loc, std::string message, std::string line_text) {
    add({Severity::error, std::move(loc), std::move(message), std::move(line_text)});
}

void Diagnostics::warning(SourceLoc loc, std::string message, std::string line_text) {
    add({Severity::warning, std::move(loc), std::move(message), std::move(line_text)});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    list_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
    for (const auto& d : other.list_)
        add(d);
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out = list_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc.file, a.loc.line, a.loc.column) <
               std::tie(b.loc.file, b.loc.line, b.loc.column);
    });
    return out;
}

std::string format(const Diagnostic& d) {
    std::string out = d.loc.file;
    if (d.loc.line > 0) {
        out += ':' + std::to_string(d.loc.line);
        if (d.loc.column > 0) out += ':' + std::to_string(d.loc.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    out += '\n';
    if (!d.line_text.empty()) {
        out += "    " + d.line_text + '\n';
        out += "    " + caret_padding(d.line_text, d.loc.column) + "^\n";
    }
    return out;
}

std::string format_all(const Diagnostics& diags) {
    std::map<std::string, std::vector<std::string>> files;
    auto line_of = [&](const SourceLoc& loc) -> std::string {
        auto [it, fresh] = files.try_emplace(loc.file);
        if (fresh) {
            std::ifstream in(loc.file, std::ios::binary);
            std::string line;
            while (std::getline(in, line)) {
                if (!line.empty() && line.back() == '\r') line.pop_back();
                it->second.push_back(line);
            }
            if (!it->second.empty() && it->second[0].starts_with("\xEF\xBB\xBF"))
                it->second[0].erase(0, 3);
        }
        if (loc.line < 1 || loc.line > static_cast<int>(it->second.size())) return {};
        std::string text = it->second[loc.line - 1];
        // Never echo bytes that are not text to the terminal.
        for (std::size_t bad; (bad = invalid_utf8_offset(text)) != std::string::npos;)
            text[bad] = '?';
        for (char& ch : text)
            if (ch == '\0') ch = '?';
        return text;
    };
    std::string out;
    for (Diagnostic d : diags.sorted()) {
        if (d.line_text.empty() && d.loc.line > 0) d.line_text = line_of(d.loc);
        out += format(d);
    }
    return out;
}

} // namespace prongsai
