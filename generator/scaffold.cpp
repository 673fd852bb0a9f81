#include "scaffold.h"

#include "load/load.h"
#include "load/source_file.h"
#include "load/toml_reader.h"
#include "thai.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <optional>
#include <regex>

namespace fs = std::filesystem;

namespace prongsai {

namespace {

std::string two_digits(int n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string date_text(const Date& d) {
    return std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

// A TOML basic string holding `s`.
std::string toml_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// Writes a new file; fopen's "x" makes the refusal to overwrite atomic.
NewResult write_new(const fs::path& path, const std::string& text) {
    std::FILE* f = std::fopen(path.c_str(), "wx");
    if (!f) {
        std::error_code ec;
        if (fs::exists(path, ec))
            return {false, path.generic_string() + " already exists; nothing was written (rename "
                                                   "or remove it first)"};
        return {false, "cannot write " + path.generic_string()};
    }
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok) return {false, "cannot write " + path.generic_string() + " (is the disk full?)"};
    return {true, "wrote " + path.generic_string()};
}

// What the project template takes from plan.toml.
struct PlanFacts {
    int first_year = 0, last_year = 0;
    int dimension = 1;
    std::string mission = "1.1";
};

PlanFacts plan_facts(const fs::path& content) {
    PlanFacts facts;
    Diagnostics ignored; // `check` reports a broken plan; the template only falls back
    auto text = read_source_file(content / "plan" / "plan.toml", "plan.toml", ignored);
    auto doc = text ? parse_toml(*text, "plan.toml", ignored) : std::nullopt;
    if (!doc) return facts;
    TableReader plan(*doc, "plan.toml", ignored, {});
    facts.first_year = plan.year("first_year", false).value_or(0);
    facts.last_year = plan.year("last_year", false).value_or(0);
    auto dims = plan.tables("dimensions", false);
    if (dims.empty()) return facts;
    facts.dimension = static_cast<int>(dims[0].integer("number", false, 1, 99).value_or(1));
    auto missions = dims[0].tables("missions", false);
    if (!missions.empty()) facts.mission = missions[0].text("code", false).value_or("1.1");
    return facts;
}

int next_project_number(const fs::path& dir) {
    int highest = 0;
    std::error_code ec;
    for (auto e = fs::directory_iterator(dir, ec); !ec && e != fs::directory_iterator();
         e.increment(ec)) {
        if (e->path().extension() != ".md") continue;
        Diagnostics ignored;
        auto text = read_source_file(e->path(), e->path().string(), ignored);
        if (!text) continue;
        if (auto p = parse_project(*text, e->path().string(), e->path().stem().string(), ignored))
            highest = std::max(highest, p->number);
    }
    return highest + 1;
}

std::string project_text(int number, const PlanFacts& plan) {
    std::string years;
    for (int y = plan.first_year; y > 0 && y <= plan.last_year; ++y)
        years += "# " + std::to_string(y) + " = 0\n";
    std::string period = plan.first_year ? "ปีงบประมาณ พ.ศ. " + std::to_string(plan.first_year) +
                                               " - " + std::to_string(plan.last_year)
                                         : "ปีงบประมาณ พ.ศ. ....";
    return "+++\n"
           "# ลำดับที่ของโครงการ (ห้ามซ้ำ ห้ามข้าม) · sequence number: none twice, none left out\n"
           "number = " +
           std::to_string(number) +
           "\n"
           "# มิติ ตามที่กำหนดใน plan/plan.toml · the dimension, as plan/plan.toml numbers it\n"
           "dimension = " +
           std::to_string(plan.dimension) +
           "\n"
           "# ภารกิจในมิตินั้น เช่น \"1.1\" · a mission of that dimension, e.g. \"1.1\"\n"
           "mission = " +
           toml_string(plan.mission) +
           "\n"
           "# ภารกิจย่อยของภารกิจนั้น (ไม่บังคับ) เช่น [\"1.1.1\"] · sub-items of the mission "
           "(optional)\n"
           "items = []\n"
           "# \"โครงการ\", \"กิจกรรม\" หรือ \"มาตรการ\" · project, activity or measure\n"
           "kind = \"โครงการ\"\n"
           "# ชื่อโครงการ · the project's name\n"
           "title = \"โครงการใหม่ (แก้ไขชื่อโครงการ)\"\n"
           "# ผู้รับผิดชอบโครงการ · the responsible unit\n"
           "unit = \"(แก้ไขผู้รับผิดชอบ)\"\n"
           "# กลุ่มเป้าหมาย · the target group\n"
           "target_group = \"(แก้ไขกลุ่มเป้าหมาย)\"\n"
           "# ระยะเวลาดำเนินการ ตามที่เอกสารเขียน · the period, as the document writes it\n"
           "period = " +
           toml_string(period) +
           "\n\n"
           "# งบประมาณรายปี (บาท): ลบ # หน้าปีที่ดำเนินการแล้วใส่จำนวนเงิน; 0 = ดำเนินการโดยไม่ใช้งบประมาณ;\n"
           "# ปีที่ไม่ได้ดำเนินการ ไม่ต้องเขียน · budget per fiscal year in baht: remove the # of each\n"
           "# year the project runs and write the amount; 0 = runs without budget; leave out a "
           "year\n"
           "# the project does not run.\n"
           "[budget]\n" +
           years +
           "+++\n\n"
           "## หลักการและเหตุผล\n\n"
           "## วัตถุประสงค์\n\n"
           "## วิธีดำเนินการ\n\n"
           "## ผลผลิต\n\n"
           "## ผลลัพธ์\n";
}

NewResult new_project(const NewOptions& o) {
    fs::path dir = o.content / "plan" / "projects";
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return {false, "there is no folder " + dir.generic_string() +
                           "; give the content folder, e.g. prongsai new project content"};
    int number = o.number > 0 ? o.number : next_project_number(dir);
    return write_new(dir / (two_digits(number) + ".md"),
                     project_text(number, plan_facts(o.content)));
}

std::string announcement_text(const Date& today) {
    return "+++\n"
           "# \"ประกาศ\", \"คำสั่ง\" หรือ \"ข่าวประชาสัมพันธ์\" · announcement, order or news\n"
           "kind = \"ประกาศ\"\n"
           "# เลขที่ (ไม่บังคับ; คำสั่งมักมีเลขที่ เช่น \"152/2564\") · its number (optional), e.g. "
           "\"152/2564\"\n"
           "number = \"\"\n"
           "# เรื่อง · the title (the เรื่อง line)\n"
           "title = \"(แก้ไขเรื่อง)\"\n"
           "# วันที่ประกาศ พ.ศ. ปี-เดือน-วัน · the date, Buddhist Era, YYYY-MM-DD\n"
           "date = \"" +
           date_text(today) +
           "\"\n"
           "# ผู้ลงนาม และตำแหน่ง (ไม่บังคับ) · who signed it, and their title (optional)\n"
           "signer = \"\"\n"
           "signer_title = \"\"\n"
           "# ไฟล์แนบในโฟลเดอร์ documents (ไม่บังคับ) เช่น [\"plan-2566.pdf\"] · attached files in "
           "documents/ (optional)\n"
           "attachments = []\n"
           "# true = แสดงไว้บนสุดของหน้าแรก · true keeps it at the top of the home page\n"
           "pinned = false\n"
           "+++\n\n"
           "(เนื้อความของประกาศ · the text of the announcement)\n";
}

NewResult new_announcement(const NewOptions& o) {
    static const std::regex slug_form("[a-z0-9_-]+");
    if (!std::regex_match(o.slug, slug_form))
        return {false, "--slug must use only letters a-z, digits, - and _ (it becomes the "
                       "page's address), e.g. --slug plan-2567"};
    fs::path dir = o.content / "announcements";
    std::error_code ec;
    if (!fs::is_directory(o.content, ec))
        return {false, "there is no content folder " + o.content.generic_string()};
    fs::create_directories(dir, ec);
    return write_new(dir / (date_text(o.today) + "-" + o.slug + ".md"), announcement_text(o.today));
}

// The document's name inside CONTENT/documents, or why it cannot be listed.
std::optional<std::string> document_name(const NewOptions& o, std::string& error) {
    std::error_code ec;
    fs::path docs = fs::weakly_canonical(o.content / "documents", ec);
    fs::path given = o.document_file;
    fs::path real = fs::is_regular_file(given, ec) ? fs::weakly_canonical(given, ec)
                                                   : fs::weakly_canonical(docs / given, ec);
    fs::path rel = real.lexically_relative(docs);
    if (ec || rel.empty() || *rel.begin() == ".." || !fs::is_regular_file(real, ec)) {
        error = "put the file in " + (o.content / "documents").generic_string() +
                " first; there is no such file there: " + o.document_file;
        return std::nullopt;
    }
    if (rel == "documents.toml") {
        error = "documents.toml is the catalogue itself, not a document";
        return std::nullopt;
    }
    return rel.generic_string();
}

bool already_listed(const std::string& catalogue_text, const std::string& name) {
    Diagnostics ignored;
    auto doc = parse_toml(catalogue_text, "documents.toml", ignored);
    if (!doc) return false;
    TableReader catalogue(*doc, "documents.toml", ignored, {});
    for (auto& d : catalogue.tables("documents", false))
        if (d.text("file", false) == name) return true;
    return false;
}

std::string document_entry(const std::string& name, const Date& today) {
    return "\n# เพิ่มโดย prongsai new document · added by prongsai new document\n"
           "[[documents]]\n"
           "# ไฟล์ในโฟลเดอร์ documents · the file, in the documents folder\n"
           "file = " +
           toml_string(name) +
           "\n"
           "# ชื่อเอกสาร · the document's title\n"
           "title = " +
           toml_string(name) +
           "\n"
           "# หมวดหมู่ เช่น \"รายงานผลการดำเนินงาน\" · category, e.g. \"รายงานผลการดำเนินงาน\"\n"
           "category = \"เอกสารทั่วไป\"\n"
           "# ปีงบประมาณ พ.ศ. ที่เอกสารเป็นของ · the fiscal year (Buddhist Era) it belongs to\n"
           "fiscal_year = " +
           std::to_string(fiscal_year(today)) +
           "\n"
           "# วันที่ของเอกสาร (ไม่บังคับ; ลบบรรทัดถ้าไม่ทราบ) · its date (optional; delete the line "
           "if unknown)\n"
           "date = \"" +
           date_text(today) +
           "\"\n"
           "# คำอธิบายสั้น ๆ (ไม่บังคับ) · a short description (optional)\n"
           "description = \"\"\n"
           "# เลขที่โครงการที่เกี่ยวข้อง เช่น [32] · related project numbers, e.g. [32]\n"
           "projects = []\n"
           "# ประกาศที่เกี่ยวข้อง (ชื่อไฟล์ไม่มี .md) · related announcements (file names without "
           ".md)\n"
           "announcements = []\n";
}

NewResult new_document(const NewOptions& o) {
    std::string error;
    auto name = document_name(o, error);
    if (!name) return {false, error};
    fs::path catalogue = o.content / "documents" / "documents.toml";
    std::string text;
    std::error_code ec;
    if (fs::exists(catalogue, ec)) {
        Diagnostics ignored;
        auto read = read_source_file(catalogue, catalogue.generic_string(), ignored);
        if (!read) return {false, "cannot read " + catalogue.generic_string()};
        text = *read;
    }
    if (already_listed(text, *name))
        return {false, *name + " is already listed in " + catalogue.generic_string() +
                           "; nothing was written"};
    std::FILE* f = std::fopen(catalogue.c_str(), "a");
    std::string entry = document_entry(*name, o.today);
    if (!text.empty() && !text.ends_with("\n")) entry.insert(0, "\n");
    bool ok = f && std::fwrite(entry.data(), 1, entry.size(), f) == entry.size();
    ok = f && std::fclose(f) == 0 && ok;
    if (!ok) return {false, "cannot write " + catalogue.generic_string()};
    return {true, "added a [[documents]] entry for " + *name + " to " + catalogue.generic_string()};
}

} // namespace

NewResult new_content_file(const NewOptions& options) {
    if (options.kind == "project") return new_project(options);
    if (options.kind == "announcement") return new_announcement(options);
    if (options.kind == "document") return new_document(options);
    return {false, "say what to make: project, announcement or document"};
}

Date today_buddhist_era() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900 + 543, local.tm_mon + 1, local.tm_mday};
}

} // namespace prongsai
