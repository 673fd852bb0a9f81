// Each class of bad input: the exact message, a non-zero exit, and the
// previously published site left exactly as it was.
#include "harness.h"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

struct BadInput {
    const char* name;
    const char* file; // below content/
    std::string from;
    std::string to;
    std::string message; // stderr before the summary line
};

// Longer than any value a clerk means to write, and than std::regex could
// match without overflowing the stack (the program crashed on both cases
// that use it).
const std::string long_text(200'000, 'x');

const char* const summary = "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n";

const BadInput cases[] = {
    {"TOML syntax error", "plan/projects/07.md", "unit = \"สำนักปลัดเทศบาลเมืองตากใบ\"",
     "unit = \"สำนักปลัดเทศบาลเมืองตากใบ",
     "content/plan/projects/07.md:8:8: error: TOML syntax: the next token is not a valid string; a "
     "text value must be closed with \" on the same line\n"
     "    unit = \"สำนักปลัดเทศบาลเมืองตากใบ\n"
     "           ^\n"},
    {"unknown key", "plan/projects/07.md", "target_group = ", "target_groop = ",
     "content/plan/projects/07.md:1:1: error: missing key 'target_group'; add a line like: "
     "target_group = \"...\"\n"
     "    +++\n"
     "    ^\n"
     "content/plan/projects/07.md:9:1: error: unknown key 'target_groop'; did you mean "
     "'target_group'?\n"
     "    target_groop = \"บุคลากรเทศบาลเมืองตากใบ\"\n"
     "    ^\n"},
    {"missing key", "plan/projects/07.md", "unit = \"สำนักปลัดเทศบาลเมืองตากใบ\"\n", "",
     "content/plan/projects/07.md:1:1: error: missing key 'unit'; add a line like: unit = \"...\"\n"
     "    +++\n"
     "    ^\n"},
    {"wrong type", "plan/projects/07.md", "number = 7", "number = \"เจ็ด\"",
     "content/plan/projects/07.md:2:1: error: 'number' must be a whole number, like number = 12 "
     "(Thai digits in quotes also work: \"๑๒\")\n"
     "    number = \"เจ็ด\"\n"
     "    ^\n"},
    {"duplicate sequence number", "plan/projects/07.md", "number = 7", "number = 6",
     "content/plan/projects/07.md:2:1: error: sequence number 6 is also used by "
     "content/plan/projects/06.md; each project needs its own number\n"
     "    number = 6\n"
     "    ^\n"
     "content/plan/projects/08.md:2:1: error: sequence numbers jump to 8: number 7 is missing\n"
     "    number = 8\n"
     "    ^\n"},
    {"missing sequence number", "plan/projects/49.md", "number = 49", "number = 51",
     "content/plan/projects/49.md:2:1: error: sequence numbers jump to 51: numbers 49–50 are "
     "missing\n"
     "    number = 51\n"
     "    ^\n"},
    {"a whole number of 20 digits", "plan/projects/07.md", "number = 7",
     "number = 99999999999999999999",
     "content/plan/projects/07.md:2:1: error: 'number' must be a whole number from 1 to 99999; "
     "this one has too many digits\n"
     "    number = 99999999999999999999\n"
     "    ^\n"},
    {"dimension the plan does not define", "plan/projects/07.md", "dimension = 1", "dimension = 5",
     "content/plan/projects/07.md:3:1: error: dimension 5 is not defined in plan/plan.toml (it "
     "defines 1, 2, 3, 4)\n"
     "    dimension = 5\n"
     "    ^\n"},
    {"mission the plan does not define", "plan/projects/07.md", "mission = \"1.1\"",
     "mission = \"1.9\"",
     "content/plan/projects/07.md:4:1: error: mission \"1.9\" is not defined for dimension 1 in "
     "plan/plan.toml; its missions are 1.1, 1.2, 1.3\n"
     "    mission = \"1.9\"\n"
     "    ^\n"},
    {"sub-item the plan does not define", "plan/projects/07.md", "items = [\"1.1.3\"]",
     "items = [\"1.1.9\"]",
     "content/plan/projects/07.md:5:1: error: sub-item \"1.1.9\" is not defined for mission 1.1 in "
     "plan/plan.toml; its sub-items are 1.1.1, 1.1.2, 1.1.3\n"
     "    items = [\"1.1.9\"]\n"
     "    ^\n"},
    {"budget year outside the plan period", "plan/projects/07.md", "2570 = 10000", "2571 = 10000",
     "content/plan/projects/07.md:17:1: error: year 2571 is outside the plan's period 2566–2570\n"
     "    2571 = 10000\n"
     "    ^\n"},
    {"Christian-Era budget year", "plan/projects/07.md", "2570 = 10000", "2027 = 10000",
     "content/plan/projects/07.md:17:1: error: '2027' in [budget] is not a Buddhist-Era year; "
     "write the year like 2566 (พ.ศ. 2570?)\n"
     "    2027 = 10000\n"
     "    ^\n"},
    {"negative amount", "plan/projects/07.md", "2570 = 10000", "2570 = -10000",
     "content/plan/projects/07.md:17:1: error: the amount for 2570 is negative; amounts are 0 or "
     "more\n"
     "    2570 = -10000\n"
     "    ^\n"},
    {"amount that is not a number", "plan/projects/07.md", "2570 = 10000", "2570 = \"10,000 บาท\"",
     "content/plan/projects/07.md:17:1: error: the amount for 2570 must be a number of baht, like "
     "2570 = 30000 (0 when the year has no budget; leave the year out when the project does not "
     "run that year)\n"
     "    2570 = \"10,000 บาท\"\n"
     "    ^\n"},
    {"Christian-Era date", "plan/plan.toml", "announced = \"2565-07-05\"",
     "announced = \"2022-07-05\"",
     "content/plan/plan.toml:4:1: error: 'announced' has the Christian-Era year 2022; write the "
     "Buddhist-Era year (พ.ศ. 2565?)\n"
     "    announced = \"2022-07-05\"\n"
     "    ^\n"},
    {"menu entry that names no page", "menu.toml", "\"structure\", \"contact\"",
     "\"structur\", \"contact\"",
     "content/menu.toml:12:44: error: the menu entry \"structur\" names no page: write a built-in "
     "page (home, plan, budget, projects, announcements, documents, years, reports, search, "
     "executives, structure, contact), a content page as \"pages/about.md\" or a section (a folder "
     "of pages) "
     "as \"pages/integrity/\"\n"
     "    entries = [\"pages/about.md\", \"executives\", \"structur\", \"contact\", "
     "\"pages/integrity/\",\n"
     "                                               ^\n"},
    {"menu section that does not exist", "menu.toml", "\"pages/integrity/\",",
     "\"pages/integrty/\",",
     "content/menu.toml:12:68: error: the menu entry \"pages/integrty/\" names no page: write a "
     "built-in page (home, plan, budget, projects, announcements, documents, years, reports, "
     "search, executives, structure, contact), a content page as \"pages/about.md\" or a section "
     "(a "
     "folder of pages) as \"pages/integrity/\"\n"
     "    entries = [\"pages/about.md\", \"executives\", \"structure\", \"contact\", "
     "\"pages/integrty/\",\n"
     "                                                                       ^\n"},
    {"page names a menu group menu.toml lacks", "pages/about.md", "menu = \"เมนูหลัก\"",
     "menu = \"เมนูรอง\"",
     "content/pages/about.md:4:1: error: menu.toml has no group titled \"เมนูรอง\"; write the "
     "title of one of its [[groups]], or add that group\n"
     "    menu = \"เมนูรอง\"\n"
     "    ^\n"},
    {"an OIT item its year's list does not have, on a content page", "pages/integrity/index.md",
     "oit = { 2565 = [\"O39\", \"O42\"] }", "oit = { 2565 = [\"O39\", \"042\"] }",
     "content/pages/integrity/index.md:6:24: error: the OIT list of 2565 has no item '042'; its "
     "items are O1 to O43; did you mean O42?\n"
     "    oit = { 2565 = [\"O39\", \"042\"] }\n"
     "                           ^\n"},
    {"OIT items without their year, on a content page", "pages/integrity/index.md",
     "oit = { 2565 = [\"O39\", \"O42\"] }", "oit = [\"O39\", \"O42\"]",
     "content/pages/integrity/index.md:6:1: error: 'oit' must be a table giving the assessment "
     "year of its items, as the ITA numbers them anew each year; write oit = { 2565 = [\"O39\", "
     "\"O42\"] } with the year of the questionnaire\n"
     "    oit = [\"O39\", \"O42\"]\n"
     "    ^\n"},
    {"page attachment not listed", "pages/about.md", "menu_order = 1",
     "menu_order = 1\nattachments = [\"nothing.pdf\"]",
     "content/pages/about.md:6:1: error: attachment \"nothing.pdf\" is not listed in "
     "documents/documents.toml; list it there with file = \"nothing.pdf\", or correct the name\n"
     "    attachments = [\"nothing.pdf\"]\n"
     "    ^\n"},
    {"page link to nothing", "pages/about.md", "(../plan/index.html)", "(../plan/nowhere.html)",
     "content/pages/about.md:20:2: error: the link (../plan/nowhere.html) leads to no page or "
     "document of the site; link to a project as 08.md, to an announcement as "
     "../../announcements/NAME.md, to a document as ../../documents/FILE (from a project), or "
     "check the name\n"
     "    ([แผนปฏิบัติการ](../plan/nowhere.html))\n"
     "     ^\n"},
    {"page with a TOML error: one message, not one for the menu too", "pages/about.md",
     "menu_order = 1", "menu_order = 1\ndate = 2565-13-01",
     "content/pages/about.md:6:18: error: TOML syntax: invalid date: it does not conform "
     "RFC3339. (month should be 01-12, day should be 01-28,29,30,31, depending on month/year.); "
     "text goes in quotes (title = \"...\"), numbers without (number = 12)\n"
     "    date = 2565-13-01\n"
     "                     ^\n"},
    {"unit under a unit that does not exist", "organisation/people.toml", "parent = \"office\"",
     "parent = \"ofice\"",
     "content/organisation/people.toml:18:1: error: there is no unit with id \"ofice\"; write the "
     "id of a [[units]] entry\n"
     "    parent = \"ofice\"\n"
     "    ^\n"},
    {"units below each other", "organisation/people.toml", "name = \"สำนักปลัดเทศบาล\"",
     "name = \"สำนักปลัดเทศบาล\"\nparent = \"legal\"",
     "content/organisation/people.toml:14:1: error: unit \"office\" ends up below itself through "
     "'parent'; a unit's parent must be above it\n"
     "    parent = \"legal\"\n"
     "    ^\n"
     "content/organisation/people.toml:19:1: error: unit \"legal\" ends up below itself through "
     "'parent'; a unit's parent must be above it\n"
     "    parent = \"office\"\n"
     "    ^\n"},
    {"position with neither holder nor vacancy", "organisation/people.toml",
     "name = \"นายชินตารา นุชนิตตารา\"\n", "",
     "content/organisation/people.toml:6:1: error: write who holds this position, name = "
     "\"...\", or vacant = true when nobody does (the page says ตำแหน่งว่าง)\n"
     "    position = \"นายกเทศมนตรีเมืองตากใบ\"\n"
     "    ^\n"},
    {"vacant position with a holder", "organisation/people.toml", "phone = \"073-642-330\"",
     "phone = \"073-642-330\"\nvacant = true",
     "content/organisation/people.toml:6:1: error: a vacant position has no holder: remove "
     "'name' or 'vacant'\n"
     "    name = \"นายชินตารา นุชนิตตารา\"\n"
     "    ^\n"},
    {"organisation type", "site.toml", "type = \"เทศบาลเมือง\"", "type = \"เทศบาล\"",
     "content/site.toml:11:1: error: 'type' must be one of: เทศบาลนคร, เทศบาลเมือง, เทศบาลตำบล, "
     "อบต., อบจ., องค์การบริหารส่วนตำบล, องค์การบริหารส่วนจังหวัด, กรุงเทพมหานคร, เมืองพัทยา\n"
     "    type = \"เทศบาล\"\n"
     "    ^\n"},
    {"front matter not closed", "plan/projects/07.md", "+++\n\n## หลักการ", "\n## หลักการ",
     "content/plan/projects/07.md:1:1: error: front matter opened here is not closed; add a line "
     "+++ after its last key\n"
     "    +++\n"
     "    ^\n"},
    {"YAML front matter", "plan/projects/07.md", "+++\nnumber = 7", "---\nnumber = 7",
     "content/plan/projects/07.md:1:1: error: front matter must be TOML between lines +++, not "
     "YAML "
     "between lines ---; replace both --- lines with +++ and write key = value\n"
     "    ---\n"
     "    ^\n"},
    {"document listed but absent", "documents/documents.toml", "file = \"eplannacc-2564.csv\"",
     "file = \"eplannacc-2563.csv\"",
     "content/documents/documents.toml:26:1: error: the file documents/eplannacc-2563.csv does not "
     "exist; put the file in the documents folder or correct the name\n"
     "    file = \"eplannacc-2563.csv\"\n"
     "    ^\n"
     "content/documents/eplannacc-2564.csv: warning: this file is not listed in "
     "documents/documents.toml, so it is not published; add a [[documents]] entry\n"
     // A measure of the 2565 report names the file as its evidence.
     "content/years/2565/measures.toml:193:1: error: there is no document "
     "\"eplannacc-2564.csv\" listed in documents/documents.toml\n"
     "    documents = [\"eplannacc-2564.csv\", \"report-integrity-2565.pdf\"]\n"
     "    ^\n"},
    {"document path outside the content folder", "documents/documents.toml",
     "file = \"eplannacc-2564.csv\"", "file = \"../site.toml\"",
     "content/documents/documents.toml:26:1: error: 'file' must be a path inside the documents "
     "folder, like file = \"plan-2566.pdf\"; \"../site.toml\" leads outside it\n"
     "    file = \"../site.toml\"\n"
     "    ^\n"
     "content/documents/eplannacc-2564.csv: warning: this file is not listed in "
     "documents/documents.toml, so it is not published; add a [[documents]] entry\n"
     // A measure of the 2565 report names the file as its evidence.
     "content/years/2565/measures.toml:193:1: error: there is no document "
     "\"eplannacc-2564.csv\" listed in documents/documents.toml\n"
     "    documents = [\"eplannacc-2564.csv\", \"report-integrity-2565.pdf\"]\n"
     "    ^\n"},
    {"attachment that is not a listed document", "announcements/2565-07-05-plan-2566-2570.md",
     "attachments = [\"plan-2566-2570.pdf\"]", "attachments = [\"plan-2566.pdf\"]",
     "content/announcements/2565-07-05-plan-2566-2570.md:7:1: error: attachment \"plan-2566.pdf\" "
     "is not listed in documents/documents.toml; list it there with file = \"plan-2566.pdf\", or "
     "correct the name\n"
     "    attachments = [\"plan-2566.pdf\"]\n"
     "    ^\n"},
    {"announcement kind", "announcements/2565-07-05-plan-2566-2570.md", "kind = \"ประกาศ\"",
     "kind = \"ประกาศย่อ\"",
     "content/announcements/2565-07-05-plan-2566-2570.md:2:1: error: 'kind' must be \"ประกาศ\", "
     "\"คำสั่ง\" or \"ข่าวประชาสัมพันธ์\"\n"
     "    kind = \"ประกาศย่อ\"\n"
     "    ^\n"},
    {"announcement dated in the Christian Era", "announcements/2565-07-05-plan-2566-2570.md",
     "date = \"2565-07-05\"", "date = \"2022-07-05\"",
     "content/announcements/2565-07-05-plan-2566-2570.md:4:1: error: 'date' has the Christian-Era "
     "year 2022; write the Buddhist-Era year (พ.ศ. 2565?)\n"
     "    date = \"2022-07-05\"\n"
     "    ^\n"},
    {"document of a project that does not exist", "documents/documents.toml", "projects = [32]",
     "projects = [99]",
     "content/documents/documents.toml:13:1: error: there is no project number 99 in "
     "plan/projects\n"
     "    projects = [99]\n"
     "    ^\n"},
    {"a Markdown link to a page that does not exist", "plan/projects/07.md", "\n## วัตถุประสงค์",
     "\nดู [โครงการที่ 8](08.md) และ [ไม่มี](09x.md)\n\n## วัตถุประสงค์",
     "content/plan/projects/07.md:26:30: error: the link (09x.md) leads to no page or document of "
     "the site; link to a project as 08.md, to an announcement as ../../announcements/NAME.md, to "
     "a document as ../../documents/FILE (from a project), or check the name\n"
     "    ดู [โครงการที่ 8](08.md) และ [ไม่มี](09x.md)\n"
     "                              ^\n"},
    // toml11 recurses once per level: 10,000 levels overflowed its stack.
    {"arrays nested deeper than the limit", "site.toml", "allow_raw_html = false",
     "allow_raw_html = false\nx = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
     "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
     "content/site.toml:8:37: error: lists [ ] and tables { } may be nested at most 32 deep; write "
     "this value with fewer levels\n"
     "    x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
     "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
     "                                        ^\n"},
    {"inline tables nested in front matter", "plan/projects/07.md", "number = 7",
     "number = 7\nx = {a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={"
     "a={a={a={a={a={a={a={a={a=1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}",
     "content/plan/projects/07.md:3:101: error: lists [ ] and tables { } may be nested at most 32 "
     "deep; write this value with fewer levels\n"
     "    x = "
     "{a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a={a="
     "{a={a={a={a={a=1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}\n"
     "                                                                                             "
     "   "
     "        ^\n"},
    // toml11 took over a minute on a table name of 100,000 parts.
    {"a dotted table name of many parts", "site.toml", "[organisation]",
     "[a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a]\n[organisation]",
     "content/site.toml:9:65: error: a key may have at most 32 parts separated by dots; shorten "
     "this name\n"
     "    [a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a]\n"
     "                                                                    ^\n"},
    // Each was taken modulo 2^32, or built pages for every year up to it.
    {"a whole number beyond its range", "plan/projects/07.md", "number = 7", "number = 4294967297",
     "content/plan/projects/07.md:2:1: error: 'number' must be a whole number from 1 to 99999, not "
     "4294967297\n"
     "    number = 4294967297\n"
     "    ^\n"},
    {"a year far in the future", "plan/plan.toml", "last_year = 2570", "last_year = 2000000000",
     "content/plan/plan.toml:3:1: error: 'last_year' must be a whole number from 2400 to 2700, "
     "not 2000000000\n"
     "    last_year = 2000000000\n"
     "    ^\n"},
    {"a Christian-Era year", "plan/plan.toml", "last_year = 2570", "last_year = 2027",
     "content/plan/plan.toml:3:1: error: 'last_year' must be a whole number from 2400 to 2700, "
     "not 2027; write the Buddhist-Era year (พ.ศ. 2570?)\n"
     "    last_year = 2027\n"
     "    ^\n"},
    {"a score that is not a number", "plan/plan.toml", "ita_score = 91", "ita_score = nan",
     "content/plan/plan.toml:15:1: error: 'ita_score' must be a number, like ita_score = 90 or "
     "92.5\n"
     "    ita_score = nan\n"
     "    ^\n"},
    {"a negative fiscal year", "documents/documents.toml", "fiscal_year = 2566", "fiscal_year = -5",
     "content/documents/documents.toml:10:1: error: 'fiscal_year' must be a whole number from "
     "2400 to 2700, not -5\n"
     "    fiscal_year = -5\n"
     "    ^\n"},
    {"an OIT item its year's list does not have", "announcements/2564-11-17-plan-2565.md",
     "oit = { 2565 = [\"O39\"] }", "oit = { 2565 = [\"O93\"] }",
     "content/announcements/2564-11-17-plan-2565.md:7:17: error: the OIT list of 2565 has no item "
     "'O93'; its items are O1 to O43; did you mean O3?\n"
     "    oit = { 2565 = [\"O93\"] }\n"
     "                    ^\n"},
    {"an OIT item of a year without a list", "announcements/2564-11-17-plan-2565.md",
     "oit = { 2565 = [\"O39\"] }", "oit = { 2570 = [\"O39\"] }",
     "content/announcements/2564-11-17-plan-2565.md:7:17: error: prongsai has no OIT item list for "
     "2570; the assessment years it has are 2565, 2568\n"
     "    oit = { 2570 = [\"O39\"] }\n"
     "                    ^\n"},
    {"OIT items without their year", "documents/documents.toml", "oit = { 2565 = [\"O41\"] }",
     "oit = [\"O41\"]",
     "content/documents/documents.toml:30:1: error: 'oit' must be a table giving the assessment "
     "year of its items, as the ITA numbers them anew each year; write oit = { 2565 = [\"O41\"] } "
     "with the year of the questionnaire\n"
     "    oit = [\"O41\"]\n"
     "    ^\n"},
    {"an OIT link that is not a web address", "site.toml", "[organisation]",
     "[oit_links]\n2565 = { O8 = \"www.takbai.go.th/qa\" }\n\n[organisation]",
     "content/site.toml:10:1: error: the address for O8 of 2565 must be a full web address "
     "starting with https://\n"
     "    2565 = { O8 = \"www.takbai.go.th/qa\" }\n"
     "    ^\n"},
    // A file that cannot be read is its one error: nothing about what names it.
    {"TOML syntax error in plan.toml", "plan/plan.toml", "first_year = 2566",
     "first_year = 2566 2567",
     "content/plan/plan.toml:2:19: error: TOML syntax: invalid line format (expected newline, but "
     "got '2'.); write one key = value on each line\n"
     "    first_year = 2566 2567\n"
     "                      ^\n"},
    {"TOML syntax error in site.toml", "site.toml", "district = \"ตากใบ\"", "district = \"ตากใบ",
     "content/site.toml:12:12: error: TOML syntax: the next token is not a valid string; a text "
     "value must be closed with \" on the same line\n"
     "    district = \"ตากใบ\n"
     "               ^\n"},
    {"TOML syntax error in documents.toml", "documents/documents.toml", "fiscal_year = 2566",
     "fiscal_year = 2566 2567",
     "content/documents/documents.toml:10:20: error: TOML syntax: invalid line format (expected "
     "newline, but got '2'.); write one key = value on each line\n"
     "    fiscal_year = 2566 2567\n"
     "                       ^\n"},
    {"TOML syntax error in menu.toml", "menu.toml", "[[groups]]", "[[groups]",
     "content/menu.toml:5:1: error: TOML syntax: an invalid key appeared. (is not a valid key); "
     "text goes in quotes (title = \"...\"), numbers without (number = 12)\n"
     "    [[groups]\n"
     "    ^\n"},
    {"TOML syntax error in people.toml", "organisation/people.toml", "[[units]]", "[[units]",
     "content/organisation/people.toml:11:1: error: TOML syntax: an invalid key appeared. (is not "
     "a valid key); text goes in quotes (title = \"...\"), numbers without (number = 12)\n"
     "    [[units]\n"
     "    ^\n"},
    {"risk levels that do not match the risks", "plan/plan.toml", "level = \"ปานกลาง\"",
     "level = \"ปานกลาง\"\nlevels = [\"สูง\"]",
     "content/plan/plan.toml:47:1: error: 'levels' gives 1 level(s) but 'risks' lists 3; give one "
     "level for each risk, in the same order\n"
     "    levels = [\"สูง\"]\n"
     "    ^\n"},
    {"measure numbers that do not match the measures", "plan/plan.toml", "level = \"ปานกลาง\"",
     "level = \"ปานกลาง\"\nmeasure_numbers = [1]",
     "content/plan/plan.toml:47:1: error: 'measure_numbers' gives 1 number(s) but 'measures' lists "
     "4; give the number the document prints for each measure\n"
     "    measure_numbers = [1]\n"
     "    ^\n"},
    {"an accent that is not a colour", "site.toml", "province = \"นราธิวาส\"",
     "province = \"นราธิวาส\"\naccent = \"blue\"",
     "content/site.toml:14:1: error: 'accent' must be a colour written as # and six hex digits, "
     "like accent = \"#0b5394\"\n"
     "    accent = \"blue\"\n"
     "    ^\n"},
    {"a logo without its words, and not there", "site.toml", "province = \"นราธิวาส\"",
     "province = \"นราธิวาส\"\nlogo = \"logo.png\"",
     "content/site.toml:14:1: error: a logo needs words for those who cannot see it: add logo_alt "
     "= \"ตราสัญลักษณ์เทศบาลเมืองตากใบ\"\n"
     "    logo = \"logo.png\"\n"
     "    ^\n"
     "content/site.toml:14:1: error: the file organisation/logo.png does not exist; put it in the "
     "organisation folder or correct the name\n"
     "    logo = \"logo.png\"\n"
     "    ^\n"},
    {"a period budget without how it was read", "plan/projects/07.md", "[budget]",
     "period_budget = 50000\n\n[budget]",
     "content/plan/projects/07.md:1:1: error: missing key 'budget_reading'; add a line like: "
     "budget_reading = \"...\"\n"
     "    +++\n"
     "    ^\n"},
    {"a unit alias whose name to list under is itself an alias", "plan/plan.toml",
     "[[risks]]\nnumber = 1\n",
     "[unit_aliases]\n\"งานนิติการ สำนักปลัดเทศบาลเมืองตากใบ\" = \"สำนักปลัดเทศบาลเมืองตากใบ\"\n"
     "\"สำนักปลัดเทศบาลเมืองตากใบ\" = \"สำนักปลัดเทศบาล\"\n\n[[risks]]\nnumber = 1\n",
     "content/plan/plan.toml:39:2: error: \"สำนักปลัดเทศบาลเมืองตากใบ\" is itself an alias of "
     "\"สำนักปลัดเทศบาล\", and aliases are not followed further: write \"งานนิติการ "
     "สำนักปลัดเทศบาลเมืองตากใบ\" = \"สำนักปลัดเทศบาล\"\n"
     "    \"งานนิติการ สำนักปลัดเทศบาลเมืองตากใบ\" = \"สำนักปลัดเทศบาลเมืองตากใบ\"\n"
     "     ^\n"},
    {"two unit aliases of each other", "plan/plan.toml", "[[risks]]\nnumber = 1\n",
     "[unit_aliases]\n\"กองคลัง เทศบาลเมืองตากใบ\" = \"กองคลัง สำนักงานเทศบาลเมืองตากใบ\"\n"
     "\"กองคลัง สำนักงานเทศบาลเมืองตากใบ\" = \"กองคลัง เทศบาลเมืองตากใบ\"\n\n[[risks]]\nnumber = 1\n",
     "content/plan/plan.toml:40:2: error: \"กองคลัง สำนักงานเทศบาลเมืองตากใบ\" and \"กองคลัง "
     "เทศบาลเมืองตากใบ\" are aliases of each other: keep one of the two lines, the one whose "
     "right-hand side is the name to list the unit under\n"
     "    \"กองคลัง สำนักงานเทศบาลเมืองตากใบ\" = \"กองคลัง เทศบาลเมืองตากใบ\"\n"
     "     ^\n"},
    {"a text value of 200000 characters left open", "plan/projects/07.md",
     "unit = \"สำนักปลัดเทศบาลเมืองตากใบ\"", "unit = \"" + long_text,
     "content/plan/projects/07.md:8:8: error: TOML syntax: the next token is not a valid string; a "
     "text value must be closed with \" on the same line\n"
     "    unit = \"" +
         long_text.substr(0, 152) +
         "…\n"
         "           ^\n"},
    {"a base_path of 200000 characters", "site.toml", "base_path = \"/\"",
     "base_path = \"/" + long_text + "\"",
     "content/site.toml:4:1: error: 'base_path' must be the site's folder on its web server, "
     "starting and ending with /, like base_path = \"/\" or base_path = \"/ita/\"\n"
     "    base_path = \"/" +
         long_text.substr(0, 146) +
         "…\n"
         "    ^\n"},
};

// The bundled portal, built once: each case starts from a copy of that site
// and its cache (a build per case was most of the suite's time under ASan).
const Workspace& built_site() {
    static Workspace w;
    static bool ok = w.prongsai("build").exit_code == 0;
    REQUIRE(ok);
    return w;
}

} // namespace

