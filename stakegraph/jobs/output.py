"""Writing a command's file: a path that cannot be written is the user's
problem to fix (a missing folder, no permission), said as such.

Examples
--------
>>> from stakegraph.errors import StakegraphError
>>> try:
...     with writing("/no/such/folder/report.xlsx"):
...         open("/no/such/folder/report.xlsx", "w")
... except StakegraphError as exc:
...     print(exc.problem.message)
cannot write '/no/such/folder/report.xlsx': No such file or directory
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from stakegraph.errors import StakegraphError, problem

__all__ = ["writing"]


@contextmanager
def writing(target: str | os.PathLike[str]) -> Iterator[None]:
    """Turn an :class:`OSError` raised inside the block into the StakegraphError
    ``cannot-write`` naming ``target``."""
    try:
        yield
    except OSError as exc:
        raise StakegraphError(problem("cannot-write", value=os.fspath(target),
                                      detail=exc.strerror or str(exc))) from exc
