"""Benchmark the survey round: seconds to write a survey per stakeholder and
to merge as many returns into a round, by size.

Run: ``python benchmarks/bench_survey.py [--sizes 40 400]``. Prints a
Markdown table (results go in ``benchmarks/README.md``, section ``## Survey
and collect``). The mapping is the map benchmark's (5 ties per stakeholder,
so each survey has about 10 ties filled in from the mapping). The returns are
the surveys sent back as they were written, the mapping's ties left filled in,
plus one return in ten answered by hand (openpyxl, not timed): they are read,
checked and merged like any return. "survey" is ``stakegraph survey``
(loading the mapping included; from 100 surveys on, two worker processes
write them); "collect" is ``stakegraph collect`` (loading the mapping,
reading and verifying every return, merging, writing the round). CPU is the
seconds of the main process and its workers: on a machine shared with other
jobs, wall-clock time waits for the cores, CPU time does not.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))

import openpyxl  # noqa: E402
from bench_map import synthetic  # noqa: E402
from fill_survey import fill  # noqa: E402

from stakegraph.jobs.collect import collect  # noqa: E402
from stakegraph.jobs.survey import survey  # noqa: E402
from stakegraph.render.export.tables import table_sheets  # noqa: E402


def mapping_file(n: int, folder: Path) -> Path:
    """The synthetic mapping of ``n`` stakeholders as a stakegraph workbook."""
    book = openpyxl.Workbook(write_only=True)
    for name, rows in table_sheets(synthetic(n), "stakegraph").items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    path = folder / "mapping.xlsx"
    book.save(path)
    return path


def cpu() -> float:
    """CPU seconds used so far by this process and its finished workers."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        book = mapping_file(n, root)
        start, used = time.perf_counter(), cpu()
        made = survey(book, root / "surveys")
        wrote, wrote_cpu = time.perf_counter() - start, cpu() - used
        files = [root / "surveys" / s["file"] for s in made.surveys]
        rng = random.Random(3)
        names = [s["stakeholder"] for s in made.surveys]
        returns = []
        for i, path in enumerate(files):
            if i % 10:
                returns.append(path)
                continue
            others = rng.sample([m for m in names if m != names[i]], 5)
            returns.append(fill(path, root / f"answered-{i}.xlsx",
                                ties={m: ("yes", "information", rng.randint(1, 5)) for m in others}))
        start, used = time.perf_counter(), cpu()
        result = collect(book, returns, root / "round.xlsx")
        merged, merged_cpu = time.perf_counter() - start, cpu() - used
        assert result.ok and result.report["response"]["answered"] == n
        return {"survey": wrote, "survey_cpu": wrote_cpu, "collect": merged, "collect_cpu": merged_cpu,
                "size": sum(p.stat().st_size for p in files) / len(files) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 400])
    args = parser.parse_args()
    print("| stakeholders | surveys written (s) | CPU (s) | returns merged (s) | CPU (s) | one survey (KB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        r = run(n)
        print(f"| {n:,} | {r['survey']:.1f} | {r['survey_cpu']:.1f} | {r['collect']:.1f} | "
              f"{r['collect_cpu']:.1f} | {r['size']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
