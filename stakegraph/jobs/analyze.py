"""The ``analyze`` job: read a workbook, analyse its network, write the report.

Examples
--------
>>> import json, pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> folder = root / "mapping"
>>> folder.mkdir()
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector\\nCity Council,public\\nDoras,NGO\\nDell,private\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text("source,target\\nCity Council,Doras\\n", "utf-8")
>>> result = analyze(folder, output=root / "report.json")
>>> result.ok, result.to_dict()["summary"]["isolates"]
(True, ['Dell'])
>>> json.loads((root / "report.json").read_text("utf-8"))["summary"]["ties"]
1
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stakegraph.analysis.centrality_paths import EXACT_THRESHOLD
from stakegraph.analysis.gaps import GapReport, find_gaps
from stakegraph.analysis.network import NetworkAnalysis, analyze_network
from stakegraph.analysis.recommend import Recommendations, recommend
from stakegraph.i18n import speaking
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.formats import checked_output
from stakegraph.jobs.gaps import prepare
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import ANALYZE, Progress, announcer
from stakegraph.model.jsonsafe import json_text
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.atomic import write_text
from stakegraph.render.report.analysis import format_analysis, gaps_line
from stakegraph.render.report.excel import analysis_sheets, write_excel_report
from stakegraph.render.report.gaps_excel import gaps_sheet, recommendations_sheet

__all__ = ["REPORT_FORMATS", "AnalyzeResult", "analyze"]

#: what a report file's name may end in
REPORT_FORMATS = (".xlsx", ".json")


@dataclass
class AnalyzeResult(Result):
    """The analysis of a workbook, its import report and where the report went."""

    file: str
    analysis: NetworkAnalysis
    report: ImportReport
    output: str | None = None
    gaps: GapReport | None = None
    recommendations: Recommendations | None = None
    ties: str = "all"
    lang: str = "en"

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        """The analysis, plus the file read and the report written."""
        return self.analysis.to_dict() | {
            "file": self.file,
            "output": self.output,
            "gaps": _inner(self.gaps),
            "recommendations": _inner(self.recommendations),
            "ties": self.ties,
        }


    def text(self) -> str:
        """The analysis for the terminal, in the result's language, with the
        line on the gaps when there is anyone to judge."""
        with speaking(self.lang):
            text = format_analysis(self.analysis)
            if self.gaps is not None and self.analysis.summary["stakeholders"]:
                text += "\n\n" + gaps_line(self.gaps)
        return text


def _inner(found: GapReport | Recommendations | None) -> dict[str, Any] | None:
    """A nested finding, without the schema_version the outer document has."""
    if found is None:
        return None
    return {k: v for k, v in found.to_dict().items() if k != "schema_version"}


def analyze(
    book: BookLike, *, output: str | os.PathLike[str] | None = None,
    seed: int = DEFAULT_SEED, exact_threshold: int = EXACT_THRESHOLD, comembership: bool = False,
    iwg: str | None = None, profile: str | os.PathLike[str] | None = None,
    ties: str = "all", progress: Progress | None = None, lang: str = "en",
) -> AnalyzeResult:
    """Load ``book``, analyse it and, with ``output`` (``.xlsx`` or ``.json``),
    write the report there, with the gaps and recommendations of ``iwg`` (or
    of the whole mapping) against ``profile`` (default: the built-in ``iwg``).
    A workbook with errors is still analysed (the rows in error are left
    out); ``result.ok`` says so. ``ties="confirmed"`` analyses only the ties
    both sides named, in a round written by ``stakegraph collect`` (see
    :func:`stakegraph.model.reciprocity.select_ties`). Raises StakegraphError when
    the book or the profile cannot be read, the IWG is unknown, ``ties`` is
    "confirmed" in a workbook that is not such a round, or ``output`` has
    another ending or is one of the inputs (both checked before any work). ``progress`` is told each of
    :data:`~stakegraph.jobs.steps.ANALYZE` as it starts. The report (and
    ``result.text()``) is written in ``lang``; the JSON keeps codes and English keys."""
    say = announcer(progress)
    opened = as_book(book)
    path = checked_output(output, REPORT_FORMATS, "unknown-report-format")
    if output is not None:
        # a profile is read from a file only when it is one (else it names a built-in profile)
        refuse_inputs([output], [opened.path, profile if profile is not None and Path(profile).is_file() else None])
    say(ANALYZE[0])
    prepared = prepare(opened, iwg=iwg, profile=profile)
    G = opened.ties(ties)
    say(ANALYZE[1])
    analysis = analyze_network(G, seed=seed, exact_threshold=exact_threshold,
                               comembership=comembership)
    say(ANALYZE[2])
    found = find_gaps(G, prepared.profile, prepared.scope)
    advice = recommend(G, prepared.profile, prepared.scope)
    result = AnalyzeResult(opened.file, analysis, prepared.report,
                           None if path is None else str(path), found, advice, ties, lang)
    if path is not None:
        say(ANALYZE[3])
    if path is not None and path.suffix.lower() == ".json":
        write_text(path, json_text(result.to_dict()) + "\n")
    elif path is not None:
        with speaking(lang):
            extra = [gaps_sheet(found), recommendations_sheet(advice)]
            write_excel_report(path, analysis_sheets(analysis, prepared.report, extra=extra))
    return result
