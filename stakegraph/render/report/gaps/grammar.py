"""How lists, counts and a few English word forms are written in the
current language (:func:`~stakegraph.i18n.current_language`).

English keeps its own rules (the serial comma only where a phrase holds
"and" or "or" itself; "a"/"an"; ordinals); every other language joins
lists with CLDR's patterns through Babel.

Examples
--------
>>> from stakegraph.i18n import speaking
>>> phrase_list(["the private sector", "regional level"])
'the private sector and regional level'
>>> with speaking("es"):
...     phrase_list(["el sector privado", "el nivel regional", "la salud"])
'el sector privado, el nivel regional y la salud'
>>> with speaking("sv"):
...     name_list(["A", "B", "C"], shown=2)
'A, B och 1 till'
"""

from __future__ import annotations

from typing import Literal

from stakegraph.i18n import SOURCE, babel_locale, current_language, ngettext, number

__all__ = ["a", "and_list", "count", "english", "lower", "name_list", "ordinal", "phrase_list"]

_SHOWN = 5


def english() -> bool:
    """Whether the current language is English, whose word forms are built here."""
    return current_language() == SOURCE


def name_list(names: list[str], shown: int = _SHOWN) -> str:
    """Names joined by commas, the rest counted.

    >>> name_list(["A", "B", "C"], shown=2)
    'A, B and 1 more'
    """
    if len(names) <= shown:
        return ", ".join(names)
    rest = len(names) - shown
    return ngettext("{names} and {n} more", "{names} and {n} more", rest).format(
        names=", ".join(names[:shown]), n=number(rest))


def _format_list(words: list[str], style: Literal["standard", "or"]) -> str:
    from babel.lists import format_list

    return str(format_list(words, style=style, locale=babel_locale()))


def phrase_list(phrases: list[str], conj: str = "and") -> str:
    """Phrases joined for a sentence (``conj`` is ``"and"`` or ``"or"``). In
    English, with a comma before the last ``conj`` when a phrase holds
    ``and`` or ``or`` itself (so that it is read whole).

    >>> print(phrase_list(["the private sector", "regional level", "a tie between civil society "
    ...              "and the private sector", "a tie for a member who has none"]))  # doctest: +NORMALIZE_WHITESPACE
    the private sector, regional level, a tie between civil society and the private sector,
    and a tie for a member who has none
    >>> phrase_list(["the private sector", "work on health"], "or")
    'the private sector or work on health'
    """
    if len(phrases) <= 1:
        return "".join(phrases)
    if not english():
        return _format_list(phrases, "or" if conj == "or" else "standard")
    serial = len(phrases) > 2 and any(f" {w} " in p for p in phrases for w in ("and", "or"))
    return f"{', '.join(phrases[:-1])}{',' if serial else ''} {conj} {phrases[-1]}"


def and_list(words: list[str]) -> str:
    """Words joined with "and" and no serial comma: ``"civil society and public"``."""
    if len(words) <= 1:
        return "".join(words)
    if not english():
        return _format_list(words, "standard")
    return f"{', '.join(words[:-1])} and {words[-1]}"


def count(n: int | float, one: str, many: str | None = None) -> str:
    """``n`` and an English noun, in the plural unless ``n`` is 1 (``many``
    if irregular); ``n`` written as the language writes numbers."""
    if float(n).is_integer():
        return f"{number(int(n))} {one if n == 1 else (many or one + 's')}"
    return f"{n} {many or one + 's'}"


def a(noun: str) -> str:
    """English: ``"a statutory agency"``, ``"an NGO"``."""
    first = noun.split()[0]
    vowel = first[0].lower() in "aeiou" and not first.lower().startswith(("uni", "eu"))
    spelt = first.isupper() and first[0] in "AEFHILMNORSX"
    return f"{'an' if vowel or spelt else 'a'} {noun}"


def ordinal(n: int | float) -> str:
    """English: ``"2nd"``, ``"7th"``, ``"11th"``, ``"21st"``."""
    n = int(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def lower(label: str) -> str:
    """A codebook label as it reads inside a sentence: its first letter
    lowered, unless the word is an acronym ("ONG", "SFI") or the language
    writes nouns with a capital (German).

    >>> lower("Salud"), lower("ONG")
    ('salud', 'ONG')
    """
    first = label.split()[0] if label.strip() else label
    if current_language() == "de" or (len(first) > 1 and first.isupper()):
        return label
    return label[:1].lower() + label[1:]
