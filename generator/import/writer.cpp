#include "import/import.h"

#include "import/plan_reader.h"
#include "import/source.h"
#include "scaffold.h"

#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

using import::Note;

std::string two_digits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string where(const import::Source& s, int line) {
    return line ? s.unit + " " + std::to_string(line) : "the document";
}

// Markdown for a section's paragraphs: "1) x" and "- 1) x" become "1. x", and
// characters Markdown would read as markup are escaped.
std::string markdown(const std::vector<std::string>& paragraphs) {
    static const std::regex numbered(R"(^[-•\s]*\(?(\d{1,2})\s*[\)\.]\s*(\S.*)$)");
    static const std::regex bullet(R"(^[-•]\s+(\S.*)$)");
    auto escape = [](const std::string& s) {
        std::string out;
        for (char c : s) {
            if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
                c == '`' || c == '|')
                out += '\\';
            out += c;
        }
        if (out.starts_with("#") || out.starts_with("+") || out.starts_with("-") ||
            out.starts_with("="))
            out.insert(0, "\\");
        return out;
    };
    std::string out;
    bool list = false;
    for (const std::string& p : paragraphs) {
        std::smatch m;
        if (std::regex_match(p, m, numbered)) {
            out += (list || out.empty() ? "" : "\n") + m[1].str() + ". " + escape(m[2]) + "\n";
            list = true;
        } else if (std::regex_match(p, m, bullet)) {
            out += std::string(list || out.empty() ? "" : "\n") + "- " + escape(m[1]) + "\n";
            list = true;
        } else {
            out += (out.empty() ? "" : "\n") + escape(p) + "\n";
            list = false;
        }
    }
    return out;
}

std::string todo_value(const std::string& value, const std::string& what, int line,
                       const import::Source& s) {
    if (!value.empty()) return toml_string(value);
    return "\"TODO\" # TODO: " + what + " not read (" + where(s, line) + ")";
}

std::string project_file(const import::Project& p, const import::Source& s) {
    std::string t = "+++\n";
    t += "number = " + std::to_string(p.number) + "\n";
    t += p.dimension ? "dimension = " + std::to_string(p.dimension) + "\n"
                     : "dimension = 1 # TODO: not read (" + where(s, p.line) + ")\n";
    t += "mission = " + todo_value(p.mission, "the mission", p.line, s) + "\n";
    t += "items = [" + (p.item.empty() ? std::string() : toml_string(p.item)) + "]\n";
    t += "kind = " + toml_string(p.kind) + "\n";
    t += "title = " + todo_value(p.title, "the title", p.line, s) + "\n";
    t += "unit = " + todo_value(p.unit, "ผู้รับผิดชอบ", p.line, s) + "\n";
    t += "target_group = " + todo_value(p.target_group, "กลุ่มเป้าหมาย", p.line, s) + "\n";
    t += "period = " + todo_value(p.period, "ระยะเวลาดำเนินการ", p.line, s) + "\n";
    if (p.period_budget) {
        t += "period_budget = " + std::to_string(*p.period_budget) + "\n";
        t += "budget_reading = " + toml_string(p.budget_reading) + "\n";
    }
    t += "\n";
    t += "[budget]\n";
    if (p.budget) {
        for (auto& [y, v] : *p.budget)
            t += std::to_string(y) + " = " + std::to_string(v) + "\n";
    } else {
        t += "# TODO: the budget was not read (" +
             where(s, p.budget_line ? p.budget_line : p.line) +
             "); write each year's amount, e.g. 2566 = 30000\n";
    }
    t += "+++\n";
    auto section = [&](const char* heading, const std::vector<std::string>& paragraphs) {
        t += std::string("\n## ") + heading + "\n\n";
        if (!paragraphs.empty()) t += markdown(paragraphs);
    };
    section("หลักการและเหตุผล", p.rationale);
    section("วัตถุประสงค์", p.objectives);
    section("วิธีดำเนินการ", p.method);
    section("ผลผลิต", p.outputs);
    section("ผลลัพธ์", p.outcomes);
    return t;
}

