"""The ``diff`` job: compare two rounds of a mapping, and draw what is new.

:func:`diff` reads both workbooks, compares them
(:func:`stakegraph.analysis.diff.diff_graphs`) and, when asked, draws the
later round's map with its new stakeholders and ties highlighted.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> for name, ties in [("round1", ""), ("round2", "City Council,Doras\\n")]:
...     (root / name).mkdir()
...     _ = (root / name / "Stakeholders.csv").write_text(
...         "name,sector\\nCity Council,public\\nDoras,NGO\\n", "utf-8")
...     _ = (root / name / "Relationships.csv").write_text("source,target\\n" + ties, "utf-8")
>>> result = diff(root / "round1", root / "round2")
>>> result.to_dict()["ties"]["added"], result.ok
([['City Council', 'Doras', 'collaboration']], True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakegraph.analysis.centrality import centrality
from stakegraph.analysis.diff import RENAME_CUTOFF, diff_graphs, diff_ties, match_stakeholders, new_ids
from stakegraph.analysis.glossary import GLOSSARY
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import gettext, speaking
from stakegraph.jobs.book import BookLike, open_rounds
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import DIFF, Progress, announcer
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.map.build import MapOptions
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.page import render_map
from stakegraph.render.map.rounds import Rounds
from stakegraph.render.report.diff import format_diff

__all__ = ["DiffResult", "diff"]


@dataclass
class DiffResult(Result):
    """The diff of two workbooks, the map drawn (if any), and their import reports."""

    diff: dict[str, Any]
    map: dict[str, Any] | None = None
    books: dict[str, ImportReport] = field(default_factory=dict)
    lang: str = "en"

    def reports(self) -> dict[str, ImportReport]:
        return dict(self.books)

    def payload(self) -> dict[str, Any]:
        return {**self.diff, "map": None if self.map is None else self.map["path"]}

    def text(self) -> str:
        """The diff for the terminal, in the result's language."""
        with speaking(self.lang):
            return format_diff(self.diff)


def diff(
    before: BookLike,
    after: BookLike,
    out: str | os.PathLike[str] | None = None,
    *,
    rename_cutoff: float | None = RENAME_CUTOFF,
    title: str | None = None,
    lang: str = "en",
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> DiffResult:
    """Compare workbook ``before`` with ``after``; with ``out`` (``.html``),
    also draw ``after``'s map with what is new highlighted (one offline page,
    every name escaped, contacts left out, as ``stakegraph map`` draws).

    Raises :class:`~stakegraph.errors.StakegraphError` when a workbook cannot
    be read, or ``out`` does not end in ``.html`` or is one of the workbooks
    (both checked before reading). ``progress`` is told each
    of :data:`~stakegraph.jobs.steps.DIFF` as it starts.
    """
    say = announcer(progress)
    target = None if out is None else Path(out)
    if target is not None and target.suffix.lower() not in (".html", ".htm"):
        raise StakegraphError(problem("unknown-diff-format", value=target.name))
    first, second = open_rounds(before, after, out, say, DIFF)
    G0, G1 = first.graph, second.graph
    # the map shows every measure of the later round: computed once, its betweenness serves the diff
    # (seeded as the diff seeds the earlier round's: a sample above 20,000 is drawn alike)
    metrics = None if target is None else centrality(second.view()).table
    result = DiffResult(diff_graphs(G0, G1, rename_cutoff=rename_cutoff,
                                    after_betweenness=None if metrics is None else metrics["betweenness"]),
                        books={"before": first.report, "after": second.report}, lang=lang)
    if target is not None:
        say(DIFF[3])
        added, removed, renamed = match_stakeholders(G0, G1, cutoff=rename_cutoff)
        ties = diff_ties(G0, G1, renamed)
        new = new_ids(added, ties["added"])
        t0, t1 = G0.graph.get("title"), G1.graph.get("title")
        with speaking(lang):
            heading = title or (gettext("{after}: what is new since {before}").format(after=t1, before=t0)
                                if t0 != t1 else gettext("{after}: what is new since the earlier round")
                                .format(after=t1))
            label = gettext("new since the earlier round")
        result.map = render_map(
            G1, target, MapOptions(title=heading, lang=lang, seed=seed),
            MapInputs(metrics=metrics, glosses=GLOSSARY, highlight={**new, "label": label},
                      rounds=Rounds(G0, removed=removed, renamed=renamed, removed_ties=ties["removed"],
                                    added=added, added_ties=ties["added"])),
        )
    return result
