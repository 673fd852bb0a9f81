#!/usr/bin/env bash
# The second command: the same set-up as build.sh, then every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"
./build.sh --no-site
ctest --test-dir build --output-on-failure
