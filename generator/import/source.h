// import: the plan document as one stream of rows, whatever it was read from.
// A paragraph is a row of one cell; a table row (tab-separated text, or a
// .docx table's row) a row of several. The template parser reads only this.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace prongsai::import {

struct Row {
    int line = 0; // the text's line, or the .docx's paragraph or table row (1-based)
    std::vector<std::string> cells;
    bool table = false; // from a table (or a line holding tabs)
};

struct Source {
    std::string name;          // the file as the user gave it
    std::string unit = "line"; // what Row::line counts: "line" or "paragraph"
    std::vector<Row> rows;
};

// Plain text: pdftotext, a PDF's copied text, Word's "plain text" export.
// Tabs separate cells; HTML paragraph residue (<p>…</p>) and Markdown bold
// markers are taken out; blank lines dropped.
std::optional<Source> read_text(const std::filesystem::path& file, std::string& error);
// The same, for a text already read; `name` is the file as the user gave it.
std::optional<Source> text_source(std::string text, const std::string& name, std::string& error);

// A .docx: word/document.xml's paragraphs and tables, in order.
std::optional<Source> read_docx(const std::filesystem::path& file, std::string& error);

// A cell's text with runs of white space made one space, trimmed, the
// leftovers of HTML paragraphs and of Markdown bold taken out.
std::string clean_cell(std::string_view s);

// Why `source` is refused before the template is read in it (a cell longer
// than any a plan holds), or nullopt.
std::optional<std::string> overlong_cell(const Source& source);

} // namespace prongsai::import
