// libFuzzer target over `prongsai import`'s reading of a plain-text plan: the
// text into rows (text_source), the refusal of an overlong cell, then the
// national template read from the rows (read_plan), whose patterns and table
// readers are where a damaged or hostile document would do harm.
#include "import/plan_reader.h"
#include "import/source.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string error;
    auto source = prongsai::import::text_source(
        std::string(reinterpret_cast<const char*>(data), size), "plan.txt", error);
    if (!source) return -1;
    if (prongsai::import::overlong_cell(*source)) return 0;
    (void)prongsai::import::read_plan(*source);
    return 0;
}
