"""Opening spreadsheets safely: a file (or a folder of CSV files) becomes raw grids.

The real type of a file is read from its first bytes, not from its name, so
that a PDF, a web page or a CSV saved under an Excel name gets a clear
message. Before a workbook reaches the spreadsheet engine (python-calamine),
its zip container is checked: how far it would expand, how many parts it
has, whether an XML part declares entities, how large a grid a sheet would
need. Password-protected workbooks are recognised from their container. Any
other failure becomes a :class:`~stakegraph.errors.StakegraphError` with a
short reason; no raw exception leaves this module.

Grids keep Excel's numbering: ``rows[0]`` is Excel row 1 and column 0 is
column A, whatever empty rows and columns come first. Empty cells are
``None``; trailing empty cells of a row are trimmed. Cells come as the
engine reads them (str, float, bool, datetime/date/time); CSV cells are text
except clear numbers (see :mod:`stakegraph.io.delimited`).

The checks on containers live in :mod:`stakegraph.io.containers` (zip) and
:mod:`stakegraph.io.compound` (OLE2).

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text("name;influence\\nDoras;4\\n", "utf-8")
>>> book = read_workbook(folder / "Stakeholders.csv")
>>> book.sheets
[Sheet(name='Stakeholders', rows=[['name', 'influence'], ['Doras', 4]])]
>>> read_workbook(folder / "missing.xlsx")
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: the file 'missing.xlsx' does not exist
"""

from __future__ import annotations

import gc
import os
import sys
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine

from stakegraph.errors import Problem, problem
from stakegraph.io.cells import NOT_CALCULATED
from stakegraph.io.compound import CFB_MAGIC, check_cfb
from stakegraph.io.containers import FORMATS, check_zip, describe, refuse, refuse_irregular
from stakegraph.io.delimited import CSV_SUFFIXES, read_csv, trim
from stakegraph.io.errorcells import error_cells
from stakegraph.limits import Limits

__all__ = ["Sheet", "Workbook", "fill_merged", "list_sheet_names", "read_workbook"]

#: the names the engine gives each kind of workbook when it opens one by path
_SUFFIXES = {"ooxml": {".xlsx", ".xlsm"}, "ods": {".ods"}, "xls": {".xls"}}


@dataclass
class Sheet:
    """One sheet as a grid of raw cell values; ``rows[i]`` is Excel row ``i + 1``."""

    name: str
    rows: list[list[Any]]


@dataclass
class Workbook:
    """The sheets of a file, in workbook order (hidden sheets included), and
    what was left out while reading it (links out of a folder of CSV files)."""

    path: str
    sheets: list[Sheet]
    problems: list[Problem] = field(default_factory=list)


#: a workbook read ahead (to tell its language, ``--lang auto``), kept for the
#: one read of the same unchanged file that follows, so it is not read twice
_KEPT: dict[tuple[Any, ...], Workbook] = {}


def _kept_key(path: str | os.PathLike[str], limits: Limits) -> tuple[Any, ...] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return os.path.realpath(path), info.st_mtime_ns, info.st_size, limits


