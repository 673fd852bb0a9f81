// The search index the build writes (search/*.js), its pages (search.html,
// sitemap.html), PDF text, incremental builds and provinces.
#include "harness.h"
#include "search/search_pack.h"

#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <vector>

using namespace e2e;

namespace {

// An index file, as the script it was packed from (search_pack.h).
std::string unpacked(const std::string& file) {
    std::optional<std::string> script = prongsai::unpack_search_file(file);
    REQUIRE(script);
    return *script;
}
std::string read_index(const fs::path& file) {
    return unpacked(read_file(file));
}

// Every term file of an index (search/t0.js, t1.js …), as one text; as many
// as docs.js says.
std::string terms_of(const fs::path& site) {
    std::string docs = read_index(site / "search/docs.js");
    std::size_t comma = docs.find("\",");
    int shards = comma == std::string::npos ? -1 : std::atoi(docs.c_str() + comma + 2);
    std::string all;
    int files = 0;
    for (const auto& [rel, bytes] : snapshot(site / "search"))
        if (rel.starts_with("t") && rel.ends_with(".js")) {
            all += unpacked(bytes);
            ++files;
        }
    CHECK(files == shards);
    return all;
}

// Every piece of text kept for snippets (search/x0.js, x1.js …), as one text.
std::string texts_of(const fs::path& site) {
    std::string all;
    for (const auto& [rel, bytes] : snapshot(site / "search"))
        if (rel.starts_with("x") && rel.ends_with(".js")) {
            all += unpacked(bytes);
            CHECK(all.ends_with("]);\n"));
        }
    return all;
}

std::map<std::string, std::string> index_files(const fs::path& site) {
    std::map<std::string, std::string> out;
    for (const auto& [rel, bytes] : snapshot(site))
        if (rel.starts_with("search/") || rel == "search.html" || rel == "sitemap.html")
            out[rel] = bytes;
    return out;
}

// The pages (their numbers) whose postings in the index of `site` hold `word`:
// page (after the page before), fields, count, first position, gaps … (32
// positions at most), each number in base 32 (search_index.h's append_code).
std::vector<int> postings_of(const fs::path& site, const std::string& word) {
    std::string terms = terms_of(site);
    std::size_t at = terms.find("\n\"" + word + "\":\"");
    if (at == std::string::npos) return {};
    std::size_t start = at + word.size() + 5;
    std::vector<int> numbers;
    int n = 0;
    for (char ch : terms.substr(start, terms.find('"', start) - start)) {
        std::size_t more = std::string_view("wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_").find(ch);
        if (more != std::string_view::npos) {
            n = n * 32 + static_cast<int>(more);
            continue;
        }
        numbers.push_back(
            n * 32 +
            static_cast<int>(std::string_view("0123456789abcdefghijklmnopqrstuv").find(ch)));
        n = 0;
    }
    std::vector<int> pages;
    int page = 0;
    for (std::size_t i = 0; i + 2 < numbers.size();
         i += 3 + static_cast<std::size_t>(std::min(numbers[i + 2], 32))) // search_positions_kept
        pages.push_back(page += numbers[i]);
    return pages;
}

// The pages (their paths, as docs.js lists them) whose postings hold `word`.
std::set<std::string> pages_with(const fs::path& site, const std::string& word) {
    std::vector<std::string> paths;
    std::string docs = read_index(site / "search/docs.js");
    for (std::size_t at = docs.find("\n[\""); at != std::string::npos;
         at = docs.find("\n[\"", at + 1)) {
        std::size_t start = at + 3;
        paths.push_back(docs.substr(start, docs.find('"', start) - start));
    }
    std::set<std::string> out;
    for (int page : postings_of(site, word))
        out.insert(paths.at(static_cast<std::size_t>(page)));
    return out;
}

} // namespace

