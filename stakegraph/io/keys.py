"""Ties that name stakeholders by a key: an id, code, acronym or
abbreviation column of the list of stakeholders.

A tie's name is looked up as a name first. Only a name that matches no
stakeholder is looked up in the key columns: first those whose header says
they hold keys ("ID", "Code", "ACRONYM", "Kürzel", "Sigla" …), then any other
column whose values are all different. Which key columns were used is
recorded, so that the import can say so once.

Examples
--------
>>> from stakegraph.model.records import Stakeholder
>>> names = NameIndex()
>>> people = [Stakeholder("Federal Office for the Environment", extra={"ACRONYM": "FOEN"}),
...           Stakeholder("Swiss Farmers Union", extra={"ACRONYM": "SBV"})]
>>> for s in people:
...     _ = names.add(s.name)
>>> keyed = KeyedNames.over(names, people)
>>> keyed.resolve("SBV"), keyed.resolve("Swiss Farmers Union"), keyed.resolve("XYZ")
('swiss-farmers-union', 'swiss-farmers-union', None)
>>> dict(keyed.used)
{'ACRONYM': 1}
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from stakegraph.codebook import fold_name
from stakegraph.io.names import NameIndex
from stakegraph.io.vocabularies import is_key_header
from stakegraph.model.records import Stakeholder

__all__ = ["KeyedNames", "key_text"]


def key_text(value: Any) -> str | None:
    """A key cell as text: ``3.0`` is ``"3"``; an empty cell is ``None``.

    >>> key_text(3.0), key_text(" FOEN "), key_text(None), key_text(2.5)
    ('3', 'FOEN', None, '2.5')
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


class KeyedNames(NameIndex):
    """A :class:`~stakegraph.io.names.NameIndex` that also resolves keys."""

    keys: list[tuple[str, dict[str, str]]]
    used: Counter[str]

    @classmethod
    def over(cls, names: NameIndex, stakeholders: list[Stakeholder]) -> KeyedNames:
        """``names`` (shared, not copied), with the key columns of ``stakeholders``."""
        keyed = cls.__new__(cls)
        keyed.__dict__.update(names.__dict__)
        keyed.keys = _key_columns(names, stakeholders)
        keyed.used = Counter()
        return keyed

    def _key(self, name: str) -> str | None:
        key = fold_name(name)
        for column, ids in self.keys:
            node = ids.get(key)
            if node is not None:
                self.used[column] += 1
                return node
        return None

    def resolve(self, name: str) -> str | None:
        node = super().resolve(name)
        return node if node is not None or not self.keys else self._key(name)

    def __contains__(self, name: object) -> bool:
        return super().__contains__(name) or (
            bool(self.keys) and any(fold_name(name) in ids for _, ids in self.keys))


def _key_columns(names: NameIndex, stakeholders: list[Stakeholder]) -> list[tuple[str, dict[str, str]]]:
    """The columns whose values tell the stakeholders apart, key-named ones
    first; a value that is also a stakeholder's name is left out (the name wins)."""
    columns: dict[str, dict[str, str]] = {}
    spoilt: set[str] = set()
    for s in stakeholders:
        node = names.resolve(s.name)
        for label, value in s.extra.items():
            text = key_text(value)
            if text is None or node is None or label in spoilt:
                continue
            ids = columns.setdefault(label, {})
            key = fold_name(text)
            if ids.get(key, node) != node:
                spoilt.add(label)  # two stakeholders share the value: not a key
            elif key not in names:
                ids[key] = node
    usable = [(label, ids) for label, ids in columns.items()
              if label not in spoilt and len(ids) * 2 >= len(stakeholders)]
    return sorted(usable, key=lambda item: not is_key_header(item[0]))
