"""Benchmark the exports and the diff: seconds to write each export format
(the measures computed once, apart) and to diff two rounds, by size.

Run: ``python benchmarks/bench_exchange.py [--sizes 200 2000 10000]``.
Prints a Markdown table (results go in ``benchmarks/README.md``, section
``## Export and diff``). The synthetic mapping is the map benchmark's (5 ties
per stakeholder, one IWG per 50); the second round drops 5 % of the
stakeholders and 10 % of the edges, renames 1 % of the stakeholders and
adds as many new ones, each with 5 ties.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_map import SECTORS, synthetic  # noqa: E402

from stakegraph.analysis.diff import diff_graphs  # noqa: E402
from stakegraph.jobs.export import export_measures  # noqa: E402
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_nodes  # noqa: E402
from stakegraph.render.export.write import write_export  # noqa: E402

FORMATS = ("graphml", "gexf", "json", "kumu.xlsx", "csv")


def second_round(G, seed: int = 2):
    """The next round of ``G``: some stakeholders and ties gone, some renamed, some new."""
    rng = random.Random(seed)
    people = stakeholder_nodes(G)
    gone = set(rng.sample(people, len(people) // 20))
    renamed = {n: f"{G.nodes[n]['name']} Onlus" for n in rng.sample(
        [p for p in people if p not in gone], max(1, len(people) // 100))}
    records = [Stakeholder(renamed.get(n, G.nodes[n]["name"]), G.nodes[n]["sector"])
               for n in people if n not in gone]
    new = [Stakeholder(f"Newcomer {i}", SECTORS[i % 3]) for i in range(len(renamed))]
    ids = {n: Stakeholder(renamed.get(n, G.nodes[n]["name"])).id for n in people}
    ties = [Tie(ids[u], ids[v], d["type"], d["weight"], d["directed"])
            for u, v, d in G.edges(data=True)
            if d["kind"] == "tie" and u not in gone and v not in gone and rng.random() > 0.1]
    kept = [r.id for r in records]
    ties += [Tie(s.id, rng.choice(kept)) for s in new for _ in range(5)]
    return build_graph(records + new, ties)


def measure(n: int) -> dict[str, float]:
    G = synthetic(n)
    row: dict[str, float] = {}
    start = time.perf_counter()
    metrics = export_measures(G)
    row["measures"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        for kind in FORMATS:
            start = time.perf_counter()
            write_export(G, Path(folder) / f"net.{kind}",
                         metrics=metrics if kind in ("graphml", "gexf", "json") else None)
            row[kind] = time.perf_counter() - start
    after = second_round(G)
    start = time.perf_counter()
    diff_graphs(G, after)
    row["diff"] = time.perf_counter() - start
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    args = parser.parse_args()
    columns = ["measures", *FORMATS, "diff"]
    print("| stakeholders | ties | " + " | ".join(f"{c} (s)" for c in columns) + " |")
    print("|---:|---:|" + "---:|" * len(columns))
    for n in args.sizes:
        row = measure(n)
        print(f"| {n:,} | {5 * n:,} | " + " | ".join(f"{row[c]:.2f}" for c in columns) + " |",
              flush=True)


if __name__ == "__main__":
    main()
