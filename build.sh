#!/usr/bin/env bash
# The first command: installs what is missing (Debian packages), builds
# prongsai, and generates the bundled portal from content/ into site/.
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake g++ make pkg-config
          libcmark-gfm-dev libcmark-gfm-extensions-dev libtoml11-dev
          libkainjow-mustache-dev libcli11-dev doctest-dev
          libssl-dev libarchive-dev libxml2-dev libxxhash-dev libicu-dev libcpp-httplib-dev
          libpoppler-cpp-dev libdeflate-dev
          libmimalloc-dev libvips-dev libimage-exiftool-perl
          nodejs chromium default-jre-headless)

# Node.js from other sources (NodeSource) ships npm itself; Debian's nodejs does not.
command -v npm > /dev/null || packages+=(npm)
tests/tools/apt_install_missing.sh "${packages[@]}"

# Front-end packages (package-lock.json): the Sarabun font (CMake copies it into
# the default theme) and the browser-test tools.
# Reinstalled only when the lock file changes, so a run never pulls node_modules
# from under another one. No install scripts: none of them needs one.
if ! cmp -s package-lock.json node_modules/.prongsai-lock; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.prongsai-lock
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j"$(nproc)"

if [ "${1:-}" != "--no-site" ]; then
    ./build/prongsai build content -o site
    echo "Open site/index.html in a browser."
fi
