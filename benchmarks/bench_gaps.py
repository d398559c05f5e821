"""Benchmark gaps and recommend on the synthetic mappings of ``make_workbook``.

Run: ``python benchmarks/bench_gaps.py [--sizes 200 2000 10000]``. Prints a
Markdown table (results go in ``benchmarks/README.md``, ``## Gaps and
recommend``). The workbook is loaded once per size (its import is timed by
``bench_import.py``); then, with the ``iwg`` profile, each step is timed
alone: the gaps of the largest IWG and of the whole mapping, the
recommendations for that IWG (every non-member tried and scored by the
profile's weights) and the best 10 invitees (every non-member tried again
at each pick, with the invitees before it in the group).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_workbook import ensure_workbook  # noqa: E402

from stakegraph.analysis.gaps import find_gaps  # noqa: E402
from stakegraph.analysis.recommend import recommend  # noqa: E402
from stakegraph.analysis.scope import Scope  # noqa: E402
from stakegraph.io import load  # noqa: E402
from stakegraph.io.profile import load_profile  # noqa: E402
from stakegraph.model import iwg_members, iwg_nodes  # noqa: E402


def timed(step):
    start = time.perf_counter()
    result = step()
    return time.perf_counter() - start, result


def measure(n: int) -> list[str]:
    G = load(ensure_workbook(n)).graph
    profile = load_profile("iwg")
    biggest = max(iwg_nodes(G), key=lambda g: len(iwg_members(G, g)))
    group = Scope("iwg", tuple(iwg_members(G, biggest)), G.nodes[biggest]["name"])
    t_gaps, _ = timed(lambda: find_gaps(G, profile, group))
    t_all, _ = timed(lambda: find_gaps(G, profile))
    t_rec, rec = timed(lambda: recommend(G, profile, group))
    t_sel, _ = timed(lambda: recommend(G, profile, group, size=10))
    ties = sum(1 for *_, kind in G.edges(data="kind") if kind == "tie")
    return [f"{n:,}", f"{ties:,}", str(len(group.members)), f"{t_gaps:.2f}", f"{t_all:.2f}",
            f"{t_rec:.2f}", f"{t_sel:.2f}", str(len(rec.candidates))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10000])
    args = parser.parse_args()
    headers = ["stakeholders", "ties", "IWG members", "gaps IWG (s)", "gaps mapping (s)",
               "recommend (s)", "recommend --size 10 (s)", "candidates listed"]
    print("| " + " | ".join(headers) + " |")
    print("|" + "---:|" * len(headers))
    for n in args.sizes:
        print("| " + " | ".join(measure(n)) + " |", flush=True)


if __name__ == "__main__":
    main()
