#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs with apt those of the given Debian packages that are not installed yet, with sudo
# when not root. Shared by bootstrap.sh and the CI scripts, which each add their own tools.
#   packaging/install-packages.sh package...
set -euo pipefail

missing=()
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -gt 0 ] || exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing with apt: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
