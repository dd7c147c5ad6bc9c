#!/usr/bin/env bash
# Idle cost of `accord serve`: CPU time (user + system, from /proc/PID/stat) of a server that watches the
# demo content and serves it while nothing changes and nobody asks. Prints the figure; asserts nothing.
#
# usage: Benchmarks/serve-idle.sh [SECONDS] [ACCORD]     (default 30 s; the release build)
# needs: Linux (/proc), swift.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_IDLE=${1:-30}
if [ -n "${2:-}" ]; then
  ACCORD=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
else
  swift build -c release --product accord >/dev/null
  ACCORD=$(swift build -c release --show-bin-path)/accord
fi
WORK=$(mktemp -d /tmp/accord-serve-idle.XXXXXX)
cp -R Content "$WORK/Content"
(cd "$WORK" && exec "$ACCORD" serve --port 0 --as-of 2026-11-20 2>"$WORK/serve.log") &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do grep -q "Ctrl-C to stop" "$WORK/serve.log" && break; sleep 0.1; done
grep -q "Ctrl-C to stop" "$WORK/serve.log" || { cat "$WORK/serve.log" >&2; exit 1; }
sleep 2  # let the first poll of the watcher pass
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
before=$(ticks)
sleep "$SECONDS_IDLE"
after=$(ticks)
python3 - "$before" "$after" "$(getconf CLK_TCK)" "$SECONDS_IDLE" "$(find "$WORK/Content" | wc -l)" <<'PY'
import sys
before, after, hz, seconds, entries = (float(v) for v in sys.argv[1:])
cpu = (after - before) / hz
print(f"accord serve idle: {cpu * 1000:.0f} ms CPU in {seconds:.0f} s = {cpu / seconds * 100:.2f} % of a core "
      f"(polling {entries:.0f} files and folders every 0.5 s)")
PY
