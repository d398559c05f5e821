"""The ``validate`` job: read a workbook and report what is wrong in it.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text("name,sector\\nDoras,pubic\\n", "utf-8")
>>> report = validate(folder)
>>> report.ok, [p.code for p in report.problems]
(False, ['unknown-sector'])
"""

from __future__ import annotations

import os

from stakegraph.io import Limits, load
from stakegraph.io.columns import ColumnMap
from stakegraph.model.report import ImportReport

__all__ = ["validate"]


def validate(book: str | os.PathLike[str], *, columns: ColumnMap | None = None,
             limits: Limits | None = None) -> ImportReport:
    """The import report of ``book``, its headers read through ``columns``
    (raises StakegraphError when unreadable or beyond ``limits``)."""
    return load(book, columns=columns, limits=limits).report
