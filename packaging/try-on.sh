#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tries this checkout on another Debian release, in a clean root made with debootstrap:
#   packaging/try-on.sh SUITE MODE...          (run as root: debootstrap, chroot, mount)
#   SUITE  bookworm (Debian 12), trixie (Debian 13) or sid (unstable)
#   MODE   test            the README's test command (packaging/bootstrap.sh test) as a new
#                          user would run it on SUITE: installs what is missing, builds with
#                          warnings as errors, runs the whole suite headless
#          deb             builds the .deb on SUITE (Release, no tests), then installs it in a
#                          second clean root without recommends and runs it there; after
#                          `test` in the same run it packages that build instead (RelWithDebInfo,
#                          the same code, one build less)
#          install DEB     only the second half of `deb`, for a package built elsewhere
# Several modes run in order in the same build root: `try-on.sh trixie test deb`.
# The debootstrapped base is cached in build-try/SUITE/base and copied afresh for every run;
# downloaded packages are kept in build-try/SUITE/apt-cache. TRY_ON_REUSE=1 keeps the build
# root (and its build folders) from the previous run instead, for quick repeats by hand.
# Prints the time of each step; stops at the first failure with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

usage() {
    echo "usage: $0 bookworm|trixie|sid test|deb|install DEB..." >&2
    exit 2
}
[ $# -ge 2 ] || usage
suite=$1
shift
case "$suite" in bookworm | trixie | sid) ;; *) usage ;; esac

