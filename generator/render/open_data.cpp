#include "render/open_data.h"

#include "derive/years.h"
#include "render/frame.h"
#include "render/report_pages.h"
#include "render/routes.h"
#include "text.h"
#include "thai.h"

#include <cinttypes>
#include <cstdio>
#include <memory>

namespace prongsai {

namespace {

// Baht with two decimals when there are satang: 30000, 1250.50.
std::string baht(Satang s) {
    char text[48];
    if (s % 100 == 0)
        std::snprintf(text, sizeof text, "%" PRId64, s / 100);
    else
        std::snprintf(text, sizeof text, "%" PRId64 ".%02" PRId64, s / 100, s % 100);
    return text;
}

std::string number(double x) {
    char text[48];
    std::snprintf(text, sizeof text, "%g", x);
    return text;
}

std::string iso(const std::optional<Date>& d) {
    if (!d) return "";
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d->year, d->month, d->day);
    return text;
}

std::optional<std::string> some(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& s : lines) {
        if (!out.empty()) out += '\n';
        out += s;
    }
    return out;
}

// Appends `s` to `out` as a JSON string; text that needs no escape is
// appended in runs, not a byte at a time.
void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto ch = static_cast<unsigned char>(s[i]);
        if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
        out.append(s, run, i - run);
        run = i + 1;
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            char u[8];
            std::snprintf(u, sizeof u, "\\u%04x", ch);
            out += u;
        }
    }
    out.append(s, run);
    out += '"';
}

std::string json_string(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

// A report table as data: every column text, as the page shows it.
DataTable report_table(const Table& t, int year, const std::string& slug, const Labels& l) {
    DataTable d;
    d.name = "report-" + std::to_string(year) + "-" + t.id;
    d.title = t.caption;
    d.page = route::report_part(year, slug);
    for (const auto& h : t.header)
        d.fields.push_back({h, h, "string", ""});
    for (const auto& row : t.rows) {
        std::vector<std::optional<std::string>> r;
        for (const auto& cell : row.cells)
            r.push_back(some(cell_csv(cell, l)));
        r.resize(t.header.size());
        d.rows.push_back(std::move(r));
    }
    return d;
}

std::string datapackage(const Content& c, const Labels& l, const std::vector<DataTable>& tables) {
    const SiteConfig& s = c.site;
    std::string out = "{\n  \"profile\": \"tabular-data-package\",\n";
    out += "  \"name\": \"prongsai-portal\",\n";
    out += "  \"title\": " + json_string(s.title) + ",\n";
    out += "  \"description\": " +
           json_string(fill(l.at("data.description"), {{"organisation", s.organisation.name},
                                                       {"district", s.organisation.district},
                                                       {"province", s.organisation.province}})) +
           ",\n";
    out += "  \"keywords\": [\"ITA\", " + json_string(l.at("data.keyword")) + ", " +
           json_string(s.organisation.name) + "],\n";
    if (!s.licence.empty()) {
        out += "  \"licenses\": [{\"name\": " + json_string(s.licence);
        if (!s.licence_url.empty()) out += ", \"path\": " + json_string(s.licence_url);
        out += "}],\n";
    }
    out += "  \"sources\": [{\"title\": " +
           json_string(s.source.empty() ? s.organisation.name : s.source);
    if (!s.url.empty()) out += ", \"path\": " + json_string(s.url);
    out += "}],\n";
    out += "  \"contributors\": [{\"title\": " + json_string(s.organisation.name) +
           ", \"role\": \"publisher\"";
    if (!s.organisation.email.empty()) out += ", \"email\": " + json_string(s.organisation.email);
    out += "}],\n  \"resources\": [\n";
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const DataTable& t = tables[i];
        out += "    {\n      \"name\": " + json_string(t.name) +
               ",\n      \"path\": " + json_string(t.name + ".csv") +
               ",\n      \"profile\": \"tabular-data-resource\",\n      \"title\": " +
               json_string(t.title) +
               ",\n      \"format\": \"csv\",\n      \"mediatype\": \"text/csv\",\n"
               "      \"encoding\": \"utf-8\",\n"
               "      \"dialect\": {\"delimiter\": \",\", \"lineTerminator\": \"\\r\\n\", "
               "\"quoteChar\": \"\\\"\", \"doubleQuote\": true, \"header\": true},\n"
               "      \"schema\": {\n        \"fields\": [\n";
        for (std::size_t f = 0; f < t.fields.size(); ++f) {
            const DataField& field = t.fields[f];
            out += "          {\"name\": " + json_string(field.name) +
                   ", \"title\": " + json_string(field.title) +
                   ", \"type\": " + json_string(field.type);
            if (!field.description.empty())
                out += ", \"description\": " + json_string(field.description);
            if (!field.unit.empty()) out += ", \"unit\": " + json_string(field.unit);
            out += std::string("}") + (f + 1 < t.fields.size() ? "," : "") + "\n";
        }
        out += "        ]";
        if (!t.primary_key.empty()) {
            out += ",\n        \"primaryKey\": [";
            for (std::size_t k = 0; k < t.primary_key.size(); ++k)
                out += (k ? ", " : "") + json_string(t.primary_key[k]);
            out += "]";
        }
        if (!t.foreign_keys.empty()) {
            out += ",\n        \"foreignKeys\": [";
            for (std::size_t k = 0; k < t.foreign_keys.size(); ++k) {
                const ForeignKey& fk = t.foreign_keys[k];
                out += std::string(k ? ", " : "") + "{\"fields\": " + json_string(fk.field) +
                       ", \"reference\": {\"resource\": " + json_string(fk.resource) +
                       ", \"fields\": " + json_string(fk.reference) + "}}";
            }
            out += "]";
        }
        out += "\n      }\n    }" + std::string(i + 1 < tables.size() ? "," : "") + "\n";
    }
    return out + "  ]\n}\n";
}

