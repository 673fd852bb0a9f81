#include "import/plan_reader.h"

#include "text.h"
#include "thai.h"

#include <algorithm>
#include <regex>
#include <set>

namespace prongsai::import {

namespace {

// Patterns over text whose Thai digits are already Arabic (arabic_digits).
const std::regex part_heading(R"(^ส่วนที่\s*([123])(\s.*)?$)");
const std::regex dimension_heading(R"(^ม(ิ)?ติที่\s*([1-9])\s*(.*)$)");
const std::regex mission_code(R"(^([1-9])\.([1-9])\s+(\S.*)$)");
const std::regex item_code(R"(^([1-9])\.([1-9])\.([1-9])\s+(\S.*)$)");
const std::regex sequence(R"(^ลำดับที่\s*(\d+)\s*$)");
const std::regex field_label(R"(^[-\s]*([1-9])\s*\.\s*(.*)$)");
const std::regex numbered(R"(^[-•\s]*\(?(\d{1,2})\s*[\)\.]\s*(\S.*)$)");
const std::regex page_residue(R"(^[-#\s]*\d*[-#\s]*$)");
const std::regex year_range(R"((25\d\d)\s*(?:-|–|—)\s*(25\d\d))");
const std::regex any_year(R"(25\d\d)");
const std::regex foreword_count(R"(^ม(ิ)?ติที่\s*([1-9])\s*(.*?)\s*จำนวน\s*(\d+)\s*โครงการ)");
const std::regex count_of(R"(จำนวน\s*(\d+)\s*โครงการ)");

struct Label {
    int field;
    const char* pattern;
};
const Label labels[] = {
    {1, "^ชื่อ(โครงการ|กิจกรรม|มาตรการ)"},
    {2, "^หลักการและเหตุผล"},
    {3, "^วัตถุประสงค์"},
    {4, "^กลุ่มเป้าหมาย"},
    {5, "^วิธี(การ)?ดำเนิน"},
    {6, "^ระยะเวลา"},
    {7, "^งบประมาณ"},
    {8, "^ผู้รับผิดชอบ"},
    {9, "^ผลผลิต"},
};

const char* const months[] = {"มกราคม",  "กุมภาพันธ์", "มีนาคม",  "เมษายน", "พฤษภาคม",  "มิถุนายน",
                              "กรกฎาคม", "สิงหาคม",  "กันยายน", "ตุลาคม",  "พฤศจิกายน", "ธันวาคม"};

std::string trim(std::string s) {
    return clean_cell(s);
}

// A count or number as a plan writes it, or nullopt for more digits than any
// (a damaged line): std::stoi would throw on one beyond an int.
std::optional<int> small_number(const std::string& digits) {
    if (digits.size() > 5 || !made_of(digits, "", Letters::none)) return std::nullopt;
    return std::stoi(digits);
}

// The text after a label's colon ("1. ชื่อโครงการ : X" → "X").
std::string after_colon(const std::string& s) {
    auto colon = s.find(':');
    return colon == std::string::npos ? std::string() : trim(s.substr(colon + 1));
}

std::string quote(const std::string& s) {
    std::string shown = s.size() > 400 ? s.substr(0, 400) : s;
    // Never cut a UTF-8 sequence in two: back to the start of the cut character.
    if (shown.size() < s.size())
        while (!shown.empty() && (static_cast<unsigned char>(s[shown.size()]) & 0xC0) == 0x80)
            shown.pop_back();
    return "\"" + shown + (shown.size() < s.size() ? "…" : "") + "\"";
}

// Titles compared as the eye would: without spaces, quotation marks and the
// kind word some rows leave out.
std::string comparable(std::string s) {
    for (const char* q : {" ", "\"", "“", "”", "'", "‘", "’"}) {
        std::string from(q);
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from))
            s.erase(at, from.size());
    }
    for (const char* k : {"โครงการ", "กิจกรรม", "มาตรการ"})
        if (s.starts_with(k)) s.erase(0, std::string(k).size());
    return s;
}

std::string kind_of(const std::string& title) {
    for (const char* k : {"โครงการ", "กิจกรรม", "มาตรการ"})
        if (title.starts_with(k)) return k;
    return "";
}

class Reader {
  public:
    explicit Reader(const Source& s) : source(s) {
        for (const Row& r : s.rows) {
            Row a = r;
            for (auto& c : a.cells)
                c = arabic_digits(c);
            rows.push_back(std::move(a));
        }
    }

    Plan read() {
        gather_cell_lines();
        find_parts();
        front();
        risks();
        targets();
        summary();
        pages();
        check();
        return std::move(plan);
    }

  private:
    const Source& source;
    std::vector<Row> rows;
    Plan plan;
    std::size_t part2 = 0, part3 = 0;

    std::string where(int line) const { return source.unit + " " + std::to_string(line); }

    void note(Note::Kind kind, const std::string& file, int line, const std::string& text) {
        plan.notes.push_back({kind, file, line, text});
    }

    // A count of projects the summary states ("จำนวน 12 โครงการ"), if it is one.
    void stated_count(Stated& s, const std::string& digits, int line) {
        if (auto n = small_number(digits)) {
            s.projects = *n;
            s.projects_line = line;
        } else {
            note(Note::todo, "plan/plan.toml", line,
                 "the summary's count " + quote(digits) + " is no number of projects: left out");
        }
    }

    static const std::string& text(const Row& r) { return r.cells.front(); }
    static bool paragraph(const Row& r) { return !r.table && r.cells.size() == 1; }

