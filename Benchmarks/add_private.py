#!/usr/bin/env python3
"""Adds private content to a folder written by gen_corpus.py, for the party-views benchmark.

usage: Benchmarks/add_private.py CONTENT [--every N] [--notes M]

Every Nth meeting note (default 5) gains an H2 section private to the partnership's first party, with a
paragraph and a task action; every Mth note (default 20) becomes private to that party. Deterministic.
"""
import argparse
import os
import re


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("content")
    parser.add_argument("--every", type=int, default=5)
    parser.add_argument("--notes", type=int, default=20)
    args = parser.parse_args()
    root = os.path.join(args.content, "partnerships")
    sections = notes = 0
    for slug in sorted(os.listdir(root)):
        with open(os.path.join(root, slug, "charter.md"), encoding="utf-8") as handle:
            party = re.search(r"- id: ([a-z0-9-]+)", handle.read()).group(1)
        folder = os.path.join(root, slug, "meetings")
        files = sorted(name for name in os.listdir(folder) if name.endswith(".md"))
        for index, name in enumerate(files):
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            if index % args.notes == args.notes - 1:
                text = text.replace("---\n", "---\nvisibility: %s\n" % party, 1)
                notes += 1
            elif index % args.every == 0:
                text += ("\n## Negotiation position (private: %s)\n\n"
                         "Our walk-away point for %s note %d stays below the current rate card.\n\n"
                         "## Actions (private: %s)\n\n"
                         "- [ ] @%s: prepare the fallback offer for %s round %d (due 2026-12-20)\n"
                         % (party, slug, index, party, party, slug, index))
                sections += 1
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
    print("added %d private sections and %d private notes" % (sections, notes))


if __name__ == "__main__":
    main()
