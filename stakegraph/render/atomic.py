"""Writing a file so that it is never half there: every file stakegraph writes
goes through this module.

The new content goes to a temporary file in the target's folder, is flushed
to the disk, and only then renamed over the target (``os.replace``, atomic on
one file system). Whatever happens before the rename (an error, a full disk,
Ctrl-C), the temporary file is removed and the previous file is left as it
was; after it, the new file is complete. A folder (the CSV export) is written
as a new sibling folder and then swapped in.

A path that cannot be written is the user's problem to fix (a missing
folder, no permission), said as the problem ``cannot-write``.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_text(folder / "notes.txt", "first\\n").read_text("utf-8")
'first\\n'
>>> try:
...     with atomic_file(folder / "notes.txt") as handle:
...         _ = handle.write(b"half")
...         raise KeyboardInterrupt
... except KeyboardInterrupt:
...     pass
>>> (folder / "notes.txt").read_text("utf-8"), sorted(p.name for p in folder.iterdir())
('first\\n', ['notes.txt'])
>>> from stakegraph.errors import StakegraphError
>>> try:
...     write_text("/no/such/folder/report.json", "{}")
... except StakegraphError as exc:
...     print(exc.problem.message)
cannot write '/no/such/folder/report.json': No such file or directory
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
import threading
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from stakegraph.errors import StakegraphError, problem

__all__ = ["atomic_file", "atomic_folder", "cannot_write", "interrupts_held", "save_workbook",
           "write_bytes", "write_text"]

#: the temporary names begin with the target's name, hidden, and end so
_PART = ".part"

#: temporary files and folders made and not yet renamed or removed. A Ctrl-C
#: can land between a ``with`` statement's ``__enter__`` returning and its
#: ``__exit__`` being armed, where no ``except`` sees it; what it leaves is
#: removed when the interpreter exits.
_PENDING: set[str] = set()


def _discard(path: str) -> None:
    """Remove the temporary file or folder ``path``, if it is still there."""
    _PENDING.discard(path)
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        Path(path).unlink(missing_ok=True)


@atexit.register
def _discard_pending() -> None:
    for path in list(_PENDING):
        _discard(path)


@contextmanager
def cannot_write(target: str | os.PathLike[str]) -> Iterator[None]:
    """Turn an :class:`OSError` raised inside the block into the StakegraphError
    ``cannot-write`` naming ``target``."""
    try:
        yield
    except OSError as exc:
        raise StakegraphError(problem("cannot-write", value=os.fspath(target),
                                      detail=exc.strerror or str(exc))) from exc


@contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while the block runs; it arrives just after.

    Renaming and cleaning up are each a few system calls that must not be
    cut in the middle. The Python handler is swapped for one that only notes
    the signal (masking the signal would not do: another thread of the
    process, a numerical library's, may receive it for us). Only the main
    thread can set handlers; elsewhere the block simply runs.

    Examples
    --------
    >>> import os, signal
    >>> before = signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C as a terminal gives it
    >>> try:
    ...     with interrupts_held():
    ...         os.kill(os.getpid(), signal.SIGINT)
    ...         print("the block ends first")
    ... except KeyboardInterrupt:
    ...     print("then the interrupt")
    the block ends first
    then the interrupt
    >>> _ = signal.signal(signal.SIGINT, before)
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    noted: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: noted.append(number))
    try:
        yield
    finally:
        # a handler installed from C reads as None and cannot be set again: the default then
        signal.signal(signal.SIGINT, signal.default_int_handler if previous is None else previous)
        if noted and callable(previous):
            previous(signal.SIGINT, None)
        elif noted and previous != signal.SIG_IGN:
            raise KeyboardInterrupt


def _final(target: str | os.PathLike[str]) -> Path:
    """The path really written: through a symbolic link, the file it names."""
    path = Path(target)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _mode(final: Path, default: int) -> int:
    """The permissions of the file (or folder) replaced, or the usual ones for a new one."""
    try:
        return final.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return default & ~mask


def _sync_folder(folder: Path) -> None:
    # the rename itself reaches the disk only when the folder is synced (POSIX)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_file(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write ``target``'s new content into; on leaving the
    block without an error it replaces ``target`` at once.

    Parameters
    ----------
    target : path-like
        The file to write (through a symbolic link, the file it names).
    private : bool
        Readable by its owner only (a key), from the moment it is made.

    Yields
    ------
    BinaryIO
        A temporary file beside ``target``. On any exception, including
        :class:`KeyboardInterrupt`, it is removed and ``target`` is untouched.

    Raises
    ------
    StakegraphError
        ``cannot-write`` when the folder is missing or not writable, the disk
        is full, or ``target`` is a folder.
    """
    final = _final(target)
    # made inside the try: a Ctrl-C held back while it is made arrives just
    # after, and must find the name to clean up
    temp: str | None = None
    handle: BinaryIO | None = None
    with cannot_write(target):
        try:
            with interrupts_held():
                fd, temp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=_PART, dir=final.parent)
                _PENDING.add(temp)
                handle = open(fd, "wb")
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.chmod(temp, 0o600 if private else _mode(final, 0o666))
            with interrupts_held():
                os.replace(temp, final)
                _PENDING.discard(temp)
        except BaseException:
            with interrupts_held():
                if handle is not None:
                    handle.close()
                if temp is not None:
                    _discard(temp)
            raise
    _sync_folder(final.parent)


