// The stages after load, each on a model built in memory: check, derive, the
// build record and the writer.
#include "build_cache.h"
#include "check/check.h"
#include "derive/derive.h"
#include "write/write.h"

#include <doctest/doctest.h>
#include <fstream>
#include <unistd.h>

using namespace prongsai;
namespace fs = std::filesystem;

namespace {

Project project(int number, int dimension, const std::string& mission, YearBudget budget,
                const std::string& unit = "กองคลัง") {
    Project p;
    p.slug = (number < 10 ? "0" : "") + std::to_string(number);
    p.source = "content/plan/projects/" + p.slug + ".md";
    p.number = number;
    p.dimension = dimension;
    p.mission = mission;
    p.kind = "โครงการ";
    p.title = "โครงการ " + std::to_string(number);
    p.unit = unit;
    p.budget = std::move(budget);
    for (const auto& [year, amount] : p.budget)
        p.budget_locs[year] = {p.source, 12, 1};
    p.loc = p.number_loc = p.dimension_loc = p.mission_loc = {p.source, 2, 1};
    return p;
}

// A plan of two dimensions, 2566–2568, and three projects.
Content sample() {
    Content c;
    Plan& plan = c.plan;
    plan.first_year = 2566;
    plan.last_year = 2568;
    for (int n : {1, 2}) {
        Dimension dim;
        dim.number = n;
        dim.name = "มิติ";
        Mission m;
        m.code = std::to_string(n) + ".1";
        m.name = "ภารกิจ";
        dim.missions.push_back(m);
        plan.dimensions.push_back(dim);
    }
    plan.projects = {project(1, 1, "1.1", {{2566, 3'000'000}, {2567, 0}}),
                     project(2, 1, "1.1", {{2567, 1'000'000}}, "สำนักปลัด"),
                     project(3, 2, "2.1", {{2566, 500'000}, {2568, 250'000}})};
    return c;
}

std::vector<std::string> messages(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted())
        out.push_back(d.loc.file + ":" + std::to_string(d.loc.line) + ": " + d.message);
    return out;
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "prongsai-unit-XXXXXX").string();
        REQUIRE(mkdtemp(tmpl.data()));
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void write(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
}

} // namespace

