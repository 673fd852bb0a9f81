// `prongsai import PLAN [-o DIR]`: a plan document written on the national
// template, as plain text or .docx, read into a new content folder. Nothing is
// invented: what cannot be read is a TODO, and IMPORT.md lists every TODO,
// guess and contradiction with the document's line.
#pragma once

#include <filesystem>
#include <string>

namespace prongsai {

struct ImportResult {
    bool ok = false;
    std::string message; // what was written, or why nothing was
    std::string report;  // IMPORT.md's text
    int projects = 0, todos = 0, guesses = 0, contradictions = 0;
};

ImportResult import_plan(const std::filesystem::path& plan, const std::filesystem::path& out);

} // namespace prongsai
