"""The ``forums`` job: the two-mode network of stakeholders and their groups.

The groups are the workbook's IWGs, or, with ``column``, the forums or
projects a column of the Stakeholders sheet lists (several per cell, split
as themes are). :func:`forums` returns each group's size, the group
projection (pairs of groups and the members they share) and the
organisations that link groups
(:mod:`stakegraph.analysis.twomode`).

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,forums\\nCity,public,Jobs Forum; Health Forum\\nDoras,NGO,Jobs Forum\\n", "utf-8")
>>> result = forums(folder, column="Forums")
>>> result.found["group_ties"], [r["name"] for r in result.found["linking"]]
([{'groups': ['Health Forum', 'Jobs Forum'], 'shared': 1}], ['City'])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stakegraph.analysis.twomode import (
    affiliation_graph,
    iwg_affiliations,
    linking_organisations,
    projections,
)
from stakegraph.codebook import fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, speaking
from stakegraph.io.cells import split_list
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.result import Result
from stakegraph.model import stakeholder_nodes
from stakegraph.model.report import ImportReport
from stakegraph.render.report.forums import format_forums

__all__ = ["ForumsResult", "forums"]


@dataclass
class ForumsResult(Result):
    """The groups of a workbook and who links them, and its import report."""

    found: dict[str, Any]
    report: ImportReport
    lang: str = "en"

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return dict(self.found)

    def text(self) -> str:
        """The groups as text for the terminal, in the result's language."""
        with speaking(self.lang):
            return format_forums(self.found)


def forums(book: BookLike, *, column: str | None = None, lang: str = "en") -> ForumsResult:
    """The two-mode network of ``book``: its IWGs or, with ``column`` (a
    header of the Stakeholders sheet, matched without regard to case and
    accents), the groups that column lists. Raises
    :class:`~stakegraph.errors.StakegraphError` when the column is unknown."""
    opened = as_book(book)
    G = opened.graph
    people = stakeholder_nodes(G)
    names = {n: str(G.nodes[n].get("name", n)) for n in people}
    if column is None:
        kind, memberships = "iwg", iwg_affiliations(G)
    else:
        headers = {fold_name(h): h for h in G.graph.get("extra_columns", [])}
        header = headers.get(fold_name(column))
        if header is None:
            raise StakegraphError(problem("unknown-forum-column", value=column,
                                          detail=", ".join(headers.values()) or N_("no other column")))
        kind, memberships = "forum", {n: split_list(G.nodes[n].get(header)) for n in people}
    B = affiliation_graph(memberships, kind=kind, names=names)
    _, groups = projections(B)
    found = {
        "kind": kind.upper() if kind == "iwg" else kind,
        "groups": [{"name": B.nodes[g]["name"], "members": B.degree(g)} for g in groups],
        "group_ties": sorted(
            ({"groups": sorted([B.nodes[u]["name"], B.nodes[v]["name"]], key=fold_name), "shared": w}
             for u, v, w in groups.edges(data="weight")),
            key=lambda t: (-t["shared"], [fold_name(g) for g in t["groups"]])),
        "linking": [{k: r[k] for k in ("name", "groups", "links", "sole_links")}
                    for r in linking_organisations(B)],
    }
    return ForumsResult(found, opened.report, lang)
