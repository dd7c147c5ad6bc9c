#!/usr/bin/env bash
# Speed and memory of a full `accord build` on the synthetic portfolio, against the cmark CLI and Hugo
# on the same Markdown files, plus a linearity check. Prints figures; asserts nothing.
#
# usage: Benchmarks/run.sh [PARTNERSHIPS] [MEETINGS]     (default 500 20: 10,500 notes)
# needs: swift, python3, cmark (Debian package `cmark`); hugo (Debian package `hugo`) is optional.
set -euo pipefail
cd "$(dirname "$0")/.."
P=${1:-500}
M=${2:-20}
GEN=Benchmarks/gen_corpus.py
WORK=$(mktemp -d /tmp/accord-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

swift build -c release >/dev/null
ACCORD=$(swift build -c release --show-bin-path)/accord

seconds() { python3 -c 'import sys,time; print(f"{float(sys.argv[1]):.2f}")' "$1"; }
# Runs a command 3 times; prints the best wall time in seconds and the peak RSS in MB of that run.
measure() {
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>&1 || true
    read -r t m < "$WORK/time.txt"
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$t" "$best"; then
      best=$t; rss=$((m / 1024))
    fi
  done
  echo "$best $rss"
}

python3 "$GEN" "$WORK/corpus" --partnerships "$P" --meetings "$M" >/dev/null
NOTES=$(find "$WORK/corpus" -name '*.md' | wc -l)
BYTES=$(find "$WORK/corpus" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $P partnerships x $M meetings = $NOTES Markdown files, $((BYTES / 1000000)) MB"

read -r T_ACCORD RSS_ACCORD < <(measure bash -c "rm -rf '$WORK/out' && '$ACCORD' build --content '$WORK/corpus' --output '$WORK/out' --quiet")
echo "accord build:            ${T_ACCORD} s, peak ${RSS_ACCORD} MB"
read -r T_CHECK RSS_CHECK < <(measure "$ACCORD" check --content "$WORK/corpus" --quiet)
echo "accord check:            ${T_CHECK} s, peak ${RSS_CHECK} MB"

if command -v cmark >/dev/null; then
  find "$WORK/corpus" -name '*.md' | sort > "$WORK/files.txt"
  # One cmark process per file, writing each page (folders made beforehand, so only cmark is timed).
  (cd "$WORK/corpus" && find . -type d) | while read -r d; do mkdir -p "$WORK/cmark-out/$d"; done
  cat > "$WORK/cmark-each.sh" <<SH
cd "$WORK/corpus" && find . -name '*.md' | sort | while read -r f; do cmark --smart "\$f" > "$WORK/cmark-out/\${f%.md}.html"; done
SH
  read -r T_CMARK _ < <(measure bash "$WORK/cmark-each.sh")
  read -r T_CMARK_ONE _ < <(measure bash -c "xargs cmark --smart < '$WORK/files.txt' > /dev/null")
  echo "cmark, one file each:    ${T_CMARK} s (accord/cmark = $(python3 -c "print(f'{$T_ACCORD/$T_CMARK:.2f}')"), goal <= 2)"
  echo "cmark, all in one run:   ${T_CMARK_ONE} s (Markdown parsing alone, no site)"
else
  echo "cmark: not installed (apt-get install cmark)"
fi

if command -v hugo >/dev/null; then
  mkdir -p "$WORK/hugo/layouts/_default"
  printf 'baseURL = "http://localhost/"\ncontentDir = "%s"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n' "$WORK/corpus/partnerships" > "$WORK/hugo/hugo.toml"
  echo '<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}' > "$WORK/hugo/layouts/_default/single.html"
  echo '<!DOCTYPE html><title>{{ .Title }}</title>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}' > "$WORK/hugo/layouts/_default/list.html"
  read -r T_HUGO RSS_HUGO < <(measure hugo --source "$WORK/hugo" --destination "$WORK/hugo-out" --quiet)
  echo "hugo:                    ${T_HUGO} s, peak ${RSS_HUGO} MB (hugo/accord = $(python3 -c "print(f'{$T_HUGO/$T_ACCORD:.2f}')"), goal >= 9)"
else
  echo "hugo: not installed (apt-get install hugo)"
fi

echo "linearity (accord build, ms per note):"
for fraction in 4 2 1; do
  p=$((P / fraction))
  python3 "$GEN" "$WORK/lin-$p" --partnerships "$p" --meetings "$M" >/dev/null
  n=$(find "$WORK/lin-$p" -name '*.md' | wc -l)
  read -r t r < <(measure bash -c "rm -rf '$WORK/lin-out' && '$ACCORD' build --content '$WORK/lin-$p' --output '$WORK/lin-out' --quiet")
  echo "  $p partnerships, $n notes: ${t} s, peak ${r} MB, $(python3 -c "print(f'{1000*$t/$n:.3f}')") ms/note"
done
