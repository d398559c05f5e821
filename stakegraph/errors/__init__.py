"""The one user-error type, and the problems an input can have.

Every problem stakegraph reports about a workbook has a kebab-case ``code``
from :data:`CATALOGUE` (:mod:`stakegraph.errors.catalogue`), a severity, a place (file, sheet, Excel row, column),
the offending value, a message built from the catalogue's template, and,
where one exists, a suggestion.

Problems are *collected* while reading (see :class:`Problem`); only when
nothing can be read at all is a :class:`StakegraphError` raised.

Examples
--------
>>> p = problem("unknown-sector", sheet="Stakeholders", row=7, column="sector",
...             value="pubic", suggestion="public")
>>> p.message
"'pubic' is not a sector; did you mean 'public'?"
>>> p.severity
'error'
>>> str(StakegraphError(p))
"Stakeholders, row 7, column sector: 'pubic' is not a sector; did you mean 'public'?"
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from stakegraph.errors.catalogue import CATALOGUE, Severity
from stakegraph.i18n import N_, Phrase, babel_locale, current_language, gettext, ngettext

__all__ = ["CATALOGUE", "COLUMNS_OPTION", "SUGGESTED", "Problem", "Severity", "StakegraphError", "problem"]

#: the command-line form of ``load(columns=...)``: the one place a library
#: message names a flag, so that a refusal can say the one step to take
COLUMNS_OPTION = "--columns"


#: what to write instead, said when no close value can be suggested
_OTHERWISE = {"unknown-sector": N_("write public, private or civil_society"),
              "missing-sector": N_("write public, private or civil_society")}

#: how a message and its suggestion or hint are put together (a problem's, and
#: a refused command line's: stakegraph.cli.types.suggested)
SUGGESTED = N_("{message}; did you mean '{suggestion}'?")
_HINTED = N_("{message}; {hint}")
#: a hint that offers words to write: the sheet's own words, joined as the language joins "or"
_WRITE = N_("write {choices}")
#: where a problem is, and the line that says it
_ROW, _COLUMN, _AT = N_("row {row}"), N_("column {column}"), N_("{place}: {message}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``row`` is the row number as Excel shows it (the header row of a sheet that
    starts at the top is row 1, its first data row is row 2).

    ``message`` is English (the JSON report's); :meth:`said` is the whole
    line in the current language (:func:`stakegraph.i18n.speaking`), built
    again from the catalogue's template, ``detail`` and ``hint``, which the
    JSON report leaves out.
    """

    severity: Severity
    code: str
    sheet: str | None
    row: int | None
    column: str | None
    value: Any
    message: str
    suggestion: str | None = None
    detail: Any = field(default=None, compare=False, repr=False)
    hint: str | Phrase | None = field(default=None, compare=False, repr=False)
    #: the words a hint offers to write (``write {choices}``), when it offers some
    choices: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The problem as the JSON report shows it (its message in English)."""
        d = asdict(self)
        for unsaid in ("detail", "hint", "choices"):
            del d[unsaid]
        value = d["value"]
        # the cell as written: a cell reading "nan" is quoted as "nan", never as a number JSON lacks
        if value is not None and (not isinstance(value, (str, int, float, bool))
                                  or (isinstance(value, float) and not math.isfinite(value))):
            d["value"] = str(value)
        return d

    @property
    def place(self) -> str:
        """Where the problem is, for a person: ``"Stakeholders, row 7, column sector"``."""
        return _place(self.sheet, self.row, self.column, str)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message

    def said(self) -> str:
        """The problem as a person reads it, in the current language: its
        place and message (``str(problem)`` in English).

        >>> from stakegraph.i18n import speaking
        >>> p = problem("self-tie", sheet="Relaciones", row=3, value="Cáritas")
        >>> with speaking("es"):
        ...     p.said()
        'Relaciones, fila 3: «Cáritas» está vinculado consigo mismo; el vínculo se omite'
        """
        if current_language() == "en":
            return str(self)
        message = self.said_message()
        place = _place(self.sheet, self.row, self.column, gettext)
        return gettext(_AT).format(place=place, message=message) if place else message

    def said_message(self) -> str:
        """The message alone, in the current language."""
        if current_language() == "en":
            return self.message
        detail = self.detail
        if isinstance(detail, Phrase):
            detail = detail.said()
        elif isinstance(detail, str) and detail:
            detail = gettext(detail)
        hint = self.hint
        if self.choices:
            from babel.lists import format_list

            hint = gettext(_WRITE).format(
                choices=format_list(list(self.choices), style="or", locale=babel_locale()))
        return _compose(self.code, self.value, detail, self.suggestion, hint, gettext)


def _place(sheet: str | None, row: int | None, column: str | None, say: Callable[[str], str]) -> str:
    parts = []
    if sheet:
        parts.append(sheet)
    if row is not None:
        parts.append(say(_ROW).format(row=row))
    if column:
        parts.append(say(_COLUMN).format(column=column))
    return ", ".join(parts)


def _words(text: str | Phrase, say: Callable[[str], str]) -> str:
    """``text`` through ``say``: a phrase in English for ``str``, else in the current language."""
    if isinstance(text, Phrase):
        return str(text) if say is str else text.said()
    return say(text)


def _compose(code: str, value: Any, detail: Any, suggestion: str | None, hint: str | Phrase | None,
             say: Callable[[str], str]) -> str:
    """The message of ``code``, its words passed through ``say`` (``str``
    for English, :func:`~stakegraph.i18n.gettext` for the current language)."""
    message = say(CATALOGUE[code][1]).format(value=value, detail=detail)
    if suggestion:
        return say(SUGGESTED).format(message=message, suggestion=suggestion)
    if hint or code in _OTHERWISE:
        return say(_HINTED).format(message=message, hint=_words(hint or _OTHERWISE[code], say))
    return message


def problem(
    code: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    value: Any = None,
    detail: Any = None,
    suggestion: str | None = None,
    hint: str | Phrase | None = None,
    choices: tuple[str, ...] = (),
) -> Problem:
    """Build a :class:`Problem` from the catalogue entry ``code``. Without a
    ``suggestion``, ``hint`` (or the catalogue's own hint) says what to write;
    ``choices`` are the words it offers, for the hint in other languages.

    >>> problem("self-tie", sheet="Relationships", row=3, value="Caritas").message
    "'Caritas' is tied to itself; the tie is left out"
    """
    severity = CATALOGUE[code][0]
    message = _compose(code, value, detail, suggestion, hint, str)
    return Problem(severity, code, sheet, row, column, value, message, suggestion, detail, hint, choices)


class StakegraphError(Exception):
    """A user error: the input cannot be used, and the message says why and where.

    Carries the :class:`Problem` (sheet, row, column, value, message,
    suggestion) and the file it is about; an input with several mistakes
    found together (a profile) carries them all in :attr:`problems`, and
    its message lists each with its code:

    >>> print(StakegraphError(problem("self-tie", value="A"), problem("self-tie", value="B")))
    2 problems:
      self-tie: 'A' is tied to itself; the tie is left out
      self-tie: 'B' is tied to itself; the tie is left out
    """

    def __init__(self, problem: Problem, *more: Problem, file: str | None = None) -> None:
        self.problem = problem
        self.problems = (problem, *more)
        self.file = file
        if more:
            said = f"{len(self.problems)} problems:\n" + "\n".join(f"  {p.code}: {p}" for p in self.problems)
        else:
            said = str(problem)
        super().__init__(said)

    def said(self) -> str:
        """The error as a person reads it, in the current language (``str(error)`` in English)."""
        if len(self.problems) == 1:
            return self.problem.said()
        head = ngettext("{n} problem:", "{n} problems:", len(self.problems)).format(n=len(self.problems))
        return head + "\n" + "\n".join(f"  {p.code}: {p.said()}" for p in self.problems)

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def sheet(self) -> str | None:
        return self.problem.sheet

    @property
    def row(self) -> int | None:
        return self.problem.row

    @property
    def column(self) -> str | None:
        return self.problem.column

    @property
    def value(self) -> Any:
        return self.problem.value

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def suggestion(self) -> str | None:
        return self.problem.suggestion