// The template's dimensions, with the names the document gives.
std::string dimensions_toml(const import::Plan& plan) {
    std::istringstream in(plan_template_toml());
    std::string line, out, code;
    int dimension = 0;
    enum { none, dim, mission, item } at = none;
    static const std::regex number(R"(^number = (\d+)$)");
    static const std::regex code_line(R"re(^code = "(.*)"$)re");
    static const std::regex name_line(R"re(^name = ".*"$)re");
    while (std::getline(in, line)) {
        std::smatch m;
        if (line.starts_with("#")) continue;
        if (line == "[[dimensions]]") at = dim;
        if (line == "[[dimensions.missions]]") at = mission;
        if (line == "[[dimensions.missions.items]]") at = item;
        if (std::regex_match(line, m, number)) {
            dimension = std::stoi(m[1]);
            out += line + "\n";
            auto s = plan.dimension_stated.find(dimension);
            auto f = plan.foreword_counts.find(dimension);
            if (f != plan.foreword_counts.end())
                out += "stated_projects = " + std::to_string(f->second) + "\n";
            else if (s != plan.dimension_stated.end() && s->second.projects)
                out += "stated_projects = " + std::to_string(*s->second.projects) + "\n";
            if (s != plan.dimension_stated.end() && !s->second.budget.empty()) {
                std::string b;
                for (auto& [y, v] : s->second.budget)
                    b += (b.empty() ? "" : ", ") + std::to_string(y) + " = " + std::to_string(v);
                out += "stated_budget = { " + b + " }\n";
            }
            continue;
        }
        if (std::regex_match(line, m, code_line)) code = m[1];
        if (std::regex_match(line, name_line)) {
            const std::string* doc = nullptr;
            if (at == dim && plan.dimension_names.count(dimension))
                doc = &plan.dimension_names.at(dimension);
            if (at == mission && plan.mission_names.count(code)) doc = &plan.mission_names.at(code);
            if (at == item && plan.item_names.count(code)) doc = &plan.item_names.at(code);
            out += (doc ? "name = " + toml_string(*doc) : line) + "\n";
            if (!doc) out += "inferred = true\n";
            continue;
        }
        out += line + "\n";
    }
    return out;
}

std::string stated_toml(const import::Plan& plan) {
    if (!plan.total.projects && plan.total.budget.empty()) return "";
    std::string t = "[stated]\n";
    if (plan.total.projects) t += "projects = " + std::to_string(*plan.total.projects) + "\n";
    if (!plan.total.budget.empty()) {
        std::string b;
        for (auto& [y, v] : plan.total.budget)
            b += (b.empty() ? "" : ", ") + std::to_string(y) + " = " + std::to_string(v);
        t += "budget = { " + b + " }\n";
    }
    return t;
}

std::string targets_toml(const import::Plan& plan) {
    std::string t;
    for (auto& target : plan.targets) {
        t += "[[targets]]\nyear = " + std::to_string(target.year) + "\n";
        if (target.ita_score) t += "ita_score = " + *target.ita_score + "\n";
        if (target.fewer_cases_percent)
            t += "fewer_cases_percent = " + *target.fewer_cases_percent + "\n";
        t += "\n";
    }
    return t;
}

std::string risks_toml(const import::Plan& plan) {
    std::string t;
    auto list = [](const std::vector<std::string>& v) {
        std::string s = "[\n";
        for (auto& x : v)
            s += "  " + toml_string(x) + ",\n";
        return s + "]\n";
    };
    for (auto& r : plan.risks) {
        t += "[[risks]]\nnumber = " + std::to_string(r.number) + "\n";
        t += "step = " + toml_string(r.step.empty() ? "TODO" : r.step) + "\n";
        t += "risks = " + list(r.risks);
        t += "level = " + toml_string(r.level.empty() ? "TODO" : r.level) + "\n";
        t += "measures = " +
             list(r.measures.empty() ? std::vector<std::string>{"TODO"} : r.measures);
        t += "\n";
    }
    return t;
}

