#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb on this machine, validates it, then installs it on a clean root of this
# machine's Debian release and runs it there:
#   .ci/check-deb.sh [build-dir]        (default build-deb; run as root: debootstrap, chroot)
# The build dependencies must be there already (packaging/bootstrap.sh installs them); the
# packaging tools (lintian, debootstrap, ...) it installs itself.
# 1. configure and build Release (no tests) in build-dir, and `cpack -G DEB`
# 2. desktop-file-validate, appstreamcli validate --no-net and lintian on the package
# 3. `packaging/try-on.sh SUITE install` with it: a clean debootstrapped root, the package
#    installed without recommends (Depends alone must do), `casecalls --version`, the sample
#    case on screen under Xvfb and a recording played (`--check-playback`)
# Prints the time of each step; stops at the first failure with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
build=$(realpath -m "${1:-build-deb}")
jobs=${JOBS:-$(nproc)}

fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"

run_started=$(date +%s)
step_started=$run_started
step() {
    local now
    now=$(date +%s)
    echo "check-deb: ---- $* ($(date -u +%H:%M:%S))"
    step_started=$now
}
step_done() {
    echo "check-deb: ---- done in $(($(date +%s) - step_started)) s"
}

cleanup() {
    local status=$?
    echo "check-deb: total $(($(date +%s) - run_started)) s"
    [ $status -eq 0 ] || echo "check-deb: FAILED (exit $status)" >&2
    exit $status
}
trap cleanup EXIT

step "host tools"
bash "$repo/packaging/install-packages.sh" cmake ninja-build file dpkg-dev lintian \
    desktop-file-utils appstream debootstrap
step_done

step "configure and build Release in $build"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASECALLS_BUILD_TESTS=OFF
cmake --build "$build" -j "$jobs"
step_done

step "cpack -G DEB"
rm -f "$build"/casecalls_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/casecalls_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one casecalls_*.deb in $build"
deb=${debs[0]}
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
step_done

step "validators: desktop-file-validate, appstreamcli, lintian"
contents=$build/deb-contents
rm -rf "$contents"
dpkg-deb --extract "$deb" "$contents"
desktop-file-validate "$contents"/usr/share/applications/org.casecalls.CaseCalls.desktop
appstreamcli validate --no-net "$contents"/usr/share/metainfo/org.casecalls.CaseCalls.metainfo.xml
# Errors fail the check; the warnings kept are listed, with reasons, in packaging/README.md.
lintian --fail-on error --display-info "$deb"
step_done

# The clean root is of this machine's release, whose libraries the package was linked against.
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
case "$suite" in bookworm | trixie | sid) ;; *) fail "not a Debian 12, 13 or unstable machine: '$suite'" ;; esac
step "packaging/try-on.sh $suite install $(basename "$deb")"
bash "$repo/packaging/try-on.sh" "$suite" install "$deb"
step_done

echo "check-deb: OK: $(basename "$deb") builds, validates, installs, runs and plays on a clean $suite"
