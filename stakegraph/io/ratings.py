"""Reading influence and interest written on any scale, onto 1–5.

One rule serves every scale: **a rating keeps its place on its own scale**.
The column's scale is found from all its values; its lowest step becomes 1,
its highest 5, and the steps between are spread evenly and rounded half up:
``1 + 4 × (value − lowest) / (highest − lowest)``.

=======================  ===========  ===========================================
the column holds          its scale     read as
=======================  ===========  ===========================================
whole numbers 1 to 5      1–5           as written
numbers up to 10          1–10          1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5
                                        (0 reads as 1)
numbers up to 100, or %   0–100 %       0–12 → 1, 13–37 → 2, 38–62 → 3, 63–87 → 4,
                                        88–100 → 5
fractions 0 to 1          0–100 %       0.5 is 50 %
low, medium, high         3 steps       low 1, medium 3, high 5
…and a "very" word        5 steps       very low 1, low 2, medium 3, high 4, very high 5
letters A, B, C           3 steps       A (best) 5, B 3, C 1; with D or E, 4 or 5 steps
marks "7/10", "4/5"       its own       the number after the slash is the top: 7/10 → 4
=======================  ===========  ===========================================

A column is on 1–10 when at least two of its values lie above 5, and on
0–100 when one holds a ``%`` or two lie above 10: a lone 7 among ratings of
1 to 5 is a slip, reported as outside 1–5, not a reason to read the whole
column on another scale.

Why one stretch and not a table per scale: the ends of every scale stay the
ends (the top of any scale is 5, so "high" keeps a stakeholder in the
high half of the power–interest grid), the middle stays 3, and the 1–10 rule
is the familiar halving. The words are the codebook's ``rating`` vocabulary
in the nine languages (a Lists sheet can add local ones). Each column read
on another scale than 1–5 is reported once; a value that cannot be read is a
warning naming its cell, never dropped in silence.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> scale = RatingScale.of([2, 7, 10, "5"], default_codebook())
>>> scale.name, [scale.read(v) for v in (1, 2, 5, 6, 9, 10, 0)]
('1–10', [1, 1, 3, 3, 5, 5, 1])
>>> words = RatingScale.of(["Alto", "medio", "Bajo"], default_codebook())
>>> [words.read(v) for v in ("alto", "Media", "baja", "n/d")]
[5, 3, 1, None]
>>> RatingScale.of(["A", "B", "C"], default_codebook()).read("a")
5
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stakegraph.codebook import Codebook
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_number, cell_text

__all__ = ["RatingScale"]

_WORD_STEPS = ("very_low", "low", "medium", "high", "very_high")
_PERCENT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%\s*$")
#: a mark that states its own scale: "7/10", "4 / 5", "65/100"
_OUT_OF = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*(\d+)\s*$")
_LETTERS = "ABCDE"


def _percent(value: Any) -> float | None:
    text = cell_text(value)
    match = _PERCENT.match(text) if text else None
    return float(match.group(1).replace(",", ".")) if match else None


def _stretch(value: float, low: float, high: float) -> int:
    """``value`` on ``low``–``high`` placed on 1–5, rounded half up."""
    return max(1, min(5, math.floor(1 + 4 * (value - low) / (high - low) + 0.5)))


@dataclass(frozen=True)
class RatingScale:
    """The scale a rating column is written on; :meth:`read` maps a cell to 1–5."""

    codebook: Codebook
    #: the numeric scale: ``"1–5"``, ``"1–10"`` or ``"0–100 %"`` (``"fraction"`` for 0–1)
    numbers: str = "1–5"
    #: how many word steps (3 or 5), and letter steps (3 to 5)
    word_steps: int = 3
    letter_steps: int = 3
    #: which kinds of value the column holds, in the order met
    kinds: tuple[str, ...] = ()

    @classmethod
    def of(cls, values: Iterable[Any], codebook: Codebook) -> RatingScale:
        """The scale of a column holding ``values``."""
        kinds: dict[str, None] = {}
        top = 0.0
        above5 = above10 = 0
        fractions = percents = False
        words = letters = 0
        for value in values:
            text = cell_text(value)
            if text is None:
                continue
            code = codebook.value("rating", text)
            if code is not None:
                kinds["words"] = None
                words = max(words, 5 if code.startswith("very") else 3)
                continue
            if len(text) == 1 and text.upper() in _LETTERS:
                kinds["letters"] = None
                letters = max(letters, 3, _LETTERS.index(text.upper()) + 1)
                continue
            if _OUT_OF.match(text):
                kinds["marks"] = None
                continue
            number = _percent(value)
            if number is not None:
                percents = True
            else:
                number = cell_number(value)
            if number is None:
                continue
            kinds["numbers"] = None
            top = max(top, number)
            above5 += number > 5
            above10 += number > 10
            fractions = fractions or not number.is_integer()
        if percents or above10 >= 2:
            numbers = "0–100 %"
        elif top <= 1 and fractions:
            numbers = "fraction"
        elif above5 >= 2:
            numbers = "1–10"
        else:
            numbers = "1–5"
        return cls(codebook, numbers, words or 3, letters or 3, tuple(kinds))

    @property
    def name(self) -> str:
        """The numeric scale's range, as a message says it: ``"1–5"``,
        ``"1–10"``, ``"0–100 %"`` or ``"0–1"``."""
        return "0–1" if self.numbers == "fraction" else self.numbers

    def problem(self, value: Any) -> tuple[str, Any]:
        """Why :meth:`read` could not read ``value``: ``("rating-out-of-range",
        number)`` for a number off the scale, else ``("rating-not-a-number", text)``.

        >>> from stakegraph.codebook import default_codebook
        >>> RatingScale(default_codebook()).problem(7), RatingScale(default_codebook()).problem("2,5")
        (('rating-out-of-range', 7), ('rating-not-a-number', '2,5'))
        """
        percent = _percent(value)
        number = percent if percent is not None else cell_number(value)
        if number is None or (self.numbers == "1–5" and not number.is_integer()):
            return "rating-not-a-number", cell_text(value)
        return "rating-out-of-range", int(number) if number.is_integer() else number

    def describe(self, column: str) -> Phrase | None:
        """The sentence reporting how ``column`` was read (said in the
        reader's language where it is shown), or ``None`` when it is plain 1–5.

        >>> from stakegraph.codebook import default_codebook
        >>> str(RatingScale.of(["high", "low"], default_codebook()).describe("Influence"))
        "'Influence' is read as words: low 1, medium 3, high 5, each mapped to 1–5 keeping its place on its scale"
        """
        parts = []
        if "numbers" in self.kinds and self.numbers != "1–5":
            parts.append(Phrase.of({
                "1–10": N_("numbers on a 1–10 scale (1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5)"),
                "0–100 %": N_("percentages (0–12 → 1, 13–37 → 2, 38–62 → 3, 63–87 → 4, 88–100 → 5)"),
                "fraction": N_("fractions of 1 as percentages (0.5 → 3)"),
            }[self.numbers]))
        if "words" in self.kinds:
            parts.append(Phrase.of(N_("words: low 1, medium 3, high 5") if self.word_steps == 3 else
                                   N_("words: very low 1, low 2, medium 3, high 4, very high 5")))
        if "letters" in self.kinds:
            parts.append(Phrase.of(N_("letters: {letters}"), letters=", ".join(
                f"{c} {self.read(c)}" for c in _LETTERS[:self.letter_steps])))
        if "marks" in self.kinds:
            parts.append(Phrase.of(N_("marks out of a number, each on its own scale (7/10 → 4, 65/100 → 4)")))
        if not parts:
            return None
        return Phrase.of(N_("'{column}' is read as {scales}, each mapped to 1–5 keeping its place on its scale"),
                         column=column, scales=tuple(parts))

    def read(self, value: Any) -> int | None:
        """``value`` on 1–5, or ``None`` when it cannot be read as a rating
        or lies outside the scale (see :attr:`name`)."""
        text = cell_text(value)
        if text is None:
            return None
        code = self.codebook.value("rating", text)
        if code is not None:
            step = _WORD_STEPS.index(code)
            if self.word_steps == 3:
                step = {0: 0, 1: 0, 2: 1, 3: 2, 4: 2}[step]
            return _stretch(step, 0, self.word_steps - 1)
        if len(text) == 1 and text.upper() in _LETTERS[:self.letter_steps]:
            return _stretch(self.letter_steps - 1 - _LETTERS.index(text.upper()), 0, self.letter_steps - 1)
        mark = _OUT_OF.match(text)
        if mark:
            got, top = float(mark.group(1).replace(",", ".")), int(mark.group(2))
            lowest = 0 if top >= 100 else 1  # a mark out of 100 is a percentage
            return _stretch(max(got, lowest), lowest, top) if 1 < top and got <= top else None
        percent = _percent(value)
        number = percent if percent is not None else cell_number(value)
        if number is None or number < 0:
            return None
        if self.numbers == "1–5":
            return int(number) if number.is_integer() and 1 <= number <= 5 else None
        if self.numbers == "1–10":
            return _stretch(max(number, 1), 1, 10) if number <= 10 else None
        if self.numbers == "fraction" and percent is None:
            number *= 100
        return _stretch(number, 0, 100) if number <= 100 else None
