#!/usr/bin/env bash
# Cost of the git features (docs/ci.md) on the synthetic portfolio committed to a temporary repository:
# `accord build` without and with `git: true` (one `git log --follow` per charter), and `accord diff HEAD~1`
# after a commit that changes every tenth partnership's latest note. Prints medians of 5 runs (Benchmarks/measure.py); asserts nothing.
#
# usage: Benchmarks/git-features.sh [PARTNERSHIPS] [MEETINGS]     (default 100 10)
# needs: swift, python3, git.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PARTNERSHIPS=${1:-100}
MEETINGS=${2:-10}
WORK=$(mktemp -d /tmp/accord-git-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

swift build -c release --product accord >/dev/null
ACCORD=$(swift build -c release --show-bin-path)/accord

python3 Benchmarks/gen_corpus.py "$WORK/repo/Content" --partnerships "$PARTNERSHIPS" --meetings "$MEETINGS" >/dev/null
export HOME="$WORK" GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=Bench \
  GIT_COMMITTER_EMAIL=bench@example.com GIT_AUTHOR_DATE=2026-05-01T00:00:00Z GIT_COMMITTER_DATE=2026-05-01T00:00:00Z
cd "$WORK/repo"
git init -q -b main && git add -A && git -c commit.gpgsign=false commit -qm "Portfolio"
# A second commit: every tenth partnership's latest note gets one more ticked action.
i=0
for folder in Content/partnerships/*/; do
  if [ $((i % 10)) -eq 0 ]; then
    note=$(ls "$folder"meetings/*.md | tail -1)
    printf -- '- [x] Bench: one more thing (due 2026-01-02, done 2026-01-02)\n' >> "$note"
  fi
  i=$((i + 1))
done
git -c commit.gpgsign=false commit -qam "More actions"

echo "== $PARTNERSHIPS partnerships, $MEETINGS notes each =="
echo "-- accord build (no git)"
python3 "$ROOT/Benchmarks/measure.py" -n 5 -- "$ACCORD" build --content Content --output "$WORK/out-a" --quiet
printf 'git: true\n' >> Content/accord.yml
echo "-- accord build, git: true"
python3 "$ROOT/Benchmarks/measure.py" -n 5 -- "$ACCORD" build --content Content --output "$WORK/out-b" --quiet
git checkout -q -- Content/accord.yml
echo "-- accord diff HEAD~1 (work tree)"
python3 "$ROOT/Benchmarks/measure.py" -n 5 -- "$ACCORD" diff HEAD~1 --content Content
