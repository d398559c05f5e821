"""The language a mapping is written in, for what stakegraph writes back to
its people (``--lang auto``).

One word is weak evidence: "Kategorie" is German, but a header of one
colleague's choosing in an English register does not make the register
German. A language is taken only when the workbook gives real evidence of
it (:func:`leading`), counting the distinct words of each language among
its first rows (column names, sectors, types, levels, themes, tie types,
roles, yes/no, ratings): at least :data:`EVIDENCE` words of that language
that English does not share, more such words than any other language, and
:data:`MARGIN` more words in all than English. When the cells leave it open, the sheet names decide if
they clearly name one language (``Portatori di interesse``: Italian); else
English.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Sheet1.csv").write_text("Nombre,Sector,Tipo\\nCáritas,ONG,ONG\\n", "utf-8")
>>> book_language(folder / "Sheet1.csv")
'es'
>>> _ = (folder / "Sheet2.csv").write_text("Name,Kategorie,Website\\nDoras,NGO,doras.ie\\n", "utf-8")
>>> book_language(folder / "Sheet2.csv")
'en'
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from stakegraph.codebook import LANGUAGES, Codebook, default_codebook, fold
from stakegraph.io.files import read_workbook
from stakegraph.limits import Limits

__all__ = ["EVIDENCE", "MARGIN", "book_language", "evidence", "leading"]

#: the rows of each sheet whose words are evidence (headers sit in the first
#: few; a sheet's values repeat, and fifty rows show its words)
_SAMPLE_ROWS = 50
#: the distinct words a language must show that English does not share
EVIDENCE = 2
#: how many more distinct words in all that language must have than English
MARGIN = 2


def evidence(words: Iterable[Any], codebook: Codebook | None = None) -> dict[str, set[str]]:
    """For each language, the distinct ``words`` (folded) the codebook knows
    in it: a sheet name, a column header or a value of a vocabulary (a code
    counts as English). A word several languages share ("Sector", "ONG")
    counts for each of them.

    >>> found = evidence(["Nombre", "Sector", "Sector", "Kategorie", "Website"])
    >>> sorted(found["es"]), sorted(found["de"]), sorted(found["en"])
    (['nombre', 'sector'], ['kategorie'], ['sector'])
    """
    cb = codebook or default_codebook()
    known: defaultdict[str, set[str]] = defaultdict(set)
    for table in [cb.sheets, *cb.columns.values(), *cb.vocab.values()]:
        for code, langs in table.items():
            known[fold(code)].add("en")
            for lang, spelled in langs.items():
                for word in spelled:
                    known[fold(word)].add(lang)
    found: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for word in {fold(w) for w in words if isinstance(w, str)}:
        for lang in known.get(word, set()) & set(LANGUAGES):
            found[lang].add(word)
    return found


def leading(evidence: Mapping[str, set[str]], least: int = EVIDENCE, margin: int = MARGIN) -> str | None:
    """The language other than English that ``evidence`` (language →
    distinct words found) clearly points to, or ``None``: at least ``least``
    words English does not share, more such words than any other language,
    and ``margin`` more words in all than English.

    >>> leading({"de": {"name", "kategorie"}, "en": {"name"}}) is None
    True
    >>> leading({"de": {"name", "kategorie", "ebene", "themen"}, "en": {"name"}})
    'de'
    >>> leading({"es": {"nombre", "tipo", "ong"}, "pt": {"tipo", "ong"}, "it": {"tipo", "ong"}})
    'es'
    >>> leading({"it": {"nome", "tipo"}, "pt": {"nome", "tipo"}}) is None
    True
    """
    english = evidence.get("en", set())
    own = {lang: words - english for lang, words in evidence.items() if lang != "en"}
    ranked = sorted(own, key=lambda lang: -len(own[lang]))
    if not ranked:
        return None
    best = ranked[0]
    next_best = len(own[ranked[1]]) if len(ranked) > 1 else 0
    if len(own[best]) >= least and len(own[best]) > next_best and \
            len(evidence[best]) - len(english) >= margin:
        return best
    return None


def book_language(path: str | os.PathLike[str], codebook: Codebook | None = None, *,
                  limits: Limits | None = None, keep: bool = False) -> str:
    """The language of the workbook in ``path`` (one of :data:`LANGUAGES`),
    read within ``limits``; with ``keep``, the workbook read is kept for the
    load that follows (:func:`~stakegraph.io.files.read_workbook`)."""
    cb = codebook or default_codebook()
    sheets = read_workbook(path, limits=limits, keep=keep).sheets
    cells = [v for s in sheets for row in s.rows[:_SAMPLE_ROWS] for v in row]
    found = leading(evidence(cells, cb))
    if found is not None:
        return found
    return _sheet_language(cb, [s.name for s in sheets]) or "en"


def _sheet_language(cb: Codebook, names: list[str]) -> str | None:
    """The one language the sheet names are in, when they name one alone
    (a name English shares, as "Organisation", says nothing)."""
    folded = {fold(n) for n in names}
    score = {lang: sum(any(fold(w) in folded for w in labels.get(lang, ()))
                       for labels in cb.sheets.values()) for lang in LANGUAGES}
    best = max(LANGUAGES, key=lambda lang: (score[lang], lang == "en"))
    rivals = [lang for lang in LANGUAGES if lang != best and score[lang] == score[best]]
    return best if score[best] and not rivals else None
