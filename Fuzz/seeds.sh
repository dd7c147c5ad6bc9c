#!/usr/bin/env bash
# Writes the seed corpus of the fuzz harness into DIR (default .build-fuzz/seeds), derived from Content/:
# each file prefixed with the header byte that tells the harness what it is (0 note, 1 charter, 2 accord.yml;
# plus 3 for the deep mode that renders the site: 3 note, 4 charter, 5 accord.yml), so 116 small files.
# The corpus is generated, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build-fuzz/seeds}"
mkdir -p "$out"
seed() {  # seed HEADER FILE NAME: the quick and the deep variant
    { printf "\\x0$1"; cat "$2"; } > "$out/quick-$3"
    { printf "\\x0$(($1 + 3))"; cat "$2"; } > "$out/deep-$3"
}
seed 2 Content/accord.yml settings-accord.yml
for charter in Content/partnerships/*/charter.md; do
    slug=$(basename "$(dirname "$charter")")
    seed 1 "$charter" "charter-$slug.md"
done
for note in Content/partnerships/*/meetings/*.md; do
    slug=$(basename "$(dirname "$(dirname "$note")")")
    seed 0 "$note" "note-$slug-$(basename "$note")"
done
echo "$(ls "$out" | wc -l) seeds in $out"
