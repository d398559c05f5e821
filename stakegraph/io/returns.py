"""Reading survey returns and the survey key.

:func:`read_return` opens a returned survey workbook safely (as every
workbook is opened, :func:`stakegraph.io.files.read_workbook`), checks its
signature against the coordinator's :class:`~stakegraph.model.survey.SurveyKey`
and reads the answers into a :class:`~stakegraph.model.returns.Return`. A
file that is not a return, a return from another mapping or round, and a
return whose signature or rows were altered are refused with a problem
naming the file; answers that cannot be read are reported and left out,
the rest of the return still counts.

Answers are read in any of the languages, whatever the survey's language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from stakegraph.codebook import Codebook, default_codebook
from stakegraph.errors import Problem, StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import (
    NOT_CALCULATED,
    cell_number,
    cell_text,
    is_placeholder,
    is_spreadsheet_error,
    split_list,
)
from stakegraph.io.files import Sheet, read_workbook
from stakegraph.model.returns import Correction, Proposal, Return, TieAnswer
from stakegraph.model.survey import (
    CORRECTABLE,
    SIGNATURE_SHEET,
    Signature,
    SurveyKey,
    is_new_row,
    layout_digest,
    layout_words,
    read_answer,
)

__all__ = ["KEY_FILE", "find_key", "read_key", "read_return"]

#: the name of the key file ``stakegraph survey`` writes beside the surveys
KEY_FILE = "survey.key"


def read_key(path: str | os.PathLike[str]) -> SurveyKey:
    """The survey key in ``path``; raises StakegraphError when it is not one."""
    file = Path(path)
    try:
        key = SurveyKey.from_json(file.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise StakegraphError(problem("survey-key-unreadable", value=file.name,
                                      detail=getattr(exc, "strerror", None) or str(exc))) from exc
    if key is None:
        raise StakegraphError(problem("survey-key-unreadable", value=file.name,
                                      detail=Phrase.of(N_("it is not the key file stakegraph survey writes"))))
    return key


def find_key(book: str | os.PathLike[str], returns: Iterable[str | os.PathLike[str]],
             key: str | os.PathLike[str] | None = None) -> SurveyKey:
    """The key given; else the :data:`KEY_FILE` beside ``book`` or beside a
    return; else the one key in a folder beside ``book`` (``stakegraph survey
    mapping.xlsx -o surveys`` writes ``surveys/survey.key``)."""
    if key is not None:
        return read_key(key)
    places = list(dict.fromkeys([Path(book).parent] + [Path(r).parent for r in returns]))
    for folder in places:
        if (folder / KEY_FILE).is_file():
            return read_key(folder / KEY_FILE)
    below = sorted(Path(book).parent.glob(f"*/{KEY_FILE}"))
    if len(below) == 1:
        return read_key(below[0])
    looked = ", ".join(str(p) for p in places)
    detail = (Phrase.of(N_("looked for {file} in {places}"), file=KEY_FILE, places=looked) if not below
              else Phrase.of(N_("found several: {files}"), files=", ".join(str(p) for p in below)))
    raise StakegraphError(problem("survey-key-missing", detail=detail))


def read_return(path: str | os.PathLike[str], key: SurveyKey,
                codebook: Codebook | None = None) -> tuple[Return | None, list[Problem]]:
    """Read the return in ``path``: the :class:`Return` and the problems
    found, or ``None`` and the one problem that refused it."""
    name = Path(path).name
    try:
        workbook = read_workbook(path)
    except StakegraphError as exc:
        return None, [problem("return-unreadable", value=name, detail=str(exc))]
    sheets = {s.name: s for s in workbook.sheets}
    signature = Signature.from_rows(sheets[SIGNATURE_SHEET].rows) if SIGNATURE_SHEET in sheets else None
    if signature is None:
        return None, [problem("not-a-return", value=name)]
    if (signature.mapping, signature.round) != (key.mapping, key.round):
        return None, [problem("return-other-mapping", value=name,
                              detail=Phrase.of(N_("survey {mapping}, round {round}; this key is survey "
                                                  "{key_mapping}, round {key_round}"),
                                               mapping=signature.mapping, round=signature.round,
                                               key_mapping=key.mapping, key_round=key.round))]
    if not signature.verify(key.secret):
        return None, [problem("return-bad-signature", value=name, detail=Phrase.of(N_("its seal")))]
    w = layout_words(signature.lang)
    about, ties = sheets.get(w["org_sheet"]), sheets.get(w["ties_sheet"])
    if about is None or ties is None:
        # a survey sent before its sheets' words were corrected in the catalogue:
        # its sheets keep their places (the seal below checks every row)
        about, ties = _by_place(workbook.sheets)
    if about is None or ties is None or layout_digest(_keys(about) + _keys(ties)) != signature.layout:
        return None, [problem("return-bad-signature", value=name,
                              detail=Phrase.of(N_("its sheets or rows were changed")))]
    reader = _Reader(signature.stakeholder, name, codebook or default_codebook(), [], signature.lang)
    answers, proposals = reader.ties(ties)
    corrections = reader.corrections(about)
    return Return(signature.stakeholder, name, tuple(answers), tuple(proposals), tuple(corrections),
                  tuple(reader.problems)), reader.problems


def _keys(sheet: Sheet) -> list[str]:
    """The row keys in column A, in order."""
    return [str(row[0]) for row in sheet.rows if row and row[0] is not None and str(row[0]).strip()]


def _by_place(sheets: list[Sheet]) -> tuple[Sheet | None, Sheet | None]:
    """A survey's first two sheets, as written: about the organisation, then its ties."""
    written = [s for s in sheets if s.name != SIGNATURE_SHEET]
    return (written[0], written[1]) if len(written) >= 2 else (None, None)


