"""The ``demo`` job: everything stakegraph makes, from the bundled English
example (an IWG mapping on the Limerick model).

It writes into one folder the offline map (``map.html``, and ``map.png``
when Chromium is installed), the gap report and recommendations for the
example's IWG in plain words (``gaps.txt``), and the analysis report as Excel
and JSON (``report.xlsx``, ``report.json``), everything people read in the
language asked for.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from stakegraph.i18n import N_, SOURCE, gettext, speaking
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

__all__ = ["DEMO_SIZE", "DemoResult", "demo", "example_workbook"]

#: how many invitees the demo's recommendations select
DEMO_SIZE = 5

_DESCRIPTIONS = {
    "map.html": N_("the interactive map: open it in a browser, it works offline"),
    "map.png": N_("a picture of the map, for slides and reports"),
    "gaps.txt": N_("what the example IWG lacks, and whom to invite first"),
    "report.xlsx": N_("the analysis: centrality, brokers, structure, sector mixing, themes, power–interest, gaps"),
    "report.json": N_("the same analysis as JSON, for programs"),
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
    the example's import report, and the language they are written in."""

    book: str
    folder: str
    report: ImportReport
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lang: str = SOURCE

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        with speaking(self.lang):
            return {
                "book": self.book,
                "folder": self.folder,
                "files": [{"path": f, "what": gettext(_DESCRIPTIONS[Path(f).name]) if Path(f).name in
                           _DESCRIPTIONS else ""} for f in self.files],
                "notes": list(self.notes),
            }

    def summary(self) -> list[str]:
        """What the demo wrote, one line a file, for the terminal."""
        with speaking(self.lang):
            lines = [gettext("From the bundled example ({name}, a copy of examples/limerick_iwg_en.xlsx), "
                             "stakegraph wrote:").format(name=Path(self.book).name)]
            lines += [f"  {item['path']}  —  {item['what']}" for item in self.payload()["files"]]
            return lines

    def closing(self) -> str:
        """The last line of the summary: what to open first."""
        with speaking(self.lang):
            return gettext("Open map.html in a browser (it needs no internet) and read gaps.txt.")


def demo(out_dir: str | os.PathLike[str], *, book: str | os.PathLike[str] | None = None,
         picture: bool = True, lang: str = SOURCE) -> DemoResult:
    """Run map, gaps, recommend and analyze on ``book`` (default: the bundled
    example) and write their outputs into ``out_dir`` in ``lang`` (a language
    code), each file replaced only once complete. Raises StakegraphError,
    before writing anything, when one of those files would be ``book``. The workbook is read once, and
    every job is given it."""
    source = Path(book) if book is not None else example_workbook()
    folder = Path(out_dir)
    refuse_inputs([folder / name for name in _DESCRIPTIONS], [source])
    folder.mkdir(parents=True, exist_ok=True)
    with speaking(lang):
        opened = open_book(source)
        files = [str(p) for p in demo_map(opened, folder, picture=picture, lang=lang)]
        notes = []
        if picture and not any(f.endswith(".png") for f in files):
            notes.append(gettext("No map.png: pictures need Debian's chromium (apt-get install chromium) and "
                                 "the playwright package (pip install playwright)."))

        G = opened.graph
        groups = iwg_nodes(G)
        iwg = G.nodes[groups[0]]["name"] if groups else None
        found = find_gaps(opened, iwg=iwg, lang=lang)
        advice = recommend(opened, iwg=iwg, size=DEMO_SIZE, lang=lang)
        gaps_txt = folder / "gaps.txt"
        write_text(gaps_txt, found.text() + "\n\n" + advice.text() + "\n")
        files.append(str(gaps_txt))

        result = analyze(opened, output=folder / "report.xlsx", iwg=iwg, lang=lang)
        files.append(str(result.output))
        report_json = folder / "report.json"
        write_text(report_json, json_text(result.to_dict()))
        files.append(str(report_json))
    return DemoResult(str(source), str(folder), opened.report, files, notes, lang)
