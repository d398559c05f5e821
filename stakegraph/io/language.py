"""The language a mapping is written in, for what stakegraph writes back to
its people (``--lang auto``).

The sheet names say it first (``Portatori di interesse``: Italian); when no
sheet is named in a known language (``Sheet1``), the column headers do.
English when nothing leads.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Sheet1.csv").write_text("Nombre,Sector,Tipo\\nCáritas,ONG,ONG\\n", "utf-8")
>>> book_language(folder / "Sheet1.csv")
'es'
"""

from __future__ import annotations

import os

from stakegraph.codebook import LANGUAGES, Codebook, default_codebook, fold
from stakegraph.io.files import read_workbook
from stakegraph.limits import Limits

__all__ = ["book_language"]

#: rows searched for a header when the sheet names say nothing
_HEADER_ROWS = 10


def book_language(path: str | os.PathLike[str], codebook: Codebook | None = None, *,
                  limits: Limits | None = None, keep: bool = False) -> str:
    """The language of the workbook in ``path`` (one of :data:`LANGUAGES`),
    read within ``limits``; with ``keep``, the workbook read is kept for the
    load that follows (:func:`~stakegraph.io.files.read_workbook`)."""
    cb = codebook or default_codebook()
    sheets = read_workbook(path, limits=limits, keep=keep).sheets
    names = {fold(s.name) for s in sheets}
    score = {lang: sum(any(fold(w) in names for w in labels.get(lang, ()))
                       for labels in cb.sheets.values()) for lang in LANGUAGES}
    best = max(LANGUAGES, key=lambda lang: (score[lang], lang == "en"))
    if score[best] and not (best != "en" and score[best] == score["en"]):
        return best
    cells = [v for s in sheets for row in s.rows[:_HEADER_ROWS] for v in row if isinstance(v, str)]
    return cb.language("stakeholders", cells)
