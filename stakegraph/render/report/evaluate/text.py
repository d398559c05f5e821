"""The evaluation annex as text for the terminal: the readings, each with its
method, then the tables beneath them.

Examples
--------
>>> from stakegraph.render.report.evaluate.readings import Reading
>>> print(format_annex([Reading("stability", "Stability", "The rounds correlate 0.8.", "QAP.")], [],
...                    heading="Evaluation annex"))
Evaluation annex
================
<BLANKLINE>
Stability
  The rounds correlate 0.8.
  Method: QAP.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from stakegraph.i18n import gettext
from stakegraph.render.report.evaluate.readings import Reading
from stakegraph.render.text import format_table

__all__ = ["format_annex"]

_WIDTH = 100


def format_annex(found: Sequence[Reading], tables: Sequence[tuple[str, list[str], list[list[Any]]]],
                 *, heading: str) -> str:
    """``found`` readings under ``heading``, then ``tables``
    (:func:`~stakegraph.render.report.evaluate.tables.annex_tables`)."""
    lines = [heading, "=" * len(heading)]
    for r in found:
        lines += ["", r.title]
        lines += textwrap.wrap(r.reading, _WIDTH, initial_indent="  ", subsequent_indent="  ")
        lines += textwrap.wrap(gettext("Method: {method}").format(method=r.method), _WIDTH,
                               initial_indent="  ", subsequent_indent="    ")
    for title, headers, rows in tables:
        if rows:
            lines += ["", gettext("{title}:").format(title=title), format_table(rows, headers)]
    return "\n".join(lines)
