"""The ``template`` job: write a blank mapping workbook in one of the eight
languages, ready to fill in and import.

Examples
--------
>>> import pathlib, tempfile
>>> result = make_template(pathlib.Path(tempfile.mkdtemp()) / "mapping.xlsx", lang="it")
>>> result["lang"], result["sheets"][:2]
('it', ['Portatori di interesse', 'Relazioni'])
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from stakegraph.codebook import default_codebook
from stakegraph.errors import StakegraphError, problem
from stakegraph.jobs.output import writing
from stakegraph.model import SCHEMA_VERSION
from stakegraph.render.template import TEMPLATE_SHEETS, write_template

__all__ = ["make_template"]


def make_template(out: str | os.PathLike[str], lang: str = "en") -> dict[str, Any]:
    """Write the template to ``out`` (an ``.xlsx`` name) and say what it holds.

    Raises :class:`~stakegraph.errors.StakegraphError` for another file
    type or a path that cannot be written.
    """
    target = Path(out)
    if target.suffix.lower() != ".xlsx":
        raise StakegraphError(problem("unknown-template-format", value=target.name))
    cb = default_codebook()
    with writing(target):
        write_template(target, lang, cb)
    return {
        "schema_version": SCHEMA_VERSION,
        "path": str(target),
        "lang": lang,
        "sheets": [cb.sheet_label(kind, lang) for kind in TEMPLATE_SHEETS],
    }
