#!/usr/bin/env python3
"""Writes a synthetic Accord content folder: N partnerships, each with a charter and M meeting notes.

The same seed always gives the same files (Python 3 standard library only). The benchmark
(Benchmarks/run.sh) and the end-to-end tests use it, so nothing outside the repository is needed.

usage: Benchmarks/gen_corpus.py OUT [--partnerships N] [--meetings M] [--seed S]
       (defaults 50, 20, 7; 500 x 20 gives 10,500 Markdown files)

Every partnership has a client and a supplier of three people each (no name in both parties),
2 to 6 goals with a KPI, and notes a month or so apart with decisions, task actions owned by an
attendee, issues, wins, a discussion, a quote and a code block. The portfolio checks with no
diagnostic at its report date (as_of 2026-11-23).
"""
import argparse
import datetime
import os
import random

GIVEN_NAMES = ["Jane", "Tom", "Raj", "Mia", "Ola", "Ana", "Li", "Sam", "Eva", "Noor", "Kofi", "Lena", "Ivan",
               "Zoe", "Omar", "Ines"]
FAMILY_NAMES = ["Smith", "Lee", "Patel", "Chen", "Berg", "Costa", "Wang", "Okafor", "Novak", "Haddad", "Silva",
                "Kim"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "stark", "wayne", "hooli", "vandelay", "soylent", "tyrell",
             "cyberdyne", "aperture"]
VOCABULARY = ["shared", "backlog", "runbook", "portal", "adoption", "budget", "escalation", "governance", "vendor",
              "client", "supplier", "onboarding", "migration", "training", "workshop", "pilot", "roadmap",
              "incident", "review", "capacity", "forecast", "contract", "renewal", "innovation", "trust"]
CHARTER_SECTIONS = ["Shared vision", "Value for each party", "Governance", "Intellectual property",
                    "Resources and skills", "Issue resolution", "Exit and renewal"]
HEALTH_DIMENSIONS = ["trust", "communication", "focus", "team", "innovation"]
REPORT_DATE = "2026-11-23"


class Writer:
    """Draws words, names and dates from one seeded random source."""

    def __init__(self, seed):
        self.random = random.Random(seed)

    def words(self, count):
        chosen = [self.random.choice(VOCABULARY) for _ in range(count)]
        return " ".join([chosen[0].capitalize()] + chosen[1:]) + "."

    def paragraph(self, sentences):
        return " ".join(self.words(self.random.randint(8, 16)) for _ in range(sentences))

    def people(self, count):
        names = []
        while len(names) < count:
            name = self.random.choice(GIVEN_NAMES) + " " + self.random.choice(FAMILY_NAMES)
            if name not in names:
                names.append(name)
        return names


def charter_text(w, number, client, supplier, goals, start):
    lines = ["---", f"title: Partnership {number}", "status: active", "parties:"]
    for party, people in (("client", client), ("supplier", supplier)):
        lines += [f"  - id: {party}", f"    name: {party.capitalize()} {number}", f"    role: {party}",
                  f"    lead: {people[0]}", f"    people: [{', '.join(people)}]"]
    lines += [f"signed: {{client: {start}, supplier: {start + datetime.timedelta(days=3)}}}",
              f"review: {start + datetime.timedelta(days=540)}", "cadence: monthly", "goals:"]
    for goal_id, baseline, target in goals:
        due = start + datetime.timedelta(days=w.random.randint(200, 700))
        lines += [f"  - id: {goal_id}", f"    title: {w.words(5)}",
                  f"    owner: {w.random.choice(['client', 'supplier'])}",
                  f"    priority: {{client: {w.random.randint(1, 5)}, supplier: {w.random.randint(1, 5)}}}",
                  f"    kpi: {{name: KPI {goal_id}, unit: '%', baseline: {baseline}, target: {target}}}",
                  f"    due: {due}"]
    lines += ["---", "", f"# Partnership {number}", ""]
    for section in CHARTER_SECTIONS:
        if w.random.random() >= 0.9:
            continue
        lines += [f"## {section}", "", w.paragraph(4), ""]
        if section == "Value for each party":
            lines += [f"- client: {w.words(6)}", f"- supplier: {w.words(6)}", ""]
    return "\n".join(lines) + "\n"


