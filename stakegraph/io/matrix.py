"""Reading ties from an adjacency matrix: a sheet, whatever its name, whose
first row and first column hold the same stakeholder names (a sheet named
like a Relationships sheet too, when it has no source and target columns).

A cell holding a number above 0 is a tie of that weight from the row's
stakeholder to the column's; an ``x``, a tick or a yes-word is a tie of
weight 1, and a no-word none. A symmetric matrix gives undirected ties, one
per pair; an asymmetric one gives directed ties, row to column.

Examples
--------
>>> rows = [["", "A", "B"], ["A", 0, 1], ["B", 1, 0]]
>>> m = find_matrix(rows)
>>> (m.header_row, m.label_column, [label for _, label in m.columns])
(0, 0, ['A', 'B'])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stakegraph.codebook import fold_name
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_number, cell_text, is_blank
from stakegraph.io.context import ReadContext
from stakegraph.io.headers import SEARCH_ROWS, Header
from stakegraph.io.names import NameIndex
from stakegraph.io.ties import TieSet
from stakegraph.model.records import Tie

__all__ = ["Matrix", "find_matrix", "looks_like_matrix", "read_matrix"]

#: marks that say "these two work together" in a matrix cell
_TICKS = {"x", "✓", "✔", "☑", "●", "•"}


@dataclass
class Matrix:
    """Where a matrix's names are: the header row, the column of row names,
    the (column index, name) pairs across and the (row index, name) pairs down."""

    header_row: int
    label_column: int
    columns: list[tuple[int, str]]
    rows: list[tuple[int, str]]


def find_matrix(rows: list[list[Any]]) -> Matrix | None:
    """The layout of a matrix-shaped sheet, or ``None`` if it has no row of
    two or more names with names below it."""
    for r, row in enumerate(rows[:SEARCH_ROWS]):
        filled = [c for c, v in enumerate(row) if not is_blank(v)]
        if len(filled) < 2:
            continue
        below = rows[r + 1:]
        label_column = next(
            (c for c in range(max((len(x) for x in below), default=0))
             if any(c < len(x) and not is_blank(x[c]) for x in below)),
            None,
        )
        if label_column is None:
            return None
        columns = [(c, str(cell_text(row[c]))) for c in filled if c > label_column]
        down = [
            (r + 1 + i, str(cell_text(x[label_column])))
            for i, x in enumerate(below)
            if label_column < len(x) and not is_blank(x[label_column])
        ]
        return Matrix(r, label_column, columns, down)
    return None


def looks_like_matrix(matrix: Matrix | None, names: NameIndex) -> bool:
    """True when at least two names across and down, and most of them, are stakeholders."""
    if matrix is None or len(matrix.columns) < 2 or len(matrix.rows) < 2:
        return False
    across = sum(label in names for _, label in matrix.columns)
    down = sum(label in names for _, label in matrix.rows)
    return across * 2 >= len(matrix.columns) and down * 2 >= len(matrix.rows)


def read_matrix(
    sheet: str, rows: list[list[Any]], matrix: Matrix, ctx: ReadContext, ties: TieSet
) -> None:
    """Read the ties of ``matrix`` into ``ties``, reporting a matrix that is not
    square, names that do not match, and cells that are not numbers."""
    account = ctx.report.account(sheet)
    header_excel = Header.excel_row(matrix.header_row)
    across = {fold_name(label): (c, label) for c, label in matrix.columns}
    down = {fold_name(label): (r, label) for r, label in matrix.rows}
    if len(matrix.columns) != len(matrix.rows):
        ctx.add("matrix-not-square", sheet=sheet, row=header_excel,
                detail=Phrase.of(N_("{down} names down and {across} across"), down=len(matrix.rows),
                                 across=len(matrix.columns)))
    for key, (c, label) in across.items():
        if key not in down:
            ctx.add("matrix-name-mismatch", sheet=sheet, row=header_excel, column=_letter(c),
                    value=label, detail=N_("is across the first row but not down the first column"))
    for key, (r, label) in down.items():
        if key not in across:
            ctx.add("matrix-name-mismatch", sheet=sheet, row=Header.excel_row(r),
                    column=_letter(matrix.label_column), value=label,
                    detail=N_("is down the first column but not across the first row"))

    cells: dict[tuple[str, str], tuple[float, int, str]] = {}
    col_ids = {c: ctx.names.resolve(label) for c, label in matrix.columns}
    for c, label in matrix.columns:
        if col_ids[c] is None:
            ctx.add("unknown-stakeholder", sheet=sheet, row=header_excel, column=_letter(c),
                    value=label, detail=N_("tie"), suggestion=ctx.names.suggest(label))
    seen_rows: set[str] = set()
    for r, label in matrix.rows:
        account.rows += 1
        excel_row = Header.excel_row(r)
        source = ctx.names.resolve(label)
        where: dict[str, Any] = {"sheet": sheet, "row": excel_row}
        if source is None:
            ctx.add("unknown-stakeholder", column=_letter(matrix.label_column), value=label,
                    detail=N_("row of ties"), suggestion=ctx.names.suggest(label), **where)
            account.rejected += 1
            continue
        if source in seen_rows:
            ctx.add("matrix-name-mismatch", column=_letter(matrix.label_column), value=label,
                    detail=N_("is down the first column twice; the second row is left out"), **where)
            account.rejected += 1
            continue
        seen_rows.add(source)
        account.imported += 1
        row = rows[r]
        for c, _ in matrix.columns:
            value = row[c] if c < len(row) else None
            if is_blank(value):
                continue
            number = cell_number(value)
            mark = None if number is not None else _mark(cell_text(value) or "", ctx)
            if number is None and mark is None:
                ctx.add("matrix-bad-cell", column=_letter(c), value=cell_text(value), **where)
                continue
            target = col_ids[c]
            if (mark if number is None else number > 0) is False or target is None:
                continue
            if target == source:
                ctx.add("self-tie", column=_letter(c), value=label, **where)
                continue
            weight = 1.0 if number is None else ctx.weight(value, column=_letter(c), **where)
            cells[(source, target)] = (weight, excel_row, _letter(c))

    symmetric = all(cells.get((b, a), (None,))[0] == w for (a, b), (w, _, _) in cells.items())
    for (a, b), (weight, excel_row, _) in cells.items():
        if symmetric and b < a:
            continue  # the other half of an undirected pair
        ties.add(Tie(a, b, "collaboration", weight, not symmetric, sheet=sheet, row=excel_row))


def _mark(text: str, ctx: ReadContext) -> bool | None:
    """A cell marked ``x``, a tick or a yes-word is a tie, a no-word is none;
    ``None`` for anything else.

    >>> from stakegraph.codebook import default_codebook
    >>> from stakegraph.model.report import ImportReport
    >>> ctx = ReadContext(default_codebook(), ImportReport(file='book.xlsx'))
    >>> _mark("X", ctx), _mark("✓", ctx), _mark("sì", ctx), _mark("no", ctx), _mark("often", ctx)
    (True, True, True, False, None)
    """
    if text.strip().casefold() in _TICKS:
        return True
    word = ctx.codebook.value("yes_no", text)
    return None if word is None else word == "yes"


def _letter(index: int) -> str:
    """The Excel column letter of the 0-based column ``index`` (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
