// Reading TOML tables into the model with diagnostics a clerk can act on:
// syntax errors, unknown keys (with "did you mean"), missing keys, wrong types.
#pragma once

#include "diagnostics.h"
#include "model.h"

#include <memory>
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
    struct LineStarts {
        const std::vector<char>* source = nullptr;
        std::vector<std::size_t> starts;
    };
    struct Written {
        int line = 0; // 0: not known
        std::string text;
        std::size_t byte = 0;
    };
    TableReader(const toml::value& table, std::string file, Diagnostics& diags,
                SourceLoc whole_table, std::shared_ptr<LineStarts> lines);
    Written written(const toml::value& v) const;
    SourceLoc value_loc(const toml::value& v) const;
    const toml::value* find(const std::string& key, bool required, const std::string& example);
    void type_error(const std::string& key, const std::string& expected);
    std::string line_of(const SourceLoc& loc) const;

    const toml::value* table_;
    std::string file_;
    Diagnostics* diags_;
    SourceLoc whole_;
    std::vector<std::string> known_;
    std::shared_ptr<LineStarts> lines_; // shared by the readers of one file's tables
};

} // namespace prongsai
