"""Benchmark ``analyze_network``: the whole analysis, each measure on its own,
and peak memory, at 200 to 50,000 stakeholders with 4 ties each on average
(average degree 8).

Run: ``python benchmarks/bench_analysis.py [--sizes 200 2000 10000] [--timeout 600]``
(``--exact-threshold N --sample-size K`` to time the sampled path measures
at a smaller size).
Each size runs in a fresh subprocess (``--one N``), so its peak resident
memory is its own (read from ``getrusage``: the main process, and the
largest of the worker processes that split the path measures). Prints a
Markdown table; results go in ``benchmarks/README.md``, ``## Analysis``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from stakegraph.analysis.brokerage import brokerage_roles, constraint, effective_size
from stakegraph.analysis.centrality import centrality
from stakegraph.analysis.centrality_paths import EXACT_THRESHOLD, SAMPLE_SIZE
from stakegraph.analysis.centrality_spectral import eigenvector, pagerank
from stakegraph.analysis.grid import power_interest
from stakegraph.analysis.mixing import assortativity, ei_index, mixing_matrix
from stakegraph.analysis.network import analyze_network
from stakegraph.analysis.structure import bridges, communities, core_numbers, cut_points
from stakegraph.analysis.themes import theme_matrix
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph, tie_digraph

SECTORS = ("public", "private", "civil_society")


def synthetic(n: int, seed: int = 1):
    """``n`` stakeholders in three sectors and ``4 n`` distinct ties (a fifth directed)."""
    rng = random.Random(seed)
    people = [Stakeholder(f"Organisation {i}", SECTORS[rng.randrange(3)]) for i in range(n)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 4 * n:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    ties = [Tie(people[a].id, people[b].id, weight=rng.randint(1, 5), directed=rng.random() < 0.2)
            for a, b in sorted(pairs)]
    return build_graph(people, ties)


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished workers."""
    own, workers = (resource.getrusage(who) for who in
                    (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def _timed(step: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``step()``."""
    wall, cpu = time.perf_counter(), _cpu()
    step()
    return time.perf_counter() - wall, _cpu() - cpu


def one(n: int, exact_threshold: int, sample_size: int) -> dict[str, Any]:
    """Time every step at size ``n`` in this process."""
    G = synthetic(n)
    H = stakeholder_graph(G)
    D = tie_digraph(G)
    steps: dict[str, Callable[[], Any]] = {
        "view": lambda: stakeholder_graph(G),
        "betweenness+closeness": lambda: centrality(H, exact_threshold=exact_threshold,
                                                    sample_size=sample_size),
        "eigenvector": lambda: eigenvector(H),
        "pagerank": lambda: pagerank(H),
        "constraint": lambda: constraint(H),
        "effective size": lambda: effective_size(H),
        "brokerage roles": lambda: brokerage_roles(D),
        "k-core": lambda: core_numbers(H),
        "communities": lambda: communities(H),
        "cut points+bridges": lambda: (cut_points(H), bridges(H)),
        "mixing": lambda: (mixing_matrix(H), ei_index(H), assortativity(H)),
        "themes + power-interest": lambda: (theme_matrix(H), power_interest(H, pagerank(H))),
    }
    steps["whole analyze_network"] = lambda: found.append(
        analyze_network(G, exact_threshold=exact_threshold, sample_size=sample_size))
    found: list[Any] = []
    timed = {name: _timed(step) for name, step in steps.items()}
    times = {name: wall for name, (wall, _) in timed.items()}
    cpu = {name: used for name, (_, used) in timed.items()}
    result = found[0]
    load = os.getloadavg()[0]
    main_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"n": n, "ties": H.number_of_edges(), "times": times, "cpu": cpu, "load": load,
            "betweenness": result.method["betweenness"],
            "main_mb": main_kb / 1024, "worker_mb": worker_kb / 1024}


def run(n: int, timeout: float, exact_threshold: int, sample_size: int) -> dict[str, Any] | None:
    """Run size ``n`` in a subprocess; None when it does not finish in time."""
    command = [sys.executable, __file__, "--one", str(n), "--exact-threshold",
               str(exact_threshold), "--sample-size", str(sample_size)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: list[dict[str, Any]]) -> str:
    steps = list(results[0]["times"])
    lines = ["| step | " + " | ".join(f"{r['n']:,}" for r in results) + " |",
             "|---|" + "---:|" * len(results)]
    for step in steps:
        lines.append(f"| {step}, wall (CPU) s | " + " | ".join(
            f"{r['times'][step]:.2f} ({r['cpu'][step]:.2f})" for r in results) + " |")
    lines.append("| load average at the end | " + " | ".join(f"{r['load']:.1f}" for r in results)
                 + " |")
    lines.append("| ties | " + " | ".join(f"{r['ties']:,}" for r in results) + " |")
    lines.append("| betweenness and closeness | " + " | ".join(
        "exact" if r["betweenness"]["exact"] else f"sampled, k={r['betweenness']['k']:,}"
        for r in results) + " |")
    lines.append("| peak memory, main (MB) | " + " | ".join(f"{r['main_mb']:.0f}" for r in results)
                 + " |")
    lines.append("| peak memory, a worker (MB) | "
                 + " | ".join(f"{r['worker_mb']:.0f}" for r in results) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2_000, 10_000])
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--exact-threshold", type=int, default=EXACT_THRESHOLD,
                        help="exact path measures up to this many stakeholders")
    parser.add_argument("--sample-size", type=int, default=SAMPLE_SIZE,
                        help="sampled sources above the threshold")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.exact_threshold, args.sample_size)))
        return
    print(f"exact path measures up to {args.exact_threshold:,} stakeholders, "
          f"else {args.sample_size:,} sampled sources", file=sys.stderr)
    results = []
    for n in args.sizes:
        found = run(n, args.timeout, args.exact_threshold, args.sample_size)
        if found is None:
            print(f"{n:,}: did not finish in {args.timeout:.0f} s", file=sys.stderr)
            continue
        results.append(found)
        print(f"{n:,}: whole analysis {found['times']['whole analyze_network']:.1f} s",
              file=sys.stderr)
    if results:
        print(table(results))


if __name__ == "__main__":
    main()