    void find_parts() {
        part2 = part3 = rows.size();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::smatch m;
            if (!paragraph(rows[i]) || text(rows[i]).find("ประกอบด้วย") != std::string::npos ||
                !std::regex_match(text(rows[i]), m, part_heading))
                continue;
            if (m[1] == "2" && part2 == rows.size()) part2 = i;
            if (m[1] == "3" && part3 == rows.size()) part3 = i;
        }
        // A document without the part headings: the projects start at the first ลำดับที่.
        if (part3 == rows.size())
            for (std::size_t i = 0; i < rows.size() && part3 == rows.size(); ++i)
                if (std::regex_match(text(rows[i]), sequence)) part3 = i;
        if (part2 > part3) part2 = part3;
    }

    // The targets and the risk table written one cell a line (a PDF's copied text,
    // a table pasted as paragraphs) made table rows, as tab-separated text gives
    // them, before ส่วนที่ 2; every other paragraph is left as it is.
    void gather_cell_lines() {
        static const std::regex year_cell(R"(^ปี\s*(?:พ\.ศ\.\s*)?25\d\d$)");
        static const std::regex value_cell(R"(^(?:ร้อยละ\s*)?\d+(?:\.\d+)?\s*(?:คะแนน|%)?$|^-$)");
        static const std::regex bare_number(R"(^\d{1,2}$)");
        static const std::regex level_cell(R"(^(?:สูงมาก|สูง|ปานกลาง|กลาง|ต่ำ|ต่ำมาก|น้อย|มาก)$)");
        static const std::regex item(R"((^|\s)(\d{1,2})\s*[\.\)](?!\d))");
        std::vector<Row> out;
        std::size_t i = 0;
        auto para = [&](std::size_t k) { return k < rows.size() && paragraph(rows[k]); };
        auto is = [&](std::size_t k, const std::regex& re) {
            return para(k) && std::regex_match(text(rows[k]), re);
        };
        // The risk table's header: ลำดับที่, then ขั้นตอน…, …, ending with มาตรการ….
        auto risk_header = [&](std::size_t k) -> std::size_t {
            if (!para(k) || comparable(text(rows[k])) != "ลำดับที่") return 0;
            if (!para(k + 1) || text(rows[k + 1]).find("ขั้นตอน") == std::string::npos) return 0;
            for (std::size_t n = 2; n < 6 && para(k + n); ++n)
                if (text(rows[k + n]).find("มาตรการ") != std::string::npos) return n + 1;
            return 0;
        };
        bool risk_table = false; // one read already: a repeated header is skipped
        while (i < rows.size()) {
            std::smatch m;
            if (para(i) && std::regex_match(text(rows[i]), m, part_heading) && m[1] == "2") break;
            if (para(i) && trim(text(rows[i])) == "ค่าเป้าหมาย" && is(i + 1, year_cell)) {
                Row header{rows[i].line, {text(rows[i])}, true};
                std::size_t j = i + 1;
                for (; is(j, year_cell); ++j)
                    header.cells.push_back(text(rows[j]));
                std::size_t years = header.cells.size() - 1;
                out.push_back(std::move(header));
                // Each row: its label, then up to a value a year.
                while (para(j) && !is(j, value_cell) &&
                       !std::regex_match(text(rows[j]), field_label) && is(j + 1, value_cell)) {
                    Row r{rows[j].line, {text(rows[j])}, true};
                    for (++j; is(j, value_cell) && r.cells.size() <= years; ++j)
                        r.cells.push_back(text(rows[j]));
                    out.push_back(std::move(r));
                }
                i = j;
                continue;
            }
            if (std::size_t n = risk_header(i)) {
                Row header{rows[i].line, {}, true};
                for (std::size_t k = i; k < i + n; ++k)
                    header.cells.push_back(text(rows[k]));
                if (!risk_table) out.push_back(std::move(header));
                risk_table = true;
                i += n;
                // A row: its number, its step, its risks up to a level, its measures up
                // to the next number. Measures run on after a page's repeated header;
                // a numbered line out of turn ends the table.
                int last = 0;
                // The numbered measures from row k on that continue from `last`.
                auto measures = [&](std::size_t k, std::string& to) {
                    for (; para(k) && !is(k, bare_number) && !risk_header(k) &&
                           !is(k, page_residue) && !is(k, part_heading);
                         ++k) {
                        const std::string& t = text(rows[k]);
                        std::vector<int> numbers;
                        for (auto it = std::sregex_iterator(t.begin(), t.end(), item);
                             it != std::sregex_iterator(); ++it)
                            numbers.push_back(std::stoi((*it)[2]));
                        if (numbers.empty() ? !last : (last && numbers.front() != last + 1)) break;
                        if (!numbers.empty()) last = numbers.back();
                        to += (to.empty() ? "" : " ") + t;
                    }
                    return k;
                };
                while (true) {
                    while (is(i, page_residue) && !is(i, bare_number))
                        ++i;
                    if (std::size_t again = risk_header(i)) i += again;
                    if (!out.empty() && out.back().cells.size() == 5 && last)
                        if (std::size_t j = measures(i, out.back().cells[4]); j != i) {
                            i = j;
                            continue;
                        }
                    if (!is(i, bare_number)) break;
                    Row r{rows[i].line, {text(rows[i])}, true};
                    std::string step = para(i + 1) ? text(rows[i + 1]) : "";
                    std::size_t j = i + 2;
                    std::string risks, level, measured;
                    for (; para(j) && !is(j, level_cell) && !is(j, bare_number) && !risk_header(j);
                         ++j)
                        risks += (risks.empty() ? "" : " ") + text(rows[j]);
                    if (is(j, level_cell)) level = text(rows[j++]);
                    last = 0;
                    i = measures(j, measured);
                    r.cells.insert(r.cells.end(), {step, risks, level, measured});
                    out.push_back(std::move(r));
                }
                continue;
            }
            out.push_back(rows[i++]);
        }
        for (; i < rows.size(); ++i)
            out.push_back(rows[i]);
        rows = std::move(out);
    }

    void front() {
        std::smatch m;
        for (std::size_t i = 0; i < part2 && i < rows.size(); ++i) {
            const Row& r = rows[i];
            const std::string& t = text(r);
            if (!paragraph(r)) continue;
            if (plan.name.empty() && t.starts_with("ของ") &&
                (t.find("เทศบาล") != std::string::npos || t.find("องค์การ") != std::string::npos ||
                 t.find("องค์กร") != std::string::npos)) {
                plan.name = trim(std::regex_replace(t.substr(std::string("ของ").size()),
                                                    std::regex(R"(\(?พ\.ศ\..*$)"), ""));
                plan.name_line = r.line;
            }
            if (plan.name.empty() && t.starts_with("ประกาศ") && t.size() < 120 &&
                t.find(' ') == std::string::npos && t.size() > std::string("ประกาศ").size()) {
                plan.name = t.substr(std::string("ประกาศ").size());
                plan.name_line = r.line;
            }
            if (!plan.first_year && std::regex_search(t, m, year_range) &&
                t.find("พ.ศ") != std::string::npos && t.find("2561") == std::string::npos) {
                plan.first_year = std::stoi(m[1]);
                plan.last_year = std::stoi(m[2]);
            }
            static const std::regex place(R"(^อำเภอ(\S+)\s+จังหวัด(\S+)$)");
            if (plan.district.empty() && std::regex_match(t, m, place)) {
                plan.district = m[1];
                plan.province = m[2];
                plan.address = t;
            }
            static const std::regex announced(
                R"(^ประกาศ\s*ณ\s*วันที่\s*(\d{1,2})\s*(\S+)\s*(พ\.ศ\.)?\s*(25\d\d)$)");
            if (plan.announced.empty() && std::regex_match(t, m, announced)) {
                for (int k = 0; k < 12; ++k)
                    if (m[2] == months[k]) {
                        char date[16];
                        std::snprintf(date, sizeof date, "%s-%02d-%02d", m[4].str().c_str(), k + 1,
                                      std::stoi(m[1]));
                        plan.announced = date;
                    }
                if (i + 1 < part2 && text(rows[i + 1]).starts_with("(") &&
                    text(rows[i + 1]).ends_with(")")) {
                    const std::string& s = text(rows[i + 1]);
                    plan.signer = trim(s.substr(1, s.size() - 2));
                    if (i + 2 < part2 && paragraph(rows[i + 2]) && text(rows[i + 2]).size() < 150)
                        plan.signer_title = text(rows[i + 2]);
                }
            }
            if (plan.prepared.empty())
                for (const char* month : months)
                    if (std::regex_match(
                            t, std::regex(std::string("^") + month + R"(\s*(พ\.ศ\.)?\s*25\d\d$)")))
                        plan.prepared = source.rows[i].cells.front();
            if (std::regex_search(t, m, foreword_count)) {
                int d = std::stoi(m[2]);
                if (auto n = small_number(m[4]))
                    plan.foreword_counts[d] = *n;
                else
                    note(Note::todo, "plan/plan.toml", r.line,
                         "the foreword's count for dimension " + std::to_string(d) + ", " +
                             quote(m[4]) + ", is no number of projects: left out");
                plan.foreword_lines[d] = r.line;
                if (!m[3].str().empty()) plan.dimension_names[d] = trim(m[3]);
            }
        }
        if (plan.name.empty())
            note(Note::todo, "site.toml", 0,
                 "the organisation's name: no title line \"ของ…\" or \"ประกาศ…\" before ส่วนที่ 2");
        for (const char* type :
             {"เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนตำบล"})
            if (plan.name.starts_with(type)) plan.type = type;
        if (plan.type.empty())
            note(Note::todo, "site.toml", plan.name_line,
                 "the organisation's type (its name " + quote(plan.name) +
                     " starts with none of เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, "
                     "องค์การบริหารส่วนจังหวัด, องค์การบริหารส่วนตำบล)");
        if (plan.district.empty())
            note(Note::todo, "site.toml", 0,
                 "district and province: no line \"อำเภอ… จังหวัด…\" before ส่วนที่ 2");
        if (!plan.first_year)
            note(Note::todo, "plan/plan.toml", 0,
                 "first_year, last_year: no \"(พ.ศ. 25xx - 25xx)\" before ส่วนที่ 2");
        if (plan.announced.empty())
            note(Note::todo, "plan/plan.toml", 0,
                 "announced: no line \"ประกาศ ณ วันที่ …\" (the date is left out, not made up)");
    }

    // Splits "1. a 2. b" (or "1) a 2) b") into its numbered parts, numbers taken out.
    static std::vector<std::string> numbered_parts(const std::string& s) {
        static const std::regex marker(R"((^|\s)(\d{1,2})\s*[\.\)](?!\d))");
        std::vector<std::string> out;
        std::vector<std::pair<std::size_t, std::size_t>> at; // marker start, text start
        for (auto it = std::sregex_iterator(s.begin(), s.end(), marker);
             it != std::sregex_iterator(); ++it)
            at.emplace_back(static_cast<std::size_t>(it->position(0)),
                            static_cast<std::size_t>(it->position(0) + it->length(0)));
        if (at.empty()) {
            if (!trim(s).empty()) out.push_back(trim(s));
            return out;
        }
        if (!trim(s.substr(0, at[0].first)).empty()) out.push_back(trim(s.substr(0, at[0].first)));
        for (std::size_t k = 0; k < at.size(); ++k) {
            std::size_t end = k + 1 < at.size() ? at[k + 1].first : s.size();
            std::string part = trim(s.substr(at[k].second, end - at[k].second));
            if (!part.empty()) out.push_back(part);
        }
        return out;
    }

    void risks() {
        std::size_t i = 0;
        for (; i < part2; ++i)
            if (rows[i].table && rows[i].cells.size() >= 4 &&
                std::any_of(rows[i].cells.begin(), rows[i].cells.end(),
                            [](auto& c) { return c.find("ขั้นตอน") != std::string::npos; }) &&
                std::any_of(rows[i].cells.begin(), rows[i].cells.end(),
                            [](auto& c) { return c.find("ความเสี่ยง") != std::string::npos; }))
                break;
        if (i >= part2) {
            note(Note::todo, "plan/plan.toml", 0,
                 "[[risks]]: no risk table (a table with the columns ขั้นตอน and ความเสี่ยง) "
                 "before ส่วนที่ 2");
            return;
        }
        for (++i; i < part2; ++i) {
            const Row& r = rows[i];
            if (!r.table) {
                // A paragraph between two pages of the table is page residue; the table
                // ends at the next numbered heading.
                if (std::regex_match(text(r), field_label)) break;
                continue;
            }
            if (std::any_of(r.cells.begin(), r.cells.end(),
                            [](auto& c) { return c.find("ขั้นตอน") != std::string::npos; }))
                continue; // the header, repeated on each page
            auto cell = [&](std::size_t k) {
                return k < r.cells.size() ? r.cells[k] : std::string();
            };
            const std::string first = cell(0);
            const bool numbered = made_of(first, "", Letters::none);
            const std::optional<int> number = small_number(first);
            if (numbered && !number) {
                note(Note::todo, "plan/plan.toml", r.line,
                     "a risk row numbered " + quote(first) +
                         ", which is no step's number: left out");
            } else if (numbered) {
                Risk risk;
                risk.number = *number;
                risk.line = r.line;
                risk.step = cell(1);
                risk.risks = numbered_parts(cell(2));
                risk.level = cell(3);
                risk.measures = numbered_parts(cell(4));
                plan.risks.push_back(std::move(risk));
            } else if (!plan.risks.empty()) {
                Risk& risk = plan.risks.back();
                for (auto& p : numbered_parts(cell(2)))
                    risk.risks.push_back(p);
                for (auto& p : numbered_parts(cell(4)))
                    risk.measures.push_back(p);
            }
        }
        for (auto& risk : plan.risks) {
            if (risk.level.empty())
                note(Note::todo, "plan/plan.toml", risk.line,
                     "[[risks]] " + std::to_string(risk.number) + ": no level (Risk Score)");
            if (risk.measures.empty())
                note(Note::todo, "plan/plan.toml", risk.line,
                     "[[risks]] " + std::to_string(risk.number) + ": no measures");
        }
    }

    void targets() {
        for (std::size_t i = 0; i < part2; ++i) {
            const Row& r = rows[i];
            if (!r.table || !r.cells[0].starts_with("ค่าเป้าหมาย")) continue;
            std::vector<int> years;
            for (std::size_t k = 1; k < r.cells.size(); ++k) {
                std::smatch m;
                if (std::regex_search(r.cells[k], m, any_year)) years.push_back(std::stoi(m[0]));
            }
            for (int y : years)
                plan.targets.push_back({y, std::nullopt, std::nullopt});
            for (std::size_t j = i + 1; j < part2 && rows[j].table; ++j) {
                const Row& t = rows[j];
                bool ita = t.cells[0].find("ITA") != std::string::npos;
                bool cases = t.cells[0].find("คดี") != std::string::npos;
                if (!ita && !cases) continue;
                std::vector<std::string> values;
                static const std::regex number(R"((\d+(\.\d+)?))");
                for (std::size_t k = 1; k < t.cells.size(); ++k) {
                    std::smatch m;
                    if (std::regex_search(t.cells[k], m, number)) values.push_back(m[1]);
                }
                if (values.size() != years.size()) {
                    note(Note::todo, "plan/plan.toml", t.line,
                         std::string("[[targets]] ") + (ita ? "ita_score" : "fewer_cases_percent") +
                             ": the row gives " + std::to_string(values.size()) + " value(s) for " +
                             std::to_string(years.size()) +
                             " years, so none is assigned: " + quote(t.cells[0]));
                    continue;
                }
                for (std::size_t k = 0; k < values.size(); ++k)
                    (ita ? plan.targets[k].ita_score : plan.targets[k].fewer_cases_percent) =
                        values[k];
            }
            return;
        }
        note(Note::todo, "plan/plan.toml", 0, "[[targets]]: no ค่าเป้าหมาย table before ส่วนที่ 2");
    }

    // --- ส่วนที่ 2: the summary table, read as one stream of cells.
    struct Group {
        std::vector<std::size_t> entries; // into plan.summary
        std::vector<std::pair<int, std::vector<std::optional<long long>>>> amount_rows;
    };

    int years() const { return plan.first_year ? plan.last_year - plan.first_year + 1 : 0; }

    static bool header_cell(const std::string& c) {
        for (const char* h :
             {"ภารกิจ", "งบประมาณ (บาท)", "หมายเหตุ", "โครงการ/กิจกรรม", "มิติ", "มติ", "รหัส", "ปี"})
            if (c.starts_with(h) && c.find(')') == std::string::npos &&
                c.find("จำนวน") == std::string::npos && !std::regex_search(c, mission_code))
                if (!std::regex_match(c, std::regex(R"(^ม(ิ)?ติ\s*\S.*\d.*$)")) || c == "มิติ")
                    return true;
        return std::regex_match(c, std::regex(R"(^(ปี\s*)?25\d\d$)")) || c == "จัด";
    }

    static bool amount_cell(const std::string& c) { return c == "-" || amount_of(c).has_value(); }

    void close_group(Group& g) {
        if (g.entries.empty()) return;
        int n = years();
        auto year_values = [&](const std::vector<std::optional<long long>>& v, SummaryEntry& e) {
            for (int k = 0; k < n && k < static_cast<int>(v.size()); ++k)
                e.amounts[plan.first_year + k] = v[static_cast<std::size_t>(k)];
        };
        if (g.entries.size() == 1) {
            std::vector<std::optional<long long>> all;
            for (auto& [line, v] : g.amount_rows)
                all.insert(all.end(), v.begin(), v.end());
            if (!all.empty()) year_values(all, plan.summary[g.entries[0]]);
        } else {
            bool nothing = true;
            std::size_t rows_complete = 0;
            for (auto& [line, v] : g.amount_rows) {
                for (auto& a : v)
                    if (a && *a != 0) nothing = false;
                if (static_cast<int>(v.size()) >= n) ++rows_complete;
            }
            std::string numbers;
            for (auto e : g.entries)
                numbers += (numbers.empty() ? "" : ", ") + std::to_string(plan.summary[e].number);
            if (!g.amount_rows.empty() && nothing) {
                // Budgets are never negative: a merged row of zeros and dashes says
                // the same of each project it names.
                for (auto e : g.entries)
                    year_values(g.amount_rows.front().second, plan.summary[e]);
            } else if (rows_complete == g.entries.size() &&
                       g.amount_rows.size() == g.entries.size()) {
                for (std::size_t k = 0; k < g.entries.size(); ++k)
                    year_values(g.amount_rows[k].second, plan.summary[g.entries[k]]);
                note(Note::guess, "plan/plan.toml", plan.summary[g.entries[0]].line,
                     "the summary table names projects " + numbers +
                         " in one cell and gives as many rows of amounts below it; the rows are "
                         "read in order, one a project (each compared with its page below)");
            } else if (!g.amount_rows.empty()) {
                note(Note::contradiction, "plan/plan.toml", plan.summary[g.entries[0]].line,
                     "the summary table names projects " + numbers + " in one cell with " +
                         std::to_string(g.amount_rows.size()) +
                         " row(s) of amounts: which amount is whose cannot be read; each project's "
                         "budget is read from its page");
            }
            for (auto e : g.entries)
                plan.summary[e].merged = true;
        }
        g = {};
    }

    // A dimension's total whose row lost its dimension at a page break is the
    // total of the dimension before the next one the table names.
    void resolve_total(int d) {
        auto lost = plan.dimension_stated.find(0);
        if (lost == plan.dimension_stated.end() || d < 1 || plan.dimension_stated.count(d)) return;
        note(Note::guess, "plan/plan.toml", lost->second.budget_line,
             "the summary table's total (\"รวม\") on this row names no dimension (its page "
             "begins with the table's header); taken as dimension " +
                 std::to_string(d) + "'s, the one before the next dimension the table names");
        plan.dimension_stated[d] = lost->second;
        plan.dimension_stated.erase(lost);
    }

    void summary() {
        int dimension = 0;
        std::string mission, item;
        Group group;
        enum { none, dimension_total, grand_total } total = none;
        int total_line = 0, total_dimension = 0;
        std::vector<long long> total_amounts;
        auto close_total = [&] {
            if (total == none) return;
            Stated& s = total == grand_total ? plan.total : plan.dimension_stated[total_dimension];
            int n = years();
            if (static_cast<int>(total_amounts.size()) >= n)
                for (int k = 0; k < n; ++k)
                    s.budget[plan.first_year + k] = total_amounts[static_cast<std::size_t>(k)];
            s.budget_line = total_line;
            total = none;
            total_amounts.clear();
        };
        static const std::regex split(R"((^|\s)(\d{1,3})\)\s*|(^|\s)([1-9]\.[1-9]\.[1-9])\s)");
        for (std::size_t i = part2; i < part3; ++i) {
            const Row& r = rows[i];
            if (!r.table && !amount_cell(text(r)) && !std::regex_search(text(r), split)) {
                std::smatch m;
                if (!plan.total.projects && std::regex_search(text(r), m, count_of) &&
                    text(r).find("รวม") != std::string::npos)
                    stated_count(plan.total, m[1], r.line);
                continue;
            }
            std::vector<std::optional<long long>> row_amounts;
            auto flush_amounts = [&] {
                if (row_amounts.empty()) return;
                if (total != none) {
                    for (auto& a : row_amounts)
                        total_amounts.push_back(a.value_or(0));
                } else if (!group.entries.empty()) {
                    group.amount_rows.push_back({r.line, row_amounts});
                } else if (std::any_of(row_amounts.begin(), row_amounts.end(),
                                       [](auto& a) { return a && *a != 0; })) {
                    std::string shown;
                    for (auto& a : row_amounts)
                        shown += (shown.empty() ? "" : " ") + (a ? std::to_string(*a) : "-");
                    note(Note::contradiction, "plan/plan.toml", r.line,
                         "the summary table gives amounts (" + shown +
                             ") on a row that names no project (page-break residue?): left out");
                }
                row_amounts.clear();
            };
            for (const std::string& c : r.cells) {
                if (c.empty()) continue;
                if (std::regex_match(c, std::regex(R"(^25\d\d$)")) &&
                    std::stoi(c) >= plan.first_year && std::stoi(c) <= plan.last_year)
                    continue; // a year in the header
                if (amount_cell(c)) {
                    row_amounts.push_back(c == "-" ? std::nullopt : amount_of(c));
                    continue;
                }
                std::smatch m;
                if (c == "รวม" || c == "รวมทั้งสิ้น") {
                    flush_amounts();
                    close_group(group);
                    close_total();
                    total = c == "รวม" ? dimension_total : grand_total;
                    total_line = r.line;
                    total_dimension = dimension;
                    continue;
                }
                if (total != none && std::regex_search(c, m, count_of)) {
                    stated_count(total == grand_total ? plan.total
                                                      : plan.dimension_stated[total_dimension],
                                 m[1], r.line);
                    continue;
                }
                if (header_cell(c)) {
                    // A page's repeated header: what the lost rows between two pages
                    // said is unknown, so the dimension is until a cell names it again.
                    if (c.starts_with("ภารกิจ")) {
                        close_group(group);
                        dimension = 0;
                        mission.clear();
                        item.clear();
                    }
                    continue;
                }
                flush_amounts();
                close_total();
                if (std::regex_match(c, m, std::regex(R"(^([1-9])\.\s*([^\d\s].*)$)"))) {
                    close_group(group);
                    dimension = std::stoi(m[1]);
                    resolve_total(dimension - 1);
                    mission.clear();
                    item.clear();
                    continue;
                }
                // A cell may hold a mission's code, sub-items' codes and several projects.
                std::string rest = c;
                if (std::regex_match(c, m, mission_code) && !std::regex_search(c, item_code)) {
                    close_group(group);
                    mission = m[1].str() + "." + m[2].str();
                    item.clear();
                    if (dimension != std::stoi(m[1])) dimension = std::stoi(m[1]);
                    auto first = std::sregex_iterator(c.begin(), c.end(), split);
                    rest = first == std::sregex_iterator()
                               ? ""
                               : c.substr(static_cast<std::size_t>(first->position(0)));
                }
                std::vector<std::pair<std::size_t, std::smatch>> marks;
                for (auto it = std::sregex_iterator(rest.begin(), rest.end(), split);
                     it != std::sregex_iterator(); ++it)
                    marks.push_back({static_cast<std::size_t>(it->position(0)), *it});
                for (std::size_t k = 0; k < marks.size(); ++k) {
                    const std::smatch& mk = marks[k].second;
                    std::size_t from = marks[k].first + static_cast<std::size_t>(mk.length(0));
                    std::size_t end = k + 1 < marks.size() ? marks[k + 1].first : rest.size();
                    std::string body = trim(rest.substr(from, end - from));
                    if (mk[4].matched) {
                        item = mk[4];
                        continue;
                    }
                    if (!group.amount_rows.empty()) close_group(group);
                    SummaryEntry e;
                    e.number = std::stoi(mk[2]);
                    e.title = body;
                    e.line = r.line;
                    e.dimension = dimension;
                    e.mission = mission;
                    e.item = item;
                    plan.summary.push_back(std::move(e));
                    group.entries.push_back(plan.summary.size() - 1);
                }
            }
            flush_amounts();
        }
        close_group(group);
        close_total();
        if (plan.dimension_stated.count(0)) {
            note(Note::todo, "plan/plan.toml", plan.dimension_stated[0].budget_line,
                 "the summary table's total (\"รวม\") on this row names no dimension: left out");
            plan.dimension_stated.erase(0);
        }
        if (plan.summary.empty())
            note(Note::todo, "plan/plan.toml", 0,
                 "no summary table (ส่วนที่ 2) naming projects \"1) …\": each project's "
                 "dimension, mission and budget come from its page alone");
    }

    // --- ส่วนที่ 3: the project pages.
    void pages() {
        int dimension = 0;
        std::string mission, item;
        Project* p = nullptr;
        int field = 0;
        int sub = 0; // in field 9: 1 outputs, 2 outcomes
        auto heading_allowed = [&] { return !p || field >= 8; };
        for (std::size_t i = part3; i < rows.size(); ++i) {
            const Row& r = rows[i];
            std::string t = r.cells.size() == 1 ? text(r) : [&] {
                std::string joined;
                for (auto& c : r.cells)
                    if (!c.empty()) joined += (joined.empty() ? "" : " ") + c;
                return joined;
            }();
            // "-" alone is page residue except as a budget ("no amount").
            if (t.empty() || (std::regex_match(t, page_residue) && !(p && field == 7 && t == "-")))
                continue;
            std::smatch m;
            if (std::regex_match(t, m, sequence)) {
                plan.projects.push_back({});
                p = &plan.projects.back();
                p->number = static_cast<int>(plan.projects.size());
                p->written_number = small_number(m[1]).value_or(0);
                p->written = m[1];
                p->line = r.line;
                p->dimension = dimension;
                p->mission = mission;
                p->item = item;
                field = 0;
                sub = 0;
                continue;
            }
            if (heading_allowed() && std::regex_match(t, m, dimension_heading) &&
                t.find("จำนวน") == std::string::npos) {
                dimension = std::stoi(m[2]);
                mission.clear();
                item.clear();
                if (!m[3].str().empty()) plan.dimension_names[dimension] = trim(m[3]);
                if (p) p = nullptr;
                continue;
            }
            if (heading_allowed() && std::regex_match(t, m, item_code) &&
                (dimension == 0 || std::stoi(m[1]) == dimension ||
                 std::stoi(m[1]) == dimension + 1)) {
                item = m[1].str() + "." + m[2].str() + "." + m[3].str();
                mission = m[1].str() + "." + m[2].str();
                dimension = std::stoi(m[1]);
                plan.item_names.emplace(item, trim(m[4]));
                p = nullptr;
                continue;
            }
            if (heading_allowed() && std::regex_match(t, m, mission_code) &&
                (dimension == 0 || std::stoi(m[1]) == dimension ||
                 std::stoi(m[1]) == dimension + 1)) {
                mission = m[1].str() + "." + m[2].str();
                dimension = std::stoi(m[1]);
                item.clear();
                plan.mission_names.emplace(mission, trim(m[3]));
                p = nullptr;
                continue;
            }
            if (!p) continue;
            if (std::regex_match(t, m, field_label)) {
                std::string label = m[2];
                int found = 0;
                for (const Label& l : labels)
                    if (std::regex_search(label, std::regex(l.pattern))) found = l.field;
                if (found > field) {
                    field = found;
                    sub = 0;
                    std::string inline_text = after_colon(label);
                    if (field == 1) {
                        p->title = inline_text;
                        p->title_line = r.line;
                    } else if (!inline_text.empty()) {
                        add(*p, field, sub, inline_text, r.line);
                    }
                    if (field == 9 && label.find("ผลลัพธ์") == std::string::npos) sub = 1;
                    set_line(*p, field, r.line);
                    continue;
                }
            }
            if (field == 9) {
                if (t.starts_with("ผลผลิต")) {
                    sub = 1;
                    if (!after_colon(t).empty()) add(*p, field, sub, after_colon(t), r.line);
                    continue;
                }
                if (t.starts_with("ผลลัพธ์")) {
                    sub = 2;
                    if (!after_colon(t).empty()) add(*p, field, sub, after_colon(t), r.line);
                    continue;
                }
            }
            add(*p, field, sub, t, r.line);
        }
    }

    static void set_line(Project& p, int field, int line) {
        if (field == 4) p.target_line = line;
        if (field == 6) p.period_line = line;
        if (field == 7) p.budget_line = line;
        if (field == 8) p.unit_line = line;
    }

    // A one-line field (title, target group, period, budget, unit) that runs on
    // for pages has swallowed what follows a missing label: what is past 2,000
    // bytes is left out and said, and the patterns never run over a page of text.
    void append(Project& p, std::string& to, const std::string& t, int line) {
        constexpr std::size_t longest = 2'000;
        if (to.size() > longest) return;
        to += (to.empty() ? "" : " ") + t;
        if (to.size() > longest)
            note(Note::todo, file_of(p), line,
                 "a field runs on past 2,000 bytes (a missing label?): the rest of it is left "
                 "out, from " +
                     quote(t));
    }

    void add(Project& p, int field, int sub, const std::string& t, int line) {
        switch (field) {
        case 1:
            if (p.title.empty())
                p.title = t; // the title on the line after its label
            else
                append(p, p.title, t, line);
            break;
        case 2:
            p.rationale.push_back(t);
            break;
        case 3:
            p.objectives.push_back(t);
            break;
        case 4:
            append(p, p.target_group, t, line);
            break;
        case 5:
            p.method.push_back(t);
            break;
        case 6:
            append(p, p.period, t, line);
            break;
        case 7:
            append(p, p.budget_text, t, line);
            break;
        case 8:
            append(p, p.unit, t, line);
            break;
        case 9:
            (sub == 2 ? p.outcomes : p.outputs).push_back(t);
            break;
        default:
            break;
        }
    }

    std::string file_of(const Project& p) const {
        char name[32];
        std::snprintf(name, sizeof name, "plan/projects/%02d.md", p.number);
        return name;
    }

    // What each project's budget is, from its page and the summary table.
    void budget(Project& p, const SummaryEntry* e) {
        std::string file = file_of(p);
        std::vector<int> period_years;
        std::smatch m;
        if (std::regex_search(p.period, m, year_range)) {
            for (int y = std::stoi(m[1]); y <= std::stoi(m[2]) && y - std::stoi(m[1]) < 20; ++y)
                period_years.push_back(y);
        } else if (std::regex_search(p.period, m, any_year)) {
            period_years.push_back(std::stoi(m[0]));
        } else if (plan.first_year) {
            for (int y = plan.first_year; y <= plan.last_year; ++y)
                period_years.push_back(y);
            note(Note::guess, file, p.period_line ? p.period_line : p.line,
                 "the period " + quote(p.period) +
                     " names no fiscal year: the plan's years are taken for its budget");
        }
        bool none = p.budget_text.find("ไม่ใช้งบประมาณ") != std::string::npos;
        bool dash = trim(p.budget_text) == "-";
        auto page_amount = amount_of(p.budget_text);
        // Per-year amounts on the page: "ปี 2566 … 30,000 บาท".
        Amounts page_years;
        static const std::regex per_year(
            R"(ปี\s*(?:พ\.ศ\.\s*)?(25\d\d)\D{0,40}?([\d,]+)\s*(บาท|\.-))");
        for (auto it = std::sregex_iterator(p.budget_text.begin(), p.budget_text.end(), per_year);
             it != std::sregex_iterator(); ++it)
            if (auto a = amount_of((*it)[2])) page_years[std::stoi((*it)[1])] = *a;

        bool summary_amounts = e && !e->amounts.empty();
        if (summary_amounts) {
            Amounts a;
            bool all_none = true;
            for (auto& [y, v] : e->amounts)
                if (v && *v != 0) all_none = false;
            if (all_none && (none || dash || page_amount == 0)) {
                for (int y : period_years)
                    a[y] = 0;
            } else if (all_none && (page_amount || !page_years.empty())) {
                // "-" in every year may be an empty cell; the page states an amount.
                std::string text = "budget: the summary table (" + where(e->line) +
                                   ") gives no amount in any year, the project's page says " +
                                   quote(p.budget_text) + "; the page's is kept";
                note(Note::contradiction, file, p.budget_line ? p.budget_line : p.line, text);
                e = nullptr;
            } else {
                for (auto& [y, v] : e->amounts)
                    if (v) a[y] = *v;
            }
            if (e) {
                // The page against the table.
                for (auto& [y, v] : a) {
                    bool differs = (none && v != 0) ||
                                   (page_amount && !page_years.size() && *page_amount != v) ||
                                   (page_years.count(y) && page_years[y] != v);
                    if (differs) {
                        note(Note::contradiction, file, p.budget_line ? p.budget_line : p.line,
                             "budget: the summary table (" + where(e->line) + ") gives " +
                                 std::to_string(v) + " for " + std::to_string(y) +
                                 ", the project's page says " + quote(p.budget_text) +
                                 "; the table's amount is kept");
                        break;
                    }
                }
                p.budget = a;
                return;
            }
        }
        if (!page_years.empty()) {
            p.budget = page_years;
            return;
        }
        if (none || dash) {
            Amounts a;
            for (int y : period_years)
                a[y] = 0;
            p.budget = a;
            if (dash)
                note(Note::guess, file, p.budget_line,
                     "budget: the page writes only \"-\", read as no budget (0 a year)");
            return;
        }
        if (page_amount) {
            Amounts a;
            for (int y : period_years)
                a[y] = *page_amount;
            p.budget = a;
            std::string text = "budget: the page says " + quote(p.budget_text) + " for " +
                               quote(p.period) +
                               " and the summary table gives no amount a year "
                               "for this project: read as " +
                               std::to_string(*page_amount) + " each year";
            note(Note::guess, file, p.budget_line, text);
            // One amount for a period of several years: the page shows it and the
            // reading beside the years, and the build warns that they do not add up.
            if (period_years.size() > 1) {
                p.period_budget = *page_amount;
                p.budget_reading = "อ่านเป็นปีละ " + format_integer(*page_amount, Digits::arabic) +
                                   " บาท ทุกปี " + std::to_string(period_years.front()) + "–" +
                                   std::to_string(period_years.back()) +
                                   " (เอกสารไม่ได้บอกว่าเป็นยอดต่อปีหรือรวมทั้งช่วง)";
            }
            return;
        }
        note(Note::todo, file, p.budget_line ? p.budget_line : p.line,
             "budget: neither the page (" + quote(p.budget_text) +
                 ") nor the summary table gives an amount");
    }

    void check() {
        std::map<int, const SummaryEntry*> by_number;
        std::set<int> summary_numbers;
        for (auto& e : plan.summary) {
            if (by_number.count(e.number))
                note(Note::contradiction, "plan/plan.toml", e.line,
                     "the summary table names project " + std::to_string(e.number) + " twice (" +
                         where(by_number[e.number]->line) + " and " + where(e.line) + ")");
            else
                by_number[e.number] = &e;
        }
        // A page is matched to the summary's entry by its title; by its number only
        // when no entry has its title and the numbered entry's title is no page's.
        std::multimap<std::string, const SummaryEntry*> by_title;
        for (auto& e : plan.summary)
            by_title.emplace(comparable(e.title), &e);
        std::set<const SummaryEntry*> claimed;
        // The entry with this title: the one with the page's number if there are
        // several (a project written twice), else the first not yet taken.
        auto titled = [&](const Project& p) -> const SummaryEntry* {
            auto [from, to] = by_title.equal_range(comparable(p.title));
            for (auto it = from; it != to; ++it)
                if (it->second->number == p.number) return it->second;
            for (auto it = from; it != to; ++it)
                if (!claimed.count(it->second)) return it->second;
            return nullptr;
        };
        std::set<std::string> page_titles;
        for (auto& p : plan.projects)
            page_titles.insert(comparable(p.title));
        std::map<std::string, const Project*> titles;
        for (auto& p : plan.projects) {
            std::string file = file_of(p);
            const SummaryEntry* e = nullptr;
            if (!p.title.empty() && titled(p))
                e = titled(p);
            else if (by_number.count(p.number) &&
                     !page_titles.count(comparable(by_number[p.number]->title)))
                e = by_number[p.number];
            if (e) claimed.insert(e);
            if (e && e->number != p.number)
                note(Note::contradiction, file, p.title_line,
                     "the summary table numbers this project " + std::to_string(e->number) + " (" +
                         where(e->line) + "); it is project " + std::to_string(p.number) +
                         " in the order of the pages, and numbered so");
            if (p.written_number != p.number)
                note(Note::contradiction, file, p.line,
                     "the page says ลำดับที่ " + p.written + " but it is project " +
                         std::to_string(p.number) + " in the document's order; numbered " +
                         std::to_string(p.number));
            if (p.title.empty() && e) {
                p.title = e->title;
                note(Note::guess, file, p.line,
                     "title: the page has none; the summary table's (" + where(e->line) +
                         ") is used");
            }
            if (p.title.empty())
                note(Note::todo, file, p.line, "title: no \"1. ชื่อโครงการ : …\" on the page");
            else if (e && comparable(e->title) != comparable(p.title))
                note(Note::contradiction, file, p.title_line,
                     "title: the summary table (" + where(e->line) + ") says " + quote(e->title) +
                         ", the page " + quote(p.title) + "; the page's is kept");
            if (!p.title.empty()) {
                auto [it, fresh] = titles.emplace(comparable(p.title), &p);
                if (!fresh)
                    note(Note::contradiction, file, p.title_line,
                         "the same project twice: " + quote(p.title) + " is also project " +
                             std::to_string(it->second->number) + " (" +
                             where(it->second->title_line) + ")");
            }
            p.kind = kind_of(p.title);
            if (p.kind.empty()) {
                p.kind = "โครงการ";
                note(Note::guess, file, p.title_line,
                     "kind: the title starts with none of โครงการ, กิจกรรม, มาตรการ; "
                     "written as โครงการ");
            }
            if (e) {
                if (p.dimension == 0) p.dimension = e->dimension;
                if (p.mission.empty()) {
                    p.mission = e->mission;
                    if (!p.mission.empty())
                        note(Note::guess, file, p.line,
                             "mission: no heading above the page; the summary table's " +
                                 p.mission + " is used");
                }
                if (e->dimension && p.dimension && e->dimension != p.dimension)
                    note(Note::contradiction, file, p.line,
                         "dimension: the summary table (" + where(e->line) + ") puts it in " +
                             std::to_string(e->dimension) + ", the heading above its page in " +
                             std::to_string(p.dimension) + "; the page's is kept");
                else if (!e->mission.empty() && e->mission != p.mission)
                    note(Note::contradiction, file, p.line,
                         "mission: the summary table (" + where(e->line) + ") says " + e->mission +
                             ", the heading above its page " + p.mission + "; the page's is kept");
            } else if (!plan.summary.empty()) {
                note(Note::contradiction, file, p.line,
                     "project " + std::to_string(p.number) +
                         " has a page but the summary table does not name it");
            }
            if (p.dimension == 0)
                note(Note::todo, file, p.line, "dimension: no heading มิติที่ … above the page");
            if (p.mission.empty())
                note(Note::todo, file, p.line, "mission: no heading such as 1.1 above the page");
            if (p.unit.empty())
                note(Note::todo, file, p.line, "unit: no \"8. ผู้รับผิดชอบโครงการ\" on the page");
            if (p.target_group.empty())
                note(Note::todo, file, p.line, "target_group: no \"4. กลุ่มเป้าหมาย\" on the page");
            if (p.period.empty())
                note(Note::todo, file, p.line, "period: no \"6. ระยะเวลาดำเนินการ\" on the page");
            budget(p, e);
            residue(p);
        }
        for (auto& [number, e] : by_number)
            if (number > static_cast<int>(plan.projects.size()) && !claimed.count(e))
                note(Note::contradiction, "plan/plan.toml", e->line,
                     "the summary table names project " + std::to_string(number) + " " +
                         quote(e->title) + ", which has no page");
        // The foreword's and the summary's counts against the pages.
        std::map<int, int> per_dimension;
        std::map<int, std::map<int, long long>> sums;
        std::map<int, long long> grand;
        for (auto& p : plan.projects) {
            ++per_dimension[p.dimension];
            if (p.budget)
                for (auto& [y, v] : *p.budget) {
                    sums[p.dimension][y] += v;
                    grand[y] += v;
                }
        }
        for (auto& [d, n] : plan.foreword_counts)
            if (per_dimension[d] != n)
                note(Note::contradiction, "plan/plan.toml", plan.foreword_lines[d],
                     "the foreword says dimension " + std::to_string(d) + " has " +
                         std::to_string(n) + " projects; its pages are " +
                         std::to_string(per_dimension[d]));
        for (auto& [d, s] : plan.dimension_stated) {
            if (s.projects && *s.projects != per_dimension[d])
                note(Note::contradiction, "plan/plan.toml", s.projects_line,
                     "the summary table's total for dimension " + std::to_string(d) + " says " +
                         std::to_string(*s.projects) + " projects; its pages are " +
                         std::to_string(per_dimension[d]));
            for (auto& [y, v] : s.budget)
                if (sums[d][y] != v)
                    note(Note::contradiction, "plan/plan.toml", s.budget_line,
                         "the summary table's total for dimension " + std::to_string(d) + " in " +
                             std::to_string(y) + " is " + std::to_string(v) +
                             "; the projects' budgets add up to " + std::to_string(sums[d][y]));
        }
        if (plan.total.projects && *plan.total.projects != static_cast<int>(plan.projects.size()))
            note(Note::contradiction, "plan/plan.toml", plan.total.projects_line,
                 "the document states " + std::to_string(*plan.total.projects) +
                     " projects; it has " + std::to_string(plan.projects.size()) +
                     " project pages");
        for (auto& [y, v] : plan.total.budget)
            if (grand[y] != v)
                note(Note::contradiction, "plan/plan.toml", plan.total.budget_line,
                     "the summary table's grand total for " + std::to_string(y) + " is " +
                         std::to_string(v) + "; the projects' budgets add up to " +
                         std::to_string(grand[y]));
        if (plan.projects.empty())
            note(Note::todo, "plan/projects", 0,
                 "no project pages: no line \"ลำดับที่ N\" after ส่วนที่ 3");
    }

    // Leftovers of the national template, which each organisation should have replaced.
    void residue(const Project& p) {
        static const std::regex template_words(
            R"(\(อบจ\./เทศบาล/อบต\.\)|ระบุ(จำนวน|ชื่อ)\S*|องค์กรปกครองส่วนท้องถิ่น\s*\(ระบุ)");
        auto look = [&](const std::string& t, int line) {
            std::smatch m;
            if (std::regex_search(t, m, template_words))
                note(Note::contradiction, file_of(p), line ? line : p.line,
                     "template residue: " + quote(m[0]) + " in " + quote(t) +
                         " (left from the national template?)");
        };
        look(p.title, p.title_line);
        look(p.target_group, p.target_line);
        look(p.unit, p.unit_line);
        look(p.period, p.period_line);
    }
};

} // namespace

std::optional<long long> amount_of(const std::string& raw) {
    std::string s = arabic_digits(raw);
    static const std::regex form(
        R"(^\s*(จำนวน)?\s*(\d{1,3}(,\d{3})+|\d+)(\.-|\.00)?\s*(บาท)?\s*(\(.*\))?\s*$)");
    std::smatch m;
    if (!std::regex_match(s, m, form)) return std::nullopt;
    std::string digits;
    for (char c : m[2].str())
        if (c != ',') digits += c;
    if (digits.size() > 15) return std::nullopt;
    return std::stoll(digits);
}

Plan read_plan(const Source& source) {
    return Reader(source).read();
}

} // namespace prongsai::import
