"""What the sheet readers share while reading one workbook: the codebook
(extended by the workbook's Lists sheet), the names read so far, and the
report that collects problems and row accounting."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from stakegraph.codebook import Codebook
from stakegraph.errors import problem
from stakegraph.i18n import Phrase, current_language
from stakegraph.io.cells import cell_number, cell_text
from stakegraph.io.names import NameIndex
from stakegraph.io.ratings import RatingScale
from stakegraph.model.report import ImportReport

__all__ = ["ReadContext"]

_UNKNOWN_CODES = {
    "type": "unknown-type",
    "level": "unknown-level",
    "theme": "unknown-theme",
    "tie_type": "unknown-tie-type",
    "role": "unknown-role",
}


@dataclass
class ReadContext:
    """Shared state of one import."""

    codebook: Codebook
    report: ImportReport
    names: NameIndex = field(default_factory=NameIndex)
    #: the workbook's language, once its Stakeholders sheet is read: a
    #: suggestion is a word of this language or of English, never of a third
    lang: str | None = None

    def __post_init__(self) -> None:
        # "Comune" or "Association" in two names says nothing about which is meant
        self.names.generic = frozenset(self.codebook.generic_words())

    def add(
        self,
        code: str,
        *,
        sheet: str | None,
        row: int | None = None,
        column: str | None = None,
        value: Any = None,
        detail: Any = None,
        suggestion: str | None = None,
        hint: str | Phrase | None = None,
        choices: tuple[str, ...] = (),
    ) -> None:
        """Record a problem from the catalogue."""
        self.report.problems.append(
            problem(code, sheet=sheet, row=row, column=column, value=value,
                    detail=detail, suggestion=suggestion, hint=hint, choices=choices)
        )

    def word(self, vocab: str, code: str) -> Callable[[], str]:
        """The word for ``code`` of ``vocab`` in the language a message is
        said in (a value of a :class:`~stakegraph.i18n.Phrase`)."""
        return lambda: self.codebook.label(vocab, code, current_language())

    def coded(self, vocab: str, text: str, *, sheet: str, row: int, column: str) -> str:
        """The code of ``text`` in an open vocabulary; an unknown word is kept
        as written, with a warning and the closest code as suggestion."""
        code = self.codebook.value(vocab, text)
        if code is not None:
            return code
        self.add(_UNKNOWN_CODES[vocab], sheet=sheet, row=row, column=column, value=text,
                 suggestion=self.codebook.suggest(vocab, text, self.lang))
        return text

    def yes_no(self, value: Any, *, sheet: str, row: int, column: str) -> bool | None:
        """A yes/no cell in any of the languages; ``None`` when empty or unreadable."""
        text = cell_text(value)
        if text is None:
            return None
        code = self.codebook.value("yes_no", text)
        if code is None:
            self.add("unknown-yes-no", sheet=sheet, row=row, column=column, value=text,
                     suggestion=self.codebook.suggest("yes_no", text, self.lang))
            return None
        return code == "yes"

    def rating(self, value: Any, scale: RatingScale, *, sheet: str, row: int, column: str) -> int | None:
        """A rating on ``scale`` (the column's), as 1–5; ``None`` (with a
        warning naming the cell) when it cannot be read or is off the scale."""
        if cell_text(value) is None:
            return None
        number = scale.read(value)
        if number is None:
            code, shown = scale.problem(value)
            self.add(code, sheet=sheet, row=row, column=column, value=shown, detail=scale.name)
        return number

    def weight(self, value: Any, *, sheet: str, row: int, column: str) -> float:
        """A tie weight as written when it is a number above 0 (a count of 13
        shared committees stays 13; default 1), with a warning when unusable."""
        text = cell_text(value)
        if text is None:
            return 1.0
        number = cell_number(value)
        if number is None:
            self.add("weight-not-a-number", sheet=sheet, row=row, column=column, value=text)
            return 1.0
        if not (math.isfinite(number) and number > 0):
            self.add("weight-out-of-range", sheet=sheet, row=row, column=column,
                     value=int(number) if number.is_integer() else number)
            return 1.0
        return number
