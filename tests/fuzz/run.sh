#!/usr/bin/env bash
# Builds the content fuzzer with clang (libFuzzer, ASan, UBSan) in build-fuzz/
# and runs it for SECONDS (default 60), starting from a seed corpus made of
# every .md and .toml file in content/ and tests/fixtures/ and the nesting
# seeds of tests/fuzz/corpus/, with the dictionary tests/fuzz/toml.dict.
# Crashes and inputs slower than 30 s are saved as build-fuzz/crash-* and
# build-fuzz/timeout-*; the corpus grows in build-fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"

if ! command -v clang++ > /dev/null; then
    echo "run.sh needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
    exit 1
fi

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPRONGSAI_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
cmake --build build-fuzz --target content_fuzzer -j"$(nproc)"

mkdir -p build-fuzz/seeds build-fuzz/corpus
find content tests/fixtures -type f \( -name '*.md' -o -name '*.toml' \) -print0 |
    while IFS= read -r -d '' f; do
        cp "$f" "build-fuzz/seeds/$(echo "$f" | tr '/' '_')"
    done

# halt_on_error: a UBSan report is a crash like any other.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
# -timeout: an input that takes toml11 this long got past the limits of
# toml_reader.cpp (a normal one takes milliseconds, even under ASan).
build-fuzz/tests/fuzz/content_fuzzer -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    -timeout=30 -dict=tests/fuzz/toml.dict -artifact_prefix=build-fuzz/ \
    build-fuzz/corpus build-fuzz/seeds tests/fuzz/corpus
