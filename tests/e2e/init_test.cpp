// `prongsai init`: a new organisation's content folder that builds as it is,
// and that refuses to write over anything.
#include "harness.h"

#include <doctest/doctest.h>
#include <tuple>

using namespace e2e;

namespace {

int count(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("init: a folder with every key, the template's plan, and it builds at once") {
    Workspace ws;
    Run made = ws.prongsai("init fresh");
    REQUIRE_MESSAGE(made.exit_code == 0, made.err);
    CHECK(made.out ==
          "wrote a new content folder fresh: edit its site.toml and plan/plan.toml (every key is "
          "explained there), add projects with prongsai new project fresh, then prongsai build "
          "fresh\n");
    std::string site = read_file(ws.path("fresh/site.toml"));
    for (const char* key : {"title = ",           "language = ",     "base_path = ",
                            "theme = ",           "digits = ",       "allow_raw_html = ",
                            "page_size = ",       "# url = ",        "# updated = ",
                            "[organisation]",     "name = ",         "type = ",
                            "district = ",        "province = ",     "address = ",
                            "phone = ",           "email = ",        "executive_name = ",
                            "executive_title = ", "office_hours = ", "# map_url = ",
                            "[open_data]",        "licence = ",      "licence_url = ",
                            "source = ",          "[oit_links]"})
        CHECK_MESSAGE(site.find(key) != std::string::npos, key);
    // Every key has its comment in Thai and English, joined by " · ".
    CHECK(site.find("# ชื่อองค์กร · the organisation's name\nname = \"(แก้ไขชื่อองค์กร)\" # TODO\n") !=
          std::string::npos);
    std::string plan = read_file(ws.path("fresh/plan/plan.toml"));
    CHECK(count(plan, "\n[[dimensions]]\n") == 4);
    CHECK(count(plan, "\n[[dimensions.missions]]\n") == 12);
    CHECK(count(plan, "\n[[dimensions.missions.items]]\n") == 32);
    CHECK(plan.find("code = \"4.3.2\"\n") != std::string::npos);
    CHECK(fs::is_directory(ws.path("fresh/announcements")));
    CHECK(fs::is_directory(ws.path("fresh/plan/projects")));
    CHECK(fs::is_empty(ws.path("fresh/plan/projects")));
    std::string readme = read_file(ws.path("fresh/README.md"));
    CHECK(readme.starts_with("# content/ — คู่มือแก้ไขเนื้อหา"));
    CHECK(readme.find("`prongsai init") != std::string::npos);
    // The notes on how Tak Bai's documents were transcribed are not a new organisation's.
    CHECK(readme.find("บันทึกการถอดความเนื้อหาเทศบาลเมืองตากใบ") == std::string::npos);

    Run built = ws.prongsai("build fresh -o fresh-site");
    CHECK_MESSAGE(built.exit_code == 0, built.err);
    // The placeholders init leaves in site.toml are warned about at their key.
    std::string site_placeholders;
    for (auto [line, key, text] :
         {std::tuple{23, "name", "(แก้ไขชื่อองค์กร)"}, std::tuple{27, "district", "(แก้ไขอำเภอ)"},
          std::tuple{29, "province", "(แก้ไขจังหวัด)"}})
        site_placeholders += "fresh/site.toml:" + std::to_string(line) + ":1: warning: \"" + text +
                             "\" is a placeholder that prongsai new or init wrote; replace it "
                             "with the document's own words\n    " +
                             key + " = \"" + text + "\" # TODO\n    ^\n";
    CHECK(built.err == "fresh/plan/projects: warning: no project files (*.md) in this folder "
                       "yet; add one per project (prongsai new project CONTENT)\n" +
                           site_placeholders);
    CHECK(built.out.starts_with("26 pages written, 4 warning(s), "));
    CHECK(fs::exists(ws.path("fresh-site/index.html")));

    // The first project, from the template's first mission, and the build still passes.
    Run project = ws.prongsai("new project fresh");
    CHECK(project.exit_code == 0);
    CHECK(read_file(ws.path("fresh/plan/projects/01.md")).find("mission = \"1.1\"\n") !=
          std::string::npos);
    Run again = ws.prongsai("build fresh -o fresh-site");
    CHECK_MESSAGE(again.exit_code == 0, again.err);
    // The new project's years are left for the clerk to fill in, and the build says so.
    CHECK(again.err.starts_with("fresh/plan/projects/01.md:1:1: warning: [budget] has no year: "
                                "the project runs in no year of the plan\n    +++\n    ^\n"));
    // … and so are the placeholders new wrote, until the clerk replaces them.
    CHECK(again.err.find("fresh/plan/projects/01.md:15:1: warning: \"(แก้ไขผู้รับผิดชอบ)\" is a "
                         "placeholder that prongsai new or init wrote; ") != std::string::npos);
    CHECK(again.err.ends_with(site_placeholders));
}

TEST_CASE("init: refuses a folder that is not empty, and a file") {
    Workspace ws;
    auto before = snapshot(ws.path("content"));
    Run r = ws.prongsai("init content");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "prongsai init: content is not empty; nothing was written: give a new or "
                   "empty folder, e.g. prongsai init my-content\n");
    CHECK(snapshot(ws.path("content")) == before);

    write_file(ws.path("a-file"), "x");
    Run file = ws.prongsai("init a-file");
    CHECK(file.exit_code == 1);
    CHECK(file.err == "prongsai init: a-file is a file, not a folder; nothing was written: give "
                      "a new folder's name, e.g. prongsai init my-content\n");
    CHECK(read_file(ws.path("a-file")) == "x");

    // An empty folder is fine.
    fs::create_directory(ws.path("empty"));
    CHECK(ws.prongsai("init empty").exit_code == 0);
    CHECK(fs::exists(ws.path("empty/site.toml")));
}

TEST_CASE("new project: a folder without a plan says what to do and writes nothing") {
    Workspace ws;
    fs::create_directories(ws.path("bare/plan/projects"));
    write_file(ws.path("bare/site.toml"), "title = \"x\"\n");
    auto before = snapshot(ws.path("bare"));
    Run r = ws.prongsai("new project bare");
    CHECK(r.exit_code == 1);
    CHECK(r.err == "prongsai new: there is no plan in bare (no plan/plan.toml); nothing was "
                   "written: make a content folder with prongsai init DIR, or read a plan document "
                   "into one with prongsai import PLAN -o DIR, then add projects to it\n");
    CHECK(snapshot(ws.path("bare")) == before);
}
