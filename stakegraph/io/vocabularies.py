"""The words of files as regions really have them, from
``stakegraph/data/vocabularies.toml``: the headers of tie lists and transfer
lists, the headers of key columns (id, code, acronym), the headers of
columns that may state a sector, and the standard category schemes (Interreg
target groups, the EU Transparency Register, the actor types of
policy-network studies), each implying a sector and, where it can, a type
and a level.

Examples
--------
>>> category("Regional public authority")  # doctest: +NORMALIZE_WHITESPACE
Category(scheme='interreg', code='regional_public_authority', sector='public',
type='regional_authority', level='regional')
>>> category("Zivilgesellschaft").sector
'civil_society'
>>> header_fields("transfers")["empfanger"]
'target'
>>> is_key_header("ACRONYM"), is_key_header("Name")
(True, False)
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from stakegraph.codebook import LANGUAGES, Codebook, fold

__all__ = ["Category", "category", "header_fields", "is_key_header", "is_sector_header", "teach"]


@dataclass(frozen=True)
class Category:
    """A category of a standard scheme and what it implies."""

    scheme: str
    code: str
    sector: str
    type: str | None = None
    level: str | None = None


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("stakegraph").joinpath("data/vocabularies.toml").read_text("utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def _categories() -> dict[str, Category]:
    out: dict[str, Category] = {}
    for scheme, codes in _raw()["categories"].items():
        for code, entry in codes.items():
            found = Category(scheme, code, entry["sector"], entry.get("type"), entry.get("level"))
            for lang in LANGUAGES:
                for word in entry.get(lang, ()):
                    out.setdefault(fold(word), found)
    return out


def category(text: Any) -> Category | None:
    """The standard category ``text`` names, or ``None``."""
    return None if text is None else _categories().get(fold(text))


@lru_cache(maxsize=4)
def header_fields(layout: str) -> dict[str, str]:
    """Folded header → field, for a list of ``"ties"`` or ``"transfers"``
    (what :func:`~stakegraph.io.headers.find_header` takes as overrides)."""
    return {fold(word): name for name, words in _raw()[layout].items() for word in words}


@lru_cache(maxsize=1)
def _words(table: str) -> frozenset[str]:
    return frozenset(fold(w) for w in _raw()[table]["words"])


def is_key_header(header: Any) -> bool:
    """True when ``header`` names a column of short keys (id, code, acronym …)."""
    return fold(header) in _words("keys")


def is_sector_header(header: Any) -> bool:
    """True when ``header`` names a column that may state a sector in other
    words (type, category, Kategorie, ActorType …)."""
    return fold(header) in _words("sector_columns")


class _WithCategories(Codebook):
    """A codebook that also reads the standard categories as sector and type
    words. Its suggestions stay the codebook's own: a typo of a sector is
    never told to write a category."""

    def value(self, vocab: str, text: Any) -> str | None:
        # the codebook's own look-up, inlined: this runs for every cell of an import
        if text is None:
            return None
        key = fold(text)
        code = self._index.get(f"vocab:{vocab}", {}).get(key)
        if code is None and vocab in ("sector", "type"):
            found = _categories().get(key)
            code = None if found is None else getattr(found, vocab)
        return code


def teach(codebook: Codebook) -> Codebook:
    """``codebook`` (shared, not copied), reading the category words as
    sector and type words where it does not know them itself.

    >>> from stakegraph.codebook import default_codebook
    >>> cb = teach(default_codebook())
    >>> cb.value("sector", "Sectoral agency"), cb.value("type", "Sectoral agency")
    ('public', 'statutory_agency')
    >>> cb.suggest("sector", "military") is None
    True
    """
    if isinstance(codebook, _WithCategories):
        return codebook
    taught = _WithCategories.__new__(_WithCategories)
    taught.__dict__.update(codebook.__dict__)
    return taught
