#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Re-takes docs/screenshot.png: the app on the sample case under a virtual X server.
# Needs a build (packaging/bootstrap.sh demo or cmake --build --preset dev) and xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build/app/casecalls}
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
# A fresh settings folder, so the picture shows the default layout.
XDG_CONFIG_HOME="$settings" xvfb-run -a -s "-screen 0 1400x900x24" \
    "$app" --demo --screenshot docs/screenshot.png