def note_text(w, number, day, client, supplier, goals):
    attendees = w.random.sample(client, w.random.randint(1, 3)) + w.random.sample(supplier, w.random.randint(1, 3))
    lines = ["---", f"date: {day}", f"title: Meeting {number}", "kind: steering", f"chair: {attendees[0]}",
             f"attendees: [{', '.join(attendees)}]"]
    if w.random.random() < 0.5:
        lines.append("health:")
        for party in ("client", "supplier"):
            scores = ", ".join(f"{name}: {w.random.randint(1, 5)}" for name in HEALTH_DIMENSIONS)
            lines.append(f"  {party}: {{{scores}}}")
    readings = [f"{goal_id}: {w.random.randint(min(b, t), max(b, t))}" for goal_id, b, t in goals
                if w.random.random() < 0.6]
    if readings:
        lines.append(f"kpis: {{{', '.join(readings)}}}")
    lines += ["---", "", f"# Meeting {number}", "", w.paragraph(3), "", "## Decisions", ""]
    lines += [f"- {w.words(8)}" for _ in range(w.random.randint(0, 3))]
    lines += ["", "## Actions", ""]
    for _ in range(w.random.randint(1, 5)):
        due = day + datetime.timedelta(days=w.random.randint(7, 30))
        owner = w.random.choice(attendees)
        if w.random.random() < 0.6:
            done = due + datetime.timedelta(days=w.random.randint(-5, 5))
            lines.append(f"- [x] {owner}: {w.words(7)} (due {due}, done {done})")
        else:
            lines.append(f"- [ ] {owner}: {w.words(7)} (due {due})")
    lines += ["", "## Issues", ""]
    lines += [f"- [{'x' if w.random.random() < 0.5 else ' '}] {w.words(8)}" for _ in range(w.random.randint(0, 2))]
    lines += ["", "## Wins", ""]
    lines += [f"- {w.words(9)}" for _ in range(w.random.randint(0, 2))]
    lines += ["", "## Discussion", "", w.paragraph(6), "", w.paragraph(5), "", f"> {w.words(10)}", "",
              "```", w.words(6), "```"]
    return "\n".join(lines) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


def generate(out, partnerships, meetings, seed):
    w = Writer(seed)
    os.makedirs(os.path.join(out, "partnerships"), exist_ok=True)
    write(os.path.join(out, "accord.yml"),
          f"title: Synthetic portfolio\norganisation: Benchmark Corp\nas_of: {REPORT_DATE}\n")
    for number in range(partnerships):
        slug = f"p{number:04d}-{w.random.choice(COMPANIES)}-{w.random.choice(COMPANIES)}"
        folder = os.path.join(out, "partnerships", slug)
        os.makedirs(os.path.join(folder, "meetings"), exist_ok=True)
        people = w.people(6)
        client, supplier = people[:3], people[3:]
        goals = []
        for index in range(w.random.randint(2, 6)):
            baseline = w.random.randint(10, 100)
            goals.append((f"G{index + 1}", baseline, baseline + w.random.choice([-1, 1]) * w.random.randint(5, 40)))
        start = datetime.date(2025, 1, 1) + datetime.timedelta(days=w.random.randint(0, 200))
        write(os.path.join(folder, "charter.md"), charter_text(w, number, client, supplier, goals, start))
        day = start
        for meeting in range(meetings):
            day += datetime.timedelta(days=w.random.randint(20, 45))
            write(os.path.join(folder, "meetings", f"{day}-meeting-{meeting:03d}.md"),
                  note_text(w, meeting, day, client, supplier, goals))


def main():
    parser = argparse.ArgumentParser(description="Write a synthetic Accord content folder.")
    parser.add_argument("out", help="the content folder to write (created if needed)")
    parser.add_argument("--partnerships", type=int, default=50, help="number of partnerships (default 50)")
    parser.add_argument("--meetings", type=int, default=20, help="meeting notes per partnership (default 20)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    arguments = parser.parse_args()
    if arguments.partnerships < 0 or arguments.meetings < 0:
        parser.error("counts must not be negative")
    generate(arguments.out, arguments.partnerships, arguments.meetings, arguments.seed)


if __name__ == "__main__":
    main()
