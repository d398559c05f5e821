"""Benchmark the import: reading a workbook with calamine (``read_workbook``)
against ``pandas.read_excel(engine="openpyxl")``, and ``stakegraph.io.load``
end to end (read, find headers, normalise, match names, build the graph,
write the report), with the peak memory of each.

Run: ``python benchmarks/bench_import.py --sizes 200,2000,10000,50000``.
Prints a Markdown table (results go in ``benchmarks/README.md``, ``## Import``).
Workbooks come from ``make_workbook.py`` (4 ties per stakeholder, one IWG per
50) and are cached outside git. Each measurement runs in a fresh Python
process so that its peak resident memory (``ru_maxrss``, which counts the
engine's Rust allocations too, unlike tracemalloc) is its own; the time is the
best of ``--repeat`` runs, shown as wall-clock time and, in brackets, the
CPU time of the process (less disturbed when other work shares the
machine). ``--profile N`` prints where ``load`` spends its
time at N stakeholders.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_workbook import ensure_workbook  # noqa: E402

#: the issue's targets for load() end to end, seconds
TARGETS = {10_000: 2.0, 50_000: 10.0}


def _calamine() -> Callable[[Path], Any]:
    from stakegraph.io.files import read_workbook

    return read_workbook


def _openpyxl() -> Callable[[Path], Any]:
    import pandas

    return lambda path: pandas.read_excel(path, sheet_name=None, engine="openpyxl")


def _load() -> Callable[[Path], Any]:
    from stakegraph.io import load

    return load


#: what each measurement runs, imported only in its own process
_WORK = {"calamine": _calamine, "openpyxl": _openpyxl, "load": _load}


def run_once(kind: str, path: Path) -> dict[str, float | str]:
    """Do one measurement in this process: ``kind`` is calamine, openpyxl or load."""
    work = _WORK[kind]()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start, cpu_start = time.perf_counter(), time.process_time()
    result = work(path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    detail = ""
    if kind == "load":
        detail = f"{result.report.counts['ties']} ties, {len(result.report.problems)} problems"
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak, "base_mb": before, "detail": detail}


def measure(kind: str, path: Path, repeat: int, timeout: float) -> dict[str, float | str] | None:
    """Best time of ``repeat`` fresh processes, and the largest peak memory; None on timeout."""
    runs = []
    for _ in range(repeat):
        try:
            out = subprocess.run([sys.executable, __file__, "--child", kind, str(path)],
                                 capture_output=True, text=True, timeout=timeout, check=True)
        except subprocess.TimeoutExpired:
            return None
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "peak_mb": max(r["peak_mb"] for r in runs)}


def profile(path: Path, top: int = 25) -> None:
    """Print the functions where ``load`` spends its time."""
    from stakegraph.io import load

    profiler = cProfile.Profile()
    profiler.enable()
    load(path)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2000,10000,50000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement up to 2,000 stakeholders")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per measurement")
    parser.add_argument("--openpyxl-max", type=int, default=50_000,
                        help="skip pandas+openpyxl above this many stakeholders")
    parser.add_argument("--profile", type=int, help="profile load() at this size instead")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(args.child[0], Path(args.child[1]))))
        return
    if args.profile:
        profile(ensure_workbook(args.profile))
        return

    print("| stakeholders | ties | file | read: calamine | read: pandas + openpyxl | faster | "
          "load() end to end | load() peak memory | target |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        path = ensure_workbook(size)
        repeat = args.repeat if size <= 2000 else 1
        calamine = measure("calamine", path, repeat, args.timeout)
        openpyxl = (measure("openpyxl", path, repeat, args.timeout)
                    if size <= args.openpyxl_max else None)
        loaded = measure("load", path, repeat, args.timeout)
        target = TARGETS.get(size)
        verdict = ""
        if target is not None:
            met = loaded is not None and float(loaded["seconds"]) < target
            verdict = f"< {target:g} s: {'met' if met else 'NOT met'}"
        speedup = (f"{float(openpyxl['seconds']) / float(calamine['seconds']):.0f}×"
                   if calamine and openpyxl else "–")
        ties = f"{int(str(loaded['detail']).split()[0]):,}" if loaded else "?"
        peak = f"{float(loaded['peak_mb']):,.0f} MB" if loaded else "–"
        print(f"| {size:,} | {ties} | {path.stat().st_size / 1e6:.2f} MB | {_seconds(calamine)} | "
              f"{_seconds(openpyxl)} | {speedup} | {_seconds(loaded)} | {peak} | {verdict} |", flush=True)


def _seconds(result: dict[str, float | str] | None) -> str:
    return f"{float(result['seconds']):.2f} s ({float(result['cpu']):.2f})" if result else "–"


if __name__ == "__main__":
    main()
