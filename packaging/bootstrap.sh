#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One command from a fresh Debian 12, Debian 13 or Ubuntu 24.04 checkout to a running app or a
# passing suite (packaging/try-on.sh runs it on a clean Debian root):
#   packaging/bootstrap.sh demo   install what is missing, build, open the app on the sample case
#   packaging/bootstrap.sh test   install what is missing, build (warnings are errors), run all tests
#   packaging/bootstrap.sh bench  install what is missing, build Release, run casecalls-bench
#                                 (extra arguments go to it: --json, --quick, --only search)
# Packages come from apt (with sudo when not root); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
demo | test | bench) shift ;;
*)
    echo "usage: $0 demo|test|bench [extra arguments for the app or the bench]" >&2
    exit 2
    ;;
esac

# One package name per word; lines starting with # are comments.
read -r -a packages <<<"$(grep -v '^#' packaging/build-dependencies.txt | tr '\n' ' ')"
bash packaging/install-packages.sh "${packages[@]}"

jobs=$(nproc)
if [ "$mode" = bench ]; then
    # curl: the bench compares a full load with one curl process fetching the same pages.
    bash packaging/install-packages.sh curl
    cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build build-release -j "$jobs" --target casecalls casecalls-sample-api casecalls-bench
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec build-release/tests/bench/casecalls-bench "$@"
fi
if [ "$mode" = demo ]; then
    cmake --preset dev
    cmake --build --preset dev -j "$jobs"
    exec build/app/casecalls --demo "$@"
fi

cmake --preset ci
cmake --build --preset ci -j "$jobs"
ctest --preset ci -j "$jobs"
