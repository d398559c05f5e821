"""The words stakegraph writes for people, in the reader's language.

Every sentence for people comes from one gettext catalogue: the translation
files ``stakegraph/locale/<lang>/LC_MESSAGES/<domain>.po``, one per area of
the program (``messages`` for validation and the command line, ``reports``,
``map`` …), read with Babel and merged into one catalogue per language. The
message ids are the English sentences, so English needs no file, and a
sentence with no translation falls back to English.

The language is chosen once, by the job, for everything it writes:
:func:`speaking` sets it for a block (a context variable, so concurrent
requests of the live session each keep their own), and :func:`gettext`,
:func:`ngettext`, :func:`pgettext` and :func:`number` read it.

Code marks sentences with those functions (and :func:`N_` for a sentence kept
in a table and translated where it is shown), so Babel's extractor finds them:
:func:`missing` lists what a language still lacks.

Examples
--------
>>> gettext("stakeholder")
'stakeholder'
>>> with speaking("en"):
...     ngettext("{n} stakeholder", "{n} stakeholders", 3).format(n=number(3))
'3 stakeholders'
>>> with speaking("es"):
...     number(0.25, digits=2), current_language()
('0,25', 'es')
>>> current_language()
'en'
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

__all__ = ["N_", "Phrase", "babel_locale", "clauses", "current_language", "gettext", "missing", "ngettext", "number",
           "pgettext", "speaking", "translations"]

#: the language English sentences are written in (the message ids)
SOURCE = "en"

_LANG: ContextVar[str] = ContextVar("stakegraph_language", default=SOURCE)


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """Write everything in the block in ``lang`` (a code such as ``"es"``).

    >>> with speaking("sv"):
    ...     current_language()
    'sv'
    """
    token = _LANG.set(lang)
    try:
        yield lang
    finally:
        _LANG.reset(token)


def current_language() -> str:
    """The language set by the innermost :func:`speaking` (English outside)."""
    return _LANG.get()


#: the CLDR locale whose numbers and lists a language follows, where it is
#: not the language's own code: Babel's "pt" is Brazil's, and the Portuguese
#: regions stakegraph serves (the Azores) write numbers as Portugal does
_REGIONAL = {"pt": "pt_PT"}


def babel_locale(lang: str | None = None) -> str:
    """The locale Babel formats ``lang`` (by default the current language)
    with: its numbers, percentages and lists.

    >>> babel_locale("pt"), babel_locale("es")
    ('pt_PT', 'es')
    """
    code = lang or current_language()
    return _REGIONAL.get(code, code)


def _locale_dir() -> Path:
    return Path(str(resources.files("stakegraph").joinpath("locale")))


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The merged catalogue of every domain for ``lang``, compiled from the
    ``.po`` files in memory on first use (English: no translation).

    >>> translations("en").gettext("Fit")
    'Fit'
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    from babel.support import Translations

    merged: _gettext.NullTranslations = _gettext.NullTranslations()
    files = sorted((_locale_dir() / lang / "LC_MESSAGES").glob("*.po")) if lang != SOURCE else []
    first: Translations | None = None
    for po in files:
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang, domain=po.stem)
        compiled = BytesIO()
        write_mo(compiled, catalog, use_fuzzy=False)
        compiled.seek(0)
        one = Translations(compiled, domain=po.stem)
        if first is None:
            first = one
        else:
            first.merge(one)
    if first is not None:
        merged = first
    return merged


def gettext(message: str) -> str:
    """``message`` in the current language.

    >>> gettext("a sentence no catalogue holds")
    'a sentence no catalogue holds'
    """
    return translations(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int | float) -> str:
    """The form of a sentence for ``n`` things, by the language's plural rule.

    >>> ngettext("{n} tie", "{n} ties", 1)
    '{n} tie'
    """
    count = n if isinstance(n, int) else (1 if n == 1 else 2)
    return translations(current_language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, where ``context`` tells two
    meanings of the same English word apart ("Table" to sit at, or of numbers).

    >>> pgettext("seating", "Table")
    'Table'
    """
    return translations(current_language()).pgettext(context, message)


