// Reading TOML tables into the model with diagnostics a clerk can act on:
// syntax errors, unknown keys (with "did you mean"), missing keys, wrong types.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <optional>
#include <set>
#include <string>
#include <toml.hpp>
#include <vector>

namespace prongsai {

// Parses TOML text; a syntax error becomes one diagnostic at its place.
std::optional<toml::value> parse_toml(const std::string& text, const std::string& file,
                                      Diagnostics& diags);

// One TOML table. Each accessor names a key the table may have; finish()
// reports every key the table has that no accessor named.
class TableReader {
  public:
    TableReader(const toml::value& table, std::string file, Diagnostics& diags,
                SourceLoc whole_table);

    std::optional<std::string> text(const std::string& key, bool required);
    std::optional<std::int64_t> integer(const std::string& key, bool required);
    std::optional<double> number(const std::string& key, bool required);
    std::optional<Date> date(const std::string& key, bool required);
    std::optional<bool> boolean(const std::string& key, bool required);
    std::vector<std::string> texts(const std::string& key, bool required);
    std::vector<std::int64_t> integers(const std::string& key, bool required);
    // Amounts keyed by Buddhist-Era year: { 2566 = 30000, "๒๕๖๗" = "๓๐,๐๐๐" }.
    std::map<int, std::pair<Satang, SourceLoc>> year_amounts(const std::string& key, bool required);
    // Arrays of tables ([[key]]) and sub-tables ([key]); the key becomes known.
    std::vector<TableReader> tables(const std::string& key, bool required);
    std::optional<TableReader> table(const std::string& key, bool required);

    // Where a key is written (its line; the key's column), or the table's place.
    SourceLoc loc(const std::string& key) const;
    const std::string& file() const { return file_; }
    void finish();

  private:
    const toml::value* find(const std::string& key, bool required, const std::string& example);
    void type_error(const std::string& key, const std::string& expected);
    std::string line_of(const SourceLoc& loc) const;

    const toml::value* table_;
    std::string file_;
    Diagnostics* diags_;
    SourceLoc whole_;
    std::vector<std::string> known_;
};

// Where a TOML value is written, with the column in code points.
SourceLoc value_loc(const toml::value& v, const std::string& file);

} // namespace prongsai