TEST_CASE("search index: the organisation's own pages, its executives, structure and contact") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string docs = read_index(w.path("site/search/docs.js"));
    CHECK(docs.find("[\"pages/about.html\",\"หน้า\",\"ข้อมูลพื้นฐานเทศบาลเมืองตากใบ\",") !=
          std::string::npos);
    CHECK(docs.find("[\"pages/integrity/index.html\",\"หน้า\","
                    "\"การป้องกันการทุจริตและส่งเสริมความโปร่งใส\",") != std::string::npos);
    CHECK(docs.find("[\"organisation/executives.html\",\"หน้า\",\"คณะผู้บริหาร\",") !=
          std::string::npos);
    CHECK(docs.find("[\"organisation/structure.html\",\"หน้า\",\"โครงสร้างองค์กร\",") !=
          std::string::npos);
    CHECK(docs.find("[\"contact.html\",\"หน้า\",\"ติดต่อหน่วยงาน\",") != std::string::npos);
    // A word of pages/about.md's text (project 08's and a PDF's too), one of its folder's index.md,
    // the mayor's position, a unit's name.
    auto ecology = pages_with(w.path("site"), "นิเวศวิทยา");
    CHECK(ecology.count("pages/about.html") == 1);
    CHECK(ecology.count("plan/projects/08.html") == 1);
    CHECK(pages_with(w.path("site"), "เจตจำนง").count("pages/integrity/index.html") == 1);
    CHECK(pages_with(w.path("site"), "เทศมนตรี").count("organisation/executives.html") == 1);
    CHECK(pages_with(w.path("site"), "ราษฎร").count("organisation/structure.html") == 1);
    CHECK(pages_with(w.path("site"), "นราธิวาส").count("contact.html") == 1);
    // Every page, by the organisation's name, district and province its header
    // shows (project 08's own text does not name the province).
    CHECK(pages_with(w.path("site"), "นราธิวาส").count("plan/projects/08.html") == 1);
    CHECK(pages_with(w.path("site"), "นราธิวาส").size() ==
          pages_with(w.path("site"), "ตากใบ").size());
    // The site map lists them.
    std::string map = read_file(w.path("site/sitemap.html"));
    CHECK(map.find("<a href=\"pages/about.html\">") != std::string::npos);
    CHECK(map.find("<a href=\"organisation/executives.html\">") != std::string::npos);

    // Gone from the index with the page.
    fs::remove(w.path("content/pages/about.md"));
    w.edit("menu.toml", "\"pages/about.md\", ", "");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    ecology = pages_with(w.path("site"), "นิเวศวิทยา");
    CHECK(ecology.count("pages/about.html") == 0);
    CHECK(ecology.count("plan/projects/08.html") == 1);
    CHECK(read_index(w.path("site/search/docs.js")).find("pages/about.html") == std::string::npos);
}

TEST_CASE("search index: every page and document, with what the PDFs say, the same every build") {
    Workspace w;
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    std::string docs = read_index(w.path("site/search/docs.js"));
    CHECK(docs.starts_with("prongsaiSearch.docs(\"เทศบาลเมืองตากใบ\",9,["));
    CHECK(docs.find("[\"plan/projects/08.html\",\"โครงการ\",") != std::string::npos);
    CHECK(docs.find("[\"documents/report-integrity-2565.pdf\",\"เอกสาร\",") != std::string::npos);
    CHECK(docs.find("[\"announcements/2564-152-order-duties.html\",\"คำสั่ง\",") !=
          std::string::npos);
    std::string terms = terms_of(w.path("site"));
    // ครุภัณฑ์ is written only inside report-integrity-2565.pdf; Thai digits and
    // separators are gone from the index's numbers.
    CHECK(terms.find("\"ครุภัณฑ์\":") != std::string::npos);
    CHECK(terms.find("\"10608424.25\":") != std::string::npos);
    CHECK(terms.find("\"พ.ศ\":") != std::string::npos);
    CHECK(terms.find("๒") == std::string::npos);
    // The pages' and the PDFs' text, whole, for their snippets: words from
    // the last pages of the plan's PDF (some 400 KB of text in) and the last
    // line of a project (8.5 KB in), spaces run together.
    std::string texts = texts_of(w.path("site"));
    CHECK(texts.find("ภาคประชาชนมีบทบาทในการเฝ้าระวัง และติดตาม") != std::string::npos);
    CHECK(texts.find("ผู้มีส่วนได้ส่วนเสีย (สำรวจโดยใช้แบบประเมินติดตามผล/แบบสอบถามประชาชน)") !=
          std::string::npos);
    CHECK(texts.find("  ") == std::string::npos);
    // The search page and the site map, in the navigation and the sitemap.
    std::string search = read_file(w.path("site/search.html"));
    CHECK(search.find("<script src=\"assets/search.js\"></script>") != std::string::npos);
    CHECK(search.find("<a href=\"sitemap.html\">") != std::string::npos);
    CHECK(read_file(w.path("site/index.html")).find("<a href=\"search.html\">ค้นหา</a>") !=
          std::string::npos);
    std::string map = read_file(w.path("site/sitemap.html"));
    CHECK(map.find("<a href=\"plan/projects/08.html\">") != std::string::npos);
    CHECK(map.find("<a href=\"documents/plan-2566-2570.pdf\">") != std::string::npos);

    // Byte for byte the same from a fresh build elsewhere.
    auto first = index_files(w.path("site"));
    REQUIRE(w.prongsai("build -o again").exit_code == 0);
    CHECK(index_files(w.path("again")) == first);
}

TEST_CASE("search index: a PDF whose text cannot be read is a warning; it is found by its title") {
    Workspace w;
    write_file(w.path("content/documents/report-integrity-2565.pdf"), "%PDF-1.4\nnot a PDF\n");
    Run r = w.prongsai("build");
    CHECK(r.exit_code == 0);
    CHECK(r.err.find("content/documents/documents.toml:") != std::string::npos);
    CHECK(r.err.find(": warning: the text of report-integrity-2565.pdf cannot be read (a scanned "
                     "or locked PDF?): a search finds it by its title and description only") !=
          std::string::npos);
    CHECK(terms_of(w.path("site")).find("\"ครุภัณฑ์\":") == std::string::npos);
    CHECK(read_index(w.path("site/search/docs.js"))
              .find("[\"documents/report-integrity-2565.pdf\",\"เอกสาร\",") != std::string::npos);
}