def clauses(parts: Iterable[str]) -> str:
    """Independent clauses (or items that hold commas) joined as the current
    language joins them: a semicolon in English, the raised dot in Greek,
    where ";" is the question mark, and a thin space before it in French.

    >>> clauses(["A → B", "C → D"])
    'A → B; C → D'
    >>> with speaking("el"):
    ...     clauses(["α", "β"])
    'α· β'
    """
    return pgettext("between clauses", "; ").join(parts)


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker
    """Mark ``message`` for translation where it is defined (in a table) and
    translate it with :func:`gettext` where it is shown.

    >>> N_("Fit")
    'Fit'
    """
    return message


@dataclass(frozen=True)
class Phrase:
    """A sentence kept to be said later, in the language current where it is
    shown: a message id (marked with :func:`N_`) and the values of its
    placeholders. A value may be a phrase itself, a list or tuple of values
    (joined as the language joins "and"), or a function of no argument (a
    word looked up in the language of the moment); ``str()`` is the English.

    A detail filled into a problem's message ("7 of 8 rows state one") is a
    phrase, so that the message is said whole in the reader's language.

    >>> p = Phrase.of(N_("{stated} of {rows} rows state one"), stated=7, rows=8)
    >>> str(p), f"({p})"
    ('7 of 8 rows state one', '(7 of 8 rows state one)')
    >>> with speaking("es"):
    ...     Phrase.of("{a}: {b}", a=Phrase.of("row {row}", row=2), b=("x", "y", "z")).said()
    'fila 2: x, y y z'
    """

    message: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, message: str, **values: Any) -> Phrase:
        """The phrase ``message`` with ``values`` for its placeholders."""
        return cls(message, tuple(values.items()))

    def said(self) -> str:
        """The phrase in the current language."""
        return gettext(self.message).format(**{k: _said(v) for k, v in self.values})

    def __str__(self) -> str:
        with speaking(SOURCE):
            return self.said()

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _said(value: Any) -> Any:
    """A placeholder's value as the current language says it."""
    if isinstance(value, Phrase):
        return value.said()
    if isinstance(value, list | tuple):
        from babel.lists import format_list

        return format_list([str(_said(v)) for v in value], locale=babel_locale())
    if callable(value):
        return value()
    return value


def number(value: int | float, digits: int | None = None) -> str:
    """``value`` written as the current language writes numbers: a decimal
    comma in Spanish, a point in English; ``digits`` fixes the decimals.

    >>> number(1234.5, digits=1), number(7)
    ('1,234.5', '7')
    >>> with speaking("de"):
    ...     number(1234.5, digits=1)
    '1.234,5'
    """
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    if digits is None:
        pattern = "#,##0.###"
    return str(format_decimal(value, format=pattern, locale=babel_locale()))


def missing(lang: str, root: Path | None = None) -> list[str]:
    """The sentences marked in the code under ``root`` (the package by default)
    that ``lang``'s catalogue does not translate, sorted.

    >>> missing("en")
    []
    """
    if lang == SOURCE:
        return []
    wanted = _marked(str(root or _locale_dir().parent))
    catalog = _catalog(lang)
    lacking = []
    for context, message in wanted:
        entry = catalog.get(message, context)
        raw = entry.string if entry is not None else ""
        forms = list(raw) if isinstance(raw, tuple | list) else [raw]
        if entry is None or entry.fuzzy or not all(forms):
            lacking.append(message)
    return sorted(lacking)


@cache
def _marked(root: str) -> frozenset[tuple[str | None, str]]:
    """The (context, sentence) pairs marked for translation in the code under
    ``root``, as Babel's extractor finds them."""
    from babel.messages.extract import extract_from_dir

    keywords = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    found: set[tuple[str | None, str]] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
            root, method_map=[("**.py", "python")], keywords=keywords):
        first = message[0] if isinstance(message, tuple) else message
        if first:
            found.add((context, first))
    return frozenset(found)


@cache
def _catalog(lang: str) -> Catalog:
    """Every domain of ``lang`` in one Babel catalogue (with fuzzy flags,
    which the compiled :func:`translations` leave out)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    merged = Catalog(locale=lang)
    for po in sorted((_locale_dir() / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for msg in read_po(fh, locale=lang):
                if msg.id:
                    merged.add(msg.id, msg.string, context=msg.context, flags=msg.flags)
    return merged
