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

from stakegraph.codebook import Codebook, default_codebook, fold, fold_name
from stakegraph.errors import COLUMNS_OPTION, StakegraphError, problem
from stakegraph.io.cells import cell_text, is_blank
from stakegraph.io.columns import ColumnMap
from stakegraph.io.context import ReadContext
from stakegraph.io.discover import (
    PARTNER_SEPARATORS,
    headerless_ties,
    list_kind,
    list_overrides,
    name_column,
    partner_pairs,
    people_overrides,
    tie_names,
)
from stakegraph.io.files import Sheet, read_workbook
from stakegraph.io.headers import REQUIRED, SEARCH_ROWS, Header, find_header
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
from stakegraph.io.sectors import implied_level, sector_source
from stakegraph.io.stakeholders import StakeholderRows, read_stakeholders
from stakegraph.io.ties import TieSet, read_partners, read_relationships
from stakegraph.io.vocabularies import teach
from stakegraph.model.graph import build_graph
from stakegraph.model.records import Membership, Stakeholder
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
         columns: ColumnMap | None = None) -> Loaded:
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
    cannot be read at all, and then says what the file looks like.
    """
    # an import creates millions of small objects and frees none of them until
    # the end: the cycle collector would only rescan them (a fifth of the time)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load(path, codebook, columns or ColumnMap())
    finally:
        if collecting:
            gc.enable()


def _load(path: str | os.PathLike[str], codebook: Codebook | None, columns: ColumnMap) -> Loaded:
    workbook = read_workbook(path)
    codebook = teach(codebook or default_codebook())
    name = os.fspath(path)
    _check_mapping(workbook.sheets, columns, name)
    sheets = {s.name: s for s in workbook.sheets}
    layout, kinds = detect_layout(list(sheets), codebook)
    lists, pairs = _lists(workbook.sheets, kinds, codebook, columns) if layout == "stakegraph" else ({}, {})
    kinds.update({s: "relationships" for s in lists if s not in kinds})
    guessed = None if "stakeholders" in kinds.values() else _stakeholder_sheet(
        workbook.sheets, kinds, codebook, columns)
    if guessed is not None:
        kinds = {guessed: "stakeholders", **kinds}
    lone_matrix = None if kinds else _lone_matrix(workbook.sheets)
    # a lone sheet of name pairs with no header: an edge list exported from another tool
    bare = {s.name: h for s in workbook.sheets if len(workbook.sheets) == 1 and not lone_matrix
            and kinds.get(s.name, "relationships") == "relationships" and s.name not in lists
            and (h := headerless_ties(s.rows)) is not None}
    kinds.update({s: "relationships" for s in bare})
    if "stakeholders" not in kinds.values() and "relationships" not in kinds.values() and not lone_matrix:
        raise _refusal(workbook.sheets, name)

    ctx = ReadContext(codebook, ImportReport(file=name, layout=layout))
    if guessed is not None:
        ctx.add("guessed-sheet", sheet=guessed, value=guessed)
    overrides = {kind: {**OVERRIDES[layout].get(kind, {}), **columns.fields(kind)}
                 for kind in ("memberships", "lists")}
    overrides["stakeholders"] = people_overrides(OVERRIDES[layout].get("stakeholders"), columns)
    tie_words = {s: {**pairs.get(s, {}), **list_overrides(lists.get(s, "ties"),
                                                          OVERRIDES[layout].get("relationships"), columns)}
                 for s, kind in kinds.items() if kind == "relationships"}
    separators = {s: PARTNER_SEPARATORS if s in pairs else TARGET_SEPARATORS[layout] for s in tie_words}
    by_kind = lambda kind: [sheets[s] for s, k in kinds.items() if k == kind]  # noqa: E731

    for sheet in by_kind("lists"):
        _read(sheet, "lists", ctx, overrides, lambda s, h: read_lists(s.name, s.rows, h, ctx))

    people = StakeholderRows()
    foreign_iwgs: dict[str, str] = {}
    for sheet in by_kind("stakeholders"):
        def stakeholders(s: Sheet, h: Header) -> None:
            rows = s.rows if layout == "stakegraph" else _take_iwgs(s, h, ctx, foreign_iwgs)
            source = _sector_column(s, h, ctx)
            read_stakeholders(s.name, rows, h, ctx, into=people,
                              type_may_be_sector=layout != "stakegraph" or source is not None)
            if source is not None:
                _fill_levels(people.stakeholders, s, source)
        _read(sheet, "stakeholders", ctx, overrides, stakeholders)
    if not by_kind("stakeholders"):
        _stakeholders_from_ties(by_kind("relationships"), lone_matrix, ctx, tie_words, separators, people,
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
                    detail=f"'{h.label('source')}' to '{h.label('target')}'")
        rows = _take_memberships(s, h, ctx, foreign_iwgs, members) if foreign_iwgs else s.rows
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
    graph = build_graph(people.stakeholders, ties.ties, members.memberships, title=title)
    ctx.report.counts = {
        "stakeholders": len(people.stakeholders),
        "ties": len(ties.ties),
        "iwgs": sum(1 for _, k in graph.nodes(data="kind") if k == "iwg"),
        "memberships": len(members.memberships),
    }
    graph.graph["layout"] = layout
    return Loaded(graph, ctx.report)


def _check_mapping(sheets: list[Sheet], columns: ColumnMap, file: str) -> None:
    """Refuse a column mapping that names a header no sheet has: the user
    said where to look, and nothing is there."""
    if not columns:
        return
    written = {fold(t) for s in sheets for row in s.rows[:SEARCH_ROWS] for t in map(cell_text, row) if t}
    for fields in columns.headers.values():
        for field, header in fields.items():
            if fold(header) not in written:
                raise StakegraphError(problem("mapped-column-missing", value=header, detail=field), file=file)


def _lists(sheets: list[Sheet], kinds: dict[str, str], codebook: Codebook,
           columns: ColumnMap) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The sheets that are lists of ties or of transfers (those with no kind
    by name, and those named like a Relationships sheet, which may hold
    transfers), and the header words of those written as organisation and
    partner, one pair a row."""
    found: dict[str, str] = {}
    pairs: dict[str, dict[str, str]] = {}
    for sheet in sheets:
        if kinds.get(sheet.name, "relationships") == "relationships" and not is_ignored(sheet.name):
            kind = list_kind(sheet.rows, codebook, columns)
            words = partner_pairs(sheet.rows, codebook, columns) if kind is None else None
            if words is not None:
                kind, pairs[sheet.name] = "ties", words
            if kind is not None:
                found[sheet.name] = kind
    return found, pairs


