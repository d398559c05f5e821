"""``load``: a workbook, as it really is, becomes the stakegraph graph and an
import report that accounts for every row.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,type\\nCity Council,public,local authority\\nDoras,NGO,ngo\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text(
...     "source,target,type\\nCity Council,Doras,funding\\nDoras,Dora,information\\n", "utf-8")
>>> loaded = load(folder)
>>> loaded.report.counts
{'stakeholders': 2, 'ties': 1, 'iwgs': 0, 'memberships': 0}
>>> print(loaded.report.errors[0])
Relationships, row 3, column target: 'Dora' is not in the Stakeholders sheet; the tie is left out; did you mean 'Doras'?
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.codebook import Codebook, default_codebook, fold
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_text, is_blank
from stakegraph.io.columns import ColumnMap
from stakegraph.io.context import ReadContext
from stakegraph.io.discover import (
    PARTNER_SEPARATORS,
    list_overrides,
    name_column,
    people_overrides,
)
from stakegraph.io.files import Sheet, read_workbook
from stakegraph.io.headers import REQUIRED, Header, find_header, note_header_like_rows
from stakegraph.io.keys import KeyedNames
from stakegraph.io.layouts import (
    OVERRIDES,
    TARGET_SEPARATORS,
    detect_layout,
    foreign_layout,
    is_ignored,
)
from stakegraph.io.lists import read_lists
from stakegraph.io.matrix import find_matrix, looks_like_matrix, read_matrix
from stakegraph.io.memberships import MembershipSet, read_iwg_column, read_memberships
from stakegraph.io.sectors import SectorSource, choose_sector_column, fill_levels, say_sector_column
from stakegraph.io.sheets import (
    bare_edge_list,
    by_words_only,
    check_mapping,
    find_lists,
    lone_matrix,
    map_hint,
    refusal,
    stakeholder_sheet,
    stakeholders_from_ties,
)
from stakegraph.io.stakeholders import StakeholderRows, read_stakeholders
from stakegraph.io.ties import TieSet, read_partners, read_relationships
from stakegraph.io.vocabularies import teach
from stakegraph.limits import Limits
from stakegraph.model.graph import build_graph
from stakegraph.model.records import Membership
from stakegraph.model.report import ImportReport

__all__ = ["Loaded", "load"]

#: an element or node whose type is this word is an IWG, not a stakeholder (Kumu, Onodo)
_IWG_TYPES = {"iwg", "workinggroup", "integrationworkinggroup"}


@dataclass
class Loaded:
    """A loaded workbook: the graph and the import report."""

    graph: nx.MultiDiGraph
    report: ImportReport


def load(path: str | os.PathLike[str], *, codebook: Codebook | None = None,
         columns: ColumnMap | None = None, limits: Limits | None = None) -> Loaded:
    """Read a workbook (``.xlsx``, ``.xlsm``, ``.xls``, ``.ods``, a ``.csv``
    file or a folder of CSV files named like the sheets) into the graph.

    The stakeholders are in the sheet named like a list of stakeholders in
    any of the languages, or else in the one sheet with a column of
    organisation names. A file with only ties (a list of ties, a list of
    transfers, a matrix) gets its stakeholders from the names in them, their
    sector unknown. Ties may name stakeholders by a key column (id, code,
    acronym); a Type or Category column may state the sector. Each such
    inference is reported once.

    ``columns`` says which header holds which field, for headers stakegraph
    does not recognise (see :mod:`stakegraph.io.columns`).

    Problems in the data are collected in ``report.problems``; a
    :class:`~stakegraph.errors.StakegraphError` is raised only when the file
    cannot be read at all, and then says what the file looks like, or when it
    expands beyond ``limits`` (see :mod:`stakegraph.limits`; the defaults when
    not given).
    """
    # an import creates millions of small objects and frees none of them until
    # the end: the cycle collector would only rescan them (a fifth of the time)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(path, codebook, columns or ColumnMap(), limits)
    finally:
        if collecting:
            gc.enable()


def _load(path: str | os.PathLike[str], codebook: Codebook | None, columns: ColumnMap,
          limits: Limits | None) -> Loaded:
    workbook = read_workbook(path, limits=limits)
    codebook = teach(codebook or default_codebook())
    name = os.fspath(path)
    check_mapping(workbook.sheets, columns, name)
    sheets = {s.name: s for s in workbook.sheets}
    layout, kinds = detect_layout(list(sheets), codebook)
    if layout == "stakegraph":
        kinds = by_words_only(kinds, workbook.sheets, codebook, columns)
    lists, pairs = find_lists(workbook.sheets, kinds, codebook, columns) if layout == "stakegraph" else ({}, {})
    kinds.update({s: "relationships" for s in lists if s not in kinds})
    guessed = None if "stakeholders" in kinds.values() else stakeholder_sheet(
        workbook.sheets, kinds, codebook, columns)
    if guessed is not None:
        kinds = {guessed: "stakeholders", **kinds}
    lone = None if kinds else lone_matrix(workbook.sheets)
    bare = {} if lone else bare_edge_list(workbook.sheets, kinds, lists)
    kinds.update({s: "relationships" for s in bare})
    if "stakeholders" not in kinds.values() and "relationships" not in kinds.values() and not lone:
        raise refusal(workbook.sheets, name)

    ctx = ReadContext(codebook, ImportReport(file=name, layout=layout))
    ctx.report.problems.extend(workbook.problems)
    if guessed is not None:
        ctx.add("guessed-sheet", sheet=guessed, value=guessed)
    overrides = {kind: {**OVERRIDES[layout].get(kind, {}), **columns.fields(kind)}
                 for kind in ("memberships", "lists")}
    overrides["stakeholders"] = people_overrides(OVERRIDES[layout].get("stakeholders"), columns)
    tie_words = {s: {**pairs.get(s, {}), **list_overrides(lists.get(s, "ties"),
                                                          OVERRIDES[layout].get("relationships"), columns)}
                 for s, kind in kinds.items() if kind == "relationships"}
    separators = {s: PARTNER_SEPARATORS if s in pairs else TARGET_SEPARATORS[layout] for s in tie_words}
    def by_kind(kind: str) -> list[Sheet]:
        return [sheets[s] for s, k in kinds.items() if k == kind]

    for sheet in by_kind("lists"):
        _read(sheet, "lists", ctx, overrides, lambda s, h: read_lists(s.name, s.rows, h, ctx))

    people = StakeholderRows()
    foreign_iwgs: dict[str, str] = {}
    element_ids: dict[str, tuple[str, bool]] = {}
    # the IWG elements and the column that states the sector are settled before the header's columns are reported
    settled: dict[str, tuple[list[list[Any]], SectorSource | None]] = {}
    for sheet in by_kind("stakeholders"):
        def settle(s: Sheet, h: Header) -> None:
            rows = s.rows if layout == "stakegraph" else _take_iwgs(s, h, ctx, foreign_iwgs, element_ids)
            settled[s.name] = rows, choose_sector_column(s, h, ctx.codebook)

        def stakeholders(s: Sheet, h: Header) -> None:
            rows, chosen = settled[s.name]
            source = say_sector_column(s.name, h, chosen, ctx)
            read_stakeholders(s.name, rows, h, ctx, into=people,
                              type_may_be_sector=layout != "stakegraph" or source is not None)
            if source is not None:
                fill_levels(people.stakeholders, s, source)
        _read(sheet, "stakeholders", ctx, overrides, stakeholders, settle)
    if not by_kind("stakeholders"):
        stakeholders_from_ties(by_kind("relationships"), lone, ctx, tie_words, separators, people,
                                bare)
    keyed = KeyedNames.over(ctx.names, people.stakeholders)
    if keyed.keys:  # a tie may name a stakeholder by a key column
        ctx.names = keyed

    members = MembershipSet()
    for sheet in by_kind("memberships"):
        _read(sheet, "memberships", ctx, overrides,
              lambda s, h: read_memberships(s.name, s.rows, h, ctx, members))
    for sheet in by_kind("stakeholders"):
        read_iwg_column([r for r in people.iwgs if r.sheet == sheet.name], ctx, members, sheet.name)

    ties = TieSet()

    def relationships(s: Sheet, h: Header) -> None:
        transfers = lists.get(s.name) == "transfers"
        if transfers:
            ctx.add("transfer-list", sheet=s.name, value=s.name,
                    detail=Phrase.of(N_("'{payer}' to '{recipient}'"), payer=h.label("source"),
                                     recipient=h.label("target")))
        rows = (_take_memberships(s, h, ctx, foreign_iwgs, members, element_ids)
                if foreign_iwgs or element_ids else s.rows)
        read_relationships(s.name, rows, h, ctx, ties, transfers=transfers,
                           target_separators=separators[s.name])

    for sheet in by_kind("relationships"):
        words = {"relationships": tie_words[sheet.name]}
        matrix = find_matrix(sheet.rows)
        if sheet.name in bare:
            relationships(sheet, bare[sheet.name])
        elif (find_header(sheet.rows, "relationships", ctx.codebook, words["relationships"]) is None
                and looks_like_matrix(matrix, ctx.names)):
            assert matrix is not None
            read_matrix(sheet.name, sheet.rows, matrix, ctx, ties)  # a matrix named "Relationships"
        else:
            _read(sheet, "relationships", ctx, words, relationships)
    for sheet in workbook.sheets:
        if sheet.name in kinds or is_ignored(sheet.name):
            continue
        matrix = find_matrix(sheet.rows)
        if looks_like_matrix(matrix, ctx.names):
            assert matrix is not None
            read_matrix(sheet.name, sheet.rows, matrix, ctx, ties)
        elif any(not is_blank(v) for row in sheet.rows for v in row):
            tool = foreign_layout(sheet.name)
            ctx.add("unknown-sheet" if tool is None else "foreign-sheet", sheet=sheet.name,
                    value=sheet.name, detail=tool)
    for sheet in by_kind("stakeholders"):
        read_partners([r for r in people.partners if r.sheet == sheet.name], ctx, ties, sheet.name)
    key_sheet = people.stakeholders[0].sheet if people.stakeholders else None
    for label in keyed.used:
        ctx.add("ties-by-key", sheet=key_sheet, column=label, value=label, detail=key_sheet)

    # the title the officer wrote above the header names the map and reports
    title = people.title or Path(name).stem
    graph = build_graph(people.stakeholders, ties.ties, members.memberships, title=title,
                        personal=people.personal)
    ctx.report.counts = {
        "stakeholders": len(people.stakeholders),
        "ties": len(ties.ties),
        "iwgs": sum(1 for _, k in graph.nodes(data="kind") if k == "iwg"),
        "memberships": len(members.memberships),
    }
    graph.graph["layout"] = layout
    return Loaded(graph, ctx.report)


def _read(sheet: Sheet, kind: str, ctx: ReadContext, overrides: dict[str, dict[str, str]],
          reader: Any, settle: Any = None) -> None:
    """Find the header of ``sheet`` and hand it to ``reader``; a sheet without
    its required columns is reported and all its rows counted as rejected.
    ``settle`` may change the header (take a column for a field) before its
    unknown columns are reported."""
    header = find_header(sheet.rows, kind, ctx.codebook, overrides.get(kind))
    if header is None:
        filled = [i for i, row in enumerate(sheet.rows) if any(not is_blank(v) for v in row)]
        first = find_header(sheet.rows[filled[0]:filled[0] + 1], kind, ctx.codebook) if filled else None
        for field in REQUIRED[kind]:
            if first is not None and field in first.fields:
                continue
            near = next((k for k, v in (first.near if first else {}).items() if v == field), None)
            names = name_column(sheet.name, sheet.rows, ctx.codebook) if field == "name" else None
            top = names.row if names is not None else filled[0] if filled else None
            ctx.add("missing-column", sheet=sheet.name, row=None if top is None else top + 1,
                    value=field, suggestion=near, hint=None if names is None else (
                        Phrase.of(N_("it looks like a stakeholder list, with {n} names in column '{column}'; {step}"),
                                  n=names.names, column=names.header, step=map_hint(names.header))))
        account = ctx.report.account(sheet.name)
        account.rows += max(len(filled) - 1, 0)
        account.rejected += max(len(filled) - 1, 0)
        return
    note_header_like_rows(header, sheet.rows, kind, ctx.codebook, overrides.get(kind))
    for code, row, value, detail in header.notes:  # the header, or rows like it, again below it
        ctx.add(code, sheet=sheet.name, row=row, value=value, detail=detail)
    if settle is not None:
        settle(sheet, header)
    for text, field in header.near.items():
        ctx.add("unknown-column", sheet=sheet.name, row=header.row + 1, column=text, value=text,
                suggestion=ctx.codebook.column_label(kind, field))
    reader(sheet, header)


def _type_of(row: list[Any], header: Any) -> str:
    col = header.fields.get("type")
    return fold(cell_text(row[col]) or "") if col is not None and col < len(row) else ""


def _take_iwgs(sheet: Sheet, header: Any, ctx: ReadContext, iwgs: dict[str, str],
               ids: dict[str, tuple[str, bool]]) -> list[list[Any]]:
    """Kumu/Onodo: elements typed IWG are groups, not stakeholders. They are
    counted as imported and left out of the rows handed to the stakeholder reader.

    Kumu's ``ID`` column (how Kumu holds two elements with one label, such as
    a stakeholder named like an IWG) fills ``ids`` (id -> label, is an IWG) for
    the connections to name elements by, and is not kept as an attribute."""
    rows = list(sheet.rows)
    account = ctx.report.account(sheet.name)
    id_column = next((c for text, c in header.extras.items() if fold(text) == "id"), None)
    if id_column is not None:
        header.extras = {text: c for text, c in header.extras.items() if c != id_column}
    for i in range(header.row + 1, len(rows)):
        name_col = header.fields["name"]
        if id_column is not None and id_column < len(rows[i]) and name_col < len(rows[i]):
            key, label = cell_text(rows[i][id_column]), cell_text(rows[i][name_col])
            if key and label:
                ids[key] = (label, _type_of(rows[i], header) in _IWG_TYPES)
        if _type_of(rows[i], header) in _IWG_TYPES:
            label = cell_text(rows[i][name_col])
            if label:
                iwgs[fold(label)] = label
                account.rows += 1
                account.imported += 1
                rows[i] = []
    return rows


def _take_memberships(sheet: Sheet, header: Any, ctx: ReadContext, iwgs: dict[str, str],
                      members: MembershipSet, ids: dict[str, tuple[str, bool]]) -> list[list[Any]]:
    """Kumu/Onodo: a connection from a stakeholder to an IWG element is a
    membership; its type, when a role word, is the role. A connection naming
    elements by Kumu ID is a membership when its target's ID is an IWG's,
    and otherwise a tie between the labels of those IDs."""
    rows = list(sheet.rows)
    account = ctx.report.account(sheet.name)
    src, dst = header.fields["source"], header.fields["target"]
    for i in range(header.row + 1, len(rows)):
        row = rows[i]
        target = cell_text(row[dst]) if dst < len(row) else None
        source = cell_text(row[src]) if src < len(row) else None
        parts = [p.strip() for p in target.split("|")] if target and "|" in target else []
        if parts and all(p in ids and not ids[p][1] for p in parts):
            # several targets by ID ("e2|e3"): each is a stakeholder's label
            source = ids[source][0] if source in ids else source
            labels = "|".join(ids[p][0] for p in parts)
            rows[i] = [source if c == src else labels if c == dst else v for c, v in enumerate(row)]
            continue
        if target in ids:
            label, is_iwg = ids[target]
            source = ids[source][0] if source in ids else source
            if not is_iwg:
                rows[i] = [source if c == src else label if c == dst else v for c, v in enumerate(row)]
                continue
            target = label
        elif target is None or fold(target) not in iwgs:
            continue
        account.rows += 1
        node = ctx.names.resolve(source) if source else None
        if node is None:
            ctx.add("unknown-stakeholder", sheet=sheet.name, row=i + 1,
                    column=header.label("source"), value=source, detail=N_("membership"),
                    suggestion=ctx.names.suggest(source or ""))
            account.rejected += 1
        else:
            cell = {k: cell_text(row[c]) if c < len(row) else None for k, c in header.fields.items()}
            role = ctx.codebook.value("role", cell.get("type")) or "member"
            first = members.add(Membership(node, iwgs[fold(target)], role, cell.get("since"),
                                           sheet=sheet.name, row=i + 1))
            account.imported += first is None
            account.merged += first is not None
        rows[i] = []
    return rows