fail() {
    echo "try-on: FAILED: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"

work=$(realpath -m "${TRY_ON_DIR:-$repo/build-try}/$suite")
base=$work/base
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
jobs=${JOBS:-$(nproc)}
declare -a roots=()

run_started=$(date +%s)
step_started=$run_started
step() {
    step_started=$(date +%s)
    echo "try-on($suite): ---- $* ($(date -u +%H:%M:%S))"
}
step_done() {
    echo "try-on($suite): ---- done in $(($(date +%s) - step_started)) s"
}

mounts_under() {
    awk -v prefix="$1/" 'index($2 "/", prefix) == 1 { print $2 }' /proc/mounts | sort -r
}

# Ends what still runs inside a root (an app or Xvfb left by a failure), then unmounts, deepest
# first.
release_root() {
    local root=$1 proc mount_point
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
            kill -KILL "${proc#/proc/}" 2>/dev/null || true
        fi
    done
    for mount_point in $(mounts_under "$root"); do
        umount "$mount_point" || umount -l "$mount_point" || true
    done
}
cleanup() {
    local status=$? root
    for root in "${roots[@]}"; do release_root "$root"; done
    echo "try-on($suite): total $(($(date +%s) - run_started)) s"
    [ $status -eq 0 ] || echo "try-on($suite): FAILED (exit $status)" >&2
    exit $status
}
trap cleanup EXIT

# What runs inside a root sees a clean environment, not the host's.
in_root() {
    local root=$1
    shift
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

ensure_base() {
    if [ -f "$base/.try-on-base-complete" ]; then
        echo "Reusing the cached $suite root $base"
        return
    fi
    bash "$repo/packaging/install-packages.sh" debootstrap
    echo "No cached root: debootstrap --variant=minbase $suite into $base"
    [ -z "$(mounts_under "$base")" ] || fail "something is mounted under $base"
    rm -rf --one-file-system "$base"
    mkdir -p "$work"
    debootstrap --variant=minbase "$suite" "$base" "$mirror"
    if [ "$suite" = sid ]; then
        echo "deb $mirror sid main" >"$base/etc/apt/sources.list"
        # A mirror snapshot of unstable may be older than its Valid-Until.
        echo 'Acquire::Check-Valid-Until "false";' >"$base/etc/apt/apt.conf.d/99try-on"
    else
        cat >"$base/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $mirror-security $suite-security main
EOF
    fi
    rm -f "$base/etc/apt/sources.list.d/"*.sources
    chroot "$base" apt-get clean
    touch "$base/.try-on-base-complete"
}

# A root to work in: a fresh copy of the base (kept as it is with TRY_ON_REUSE=1), with /proc,
# /dev/pts, /dev/shm and the shared apt cache mounted.
prepare_root() {
    local root=$1 reuse=${2:-0}
    [ -z "$(mounts_under "$root")" ] || fail "something is still mounted under $root"
    if [ "$reuse" != 1 ] || [ ! -d "$root/usr" ]; then
        rm -rf --one-file-system "$root"
        cp -a "$base" "$root"
    fi
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    # Installing packages must not start services in the root.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    roots+=("$root")
    mount -t proc proc "$root/proc"
    mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
    mkdir -p "$root/dev/shm"
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    mkdir -p "$work/apt-cache"
    mount --bind "$work/apt-cache" "$root/var/cache/apt/archives"
    in_root "$root" apt-get update -qq
}

# The checkout as it is, uncommitted changes included, without build folders. A reused root's
# old copy goes first (its build folders stay): a file moved since must not linger there.
copy_source() {
    local root=$1
    mkdir -p "$root/src"
    find "$root/src" -mindepth 1 -maxdepth 1 ! -name 'build-*' -exec rm -rf {} +
    git -C "$repo" ls-files -z --cached --others --exclude-standard \
        | (cd "$repo" && tar --null -T - -cf - 2>/dev/null) | tar -xf - -C "$root/src"
}

build_root=$work/build-root
build_root_ready=0
ensure_build_root() {
    [ $build_root_ready -eq 0 ] || return 0
    step "clean $suite root with the checkout in /src"
    ensure_base
    prepare_root "$build_root" "${TRY_ON_REUSE:-0}"
    copy_source "$build_root"
    # bootstrap.sh installs the rest; it needs dpkg-query and apt, which minbase has.
    in_root "$build_root" dpkg-query -W -f='${Package} ${Version}\n' base-files
    build_root_ready=1
    step_done
}

tested_build=
mode_test() {
    ensure_build_root
    step "packaging/bootstrap.sh test (the README's test command)"
    in_root "$build_root" env JOBS="$jobs" bash /src/packaging/bootstrap.sh test
    tested_build=/src/build-ci
    step_done
}

built_deb=
mode_deb() {
    ensure_build_root
    read -r -a packages <<<"$(grep -v '^#' packaging/build-dependencies.txt | tr '\n' ' ')"
    in_root "$build_root" bash /src/packaging/install-packages.sh "${packages[@]}" file dpkg-dev
    local build=$tested_build
    if [ -n "$build" ]; then
        step "package the build that just passed the tests on $suite"
    else
        step "build the .deb on $suite (Release, no tests)"
        build=/src/build-deb
        in_root "$build_root" cmake -S /src -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCASECALLS_BUILD_TESTS=OFF
        in_root "$build_root" cmake --build "$build" -j "$jobs"
    fi
    rm -f "$build_root$build"/casecalls_*.deb
    in_root "$build_root" sh -c "cd $build && cpack -G DEB"
    local debs=("$build_root$build"/casecalls_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one casecalls_*.deb"
    mkdir -p "$work/out"
    cp "${debs[0]}" "$work/out/"
    built_deb=$work/out/$(basename "${debs[0]}")
    dpkg-deb --field "$built_deb" Package Version Depends
    step_done
    mode_install "$built_deb"
}

# The package on a clean root, with Depends alone (no recommends): --version in a bare
# terminal, the sample case on screen, and a recording played through Qt Multimedia.
mode_install() {
    local deb=$1 root=$work/install-root
    [ -f "$deb" ] || fail "no such package: $deb"
    step "apt-get install ./$(basename "$deb") on a clean $suite root"
    ensure_base
    prepare_root "$root"
    cp "$deb" "$root/tmp/"
    in_root "$root" apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$deb")"
    step_done

    step "casecalls --version"
    local version expected
    version=$(in_root "$root" casecalls --version)
    echo "$version"
    expected=$(sed -n 's/^project(CaseCalls VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
    [ "$version" = "casecalls $expected" ] || fail "--version said '$version'"
    step_done

    step "xvfb-run casecalls --demo --screenshot, then --check-playback"
    in_root "$root" apt-get install -y -qq --no-install-recommends xvfb xauth
    rm -f "$root/tmp/casecalls-demo.png"
    # -nolisten local: no abstract-namespace socket, which the host shares, so this X server
    # can neither clash with nor be mistaken for one that the host runs on the same display.
    local xvfb=(timeout -s KILL 180 xvfb-run -a -s "-nolisten local -screen 0 1400x900x24")
    in_root "$root" "${xvfb[@]}" casecalls --demo --screenshot /tmp/casecalls-demo.png
    local shot=$work/out/screenshot.png description bytes
    mkdir -p "$work/out"
    cp "$root/tmp/casecalls-demo.png" "$shot" || fail "the app saved no screenshot"
    description=$(file -b "$shot")
    bytes=$(stat -c %s "$shot")
    echo "$shot: $description, $bytes bytes"
    # A PNG of at least 800x500 and 20 kB: a real window with the sample case, not a blank one.
    [[ $description =~ ^PNG\ image\ data,\ ([0-9]+)\ x\ ([0-9]+) ]] || fail "not a PNG"
    [ "${BASH_REMATCH[1]}" -ge 800 ] && [ "${BASH_REMATCH[2]}" -ge 500 ] && [ "$bytes" -ge 20000 ] \
        || fail "the screenshot is too small to show the window with a case"
    # No sound device in the root: the media backend Qt chooses must still play.
    in_root "$root" "${xvfb[@]}" casecalls --demo --check-playback
    step_done
    echo "try-on($suite): OK: $(basename "$deb") installs, runs and plays on a clean $suite root"
}

while [ $# -gt 0 ]; do
    case "$1" in
    test) mode_test ;;
    deb) mode_deb ;;
    install)
        [ $# -ge 2 ] || usage
        shift
        mode_install "$(realpath "$1")"
        ;;
    *) usage ;;
    esac
    shift
done
