// Inputs the content fuzzer (tests/fuzz/) found to crash, kept as regressions.
// Under the sanitizer build (.ci/run) UBSan stops on any undefined behaviour.
#include "load/load.h"
#include "text.h"

#include <doctest/doctest.h>

using namespace prongsai;

namespace {

std::string project_with_budget(const std::string& amount) {
    return "+++\nnumber = 1\ndimension = 1\nmission = \"1.1\"\nkind = \"โครงการ\"\n"
           "title = \"t\"\nunit = \"u\"\ntarget_group = \"g\"\nperiod = \"p\"\n"
           "[budget]\n2566 = " +
           amount + "\n+++\n";
}

bool amount_refused(const std::string& amount) {
    Diagnostics diags;
    auto p = parse_project(project_with_budget(amount), "01.md", "01", diags);
    return p && p->budget.empty() && diags.has_errors();
}

} // namespace

TEST_CASE("fuzz: a budget too large for satang is an error, not an overflow") {
    // Found by the fuzzer: 9223372036854775807 * 100 overflowed in year_amounts.
    CHECK(amount_refused("9223372036854775807"));
    CHECK(amount_refused("-9223372036854775808"));
    CHECK(amount_refused("1e300"));
    CHECK(amount_refused("inf"));
    CHECK(amount_refused("nan"));
    CHECK(amount_refused("\"999,999,999,999,999,999\""));
    CHECK(!amount_refused("10000000000000"));
}

TEST_CASE("fuzz: parse_satang refuses amounts beyond max_baht") {
    CHECK(!parse_satang("999999999999999999").has_value());
    CHECK(!parse_satang("-999999999999999999.99").has_value());
    CHECK(parse_satang("10,000,000,000,000") == max_baht * 100);
}