TEST_CASE("bad input: exact message, exit 1, site untouched") {
    for (const BadInput& c : cases) {
        SUBCASE(c.name) {
            Workspace w;
            for (const char* made : {"site", ".prongsai-cache"})
                fs::copy(built_site().path(made), w.path(made), fs::copy_options::recursive);
            auto before = snapshot(w.path("site"));
            w.edit(c.file, c.from, c.to);
            for (const char* command : {"build", "check"}) {
                Run r = w.prongsai(command);
                CHECK(r.exit_code == 1);
                CHECK(r.out == "");
                std::string last =
                    std::string(command) == "build"
                        ? summary
                        : "prongsai check: 1 error(s), 0 warning(s); nothing written\n";
                std::string expected = c.message;
                // The summary line counts the errors and warnings above it.
                std::size_t errors = 0;
                for (std::size_t at = 0; (at = expected.find(": error: ", at)) != std::string::npos;
                     ++at)
                    ++errors;
                if (errors != 1) last.replace(last.find("1 error(s)"), 1, std::to_string(errors));
                std::size_t warnings = 0;
                for (std::size_t at = 0;
                     (at = expected.find(": warning: ", at)) != std::string::npos; ++at)
                    ++warnings;
                if (warnings) last.replace(last.find("0 warning(s)"), 1, std::to_string(warnings));
                CHECK(r.err == expected + last);
            }
            CHECK(snapshot(w.path("site")) == before);
            CHECK_FALSE(fs::exists(w.path("site.prongsai-new")));
        }
    }
}

