// Diagnostics: every problem found in content, with the place it was found.
#pragma once

#include <string>
#include <vector>

namespace prongsai {

// A place in a content file. Lines and columns count from 1; the column counts
// Unicode code points, so a clerk's editor shows the same number.
struct SourceLoc {
    std::string file; // path as shown to the user (relative to the content folder's parent)
    int line = 0;     // 0: the whole file
    int column = 0;
};

enum class Severity { warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    SourceLoc loc;
    std::string message;
    std::string line_text; // the offending line, quoted under the message
};

class Diagnostics {
  public:
    void error(SourceLoc loc, std::string message, std::string line_text = {});
    void warning(SourceLoc loc, std::string message, std::string line_text = {});
    void add(Diagnostic d);
    void append(const Diagnostics& other);

    bool has_errors() const { return errors_ > 0; }
    int errors() const { return errors_; }
    int warnings() const { return static_cast<int>(list_.size()) - errors_; }
    const std::vector<Diagnostic>& list() const { return list_; }

    // Sorted by file, line, column so output does not depend on load order.
    std::vector<Diagnostic> sorted() const;

  private:
    std::vector<Diagnostic> list_;
    int errors_ = 0;
};

// "file:line:column: error: message", then the line and a caret under the column.
std::string format(const Diagnostic& d);

// Every diagnostic, sorted, each with its line quoted (read from its file when
// the diagnostic did not carry it).
std::string format_all(const Diagnostics& diags);

} // namespace prongsai
