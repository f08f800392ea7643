#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the application icon (resources/icons/casecalls.svg) into what each platform wants:
# hicolor PNGs for Linux (the scalable icon is the SVG itself, renamed when installed),
# casecalls.ico for Windows, casecalls.icns for macOS. The results are committed, so a build
# never needs these tools; re-run this only when the SVG changes.
# Needs (Debian): librsvg2-bin icoutils icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
source_svg=../icons/casecalls.svg
app_id=org.casecalls.CaseCalls
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$source_svg" -o "hicolor/${size}x${size}/apps/$app_id.png"
done
png() { echo "hicolor/$1x$1/apps/$app_id.png"; }

# Windows: BMP entries up to 128 px, the 256 px one stored as PNG (-r) as Windows expects.
icotool -c -o casecalls.ico "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
    "$(png 128)" -r "$(png 256)"

# macOS: every size from 16 to 1024 (the 1024 one is the 512@2x retina entry).
rsvg-convert -w 1024 -h 1024 "$source_svg" -o "$scratch/1024.png"
png2icns casecalls.icns "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" \
    "$(png 512)" "$scratch/1024.png"
