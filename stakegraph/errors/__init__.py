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
from dataclasses import asdict, dataclass
from typing import Any

from stakegraph.errors.catalogue import CATALOGUE, Severity

__all__ = ["CATALOGUE", "COLUMNS_OPTION", "Problem", "Severity", "StakegraphError", "problem"]

#: the command-line form of ``load(columns=...)``: the one place a library
#: message names a flag, so that a refusal can say the one step to take
COLUMNS_OPTION = "--columns"


#: what to write instead, said when no close value can be suggested
_OTHERWISE = {"unknown-sector": "write public, private or civil_society",
              "missing-sector": "write public, private or civil_society"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``row`` is the row number as Excel shows it (the header row of a sheet that
    starts at the top is row 1, its first data row is row 2).
    """

    severity: Severity
    code: str
    sheet: str | None
    row: int | None
    column: str | None
    value: Any
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The problem as the JSON report shows it."""
        d = asdict(self)
        value = d["value"]
        # the cell as written: a cell reading "nan" is quoted as "nan", never as a number JSON lacks
        if value is not None and (not isinstance(value, (str, int, float, bool))
                                  or (isinstance(value, float) and not math.isfinite(value))):
            d["value"] = str(value)
        return d

    @property
    def place(self) -> str:
        """Where the problem is, for a person: ``"Stakeholders, row 7, column sector"``."""
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


def problem(
    code: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    value: Any = None,
    detail: Any = None,
    suggestion: str | None = None,
    hint: str | None = None,
) -> Problem:
    """Build a :class:`Problem` from the catalogue entry ``code``. Without a
    ``suggestion``, ``hint`` (or the catalogue's own hint) says what to write.

    >>> problem("self-tie", sheet="Relationships", row=3, value="Caritas").message
    "'Caritas' is tied to itself; the tie is left out"
    """
    severity, template = CATALOGUE[code]
    message = template.format(value=value, detail=detail)
    if suggestion:
        message += f"; did you mean '{suggestion}'?"
    elif hint or code in _OTHERWISE:
        message += f"; {hint or _OTHERWISE[code]}"
    return Problem(severity, code, sheet, row, column, value, message, suggestion)


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