TEST_CASE("stated figures that differ from computed ones: a warning naming both, both shown") {
    Workspace w;
    w.edit("plan/projects/07.md", "2570 = 10000", "2570 = 20000");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err.starts_with(
        "content/plan/plan.toml:11:72: warning: the plan states 490,000 baht for 2570 but its "
        "projects add up to 500,000 baht; the pages show both\n"
        "    budget = { 2566 = 360000, 2567 = 460000, 2568 = 470000, 2569 = 490000, 2570 = "
        "490000 }\n"
        "                                                                           ^\n"));
    CHECK(r.out.starts_with("95 pages written, 9 warning(s), "));
    std::string budget = read_file(w.path("site/plan/budget.html"));
    // The total row of both tables: the plan's figure and the projects' sum, marked.
    std::string both = "<td class=\"amount differs\">ตามเอกสาร 490,000 / คำนวณได้ 500,000</td>"
                       "</tr></tfoot>";
    auto first = budget.find(both);
    CHECK(first != std::string::npos);
    CHECK(budget.find(both, first + 1) != std::string::npos);
    // The years where the two agree show one figure.
    CHECK(budget.find("<td class=\"amount\">490,000</td>") != std::string::npos);
    CHECK(read_file(w.path("site/index.html"))
              .find("<td class=\"amount differs\">ตามเอกสาร 490,000 / คำนวณได้ 500,000</td>") !=
          std::string::npos);
}

