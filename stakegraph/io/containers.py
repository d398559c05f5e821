"""The zip container a workbook comes in (``.xlsx``, ``.xlsm``, ``.ods``),
checked before any spreadsheet engine parses it; and the refusals shared
with :mod:`stakegraph.io.compound` (OLE2 files) and :mod:`stakegraph.io.delimited`.

A zip is refused when it would expand beyond
:attr:`~stakegraph.limits.Limits.expanded_bytes` (counting the bytes it
really holds, not those its headers claim), holds more than
:data:`MAX_PARTS` parts, has a part that expands more than :data:`MAX_RATIO`
times, declares XML entities in any part, or has a sheet that passes one of
the other :class:`~stakegraph.limits.Limits`: its grid (from A1 to its
farthest cell, repeats counted; the engine builds that grid whole in memory,
and a single cell at XFD1048576 would ask for 17 billion cells), the
characters of one cell, or the characters of the sheet (each use of a
shared string counted; see :mod:`stakegraph.io.sheetscan`). Two more things
the engine trusts are checked: the count of shared strings it reserves room
for, and (for ODS, whose reader can loop forever on broken XML) that the XML
is well formed.

Examples
--------
>>> print(describe(b"%PDF-1.7"))
it is a PDF document
>>> refuse("empty-file", "book.xlsx", "/tmp/book.xlsx")
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: the file 'book.xlsx' is empty
"""

from __future__ import annotations

import copy
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat

from stakegraph.errors import StakegraphError, problem
from stakegraph.io.sheetscan import (
    OdsSheets,
    OverLimit,
    SharedStrings,
    XlsxExtent,
    column_number,
    shared_chars,
)
from stakegraph.limits import Limits, over_sheet_chars

__all__ = [
    "FORMATS",
    "MAX_CELLS",
    "MAX_PARTS",
    "MAX_RATIO",
    "check_zip",
    "column_number",
    "describe",
    "refuse",
    "refuse_irregular",
]

#: a part above :data:`_RATIO_FLOOR` bytes that expands more than this many times is refused
MAX_RATIO = 100
_RATIO_FLOOR = 10_000_000
#: more parts than any real workbook has
MAX_PARTS = 10_000
#: a sheet whose used area (A1 to its farthest cell) holds more cells is refused
#: unless the caller raises :attr:`Limits.cells`: the engine builds the whole grid in memory
MAX_CELLS = Limits().cells

FORMATS = "stakegraph reads .xlsx, .xlsm, .xls, .ods and .csv files, or a folder of .csv files"
_NOT_SPREADSHEETS = [
    (b"%PDF", "it is a PDF document"),
    (b"\x89PNG", "it is a PNG image"),
    (b"\xff\xd8\xff", "it is a JPEG image"),
    (b"GIF8", "it is a GIF image"),
    (b"{\\rtf", "it is an RTF document"),
    (b"Rar!", "it is a RAR archive"),
    (b"7z\xbc\xaf", "it is a 7-Zip archive"),
    (b"\x1f\x8b", "it is a gzip archive"),
]
#: entities can only be declared inside a DOCTYPE, so finding that is enough
_DOCTYPE = {"utf-8": b"<!DOCTYPE", "utf-16-le": "<!DOCTYPE".encode("utf-16-le"),
            "utf-16-be": "<!DOCTYPE".encode("utf-16-be")}
#: the engine reserves memory for this many shared strings before reading them
_UNIQUE_COUNT = re.compile(rb'uniqueCount="([0-9]{1,12})"')
#: the start of the first element of an XML part (the root), where its prolog ends
_ROOT = re.compile(rb"<[^?!]")
#: how much XML is inflated and searched at a time
_CHUNK = 4 << 20
#: the engine finds the table of strings by this name, in any case
_SHARED_STRINGS = "xl/sharedstrings.xml"
#: the fewest bytes of sheet XML a reference to a shared string takes: <c t="s"><v>0</v></c>
_REFERENCE_BYTES = 22


def refuse(code: str, name: str, path: Any, detail: str | None = None) -> NoReturn:
    """Raise the :class:`StakegraphError` ``code`` about the file ``name``."""
    raise StakegraphError(problem(code, value=name, detail=detail), file=os.fspath(path))


