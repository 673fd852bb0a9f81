// Announcements, documents, fiscal years, feeds and frozen yearly archives.
#include "harness.h"

#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <memory>
#include <regex>
#include <set>

using namespace e2e;

namespace {

std::string run_sha256sum(const fs::path& file) {
    std::string command = "sha256sum '" + file.string() + "'";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    char buffer[65] = {};
    REQUIRE(fread(buffer, 1, 64, pipe.get()) == 64);
    return buffer;
}

std::vector<xmlNode*> children(xmlNode* node, const char* name) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE &&
            std::string(reinterpret_cast<const char*>(c->name)) == name)
            out.push_back(c);
    return out;
}

std::string text_of(xmlNode* node) {
    xmlChar* t = xmlNodeGetContent(node);
    std::string s = reinterpret_cast<const char*>(t);
    xmlFree(t);
    return s;
}

// RFC 4287's required elements, checked with a real XML parser.
void check_atom(const fs::path& file, std::size_t expected_entries) {
    std::string bytes = read_file(file);
    std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
        xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), file.c_str(), nullptr,
                      XML_PARSE_NONET),
        xmlFreeDoc);
    REQUIRE_MESSAGE(doc, file << " is not well-formed XML");
    xmlNode* feed = xmlDocGetRootElement(doc.get());
    REQUIRE(std::string(reinterpret_cast<const char*>(feed->name)) == "feed");
    REQUIRE(feed->ns);
    CHECK(std::string(reinterpret_cast<const char*>(feed->ns->href)) ==
          "http://www.w3.org/2005/Atom");
    static const std::regex rfc3339(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d))");
    for (const char* required : {"id", "title", "updated", "author"})
        CHECK_MESSAGE(children(feed, required).size() == 1, file << " feed/" << required);
    CHECK(std::regex_match(text_of(children(feed, "updated").at(0)), rfc3339));
    auto entries = children(feed, "entry");
    CHECK(entries.size() == expected_entries);
    std::set<std::string> ids;
    for (xmlNode* entry : entries) {
        for (const char* required : {"id", "title", "updated"})
            CHECK_MESSAGE(children(entry, required).size() == 1, file << " entry/" << required);
        CHECK(std::regex_match(text_of(children(entry, "updated").at(0)), rfc3339));
        CHECK(ids.insert(text_of(children(entry, "id").at(0))).second);
        CHECK(children(entry, "link").size() == 1);
    }
}

} // namespace

