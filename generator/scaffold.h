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

// What site.toml and plan/plan.toml say of an organisation: what `init`
// fills with placeholders and `import` with what the document gives (an empty
// field: the placeholder, marked TODO).
struct OrganisationFacts {
    std::string name, type, district, province, address, executive_name, executive_title;
    std::string plan_title;
    int first_year = 0, last_year = 0;
    std::string announced, signer, signer_title, prepared;
    // Written into plan.toml after the first keys: [stated], [[targets]],
    // [[risks]] and the [[dimensions]] (the template's when empty).
    std::string stated_toml, targets_toml, risks_toml, dimensions_toml;
};

// `prongsai init DIR`: a content folder that builds as it is.
NewResult init_content(const std::filesystem::path& dir);

// The folder and files both `init` and `import` start from, or why nothing
// was written: DIR must not exist or be empty.
NewResult write_content_layout(const std::filesystem::path& dir, const OrganisationFacts& facts);

// The national template's dimensions, missions and sub-items (generator/data/plan_template.toml).
const char* plan_template_toml();

// A TOML basic string holding `s`.
std::string toml_string(const std::string& s);

// Today's local date in the Buddhist Era.
Date today_buddhist_era();

} // namespace prongsai
