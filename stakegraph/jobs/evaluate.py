"""The ``evaluate`` job: the evaluation annex of two rounds of a mapping.

:func:`evaluate` reads both workbooks, measures what changed and tests
it (:func:`stakegraph.analysis.evaluate.evaluate_graphs`), puts each
indicator in one sentence with its method
(:func:`stakegraph.render.report.evaluate.readings`) and, when asked, writes the
annex as an Excel workbook or JSON.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name, ties in [("round1", "City Council,Doras\\n"),
...                    ("round2", "City Council,Doras\\nCity Council,Dell\\n")]:
...     (root / name).mkdir()
...     _ = (root / name / "Stakeholders.csv").write_text(
...         "name,sector\\nCity Council,public\\nDoras,NGO\\nDell,private\\n", "utf-8")
...     _ = (root / name / "Relationships.csv").write_text("source,target\\n" + ties, "utf-8")
>>> result = evaluate(root / "round1", root / "round2", permutations=99)
>>> result.ok, result.to_dict()["sectors"]["across"]
(True, {'before': 1, 'after': 2, 'gained': 1, 'lost': 0})
>>> result.readings[0].reading.split(".")[0]
'Ties across sectors went from 1 to 2 (1 gained, 0 lost)'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from stakegraph.analysis.diff import RENAME_CUTOFF
from stakegraph.analysis.evaluate import PERMUTATIONS, evaluate_graphs
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import gettext, speaking
from stakegraph.jobs.book import BookLike, open_rounds
from stakegraph.jobs.formats import checked_output
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import EVALUATE, Progress, announcer
from stakegraph.model.jsonsafe import json_text
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.atomic import write_text
from stakegraph.render.report.evaluate import (
    Reading,
    annex_sheets,
    annex_tables,
    format_annex,
    readings,
)
from stakegraph.render.report.excel import write_excel_report

__all__ = ["ANNEX_FORMATS", "MIN_PERMUTATIONS", "EvaluateResult", "evaluate"]

#: what an annex file's name may end in
ANNEX_FORMATS = (".xlsx", ".json")
#: the fewest permutations a test may use: with fewer, no p-value can go below 0.05
MIN_PERMUTATIONS = 19


@dataclass
class EvaluateResult(Result):
    """The annex of two workbooks: its numbers, its readings, the file
    written (if any) and the workbooks' import reports."""

    annex: dict[str, Any]
    readings: list[Reading]
    heading: str
    output: str | None = None
    books: dict[str, ImportReport] = field(default_factory=dict)
    lang: str = "en"

    def reports(self) -> dict[str, ImportReport]:
        return dict(self.books)

    def payload(self) -> dict[str, Any]:
        """The annex (the command's JSON and the .json annex hold it)."""
        return {"heading": self.heading, "readings": [r.to_dict() for r in self.readings],
                **self.annex, "output": self.output}

    def text(self) -> str:
        """The annex as text for the terminal, in the result's language."""
        with speaking(self.lang):
            return format_annex(self.readings, annex_tables(self.annex), heading=self.heading)


def evaluate(
    before: BookLike,
    after: BookLike,
    output: str | os.PathLike[str] | None = None,
    *,
    permutations: int = PERMUTATIONS,
    seed: int = DEFAULT_SEED,
    rename_cutoff: float | None = RENAME_CUTOFF,
    progress: Progress | None = None,
    lang: str = "en",
) -> EvaluateResult:
    """The evaluation annex of workbook ``before`` and workbook ``after``; with
    ``output`` (``.xlsx`` or ``.json``), also written there.

    Every test uses ``permutations`` draws from ``seed``. Raises
    :class:`~stakegraph.errors.StakegraphError` when a workbook cannot be
    read, ``output`` has another ending or ``permutations`` is below
    :data:`MIN_PERMUTATIONS` (both checked before any work). ``progress``
    is told each of :data:`~stakegraph.jobs.steps.EVALUATE` as it starts.
    The readings, the heading and the annex file are in ``lang`` (the JSON's
    keys and codes stay).
    """
    say = announcer(progress)
    if permutations < MIN_PERMUTATIONS:
        raise StakegraphError(problem("bad-permutations", value=permutations, detail=MIN_PERMUTATIONS))
    path = checked_output(output, ANNEX_FORMATS, "unknown-annex-format")
    first, second = open_rounds(before, after, path, say, EVALUATE)
    G0, G1 = first.graph, second.graph
    annex = evaluate_graphs(G0, G1, permutations=permutations, seed=seed,
                            rename_cutoff=rename_cutoff)
    t0 = G0.graph.get("title") or first.path.stem
    t1 = G1.graph.get("title") or second.path.stem
    with speaking(lang):
        heading = (gettext("Evaluation annex: {before} -> {after}").format(before=t0, after=t1) if t0 != t1
                   else gettext("Evaluation annex: {title}, two rounds").format(title=t0))
        result = EvaluateResult(annex, readings(annex), heading, None if path is None else str(path),
                                {"before": first.report, "after": second.report}, lang)
        if path is not None:
            say(EVALUATE[3])
            if path.suffix.lower() == ".json":
                write_text(path, json_text(result.to_dict()) + "\n")
            else:
                write_excel_report(path, annex_sheets(result.readings, annex_tables(annex),
                                                      heading=heading))
    return result
