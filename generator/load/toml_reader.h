// Reading TOML tables into the model with diagnostics a clerk can act on:
// syntax errors, unknown keys (with "did you mean"), missing keys, wrong types.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace prongsai {

// A parsed TOML file. toml11 stays inside toml_reader.cpp: its header alone
// takes most of a translation unit's compile time, so nothing else sees it.
class TomlDocument {
  public:
    struct Parsed; // toml11's value and the file's line starts
    explicit TomlDocument(std::shared_ptr<Parsed> parsed) : parsed_(std::move(parsed)) {}

  private:
    friend class TableReader;
    std::shared_ptr<Parsed> parsed_;
};

// Deepest nesting of arrays and inline tables, and most parts of a dotted key,
// that a content file may have: toml11 recurses once per level (10,000 levels
// overflow the stack) and slows down with the square of a key's parts.
inline constexpr int max_toml_depth = 32;
inline constexpr int max_key_parts = 32;

// Parses TOML text; a syntax error becomes one diagnostic at its place.
std::optional<TomlDocument> parse_toml(const std::string& text, const std::string& file,
                                       Diagnostics& diags);

// One TOML table. Each accessor names a key the table may have; finish()
// reports every key the table has that no accessor named.
class TableReader {
  public:
    // The document's top-level table.
    TableReader(const TomlDocument& document, std::string file, Diagnostics& diags,
                SourceLoc whole_table);

    std::optional<std::string> text(const std::string& key, bool required);
    // A whole number from `min` to `max`; outside, an error that says so.
    std::optional<std::int64_t> integer(const std::string& key, bool required, std::int64_t min = 0,
                                        std::int64_t max = 1'000'000);
    // A year of the Buddhist Era (2400–2700); a Christian-Era year gets a hint.
    std::optional<int> year(const std::string& key, bool required);
    // A finite number from `min` to `max` (TOML's nan and inf are refused).
    std::optional<double> number(const std::string& key, bool required, double min = 0,
                                 double max = 100);
    std::optional<Date> date(const std::string& key, bool required);
    // An amount of baht, 0 or more: 30000, 1250.50, "๓๐,๐๐๐.๐๐"; in satang.
    std::optional<Satang> amount(const std::string& key, bool required);
    // A list of numbers from `min` to `max`; "" (or "-") in the list is a value
    // the document leaves blank, nullopt.
    std::vector<std::optional<double>> numbers(const std::string& key, bool required,
                                               double min = 0, double max = 100);
    std::optional<bool> boolean(const std::string& key, bool required);
    std::vector<std::string> texts(const std::string& key, bool required);
    // The same, each with the place it is written (a menu's entries).
    std::vector<std::pair<std::string, SourceLoc>> texts_at(const std::string& key, bool required);
    std::vector<std::int64_t> integers(const std::string& key, bool required, std::int64_t min = 0,
                                       std::int64_t max = 1'000'000);
    // Amounts keyed by Buddhist-Era year: { 2566 = 30000, "๒๕๖๗" = "๓๐,๐๐๐" }.
    std::map<int, std::pair<Satang, SourceLoc>> year_amounts(const std::string& key, bool required);
    // Lists of texts keyed by Buddhist-Era year: { 2565 = ["O10", "O11"] }, each
    // text with the place it is written.
    std::map<int, std::vector<std::pair<std::string, SourceLoc>>> year_texts(const std::string& key,
                                                                             bool required);
    // Arrays of tables ([[key]]) and sub-tables ([key]); the key becomes known.
    std::vector<TableReader> tables(const std::string& key, bool required);
    std::optional<TableReader> table(const std::string& key, bool required);
    // Every text of the table and its sub-tables, by dotted key ("nav.home");
    // a value that is not text is an error at it.
    std::map<std::string, std::string> all_texts();

    // Where a key is written (its line; the key's column), or the table's place.
    SourceLoc loc(const std::string& key) const;
    const std::string& file() const { return file_; }
    void finish();

  private:
    // A value of the document: a toml::value, opaque outside the reader.
    using Node = void;
    struct Written {
        int line = 0; // 0: not known
        std::string text;
        std::size_t byte = 0;
    };
    TableReader(const Node* table, std::shared_ptr<TomlDocument::Parsed> document, std::string file,
                Diagnostics& diags, SourceLoc whole_table);
    Written written(const Node* v) const;
    SourceLoc value_loc(const Node* v) const;
    const Node* find(const std::string& key, bool required, const std::string& example);
    void type_error(const std::string& key, const std::string& expected);
    void range_error(const std::string& key, const std::string& range);
    std::string line_of(const SourceLoc& loc) const;
    // A table key that must be a Buddhist-Era year (written at `w`); else an
    // error naming `where` and an `example` year. `at`: where the key is.
    std::optional<std::int64_t> year_key(const std::string& year_text, const Written& w,
                                         const std::string& where, const std::string& example,
                                         SourceLoc& at);

    const Node* table_;
    std::shared_ptr<TomlDocument::Parsed> document_; // keeps table_ alive
    std::string file_;
    Diagnostics* diags_;
    SourceLoc whole_;
    std::vector<std::string> known_;
};

} // namespace prongsai
