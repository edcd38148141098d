#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Roster's one developer script: installs what a fresh Debian machine lacks, builds, and
#   demo   builds and starts Roster on its built-in demo server (no key, no network)
#   test   builds and runs every test, then again with sanitizers (what CI runs)
#   bench  builds in Release and prints the benchmark tables
#   package       builds in Release and makes roster_<version>_<arch>.deb (CPack) in the checkout
#   translations  refreshes translations/*.ts from the sources (lupdate); translate, then commit
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev libqt6test6
    qtkeychain-qt6-dev qt6-qpa-plugins libqt6svg6 libgl-dev
    libxlsxwriter-dev unzip libqt6sql6-sqlite python3
    xvfb xauth fonts-dejavu-core
    librsvg2-bin desktop-file-utils appstream dpkg-dev file
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

configure_and_build() { # dir build-type [cmake options...] -- [targets...]
    local dir="$1" type="$2"; shift 2
    local options=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    targets=("$@")
    # Build chatter goes to stderr: `dev.sh demo > users.csv` holds the CSV alone.
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${options[@]}" >/dev/null
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$dir" --parallel "$jobs" --target "${targets[@]}" >&2
    else
        cmake --build "$dir" --parallel "$jobs" >&2
    fi
}

run_tests() { # dir: every test, headless, against the local server on 127.0.0.1
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 -j "$jobs")
}

# The official openai SDK, pinned in tests/sdk/package-lock.json, for tst_sdkfidelity and the
# bench's peer figure. Optional: without node and npm, those two say so and skip.
install_sdk() {
    command -v npm >/dev/null || { echo "npm not found: the SDK comparisons will be skipped" >&2; return 0; }
    [ -d tests/sdk/node_modules/openai ] && return 0
    npm ci --prefix tests/sdk --no-audit --no-fund --loglevel=error >&2 \
        || echo "npm ci failed: the SDK comparisons will be skipped" >&2
}

# One tree per configuration, each built once: build-release (Release: the app, the tests,
# the bench) and build-asan (Debug with AddressSanitizer and UndefinedBehaviorSanitizer).
case "${1:-}" in
demo)
    # Fonts for the demo's names in CJK, Devanagari and emoji (a desktop usually has them).
    install_missing fonts-wqy-microhei fonts-lohit-deva fonts-noto-color-emoji
    configure_and_build build-release Release -- roster roster-demo-server
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here, so Roster cannot open its window. Exporting the demo project's users as CSV instead:" >&2
        exec "$here/build-release/app/roster" export --demo --project proj_roster_demo
    fi
    exec "$here/build-release/app/roster" --demo
    ;;
test)
    install_missing
    install_sdk
    configure_and_build build-release Release -DROSTER_BUILD_TESTS=ON -DROSTER_BUILD_BENCH=ON
    run_tests build-release
    # Every test again under the sanitizers: any report (a leak in our code too) fails the run.
    configure_and_build build-asan Debug -DROSTER_BUILD_BENCH=OFF -DROSTER_SANITIZE=ON
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
    run_tests build-asan
    ;;
bench)
    install_missing
    install_sdk
    configure_and_build build-release Release -- roster-bench
    QT_QPA_PLATFORM=offscreen "$here/build-release/bench/roster-bench" "${@:2}"
    ;;
package)
    install_missing
    configure_and_build build-release Release -- roster roster-demo-server roster_icons
    (cd build-release && cpack -G DEB >&2)
    mv build-release/roster_*.deb "$here/"
    ls -l "$here"/roster_*.deb
    ;;
translations)
    install_missing
    configure_and_build build-release Release -- roster_i18n_lupdate
    ;;
*)
    echo "usage: scripts/dev.sh demo|test|bench|package|translations" >&2
    exit 2
    ;;
esac
