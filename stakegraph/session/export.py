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
from pathlib import Path
from typing import Any

from stakegraph.errors import StakegraphError, problem
from stakegraph.io import Limits, load
from stakegraph.io.columns import ColumnMap
from stakegraph.jobs.collect import write_merged_round
from stakegraph.jobs.output import refuse_inputs
from stakegraph.session.store import SessionStore, session_path

__all__ = ["export_round"]


def export_round(book: str | os.PathLike[str], out: str | os.PathLike[str], *,
                 session_file: str | os.PathLike[str] | None = None, columns: ColumnMap | None = None,
                 limits: Limits | None = None) -> dict[str, Any]:
    """Write the round of ``book``'s session to ``out`` (``.xlsx``); return
    the collection report with ``round`` (where it is) and ``import_errors``.

    Raises StakegraphError when ``out`` is not ``.xlsx`` or is an input,
    when there is no session file, or when it cannot be opened.
    """
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise StakegraphError(problem("unknown-round-format", value=target.name))
    path = Path(session_file) if session_file else session_path(book)
    refuse_inputs([target], [book, path])
    if not path.is_file():
        raise StakegraphError(problem("no-session-file", value=str(path)))
    loaded = load(book, columns=columns, limits=limits)
    try:
        store = SessionStore(path)
        returns = store.returns()
        store.close()
    except sqlite3.DatabaseError as exc:
        raise StakegraphError(problem("session-file-unreadable", value=str(path), detail=str(exc))) from None
    people = set(loaded.graph.nodes)
    report = write_merged_round(loaded.graph, [r for r in returns if r.stakeholder in people], [], target)
    return {**report, "round": str(target), "import_errors": len(loaded.report.errors)}
