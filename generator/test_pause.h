// Test-only pause points. A kill at a random moment rarely lands on the few
// microseconds around the swap, so the interrupt tests stop the program at a
// named stage instead and kill it there, every time.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace prongsai {

// When the environment's PRONGSAI_TEST_PAUSE is `stage`: creates the file
// PRONGSAI_TEST_PAUSE_FILE (if set), says so on stderr, and never returns, so
// that a test can SIGKILL the program exactly there. Otherwise does nothing.
// Stages: loaded, rendered, written, before-swap, after-swap.
inline void test_pause(const char* stage) {
    const char* wanted = std::getenv("PRONGSAI_TEST_PAUSE");
    if (!wanted || std::strcmp(wanted, stage) != 0) return;
    // stderr first: the file tells the test that nothing more will be printed.
    std::fprintf(stderr, "prongsai: paused at %s (PRONGSAI_TEST_PAUSE)\n", stage);
    std::fflush(stderr);
    if (const char* file = std::getenv("PRONGSAI_TEST_PAUSE_FILE")) {
        int fd = ::open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd >= 0) close(fd);
    }
    for (;;)
        pause(); // a handled signal returns here; SIGKILL ends it
}

} // namespace prongsai
