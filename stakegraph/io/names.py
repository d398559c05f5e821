"""Matching organisation names written by different people.

Names are matched on their folded form (trimmed, spaces collapsed,
case-folded, accent-folded); a name that matches nothing gets a
"did you mean" from the closest known name.

Examples
--------
>>> index = NameIndex()
>>> index.add("Caritas Varese")
'caritas-varese'
>>> index.resolve("  CÁRITAS varese ")
'caritas-varese'
>>> index.resolve("Caritas Vares") is None
True
>>> index.suggest("Caritas Vares")
'Caritas Varese'
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from stakegraph.codebook import fold_name
from stakegraph.model.ids import stakeholder_id

__all__ = ["NameIndex"]


class NameIndex:
    """Folded name → stakeholder id, with the display name of each id."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._keys: list[str] | None = None

    def __contains__(self, name: object) -> bool:
        return fold_name(name) in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, name: str) -> str:
        """Register ``name`` (the first spelling seen is kept for display); its id."""
        key = fold_name(name)
        if key not in self._ids:
            node = stakeholder_id(name)
            self._ids[key] = node
            self._names[node] = name
            self._keys = None
        return self._ids[key]

    def resolve(self, name: str) -> str | None:
        """The id of ``name``, or ``None`` if no stakeholder has that name."""
        return self._ids.get(fold_name(name))

    def display(self, node: str) -> str:
        """The name of stakeholder ``node`` as first written."""
        return self._names[node]

    def suggest(self, name: str, cutoff: float = 75) -> str | None:
        """The known name closest to ``name``, or ``None`` if none is close.

        A misspelling is close by edit distance; a name written shorter or
        longer than the known one ("Doras Luimní" for "Doras") is close when
        one holds every word of the other and no other known name does.

        >>> names = NameIndex()
        >>> for n in ("Doras", "Limerick City Council", "Limerick Youth Service"):
        ...     _ = names.add(n)
        >>> names.suggest("Limerik City Council"), names.suggest("Doras Luimni")
        ('Limerick City Council', 'Doras')
        >>> names.suggest("Limerick") is None  # two names hold it: no guess
        True
        """
        if self._keys is None:
            self._keys = list(self._ids)
        key = fold_name(name)
        best = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            within = process.extract(key, self._keys, scorer=fuzz.token_set_ratio, score_cutoff=100, limit=2)
            best = within[0] if len(within) == 1 else None
        return None if best is None else self._names[self._ids[best[0]]]
