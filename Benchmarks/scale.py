#!/usr/bin/env python3
"""The scale goal of issue 10: a full `accord build` of 100,000 notes against one of 10,500.

usage: Benchmarks/scale.py ACCORD [--rounds N] [--small P] [--large P] [--meetings M] [--work DIR]

Generates both portfolios with the project's own generator (Benchmarks/gen_corpus.py; default 500 and 5,000
partnerships of 20 meetings: 10,500 and 105,000 notes) and then, round after round, builds each into a fresh
output folder (the old one and the build cache beside it moved aside before the clock starts and deleted after the
last round; `--delete-before` deletes them right before each run instead, see bench.Trash), the small one first. Prints
the medians of wall, CPU and peak RSS (Benchmarks/measure.py's accounting), the ratio of the two walls (goal
<= 11) and the large build's peak (goal <= 500 MB). It asserts nothing.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import Trash  # noqa: E402
from measure import run  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("accord")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=5000)
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--work", help="folder for the corpora and outputs (default: a new temporary one)")
    parser.add_argument("--delete-before", action="store_true",
                        help="delete each old output right before its run (see bench.Trash)")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="accord-scale.")
    here = os.path.dirname(os.path.abspath(__file__))
    sizes = {"small": args.small, "large": args.large}
    for name, partnerships in sizes.items():
        corpus = os.path.join(work, name)
        if not os.path.isdir(corpus):
            subprocess.run([sys.executable, os.path.join(here, "gen_corpus.py"), "--partnerships", str(partnerships),
                            "--meetings", str(args.meetings), corpus], check=True, stdout=subprocess.DEVNULL)
    figures = {name: [] for name in sizes}
    trash = Trash(work, args.delete_before)
    print(f"outputs: {trash.protocol}")
    try:
        for _ in range(args.rounds):
            for name in sizes:
                out = os.path.join(work, name + "-out")
                trash.fresh(out)
                wall, cpu, peak, status = run([args.accord, "build", "--content", os.path.join(work, name),
                                               "--output", out, "--quiet"])
                if status != 0:
                    print(f"accord build of the {name} portfolio exited {status}", file=sys.stderr)
                    sys.exit(1)
                figures[name].append((wall, cpu, peak))
    finally:
        trash.empty()
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    medians = {}
    for name, partnerships in sizes.items():
        wall, cpu, peak = (statistics.median(v[i] for v in figures[name]) for i in range(3))
        walls = [v[0] for v in figures[name]]
        medians[name] = (wall, peak)
        notes = partnerships * (args.meetings + 1)
        print(f"  {notes:>7,} notes  wall {wall:6.2f} s (range {min(walls):.2f}-{max(walls):.2f}), "
              f"cpu {cpu:6.2f} s, peak {peak:6.0f} MB")
    print("goals:")
    print(f"  large / small wall    {medians['large'][0] / medians['small'][0]:6.2f}  (goal <= 11)")
    print(f"  large build peak      {medians['large'][1]:6.0f} MB (goal <= 500 MB)")


if __name__ == "__main__":
    main()
