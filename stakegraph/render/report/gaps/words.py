"""Codebook values as words in the current language, in the shape each
sentence of the gap report needs.

A sector takes five shapes: before a noun (``"private-sector"`` member),
as a noun (``"the private sector"``), as a short name (``"private
sector"``), bare after "the … sector(s)" (``"private"``) and in a pair of
sectors (``"civil society–private"`` ties); each language gives its own
word for each shape (``"del sector privado"`` member). A level is the word
in "at regional level". Types and themes are the codebook's labels in the
language; English builds its own noun forms (``"statutory agencies"``).

Examples
--------
>>> from stakegraph.i18n import speaking
>>> sector("private", "modifier"), sector("civil_society", "noun")
('private-sector', 'civil society')
>>> with speaking("es"):
...     sector("private", "modifier"), type_words("ngo"), theme("health")
('del sector privado', ('ONG', 'ONG'), 'salud')
"""

from __future__ import annotations

from collections.abc import Callable

from stakegraph.codebook import default_codebook
from stakegraph.i18n import current_language, pgettext
from stakegraph.render.report.gaps.grammar import english, lower

__all__ = ["SHAPES", "adjective", "label", "level", "sector", "theme", "type_words"]

_CODEBOOK = default_codebook()

#: the shapes a sector takes in a sentence
SHAPES = ("modifier", "noun", "short", "bare", "pair")


def label(kind: str, code: str | None) -> str:
    """The codebook's word for ``code`` in the current language ("" for none)."""
    return _CODEBOOK.label(kind, code, current_language()) if code else ""


def _public() -> dict[str, str]:
    return {"modifier": pgettext("sector, before a noun: 'a private-sector member'", "public-sector"),
            "noun": pgettext("sector, as a noun", "the public sector"),
            "short": pgettext("sector, short name in a sum of scores", "public sector"),
            "bare": pgettext("sector, after 'the' and before 'sector(s)'", "public"),
            "pair": pgettext("sector, in 'civil society–private ties'", "public")}


def _private() -> dict[str, str]:
    return {"modifier": pgettext("sector, before a noun: 'a private-sector member'", "private-sector"),
            "noun": pgettext("sector, as a noun", "the private sector"),
            "short": pgettext("sector, short name in a sum of scores", "private sector"),
            "bare": pgettext("sector, after 'the' and before 'sector(s)'", "private"),
            "pair": pgettext("sector, in 'civil society–private ties'", "private")}


def _civil_society() -> dict[str, str]:
    return {"modifier": pgettext("sector, before a noun: 'a private-sector member'", "civil-society"),
            "noun": pgettext("sector, as a noun", "civil society"),
            "short": pgettext("sector, short name in a sum of scores", "civil society"),
            "bare": pgettext("sector, after 'the' and before 'sector(s)'", "civil society"),
            "pair": pgettext("sector, in 'civil society–private ties'", "civil society")}


_SECTORS: dict[str, Callable[[], dict[str, str]]] = {
    "public": _public, "private": _private, "civil_society": _civil_society}


def _other_sector(code: str, shape: str) -> str:
    """A sector the codebook does not hold (its code, or label, as the name)."""
    name = _CODEBOOK.label("sector", code)
    if english():
        hyphened = name.replace(" ", "-") if " " in name else f"{name}-sector"
        return {"modifier": hyphened, "noun": name if " " in name else f"the {name} sector",
                "short": name if " " in name else f"{name} sector"}.get(shape, name)
    said = {"modifier": pgettext("sector, before a noun: 'a private-sector member'", "{sector}-sector"),
            "noun": pgettext("sector, as a noun", "the {sector} sector"),
            "short": pgettext("sector, short name in a sum of scores", "{sector} sector")}.get(shape, "{sector}")
    return said.format(sector=label("sector", code))


def adjective(code: str) -> bool:
    """Whether a sector's English name is one adjective ("private", not
    "civil society"), so that two such say "the private and public sectors"."""
    return " " not in _CODEBOOK.label("sector", code)


def sector(code: str | None, shape: str) -> str:
    """A sector in one of :data:`SHAPES`, in the current language."""
    code = code or ""
    forms = _SECTORS.get(code)
    return forms()[shape] if forms else _other_sector(code, shape)


#: types whose English label is not a noun for one organisation
_TYPE_NOUNS = {"media": "media organisation", "research": "university or research body",
               "other": "member of another type"}


def type_words(code: str | None) -> tuple[str, str]:
    """A stakeholder type, singular and plural: in English a noun
    (``("statutory agency", "statutory agencies")``), in another language
    the codebook's label (the sentences name it as a type)."""
    if not english():
        word = label("type", code)
        return word, word
    noun = _TYPE_NOUNS.get(code or "", _CODEBOOK.label("type", code) if code else "")
    head, _, rest = noun.partition(" of ")
    many = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
    return noun, many + (f" of {rest}" if rest else "")


def theme(code: str | None) -> str:
    """A theme as it reads inside a sentence: ``"health"``, ``"salud"``."""
    return lower(label("theme", code))


def level(code: str | None) -> str:
    """A level as it reads in "at regional level" (each language's own form:
    ``"regionaler"`` for German's "auf regionaler Ebene")."""
    forms = {"local": lambda: pgettext("level, as in 'at regional level'", "local"),
             "regional": lambda: pgettext("level, as in 'at regional level'", "regional"),
             "national": lambda: pgettext("level, as in 'at regional level'", "national"),
             "european": lambda: pgettext("level, as in 'at regional level'", "european"),
             "international": lambda: pgettext("level, as in 'at regional level'", "international")}
    said = forms.get(code or "")
    return said() if said else lower(label("level", code))
