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

from stakegraph.jobs.book import BookLike, as_book
from stakegraph.model.report import ImportReport

__all__ = ["validate"]


def validate(book: BookLike) -> ImportReport:
    """The import report of ``book`` (raises StakegraphError when it is
    unreadable or beyond the limits it is read with); ``stakegraph validate
    --format json`` prints it in the envelope of
    :func:`stakegraph.jobs.result.envelope`."""
    return as_book(book).report
