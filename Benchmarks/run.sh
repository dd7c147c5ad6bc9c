#!/usr/bin/env bash
# Speed and memory of accord on the synthetic portfolio against its yardsticks, the commands alternating
# round by round (Benchmarks/bench.py): full build, check, one-note rebuild, serve round trip, the cmark CLI
# run once over all files and Hugo when installed, then the ratios of docs/performance.md. Asserts nothing.
#
# usage: Benchmarks/run.sh [PARTNERSHIPS] [MEETINGS] [ROUNDS]    (default 500 20 5: 10,500 notes)
# needs: swift, python3, cmark (Debian package `cmark`); hugo (Debian package `hugo`) is optional.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product accord >/dev/null
ACCORD=$(swift build -c release --show-bin-path)/accord
command -v cmark >/dev/null || { echo "run.sh: the yardstick needs the cmark CLI (apt-get install cmark)" >&2; exit 2; }
exec python3 Benchmarks/bench.py "$ACCORD" --partnerships "${1:-500}" --meetings "${2:-20}" --rounds "${3:-5}"
