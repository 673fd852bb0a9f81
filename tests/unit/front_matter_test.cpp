#include "load/front_matter.h"

#include <doctest/doctest.h>

using namespace prongsai;

TEST_CASE("front matter keeps the file's line numbers") {
    Diagnostics d;
    auto fm = split_front_matter("+++\nnumber = 1\n+++\n\n## หลักการ\n", "p.md", d);
    REQUIRE(fm);
    CHECK(fm->toml == "\nnumber = 1\n");
    CHECK(fm->body == "\n## หลักการ\n");
    CHECK(fm->body_line == 4);
    CHECK_FALSE(d.has_errors());
}

TEST_CASE("front matter mistakes") {
    Diagnostics d;
    CHECK_FALSE(split_front_matter("---\ntitle: x\n---\n", "p.md", d));
    CHECK(d.list().back().message.find("not YAML") != std::string::npos);
    CHECK_FALSE(split_front_matter("+++\nnumber = 1\n", "p.md", d));
    CHECK(d.list().back().message.find("not closed") != std::string::npos);
    CHECK_FALSE(split_front_matter("+++\nnumber = 1\n+++\n+++\n", "p.md", d));
    CHECK(d.list().back().loc.line == 4);
    CHECK_FALSE(split_front_matter("", "p.md", d));
    CHECK(d.list().back().message.find("empty") != std::string::npos);
}