struct OpenData {
    const Content& c;
    const Labels& l;
    std::vector<DataTable> tables;

    std::string page(const Templates& t) const {
        std::string path = route::open_data;
        std::string root = root_of(path);
        Data p = page_frame(c, l, path, l.at("data.title"), "", {{l.at("data.title"), ""}});
        put(p, "heading", l.at("data.title"));
        put(p, "datapackage", root + route::datapackage);
        set_optional(p, "licence", c.site.licence);
        if (!c.site.licence.empty()) set_optional(p, "licence_url", c.site.licence_url);
        Data items = list();
        for (const auto& table : tables) {
            Data x;
            put(x, "title", table.title);
            put(x, "page", root + table.page);
            put(x, "csv", root + route::data_file(table.name + ".csv"));
            put(x, "json", root + route::data_file(table.name + ".json"));
            put(x, "rows",
                format_integer(static_cast<std::int64_t>(table.rows.size()), c.site.digits));
            append(items, std::move(x));
        }
        put(p, "tables", std::move(items));
        return render_in_layout(t, "open_data", std::move(p));
    }
};

// The theme's words for the data (strings.toml [data]): a table's caption is
// data.TABLE.caption, a column's title data.TABLE.COLUMN; words several tables
// share (units, the fiscal year, a date) are data.NAME.
struct DataWords {
    const Labels& l;
    const std::string& at(const std::string& key) const { return l.at("data." + key); }
    DataTable table(const std::string& name, std::string page,
                    std::vector<std::string> primary_key) const {
        return {name, at(name + ".caption"), std::move(page), {}, {}, std::move(primary_key), {}};
    }
    DataField column(const std::string& table, const std::string& name, const char* type,
                     const std::string& unit = {}) const {
        return {name, at(table + "." + name), type, unit};
    }
    DataField fiscal_year() const { return {"fiscal_year", at("fiscal_year"), "integer", ""}; }
    DataField date() const { return {"date", at("date"), "string", "", at("date_note")}; }
};

} // namespace

