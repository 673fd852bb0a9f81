#include "harness.h"

#include <doctest/doctest.h>
#include <fstream>
#include <sstream>
#include <stdlib.h>
#include <sys/wait.h>

namespace e2e {

fs::path source_dir() {
    return PRONGSAI_SOURCE_DIR;
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
    std::string command =
        "cd '" + dir_.string() + "' && '" PRONGSAI_BIN "' " + args + " > stdout.txt 2> stderr.txt";
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

} // namespace e2e