TEST_CASE("unit aliases that change nothing: a warning at each, saying what to write") {
    Workspace w;
    w.edit("plan/plan.toml", "[[risks]]\nnumber = 1\n",
           "[unit_aliases]\n\"สำนักปลัด\" = \"สำนักปลัดเทศบาลเมืองตากใบ\"\n"
           "\"กองคลัง เทศบาลเมืองตากใบ\" = \"กองคลัง เทศบาลเมืองตากใบ\"\n"
           "\"กองคลัง สำนักงานเทศบาลเมืองตากใบ\" = \"กองคลัง เทศบาลเมืองตากใบ\"\n\n"
           "[[risks]]\nnumber = 1\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    // An alias of no project's unit (a misspelling?), and one of a unit as itself.
    CHECK(r.err.find("content/plan/plan.toml:39:2: warning: no project's unit is \"สำนักปลัด\", "
                     "so this alias lists nothing: write the unit exactly as a project's file "
                     "writes it after unit =, or remove the line\n"
                     "    \"สำนักปลัด\" = \"สำนักปลัดเทศบาลเมืองตากใบ\"\n"
                     "     ^\n") != std::string::npos);
    CHECK(r.err.find("content/plan/plan.toml:40:2: warning: this alias lists \"กองคลัง "
                     "เทศบาลเมืองตากใบ\" under its own name, which changes nothing: remove the "
                     "line\n"
                     "    \"กองคลัง เทศบาลเมืองตากใบ\" = \"กองคลัง เทศบาลเมืองตากใบ\"\n"
                     "     ^\n") != std::string::npos);
    // The alias of the unit as itself is no link in a chain: the third alias stands.
    CHECK(r.err.find("กองคลัง สำนักงานเทศบาลเมืองตากใบ\"") == std::string::npos);
    CHECK(r.err.find(": error: ") == std::string::npos);
    std::string catalogue = read_file(w.path("site/plan/projects/index.html"));
    CHECK(catalogue.find("<option>กองคลัง สำนักงานเทศบาลเมืองตากใบ</option>") == std::string::npos);
    CHECK(catalogue.find("<option>กองคลัง เทศบาลเมืองตากใบ</option>") != std::string::npos);
}

TEST_CASE("a missing content folder") {
    Workspace w;
    Run r = w.prongsai("build nowhere");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "nowhere: error: the content folder does not exist\n"
                   "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
}

TEST_CASE("a broken template of the site's theme is named with its line and column") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    auto before = snapshot(w.path("site"));
    fs::create_directories(w.path("content/themes/default/templates"));
    write_file(w.path("content/themes/default/templates/project.mustache"),
               "<h1>{{title}}</h1>\n<p>{{#projects}}{{title}}</p>\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 1);
    CHECK(without_year_warnings(r.err) ==
          "content/themes/default/templates/project.mustache:2:4: error: template "
          "error: Unclosed section \"projects\" (each {{#name}} or {{^name}} needs its "
          "{{/name}}, and tags close with }})\n"
          "    <p>{{#projects}}{{title}}</p>\n"
          "       ^\n"
          "prongsai build: 1 error(s), 0 warning(s); the site was not changed\n");
    CHECK(snapshot(w.path("site")) == before);
    // The same in a province: the organisation's own theme file is named.
    fs::create_directories(w.path("province"));
    fs::rename(w.path("content"), w.path("province/takbai"));
    Run p = w.prongsai("build province -o site2");
    CHECK(p.exit_code == 1);
    CHECK(p.err.starts_with("province/takbai/themes/default/templates/project.mustache:2:4: "));
    CHECK_FALSE(fs::exists(w.path("site2")));
}

TEST_CASE("4,000 bad links on one line: the line is quoted cut, and the errors are capped") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string links;
    for (int i = 0; i < 4000; ++i)
        links += "[x](no-" + std::to_string(i) + ".md) ";
    w.edit("plan/projects/07.md", "\n## วัตถุประสงค์", "\n" + links + "\n\n## วัตถุประสงค์");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 1);
    CHECK(r.err.size() < 60'000); // was 145 MB
    CHECK(r.err.find("content/plan/projects/07.md: 3950 more problem(s) in this file left out; "
                     "fix the ones above and build again\n") != std::string::npos);
    CHECK(r.err.ends_with("prongsai check: 4000 error(s), 0 warning(s); nothing written\n"));
    // The line is cut to 160 code points around the error's column.
    std::string second = "content/plan/projects/07.md:26:14: error: the link (no-1.md)";
    REQUIRE(r.err.find(second) != std::string::npos);
    std::string quoted = r.err.substr(r.err.find('\n', r.err.find(second)) + 1);
    quoted = quoted.substr(0, quoted.find('\n'));
    CHECK(quoted == "    " + links.substr(0, 160) + "…");
}

TEST_CASE("an error far along a long line: the quoted line is cut before it, the caret moves") {
    Workspace w;
    std::string text(300, 'x');
    w.edit("plan/projects/07.md", "\n## วัตถุประสงค์", "\n" + text + " [x](none.md)\n\n## วัตถุประสงค์");
    Run r = w.prongsai("check");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("content/plan/projects/07.md:26:302: error: the link (none.md)") !=
          std::string::npos);
    CHECK(r.err.find("    …" + std::string(147, 'x') + " [x](none.md)\n    " +
                     std::string(149, ' ') + "^\n") != std::string::npos);
}
