// Open data: every table the site shows, as CSV and JSON under data/, one
// "ข้อมูลเปิด" page listing them, and data/datapackage.json (a Frictionless
// Data Package with a Table Schema per table).
#pragma once

#include "derive/derive.h"
#include "model.h"
#include "render/pages.h"

#include <optional>
#include <string>
#include <vector>

namespace prongsai {

struct DataField {
    std::string name;  // the CSV header and the JSON key
    std::string title; // as the theme words it (strings.toml [data])
    std::string type;  // Table Schema: string, integer, number
    std::string unit;  // e.g. บาท; empty when none
    std::string description = {};
};

struct ForeignKey {
    std::string field, resource, reference;
};

struct DataTable {
    std::string name; // data/NAME.csv, data/NAME.json
    std::string title;
    std::string page; // the route of the page that shows it
    std::vector<DataField> fields;
    std::vector<std::vector<std::optional<std::string>>> rows; // nullopt: no value
    std::vector<std::string> primary_key;
    std::vector<ForeignKey> foreign_keys;
};

// The site's tables as data (the yearly reports' tables are added by
// add_open_data_pages from report_parts).
std::vector<DataTable> open_data_tables(const Content& c, const Derived& d, const Labels& l);

// CSV: UTF-8 with a byte-order mark (spreadsheet programs then read the
// Thai), CRLF line ends, RFC 4180 quoting. The one CSV writer of the site.
std::string csv_text(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::optional<std::string>>>& rows);

// JSON: an array of objects by field name; integers and numbers unquoted.
std::string table_json(const DataTable& t);

// data/NAME.csv and .json for each table, data/index.html and data/datapackage.json.
void add_open_data_pages(const Content& c, const Derived& d, const Labels& l,
                         std::vector<PageSpec>& pages);

} // namespace prongsai