def _stakeholder_sheet(sheets: list[Sheet], kinds: dict[str, str], codebook: Codebook,
                       columns: ColumnMap) -> str | None:
    """The sheet to read as the Stakeholders sheet of a workbook that has none
    by name (``Sheet1``, ``Foglio1``, ``mapping.csv``): the only sheet with a
    name column, or else the only one with name and sector columns, or else
    the one whose name column holds the most different names."""
    found = {s.name: (s, h) for s in sheets if s.name not in kinds and not is_ignored(s.name)
             and (h := find_header(s.rows, "stakeholders", codebook, people_overrides(columns=columns)))}
    if len(found) <= 1:
        return next(iter(found), None)
    with_sector = [n for n, (_, h) in found.items() if "sector" in h.fields]
    if len(with_sector) == 1:
        return with_sector[0]
    counts = {n: len({fold_name(t) for _, row in h.data_rows(s.rows)
                      if (t := cell_text(row[h.fields["name"]]))})
              for n, (s, h) in found.items()}
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    return ranked[0] if counts[ranked[0]] > counts[ranked[1]] else None


def _map_hint(column: str) -> str:
    """The one step that makes ``column`` the name column."""
    return f"run with {COLUMNS_OPTION} name='{column}', or rename that header to 'name'"


def _refusal(sheets: list[Sheet], file: str) -> StakegraphError:
    """Why nothing could be read, and the one step to take: the column most
    like a list of organisation names, or the sheets there are."""
    seen = [c for s in sheets if not is_ignored(s.name) and (c := name_column(s.name, s.rows))]
    if seen:
        best = max(seen, key=lambda c: c.names)
        return StakegraphError(problem(
            "looks-like-stakeholders", sheet=best.sheet, row=Header.excel_row(best.row), column=best.header,
            value=best.sheet, detail=f"{best.names} names in column '{best.header}'",
            hint=_map_hint(best.header)), file=file)
    listed = ", ".join(f"'{s.name}'" for s in sheets) or "no sheets"
    return StakegraphError(problem("no-known-sheets", value=listed), file=file)


def _lone_matrix(sheets: list[Sheet]) -> Sheet | None:
    """The one sheet, in a file of one sheet, that is a matrix with the same
    names across and down (its stakeholders are those names)."""
    if len(sheets) != 1:
        return None
    matrix = find_matrix(sheets[0].rows)
    if matrix is None or len(matrix.columns) < 2:
        return None
    across = {fold_name(label) for _, label in matrix.columns}
    return sheets[0] if across == {fold_name(label) for _, label in matrix.rows} else None


def _stakeholders_from_ties(sheets: list[Sheet], lone_matrix: Sheet | None, ctx: ReadContext,
                            tie_words: dict[str, dict[str, str]], separators: dict[str, str],
                            people: StakeholderRows, bare: dict[str, Header]) -> None:
    """A file of ties alone: its stakeholders are the names in the ties, each
    with an unknown sector; one warning per sheet says so."""
    found: list[tuple[str, str, int]] = []
    for sheet in sheets:
        header = bare.get(sheet.name) or find_header(sheet.rows, "relationships", ctx.codebook,
                                                     tie_words[sheet.name])
        if header is not None:
            found += [(sheet.name, n, r) for n, r in tie_names(sheet.rows, header, separators[sheet.name])]
    if lone_matrix is not None:
        matrix = find_matrix(lone_matrix.rows)
        assert matrix is not None
        found += [(lone_matrix.name, label, Header.excel_row(r)) for r, label in matrix.rows]
    for sheet_name in dict.fromkeys(s for s, _, _ in found):
        added = 0
        for s, text, row in found:
            if s == sheet_name and text not in ctx.names:
                ctx.names.add(text)
                people.stakeholders.append(Stakeholder(name=text, sheet=s, row=row))
                added += 1
        ctx.add("tie-list", sheet=sheet_name, value=sheet_name, detail=added)


