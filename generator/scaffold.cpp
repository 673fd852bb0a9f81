#include "scaffold.h"

#include "load/beneath.h"
#include "load/load.h"
#include "load/source_file.h"
#include "load/toml_reader.h"
#include "text.h"
#include "thai.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

namespace fs = std::filesystem;

namespace prongsai {

extern const char* const plan_template_text;
extern const char* const content_readme_sections[]; // the last one null

const char* plan_template_toml() {
    return plan_template_text;
}

namespace {

std::string content_readme() {
    std::string text;
    for (const char* const* s = content_readme_sections; *s; ++s)
        text += *s;
    return text;
}

std::string two_digits(int n) {
    std::string s = std::to_string(n);
    if (s.size() < 2) s.insert(s.begin(), '0');
    return s;
}

std::string date_text(const Date& d) {
    return std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

const std::string outside_note =
    " leads outside the content folder (a link?); nothing was written: put the folder itself "
    "inside the content folder";

// Writes content/rel, a new file; O_EXCL makes the refusal to overwrite
// atomic, and open_beneath the refusal to write through a link that leads
// out of the content folder.
NewResult write_new(const fs::path& content, const fs::path& rel, const std::string& text) {
    fs::path path = content / rel;
    int fd = open_beneath(content, rel, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        int error = errno;
        if (error == EEXIST)
            return {false, path.generic_string() + " already exists; nothing was written (rename "
                                                   "or remove it first)"};
        if (leads_outside(error))
            return {false, path.parent_path().generic_string() + outside_note};
        return {false, "cannot write " + path.generic_string() + " (" + plain_error(error) + ")"};
    }
    std::string_view bytes = text;
    int error = 0;
    while (!bytes.empty() && !error) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            error = n < 0 ? errno : ENOSPC;
        else
            bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    if (close(fd) != 0 && !error) error = errno;
    if (error)
        return {false, "cannot write " + path.generic_string() + " (" + plain_error(error) + ")"};
    return {true, "wrote " + path.generic_string()};
}

// A content file's text, read as the loader reads it (never through a link
// leading out of the content folder); nullopt when it cannot be.
std::optional<std::string> read_content(const fs::path& content, const fs::path& rel) {
    int fd = open_beneath(content, rel);
    if (fd < 0) return std::nullopt;
    Diagnostics ignored;
    auto text = read_source_file(fd, rel.generic_string(), rel.filename().string(), ignored);
    close(fd);
    return text;
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
    auto text = read_content(content, fs::path("plan") / "plan.toml");
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

int next_project_number(const fs::path& content, const fs::path& dir) {
    int highest = 0;
    std::error_code ec;
    for (auto e = fs::directory_iterator(dir, ec); !ec && e != fs::directory_iterator();
         e.increment(ec)) {
        if (e->path().extension() != ".md") continue;
        Diagnostics ignored;
        auto text = read_content(content, e->path().lexically_relative(content));
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
    if (fs::is_directory(o.content, ec) && !fs::exists(o.content / "plan" / "plan.toml", ec))
        return {false, "there is no plan in " + o.content.generic_string() +
                           " (no plan/plan.toml); nothing was written: make a content folder with "
                           "prongsai init DIR, or read a plan document into one with prongsai "
                           "import PLAN -o DIR, then add projects to it"};
    if (!fs::is_directory(dir, ec))
        return {false, "there is no folder " + dir.generic_string() +
                           "; give the content folder, e.g. prongsai new project content"};
    int number = o.number > 0 ? o.number : next_project_number(o.content, dir);
    if (number > max_project_number)
        return {false, "project " + std::to_string(max_project_number) +
                           " already exists, the highest number a project may have; give a "
                           "free number with --number"};
    return write_new(o.content, fs::path("plan") / "projects" / (two_digits(number) + ".md"),
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
    if (!made_of(o.slug, "_-", Letters::lower))
        return {false, "--slug must use only letters a-z, digits, - and _ (it becomes the "
                       "page's address), e.g. --slug plan-2567"};
    fs::path dir = o.content / "announcements";
    std::error_code ec;
    if (!fs::is_directory(o.content, ec))
        return {false, "there is no content folder " + o.content.generic_string()};
    fs::create_directories(dir, ec);
    return write_new(o.content,
                     fs::path("announcements") / (date_text(o.today) + "-" + o.slug + ".md"),
                     announcement_text(o.today));
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
    std::string name = rel.generic_string();
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
        error = "the name of " + o.document_file +
                " has a line break or another control character; rename the file (letters, "
                "digits, - and _), then run this again";
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
    fs::path catalogue_rel = fs::path("documents") / "documents.toml";
    // Read and appended through one descriptor, which no link may lead out
    // of the content folder.
    int fd = open_beneath(o.content, catalogue_rel, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    if (fd < 0 && leads_outside(errno)) return {false, catalogue.generic_string() + outside_note};
    if (fd < 0)
        return {false,
                "cannot write " + catalogue.generic_string() + " (" + plain_error(errno) + ")"};
    Diagnostics ignored;
    auto read = read_source_file(fd, catalogue.generic_string(), "documents.toml", ignored);
    if (!read) {
        close(fd);
        return {false, "cannot read " + catalogue.generic_string()};
    }
    std::string text = *read;
    if (already_listed(text, *name)) {
        close(fd);
        return {false, *name + " is already listed in " + catalogue.generic_string() +
                           "; nothing was written"};
    }
    std::string entry = document_entry(*name, o.today);
    if (!text.empty() && !text.ends_with("\n")) entry.insert(0, "\n");
    bool ok = ::write(fd, entry.data(), entry.size()) == static_cast<ssize_t>(entry.size());
    ok = close(fd) == 0 && ok;
    if (!ok) return {false, "cannot write " + catalogue.generic_string()};
    return {true, "added a [[documents]] entry for " + *name + " to " + catalogue.generic_string()};
}

// A key's value: the fact, or a placeholder the clerk must replace, marked
// so that a search for TODO finds every one.
std::string value_or_todo(const std::string& fact, const std::string& placeholder) {
    return fact.empty() ? toml_string(placeholder) + " # TODO" : toml_string(fact);
}

std::string site_text(const OrganisationFacts& f) {
    std::string title =
        f.name.empty() ? "ศูนย์ข้อมูลความโปร่งใส (แก้ไขชื่อองค์กร)" : "ศูนย์ข้อมูลความโปร่งใส " + f.name;
    return "# องค์กรและเว็บไซต์ ทุกคีย์อธิบายไว้ใน README.md · the organisation and the site; "
           "README.md explains every key.\n"
           "# ชื่อเว็บไซต์ · the site's title\n"
           "title = " +
           toml_string(title) +
           "\n"
           "# ภาษาของหน้า · the pages' language\n"
           "language = \"th\"\n"
           "# โฟลเดอร์บนเครื่องแม่ข่ายที่วางเว็บไซต์ · the folder the site is published in\n"
           "base_path = \"/\"\n"
           "# ชื่อธีม · the theme\n"
           "theme = \"default\"\n"
           "# ตัวเลขทั้งเว็บไซต์ \"arabic\" (0-9) หรือ \"thai\" (๐-๙) · digits on every page\n"
           "digits = \"arabic\"\n"
           "# true = อนุญาต HTML ดิบใน Markdown · true allows raw HTML in Markdown\n"
           "allow_raw_html = false\n"
           "# จำนวนประกาศต่อหน้า · announcements a list page holds\n"
           "page_size = 10\n"
           "# ที่อยู่เต็มของเว็บไซต์ (ลบ # เมื่อทราบ) ใช้ทำ sitemap.xml · the site's full address "
           "(remove the # once known): sitemap.xml and feeds\n"
           "# url = \"https://www.example.go.th/ita/\"\n"
           "# วันที่ปรับปรุงข้อมูลล่าสุด (ไม่บังคับ) · the \"last updated\" date (optional)\n"
           "# updated = \"2566-01-01\"\n"
           "\n"
           "[organisation]\n"
           "# ชื่อองค์กร · the organisation's name\n"
           "name = " +
           value_or_todo(f.name, "(แก้ไขชื่อองค์กร)") +
           "\n"
           "# ประเภท: \"เทศบาลนคร\", \"เทศบาลเมือง\", \"เทศบาลตำบล\", \"อบต.\", \"อบจ.\" … · the "
           "kind of organisation\n"
           "type = " +
           (f.type.empty() ? std::string("\"อบต.\" # TODO") : toml_string(f.type)) +
           "\n"
           "# อำเภอ (ไม่ต้องเขียนคำว่า อำเภอ) · the district, without the word อำเภอ\n"
           "district = " +
           value_or_todo(f.district, "(แก้ไขอำเภอ)") +
           "\n"
           "# จังหวัด (ไม่ต้องเขียนคำว่า จังหวัด) · the province, without the word จังหวัด\n"
           "province = " +
           value_or_todo(f.province, "(แก้ไขจังหวัด)") +
           "\n"
           "# ที่อยู่ · the postal address\n"
           "address = " +
           toml_string(f.address) +
           "\n"
           "# โทรศัพท์ · telephone\n"
           "phone = \"\"\n"
           "# อีเมล · e-mail\n"
           "email = \"\"\n"
           "# ชื่อผู้บริหาร และตำแหน่ง · the executive's name and title\n"
           "executive_name = " +
           toml_string(f.executive_name) +
           "\n"
           "executive_title = " +
           toml_string(f.executive_title) +
           "\n"
           "# เวลาทำการ · office hours, as the organisation words them\n"
           "office_hours = \"\"\n"
           "# ลิงก์แผนที่ (https) · a map service's https:// address\n"
           "# map_url = \"https://...\"\n"
           "\n"
           "# ข้อมูลเปิด (ไม่บังคับ) · open data (optional)\n"
           "[open_data]\n"
           "# ชื่อสัญญาอนุญาต และที่อยู่ของสัญญา · the data's licence and its address\n"
           "licence = \"\"\n"
           "licence_url = \"\"\n"
           "# แหล่งที่มาของข้อมูล (ว่าง = ชื่อองค์กร) · where the data comes from (empty: the "
           "organisation)\n"
           "source = \"\"\n"
           "\n"
           "# ลิงก์บริการภายนอกสำหรับข้อ OIT ตามปีที่ประเมิน · outside services for OIT items, by "
           "assessment year\n"
           "[oit_links]\n"
           "# 2567 = { O8 = \"https://www.facebook.com/...\" }\n";
}

std::string plan_text(const OrganisationFacts& f) {
    auto optional = [](const std::string& key, const std::string& value) {
        return (value.empty() ? "# " + key + " = \"\"" : key + " = " + toml_string(value)) + "\n";
    };
    std::string years = f.first_year ? "first_year = " + std::to_string(f.first_year) +
                                           "\nlast_year = " + std::to_string(f.last_year) + "\n"
                                     : "first_year = 2566 # TODO\nlast_year = 2570 # TODO\n";
    return "# แผนปฏิบัติการ ทุกคีย์อธิบายไว้ใน README.md · the plan; README.md explains every key.\n"
           "# ชื่อแผน · the plan's title\n"
           "title = " +
           toml_string(f.plan_title.empty() ? "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส"
                                            : f.plan_title) +
           "\n"
           "# ปีงบประมาณแรกและปีสุดท้ายของแผน (พ.ศ.) · the plan's first and last fiscal year\n" +
           years +
           "# วันที่ประกาศใช้แผน พ.ศ. ปี-เดือน-วัน (ลบ # เมื่อทราบ) · the date it was announced "
           "(remove the # once known)\n" +
           optional("announced", f.announced) +
           "# ผู้ลงนามประกาศและตำแหน่ง · who signed the announcement, and their title\n" +
           optional("signer", f.signer) + optional("signer_title", f.signer_title) +
           "# เดือนปีที่จัดทำ ตามที่คำนำเขียน · when it was prepared, as the foreword says\n" +
           optional("prepared", f.prepared) +
           "\n"
           "# จำนวนโครงการและงบประมาณรวมรายปีที่เอกสารระบุ · the counts and yearly totals the "
           "document states\n" +
           (f.stated_toml.empty() ? "# [stated]\n# projects = 0\n# budget = { 2566 = 0 }\n"
                                  : f.stated_toml) +
           "\n"
           "# ค่าเป้าหมายรายปี · yearly targets\n" +
           (f.targets_toml.empty() ? "# [[targets]]\n# year = 2566\n# ita_score = 85\n"
                                     "# fewer_cases_percent = 5\n"
                                   : f.targets_toml) +
           "\n"
           "# ตารางประเมินความเสี่ยงการทุจริต หนึ่งส่วนต่อหนึ่งแถว · the risk table, a section a "
           "row\n" +
           (f.risks_toml.empty() ? "# [[risks]]\n# number = 1\n# step = \"\"\n# risks = []\n"
                                   "# level = \"\"\n# measures = []\n"
                                 : f.risks_toml) +
           "\n" + (f.dimensions_toml.empty() ? plan_template_toml() : f.dimensions_toml);
}

const std::string content_readme_name = "README.md";

} // namespace

std::string toml_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7F) {
            // TOML allows no control character in a basic string, not even a line break.
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", u);
            out += escape;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

NewResult write_content_layout(const fs::path& dir, const OrganisationFacts& facts) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        return {false, dir.generic_string() +
                           " is a file, not a folder; nothing was written: give a new folder's "
                           "name, e.g. prongsai init my-content"};
    if (fs::is_directory(dir, ec) && fs::directory_iterator(dir, ec) != fs::directory_iterator())
        return {false, dir.generic_string() +
                           " is not empty; nothing was written: give a new or empty folder, "
                           "e.g. prongsai init my-content"};
    for (const char* sub : {"plan/projects", "announcements", "documents"}) {
        fs::create_directories(dir / sub, ec);
        if (ec)
            return {false, "cannot make " + (dir / sub).generic_string() + " (" +
                               plain_error(ec.value()) + ")"};
    }
    struct File {
        const char* rel;
        std::string text;
    };
    File files[] = {
        {"site.toml", site_text(facts)},
        {"plan/plan.toml", plan_text(facts)},
        {"plan/intro.md", "(บทนำของแผน: หลักการและเหตุผล วัตถุประสงค์ เป้าหมาย · the plan's "
                          "introduction)\n"},
        {"README.md", content_readme()},
    };
    for (auto& f : files) {
        NewResult r = write_new(dir, f.rel, f.text);
        if (!r.ok) return r;
    }
    return {true, "wrote " + dir.generic_string()};
}

NewResult init_content(const fs::path& dir) {
    NewResult r = write_content_layout(dir, {});
    if (!r.ok) return r;
    return {true, "wrote a new content folder " + dir.generic_string() +
                      ": edit its site.toml and plan/plan.toml (every key is explained there), "
                      "add projects with prongsai new project " +
                      dir.generic_string() + ", then prongsai build " + dir.generic_string()};
}

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
