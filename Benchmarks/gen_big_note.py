#!/usr/bin/env python3
"""Writes a content folder with one partnership whose single meeting note holds about MB megabytes of
actions, issues and decisions (a third of the bytes each). Deterministic; Python 3 standard library only.

usage: Benchmarks/gen_big_note.py OUT --megabytes MB

Used by Benchmarks/linearity.sh to show that the time per MB stays flat as one note grows.
"""
import argparse
import datetime
import os

CHARTER = """---
title: Big note partnership
status: active
parties:
  - id: client
    name: Client Corp
    role: client
    lead: Jane Smith
    people: [Jane Smith, Tom Lee]
  - id: supplier
    name: Supplier Ltd
    role: supplier
    lead: Raj Patel
    people: [Raj Patel, Mia Chen]
signed: {client: 2026-01-10, supplier: 2026-01-12}
review: 2027-01-15
cadence: monthly
goals:
  - id: G1
    title: Cut the resolution time
    owner: supplier
    priority: {client: 5, supplier: 4}
    kpi: {name: Resolution time, unit: h, baseline: 30, target: 12}
    due: 2026-12-31
---

# Big note partnership

## Shared vision

One service desk.

## Value for each party

- client: lower cost per ticket
- supplier: a reference customer
"""

OWNERS = ["Jane Smith", "Tom Lee", "Raj Patel", "Mia Chen", "@client", "@supplier"]
WORDS = ["migrate", "the", "portal", "runbook", "review", "backlog", "with", "training", "for", "the", "pilot",
         "team", "and", "report", "on", "capacity"]


def sentence(number, length):
    return " ".join(WORDS[(number * 7 + index * 3) % len(WORDS)] for index in range(length)) + f" {number}"


def note(megabytes):
    target = int(megabytes * 1_000_000)
    third = target // 3
    start = datetime.date(2026, 3, 1)
    head = "---\ndate: 2026-03-12\ntitle: The long meeting\nattendees: [Jane Smith, Raj Patel]\n---\n\n"
    parts = [head, "# The long meeting\n\n## Actions\n\n"]
    size = sum(len(part) for part in parts)
    number = 0
    while size < third:
        due = start + datetime.timedelta(days=number % 300)
        if number % 3 == 0:
            line = f"- [x] {OWNERS[number % len(OWNERS)]}: {sentence(number, 8)} (due {due}, done {due})\n"
        else:
            line = f"- [ ] {OWNERS[number % len(OWNERS)]}: {sentence(number, 8)} (due {due})\n"
        parts.append(line)
        size += len(line)
        number += 1
    parts.append("\n## Issues\n\n")
    while size < 2 * third:
        raised = start + datetime.timedelta(days=number % 200)
        tick = "x" if number % 4 == 0 else " "
        closing = f", resolved {raised + datetime.timedelta(days=5)}" if tick == "x" else ""
        line = f"- [{tick}] {sentence(number, 9)} (raised {raised}{closing})\n"
        parts.append(line)
        size += len(line)
        number += 1
    parts.append("\n## Decisions\n\n")
    while size < target:
        line = f"- {sentence(number, 10)} (agreed: client, supplier)\n"
        parts.append(line)
        size += len(line)
        number += 1
    return "".join(parts)


def main():
    parser = argparse.ArgumentParser(description="Write a content folder with one very large meeting note.")
    parser.add_argument("out", help="the content folder to write (created if needed)")
    parser.add_argument("--megabytes", type=float, required=True, help="size of the note in MB (10^6 bytes)")
    arguments = parser.parse_args()
    folder = os.path.join(arguments.out, "partnerships", "big-note")
    os.makedirs(os.path.join(folder, "meetings"), exist_ok=True)
    with open(os.path.join(arguments.out, "accord.yml"), "w", encoding="utf-8") as out:
        out.write("title: Big note\nas_of: 2026-11-23\n")
    with open(os.path.join(folder, "charter.md"), "w", encoding="utf-8") as out:
        out.write(CHARTER)
    with open(os.path.join(folder, "meetings", "2026-03-12-long.md"), "w", encoding="utf-8") as out:
        out.write(note(arguments.megabytes))


if __name__ == "__main__":
    main()
