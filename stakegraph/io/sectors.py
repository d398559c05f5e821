"""The sector, when no column is named for it: a Type, Category, Kategorie
or ActorType column often states it, in sector words ("Public", "NGO") or
in a standard category that implies one ("Local public authority",
"Zivilgesellschaft"; see :mod:`stakegraph.io.vocabularies`).

The column whose texts are most often sector words is used, when at least
half of them are; columns whose header says they may hold one are tried
first. The import says once which column gave the sector, or, when the
column holds too few sector words to be trusted, points at it.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> from stakegraph.io.headers import find_header
>>> from stakegraph.io.vocabularies import teach
>>> cb = teach(default_codebook())
>>> rows = [["Name", "Kategorie"], ["Stadt Graz", "Lokale öffentliche Behörde"], ["Caritas", "NGO"]]
>>> source = sector_source(rows, find_header(rows, "stakeholders", cb), cb)
>>> source.label, source.column, source.stated, source.rows
('Kategorie', 1, 2, 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stakegraph.codebook import Codebook
from stakegraph.errors import COLUMNS_OPTION
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_text
from stakegraph.io.context import ReadContext
from stakegraph.io.files import Sheet
from stakegraph.io.headers import Header
from stakegraph.io.vocabularies import category, is_sector_header
from stakegraph.model.records import Stakeholder

__all__ = ["SectorSource", "choose_sector_column", "fill_levels", "implied_level", "say_sector_column",
           "sector_source"]


@dataclass
class SectorSource:
    """The column that states the sector: 0-based ``column``, header as
    written, and in how many of its filled ``rows`` it ``stated`` one."""

    column: int
    label: str
    stated: int
    rows: int
    #: the header of a sector column left empty, which this column stands in for
    empty: str | None = None

    @property
    def trusted(self) -> bool:
        """True when at least half the column's texts state a sector."""
        return self.stated * 2 >= self.rows


def sector_source(rows: list[list[Any]], header: Header, codebook: Codebook) -> SectorSource | None:
    """The column of a sheet without a sector column (or with one left
    empty) whose texts most often state a sector (see
    :attr:`SectorSource.trusted`), or ``None`` when none does."""
    data = [row for _, row in header.data_rows(rows)]
    if "sector" in header.fields and any(cell_text(r[header.fields["sector"]]) for r in data):
        return None
    candidates = [(header.label("type"), header.fields["type"])] if "type" in header.fields else []
    others = [(label, col) for label, col in header.extras.items()]
    candidates += sorted(others, key=lambda item: not is_sector_header(item[0]))
    best: SectorSource | None = None
    for label, col in candidates:
        texts = [t for t in (cell_text(r[col]) if col < len(r) else None for r in data) if t]
        stated = sum(1 for t in texts if codebook.value("sector", t) is not None)
        if stated and (best is None or stated > best.stated):
            best = SectorSource(col, label, stated, len(texts))
    return best


def implied_level(text: Any) -> str | None:
    """The level a standard category implies ("Regional public authority"
    → ``"regional"``), or ``None``.

    >>> implied_level("Regional public authority"), implied_level("SME")
    ('regional', None)
    """
    found = category(cell_text(text))
    return None if found is None else found.level


def choose_sector_column(sheet: Sheet, header: Header, codebook: Codebook) -> SectorSource | None:
    """The column that states the sector when no column is named for it (or
    the one named is empty), or ``None``; a trusted one is made the header's
    sector (or type) column here, before the header's columns are reported,
    so that it is never called an unknown column. Nothing is reported here:
    :func:`say_sector_column` does, in its place among the sheet's problems."""
    source = sector_source(sheet.rows, header, codebook)
    if source is None or not source.trusted:
        return source
    label = source.label
    source.empty = header.labels.get("sector") if "sector" in header.fields else None
    if source.empty is not None:  # the sector column is there, but nobody filled it in
        del header.fields["sector"]
    if "type" not in header.fields or header.fields["type"] == source.column:
        header.fields["type"] = source.column
    else:
        header.fields["sector"] = source.column
        header.labels["sector"] = label
    header.labels.setdefault("type", label)
    # a header that only resembled a known column ("Organisation type") is used after all
    header.extras.pop(label, None)
    header.near.pop(label, None)
    return source


def say_sector_column(sheet: str, header: Header, source: SectorSource | None, ctx: ReadContext) -> int | None:
    """Say which column :func:`choose_sector_column` chose for the sector, or
    point at one holding too few sector words to be trusted; the chosen
    column's index, or ``None``."""
    if source is None:
        return None
    label = source.label
    if not source.trusted:
        ctx.add("sector-words-in-column", sheet=sheet, row=header.row + 1, column=label, value=label,
                detail=Phrase.of(N_("{stated} of {rows} rows"), stated=source.stated, rows=source.rows),
                hint=Phrase.of(N_("run with {option} sector='{column}' to read the sector from it"),
                               option=COLUMNS_OPTION, column=label))
        return None
    ctx.add("sector-from-column", sheet=sheet, row=header.row + 1, column=label, value=label,
            detail=Phrase.of(N_("{stated} of {rows} rows state one"), stated=source.stated, rows=source.rows)
            if source.empty is None else Phrase.of(
                N_("{stated} of {rows} rows state one; the column '{empty}' is empty"),
                stated=source.stated, rows=source.rows, empty=source.empty))
    return source.column


def fill_levels(stakeholders: list[Stakeholder], sheet: Sheet, column: int) -> None:
    """Give the stakeholders of ``sheet`` that have no level the level their
    category implies ("Regional public authority" → regional)."""
    for s in stakeholders:
        if s.sheet == sheet.name and s.level is None and s.row is not None:
            row = sheet.rows[s.row - 1]
            s.level = implied_level(row[column]) if column < len(row) else None
