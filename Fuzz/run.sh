#!/usr/bin/env bash
# Builds the libFuzzer harness (Fuzz/Harness, product accord-fuzz) with -sanitize=fuzzer,address into
# .build-fuzz and runs it on the seed corpus derived from Content/ (Fuzz/seeds.sh) and the inputs of past findings
# (Fuzz/regressions, each a file that once crashed), with Fuzz/accord.dict.
#
#   Fuzz/run.sh                       # 100000 runs
#   Fuzz/run.sh -runs=1000000         # any libFuzzer flag; -max_total_time=60 is what CI runs
#   Fuzz/run.sh crash-1234…           # replay one input (libFuzzer runs files given as arguments)
#
# Exit status: 0 when nothing was found, non-zero on a crash, a timeout (-timeout, default 10 s), a
# memory blow-up (-rss_limit_mb, default 2048) or a build failure. Findings are written to
# .build-fuzz/findings/. FUZZ_SANITIZERS=fuzzer skips AddressSanitizer (about twice as fast).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
# -sanitize reaches the EmbedTheme plugin's tool too; lld links it where gold fails on libFuzzer's main.
swift build --product accord-fuzz -c release --scratch-path "$scratch" \
    -Xswiftc -DFUZZING -Xswiftc "-sanitize=$sanitizers" -Xswiftc -use-ld=lld >&2
binary="$scratch/release/accord-fuzz"

corpus="$scratch/corpus"
Fuzz/seeds.sh "$scratch/seeds" >&2
mkdir -p "$corpus" "$scratch/findings"
[ $# -gt 0 ] || set -- -runs=100000

# The Swift runtime's backtracer would wait on a crashing fuzzer; libFuzzer and ASan report instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}"
exec "$binary" -dict=Fuzz/accord.dict -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$scratch/findings/" "$@" "$corpus" "$scratch/seeds" Fuzz/regressions
