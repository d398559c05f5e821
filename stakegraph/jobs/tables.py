"""The ``tables`` job: seat the attendees of a session at its tables.

:func:`seat_tables` reads the workbook and who attends (an IWG, or a file of
names), picks the brokers (the attendees of highest betweenness in the
mapping, one per table), seats the room with
:func:`stakegraph.analysis.seating.seat` and, when asked, writes the seating
and its table cards (``.xlsx``), the printable table cards alone (``.pdf``,
one A4 page per table and round) or JSON.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,level\\nCity Council,public,local\\nDoras,NGO,regional\\n"
...     "Dell,private,national\\nHSE,public,regional\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text("source,target\\nCity Council,HSE\\n", "utf-8")
>>> _ = (folder / "who.txt").write_text("City Council\\nDoras\\nDell\\nHSE\\n", "utf-8")
>>> result = seat_tables(folder, attendees=folder / "who.txt", tables=2, time_limit=1)
>>> result.seating.optimal, result.to_dict()["quality"]["tied_together"]
(True, 0)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.analysis.centrality_paths import betweenness
from stakegraph.analysis.seating import Attendee, Seating, seat
from stakegraph.codebook import LANGUAGES
from stakegraph.errors import StakegraphError, problem
from stakegraph.io.language import book_language
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.formats import checked_output
from stakegraph.jobs.gaps import prepare
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import TABLES, Progress, announcer
from stakegraph.model.jsonsafe import json_text
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.atomic import cannot_write, write_text
from stakegraph.render.map.build import MapOptions
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.page import render_map
from stakegraph.render.report.excel import write_excel_report
from stakegraph.render.report.tables import format_seating, seating_sheets, write_cards_pdf

__all__ = ["SEATING_FORMATS", "TablesResult", "seat_tables"]

#: what a seating file's name may end in
SEATING_FORMATS = (".xlsx", ".json", ".pdf")


@dataclass
class TablesResult(Result):
    """A seated session, its attendees by id, the workbook's import report
    and the file written (if any)."""

    seating: Seating
    people: dict[str, Attendee]
    report: ImportReport
    output: str | None = None
    lang: str = "en"
    maps: list[str] = field(default_factory=list)

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        """The seating (the command's JSON and the .json seating): names by round and table."""
        s = self.seating
        return {"rounds": [[[self.people[i].name for i in table] for table in tables]
                           for tables in s.tables],
                "brokers": [p.name for p in self.people.values() if p.broker],
                "score": s.score, "bound": s.bound, "optimal": s.optimal, "status": s.status,
                "quality": dict(s.counts), "output": self.output, "maps": list(self.maps)}

    def text(self) -> str:
        """The seating as text for the terminal."""
        return format_seating(self.seating, self.people, lang=self.lang)


def seat_tables(
    book: BookLike,
    *,
    tables: int,
    rounds: int = 1,
    attendees: str | os.PathLike[str] | None = None,
    iwg: str | None = None,
    output: str | os.PathLike[str] | None = None,
    time_limit: float = 10.0,
    seed: int = DEFAULT_SEED,
    lang: str = "auto",
    maps: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> TablesResult:
    """Seat the attendees (the names in file ``attendees``, or the members of
    ``iwg``) of ``book`` at ``tables`` tables for ``rounds`` rounds; with
    ``output`` (``.xlsx``, ``.json``, or ``.pdf`` for the table cards
    alone), write the seating there. ``lang`` is the language of the cards'
    and maps' words; ``"auto"``, the workbook's.

    Raises :class:`~stakegraph.errors.StakegraphError` when nobody is named
    as attending, a name or the IWG is unknown, there are fewer attendees
    than tables, or ``output`` has another ending. With ``maps``, a folder,
    also draws one offline map per table and round there
    (``round-1-table-01.html``, …): the table's attendees highlighted among
    the organisations they are tied to. ``time_limit`` is CP-SAT's
    budget in deterministic time units. ``progress`` is told each of
    :data:`~stakegraph.jobs.steps.TABLES` as it starts.
    """
    say = announcer(progress)
    path = checked_output(output, SEATING_FORMATS, "unknown-seating-format")
    if attendees is None and iwg is None:
        raise StakegraphError(problem("no-attendees"))
    if attendees is not None and iwg is not None:
        raise StakegraphError(problem("attendees-conflict"))
    opened = as_book(book)
    refuse_inputs([p for p in (path, maps) if p is not None], [opened.path, attendees])
    say(TABLES[0])
    prepared = prepare(opened, iwg=iwg, members_file=attendees)
    G, members = prepared.graph, list(prepared.scope.members)
    if len(members) < tables:
        raise StakegraphError(problem("too-few-attendees", value=len(members), detail=tables))
    say(TABLES[1])
    H = opened.view()
    rank = betweenness(H, seed=seed).values.reindex(members).fillna(0.0)
    brokers = set(sorted(members, key=lambda n: (-rank[n], members.index(n)))[:tables])
    people = {n: Attendee(n, str(G.nodes[n].get("name", n)), G.nodes[n].get("sector"),
                          G.nodes[n].get("level"), n in brokers, G.nodes[n].get("type")) for n in members}
    ties = [(u, v) for u, v in H.subgraph(members).edges()]
    say(TABLES[2])
    found = seat(list(people.values()), tables, rounds, ties=ties, time_limit=time_limit, seed=seed)
    if lang == "auto":
        lang = book_language(opened.path)
    result = TablesResult(found, people, prepared.report, None if path is None else str(path), lang)
    if path is not None or maps is not None:
        say(TABLES[3])
    if maps is not None:
        result.maps = _table_maps(G, found, Path(maps), lang=lang, seed=seed)
    if path is not None:
        if path.suffix.lower() == ".json":
            write_text(path, json_text(result.to_dict()) + "\n")
        elif path.suffix.lower() == ".pdf":
            write_cards_pdf(found, people, path, lang=lang)
        else:
            write_excel_report(path, seating_sheets(found, people, lang=lang))
    return result


def _table_maps(G: nx.MultiDiGraph, found: Seating, folder: Path, *, lang: str, seed: int) -> list[str]:
    """One map per table and round in ``folder``: the table's attendees,
    highlighted, and the organisations they are tied to."""
    written = []
    with cannot_write(folder):
        folder.mkdir(parents=True, exist_ok=True)
        for r, tables in enumerate(found.tables, start=1):
            for t, table in enumerate(tables, start=1):
                around = set(table) | {m for n in table for m in nx.all_neighbors(G, n)
                                       if G.nodes[m].get("kind") == "stakeholder"}
                path = folder / f"round-{r}-table-{t:02d}.html"
                render_map(G.subgraph(around).copy(), path,
                           MapOptions(title=f"Round {r}, table {t}", lang=lang if lang in LANGUAGES else "en",
                                      seed=seed),
                           MapInputs(highlight={"nodes": set(table), "edges": set(), "label": "at this table"}))
                written.append(str(path))
    return written
