#!/usr/bin/env bash
# Time per MB of one growing meeting note: `accord build` (release) of a portfolio whose single note holds
# 0.1 to 20 MB of actions, issues and decisions (a third each, Benchmarks/gen_big_note.py). Every step is
# linear when the seconds per MB stay flat. Prints figures; asserts nothing.
#
# usage: Benchmarks/linearity.sh [SIZES...]      (default 0.1 0.5 1 2 5 10 20; MB = 1,000,000 bytes)
# needs: swift, python3 (figures: medians of 3 runs by Benchmarks/measure.py).
# CPU time (user + sys) is printed beside the wall time: on a shared machine it is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(0.1 0.5 1 2 5 10 20)
WORK=$(mktemp -d /tmp/accord-linearity.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

swift build -c release >/dev/null
ACCORD=$(swift build -c release --show-bin-path)/accord


printf '%8s %10s %10s %12s %12s %10s\n' "MB" "records" "wall s" "wall s/MB" "cpu s/MB" "peak MB"
for size in "${SIZES[@]}"; do
  python3 Benchmarks/gen_big_note.py "$WORK/c-$size" --megabytes "$size"
  note=$(find "$WORK/c-$size" -name '*-long.md')
  records=$(grep -c '^- ' "$note")
  bytes=$(wc -c < "$note")
  read -r wall cpu rss _ < <(python3 Benchmarks/measure.py -n 3 -- \
      "$ACCORD" build --content "$WORK/c-$size" --output "$WORK/out" --quiet)
  python3 - "$bytes" "$records" "$wall" "$cpu" "$rss" <<'PY'
import sys
size, records, wall, cpu, rss = int(sys.argv[1]) / 1e6, int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"{size:8.1f} {records:10d} {wall:10.2f} {wall / size:12.2f} {cpu / size:12.2f} {rss:>10}")
PY
  rm -rf "$WORK/c-$size" "$WORK/out"
done
