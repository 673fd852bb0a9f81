// End-to-end harness: copies content into a scratch folder, runs the real
// prongsai program there, and reads what it wrote.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;

struct Run {
    int exit_code = -1;
    std::string out, err;
};

std::string read_file(const fs::path& p);
void write_file(const fs::path& p, const std::string& text);

// Every file below `dir`, by relative path, with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir);

class Workspace {
  public:
    // A fresh folder with a copy of `content` (a path below the source tree)
    // as ./content.
    explicit Workspace(const std::string& content = "content");
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const fs::path& dir() const { return dir_; }
    fs::path path(const std::string& rel) const { return dir_ / rel; }

    // Runs `prongsai ARGS` in the workspace folder.
    Run prongsai(const std::string& args) const;

    // Replaces the first `from` in content file `rel` with `to`; fails the
    // test when `from` is not there, so a mutation can never silently miss.
    void edit(const std::string& rel, const std::string& from, const std::string& to) const;

  private:
    fs::path dir_;
};

fs::path source_dir();

// The program under test: $PRONGSAI_TEST_BIN when it is set (CI runs these
// tests against its sanitizer builds of the program), else the one built
// beside the tests.
const std::string& prongsai_bin();

// Whether that program was built with AddressSanitizer or ThreadSanitizer:
// their shadow memory and quarantine of freed blocks say nothing of the
// program's own memory, so the tests of memory bounds loosen them.
bool sanitized_program();

// province/: the workspace's Tak Bai content as province/takbai, and a copy of
// each named fixture organisation (tests/fixtures/NAME) beside it.
void make_province(const Workspace& w, const std::vector<std::string>& fixtures);

// Whether every diagnostic in `err` is a warning the bundled content gives on
// every build: about a yearly report (years/…), whose documents contradict
// themselves, or the national template's blank its plan keeps (project 41).
bool only_year_warnings(const std::string& err);

// `err` without those warnings, their lines quoted under them, and with the
// summary line's count of warnings lowered to match.
std::string without_year_warnings(const std::string& err);

} // namespace e2e
