#include "model.h"
#include "text_store.h"

#include <doctest/doctest.h>
#include <thread>
#include <utility>

using namespace prongsai;

namespace {

std::string text_of(int n, std::size_t size) {
    std::string s = "ข้อความที่ " + std::to_string(n) + "\n";
    while (s.size() < size)
        s += s;
    s.resize(size);
    return s;
}

// Keeps texts of every size from four threads at once, then reads each back.
void round_trip(TextStore& store) {
    const std::size_t sizes[] = {0, 1, 7, 4096, 1 << 20};
    std::vector<std::vector<TextStore::Ref>> refs(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 20; ++i)
                refs[t].push_back(store.keep(text_of(t * 100 + i, sizes[i % 5])));
        });
    for (auto& t : threads)
        t.join();
    for (int t = 0; t < 4; ++t)
        for (int i = 0; i < 20; ++i)
            CHECK(store.read(refs[t][i]) == text_of(t * 100 + i, sizes[i % 5]));
    CHECK(store.failure() == "");
}

} // namespace

TEST_CASE("text store: texts kept from several threads read back byte for byte") {
    TextStore store;
    round_trip(store);
    // Out of memory indeed: in the file, not held.
    TextStore::Ref r = store.keep("ก");
    CHECK_FALSE(r.held);
}

TEST_CASE("text store: without a temporary file, the texts are held and read back the same") {
    TextStore store("/nonexistent/prongsai-test-folder");
    round_trip(store);
    CHECK(store.keep("ก").held);
}

TEST_CASE("a page's body kept by the content reads back, with the digest of the original") {
    Content c;
    Project p;
    p.body_markdown = "## วัตถุประสงค์\n\nเพื่อ…\n";
    const std::string original = p.body_markdown;
    CHECK(c.body(p) == original);
    CHECK(c.body_digest(p) == digest_of(original));
    p.body_digest = digest_of(p.body_markdown);
    p.body_kept = c.kept->keep(std::exchange(p.body_markdown, {}));
    CHECK(p.body_markdown == "");
    CHECK(c.body(p) == original);
    CHECK(c.body_digest(p) == digest_of(original));
}