def read_workbook(path: str | os.PathLike[str], *, limits: Limits | None = None, keep: bool = False) -> Workbook:
    """Read every sheet of a workbook, a CSV file or a folder of CSV files.

    With ``keep``, the workbook read is also kept for the next read of the
    same, unchanged file with the same limits, which takes it (one reader
    owns it: the kept copy is given once).

    Parameters
    ----------
    path : str or path-like
        An ``.xlsx``, ``.xlsm``, ``.xls`` or ``.ods`` workbook (recognised by
        content), a ``.csv`` file (one sheet named after the file), or a folder
        whose ``.csv`` files are the sheets.
    limits : Limits, optional
        How far a workbook may expand (see :mod:`stakegraph.limits`);
        the defaults when not given.

    Returns
    -------
    Workbook

    Raises
    ------
    StakegraphError
        ``file-not-found``, ``not-a-spreadsheet``, ``empty-file``,
        ``corrupt-file``, ``encrypted-file``, ``hostile-file`` or ``over-limit``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Relationships.csv").write_text("source,target\\nA,B\\n", "utf-8")
    >>> _ = (folder / "Stakeholders.csv").write_text("\\nname\\nA\\nB\\n", "utf-8")
    >>> [(s.name, s.rows) for s in read_workbook(folder).sheets]
    [('Relationships', [['source', 'target'], ['A', 'B']]), ('Stakeholders', [[], ['name'], ['A'], ['B']])]
    """
    key = _kept_key(path, limits or Limits())
    if key is not None and key in _KEPT:
        return _KEPT.pop(key)
    file = Path(path)
    name = file.name or str(file)
    problems: list[Problem] = []
    with _cyclic_gc_paused():
        if file.is_dir():
            sheets = _read_csv_folder(file, problems)
        else:
            refuse_irregular(file, name)
            sheets = _read_file(file, name, limits or Limits())
    if not any(any(v is not None for v in row) for sheet in sheets for row in sheet.rows):
        refuse("empty-file", name, path)
    workbook = Workbook(os.fspath(path), sheets, problems)
    if keep and key is not None:
        _KEPT.clear()
        _KEPT[key] = workbook
    return workbook


