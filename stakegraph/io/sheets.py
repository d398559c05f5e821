"""Which sheet holds what, when names do not say: lists of ties and of
transfers, the sheet of most organisation names, a lone matrix, a lone edge
list with no header; the stakeholders of a file of ties alone; and, when
nothing fits, a refusal that says what the file looks like and the one step
to take.

Examples
--------
>>> from stakegraph.io.files import Sheet
>>> sheet = Sheet("register", [["Organisation / body", "Town"], ["Doras", "Limerick"],
...                             ["Garda", "Ennis"], ["Dell", "Limerick"]])
>>> print(refusal([sheet], "register.csv"))  # doctest: +NORMALIZE_WHITESPACE
register, row 1, column Organisation / body: the sheet 'register' looks like a stakeholder list:
3 names in column 'Organisation / body'; run with --columns name='Organisation / body', or
rename that header to 'name'
"""

from __future__ import annotations

from stakegraph.codebook import Codebook, fold, fold_name
from stakegraph.errors import COLUMNS_OPTION, StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_text
from stakegraph.io.columns import ColumnMap
from stakegraph.io.context import ReadContext
from stakegraph.io.discover import (
    headerless_ties,
    list_kind,
    list_overrides,
    name_column,
    partner_pairs,
    people_overrides,
    tie_names,
)
from stakegraph.io.files import Sheet
from stakegraph.io.headers import SEARCH_ROWS, Header, find_header
from stakegraph.io.layouts import is_ignored
from stakegraph.io.matrix import find_matrix
from stakegraph.io.stakeholders import StakeholderRows
from stakegraph.model.records import Stakeholder

__all__ = [
    "bare_edge_list",
    "by_words_only",
    "check_mapping",
    "find_lists",
    "lone_matrix",
    "map_hint",
    "refusal",
    "stakeholder_sheet",
    "stakeholders_from_ties",
]


def by_words_only(kinds: dict[str, str], sheets: list[Sheet], codebook: Codebook,
                  columns: ColumnMap) -> dict[str, str]:
    """``kinds`` without the sheets whose name only holds a stakeholder or tie
    word ("How to fill in the stakeholder list") and whose rows have no
    header of that kind: they are notes, not lists, and are left to be
    reported as sheets stakegraph does not read (or read as matrices).

    >>> from stakegraph.codebook import default_codebook
    >>> notes = Sheet("Stakeholder list guide", [["Write one organisation a row."]])
    >>> by_words_only({"Stakeholder list guide": "stakeholders"}, [notes], default_codebook(), ColumnMap())
    {}
    """
    words = {"stakeholders": people_overrides(columns=columns),
             "relationships": list_overrides("ties", columns=columns)}
    kept = dict(kinds)
    for sheet in sheets:
        kind = kinds.get(sheet.name)
        if kind in words and codebook.sheet_kind(sheet.name) is None \
                and find_header(sheet.rows, kind, codebook, words[kind]) is None:
            del kept[sheet.name]
    return kept


def check_mapping(sheets: list[Sheet], columns: ColumnMap, file: str) -> None:
    """Refuse a column mapping that names a header no sheet has: the user
    said where to look, and nothing is there."""
    if not columns:
        return
    written = {fold(t) for s in sheets for row in s.rows[:SEARCH_ROWS] for t in map(cell_text, row) if t}
    for fields in columns.headers.values():
        for field, header in fields.items():
            if fold(header) not in written:
                raise StakegraphError(problem("mapped-column-missing", value=header, detail=field), file=file)


def find_lists(sheets: list[Sheet], kinds: dict[str, str], codebook: Codebook,
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


def stakeholder_sheet(sheets: list[Sheet], kinds: dict[str, str], codebook: Codebook,
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


def map_hint(column: str) -> Phrase:
    """The one step that makes ``column`` the name column."""
    return Phrase.of(N_("run with {option} name='{column}', or rename that header to 'name'"),
                     option=COLUMNS_OPTION, column=column)


def refusal(sheets: list[Sheet], file: str) -> StakegraphError:
    """Why nothing could be read, and the one step to take: the column most
    like a list of organisation names, or the sheets there are."""
    seen = [c for s in sheets if not is_ignored(s.name) and (c := name_column(s.name, s.rows))]
    if seen:
        best = max(seen, key=lambda c: c.names)
        return StakegraphError(problem(
            "looks-like-stakeholders", sheet=best.sheet, row=Header.excel_row(best.row), column=best.header,
            value=best.sheet, detail=Phrase.of(N_("{n} names in column '{column}'"), n=best.names, column=best.header),
            hint=map_hint(best.header)), file=file)
    listed = ", ".join(f"'{s.name}'" for s in sheets) or "no sheets"
    return StakegraphError(problem("no-known-sheets", value=listed), file=file)


def bare_edge_list(sheets: list[Sheet], kinds: dict[str, str], lists: dict[str, str]) -> dict[str, Header]:
    """The lone sheet of name pairs with no header (an edge list exported
    from another tool), with the header it would have had; empty otherwise."""
    if len(sheets) != 1 or kinds.get(sheets[0].name, "relationships") != "relationships" \
            or sheets[0].name in lists:
        return {}
    header = headerless_ties(sheets[0].rows)
    return {} if header is None else {sheets[0].name: header}


def lone_matrix(sheets: list[Sheet]) -> Sheet | None:
    """The one sheet, in a file of one sheet, that is a matrix with the same
    names across and down (its stakeholders are those names)."""
    if len(sheets) != 1:
        return None
    matrix = find_matrix(sheets[0].rows)
    if matrix is None or len(matrix.columns) < 2:
        return None
    across = {fold_name(label) for _, label in matrix.columns}
    return sheets[0] if across == {fold_name(label) for _, label in matrix.rows} else None


def stakeholders_from_ties(sheets: list[Sheet], matrix_sheet: Sheet | None, ctx: ReadContext,
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
    if matrix_sheet is not None:
        matrix = find_matrix(matrix_sheet.rows)
        assert matrix is not None
        found += [(matrix_sheet.name, label, Header.excel_row(r)) for r, label in matrix.rows]
    for sheet_name in dict.fromkeys(s for s, _, _ in found):
        added = 0
        for s, text, row in found:
            if s == sheet_name and text not in ctx.names:
                ctx.names.add(text)
                people.stakeholders.append(Stakeholder(name=text, sheet=s, row=row))
                added += 1
        ctx.add("tie-list", sheet=sheet_name, value=sheet_name, detail=added)
