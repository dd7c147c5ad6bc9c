#!/usr/bin/env python3
"""Runs a command N times and prints the medians of its wall and CPU seconds and of its peak RSS.

usage: Benchmarks/measure.py [-n N] -- COMMAND [ARG ...]      (default 3 runs)

Whole-process figures from the operating system's own accounting of the finished child (os.wait4):
wall from start to exit, CPU as user + system, peak as the largest resident set of the process and the
children it waited for. Prints one line, `wall CPU PEAK_MB` then a readable form; asserts nothing.
"""
import argparse
import os
import statistics
import subprocess
import time


def run(argv, stdin=None, stdout=None):
    """One run of argv: wall seconds, CPU seconds, peak RSS in MB, exit status."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdin=stdin or subprocess.DEVNULL, stdout=stdout or subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=3)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    runs = [run(command) for _ in range(args.n)]
    wall, cpu, peak = (statistics.median(column) for column in list(zip(*runs))[:3])
    codes = sorted({code for *_, code in runs})
    print(f"{wall:.2f} {cpu:.2f} {peak:.0f}  (median of {args.n}: wall {wall:.2f} s, cpu {cpu:.2f} s, "
          f"peak {peak:.0f} MB; exit {', '.join(map(str, codes))})")


if __name__ == "__main__":
    main()
