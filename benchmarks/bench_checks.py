"""Benchmark the checks a workbook passes before the spreadsheet engine reads
it (``stakegraph.io.containers.check_zip``: inflating every part, entity
declarations, lying sizes, the table of strings, and the limits on what
each sheet expands to) against the whole ``validate``.

Run: ``python benchmarks/bench_checks.py --sizes 10000,50000``. Prints a
Markdown table (results go in ``benchmarks/README.md``, ``## Checks before
reading``). Workbooks come from ``make_workbook.py``. Each figure is the
CPU seconds of the best of ``--repeat`` runs (wall-clock is disturbed more
by other work on a shared machine).
"""

from __future__ import annotations

import argparse
import re
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


_INLINE = re.compile(rb'<c r="([A-Z]+[0-9]+)"([^>]*?) t="inlineStr"([^>]*)><is><t(?: [^>]*)?>([^<]*)</t></is></c>')


def _with_shared_strings(path: Path) -> Path:
    """``path`` with every text cell moved to a table of shared strings, as
    Excel saves a workbook (openpyxl writes the text in the cells); cached
    beside it."""
    shared = path.with_name(path.stem + "-shared.xlsx")
    if shared.exists():
        return shared
    strings: dict[bytes, int] = {}

    def refer(cell: re.Match[bytes]) -> bytes:
        index = strings.setdefault(cell.group(4), len(strings))
        return b'<c r="%s"%s t="s"%s><v>%d</v></c>' % (cell.group(1), cell.group(2), cell.group(3), index)

    with zipfile.ZipFile(path) as old, zipfile.ZipFile(shared, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = _INLINE.sub(refer, data)
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            new.writestr(info.filename, data)
        new.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
                     b' uniqueCount="%d">' % len(strings) + b"".join(b"<si><t>%s</t></si>" % s for s in strings)
                     + b"</sst>")
    return shared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shared-strings", action="store_true",
                        help="measure the workbooks saved again with a table of shared strings, as Excel saves them")
    args = parser.parse_args()
    rows = ["| stakeholders | ties | XML inflated | inflating alone (CPU s) | checks (CPU s) "
            "| validate (CPU s) | checks ÷ validate |", "|---:|---:|---:|---:|---:|---:|---:|"]
    print("\n".join(rows))
    for size in map(int, args.sizes.split(",")):
        path = ensure_workbook(size)
        if args.shared_strings:
            path = _with_shared_strings(path)
        got = run_once(path, args.repeat)
        with zipfile.ZipFile(path) as archive:
            xml = sum(info.file_size for info in archive.infolist())
        print(f"| {size:,} | {4 * size:,} | {xml / 1e6:.0f} MB | {got['inflate']:.2f} | {got['checks']:.2f} "
              f"| {got['validate']:.2f} | {100 * got['checks'] / got['validate']:.1f} % |", flush=True)

if __name__ == "__main__":
    main()
