#!/usr/bin/env bash
# The first command: installs what is missing (Debian packages), builds
# prongsai, and generates the bundled portal from content/ into site/.
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake g++ make pkg-config
          libcmark-gfm-dev libcmark-gfm-extensions-dev libtoml11-dev
          libkainjow-mustache-dev libcli11-dev doctest-dev)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build -j"$(nproc)"

if [ "${1:-}" != "--no-site" ]; then
    ./build/prongsai build content -o site
    echo "Open site/index.html in a browser."
fi