TEST_CASE("search index: an incremental build indexes the edited page anew") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(terms_of(w.path("site")).find("\"zebracrossing\":") == std::string::npos);
    w.edit("plan/projects/08.md", "ขยะมูลฝอย", "ขยะมูลฝอย zebracrossing");
    Run r = w.prongsai("build");
    REQUIRE(r.exit_code == 0);
    CHECK(terms_of(w.path("site")).find("\"zebracrossing\":") != std::string::npos);
    w.edit("plan/projects/08.md", "ขยะมูลฝอย zebracrossing", "ขยะมูลฝอย");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(terms_of(w.path("site")).find("\"zebracrossing\":") == std::string::npos);
}

// The page (its organisation's folder and address, from the province's page
// files d0.js …) of each posting of `word` in a province's index.
std::set<std::string> province_pages_with(const fs::path& site, const std::string& word) {
    std::vector<std::string> paths;
    for (int file = 0; fs::exists(site / ("search/d" + std::to_string(file) + ".js")); ++file) {
        std::string list = read_index(site / ("search/d" + std::to_string(file) + ".js"));
        for (std::size_t at = list.find("\n["); at != std::string::npos;
             at = list.find("\n[", at + 1)) {
            int org = std::atoi(list.c_str() + at + 2);
            std::size_t start = list.find('"', at) + 1;
            paths.push_back((org ? "b/" : "a/") +
                            list.substr(start, list.find('"', start) - start));
        }
    }
    std::set<std::string> out;
    for (int page : postings_of(site, word))
        out.insert(paths.at(static_cast<std::size_t>(page)));
    return out;
}

TEST_CASE("search index: a province's own index, over every organisation's pages") {
    Workspace w;
    fs::rename(w.path("content"), w.path("one"));
    fs::create_directories(w.path("content"));
    fs::copy(w.path("one"), w.path("content/a"), fs::copy_options::recursive);
    fs::copy(w.path("one"), w.path("content/b"), fs::copy_options::recursive);
    w.edit("b/plan/projects/08.md", "ขยะมูลฝอย", "ขยะมูลฝอย zebracrossing");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string index = read_file(w.path("site/index.html"));
    CHECK(index.find("data-base=\"\" data-orgs=\"\" data-index=\"search/\"") != std::string::npos);
    CHECK(index.find("<script src=\"assets/search.js\"></script>") != std::string::npos);
    CHECK(fs::exists(w.path("site/assets/search.js")));
    for (const char* org : {"a", "b"}) {
        CHECK(fs::exists(w.path(std::string("site/") + org + "/search/docs.js")));
        CHECK(read_file(w.path(std::string("site/") + org + "/search.html"))
                  .find("data-base=\"\" data-orgs=\"\"") != std::string::npos);
    }
    // A word of one organisation's page: that page, numbered across the province.
    CHECK(province_pages_with(w.path("site"), "zebracrossing") ==
          std::set<std::string>{"b/plan/projects/08.html"});
    CHECK(province_pages_with(w.path("site"), "ขยะ").count("a/plan/projects/08.html"));
    CHECK(province_pages_with(w.path("site"), "ขยะ").count("b/plan/projects/08.html"));
    // The header's words, on every page of an organisation's own index, are
    // kept once an organisation in the province's.
    std::size_t pages = pages_with(w.path("site/a"), "นราธิวาส").size();
    CHECK(pages > 70);
    CHECK(province_pages_with(w.path("site"), "นราธิวาส").size() < pages / 4);
    std::string docs = read_index(w.path("site/search/docs.js"));
    CHECK(docs.find("\"words\":[\"เทศบาล\",\"เมือง\",\"ตากใบ\",\"นราธิวาส\"]") != std::string::npos);
    CHECK(docs.find("[\"a/\",\"เทศบาลเมืองตากใบ\",0,[0,1,2,2,3]],\n[\"b/\",\"เทศบาลเมืองตากใบ\",") !=
          std::string::npos);

    // An edit in one organisation: the province's index made again, as a clean build makes it.
    w.edit("b/plan/projects/08.md", "ขยะมูลฝอย zebracrossing", "ขยะมูลฝอย");
    w.edit("a/plan/projects/09.md", "\n+++\n", "\n+++\nzebracrossing\n");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(province_pages_with(w.path("site"), "zebracrossing") ==
          std::set<std::string>{"a/plan/projects/09.html"});
    REQUIRE(w.prongsai("build --clean -o clean").exit_code == 0);
    CHECK(index_files(w.path("site")) == index_files(w.path("clean")));
}