def write_bytes(target: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``target`` through :func:`atomic_file`; the path written."""
    with atomic_file(target, private=private) as handle:
        handle.write(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str, *, private: bool = False) -> Path:
    """Write ``text`` as UTF-8 to ``target`` through :func:`atomic_file`; the path written."""
    return write_bytes(target, text.encode("utf-8"), private=private)


def save_workbook(book: Any, target: str | os.PathLike[str]) -> Path:
    """Save the openpyxl workbook ``book`` to ``target`` through :func:`atomic_file`.

    It is saved in memory first: openpyxl's zip archive, cut short by an
    error or Ctrl-C while it writes to a file, would complain again when
    collected; a path that cannot be written then fails cleanly too.
    """
    buffer = BytesIO()
    book.save(buffer)
    return write_bytes(target, buffer.getvalue())


@contextmanager
def atomic_folder(target: str | os.PathLike[str], replaceable: Collection[str]) -> Iterator[Path]:
    """A new, empty folder to fill with ``target``'s files; on leaving the
    block without an error it takes ``target``'s place, and the folder it
    replaces is removed.

    Parameters
    ----------
    target : path-like
        The folder to write (through a symbolic link, the folder it names).
    replaceable : collection of str
        The names the folder may already hold: what stakegraph writes there.
        A folder holding anything else is refused (``folder-not-replaceable``)
        before anything is written, since swapping it would lose those files.

    Yields
    ------
    Path
        A temporary folder beside ``target``, removed (and ``target`` left
        alone) on any exception, as :func:`atomic_file`'s file is.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "mapping"
    >>> with atomic_folder(out, ["a.csv"]) as folder:
    ...     _ = (folder / "a.csv").write_text("x\\n", "utf-8")
    >>> sorted(p.name for p in out.iterdir())
    ['a.csv']
    """
    final = _final(target)
    if final.exists() and not final.is_dir():
        raise StakegraphError(problem("cannot-write", value=os.fspath(target), detail="it is a file, not a folder"))
    if final.is_dir():
        others = sorted(p.name for p in final.iterdir() if p.name not in replaceable)
        if others:
            shown = ", ".join(f"'{name}'" for name in others[:3]) + (" …" if len(others) > 3 else "")
            raise StakegraphError(problem("folder-not-replaceable", value=os.fspath(target), detail=shown))
    temp: Path | None = None  # made inside the try, as atomic_file's file
    with cannot_write(target):
        try:
            with interrupts_held():
                temp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=_PART, dir=final.parent))
                _PENDING.add(str(temp))
            yield temp
            for file in temp.iterdir():
                with open(file, "rb+") as handle:
                    os.fsync(handle.fileno())
            os.chmod(temp, _mode(final, 0o777))
            _swap(temp, final)
        except BaseException:
            with interrupts_held():
                if temp is not None:
                    _discard(str(temp))
            raise
    _sync_folder(final.parent)


def _swap(new: Path, final: Path) -> None:
    """Put the folder ``new`` where ``final`` is, with Ctrl-C held back so that
    ``final`` is never left missing."""
    with interrupts_held():
        _PENDING.discard(str(new))  # from here on, ``new`` is (or is about to be) the target
        if not final.exists():
            os.rename(new, final)
            return
        old = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.old")
        os.rename(final, old)
        try:
            os.rename(new, final)
        except BaseException:
            os.rename(old, final)
            raise
        shutil.rmtree(old, ignore_errors=True)