class _Reader:
    """Reads the answers of one return, collecting problems."""

    def __init__(self, me: str, source: str, cb: Codebook, problems: list[Problem], lang: str = "en") -> None:
        self.me, self.source, self.cb, self.problems = me, source, cb, problems
        #: the language the survey was written in: the answers it offered were in it
        self.lang = lang

    def _text(self, sheet: Sheet, row: int, value: Any) -> str | None:
        text = cell_text(value)
        if value is NOT_CALCULATED or is_spreadsheet_error(text):
            # a formula typed as an answer: never its result, which could be anything
            self.problems.append(problem("answer-formula", sheet=sheet.name, row=row + 1))
            return None
        return text

    def _cells(self, sheet: Sheet, index: int, row: list[Any], width: int) -> list[str | None]:
        padded = list(row) + [None] * (width - len(row))
        return [self._text(sheet, index, v) for v in padded[:width]]

    def ties(self, sheet: Sheet) -> tuple[list[TieAnswer], list[Proposal]]:
        answers, proposals = [], []
        for index, row in enumerate(sheet.rows):
            if not row or row[0] is None:
                continue
            key = str(row[0])
            _, name, sector, tied, tie_type, strength, comment = self._cells(sheet, index, row, 7)
            answer = self._answer(sheet, index, tied)
            if answer is None and (tie_type or strength):
                answer = "yes"  # a type or strength given says they work together
            if answer is None:
                continue
            kind = self.cb.value("tie_type", tie_type) or tie_type if tie_type else None
            weight = self._strength(sheet, index, strength)
            if not is_new_row(key):
                answers.append(TieAnswer(self.me, key, answer, kind, weight, comment))
            elif name and answer == "yes":
                if is_placeholder(name):
                    self.problems.append(problem("newcomer-not-a-name", sheet=sheet.name,
                                                 row=index + 1, value=name))
                    continue
                proposals.append(Proposal(self.me, name, self.cb.value("sector", sector) if sector else None,
                                          kind, weight, comment))
        return answers, proposals

    def _answer(self, sheet: Sheet, index: int, text: str | None) -> str | None:
        answer = read_answer(text)
        if text is not None and answer is None:
            offered = ", ".join([self.cb.label("yes_no", "yes", self.lang), self.cb.label("yes_no", "no", self.lang),
                                 layout_words(self.lang)["unknown"]])
            self.problems.append(problem("answer-not-understood", sheet=sheet.name, row=index + 1,
                                         column="D", value=text, detail=offered))
        return answer

    def _strength(self, sheet: Sheet, index: int, text: str | None) -> float | None:
        number = cell_number(text) if text else None
        if text and (number is None or not 1 <= number <= 5):
            self.problems.append(problem("answer-not-understood", sheet=sheet.name, row=index + 1,
                                         column="F", value=text, detail=Phrase.of(N_("a strength from 1 to 5"))))
            return None
        return number

    def corrections(self, sheet: Sheet) -> list[Correction]:
        found = []
        for index, row in enumerate(sheet.rows):
            if not row or row[0] not in CORRECTABLE:
                continue
            field = str(row[0])
            text = self._cells(sheet, index, row, 4)[3]
            if text is None:
                continue
            value = self._value(field, text)
            if value is None:
                self.problems.append(problem("answer-not-understood", sheet=sheet.name, row=index + 1,
                                             column="D", value=text,
                                             detail=Phrase.of(N_("a value from the drop-down list"))))
                continue
            found.append(Correction(self.me, field, value))
        return found

    def _value(self, field: str, text: str) -> Any:
        """A corrected value as the graph stores it (codes where the word is
        known; ``None`` for a sector or yes/no the codebook does not know)."""
        if field == "themes":
            return [self.cb.value("theme", t) or t for t in split_list(text)]
        if field == "migrant_led":
            return {"yes": True, "no": False}.get(self.cb.value("yes_no", text) or "")
        if field == "sector":
            return self.cb.value("sector", text)
        vocab = {"type": "type", "level": "level"}.get(field)
        return (self.cb.value(vocab, text) or text) if vocab else text
