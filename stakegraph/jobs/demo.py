"""The ``demo`` job: everything stakegraph makes, from the bundled English
example (an IWG mapping on the Limerick model).

It writes into one folder the offline map (``map.html``, and ``map.png``
when Chromium is installed), the gap report and recommendations for the
example's IWG in plain words (``gaps.txt``), and the analysis report as Excel
and JSON (``report.xlsx``, ``report.json``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from stakegraph.jobs.analyze import analyze
from stakegraph.jobs.book import open_book
from stakegraph.jobs.gaps import find_gaps
from stakegraph.jobs.map import demo_map
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.recommend import recommend
from stakegraph.jobs.result import Result
from stakegraph.model import iwg_nodes
from stakegraph.model.jsonsafe import json_text
from stakegraph.model.report import ImportReport
from stakegraph.render.atomic import write_text
from stakegraph.render.report.gaps import format_gaps
from stakegraph.render.report.recommend import format_recommendations

__all__ = ["DEMO_SIZE", "DemoResult", "demo", "example_workbook"]

#: how many invitees the demo's recommendations select
DEMO_SIZE = 5

_DESCRIPTIONS = {
    "map.html": "the interactive map: open it in a browser, it works offline",
    "map.png": "a picture of the map, for slides and reports",
    "gaps.txt": "what the example IWG lacks, and whom to invite first",
    "report.xlsx": "the analysis: centrality, brokers, structure, sector mixing, themes, power–interest, gaps",
    "report.json": "the same analysis as JSON, for programs",
}


def example_workbook() -> Path:
    """The path of the bundled English example workbook.

    >>> example_workbook().name
    'limerick_iwg_en.xlsx'
    """
    return Path(str(resources.files("stakegraph").joinpath("data/examples/limerick_iwg_en.xlsx")))


@dataclass
class DemoResult(Result):
    """The files the demo wrote, in the order a newcomer should open them,
    and the example's import report."""

    book: str
    folder: str
    report: ImportReport
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return {
            "book": self.book,
            "folder": self.folder,
            "files": [{"path": f, "what": _DESCRIPTIONS.get(Path(f).name, "")} for f in self.files],
            "notes": list(self.notes),
        }


def demo(out_dir: str | os.PathLike[str], *, book: str | os.PathLike[str] | None = None,
         picture: bool = True) -> DemoResult:
    """Run map, gaps, recommend and analyze on ``book`` (default: the bundled
    example) and write their outputs into ``out_dir``, each file replaced
    only once complete. Raises StakegraphError, before writing anything, when
    one of those files would be ``book``. The workbook is read once, and
    every job is given it."""
    source = Path(book) if book is not None else example_workbook()
    folder = Path(out_dir)
    refuse_inputs([folder / name for name in _DESCRIPTIONS], [source])
    folder.mkdir(parents=True, exist_ok=True)
    opened = open_book(source)
    files = [str(p) for p in demo_map(opened, folder, picture=picture)]
    notes = []
    if picture and not any(f.endswith(".png") for f in files):
        notes.append("No map.png: pictures need Debian's chromium (apt-get install chromium) and the "
                     "playwright package (pip install playwright).")

    G = opened.graph
    groups = iwg_nodes(G)
    iwg = G.nodes[groups[0]]["name"] if groups else None
    found = find_gaps(opened, iwg=iwg).found
    advice = recommend(opened, iwg=iwg, size=DEMO_SIZE).found
    gaps_txt = folder / "gaps.txt"
    write_text(gaps_txt, format_gaps(found) + "\n\n" + format_recommendations(advice) + "\n")
    files.append(str(gaps_txt))

    result = analyze(opened, output=folder / "report.xlsx", iwg=iwg)
    files.append(str(result.output))
    report_json = folder / "report.json"
    write_text(report_json, json_text(result.to_dict()))
    files.append(str(report_json))
    return DemoResult(str(source), str(folder), opened.report, files, notes)