TEST_CASE("each document: copied, its size and SHA-256 shown as the file has them") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string library = read_file(w.path("site/documents/index.html"));
    static const std::regex row(
        R"re(<a href="\.\./documents/([^"]+)" download>.*?data-bytes="([0-9,]+)">ขนาดไฟล์ : ([0-9.]+) (MB|KB)</td>.*?<code class="hash">([0-9a-f]{64})</code>)re");
    int documents = 0;
    for (std::sregex_iterator it(library.begin(), library.end(), row), stop; it != stop; ++it) {
        fs::path source = w.path("content/documents/" + (*it)[1].str());
        fs::path published = w.path("site/documents/" + (*it)[1].str());
        std::string bytes = (*it)[2];
        bytes.erase(std::remove(bytes.begin(), bytes.end(), ','), bytes.end());
        CHECK(std::stoull(bytes) == fs::file_size(source));
        double unit = (*it)[4] == "MB" ? 1024.0 * 1024.0 : 1024.0;
        char shown[32];
        std::snprintf(shown, sizeof shown, "%.2f",
                      static_cast<double>(fs::file_size(source)) / unit);
        CHECK((*it)[3] == shown);
        CHECK((*it)[5] == run_sha256sum(source));
        CHECK(read_file(published) == read_file(source));
        ++documents;
    }
    CHECK(documents == 3);
    // The plan's announcement lists its attachment; the project page its documents.
    std::string announcement =
        read_file(w.path("site/announcements/2565-07-05-plan-2566-2570.html"));
    CHECK(announcement.find("<h2>เอกสารแนบ</h2>") != std::string::npos);
    CHECK(announcement.find("href=\"../documents/plan-2566-2570.pdf\"") != std::string::npos);
    std::string project = read_file(w.path("site/plan/projects/32.html"));
    CHECK(project.find("href=\"../../documents/plan-2566-2570.pdf\"") != std::string::npos);
}

TEST_CASE("announcement lists: newest first, pinned first, paginated, one per kind and year") {
    Workspace w;
    w.edit("site.toml", "allow_raw_html = false", "allow_raw_html = false\npage_size = 2");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string first = read_file(w.path("site/announcements/index.html"));
    std::string second = read_file(w.path("site/announcements/page-2.html"));
    CHECK_FALSE(fs::exists(w.path("site/announcements/page-3.html")));
    auto at = [&](const std::string& html, const char* slug) { return html.find(slug); };
    // The pinned plan announcement (2565-07-05) leads; then newest first.
    CHECK(at(first, "2565-07-05-plan-2566-2570.html") <
          at(first, "2564-12-01-plan-2565-post.html"));
    CHECK(at(first, "2564-11-17-plan-2565.html") == std::string::npos);
    CHECK(at(second, "2564-11-17-plan-2565.html") < at(second, "2564-152-order-duties.html"));
    CHECK(second.find("rel=\"prev\" href=\"../announcements/index.html\"") != std::string::npos);
    CHECK(fs::exists(w.path("site/announcements/orders/index.html")));
    CHECK(read_file(w.path("site/announcements/orders/index.html")).find("ที่ 152/2564") !=
          std::string::npos);
    CHECK(fs::exists(w.path("site/announcements/2565/index.html")));
    CHECK(fs::exists(w.path("site/announcements/2566/index.html")) ==
          false); // none dated in FY 2566
    CHECK(read_file(w.path("site/index.html")).find("2565-07-05-plan-2566-2570.html") !=
          std::string::npos);
}

TEST_CASE("fiscal-year pages: announcements by date, documents, budgeted projects") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    // Announced 5 July 2565 → fiscal year 2565; 17 Nov 2564 → 2565 as well.
    std::string fy2565 = read_file(w.path("site/fiscal-years/2565.html"));
    CHECK(fy2565.find("2565-07-05-plan-2566-2570.html") != std::string::npos);
    CHECK(fy2565.find("2564-11-17-plan-2565.html") != std::string::npos);
    CHECK(fy2565.find("report-integrity-2565.pdf") != std::string::npos);
    std::string fy2566 = read_file(w.path("site/fiscal-years/2566.html"));
    CHECK(fy2566.find("1 ตุลาคม 2565 – 30 กันยายน 2566") != std::string::npos);
    CHECK(fy2566.find("<td class=\"amount\">360,000</td></tr></tfoot>") != std::string::npos);
    CHECK(fy2566.find("../plan/projects/38.html") == std::string::npos); // 38 starts in 2567
    CHECK(read_file(w.path("site/fiscal-years/2567.html")).find("../plan/projects/38.html") !=
          std::string::npos);
}

TEST_CASE("Atom feeds validate; sitemap only with the site's address; robots.txt; 404") {
    Workspace w;
    REQUIRE(w.prongsai("build").exit_code == 0);
    // Order 152/2564 has no date, and an Atom entry needs one: it is in no feed.
    check_atom(w.path("site/feed.xml"), 3);
    check_atom(w.path("site/announcements/notices/feed.xml"), 2);
    check_atom(w.path("site/announcements/orders/feed.xml"), 0);
    check_atom(w.path("site/announcements/news/feed.xml"), 1);
    CHECK_FALSE(fs::exists(w.path("site/sitemap.xml")));
    CHECK(read_file(w.path("site/robots.txt")) == "User-agent: *\nAllow: /\n");
    std::string not_found = read_file(w.path("site/404.html"));
    CHECK(not_found.find("href=\"/assets/style.css\"") != std::string::npos);

    w.edit("site.toml", "base_path = \"/\"",
           "base_path = \"/ita/\"\nurl = \"https://www.example.go.th/ita\"");
    REQUIRE(w.prongsai("build").exit_code == 0);
    std::string sitemap = read_file(w.path("site/sitemap.xml"));
    CHECK(sitemap.find("<loc>https://www.example.go.th/ita/plan/projects/01.html</loc>") !=
          std::string::npos);
    CHECK(sitemap.find("404.html") == std::string::npos);
    // Pages only: a table's CSV is data, not a page to index.
    CHECK(sitemap.find("reports/2565/measures.html") != std::string::npos);
    CHECK(sitemap.find(".csv") == std::string::npos);
    CHECK(read_file(w.path("site/robots.txt")) ==
          "User-agent: *\nAllow: /\nSitemap: https://www.example.go.th/ita/sitemap.xml\n");
    CHECK(read_file(w.path("site/feed.xml"))
              .find("<id>https://www.example.go.th/ita/announcements/") != std::string::npos);
    CHECK(read_file(w.path("site/404.html")).find("href=\"/ita/assets/style.css\"") !=
          std::string::npos);
    check_atom(w.path("site/feed.xml"), 3);
}

