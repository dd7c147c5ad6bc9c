#!/usr/bin/env bash
# Time per MB of one growing meeting note: `accord build` (release) of a portfolio whose single note holds
# 0.1 to 20 MB of actions, issues and decisions (a third each, Benchmarks/gen_big_note.py). Every step is
# linear when the seconds per MB stay flat. Prints figures; asserts nothing.
#
# usage: Benchmarks/linearity.sh [SIZES...]      (default 0.1 0.5 1 2 5 10 20; MB = 1,000,000 bytes)
# needs: swift, python3; uses farm-bench when it is on PATH (medians of 3 runs), else /usr/bin/time (best of 3).
# CPU time (user + sys) is printed beside the wall time: on a shared machine it is the steadier figure.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(0.1 0.5 1 2 5 10 20)
WORK=$(mktemp -d /tmp/accord-linearity.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

swift build -c release >/dev/null
ACCORD=$(swift build -c release --show-bin-path)/accord

# Best of 3 runs: prints "wall cpu peak-MB" (seconds, seconds, MB).
measure() {
  local best="" best_cpu="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
    read -r wall user sys peak < "$WORK/time.txt"
    cpu=$(python3 -c "import sys; print(f'{float(sys.argv[1]) + float(sys.argv[2]):.2f}')" "$user" "$sys")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$wall" "$best"; then
      best=$wall; best_cpu=$cpu; rss=$((peak / 1024))
    fi
  done
  echo "$best $best_cpu $rss"
}

printf '%8s %10s %10s %12s %12s %10s\n' "MB" "records" "wall s" "wall s/MB" "cpu s/MB" "peak MB"
for size in "${SIZES[@]}"; do
  python3 Benchmarks/gen_big_note.py "$WORK/c-$size" --megabytes "$size"
  note=$(find "$WORK/c-$size" -name '*-long.md')
  records=$(grep -c '^- ' "$note")
  bytes=$(wc -c < "$note")
  if command -v farm-bench >/dev/null; then
    # Medians of 3 runs after one warm-up.
    read -r wall cpu rss < <(farm-bench -n 3 --warmup 1 --timeout 1200 -- \
        "$ACCORD" build --content "$WORK/c-$size" --output "$WORK/out" --quiet 2>/dev/null | python3 -c '
import sys
rows = {line[:13].strip(): line.split() for line in sys.stdin if line.startswith("A ")}
print(rows["A wall s"][4], rows["A cpu s"][4], rows["A peak MiB"][4])')
  else
    read -r wall cpu rss < <(measure "$ACCORD" build --content "$WORK/c-$size" --output "$WORK/out" --quiet)
  fi
  python3 - "$bytes" "$records" "$wall" "$cpu" "$rss" <<'PY'
import sys
size, records, wall, cpu, rss = int(sys.argv[1]) / 1e6, int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"{size:8.1f} {records:10d} {wall:10.2f} {wall / size:12.2f} {cpu / size:12.2f} {rss:>10}")
PY
  rm -rf "$WORK/c-$size" "$WORK/out"
done
