"""Benchmark the checks a workbook passes before the spreadsheet engine reads
it (``stakegraph.io.containers.check_zip``: inflating every part, entity
declarations, lying sizes, the table of strings, and the limits on what
each sheet expands to) against the whole ``validate``.

Run: ``python benchmarks/bench_checks.py --sizes 10000,50000``. Prints a
Markdown table (results go in ``benchmarks/README.md``, ``## Checks before
reading``). Workbooks come from ``make_workbook.py``. Each size runs in a
fresh process; each figure is the CPU seconds of the best of ``--repeat``
runs (wall-clock is disturbed more by other work on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_workbook import ensure_workbook  # noqa: E402


def _best(work: Callable[[], Any], repeat: int) -> float:
    """The fewest CPU seconds ``work`` took in ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def _inflate(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            with archive.open(info) as stream:
                while stream.read(4 << 20):
                    pass


def run_once(path: Path, repeat: int) -> dict[str, float]:
    """Measure in this process: inflating alone, the checks, the whole validate."""
    from stakegraph.io.containers import check_zip
    from stakegraph.jobs.validate import validate

    return {
        "inflate": _best(lambda: _inflate(path), repeat),
        "checks": _best(lambda: check_zip(path, path.name), repeat),
        "validate": _best(lambda: validate(path), repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_once(Path(args.child[0]), int(args.child[1]))))
        return
    print("| stakeholders | ties | XML inflated | inflating alone (CPU s) | checks (CPU s) "
          "| validate (CPU s) | checks ÷ validate |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        path = ensure_workbook(size)
        out = subprocess.run([sys.executable, __file__, "--child", str(path), str(args.repeat)],
                             capture_output=True, text=True, check=True)
        got = json.loads(out.stdout.strip().splitlines()[-1])
        with zipfile.ZipFile(path) as archive:
            xml = sum(info.file_size for info in archive.infolist())
        print(f"| {size:,} | {4 * size:,} | {xml / 1e6:.0f} MB | {got['inflate']:.2f} | {got['checks']:.2f} "
              f"| {got['validate']:.2f} | {100 * got['checks'] / got['validate']:.1f} % |", flush=True)


if __name__ == "__main__":
    main()
