"""Matching organisation names written by different people.

Names are matched on their folded form (trimmed, spaces collapsed,
case-folded, accent-folded); a name that matches nothing gets a
"did you mean" from the closest known name: one misspelt, one written
shorter or longer, or one sharing its one distinctive word (a word of no
other known name, such as "Caritas") with exactly one known name.

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

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from stakegraph.codebook import NAME_CUTOFF, did_you_mean, fold_name, name_tokens
from stakegraph.model.ids import stakeholder_id

__all__ = ["NameIndex"]

#: a word shorter than this never identifies an organisation on its own
_SHORTEST_DISTINCTIVE = 4


class NameIndex:
    """Folded name → stakeholder id, with the display name of each id.

    ``generic`` holds folded words that never identify an organisation on
    their own ("association", "comune", "della"): a codebook's
    :meth:`~stakegraph.codebook.Codebook.generic_words`.
    """

    def __init__(self, generic: Iterable[str] = ()) -> None:
        self._ids: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._keys: dict[str, str] | None = None
        self._owners: dict[str, set[str]] | None = None
        self.generic = frozenset(generic)

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
            self._keys = self._owners = None
        return self._ids[key]

    def resolve(self, name: str) -> str | None:
        """The id of ``name``, or ``None`` if no stakeholder has that name."""
        return self._ids.get(fold_name(name))

    def display(self, node: str) -> str:
        """The name of stakeholder ``node`` as first written."""
        return self._names[node]

    def suggest(self, name: str, cutoff: float = NAME_CUTOFF) -> str | None:
        """The known name closest to ``name``, or ``None`` if none is close.

        A misspelling is close by edit distance; a name written shorter or
        longer than the known one ("Doras Luimní" for "Doras") is close when
        one holds every word of the other and no other known name does; a
        name sharing its distinctive words (words of one known name only,
        and not generic) with exactly one known name is close to it.

        >>> names = NameIndex(generic={"council", "city"})
        >>> for n in ("Doras", "Limerick City Council", "Limerick Youth Service", "Caritas Ambrosiana"):
        ...     _ = names.add(n)
        >>> names.suggest("Limerik City Council"), names.suggest("Doras Luimni")
        ('Limerick City Council', 'Doras')
        >>> names.suggest("Limerick") is None  # two names hold it: no guess
        True
        >>> names.suggest("Caritas Diocesana di Milano")
        'Caritas Ambrosiana'
        >>> names.suggest("Clare County Council") is None  # "council" is generic
        True
        """
        if self._keys is None:
            self._keys = {key: self._names[node] for key, node in self._ids.items()}
        close = did_you_mean(name, self._keys, cutoff=cutoff, key=fold_name)
        if close is not None:
            return close
        key = fold_name(name)
        within = process.extract(key, list(self._keys), scorer=fuzz.token_set_ratio, score_cutoff=100, limit=2)
        if len(within) == 1:
            return self._keys[within[0][0]]
        return self._by_distinctive_word(key)

    def _distinctive(self, key: str) -> set[str]:
        return {w for w in name_tokens(key)
                if len(w) >= _SHORTEST_DISTINCTIVE and not w.isdigit() and w not in self.generic}

    def _by_distinctive_word(self, key: str) -> str | None:
        """The one known name that alone holds a word of ``key``, when all
        such words point at the same name."""
        if self._owners is None:
            self._owners = {}
            for known, node in self._ids.items():
                for word in self._distinctive(known):
                    self._owners.setdefault(word, set()).add(node)
        found = {next(iter(owners)) for word in self._distinctive(key)
                 if len(owners := self._owners.get(word, set())) == 1}
        return self._names[found.pop()] if len(found) == 1 else None
