#!/usr/bin/env python3
"""Times accord against its yardsticks on one synthetic portfolio, the commands alternating round by round.

usage: Benchmarks/bench.py ACCORD [--partnerships N] [--meetings M] [--rounds R] [--work DIR]
       (defaults 500, 20, 5: 10,500 notes; run through Benchmarks/run.sh, which builds ACCORD)

In each round, in turn: a full `accord build` into a fresh output folder, `accord check`, a one-note
rebuild (one note edited, `accord build` over the previous output) and another (the same note edited
again: this one has the spare site to bring up to date), a `serve` round trip (a note
edited, until the served page shows the edit), the cmark CLI run once over all files
(`xargs -0 -n 2000 cmark`, writing a fresh output file) and Hugo on the same files (when installed,
fresh output folder). Every tool's previous output is moved aside before the clock starts and deleted after the last
round (`--delete-before`: deleted right before each run; see `Trash`); serve watches a copy of the corpus, so the
build rounds' edits do not make it rebuild while the others are timed.
Figures are medians over the rounds (wall and CPU seconds; peak RSS of the process tree's largest
process), then the ratios the performance goals name. Nothing is asserted.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402  (Benchmarks/measure.py)


def run(argv, stdin=None, stdout=None):
    """Runs argv to its end; returns wall seconds, CPU seconds and peak RSS in MB (its own accounting)."""
    wall, cpu, peak, code = measure.run(argv, stdin=stdin, stdout=stdout)
    if code not in (0, 1):
        sys.exit(f"bench: {' '.join(argv)} exited {code}")
    return wall, cpu, peak


def beside(path):
    """An output folder and what Accord keeps beside it (the build cache's two files, the spare site)."""
    head, tail = os.path.split(path.rstrip("/"))
    return [path] + [os.path.join(head, "." + tail + suffix)
                     for suffix in (".accord-cache", ".accord-cachedata", ".accord-spare")]


def fresh(path):
    """Removes an output folder and, for Accord's, the build cache and the spare site beside it: the next build
    is a full one into a fresh folder."""
    for entry in beside(path):
        if os.path.isdir(entry) and not os.path.islink(entry):
            shutil.rmtree(entry, ignore_errors=True)
        elif os.path.lexists(entry):
            os.remove(entry)


class Trash:
    """Old outputs moved out of the way (a rename each) and deleted only when the benchmark ends.

    Deleting 100,000 files just before a build slows the build down on a file system without a journal: ext4
    then skips every inode freed in the last five minutes whose inode table block is dirty when it allocates
    one (`recently_deleted`), which cost a 105,000-note build 25 s of wall and 45-60 s of system time here.
    That is the benchmark's own clean-up, not the build's work. So the trash is emptied after the last run, the
    time is noted (in the temporary folder: one stamp for every work folder), and a benchmark started within
    `QUIET_SECONDS` of it (or finding trash a killed run left) waits out the rest before its first run. With
    `delete_before`, outputs are deleted right before each run as before, to compare."""

    QUIET_SECONDS = 300

    def __init__(self, work, delete_before=False):
        self.folder = os.path.join(work, "trash")
        # One stamp for every work folder: a deletion slows the next run on the same file system, whichever it was.
        self.stamp = os.path.join(tempfile.gettempdir(), "accord-benchmarks-trash-emptied-at")
        self.delete_before = delete_before
        self.count = 0
        if os.path.isdir(self.folder) and os.listdir(self.folder):
            self.empty()
        os.makedirs(self.folder, exist_ok=True)
        if not delete_before:
            self.settle()

    def settle(self):
        """Waits until QUIET_SECONDS have passed since the trash was last emptied."""
        try:
            with open(self.stamp, encoding="utf-8") as handle:
                emptied = float(handle.read())
        except (OSError, ValueError):
            return
        wait = emptied + self.QUIET_SECONDS - time.time()
        if wait > 0:
            print(f"waiting {wait:.0f} s: outputs were deleted {self.QUIET_SECONDS - wait:.0f} s ago "
                  "(see Trash in bench.py)", flush=True)
            os.sync()
            time.sleep(wait)

    def fresh(self, path):
        """Makes room for a fresh output folder at path (and no build cache beside it)."""
        if self.delete_before:
            fresh(path)
            return
        for entry in beside(path):
            if os.path.lexists(entry):
                self.count += 1
                os.rename(entry, os.path.join(self.folder, str(self.count)))

    def empty(self):
        shutil.rmtree(self.folder, ignore_errors=True)
        with open(self.stamp, "w", encoding="utf-8") as handle:
            handle.write(f"{time.time():.0f}\n")

    @property
    def protocol(self):
        return ("old outputs deleted right before each run" if self.delete_before
                else "old outputs moved aside and deleted after the last run")


def edit(note, round_number):
    with open(note, "a", encoding="utf-8") as handle:
        handle.write(f"\nBenchmark edit {round_number}.\n")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("accord")
    parser.add_argument("--partnerships", type=int, default=500)
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work")
    parser.add_argument("--delete-before", action="store_true",
                        help="delete each old output right before its run (see Trash)")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="accord-bench.")
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.join(work, "corpus")
    fresh(corpus)
    subprocess.run([sys.executable, os.path.join(here, "gen_corpus.py"), corpus, "--partnerships",
                    str(args.partnerships), "--meetings", str(args.meetings)], check=True, stdout=subprocess.DEVNULL)
    notes = sorted(os.path.join(root, name) for root, _, names in os.walk(corpus) for name in names
                   if name.endswith(".md"))
    size = sum(os.path.getsize(path) for path in notes)
    print(f"corpus: {args.partnerships} partnerships x {args.meetings} meetings = {len(notes)} Markdown files, "
          f"{size / 1e6:.1f} MB; {args.rounds} rounds")
    edited = next(path for path in notes if "/meetings/" in path)
    edited_page = os.path.relpath(edited, corpus)[:-3] + ".html"
    file_list = os.path.join(work, "files.nul")
    with open(file_list, "wb") as handle:
        handle.write(b"\0".join(path.encode() for path in notes) + b"\0")

    hugo = shutil.which("hugo")
    if hugo:
        site = os.path.join(work, "hugo")
        fresh(site)
        os.makedirs(os.path.join(site, "layouts", "_default"))
        with open(os.path.join(site, "hugo.toml"), "w") as handle:
            handle.write(f'baseURL = "http://localhost/"\ncontentDir = "{corpus}/partnerships"\n'
                         'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
        with open(os.path.join(site, "layouts", "_default", "single.html"), "w") as handle:
            handle.write("<!DOCTYPE html><title>{{ .Title }}</title>{{ .Content }}")
        with open(os.path.join(site, "layouts", "_default", "list.html"), "w") as handle:
            handle.write('<!DOCTYPE html><title>{{ .Title }}</title>'
                         '{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}')

    # serve watches its own copy, so that the edits of the build rounds do not make it rebuild meanwhile.
    serve_corpus = os.path.join(work, "serve-corpus")
    fresh(serve_corpus)
    shutil.copytree(corpus, serve_corpus)
    serve_note = os.path.join(serve_corpus, os.path.relpath(edited, corpus))
    port = free_port()
    serve_out = os.path.join(work, "serve-out")
    fresh(serve_out)
    server = subprocess.Popen([args.accord, "serve", "--content", serve_corpus, "--output", serve_out, "--port", str(port),
                               "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/{edited_page}"
    deadline = time.monotonic() + 300
    while not fetch(url) and time.monotonic() < deadline:
        time.sleep(0.2)

    figures = {}

    def record(name, value):
        figures.setdefault(name, []).append(value)

    out = os.path.join(work, "out")
    trash = Trash(work, args.delete_before)
    print(f"outputs: {trash.protocol}")
    try:
        for number in range(args.rounds):
            trash.fresh(out)
            record("accord build (fresh output)", run([args.accord, "build", "--content", corpus, "--output", out,
                                                      "--quiet"]))
            record("accord check", run([args.accord, "check", "--content", corpus, "--quiet"]))
            edit(edited, f"b{number}")
            record("accord build, one note edited", run([args.accord, "build", "--content", corpus, "--output", out,
                                                        "--quiet"]))
            # Edited again: this rebuild has the spare site (the one before the previous) to bring up to date.
            edit(edited, f"c{number}")
            record("  the same, edited again", run([args.accord, "build", "--content", corpus, "--output", out,
                                                    "--quiet"]))
            marker = f"Benchmark edit s{number}."
            edit(serve_note, f"s{number}")
            start = time.monotonic()
            while marker not in fetch(url) and time.monotonic() - start < 120:
                time.sleep(0.01)
            record("serve round trip (edit to page)", (time.monotonic() - start, 0.0, 0.0))
            cmark_out = os.path.join(work, "cmark-out")
            trash.fresh(cmark_out)
            os.makedirs(cmark_out)
            with open(file_list, "rb") as names, open(os.path.join(cmark_out, "all.html"), "wb") as html:
                record("cmark, once over all files", run(["xargs", "-0", "-n", "2000", "cmark"], stdin=names,
                                                         stdout=html))
            if hugo:
                hugo_out = os.path.join(work, "hugo-out")
                trash.fresh(hugo_out)
                record("hugo (fresh output)", run([hugo, "--source", site, "--destination", hugo_out, "--quiet"]))
    finally:
        server.terminate()
        server.wait()
        trash.empty()

    medians = {}
    for name, values in figures.items():
        wall, cpu, peak = (statistics.median(column) for column in zip(*values))
        medians[name] = wall
        spread = f"{min(v[0] for v in values):.2f}-{max(v[0] for v in values):.2f}"
        memory = f", cpu {cpu:6.2f} s, peak {peak:5.0f} MB" if peak else ""
        print(f"  {name:34} wall {wall:6.2f} s (range {spread}){memory}")
    build = medians["accord build (fresh output)"]
    cmark = medians["cmark, once over all files"]
    rebuild = medians["accord build, one note edited"]
    peak = statistics.median(v[2] for v in figures["accord build (fresh output)"])
    print("goals:")
    print(f"  full build / cmark once      {build / cmark:6.2f}  (goal <= 2)")
    if hugo:
        print(f"  hugo / full build            {medians['hugo (fresh output)'] / build:6.2f}  (goal >= 9)")
    again = medians["  the same, edited again"]
    print(f"  one-note rebuild / full      {rebuild / build:6.2f}  (goal <= 0.10; the first after a full build)")
    print(f"  the same, edited again       {again / build:6.2f}  (goal <= 0.10; with the spare site)")
    print(f"  serve round trip             {medians['serve round trip (edit to page)']:6.2f} s (goal < 0.5 s)")
    print(f"  full build peak memory       {peak:6.0f} MB (goal <= 250 MB at 10,500 notes)")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
