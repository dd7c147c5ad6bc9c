#!/usr/bin/env bash
# Party views: what the cut and the leak check cost. Builds the joint view of the demo and of a generated
# portfolio with private sections and notes (Benchmarks/add_private.py), with and without private content,
# and times `check` (which renders every view with private content in memory). Prints medians of 3 runs (Benchmarks/measure.py).
# usage: Benchmarks/views.sh [PARTNERSHIPS] [MEETINGS]   (defaults 100 20)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100}; M=${2:-20}
swift build -c release --product accord >/dev/null
ACCORD=$PWD/.build/release/accord
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
python3 Benchmarks/gen_corpus.py "$WORK/plain" --partnerships "$N" --meetings "$M" >/dev/null
cp -r "$WORK/plain" "$WORK/private"
python3 Benchmarks/add_private.py "$WORK/private"
run() { python3 Benchmarks/measure.py -n 3 -- "$@"; }
for case in "demo:Content" "plain:$WORK/plain" "private:$WORK/private"; do
    name=${case%%:*}; content=${case#*:}
    echo "== $name: build (joint view)"
    run "$ACCORD" build --quiet --content "$content" --output "$WORK/out-$name"
    echo "== $name: check (every view)"
    run "$ACCORD" check --quiet --content "$content"
done