def refuse_irregular(path: Path, name: str) -> None:
    """Refuse ``path`` unless it is a regular file: opening a named pipe
    (FIFO) waits for a writer for ever, and a device never ends. Only
    ``os.stat`` is asked, which never blocks.

    >>> import os, pathlib, tempfile
    >>> pipe = pathlib.Path(tempfile.mkdtemp()) / "members.txt"
    >>> os.mkfifo(pipe)
    >>> refuse_irregular(pipe, pipe.name)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'members.txt' is not a regular file (it is a named pipe);
    give a file, or a folder of CSV files
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        refuse("file-not-found", name, path)
    except OSError as exc:
        refuse("unreadable-file", name, path, exc.strerror or type(exc).__name__)
    if not stat.S_ISREG(mode):
        what = ("a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode) else
                "a socket" if stat.S_ISSOCK(mode) else "a device")
        refuse("not-a-regular-file", name, path, f"it is {what}")


def describe(head: bytes) -> str:
    """What a file that is not a workbook seems to be, from its first bytes."""
    for magic, what in _NOT_SPREADSHEETS:
        if head.startswith(magic):
            return what
    if b"\x00" in head:
        return "its content is not a workbook"
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n").lower()
    if text.startswith(("<!doctype html", "<html")) or "<table" in text:
        return "it is a web page (HTML) under a spreadsheet name; open it in Excel and save it as .xlsx"
    if "urn:schemas-microsoft-com:office:spreadsheet" in text:
        return "it is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx"
    if text.startswith("<?xml"):
        return "it is an XML file"
    return "it is a text file; if it holds comma-separated values, name it .csv"


def check_zip(file: Path, name: str, limits: Limits | None = None) -> str:
    """Refuse a zip container that is not a workbook, would expand beyond
    ``limits`` (by default :class:`Limits`), or declares XML entities -- all
    before the engine parses anything. Returns the kind of workbook:
    ``"ooxml"`` (``.xlsx``, ``.xlsm``) or ``"ods"``.

    Examples
    --------
    >>> import pathlib, tempfile, zipfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "letter.xlsx"
    >>> with zipfile.ZipFile(file, "w") as archive:
    ...     archive.writestr("[Content_Types].xml", "<Types/>")
    ...     archive.writestr("word/document.xml", "<document/>")
    >>> check_zip(file, file.name)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'letter.xlsx' is not a spreadsheet stakegraph can read
    (it is a Word document; stakegraph reads .xlsx, .xlsm, .xls, .ods and .csv files, or a
    folder of .csv files)
    """
    limits = limits or Limits()
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                refuse("hostile-file", name, file,
                       f"it holds {len(infos):,} parts, more than the {MAX_PARTS:,} a workbook needs")
            total = sum(info.file_size for info in infos)
            if total > limits.expanded_bytes:
                refuse("hostile-file", name, file, _too_big(total, limits))
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                    refuse("hostile-file", name, file,
                           f"its part '{info.filename}' would expand {ratio:,.0f} times, "
                           f"to {_mb(info.file_size)} MB")
            kind = _check_kind(archive, name, file)
            _scan_parts(archive, infos, kind, limits, name, file)
            return kind
    except OverLimit as exc:
        refuse("over-limit", name, file, str(exc))
    except (expat.ExpatError, LookupError):  # LookupError: an encoding no one knows
        refuse("corrupt-file", name, file, "its XML is malformed")
    except zipfile.BadZipFile as exc:  # its messages are plain: "Bad CRC-32 for file '...'"
        refuse("corrupt-file", name, file, f"its zip container is broken: {exc}"[:160])
    except (zlib.error, EOFError, OSError, NotImplementedError):
        refuse("corrupt-file", name, file, "its zip container is broken: a part cannot be unpacked")
    except RuntimeError:  # zipfile's word for a member protected by a zip password
        refuse("encrypted-file", name, file)


def _check_kind(archive: zipfile.ZipFile, name: str, file: Path) -> str:
    """An ODS or an ``.xlsx``/``.xlsm`` passes; an ODS with a password, an
    ``.xlsb`` (its sheets are binary, beyond our checks) and other zips do not."""
    names = set(archive.namelist())
    if "mimetype" in names:
        kind = _start_of(archive, "mimetype", 100).decode("ascii", "replace").strip()
        if kind == "application/vnd.oasis.opendocument.spreadsheet":
            if b"encryption-data" in _start_of(archive, "META-INF/manifest.xml", 1 << 20):
                refuse("encrypted-file", name, file)
            return "ods"
        what = f"it is an OpenDocument file of type '{kind}', not a spreadsheet"
    elif "[Content_Types].xml" in names:
        prefixes = {n.split("/", 1)[0] for n in names}
        if "xl/workbook.bin" in names:
            what = "it is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx"
        elif "xl" in prefixes:
            return "ooxml"
        else:
            what = ("it is a Word document" if "word" in prefixes else
                    "it is a PowerPoint presentation" if "ppt" in prefixes else
                    "it is an Office document that is not a workbook")
    else:
        what = "it is a zip archive that is not a workbook"
    refuse("not-a-spreadsheet", name, file, f"{what}; {FORMATS}")


def _start_of(archive: zipfile.ZipFile, part: str, size: int) -> bytes:
    """The first ``size`` bytes of ``part``, or nothing when there is no such part."""
    try:
        with archive.open(part) as stream:
            return stream.read(size)
    except KeyError:
        return b""


def _scan_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, limits: Limits,
                name: str, file: Path) -> None:
    """Decompress every part once, counting real bytes (a zip can lie about
    sizes), looking for entity declarations, for a table of strings claiming
    more strings than it can hold, and counting what each sheet expands to
    (see :mod:`stakegraph.io.sheetscan`). Every part of an ``.xlsx`` is sized
    as a sheet could be: the engine finds sheets through the workbook's
    relations, whatever their names. The table of strings goes first, so that
    each reference to a string counts at the string's length: a sheet whose
    size leaves no room for enough references is not counted at all; else
    each reference counts at first as long as the longest string, and only
    when that bound passes the limit is the sheet read again to count each
    reference exactly."""
    expanded = 0
    table = SharedStrings(limits)
    for info in sorted(infos, key=lambda i: not _is_table(i)):
        is_table = kind == "ooxml" and _is_table(info)
        grid: XlsxExtent | OdsSheets | None = (
            None if is_table else XlsxExtent(limits) if kind == "ooxml" else
            OdsSheets(limits) if info.filename == "content.xml" else None)
        # calamine's ODS reader can loop forever on XML that is not well formed
        checker = expat.ParserCreate() if kind == "ods" and info.filename.endswith(".xml") else None
        doctype, size, strings, shared, prolog = b"", 0, 0, 0, True
        # a sheet too short to hold enough references, each as long as the longest string, to
        # pass the limit is not counted (its size is checked against its header below)
        count_refs = grid is not None and table.longest * (info.file_size // _REFERENCE_BYTES) > limits.sheet_chars
        for read, whole in _pieces(archive, info):
            size += read
            expanded += read
            if expanded > limits.expanded_bytes:
                refuse("hostile-file", name, file, _too_big(expanded, limits, at_least=True))
            doctype = doctype or (_DOCTYPE[_xml_encoding(whole)] if whole else b"")
            if prolog and doctype:
                # a DOCTYPE (and the entities it declares) can only come before the first element
                root = _ROOT.search(whole) if doctype == _DOCTYPE["utf-8"] else None
                if doctype in (whole if root is None else whole[:root.start()]):
                    refuse("hostile-file", name, file,
                           f"the file declares XML entities (in '{info.filename}'), "
                           "a trick used to exhaust memory or read other files")
                prolog = root is None
            if checker is not None:
                checker.Parse(whole, False)
            if is_table:
                if claim := _UNIQUE_COUNT.search(whole):
                    strings = max(strings, int(claim.group(1)))
                table.feed(whole)
            if grid is not None:
                grid.feed(whole)
                if count_refs:
                    shared += whole.count(b't="s"') * table.longest
        if checker is not None:
            checker.Parse(b"", True)
        if strings > size // 5:  # the shortest string, <si/>, takes 5 bytes
            refuse("corrupt-file", name, file,
                   f"its table of strings claims {strings:,} strings in {size:,} bytes")
        if size != info.file_size:
            refuse("corrupt-file", name, file,
                   f"its part '{info.filename}' holds {size:,} bytes, not the {info.file_size:,} "
                   "its header says")
        if shared > limits.sheet_chars:  # each reference as long as the longest string: count exactly
            if not table.lengths:
                measured = SharedStrings(limits)
                for _, whole in _pieces(archive, next(i for i in infos if _is_table(i))):
                    measured.measure(whole)
                table = measured
            shared = 0
            for _, whole in _pieces(archive, info):
                shared += shared_chars(whole, table.lengths)
                if shared > limits.sheet_chars:
                    raise OverLimit(over_sheet_chars(shared, limits))


def _is_table(info: zipfile.ZipInfo) -> bool:
    return info.filename.lower().lstrip("/") == _SHARED_STRINGS


def _pieces(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[tuple[int, bytes]]:
    """The XML of a part inflated a stretch at a time, each stretch ending
    with a whole tag, as (bytes inflated, stretch); the bytes after the last
    tag come last. The part is read to its end, whatever size its header
    claims (zipfile would stop there)."""
    unbounded = copy.copy(info)
    unbounded.file_size = 1 << 62
    del unbounded.CRC  # the engine checks each part's CRC as it reads it; we need not
    carry = b""
    with archive.open(unbounded) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = carry + chunk
            cut = buffer.rfind(b">") + 1  # tags never straddle two stretches
            if buffer.endswith(b"<v>", 0, cut):  # nor does a cell's reference to a string
                cut -= 3
            carry = buffer[cut:][-_CHUNK:]
            yield len(chunk), buffer[:cut]
    yield 0, carry


def _xml_encoding(start: bytes) -> str:
    if start.startswith((b"\xff\xfe", b"<\x00")):
        return "utf-16-le"
    if start.startswith((b"\xfe\xff", b"\x00<")):
        return "utf-16-be"
    return "utf-8"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.{1 if size < 10_000_000 else 0}f}"


def _too_big(size: int, limits: Limits, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"it would expand to {more}{_mb(size)} MB, more than the "
            f"{_mb(limits.expanded_bytes)} MB stakegraph opens (a zip bomb)")
