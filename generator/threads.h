// The one way work is spread over cores: a few threads taking items in turn.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace prongsai {

// Calls work(item, thread) for every item below `items`, on up to `threads`
// threads (this one is thread 0), each taking the next item when it is done
// with one.
template <typename Work> void on_threads(unsigned threads, std::size_t items, Work work) {
    std::atomic<std::size_t> next{0};
    auto run = [&](unsigned thread) {
        for (std::size_t i; (i = next++) < items;)
            work(i, thread);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < items; ++t)
        pool.emplace_back(run, t);
    run(0);
    for (auto& t : pool)
        t.join();
}

} // namespace prongsai
