"""The ``template`` job: write a blank mapping workbook in one of the eight
languages, ready to fill in and import.

An existing file is replaced only when asked (``overwrite=True``), and never
when it holds data: a region's filled-in mapping is not worth a blank sheet.

Examples
--------
>>> import pathlib, tempfile
>>> out = pathlib.Path(tempfile.mkdtemp()) / "mapping.xlsx"
>>> result = make_template(out, lang="it")
>>> result["lang"], result["sheets"][:2]
('it', ['Attori', 'Legami'])
>>> make_template(out)  # doctest: +NORMALIZE_WHITESPACE, +ELLIPSIS
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: '...mapping.xlsx' already exists; a blank template replaces a
file only when asked to overwrite it
>>> make_template(out, overwrite=True)["lang"]
'en'
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from stakegraph.codebook import Codebook, default_codebook
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase, ngettext, number
from stakegraph.io.cells import blank_row
from stakegraph.io.files import read_workbook
from stakegraph.jobs.result import envelope
from stakegraph.render.template import TEMPLATE_SHEETS, write_template

__all__ = ["data_held", "make_template"]

#: the template's own sheets of text, which hold no one's data
_OWN_TEXT = ("instructions", "dropdowns")


def data_held(path: str | os.PathLike[str], codebook: Codebook | None = None) -> Phrase | None:
    """What data the workbook at ``path`` holds, said for a person, or ``None``
    when it holds none (a blank template in any language, an empty sheet).

    A sheet holds data when any row below its first filled row (the header)
    has a value; the template's instructions and drop-down sheets are left
    out. A file that cannot be read as a workbook may hold anything, so it
    counts as holding data.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "mapping.xlsx"
    >>> _ = make_template(out, lang="de")
    >>> data_held(out) is None
    True
    """
    cb = codebook or default_codebook()
    try:
        book = read_workbook(path)
    except StakegraphError as exc:
        return Phrase.of(N_("cannot be read as a workbook ({reason}), so it may hold anything"), reason=exc.said)
    for sheet in book.sheets:
        if cb.sheet_kind(sheet.name) in _OWN_TEXT:
            continue
        filled = [row for row in sheet.rows if not blank_row(row)]
        if len(filled) > 1:
            rows = len(filled) - 1
            return Phrase.of(N_("has {rows} in the sheet '{sheet}'"), sheet=sheet.name, rows=lambda n=rows: ngettext(
                "{n} filled row", "{n} filled rows", n).format(n=number(n)))
    return None


def make_template(out: str | os.PathLike[str], lang: str = "en", *,
                  overwrite: bool = False) -> dict[str, Any]:
    """Write the template to ``out`` (an ``.xlsx`` name) and say what it holds
    (in the envelope of every command's JSON, whose ``import`` is ``None``:
    nothing was read).

    Raises :class:`~stakegraph.errors.StakegraphError` for another file
    type, a path that cannot be written, an existing file without
    ``overwrite`` (``template-exists``), or an existing file that holds data
    (``template-holds-data``, whatever ``overwrite`` says).
    """
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise StakegraphError(problem("unknown-template-format", value=target.name))
    cb = default_codebook()
    if os.path.lexists(target):
        if not overwrite:
            raise StakegraphError(problem("template-exists", value=os.fspath(out)))
        held = data_held(target, cb)
        if held is not None:
            raise StakegraphError(problem("template-holds-data", value=os.fspath(out), detail=held))
    write_template(target, lang, cb)
    return envelope({}, {
        "path": str(target),
        "lang": lang,
        "sheets": [cb.sheet_label(kind, lang) for kind in TEMPLATE_SHEETS],
    })
