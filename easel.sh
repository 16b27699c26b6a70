#!/usr/bin/env bash
# Easel's two commands:
#   ./easel.sh run [--server URL | --profile NAME]... [workflow.json]
#                                                   install what is missing, build, start Easel
#                                                   (on the bundled simulator unless a server or
#                                                   profile is named; several make a render farm)
#   ./easel.sh test                                 install, build (normal + ASan/UBSan), run every test
#   ./easel.sh bench                                build Release and run the benchmarks in bench/
#   ./easel.sh fuzz [SECONDS]                       fuzz every parser for SECONDS each (default 600;
#                                                   EASEL_FUZZ_TARGETS="fuzz_x ..." picks targets,
#                                                   EASEL_FUZZ_TIMEOUT per-input seconds, default 10)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

# Debian 12 packages the build and the tests need.
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-image-formats-plugins libqt6sql6-sqlite
    libgl1-mesa-dev libsimdjson-dev qtkeychain-qt6-dev openssl libsodium-dev libpng-dev libisal-dev
    libgraphviz-dev
    libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    dbus-daemon
    clang libclang-rt-14-dev llvm
    dpkg-dev file lintian desktop-file-utils appstream man-db
)

log() { printf '\033[1measel:\033[0m %s\n' "$*" >&2; }

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs() { nproc 2>/dev/null || echo 2; }

# configure_and_build DIR [cmake args...]: (re)configures with these options (a second or
# two when nothing changed), then builds incrementally.
configure_and_build() {
    local dir="$1"; shift
    # Precompiled Qt headers: these are clean builds (a fresh machine, CI), where parsing
    # the same Qt headers again for every file is most of the compile time.
    cmake -S "$here" -B "$dir" -G Ninja -DEASEL_WERROR=ON -DEASEL_PCH=ON "$@" >/dev/null
    cmake --build "$dir" --parallel "$(jobs)"
}

# use_compiler DIR COMPILER: a build tree configured with another C++ compiler starts afresh
# (CMake keeps the first compiler of a tree and ignores CXX afterwards).
use_compiler() {
    local dir="$1" want="$2" have
    have="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$dir/CMakeCache.txt" 2>/dev/null || true)"
    if [ -n "$have" ] && [ "$(basename "$have")" != "$want" ]; then
        log "$dir was configured with $have: starting it afresh with $want"
        rm -rf "$dir"
    fi
}

