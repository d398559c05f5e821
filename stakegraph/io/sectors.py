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
from stakegraph.io.cells import cell_text
from stakegraph.io.headers import Header
from stakegraph.io.vocabularies import category, is_sector_header

__all__ = ["SectorSource", "implied_level", "sector_source"]


@dataclass
class SectorSource:
    """The column that states the sector: 0-based ``column``, header as
    written, and in how many of its filled ``rows`` it ``stated`` one."""

    column: int
    label: str
    stated: int
    rows: int

    @property
    def trusted(self) -> bool:
        """True when at least half the column's texts state a sector."""
        return self.stated * 2 >= self.rows


def sector_source(rows: list[list[Any]], header: Header, codebook: Codebook) -> SectorSource | None:
    """The column of a sheet without a sector column whose texts most often
    state a sector (see :attr:`SectorSource.trusted`), or ``None`` when none
    does (also when the sheet has a sector column)."""
    if "sector" in header.fields:
        return None
    candidates = [(header.label("type"), header.fields["type"])] if "type" in header.fields else []
    others = [(label, col) for label, col in header.extras.items()]
    candidates += sorted(others, key=lambda item: not is_sector_header(item[0]))
    best: SectorSource | None = None
    data = [row for _, row in header.data_rows(rows)]
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
