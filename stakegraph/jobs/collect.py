"""The ``collect`` job: survey returns merged into a new round of the mapping.

Reads the mapping and each return (:mod:`stakegraph.io.returns`), merges
them (:mod:`stakegraph.model.rounds`), and writes the round workbook with
its collection report (:mod:`stakegraph.render.survey.round`). The mapping
and the returns are only read; a round that would overwrite one of them is
refused before anything is read. A refused return is named in the report
and the others still merge.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> book = root / "Stakeholders.csv"
>>> _ = book.write_text("name,sector\\nCity Council,public\\nDoras,NGO\\n", "utf-8")
>>> from stakegraph.jobs.survey import survey
>>> _ = survey(book, root / "surveys")
>>> doras = root / "surveys" / "Doras.xlsx"  # sent back as it was written
>>> result = collect(book, [doras], root / "round2.xlsx")
>>> d = result.to_dict()
>>> d["response"]["answered"], d["response"]["not_answered"], result.ok
(1, ['City Council'], True)
>>> collect(book, [doras], doras)  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: will not write '...Doras.xlsx': it is the input
'...Doras.xlsx' (the same file, whatever the path or link), which would be lost; write to
another name
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.errors import Problem, StakegraphError, problem
from stakegraph.i18n import speaking
from stakegraph.io.names import NameIndex
from stakegraph.io.returns import find_key, read_return
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import COLLECT, Progress, announcer
from stakegraph.model import stakeholder_nodes
from stakegraph.model.report import ImportReport
from stakegraph.model.returns import Return
from stakegraph.model.rounds import merge_returns, round_graph
from stakegraph.render.survey.report import collection_report, format_collection, report_rows, round_problems
from stakegraph.render.survey.round import report_sheet, write_round

__all__ = ["CollectResult", "collect", "write_merged_round"]

PathLike = str | os.PathLike[str]


@dataclass
class CollectResult(Result):
    """The collection report, the round written, what was refused, and the
    mapping's import report."""

    report: dict[str, Any]
    path: Path
    mapping: ImportReport
    refused: int = 0
    problems: list[tuple[str, Problem]] = field(default_factory=list)
    lang: str = "en"
    #: the problems found in the accepted returns, as (file, problem)
    notes: list[tuple[str, Problem]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """``True`` when every return was accepted and the mapping had no errors."""
        return self.refused == 0 and self.mapping.ok

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.mapping}

    def payload(self) -> dict[str, Any]:
        """The collection report and where the round is."""
        return {**self.report, "round": str(self.path)}

    def text(self) -> str:
        """The collection report for the terminal, in the result's language."""
        with speaking(self.lang):
            return format_collection(self.report, [p for _, p in self.problems], [p for _, p in self.notes])


def _check_output(out: PathLike) -> Path:
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise StakegraphError(problem("unknown-round-format", value=target.name))
    return target


def collect(book: BookLike, returns: Sequence[PathLike], out: PathLike, *, key: PathLike | None = None,
            progress: Progress | None = None, lang: str = "en") -> CollectResult:
    """Merge the survey ``returns`` into mapping ``book`` and write the round
    to ``out`` (``.xlsx``). ``key`` is the survey key; without it, the
    ``survey.key`` beside ``book`` or beside a return is used.

    Raises StakegraphError when ``out`` is ``book`` or a return, when no key
    is found, or when the mapping cannot be read; a return that cannot be
    used is refused in the report, never raised. The round's report sheet
    and ``result.text()`` are in ``lang``.
    """
    say = announcer(progress)
    target = _check_output(out)
    opened = as_book(book)
    refuse_inputs([target], [opened.path, *returns, key])
    survey_key = find_key(opened.path, returns, key)
    say(COLLECT[0])
    G = opened.graph
    people = set(stakeholder_nodes(G))
    say(COLLECT[1])
    accepted: list[Return] = []
    refused: list[tuple[str, Problem]] = []
    for path in returns:
        ret, problems = read_return(path, survey_key)
        name = Path(path).name
        if ret is None:
            refused.append((name, problems[0]))
        elif ret.stakeholder not in people:
            refused.append((name, problem("return-unknown-stakeholder", value=name, detail=ret.stakeholder)))
        else:
            accepted.append(ret)
    say(COLLECT[2])
    report, notes = write_merged_round(G, accepted, refused, target, before_writing=lambda: say(COLLECT[3]),
                                       lang=lang)
    return CollectResult(report, target, opened.report, len(refused), refused, lang, notes)


def write_merged_round(G: nx.MultiDiGraph, returns: Sequence[Return], refused: list[tuple[str, Problem]],
                       target: Path, *, before_writing: Callable[[], None] | None = None,
                       lang: str = "en") -> tuple[dict[str, Any], list[tuple[str, Problem]]]:
    """Merge ``returns`` into mapping ``G`` (a "did you mean" against its
    names for each newcomer) and write the round with its collection report
    to ``target`` (its report sheet in ``lang``); return the report and the
    problems found in the returns, as (file, problem). ``collect`` and
    ``session --export`` write their rounds through this one path."""
    names = NameIndex()
    for n in stakeholder_nodes(G):
        names.add(str(G.nodes[n].get("name", n)))
    merged = merge_returns(G, returns, suggest=names.suggest)
    report = collection_report(G, merged, refused)
    if before_writing is not None:
        before_writing()
    notes = round_problems(merged)
    with speaking(lang):
        rows = report_rows(report, [p for _, p in refused], [p for _, p in notes])
        sheet = report_sheet()
    write_round(round_graph(G, merged), rows, target, sheet)
    return report, notes
