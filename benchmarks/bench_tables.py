"""Benchmark the seating of a session: 120 attendees at 12 tables over 2
rounds, by CP-SAT budget.

Run: ``python benchmarks/bench_tables.py [--budgets 5 10] [--cards]``. Prints a
Markdown table (results go in ``benchmarks/README.md``, section
``## Seating``): for each budget (CP-SAT's deterministic seconds), the
wall-clock seconds, the score, the bound and the counts the score is made
of. The room: three sectors and three levels drawn at random (seed 1), 300
ties among the attendees, the first 12 marked brokers. ``--cards`` also
times printing the seating of the last budget as table cards
(``tables -o seating.pdf``: the plan and 24 cards, in headless Chromium).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from stakegraph.analysis.seating import Attendee, Seating, seat

SECTORS = ["public", "private", "civil_society"]
LEVELS = ["local", "regional", "national"]


def room(n: int = 120, ties: int = 300, brokers: int = 12, seed: int = 1):
    rng = random.Random(seed)
    people = [Attendee(f"p{i}", f"Organisation {i}", rng.choice(SECTORS), rng.choice(LEVELS),
                       broker=i < brokers) for i in range(n)]
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < ties:
        a, b = sorted(rng.sample(range(n), 2))
        pairs.add((f"p{a}", f"p{b}"))
    return people, sorted(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budgets", type=float, nargs="+", default=[5.0, 10.0])
    parser.add_argument("--cards", action="store_true", help="also time printing the table cards")
    args = parser.parse_args()
    budgets = args.budgets
    people, ties = room()
    print("| budget | wall (s) | CPU (s) | score | bound | status | sectors | levels | crowding "
          "| tied together | repeats |")
    print("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|")
    for budget in budgets:
        start, cpu = time.perf_counter(), time.process_time()
        found = seat(people, 12, 2, ties=ties, time_limit=budget)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        c = found.counts
        print(f"| {budget:g} | {wall:.1f} | {cpu:.1f} | {found.score} | {found.bound} | {found.status} | "
              f"{c['sectors']} | {c['levels']} | {c['crowding']} | {c['tied_together']} | {c['repeats']} |")
    if args.cards:
        cards(found, {p.id: p for p in people})


def cards(found: Seating, people: dict[str, Attendee]) -> None:
    import pypdf

    from stakegraph.render.report.tables import write_cards_pdf

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "seating.pdf"
        start, cpu = time.perf_counter(), time.process_time()
        write_cards_pdf(found, people, path)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        pages = len(pypdf.PdfReader(path).pages)
        print(f"\ntable cards: {pages} pages, {path.stat().st_size / 1e3:.0f} kB, {wall:.1f} s wall-clock "
              f"({cpu:.1f} s CPU in Python; Chromium's own time is in the wall-clock)")


if __name__ == "__main__":
    main()