cmd_run() {
    # --server and --profile go to Easel as given (repeat either for a render farm); with
    # neither, Easel runs on the bundled simulator.
    local servers=() args=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --server) servers+=(--server "${2:?--server needs a URL}"); shift 2 ;;
            --server=*) servers+=(--server "${1#--server=}"); shift ;;
            --profile) servers+=(--profile "${2:?--profile needs a name}"); shift 2 ;;
            --profile=*) servers+=(--profile "${1#--profile=}"); shift ;;
            *) args+=("$1"); shift ;;
        esac
    done
    install_packages
    configure_and_build build/release -DCMAKE_BUILD_TYPE=Release -DEASEL_BUILD_TESTS=OFF -DEASEL_BUILD_BENCH=OFF
    local sim_pid="" server=""
    if [ ${#servers[@]} -eq 0 ]; then
        # The simulator prints its base URL as its first line; port 0 picks a free one.
        # Its output goes to a log file, not a pipe, so it never blocks or dies on SIGPIPE.
        local simlog
        simlog="$(mktemp -t easel-sim.XXXXXX.log)"
        build/release/src/sim/easel-sim --port 0 --step-ms 150 >"$simlog" 2>"$simlog.err" &
        sim_pid=$!
        # The pid is written into the trap now: the trap runs when the script exits, after
        # this function's locals are gone (and set -u would stop it on the unset name).
        # The simulator leaves through its event loop on SIGTERM and removes its own data
        # folder; its two log files go here.
        trap "kill $sim_pid 2>/dev/null || true; rm -f '$simlog' '$simlog.err'" EXIT
        for _ in $(seq 100); do
            server="$(head -n 1 "$simlog")"
            [[ "$server" == http* ]] && break
            kill -0 "$sim_pid" 2>/dev/null || { cat "$simlog.err" >&2; log "the simulator did not start"; exit 1; }
            sleep 0.1
        done
        [[ "$server" == http* ]] || { log "the simulator did not report its address"; exit 1; }
        log "simulator running at $server"
        servers=(--server "$server")
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "no display found (DISPLAY/WAYLAND_DISPLAY unset); Easel needs a desktop session"
    fi
    build/release/src/app/easel "${servers[@]}" "${args[@]}"
}

cmd_test() {
    install_packages
    local start=$SECONDS
    log "architecture rules (docs/architecture.md)"
    tools/check-architecture.sh
    log "normal build (with the benchmarks, so they cannot rot unseen; ./easel.sh bench runs them)"
    configure_and_build build/release -DCMAKE_BUILD_TYPE=Release -DEASEL_BUILD_TESTS=ON -DEASEL_BUILD_BENCH=ON
    log "ASan+UBSan build of core and simulator (clang)"
    # clang, and line tables only (all a sanitizer's stack trace needs: function, file, line,
    # inlined frames, through llvm-symbolizer): half the CPU of gcc with full -g, the build's
    # largest cost. The Release build above keeps gcc and its warnings.
    use_compiler build/asan clang++
    CC=clang CXX=clang++ configure_and_build build/asan -DCMAKE_BUILD_TYPE=Debug -DEASEL_CORE_ONLY=ON -DEASEL_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only"
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    chmod 700 "$XDG_RUNTIME_DIR"
    log "libFuzzer build of core (clang)"
    build_fuzzers
    log "tests (normal build)"
    ctest --test-dir build/release -j2 --output-on-failure
    log "tests (ASan+UBSan build)"
    ctest --test-dir build/asan -j2 --output-on-failure
    log "translations complete"
    tools/check-translations.sh
    log "Debian package"
    tools/check-package.sh build/release
    log "fuzzing each parser for ${EASEL_FUZZ_SECONDS:-15} s (fixed seed, committed corpus)"
    # A fixed seed and a fresh working corpus make this step reproducible: the same
    # commit mutates the same inputs in the same order on every machine, so a longer
    # local run with the same seed covers what CI will try.
    rm -rf build/fuzz/corpus-ci
    # Every target runs: EASEL_FUZZ_SKIP stays empty here unless set by hand for a local run.
    run_fuzzers "${EASEL_FUZZ_SECONDS:-15}" 1 build/fuzz/corpus-ci
    log "all tests passed in $((SECONDS - start)) s"
}

build_fuzzers() {
    # Line tables, not full -g: a finding's stack trace needs no more.
    CC=clang CXX=clang++ configure_and_build build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -gline-tables-only -DNDEBUG" \
        -DEASEL_CORE_ONLY=ON -DEASEL_FUZZ=ON -DEASEL_BUILD_TESTS=OFF -DEASEL_WERROR=OFF
}

# fuzz_one TARGET SECONDS SEED SEEDDIR...: one fuzz target; a crash, leak or UB report fails
# it and leaves the input in build/fuzz/findings.
fuzz_one() {
    local target="$1" seconds="$2" seed="$3"; shift 3
    local name; name="$(basename "$target")"
    "$target" -max_total_time="$seconds" -seed="$seed" -timeout="${EASEL_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/findings/$name-" "$@" 2>"build/fuzz/$name.log" \
        || { tail -n 40 "build/fuzz/$name.log" >&2; log "$name found a failure"; return 1; }
    log "$name: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "build/fuzz/$name.log" | grep -o '[0-9]*$') runs, no failure"
}

# run_fuzzers SECONDS [SEED [WORKDIR]]: every fuzz target for SECONDS, seeded with
# fuzz/corpus/<name> and the matching fixtures in ../shared; a crash, leak or UB report
# fails the run and leaves the input in build/fuzz/findings. SEED 0 (default) is random.
# Targets run EASEL_FUZZ_PARALLEL at a time (default: one per core): each target is one
# single-threaded process, so every target still gets SECONDS and its seed, in half the
# wall time on CI's two cores.
run_fuzzers() {
    local seconds="$1" seed="${2:-0}" workroot="${3:-build/fuzz/corpus}" shared="${EASEL_SHARED_DIR:-$here/../shared}"
    local parallel="${EASEL_FUZZ_PARALLEL:-$(nproc)}" failed=0
    local running=()
    mkdir -p build/fuzz/findings
    for target in build/fuzz/fuzz/fuzz_*; do
        [ -f "$target" ] && [ -x "$target" ] || continue
        local name; name="$(basename "$target")"
        # EASEL_FUZZ_TARGETS="fuzz_a fuzz_b" runs only those.
        [ -z "${EASEL_FUZZ_TARGETS:-}" ] || [[ " $EASEL_FUZZ_TARGETS " == *" $name "* ]] || continue
        # EASEL_FUZZ_SKIP="fuzz_a ..." leaves targets out (CI: a known, open finding).
        [[ " ${EASEL_FUZZ_SKIP:-} " == *" $name "* ]] && { log "$name skipped (EASEL_FUZZ_SKIP)"; continue; }
        local work="$workroot/$name"
        mkdir -p "$work"
        local seeds=("$work")
        [ -d "fuzz/corpus/${name#fuzz_}" ] && seeds+=("fuzz/corpus/${name#fuzz_}")
        case "$name" in
            fuzz_apiworkflow | fuzz_promptsummary | fuzz_promptfacts) seeds+=("$shared/workflows/api") ;;
            fuzz_savedworkflow) seeds+=("$shared/workflows/ui") ;;
            fuzz_nodegraph) seeds+=("$shared/workflows/ui" "$shared/workflows/api") ;;
            fuzz_pngchunks | fuzz_regionreader | fuzz_pngbanddecoder | fuzz_pngchunkscreen) seeds+=("$shared/captures/run_save_image" "$shared/captures/upload_image") ;;
            fuzz_clipspace) seeds+=("$shared/captures/run_media_upload_mask") ;;
            fuzz_mediaprobe) seeds+=("$shared/captures/run_media_video_webm" "$shared/captures/run_media_video_mp4"
                                     "$shared/captures/run_media_audio" "$shared/captures/run_media_animated_webp"
                                     "$shared/captures/run_media_animated_png") ;;
        esac
        fuzz_one "$target" "$seconds" "$seed" "${seeds[@]}" &
        running+=("$!")
        if [ "${#running[@]}" -ge "$parallel" ]; then
            wait "${running[0]}" || failed=1
            running=("${running[@]:1}")
        fi
        [ "$failed" -eq 0 ] || break
    done
    local pid
    for pid in "${running[@]}"; do
        wait "$pid" || failed=1
    done
    return "$failed"
}

# ./easel.sh fuzz [SECONDS]: the longer, documented fuzzing run (default 600 s per target).
cmd_fuzz() {
    install_packages
    build_fuzzers
    run_fuzzers "${1:-600}"
}

cmd_bench() {
    install_packages
    configure_and_build build/release -DCMAKE_BUILD_TYPE=Release -DEASEL_BUILD_TESTS=OFF -DEASEL_BUILD_BENCH=ON
    for b in build/release/bench/bench_*; do
        [ -f "$b" ] && [ -x "$b" ] || continue
        log "$(basename "$b")"
        "$b" -minimumtotal 2000 2>&1 | grep -Ev '^(Config|\*\*\*|PASS   : .*(initTestCase|cleanupTestCase))'
    done
    log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%F)"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    test) shift; cmd_test "$@" ;;
    *) echo "usage: $0 run [--server URL | --profile NAME]... [workflow.json] | $0 test | $0 bench | $0 fuzz [seconds]" >&2; exit 2 ;;
esac
