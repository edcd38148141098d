#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Roster's libFuzzer targets with clang (ASan + UBSan + libFuzzer) and runs each for a
# bounded time, starting from the checked-in seed corpus.
#   scripts/fuzz.sh [seconds per target, default 60] [target ...]
# New interesting inputs go to build-fuzz/corpus/<target>/ (not the checked-in corpus); a crash
# leaves crash-* files there: copy one into tests/fuzz/corpus/<target>/ so tst_fuzzcorpus keeps it fixed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(listpage apierror csv)

# Debian's clang and its libFuzzer runtime, installed when missing (as dev.sh does its packages).
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-dev >&2 \
        || { echo "fuzz.sh needs clang and libclang-rt-dev" >&2; exit 2; }
fi
cmake -S "$here" -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DROSTER_FUZZ=ON -DROSTER_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}" >/dev/null

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp"
status=0
for target in "${targets[@]}"; do
    work="build-fuzz/corpus/$target"
    mkdir -p "$work"
    echo "== fuzz_$target for ${seconds}s" >&2
    (cd "$work" && "$here/build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 . "$here/tests/fuzz/corpus/$target") \
        2>&1 | grep -E "^(stat::|#[0-9]+ +DONE|==[0-9]+==|SUMMARY|invariant broken|Test unit written)" || status=1
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done
exit $status