def list_sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheet names of a workbook, in order.

    >>> import pathlib, tempfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "Stakeholders.csv"
    >>> _ = file.write_text("name\\nDoras\\n", "utf-8")
    >>> list_sheet_names(file)
    ['Stakeholders']
    """
    return [sheet.name for sheet in read_workbook(path).sheets]


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Building hundreds of thousands of row lists sets off the cyclic garbage
    collector again and again (a quarter of the read at 50,000 stakeholders);
    rows of plain values cannot form cycles, so it rests meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_file(file: Path, name: str, limits: Limits) -> list[Sheet]:
    try:
        with file.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        refuse("unreadable-file", name, file, exc.strerror or type(exc).__name__)
    if not head:
        refuse("empty-file", name, file)
    if head.startswith(CFB_MAGIC):
        check_cfb(file, name, limits)
        kind = "xls"
    elif head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = check_zip(file, name, limits)
    elif file.suffix.lower() in CSV_SUFFIXES:
        return [_csv_sheet(file)]
    else:
        refuse("not-a-spreadsheet", name, file, f"{describe(head)}; {FORMATS}")
    return _read_calamine(file, name, kind)


def _read_calamine(file: Path, name: str, kind: str) -> list[Sheet]:
    """The sheets, read by the engine. A file named for its kind is opened by
    path, so the engine parses it as that kind and its error says what broke;
    a renamed one is handed over as bytes, and the engine finds its kind."""
    try:
        with file.open("rb") as fh, _engine_stderr_silenced():
            book = (python_calamine.CalamineWorkbook.from_path(os.fspath(file))
                    if file.suffix.lower() in _SUFFIXES[kind] else
                    python_calamine.CalamineWorkbook.from_filelike(fh))
            sheets = [book.get_sheet_by_name(sheet_name) for sheet_name in book.sheet_names]
            grids = [(sheet.name, sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges)
                     for sheet in sheets]
        failed = error_cells(file) if kind == "ooxml" else {}
        return [Sheet(sheet_name, _show_errors(fill_merged([_cells(row) for row in grid], merged or []),
                                               failed.get(sheet_name, [])))
                for sheet_name, grid, merged in grids]
    except python_calamine.PasswordError:
        refuse("encrypted-file", name, file)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 -- a panic in the engine is a BaseException
        refuse("corrupt-file", name, file, _engine_reason(exc))


def fill_merged(rows: list[list[Any]], merged: list[tuple[tuple[int, int], tuple[int, int]]]
                ) -> list[list[Any]]:
    """``rows`` with the value of each block of cells merged down more than one
    row copied into every cell of the block: a sector merged over three
    organisations is the sector of each. Blocks within one row (titles over
    several columns) are left as they are. ``merged`` holds the 0-based
    (row, column) of each block's first and last cell.

    >>> fill_merged([["name", "sector"], ["Doras", "NGO"], ["Nasc"]], [((1, 1), (2, 1))])
    [['name', 'sector'], ['Doras', 'NGO'], ['Nasc', 'NGO']]
    """
    width = max(map(len, rows), default=0)  # a block never widens the sheet
    for (top, left), (bottom, right) in merged:
        right = min(right, width - 1)
        if bottom <= top or top >= len(rows) or left >= len(rows[top]) or rows[top][left] is None:
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= right:
                row.extend([None] * (right + 1 - len(row)))
            row[left:right + 1] = [value] * (right + 1 - left)
    return rows


def _show_errors(rows: list[list[Any]], failed: list[tuple[int, int, str]]) -> list[list[Any]]:
    """``rows`` with the error each failed formula shows (``#N/A``) in its
    cell, where the engine left the cell empty, and :data:`NOT_CALCULATED`
    in a formula cell with no saved result."""
    for r, c, shown in failed:
        while r >= len(rows):
            rows.append([])  # the engine leaves out a last row of such cells
        row = rows[r]
        if len(row) <= c:
            row.extend([None] * (c + 1 - len(row)))
        if row[c] is None:
            row[c] = shown or NOT_CALCULATED
    return rows


def _cells(row: list[Any]) -> list[Any]:
    """A row from the engine, whose empty cells are ``""``, with ``None`` for
    them and the trailing ones trimmed; most rows have none, and pass as they are."""
    if "" in row:
        row = trim([None if v == "" else v for v in row])
    return row


@contextmanager
def _engine_stderr_silenced() -> Iterator[None]:
    """On a damaged file the engine can panic, and Rust then writes its panic
    message (with a backtrace when RUST_BACKTRACE is set) straight to file
    descriptor 2. The panic reaches us as an exception and becomes one clear
    message, so what the engine writes there is dropped."""
    sys.stderr.flush()
    try:
        saved = os.dup(2)
    except OSError:  # no standard error to protect
        yield
        return
    try:
        with open(os.devnull, "wb") as sink:
            os.dup2(sink.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _engine_reason(exc: BaseException) -> str:
    """What broke, in words: the engine's own message when it is a short
    sentence, not a dump of its parser's state."""
    if isinstance(exc, python_calamine.XmlError):
        return "its XML is malformed"
    if isinstance(exc, python_calamine.ZipError):
        return "its zip container is broken"
    first = (str(exc).strip().splitlines() or [""])[0]
    if type(exc).__name__ == "PanicException" or not first or len(first) > 80 or set(first) & set("{}()\"`"):
        return "the spreadsheet engine could not make sense of it"
    return f"the spreadsheet engine reported: {first}"


def _read_csv_folder(folder: Path, problems: list[Problem]) -> list[Sheet]:
    """The CSV files of ``folder``, as sheets: regular files inside it only.
    A link to a file outside the folder is left out with a warning that
    names the link, never what the file holds."""
    home = folder.resolve()
    files = []
    for f in sorted(folder.iterdir(), key=lambda f: f.name.casefold()):
        if f.suffix.lower() not in CSV_SUFFIXES or f.name.startswith((".", "~$")):
            continue  # macOS shadows, Office lock files
        if f.is_symlink() and not f.resolve().is_relative_to(home):
            problems.append(problem("link-left-out", sheet=unicodedata.normalize("NFC", f.stem),
                                    value=f.name))
        elif f.is_file():  # following a link inside the folder; not a pipe or a device
            files.append(f)
    if not files:
        books = sorted(f.name for f in folder.iterdir() if f.suffix.lower() in set().union(*_SUFFIXES.values()))
        more = " …" if len(books) > 3 else ""
        inside = f" (it holds {', '.join(books[:3])}{more}: give one of them)" if books else ""
        refuse("not-a-spreadsheet", folder.name or str(folder), folder,
               f"it is a folder with no .csv files in it{inside}; {FORMATS}")
    return [_csv_sheet(f) for f in files]


def _csv_sheet(file: Path) -> Sheet:
    return Sheet(unicodedata.normalize("NFC", file.stem), read_csv(file))  # macOS names are NFD
