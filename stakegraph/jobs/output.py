"""Where a command writes: never over one of its inputs. (A path that
cannot be written is said as the user's problem to fix by the writers
themselves, :mod:`stakegraph.render.atomic`.)

Every job that writes calls :func:`refuse_inputs` before reading anything,
so that ``stakegraph analyze BOOK -o BOOK`` (or ``./BOOK``, a symbolic link or
a hard link to it, or a file inside a CSV-folder input) stops with a message
naming both paths and the input is left as it was. There is no ``--force``:
a report is never worth the mapping it would replace.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> book = folder / "mapping.xlsx"
>>> _ = book.write_bytes(b"PK")
>>> refuse_inputs([folder / "report.xlsx"], [book])
>>> from stakegraph.errors import StakegraphError
>>> try:
...     refuse_inputs([folder / "." / "mapping.xlsx"], [book])
... except StakegraphError as exc:
...     print(exc.code)
output-is-input
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from stakegraph.errors import StakegraphError, problem

__all__ = ["refuse_inputs"]

Place = str | os.PathLike[str]


def _same(a: Path, b: Path) -> bool:
    """``a`` and ``b`` are one file or folder: by resolved path, or by device
    and inode (a hard link, a bind mount, a case-insensitive file system)."""
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet
        return False


def _within(inner: Path, folder: Path) -> bool:
    """``inner`` is ``folder`` or lies somewhere inside it (through any link)."""
    if not folder.is_dir():
        return False
    place = inner.resolve()
    return any(_same(p, folder) for p in (place, *place.parents) if p.exists())


def refuse_inputs(outputs: Iterable[Place], inputs: Iterable[Place | None], *,
                  folders: Iterable[Place] = ()) -> None:
    """Raise :class:`~stakegraph.errors.StakegraphError` when a command would
    write over one of its inputs; call it before writing anything.

    Parameters
    ----------
    outputs : iterable of path-like
        The files the command writes, as the user named them.
    inputs : iterable of path-like or None
        The files and CSV folders the command reads (``None`` is skipped).
    folders : iterable of path-like
        The folders the command replaces as a whole (the CSV export).

    Raises
    ------
    StakegraphError
        ``output-is-input`` when an output is an input (through the same or a
        relative path, a symbolic link or a hard link);
        ``output-in-input-folder`` when it lies inside a CSV-folder input;
        ``input-in-output-folder`` when a folder to replace holds an input.
        Each message names the output and the input.
    """
    read = [Path(p) for p in inputs if p is not None]
    for out in [*outputs, *folders]:
        for source in read:
            if _same(Path(out), source):
                raise StakegraphError(problem("output-is-input", value=os.fspath(out),
                                              detail=os.fspath(source)))
            if _within(Path(out), source):
                raise StakegraphError(problem("output-in-input-folder", value=os.fspath(out),
                                              detail=os.fspath(source)))
    for out in folders:
        for source in read:
            if _within(source, Path(out)):
                raise StakegraphError(problem("input-in-output-folder", value=os.fspath(out),
                                              detail=os.fspath(source)))