TEST_CASE("an archived year is frozen: later builds copy it byte for byte, verify names changes") {
    Workspace w;
    Run archived = w.prongsai("archive 2566");
    REQUIRE(archived.exit_code == 0);
    CHECK(archived.out.starts_with("archived fiscal year 2566: "));
    auto frozen = snapshot(w.path("content/archive/2566"));
    CHECK(frozen.count("MANIFEST.sha256"));
    CHECK(frozen.at("index.html").find("เว็บไซต์ฉบับเก็บถาวร ปีงบประมาณ 2566") != std::string::npos);
    CHECK(w.prongsai("verify content/archive/2566").exit_code == 0);
    CHECK(w.prongsai("verify content/archive/2566.tar.gz").exit_code == 0);

    // Change the theme and the content, then rebuild.
    write_file(w.path("content/themes/default/assets/style.css"), "body { color: red }\n");
    w.edit("plan/projects/01.md", "title = \"", "title = \"(ปรับปรุง) ");
    REQUIRE(w.prongsai("build").exit_code == 0);
    CHECK(snapshot(w.path("site/archive/2566")) == frozen);
    CHECK(snapshot(w.path("content/archive/2566")) == frozen);
    CHECK(read_file(w.path("site/plan/projects/01.html")).find("(ปรับปรุง)") != std::string::npos);
    CHECK(frozen.at("plan/projects/01.html").find("(ปรับปรุง)") == std::string::npos);
    Run ok = w.prongsai("verify site/archive/2566");
    CHECK(ok.exit_code == 0);
    CHECK(ok.out.starts_with("site/archive/2566: all " + std::to_string(frozen.size() - 1) +
                             " files match the manifest\n"));
    // Every page links the archived year and the archive index.
    CHECK(read_file(w.path("site/index.html")).find("href=\"archive/2566/index.html\"") !=
          std::string::npos);
    CHECK(fs::exists(w.path("site/archive/index.html")));
    CHECK(fs::exists(w.path("site/archive/2566.tar.gz")));

    // One byte changed, one file gone, one added: each is named.
    std::string page = read_file(w.path("site/archive/2566/plan/budget.html"));
    page[page.size() / 2] ^= 1;
    write_file(w.path("site/archive/2566/plan/budget.html"), page);
    fs::remove(w.path("site/archive/2566/robots.txt"));
    write_file(w.path("site/archive/2566/extra.html"), "x");
    Run bad = w.prongsai("verify site/archive/2566");
    CHECK(bad.exit_code == 1);
    CHECK(bad.out.starts_with("changed: plan/budget.html\nmissing: robots.txt\nextra: extra.html\n"
                              "site/archive/2566: 3 file(s) differ from the manifest\n"));

    // An archived year is never overwritten.
    Run again = w.prongsai("archive 2566");
    CHECK(again.exit_code == 1);
    CHECK(again.err == "content/archive/2566: error: fiscal year 2566 is already archived; an "
                       "archived year is never changed\nprongsai archive: nothing was archived\n");
}