def _sector_column(sheet: Sheet, header: Header, ctx: ReadContext) -> int | None:
    """Point ``header`` at the column that states the sector, when no column
    is named for it, and say so; that column's index, or ``None``."""
    source = sector_source(sheet.rows, header, ctx.codebook)
    if source is None:
        return None
    label = source.label
    if not source.trusted:
        ctx.add("sector-words-in-column", sheet=sheet.name, row=header.row + 1, column=label, value=label,
                detail=f"{source.stated} of {source.rows} rows",
                hint=f"run with {COLUMNS_OPTION} sector='{label}' to read the sector from it")
        return None
    if "type" not in header.fields or header.fields["type"] == source.column:
        header.fields["type"] = source.column
    else:
        header.fields["sector"] = source.column
        header.labels["sector"] = label
    header.labels.setdefault("type", label)
    header.extras.pop(label, None)
    header.near.pop(label, None)
    ctx.add("sector-from-column", sheet=sheet.name, row=header.row + 1, column=label, value=label,
            detail=f"{source.stated} of {source.rows} rows state one")
    return source.column


def _fill_levels(stakeholders: list[Stakeholder], sheet: Sheet, column: int) -> None:
    """Give the stakeholders of ``sheet`` that have no level the level their
    category implies ("Regional public authority" → regional)."""
    for s in stakeholders:
        if s.sheet == sheet.name and s.level is None and s.row is not None:
            row = sheet.rows[s.row - 1]
            s.level = implied_level(row[column]) if column < len(row) else None


def _read(sheet: Sheet, kind: str, ctx: ReadContext, overrides: dict[str, dict[str, str]],
          reader: Any) -> None:
    """Find the header of ``sheet`` and hand it to ``reader``; a sheet without
    its required columns is reported and all its rows counted as rejected."""
    header = find_header(sheet.rows, kind, ctx.codebook, overrides.get(kind))
    if header is None:
        filled = [i for i, row in enumerate(sheet.rows) if any(not is_blank(v) for v in row)]
        first = find_header(sheet.rows[filled[0]:filled[0] + 1], kind, ctx.codebook) if filled else None
        for field in REQUIRED[kind]:
            if first is not None and field in first.fields:
                continue
            near = next((k for k, v in (first.near if first else {}).items() if v == field), None)
            names = name_column(sheet.name, sheet.rows) if field == "name" else None
            top = names.row if names is not None else filled[0] if filled else None
            ctx.add("missing-column", sheet=sheet.name, row=None if top is None else top + 1,
                    value=field, suggestion=near, hint=None if names is None else (
                        f"it looks like a stakeholder list, with {names.names} names in column "
                        f"'{names.header}'; {_map_hint(names.header)}"))
        account = ctx.report.account(sheet.name)
        account.rows += max(len(filled) - 1, 0)
        account.rejected += max(len(filled) - 1, 0)
        return
    for text, field in header.near.items():
        ctx.add("unknown-column", sheet=sheet.name, row=header.row + 1, column=text, value=text,
                suggestion=ctx.codebook.column_label(kind, field))
    reader(sheet, header)


def _type_of(row: list[Any], header: Any) -> str:
    col = header.fields.get("type")
    return fold(cell_text(row[col]) or "") if col is not None and col < len(row) else ""


def _take_iwgs(sheet: Sheet, header: Any, ctx: ReadContext, iwgs: dict[str, str]) -> list[list[Any]]:
    """Kumu/Onodo: elements typed IWG are groups, not stakeholders. They are
    counted as imported and left out of the rows handed to the stakeholder reader."""
    rows = list(sheet.rows)
    account = ctx.report.account(sheet.name)
    for i in range(header.row + 1, len(rows)):
        if _type_of(rows[i], header) in _IWG_TYPES:
            label = cell_text(rows[i][header.fields["name"]])
            if label:
                iwgs[fold(label)] = label
                account.rows += 1
                account.imported += 1
                rows[i] = []
    return rows


def _take_memberships(sheet: Sheet, header: Any, ctx: ReadContext, iwgs: dict[str, str],
                      members: MembershipSet) -> list[list[Any]]:
    """Kumu/Onodo: a connection from a stakeholder to an IWG element is a
    membership; its type, when a role word, is the role."""
    rows = list(sheet.rows)
    account = ctx.report.account(sheet.name)
    src, dst = header.fields["source"], header.fields["target"]
    for i in range(header.row + 1, len(rows)):
        row = rows[i]
        target = cell_text(row[dst]) if dst < len(row) else None
        if target is None or fold(target) not in iwgs:
            continue
        account.rows += 1
        source = cell_text(row[src]) if src < len(row) else None
        node = ctx.names.resolve(source) if source else None
        if node is None:
            ctx.add("unknown-stakeholder", sheet=sheet.name, row=i + 1,
                    column=header.label("source"), value=source, detail="membership",
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
