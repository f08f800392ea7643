#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12 / Ubuntu 24.04 checkout to a running app or a passing suite:
#   packaging/bootstrap.sh demo   install what is missing, build, open the app on the sample case
#   packaging/bootstrap.sh test   install what is missing, build (warnings are errors), run all tests
# Packages come from apt (with sudo when not root); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
demo | test) shift ;;
*)
    echo "usage: $0 demo|test [extra arguments for the app]" >&2
    exit 2
    ;;
esac

# One package name per word; lines starting with # are comments.
read -r -a packages <<<"$(grep -v '^#' packaging/build-dependencies.txt | tr '\n' ' ')"
bash packaging/install-packages.sh "${packages[@]}"

jobs=$(nproc)
if [ "$mode" = demo ]; then
    cmake --preset dev
    cmake --build --preset dev -j "$jobs"
    exec build/app/casecalls --demo "$@"
fi

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"
