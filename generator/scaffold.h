// scaffold: `prongsai new` — a new content file with every key filled in and
// explained, so a clerk edits values instead of remembering the format.
#pragma once

#include "model.h"

#include <filesystem>
#include <string>

namespace prongsai {

struct NewOptions {
    std::string kind; // "project", "announcement" or "document"
    std::filesystem::path content = "content";
    int number = 0;            // project: 0 for the next free number
    std::string slug = "new";  // announcement: YYYY-MM-DD-SLUG.md
    std::string document_file; // document: a file already in CONTENT/documents
    Date today;                // Buddhist-Era
};

struct NewResult {
    bool ok = false;
    std::string message; // what was written, or why nothing was
};

// Writes the new file (or appends the [[documents]] entry); never overwrites.
NewResult new_content_file(const NewOptions& options);

// Today's local date in the Buddhist Era.
Date today_buddhist_era();

} // namespace prongsai