std::string csv_text(const std::vector<std::string>& header,
                     const std::vector<std::vector<std::optional<std::string>>>& rows) {
    // RFC 4180: a field with a comma, quote or line break is quoted, its
    // quotes doubled, and every line break inside it is CRLF, as between records.
    std::string out = "\xEF\xBB\xBF";
    auto field = [&out](const std::string& s) {
        std::size_t special = s.find_first_of(",\"\r\n");
        if (special == std::string::npos) {
            out += s;
            return;
        }
        out += '"';
        out.append(s, 0, special);
        for (std::size_t i = special; i < s.size(); ++i) {
            char ch = s[i];
            if (ch == '"') out += '"';
            if (ch == '\n' && (i == 0 || s[i - 1] != '\r')) out += '\r';
            out += ch;
        }
        out += '"';
    };
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i) out += ',';
        field(header[i]);
    }
    out += "\r\n";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i) out += ',';
            if (row[i]) field(*row[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string table_json(const DataTable& t) {
    // The keys are the same in every row: quoted once.
    std::vector<std::string> keys;
    std::vector<bool> numeric;
    for (std::size_t f = 0; f < t.fields.size(); ++f) {
        keys.push_back((f ? ", " : "") + json_string(t.fields[f].name) + ": ");
        numeric.push_back(t.fields[f].type == "integer" || t.fields[f].type == "number");
    }
    std::string out = "[\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        out += "  {";
        for (std::size_t f = 0; f < t.fields.size(); ++f) {
            const auto& value = f < t.rows[r].size() ? t.rows[r][f] : std::nullopt;
            out += keys[f];
            if (!value)
                out += "null";
            else if (numeric[f])
                out += *value;
            else
                append_json_string(out, *value);
        }
        out += r + 1 < t.rows.size() ? "},\n" : "}\n";
    }
    return out + "]\n";
}

std::vector<DataTable> open_data_tables(const Content& c, const Derived& d, const Labels& l) {
    std::vector<DataTable> out;
    const Plan& plan = c.plan;
    const DataWords w{l};
    const std::string& baht_unit = w.at("baht");

    DataTable dims = w.table("dimensions", route::plan, {"number"});
    dims.fields = {w.column("dimensions", "number", "integer"),
                   w.column("dimensions", "name", "string")};
    DataTable missions = w.table("missions", route::plan, {"code"});
    missions.fields = {w.column("missions", "code", "string"),
                       w.column("missions", "dimension", "integer"),
                       w.column("missions", "name", "string")};
    missions.foreign_keys = {{"dimension", "dimensions", "number"}};
    for (const auto& dim : plan.dimensions) {
        dims.rows.push_back({std::to_string(dim.number), some(dim.name)});
        for (const auto& m : dim.missions)
            missions.rows.push_back({m.code, std::to_string(dim.number), some(m.name)});
    }

    DataTable projects = w.table("projects", route::budget, {"number"});
    for (const char* name : {"number", "dimension"})
        projects.fields.push_back(w.column("projects", name, "integer"));
    for (const char* name : {"mission", "kind", "title", "unit"})
        projects.fields.push_back(w.column("projects", name, "string"));
    for (int y : d.years)
        projects.fields.push_back(
            {"budget_" + std::to_string(y),
             fill(w.at("projects.budget_year"), {{"year", std::to_string(y)}}), "number", baht_unit,
             w.at("projects.budget_note")});
    projects.fields.push_back(w.column("projects", "budget_total", "number", baht_unit));
    projects.foreign_keys = {{"dimension", "dimensions", "number"},
                             {"mission", "missions", "code"}};
    for (const auto& p : plan.projects) {
        std::vector<std::optional<std::string>> r = {std::to_string(p.number),
                                                     std::to_string(p.dimension),
                                                     some(p.mission),
                                                     some(p.kind),
                                                     some(p.title),
                                                     some(p.unit)};
        Satang total = 0;
        for (int y : d.years) {
            auto b = p.budget.find(y);
            r.push_back(b == p.budget.end() ? std::nullopt : std::optional(baht(b->second)));
            if (b != p.budget.end()) total += b->second;
        }
        r.push_back(baht(total));
        projects.rows.push_back(std::move(r));
    }

    DataTable budget = w.table("budget", route::budget, {"dimension", "fiscal_year"});
    budget.fields = {w.column("budget", "dimension", "integer"), w.fiscal_year(),
                     w.column("budget", "amount", "number", baht_unit)};
    budget.foreign_keys = {{"dimension", "dimensions", "number"}};
    for (const auto& [dim, totals] : d.by_dimension)
        for (int y : d.years) {
            auto it = totals.by_year.find(y);
            budget.rows.push_back({std::to_string(dim), std::to_string(y),
                                   baht(it == totals.by_year.end() ? 0 : it->second)});
        }

    DataTable targets = w.table("targets", route::plan, {"fiscal_year"});
    targets.fields = {w.fiscal_year(), w.column("targets", "ita_score", "number", w.at("score")),
                      w.column("targets", "fewer_cases_percent", "number", w.at("percent"))};
    for (const auto& t : plan.targets)
        targets.rows.push_back(
            {std::to_string(t.year),
             t.ita_score ? std::optional(number(*t.ita_score)) : std::nullopt,
             t.fewer_cases_percent ? std::optional(number(*t.fewer_cases_percent)) : std::nullopt});

    DataTable risks = w.table("risks", route::plan, {"number"});
    risks.fields = {w.column("risks", "number", "integer")};
    // A level per risk and the measures' own numbers, where the document gives
    // them, one a line as the risks and measures are.
    for (const char* name : {"step", "risks", "level", "levels", "measures", "measure_numbers"})
        risks.fields.push_back(w.column("risks", name, "string"));
    for (const auto& r : plan.risks) {
        std::vector<std::string> numbers;
        for (int n : r.measure_numbers)
            numbers.push_back(std::to_string(n));
        risks.rows.push_back({std::to_string(r.number), some(r.step), some(joined(r.risks)),
                              some(r.level), some(joined(r.levels)), some(joined(r.measures)),
                              some(joined(numbers))});
    }

    DataTable announcements =
        w.table("announcements", route::announcement_list("") + route::home, {"slug"});
    for (const char* name : {"slug", "kind", "number", "title"})
        announcements.fields.push_back(w.column("announcements", name, "string"));
    announcements.fields.push_back(w.date());
    for (const char* name : {"signer", "path"})
        announcements.fields.push_back(w.column("announcements", name, "string"));
    for (const auto& a : c.announcements)
        announcements.rows.push_back({a.slug, some(a.kind), some(a.number), some(a.title),
                                      some(iso(a.date)), some(a.signer),
                                      route::announcement(a.slug)});

    DataTable documents = w.table("documents", route::library, {"file"});
    documents.fields = {w.column("documents", "file", "string"),
                        w.column("documents", "title", "string"),
                        w.column("documents", "category", "string"),
                        w.fiscal_year(),
                        w.date(),
                        w.column("documents", "size", "integer", w.at("bytes")),
                        w.column("documents", "sha256", "string"),
                        w.column("documents", "path", "string")};
    for (const auto& doc : c.documents)
        documents.rows.push_back({doc.file, some(doc.title), some(doc.category),
                                  std::to_string(doc.fiscal_year), some(iso(doc.date)),
                                  std::to_string(doc.size), doc.sha256, route::document(doc.file)});

    // Without a plan there are no plan pages for the plan's tables to sit under.
    if (c.has_plan)
        for (auto* t : {&projects, &dims, &missions, &budget, &targets, &risks})
            out.push_back(std::move(*t));
    out.push_back(std::move(announcements));
    out.push_back(std::move(documents));
    for (const auto& r : c.reports)
        for (const auto& part : report_parts(c, r, l, Digits::arabic))
            for (const auto& table : part.tables)
                out.push_back(report_table(table, r.year, part.slug, l));
    return out;
}

void add_open_data_pages(const Content& c, const Derived& d, const Labels& l,
                         std::vector<PageSpec>& pages) {
    auto data = std::make_shared<OpenData>(OpenData{c, l, open_data_tables(c, d, l)});
    pages.push_back({route::open_data, [data](const Templates& t) { return data->page(t); }});
    auto add = [&](std::string path, std::function<std::string()> make) {
        PageSpec spec{std::move(path), [make](const Templates&) { return make(); }};
        spec.data = true;
        pages.push_back(std::move(spec));
    };
    add(route::datapackage, [data] { return datapackage(data->c, data->l, data->tables); });
    for (std::size_t i = 0; i < data->tables.size(); ++i) {
        const std::string& name = data->tables[i].name;
        add(route::data_file(name + ".csv"), [data, i] {
            const DataTable& t = data->tables[i];
            std::vector<std::string> header;
            for (const auto& f : t.fields)
                header.push_back(f.name);
            return csv_text(header, t.rows);
        });
        add(route::data_file(name + ".json"), [data, i] { return table_json(data->tables[i]); });
    }
}

} // namespace prongsai
