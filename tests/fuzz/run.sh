#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer, ASan, UBSan) in build-fuzz/
# and runs each for SECONDS (default 60):
# - content_fuzzer, the content loader and Markdown, from a seed corpus made
#   of every .md and .toml file in content/ and tests/fixtures/ and the
#   nesting seeds of tests/fuzz/corpus/, with the dictionary tests/fuzz/toml.dict;
# - import_fuzzer, import's reading of a plain-text plan, from the plans of
#   tests/fixtures/import/, with the dictionary tests/fuzz/import.dict.
# Crashes and inputs slower than 30 s are saved as build-fuzz/crash-* and
# build-fuzz/timeout-*; each corpus grows in build-fuzz/corpus*/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"

if ! command -v clang++ > /dev/null; then
    echo "run.sh needs clang with libFuzzer: apt-get install clang libclang-rt-14-dev" >&2
    exit 1
fi

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPRONGSAI_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
cmake --build build-fuzz --target content_fuzzer import_fuzzer -j"$(nproc)"

mkdir -p build-fuzz/seeds build-fuzz/corpus build-fuzz/import-seeds build-fuzz/corpus-import
find content tests/fixtures -type f \( -name '*.md' -o -name '*.toml' \) -print0 |
    while IFS= read -r -d '' f; do
        cp "$f" "build-fuzz/seeds/$(echo "$f" | tr '/' '_')"
    done
cp tests/fixtures/import/*.txt build-fuzz/import-seeds/

# halt_on_error: a UBSan report is a crash like any other.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
# -timeout: an input that takes toml11 (or import's patterns) this long got
# past the limits of toml_reader.cpp (or import's longest cell); a normal one
# takes milliseconds, even under ASan.
fuzz() {
    local target="$1" dict="$2"
    shift 2
    build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -max_len=65536 \
        -print_final_stats=1 -timeout=30 -dict="$dict" -artifact_prefix=build-fuzz/ "$@"
}
fuzz content_fuzzer tests/fuzz/toml.dict build-fuzz/corpus build-fuzz/seeds tests/fuzz/corpus
fuzz import_fuzzer tests/fuzz/import.dict build-fuzz/corpus-import build-fuzz/import-seeds