TEST_CASE("derive: totals by year, dimension and mission; a year without budget stays apart") {
    Content c = sample();
    Derived d = derive(c);
    CHECK(d.years == std::vector<int>{2566, 2567, 2568});
    CHECK(d.overall.projects == 3);
    CHECK(d.overall.total == 4'750'000);
    CHECK(d.overall.by_year ==
          std::map<int, Satang>{{2566, 3'500'000}, {2567, 1'000'000}, {2568, 250'000}});
    CHECK(d.by_dimension.at(1).projects == 2);
    CHECK(d.by_dimension.at(1).by_year ==
          std::map<int, Satang>{{2566, 3'000'000}, {2567, 1'000'000}});
    CHECK(d.by_mission.at("2.1").total == 750'000);
    CHECK(d.units == std::vector<std::string>{"กองคลัง", "สำนักปลัด"});
    // Project 1 runs in 2567 without budget: it is in that year, with 0.
    const FiscalYear& fy = d.fiscal_years.at(2567);
    CHECK(fy.projects.size() == 2);
    CHECK(fy.budget == 1'000'000);
}

TEST_CASE("check: a number used twice, a gap, a year outside the plan") {
    Content c = sample();
    c.plan.projects[2].number = 2;
    c.plan.projects.push_back(project(5, 2, "2.1", {{2570, 100}}));
    Diagnostics diags;
    check_content(c, diags);
    CHECK(messages(diags) ==
          std::vector<std::string>{
              "content/plan/projects/03.md:2: sequence number 2 is also used by "
              "content/plan/projects/02.md; each project needs its own number",
              "content/plan/projects/05.md:2: sequence numbers jump to 5: numbers 3–4 are missing",
              "content/plan/projects/05.md:12: year 2570 is outside the plan's period 2566–2568"});
}

TEST_CASE("check: words left from the template or of another kind, each where it is") {
    Content c = sample();
    c.site.organisation.name = "เทศบาลเมืองตากใบ";
    Dimension& d = c.plan.dimensions.front();
    d.name_loc = {"content/plan/plan.toml", 7, 8};
    // Thai around and between (every Thai letter starts with the same byte), a word
    // twice, one inside a longer word, a blank in parentheses and bare.
    d.name = "การพัฒนาพนักงานส่วนตำบลและพนักงานส่วนตำบลของ(อบจ./เทศบาล/อบต.) ระบุชื่อ "
             "นายกองค์การบริหารส่วนตำบลพนักงานเทศบาล";
    Diagnostics diags;
    check_leftovers(c, diags);
    std::vector<std::string> said;
    for (const auto& w : diags.list())
        if (w.loc.line == 7) said.push_back(w.message.substr(0, w.message.find(' ')));
    CHECK(said == std::vector<std::string>{"\"(อบจ./เทศบาล/อบต.)\"", "\"ระบุชื่อ\"",
                                           "\"พนักงานส่วนตำบล\"", "\"พนักงานส่วนตำบล\"",
                                           "\"นายกองค์การบริหารส่วนตำบล\""});
}

TEST_CASE("check: references to a dimension or mission the plan does not have") {
    Content c = sample();
    c.plan.projects[0].dimension = 3;
    c.plan.projects[1].mission = "1.9";
    Diagnostics diags;
    check_content(c, diags);
    CHECK(messages(diags) ==
          std::vector<std::string>{
              "content/plan/projects/01.md:2: dimension 3 is not defined in plan/plan.toml (it "
              "defines 1, 2)",
              "content/plan/projects/02.md:2: mission \"1.9\" is not defined for dimension 1 in "
              "plan/plan.toml; its missions are 1.1"});
}

TEST_CASE("check: stated figures that differ are warnings naming both") {
    Content c = sample();
    c.plan.stated_projects = 4;
    c.plan.stated_projects_loc = {"content/plan/plan.toml", 7, 1};
    c.plan.stated_budget[2566] = {3'600'000, {"content/plan/plan.toml", 8, 1}};
    c.plan.stated_budget[2567] = {1'000'000, {"content/plan/plan.toml", 8, 30}};
    Derived d = derive(c);
    Diagnostics diags;
    check_stated_figures(c, d, diags);
    CHECK(diags.errors() == 0);
    CHECK(messages(diags) ==
          std::vector<std::string>{
              "content/plan/plan.toml:7: the plan states 4 projects but the content has 3; the "
              "pages show both",
              "content/plan/plan.toml:8: the plan states 36,000 baht for 2566 but its projects "
              "add up to 35,000 baht; the pages show both"});
}

TEST_CASE("check: links are checked against what the build produces") {
    Content c = sample();
    c.plan.projects[0].body_markdown = "[two](02.md) [gone](09.md) [out](https://example.com/)\n";
    c.plan.projects[0].body_line = 20;
    Diagnostics diags;
    check_links(c, {"plan/projects/01.html", "plan/projects/02.html"}, diags);
    REQUIRE(diags.errors() == 1);
    CHECK(diags.list()[0].loc.line == 20);
    CHECK(diags.list()[0].loc.column == 14);
}

TEST_CASE("build cache: record and page keys written and read back; a file's edit changes its "
          "folder's signature") {
    TempDir tmp;
    fs::path out = tmp.path / "site";
    fs::create_directories(out);
    write(out / OutputWriter::marker, "x");
    BuildRecord record;
    OrgRecord& org = record[""];
    org.signature = "sig";
    org.output = "outsig";
    org.summary.name = "เทศบาล";
    org.summary.projects = 49;
    org.pages = 74;
    Diagnostic warning;
    warning.severity = Severity::warning;
    warning.loc = {"content/a.toml", 3, 2};
    warning.message = "a warning";
    org.warnings.push_back(warning);
    record["noplan/"].summary.name = "อบต."; // no plan: no count of projects, not 0
    write_build_cache(out, {record, {{"index.html", "k1"}, {"plan/index.html", "k2"}}});
    BuildCache cache = read_build_cache(out);
    CHECK(cache.pages == PageKeys{{"index.html", "k1"}, {"plan/index.html", "k2"}});
    auto& read = cache.organisations;
    REQUIRE(read);
    REQUIRE(read->count(""));
    CHECK(read->at("").signature == "sig");
    CHECK(read->at("").summary == record[""].summary);
    CHECK(read->at("").pages == 74);
    CHECK_FALSE(read->at("noplan/").summary.projects);
    REQUIRE(read->at("").warnings.size() == 1);
    CHECK(read->at("").warnings[0].message == "a warning");
    // Forgotten before a swap: a failed swap leaves no cache to trust.
    forget_build_cache(out);
    cache = read_build_cache(out);
    CHECK_FALSE(cache.organisations);
    CHECK(cache.pages.empty());

    fs::path content = tmp.path / "content";
    write(content / "site.toml", "title = \"a\"\n");
    std::string before = folder_signature(content);
    CHECK(folder_signature(content) == before);
    write(content / "site.toml", "title = \"b\"\n");
    CHECK(folder_signature(content) != before);
    CHECK(folder_signature(tmp.path / "missing") == folder_signature(tmp.path / "missing2"));
}

TEST_CASE("writer: pages go to a staging folder, swapped in whole on commit, or not at all") {
    TempDir tmp;
    fs::path content = tmp.path / "content", out = tmp.path / "site";
    fs::create_directories(content);
    Diagnostics diags;
    {
        auto w = OutputWriter::begin(out, content, diags);
        REQUIRE(w);
        w->make_dirs("plan");
        CHECK(w->write("plan/index.html", "one"));
        CHECK_FALSE(fs::exists(out / "plan/index.html")); // nothing published yet
        REQUIRE(w->commit(diags));
    }
    CHECK(fs::exists(out / OutputWriter::marker));
    std::ifstream in(out / "plan/index.html");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    CHECK(text == "one");
    {
        auto w = OutputWriter::begin(out, content, diags);
        REQUIRE(w);
        w->make_dirs("plan");
        CHECK(w->write("plan/index.html", "two"));
        w->abort();
    }
    std::ifstream again(out / "plan/index.html");
    CHECK(std::string((std::istreambuf_iterator<char>(again)), {}) == "one");
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("writer: refuses the content folder, a folder inside it, and a stranger's folder") {
    TempDir tmp;
    fs::path content = tmp.path / "content";
    fs::create_directories(content / "plan");
    write(tmp.path / "mine/notes.txt", "keep");
    for (const auto& [out, message] :
         {std::pair{content, "the output folder is, or contains, the content folder; choose "
                             "another with -o (e.g. -o site)"},
          std::pair{content / "plan", "the output folder is inside the content folder; choose one "
                                      "outside it with -o (e.g. -o site)"},
          std::pair{tmp.path / "mine",
                    "this folder was not written by prongsai (it has no .prongsai file) and is "
                    "not empty; prongsai replaces its output folder whole, so choose an empty or "
                    "new folder with -o"}}) {
        Diagnostics diags;
        CHECK_FALSE(OutputWriter::begin(out, content, diags));
        REQUIRE(diags.list().size() == 1);
        CHECK(diags.list()[0].message == message);
    }
    CHECK(fs::exists(tmp.path / "mine/notes.txt"));
}
