#include "harness.h"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <stdlib.h>
#include <sys/wait.h>

namespace e2e {

const std::string& prongsai_bin() {
    static const std::string bin = [] {
        const char* set = std::getenv("PRONGSAI_TEST_BIN");
        return std::string(set && *set ? set : PRONGSAI_BIN);
    }();
    return bin;
}

bool sanitized_program() {
    static const bool sanitized = [] {
        std::string program = read_file(prongsai_bin());
        return program.find("__asan_init") != std::string::npos ||
               program.find("__tsan_init") != std::string::npos;
    }();
    return sanitized;
}

fs::path source_dir() {
    return PRONGSAI_SOURCE_DIR;
}

void make_province(const Workspace& w, const std::vector<std::string>& fixtures) {
    fs::create_directories(w.path("province"));
    fs::rename(w.path("content"), w.path("province/takbai"));
    for (const auto& name : fixtures)
        fs::copy(source_dir() / "tests/fixtures" / name, w.path("province") / name,
                 fs::copy_options::recursive);
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return std::move(s).str();
}

void write_file(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    if (!fs::exists(dir)) return files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files[fs::relative(e.path(), dir).generic_string()] = read_file(e.path());
    return files;
}

Workspace::Workspace(const std::string& content) {
    std::string tmpl = (fs::temp_directory_path() / "prongsai-e2e-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    dir_ = tmpl;
    fs::copy(source_dir() / content, dir_ / "content", fs::copy_options::recursive);
}

Workspace::~Workspace() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

Run Workspace::prongsai(const std::string& args) const {
    std::string command = "cd '" + dir_.string() + "' && '" + prongsai_bin() + "' " + args +
                          " > stdout.txt 2> stderr.txt";
    int status = std::system(command.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_file(dir_ / "stdout.txt");
    r.err = read_file(dir_ / "stderr.txt");
    fs::remove(dir_ / "stdout.txt");
    fs::remove(dir_ / "stderr.txt");
    return r;
}

void Workspace::edit(const std::string& rel, const std::string& from, const std::string& to) const {
    fs::path p = dir_ / "content" / rel;
    std::string text = read_file(p);
    auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, rel << " does not contain: " << from);
    text.replace(at, from.size(), to);
    write_file(p, text);
}

// A warning the bundled content gives on every build: its yearly reports
// contradict themselves, and its plan keeps one blank of the national
// template ("ปลัด (อบจ./เทศบาล/อบต.)", project 41), as the document prints it.
static bool known_warning(const std::string& line) {
    return line.find("/years/") != std::string::npos ||
           line.find("41.md:41:12: warning: \"(อบจ./เทศบาล/อบต.)\" is left from the national "
                     "template") != std::string::npos;
}

bool only_year_warnings(const std::string& err) {
    std::size_t start = 0;
    while (start < err.size()) {
        std::size_t end = err.find('\n', start);
        if (end == std::string::npos) end = err.size();
        std::string line = err.substr(start, end - start);
        bool diagnostic = line.find(": warning: ") != std::string::npos ||
                          line.find(": error: ") != std::string::npos;
        if (diagnostic && (line.find(": error: ") != std::string::npos || !known_warning(line)))
            return false;
        start = end + 1;
    }
    return true;
}

std::string without_year_warnings(const std::string& err) {
    std::string out;
    int removed = 0;
    bool skipping = false;
    std::size_t start = 0;
    while (start < err.size()) {
        std::size_t end = err.find('\n', start);
        if (end == std::string::npos) end = err.size() - 1;
        std::string line = err.substr(start, end - start + 1);
        start = end + 1;
        if (line.find(": warning: ") != std::string::npos && known_warning(line)) {
            skipping = true;
            ++removed;
            continue;
        }
        if (skipping && line.starts_with("    ")) continue;
        skipping = false;
        if (line.starts_with("prongsai ") && removed > 0) {
            std::size_t w = line.find(" warning(s)");
            std::size_t n = line.rfind(' ', w - 1) + 1;
            if (w != std::string::npos)
                line.replace(n, w - n, std::to_string(std::stoi(line.substr(n, w - n)) - removed));
        }
        out += line;
    }
    return out;
}

} // namespace e2e