std::string report_text(const import::Plan& plan, const import::Source& s, ImportResult& r) {
    std::string t = "# IMPORT.md — รายงานการนำเข้า · import report\n\n";
    t += "อ่านจาก · read from: `" + fs::path(s.name).filename().string() + "` (" +
         std::to_string(s.rows.size()) + " rows)\n\n";
    t += "- โครงการ · projects: " + std::to_string(plan.projects.size()) + "\n";
    t +=
        "- รายการในตารางสรุป · summary-table entries: " + std::to_string(plan.summary.size()) + "\n";
    t += "- ตารางความเสี่ยง · risk rows: " + std::to_string(plan.risks.size()) + "\n\n";
    t += "ค้นหา TODO ในไฟล์เพื่อแก้ไข; แต่ละข้อด้านล่างบอกบรรทัดของเอกสารต้นฉบับ · Search the files for "
         "TODO; each entry below names the source document's line.\n";
    const char* titles[] = {"TODO — อ่านไม่ได้ · could not be read", "การอนุมาน · guesses (check each)",
                            "ข้อขัดแย้งในเอกสาร · where the document contradicts itself"};
    for (int k = 0; k < 3; ++k) {
        std::string entries;
        int count = 0;
        for (auto& n : plan.notes)
            if (n.kind == k) {
                ++count;
                entries += "- " + n.file + " (" + where(s, n.line) + "): " + n.text + "\n";
            }
        t += "\n## " + std::string(titles[k]) + " (" + std::to_string(count) + ")\n\n" +
             (entries.empty() ? "(none)\n" : entries);
        (k == 0 ? r.todos : k == 1 ? r.guesses : r.contradictions) = count;
    }
    return t;
}

bool write_file(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
    return static_cast<bool>(out.flush());
}

} // namespace

ImportResult import_plan(const fs::path& plan_file, const fs::path& out) {
    ImportResult r;
    std::error_code ec;
    if (!fs::is_regular_file(plan_file, ec)) {
        r.message = "there is no file " + plan_file.generic_string() +
                    "; give the plan document (.txt or .docx), e.g. prongsai import plan.docx -o "
                    "content";
        return r;
    }
    std::string error;
    std::string ext = plan_file.extension().string();
    for (auto& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".doc" || ext == ".pdf") {
        r.message = plan_file.generic_string() + " is a " + ext.substr(1) +
                    " file, which import does not read: open it in Word or LibreOffice and save it "
                    "as .docx, or export its text (pdftotext -layout for a PDF) to a .txt file";
        return r;
    }
    auto source =
        ext == ".docx" ? import::read_docx(plan_file, error) : import::read_text(plan_file, error);
    if (!source) {
        r.message = error;
        return r;
    }
    if (auto refused = import::overlong_cell(*source)) {
        r.message = *refused;
        return r;
    }
    import::Plan plan = import::read_plan(*source);
    if (plan.projects.empty() && plan.summary.empty()) {
        r.message = plan_file.generic_string() +
                    " does not look like a plan on the national template (no project page "
                    "\"ลำดับที่ 1\" and no summary table); nothing was written";
        return r;
    }
    OrganisationFacts facts;
    facts.name = plan.name;
    facts.type = plan.type;
    facts.district = plan.district;
    facts.province = plan.province;
    facts.address = plan.address;
    facts.executive_name = plan.signer;
    facts.executive_title = plan.signer_title;
    facts.first_year = plan.first_year;
    facts.last_year = plan.last_year;
    facts.announced = plan.announced;
    facts.signer = plan.signer;
    facts.signer_title = plan.signer_title;
    facts.prepared = plan.prepared;
    facts.stated_toml = stated_toml(plan);
    facts.targets_toml = targets_toml(plan);
    facts.risks_toml = risks_toml(plan);
    facts.dimensions_toml = dimensions_toml(plan);
    NewResult layout = write_content_layout(out, facts);
    if (!layout.ok) {
        r.message = layout.message;
        return r;
    }
    for (const import::Project& p : plan.projects) {
        fs::path file = out / "plan" / "projects" / (two_digits(p.number) + ".md");
        if (!write_file(file, project_file(p, *source))) {
            r.message = "cannot write " + file.generic_string();
            return r;
        }
    }
    r.report = report_text(plan, *source, r);
    if (!write_file(out / "IMPORT.md", r.report)) {
        r.message = "cannot write " + (out / "IMPORT.md").generic_string();
        return r;
    }
    r.ok = true;
    r.projects = static_cast<int>(plan.projects.size());
    r.message = "wrote " + out.generic_string() + ": " + std::to_string(r.projects) +
                " projects, " + std::to_string(r.todos) + " TODO, " + std::to_string(r.guesses) +
                " guesses, " + std::to_string(r.contradictions) + " contradictions (listed in " +
                (out / "IMPORT.md").generic_string() + "); then prongsai build " +
                out.generic_string();
    return r;
}

} // namespace prongsai
