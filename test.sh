#!/usr/bin/env bash
# The second command: the same set-up as build.sh, then every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"
./build.sh --no-site
# As many tests at once as there are cores: each end-to-end file is a test of
# its own, and many of them wait on processes more than they compute.
ctest --test-dir build --output-on-failure -j"$(nproc)"
