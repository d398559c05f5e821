"""``stakegraph session BOOK --export ROUND.xlsx``: the session's answers as a new round.

The answers in the session file become the merge model's returns (one
per organisation that answered), merged into the mapping and written by
the same path as ``stakegraph collect``
(:func:`stakegraph.jobs.collect.write_merged_round`): each tie with its
status (confirmed, one-sided, mapping) and who reported it, newcomers
with who proposed them and a "did you mean", the response rates.
``stakegraph diff BOOK ROUND.xlsx`` compares it with the mapping. The
session file is only read.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stakegraph.errors import Problem, StakegraphError, problem
from stakegraph.i18n import speaking
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.model.report import ImportReport
from stakegraph.session.store import SessionStore, session_path

__all__ = ["ExportResult", "export_round"]


@dataclass
class ExportResult(Result):
    """The collection report of the session's round, where it was written,
    and the mapping's import report."""

    report: dict[str, Any]
    path: Path
    mapping: ImportReport
    #: the problems found in the session's answers, as (file, problem)
    notes: list[tuple[str, Problem]] = field(default_factory=list)
    #: the language of the round's report and of :meth:`text`
    lang: str = "en"

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.mapping}

    def payload(self) -> dict[str, Any]:
        """The collection report and where the round is."""
        return {**self.report, "round": str(self.path)}

    def text(self) -> str:
        """The collection report for the terminal, in the result's language
        (as ``collect`` says its round)."""
        from stakegraph.render.survey.report import format_collection

        with speaking(self.lang):
            return format_collection(self.report, notes=[p for _, p in self.notes])


def export_round(book: BookLike, out: str | os.PathLike[str], *,
                 session_file: str | os.PathLike[str] | None = None, lang: str = "en") -> ExportResult:
    """Write the round of ``book``'s session to ``out`` (``.xlsx``), its
    report sheet in ``lang``, as ``collect`` writes its round.

    Raises StakegraphError when ``out`` is not ``.xlsx`` or is an input,
    when there is no session file, or when it cannot be opened.
    """
    from stakegraph.jobs.collect import write_merged_round

    opened = as_book(book)
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise StakegraphError(problem("unknown-round-format", value=target.name))
    path = Path(session_file) if session_file else session_path(opened.path)
    refuse_inputs([target], [opened.path, path])
    if not path.is_file():
        raise StakegraphError(problem("no-session-file", value=str(path)))
    G = opened.graph
    try:
        store = SessionStore(path)
        returns = store.returns()
        store.close()
    except sqlite3.DatabaseError as exc:
        raise StakegraphError(problem("session-file-unreadable", value=str(path), detail=str(exc))) from None
    people = set(G.nodes)
    report, notes = write_merged_round(G, [r for r in returns if r.stakeholder in people], [], target, lang=lang)
    return ExportResult(report, target, opened.report, notes, lang)
