"""The file a command is asked to write: its ending must be one the command
writes, checked before any work, with the command's own problem code.

Examples
--------
>>> checked_output("annex.JSON", (".xlsx", ".json"), "unknown-annex-format")
PosixPath('annex.JSON')
>>> checked_output(None, (".xlsx",), "unknown-annex-format") is None
True
>>> checked_output("annex.pdf", (".xlsx", ".json"), "unknown-annex-format")
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: 'annex.pdf' is not an annex stakegraph can write; end the name in .xlsx or .json
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from stakegraph.errors import StakegraphError, problem

__all__ = ["checked_output"]


def checked_output(output: str | os.PathLike[str] | None, endings: Sequence[str], code: str) -> Path | None:
    """``output`` as a path, ``None`` for none; raises the problem ``code``
    when its ending (any case) is not one of ``endings``."""
    if output is None:
        return None
    path = Path(output)
    if path.suffix.lower() not in endings:
        raise StakegraphError(problem(code, value=str(output)))
    return path
