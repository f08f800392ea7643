#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# CI: the whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, then the page
# decoder's libFuzzer target for a fixed time with the seed corpus. Prints the time of each step.
#   JOBS=2 FUZZ_SECONDS=60 .ci/sanitize-and-fuzz.sh
# Runs from a fresh Debian 12 / Ubuntu 24.04 clone: what is missing is installed with apt (sudo
# when not root), as packaging/bootstrap.sh does. The sanitizer build uses GCC (its ASan/UBSan
# runtimes come with g++); the fuzzer needs clang and its compiler-rt (libFuzzer included).
set -euo pipefail
cd "$(dirname "$0")/.."

JOBS=${JOBS:-2}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
SAN_DIR=${SAN_DIR:-build-sanitize}
FUZZ_DIR=${FUZZ_DIR:-build-fuzz}
declare -a timings=()
step_start=0
script_start=$(date +%s)
begin() { echo "::: $1"; step_start=$(date +%s); }
end() { timings+=("$(printf '%-28s %5ss' "$1" "$(($(date +%s) - step_start))")"); }

begin "apt packages"
# The suite's build dependencies, then what only this script needs: clang with its
# sanitizer/libFuzzer runtimes, and llvm-symbolizer for readable reports.
read -r -a packages <<<"$(grep -v '^#' packaging/build-dependencies.txt | tr '\n' ' ')"
bash packaging/install-packages.sh "${packages[@]}" clang libclang-rt-dev llvm
end "apt packages"

# -O1 -g1: about half the build time of -O2 -g, and still line numbers in every report.
# -Werror stays off here: GCC's -Wnull-dereference reports false positives in code that the
# sanitizers instrumented. The normal CI build keeps warnings as errors. `all` leaves out the
# benchmark here (cmake/Sanitizers.cmake): CTest never runs it.
fast_flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")

begin "sanitizer configure+build"
cmake -S . -B "$SAN_DIR" -G Ninja "${fast_flags[@]}" -DCASECALLS_SANITIZE=address,undefined \
    >/dev/null
cmake --build "$SAN_DIR" -j"$JOBS"
end "sanitizer configure+build"

begin "sanitizer ctest"
# Leak checking is off: Qt, fontconfig and GStreamer keep process-lifetime allocations that
# LeakSanitizer reports at exit. Memory errors and UB still abort the test that caused them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# The sanitizers slow everything down 2-3x: the per-test timeout grows with them.
ctest --test-dir "$SAN_DIR" --output-on-failure --timeout 600 -j"$JOBS"
end "sanitizer ctest"

begin "fuzzer configure+build"
CC=clang CXX=clang++ cmake -S . -B "$FUZZ_DIR" -G Ninja "${fast_flags[@]}" \
    -DCASECALLS_FUZZ=ON -DCASECALLS_SANITIZE=address,undefined -DCASECALLS_BUILD_TESTS=OFF \
    >/dev/null
cmake --build "$FUZZ_DIR" --target fuzz_callpage -j"$JOBS"
end "fuzzer configure+build"

fuzzer="$FUZZ_DIR/tests/fuzz/fuzz_callpage"
mapfile -t regressions < <(find tests/fuzz/regressions -type f ! -name '*.md' | sort)
if ((${#regressions[@]} > 0)); then
    begin "fuzz regressions"
    "$fuzzer" "${regressions[@]}"
    end "fuzz regressions"
fi

begin "fuzz ${FUZZ_SECONDS}s"
work=$(mktemp -d)
mkdir -p "$FUZZ_DIR/artifacts"
# New inputs go to a scratch directory; the seed corpus in the repo stays as committed.
# A crash leaves its input in $FUZZ_DIR/artifacts: add it to tests/fuzz/regressions.
status=0
"$fuzzer" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$FUZZ_DIR/artifacts/" -print_final_stats=1 \
    "$work" tests/fuzz/corpus >"$FUZZ_DIR/fuzz.log" 2>&1 || status=$?
grep -E '^(stat::|#[0-9]+.*DONE|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' \
    "$FUZZ_DIR/fuzz.log" || true
rm -rf "$work"
end "fuzz ${FUZZ_SECONDS}s"
if ((status != 0)); then
    tail -n 60 "$FUZZ_DIR/fuzz.log" >&2
    echo "fuzz_callpage failed (exit $status); inputs in $FUZZ_DIR/artifacts" >&2
    exit "$status"
fi

echo "::: timings"
printf '  %s\n' "${timings[@]}"
printf '  %-28s %5ss\n' "total" "$(($(date +%s) - script_start))"
