#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb, validates it, then installs it on a clean Debian 12 root and runs it there:
#   .ci/check-deb.sh [build-dir]        (default build-deb; run as root: debootstrap, chroot)
# The build dependencies must be there already (packaging/bootstrap.sh installs them); the
# packaging tools (lintian, debootstrap, ...) it installs itself.
# 1. configure and build Release (no tests) in build-dir, and `cpack -G DEB`
# 2. desktop-file-validate, appstreamcli validate --no-net and lintian on the package
# 3. a clean Debian 12 root: debootstrap --variant=minbase once into build-dir/chroot-base
#    (kept and reused), copied afresh to build-dir/chroot on every run
# 4. `apt-get install ./casecalls_*.deb` in it, without recommends, so Depends alone must do;
#    then `casecalls --version`, the GStreamer plugins for WAV, MP3 and PulseAudio, and
#    `xvfb-run casecalls --demo --screenshot`, whose PNG must show a real window
# Prints the time of each step; stops at the first failure with a non-zero exit code.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
build=$(realpath -m "${1:-build-deb}")
base=$build/chroot-base
root=$build/chroot
apt_cache=$build/chroot-apt-cache
mirror=http://deb.debian.org/debian
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

# What runs inside the chroot sees a clean environment, not the host's.
in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

mounts_under() {
    awk -v prefix="$1/" 'index($2 "/", prefix) == 1 { print $2 }' /proc/mounts | sort -r
}

# Ends what is still running inside the chroot (an app or Xvfb left by a failure), then
# unmounts, deepest first. Runs on every exit.
cleanup() {
    local status=$?
    if [ -d "$root" ]; then
        for proc in /proc/[0-9]*; do
            if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
                kill -KILL "${proc#/proc/}" 2>/dev/null || true
            fi
        done
        for mount_point in $(mounts_under "$root"); do
            umount "$mount_point" || umount -l "$mount_point" || true
        done
    fi
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

step "clean Debian 12 root"
if [ ! -f "$base/.check-deb-base-complete" ]; then
    echo "No cached root: debootstrap --variant=minbase bookworm into $base"
    [ -z "$(mounts_under "$base")" ] || fail "something is mounted under $base"
    rm -rf --one-file-system "$base"
    debootstrap --variant=minbase bookworm "$base" "$mirror"
    cat >"$base/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $mirror-security bookworm-security main
EOF
    chroot "$base" apt-get clean
    touch "$base/.check-deb-base-complete"
else
    echo "Reusing the cached root $base"
fi
[ -z "$(mounts_under "$root")" ] || fail "something is still mounted under $root"
rm -rf --one-file-system "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Installing packages must not start services in the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mkdir -p "$apt_cache"
mount --bind "$apt_cache" "$root/var/cache/apt/archives"
step_done

step "apt-get install ./$(basename "$deb") on the clean root"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$deb")"
step_done

step "casecalls --version"
# No display and no platform plugin setting: --version must work in a bare terminal.
version=$(in_root casecalls --version) # in_root starts from an empty environment
echo "$version"
expected=$(sed -n 's/^project(CaseCalls VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
[ "$version" = "casecalls $expected" ] || fail "--version said '$version', expected 'casecalls $expected'"
step_done

step "GStreamer plugins for WAV, MP3 and the PulseAudio sink"
plugins=/usr/lib/x86_64-linux-gnu/gstreamer-1.0
for plugin in wavparse audioparsers mpg123 pulseaudio playback; do
    [ -f "$root$plugins/libgst$plugin.so" ] || fail "$plugins/libgst$plugin.so is not installed"
    echo "found libgst$plugin.so"
done
step_done

step "xvfb-run casecalls --demo --screenshot"
in_root apt-get install -y -qq --no-install-recommends xvfb xauth
rm -f "$root/tmp/casecalls-demo.png"
# -nolisten local: no abstract-namespace socket, which the host shares, so this X server can
# neither clash with nor be mistaken for one that the host runs on the same display number.
in_root timeout -s KILL 180 xvfb-run -a -s "-nolisten local -screen 0 1400x900x24" \
    casecalls --demo --screenshot /tmp/casecalls-demo.png
shot=$build/check-deb-screenshot.png
cp "$root/tmp/casecalls-demo.png" "$shot" || fail "the app saved no screenshot"
# A PNG of at least 800x500 and 20 kB: a real window with the sample case, not a blank one.
description=$(file -b "$shot")
bytes=$(stat -c %s "$shot")
echo "$shot: $description, $bytes bytes"
[[ $description =~ ^PNG\ image\ data,\ ([0-9]+)\ x\ ([0-9]+) ]] || fail "the screenshot is not a PNG"
[ "${BASH_REMATCH[1]}" -ge 800 ] && [ "${BASH_REMATCH[2]}" -ge 500 ] && [ "$bytes" -ge 20000 ] \
    || fail "the screenshot is too small to show the window with a case"
step_done

echo "check-deb: OK: $(basename "$deb") builds, validates, installs and runs on a clean Debian 12"
