"""Benchmark the evaluation annex: seconds for each statistic and for the
whole of ``evaluate_graphs``, with 1,000 permutations, by size.

Run: ``python benchmarks/bench_evaluate.py [--sizes 2000 10000]``. Prints a
Markdown table (results go in ``benchmarks/README.md``, section
``## Evaluation annex``). The two rounds are the export-and-diff benchmark's
(5 ties per stakeholder, a tenth migrant-led, one IWG per 50; the second
round drops 5 % of the stakeholders and 10 % of the ties, renames 1 % and
adds as many newcomers).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_exchange import second_round  # noqa: E402
from bench_map import synthetic  # noqa: E402

from stakegraph.analysis.coreperiphery import core_periphery  # noqa: E402
from stakegraph.analysis.evaluate import evaluate_graphs, tie_changes  # noqa: E402
from stakegraph.analysis.homophily import homophily_test  # noqa: E402
from stakegraph.analysis.qap import qap_correlation  # noqa: E402
from stakegraph.model import stakeholder_graph, tie_digraph  # noqa: E402

PERMUTATIONS = 1000
STEPS = ("tie changes", "QAP", "homophily (CUG)", "core–periphery", "whole evaluate_graphs")


def measure(n: int) -> dict[str, float]:
    before = synthetic(n)
    after = second_round(before)
    H0, H1 = stakeholder_graph(before), stakeholder_graph(after)
    row: dict[str, float] = {}

    def timed(step: str, work) -> None:
        start = time.perf_counter()
        work()
        row[step] = time.perf_counter() - start

    timed("tie changes", lambda: tie_changes(H0, H1))
    D0, D1 = tie_digraph(before), tie_digraph(after)
    timed("QAP", lambda: qap_correlation(D0, D1, permutations=PERMUTATIONS))
    timed("homophily (CUG)", lambda: homophily_test(H1, permutations=PERMUTATIONS))
    timed("core–periphery", lambda: core_periphery(H1))
    timed("whole evaluate_graphs", lambda: evaluate_graphs(before, after, permutations=PERMUTATIONS))
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    sizes = parser.parse_args().sizes
    rows = {n: measure(n) for n in sizes}
    print("| step (s), 1,000 permutations | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("|---|" + "---:|" * len(sizes))
    for step in STEPS:
        print(f"| {step} | " + " | ".join(f"{rows[n][step]:.2f}" for n in sizes) + " |")


if __name__ == "__main__":
    main()
