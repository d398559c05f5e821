"""How far a workbook may expand before stakegraph refuses it.

A few hundred bytes of spreadsheet can ask for gigabytes: an ODS repeats one
cell over millions of rows and columns, an ``.xlsx`` points thousands of
cells at one long shared string, a legacy ``.xls`` does the same with its
table of strings. The readers of the containers
(:mod:`stakegraph.io.containers`, :mod:`stakegraph.io.compound`) count what
each sheet expands to while they stream its XML or records, before the
spreadsheet engine builds anything, and stop at the first limit passed.

The defaults let a 50,000-stakeholder workbook (200,000 ties: about 1.4
million cells and 40 million characters on its largest sheet) through with
room to spare; a real mapping that needs more raises them with
``--max-cells`` (the characters of a sheet grow with it).

Examples
--------
>>> Limits().cells, Limits().cell_chars
(5000000, 32767)
>>> Limits.with_cells(8_000_000).sheet_chars
160000000
>>> print(over_cells(6_250_000, Limits()))  # doctest: +NORMALIZE_WHITESPACE
a sheet expands to 6,250,000 cells, more than the limit of 5,000,000 cells (a real mapping that
needs more can raise it with --max-cells)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CHARS_PER_CELL", "Limits", "over_cell_chars", "over_cells", "over_sheet_chars"]

#: the characters a sheet may hold for each cell it may hold
CHARS_PER_CELL = 20


@dataclass(frozen=True)
class Limits:
    """The most a workbook may expand to.

    Attributes
    ----------
    cells : int
        Cells of one sheet after repeats, counted as the engine builds them:
        the whole grid from A1 to the farthest filled cell.
    cell_chars : int
        Characters of one cell: 32,767, the most Excel or LibreOffice let a
        cell hold.
    sheet_chars : int
        Characters of one sheet's cells, each repeat and each reference to a
        shared string counted.
    expanded_bytes : int
        Bytes of every part of a zip container, inflated.
    """

    cells: int = 5_000_000
    cell_chars: int = 32_767
    sheet_chars: int = 5_000_000 * CHARS_PER_CELL
    expanded_bytes: int = 500_000_000

    @classmethod
    def with_cells(cls, cells: int | None) -> Limits:
        """The default limits, with ``cells`` (``--max-cells``) cells a sheet
        and :data:`CHARS_PER_CELL` characters for each; ``None``: the defaults.

        >>> Limits.with_cells(None) == Limits()
        True
        """
        if cells is None:
            return cls()
        return cls(cells=cells, sheet_chars=cells * CHARS_PER_CELL)


_RAISE = "a real mapping that needs more can raise it with --max-cells"


def over_cells(cells: int, limits: Limits, where: str = "a sheet expands to") -> str:
    """Why a sheet of ``cells`` cells is refused, and how to raise the limit."""
    return f"{where} {cells:,} cells, more than the limit of {limits.cells:,} cells ({_RAISE})"


def over_sheet_chars(chars: int, limits: Limits) -> str:
    """Why a sheet of ``chars`` characters is refused.

    >>> print(over_sheet_chars(120_000_000, Limits()))  # doctest: +NORMALIZE_WHITESPACE
    a sheet's cells hold at least 120,000,000 characters (counting each repeated cell and each
    use of a shared string), more than the limit of 100,000,000 (20 for each cell --max-cells
    allows; a real mapping that needs more can raise it with --max-cells)
    """
    return (f"a sheet's cells hold at least {chars:,} characters (counting each repeated cell "
            f"and each use of a shared string), more than the limit of {limits.sheet_chars:,} "
            f"({CHARS_PER_CELL} for each cell --max-cells allows; {_RAISE})")


def over_cell_chars(chars: int, limits: Limits) -> str:
    """Why a cell of ``chars`` characters is refused.

    >>> print(over_cell_chars(200_000, Limits()))  # doctest: +NORMALIZE_WHITESPACE
    a cell holds 200,000 characters, more than the limit of 32,767 (the most a cell of Excel or
    LibreOffice holds; shorten the cell)
    """
    return (f"a cell holds {chars:,} characters, more than the limit of {limits.cell_chars:,} "
            "(the most a cell of Excel or LibreOffice holds; shorten the cell)")
