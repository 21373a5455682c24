#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each for a bounded time.
#
#   scripts/fuzz.sh                   every target, CUSTOS_FUZZ_SECONDS (default 60) each
#   scripts/fuzz.sh fuzz_csv ...      only the targets named
#
# Environment:
#   CUSTOS_FUZZ_SECONDS     seconds per target (default 60)
#   CUSTOS_FUZZ_BUILD_DIR   build directory (default build/fuzz)
#   CUSTOS_FUZZ_SOURCE_DIR  source tree to configure (default: this checkout)
#   CXX                     a clang++ (default: clang++, else clang++-14)
#
# Each target runs on a COPY of its seed corpus (tests/data/fuzz/<target>/), so the repository
# is never modified; inputs that crash are kept in BUILD_DIR/fuzz-artifacts/. The script prints
# executions, executions per second and corpus size per target, and exits non-zero when any
# target crashed, leaked, hit a sanitizer report or a timeout. Needs Debian's clang and
# libclang-rt-dev (libFuzzer and the sanitizer runtimes).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_dir="${CUSTOS_FUZZ_SOURCE_DIR:-$root}"
build_dir="${CUSTOS_FUZZ_BUILD_DIR:-$root/build/fuzz}"
seconds="${CUSTOS_FUZZ_SECONDS:-60}"
corpus_root="$root/tests/data/fuzz"
all_targets=(fuzz_keyring fuzz_csv fuzz_customer_import fuzz_pem fuzz_signature fuzz_phone fuzz_card fuzz_backup)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

log() { printf '==> %s\n' "$*"; }
die() { printf '==> ERROR: %s\n' "$*" >&2; exit 2; }

[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || die "CUSTOS_FUZZ_SECONDS must be a whole number of seconds, not '$seconds'"
cxx="${CXX:-}"
if [ -z "$cxx" ]; then
    cxx="$(command -v clang++ || command -v clang++-14 || true)"
fi
[ -n "$cxx" ] && "$cxx" --version 2>/dev/null | grep -q clang ||
    die "clang++ not found: apt-get install clang libclang-rt-dev"

log "Configuring $build_dir with $cxx (CUSTOS_FUZZ=ON)"
# -O1 with assertions on (Debug keeps Q_ASSERT and Qt's checks); no tests, no benchmarks.
cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_CXX_COMPILER="$cxx" \
    -DCUSTOS_FUZZ=ON -DCUSTOS_BUILD_TESTS=OFF -DCUSTOS_BUILD_BENCHMARKS=OFF >/dev/null
log "Building ${targets[*]}"
cmake --build "$build_dir" -j"$(nproc)" --target "${targets[@]}"

work="$(mktemp -d "${TMPDIR:-/tmp}/custos-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()
summary=()
for target in "${targets[@]}"; do
    binary="$build_dir/fuzzers/$target"
    [ -x "$binary" ] || die "$binary was not built"
    [ -d "$corpus_root/$target" ] || die "no seed corpus in $corpus_root/$target"
    corpus="$work/$target"
    mkdir -p "$corpus"
    find "$corpus_root/$target" -maxdepth 1 -type f ! -name README.md -exec cp {} "$corpus/" \;
    seeds=$(find "$corpus" -type f | wc -l)
    log "$target: ${seconds}s from $seeds seed files"
    logfile="$work/$target.log"
    status=0
    "$binary" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/$target-" "$corpus" >"$logfile" 2>&1 || status=$?
    stat() { sed -n "s/^stat::$1: *//p" "$logfile" | tail -n 1; }
    runs="$(stat number_of_executed_units)"
    rate="$(stat average_exec_per_sec)"
    size=$(find "$corpus" -type f | wc -l)
    line="$(printf '%-22s %10s execs %8s exec/s  corpus %4s -> %4s files' "$target" "${runs:-?}" "${rate:-?}" "$seeds" "$size")"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        line="$line  FAILED (exit $status)"
        tail -n 60 "$logfile" >&2
        cp "$logfile" "$artifacts/$target.log"
    fi
    summary+=("$line")
    log "$line"
done

printf '\nFuzzing summary (%ss per target):\n' "$seconds"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    printf '==> FAILED: %s (inputs and logs in %s)\n' "${failed[*]}" "$artifacts" >&2
    exit 1
fi
printf '==> no crashes\n'
