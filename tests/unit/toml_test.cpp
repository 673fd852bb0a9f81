// The TOML reader's limits: input that made toml11 overflow its stack or
// slow down with the square of its size is refused before toml11 sees it.
#include "load/load.h"
#include "load/toml_reader.h"

#include <doctest/doctest.h>
#include <string>

using namespace prongsai;

namespace {

std::string nested(int levels, const std::string& open, const std::string& close) {
    std::string s;
    for (int i = 0; i < levels; ++i)
        s += open;
    s += "1";
    for (int i = 0; i < levels; ++i)
        s += close;
    return s;
}

std::string only_error(const Diagnostics& diags) {
    REQUIRE(diags.list().size() == 1);
    const Diagnostic& d = diags.list()[0];
    return d.loc.file + ":" + std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) +
           ": " + d.message;
}

} // namespace

TEST_CASE("10,000 nested arrays are refused, not a crash") {
    Diagnostics diags;
    CHECK_FALSE(parse_toml("x = " + nested(10'000, "[", "]") + "\n", "site.toml", diags));
    CHECK(only_error(diags) == "site.toml:1:37: lists [ ] and tables { } may be nested at most 32 "
                               "deep; write this value with fewer levels");
}

TEST_CASE("5,000 nested inline tables in front matter are refused") {
    Diagnostics diags;
    std::string text = "+++\nnumber = 1\nx = " + nested(5'000, "{a=", "}") + "\n+++\nbody\n";
    CHECK_FALSE(parse_project(text, "p.md", "p", diags));
    CHECK(only_error(diags).starts_with("p.md:3:101: lists [ ] and tables { } may be nested"));
}

TEST_CASE("nesting up to the limit is read") {
    Diagnostics diags;
    auto doc = parse_toml("x = " + nested(max_toml_depth, "[", "]") + "\n", "t.toml", diags);
    CHECK(doc);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("brackets inside strings and comments do not count") {
    Diagnostics diags;
    std::string deep(100, '[');
    auto doc = parse_toml("a = \"" + deep + "\"\nb = '" + deep + "'\nc = \"\"\"\n" + deep +
                              "\n\"\"\"\n# " + deep + "\n[t]\nd = [[1, 2], [3]]\n",
                          "t.toml", diags);
    CHECK(doc);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a table name of 100,000 dotted parts is refused at once") {
    std::string name = "a";
    for (int i = 1; i < 100'000; ++i)
        name += ".a";
    Diagnostics diags;
    CHECK_FALSE(parse_toml("[" + name + "]\nx = 1\n", "t.toml", diags));
    CHECK(only_error(diags) ==
          "t.toml:1:65: a key may have at most 32 parts separated by dots; shorten this name");
    Diagnostics key_diags;
    CHECK_FALSE(parse_toml(name + " = 1\n", "t.toml", key_diags));
    CHECK(key_diags.errors() == 1);
}

TEST_CASE("numbers with dots in values are not key parts") {
    Diagnostics diags;
    std::string values = "x = [";
    for (int i = 0; i < 100; ++i)
        values += "1.5, ";
    auto doc = parse_toml(values + "2.5]\ny = {a.b = 1.25, c = 2.5}\n", "t.toml", diags);
    CHECK(doc);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a string's closing quotes or its line's end never hide the next key's parts") {
    std::string name = "a";
    for (int i = 1; i <= max_key_parts; ++i)
        name += ".a";
    // Each of these used to end the string past the newline, so the next line's
    // key was not counted: 60,000 parts then took toml11 over a minute.
    for (std::string first :
         {R"(z = """x"""")", R"(z = """x""""")", R"(z = '''x'''')", R"(z = '''x''''')",
          R"(z = "open)", R"(z = 'open)", R"(z = "open\)"}) {
        CAPTURE(first);
        Diagnostics diags;
        CHECK_FALSE(parse_toml(first + "\n" + name + " = 1\n", "t.toml", diags));
        CHECK(only_error(diags).starts_with("t.toml:2:"));
        Diagnostics header_diags;
        CHECK_FALSE(parse_toml(first + "\n[" + name + "]\n", "t.toml", header_diags));
        CHECK(only_error(header_diags).starts_with("t.toml:2:"));
    }
    // The extra quotes are the string's: what follows is read as before.
    Diagnostics diags;
    std::string strings = R"(z = """x""""")"
                          "\n"
                          R"(w = '''[[['''''  # ]])"
                          "\n";
    auto doc = parse_toml(strings + name.substr(2) + " = [[1]]\n", "t.toml", diags);
    CHECK(doc);
    CHECK_FALSE(diags.has_errors());
}
