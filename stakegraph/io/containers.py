"""The zip container a workbook comes in (``.xlsx``, ``.xlsm``, ``.ods``),
checked before any spreadsheet engine parses it; and the refusals shared
with :mod:`stakegraph.io.compound` (OLE2 files) and :mod:`stakegraph.io.delimited`.

A zip is refused when it would expand beyond :data:`MAX_EXPANDED_BYTES`
(counting the bytes it really holds, not those its headers claim), holds
more than :data:`MAX_PARTS` parts, has a part that expands more than
:data:`MAX_RATIO` times, declares XML entities in any part, or has a sheet
whose grid (from A1 to its farthest cell) might exceed :data:`MAX_CELLS` --
the engine builds that grid whole in memory, and a single cell at XFD1048576
would ask for 17 billion cells. Two more things the engine trusts are
checked: the count of shared strings it reserves room for, and (for ODS,
whose reader can loop forever on broken XML) that the XML is well formed.

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
import zipfile
import zlib
from itertools import repeat
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat

from stakegraph.errors import StakegraphError, problem

__all__ = [
    "FORMATS",
    "MAX_CELLS",
    "MAX_EXPANDED_BYTES",
    "MAX_PARTS",
    "MAX_RATIO",
    "check_zip",
    "column_number",
    "describe",
    "refuse",
]

#: a workbook whose parts would expand beyond this is refused (a zip bomb); the
#: XML of 50,000 stakeholders with 200,000 ties is about 110 MB
MAX_EXPANDED_BYTES = 500_000_000
#: a part above :data:`_RATIO_FLOOR` bytes that expands more than this many times is refused
MAX_RATIO = 100
_RATIO_FLOOR = 10_000_000
#: more parts than any real workbook has
MAX_PARTS = 10_000
#: a sheet whose used area (A1 to its farthest cell) holds more cells is refused:
#: the engine builds the whole grid in memory
MAX_CELLS = 20_000_000

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
_CELL_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')
#: a cell beyond column Z or row 99,999; without one, a sheet is at most 26 x 99,999
_FAR_REF = re.compile(rb' r="[A-Z](?:[A-Z]|[0-9]{6})')
#: the engine reserves memory for this many shared strings before reading them
_UNIQUE_COUNT = re.compile(rb'uniqueCount="([0-9]{1,12})"')
#: a cell or row whose first attribute is not its place (``r``)
_UNPLACED = re.compile(rb'<(?:c|row)(?:>|/>| (?!r="))')
_ROW_OR_CELL = re.compile(rb"<(row|c)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*)>")
_ODS_REPEAT = re.compile(rb'number-(?:rows|columns)-repeated="([0-9]{1,9})"')


def refuse(code: str, name: str, path: Any, detail: str | None = None) -> NoReturn:
    """Raise the :class:`StakegraphError` ``code`` about the file ``name``."""
    raise StakegraphError(problem(code, value=name, detail=detail), file=os.fspath(path))


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


def check_zip(file: Path, name: str) -> str:
    """Refuse a zip container that is not a workbook, would expand too far, or
    declares XML entities -- all before the engine parses anything. Returns
    the kind of workbook: ``"ooxml"`` (``.xlsx``, ``.xlsm``) or ``"ods"``.

    Examples
    --------
    >>> import pathlib, tempfile, zipfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "letter.xlsx"
    >>> with zipfile.ZipFile(file, "w") as archive:
    ...     archive.writestr("[Content_Types].xml", "<Types/>")
    ...     archive.writestr("word/document.xml", "<document/>")
    >>> check_zip(file, file.name)
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'letter.xlsx' is not a spreadsheet stakegraph can read (it is a Word document; stakegraph reads .xlsx, .xlsm, .xls, .ods and .csv files, or a folder of .csv files)
    """
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                refuse("hostile-file", name, file,
                       f"it holds {len(infos):,} parts, more than the {MAX_PARTS:,} a workbook needs")
            total = sum(info.file_size for info in infos)
            if total > MAX_EXPANDED_BYTES:
                refuse("hostile-file", name, file, _too_big(total))
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                    refuse("hostile-file", name, file,
                           f"its part '{info.filename}' would expand {ratio:,.0f} times, "
                           f"to {_mb(info.file_size)} MB")
            kind = _check_kind(archive, name, file)
            _scan_parts(archive, infos, kind, name, file)
            return kind
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


def _scan_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, name: str,
                file: Path) -> None:
    """Decompress every part once, counting real bytes (a zip can lie about
    sizes), looking for entity declarations, for the farthest cell of each
    sheet and for a table of strings claiming more strings than it can hold. Every part of an ``.xlsx`` is sized as a sheet could be: the
    engine finds sheets through the workbook's relations, whatever their names."""
    expanded = 0
    for info in infos:
        grid: _XlsxExtent | _OdsExtent | None = (
            _XlsxExtent() if kind == "ooxml" else
            _OdsExtent() if info.filename == "content.xml" else None)
        # calamine's ODS reader can loop forever on XML that is not well formed
        checker = expat.ParserCreate() if kind == "ods" and info.filename.endswith(".xml") else None
        carry, doctype, size, strings = b"", b"", 0, 0
        unbounded = copy.copy(info)  # zipfile stops at the size the header claims; we read on
        unbounded.file_size = 1 << 62
        with archive.open(unbounded) as stream:
            while chunk := stream.read(1 << 20):
                size += len(chunk)
                expanded += len(chunk)
                if expanded > MAX_EXPANDED_BYTES:
                    refuse("hostile-file", name, file, _too_big(expanded, at_least=True))
                doctype = doctype or _DOCTYPE[_xml_encoding(chunk)]
                buffer = carry + chunk
                cut = buffer.rfind(b">") + 1  # tags never straddle two buffers
                whole, carry = buffer[:cut], buffer[cut:][-(1 << 20):]
                if doctype in whole:
                    refuse("hostile-file", name, file,
                           f"the file declares XML entities (in '{info.filename}'), "
                           "a trick used to exhaust memory or read other files")
                if checker is not None:
                    checker.Parse(whole, False)
                if kind == "ooxml" and (claim := _UNIQUE_COUNT.search(whole)):
                    strings = max(strings, int(claim.group(1)))
                if grid is not None:
                    grid.feed(whole)
                    if grid.row * grid.column > MAX_CELLS:
                        refuse("hostile-file", name, file,
                               f"a sheet reaches as far as cell {_column_letters(grid.column)}"
                               f"{grid.row}, an area of {grid.row * grid.column:,} cells, more "
                               f"than the {MAX_CELLS:,} stakegraph reads")
        if checker is not None:
            checker.Parse(carry, True)
        if strings > size // 5:  # the shortest string, <si/>, takes 5 bytes
            refuse("corrupt-file", name, file,
                   f"its table of strings claims {strings:,} strings in {size:,} bytes")
        if size != info.file_size:
            refuse("corrupt-file", name, file,
                   f"its part '{info.filename}' holds {size:,} bytes, not the {info.file_size:,} "
                   "its header says")


def _xml_encoding(start: bytes) -> str:
    if start.startswith((b"\xff\xfe", b"<\x00")):
        return "utf-16-le"
    if start.startswith((b"\xfe\xff", b"\x00<")):
        return "utf-16-be"
    return "utf-8"


class _XlsxExtent:
    """The farthest row and column of the cells of a worksheet.

    Cells normally name their place (``<c r="B7">``), and reading every
    reference is slow, so a stretch of XML with no reference beyond Z99999
    only counts as reaching Z99999. A cell without ``r`` follows the one
    before it in its row, and a row without ``r`` the row before it; XML with
    such cells or rows is walked tag by tag."""

    def __init__(self) -> None:
        self.row = self.column = 0
        self._row = self._column = 0  # where the last row or cell read was

    def feed(self, xml: bytes) -> None:
        if _UNPLACED.search(xml):
            self._walk(xml)
        elif _FAR_REF.search(xml):
            refs = _CELL_REF.findall(xml)
            if refs:
                letters, digits = zip(*refs)
                self.row = max(self.row, max(map(int, digits)))
                # letters of equal length sort as columns do; right-aligned, all do
                self.column = max(self.column, column_number(max(map(bytes.rjust, letters, repeat(3)))))
            self._remember_last(xml)
        elif _CELL_REF.search(xml):
            self.row, self.column = max(self.row, 99_999), max(self.column, 26)
            self._remember_last(xml)

    def _walk(self, xml: bytes) -> None:
        for tag, attributes in _ROW_OR_CELL.findall(xml):
            ref = _REF.search(attributes)
            if tag == b"row":
                self._row = int(ref.group(2)) if ref and ref.group(2) else self._row + 1
                self._column = 0
                continue
            if ref and ref.group(1) and ref.group(2):
                self._row, self._column = int(ref.group(2)), column_number(ref.group(1))
            else:
                self._column += 1
            self.row, self.column = max(self.row, self._row), max(self.column, self._column)

    def _remember_last(self, xml: bytes) -> None:
        """Where the XML ends, for cells or rows without ``r`` that may follow."""
        row_at, cell_at = xml.rfind(b'<row r="'), xml.rfind(b'<c r="')
        ref = _REF.match(xml, max(row_at, cell_at) + (5 if row_at > cell_at else 3))  # at the r
        if ref and ref.group(2):
            self._row = int(ref.group(2))
            self._column = column_number(ref.group(1)) if cell_at > row_at else 0


class _OdsExtent:
    """The farthest filled row and column of the tables of an ODS ``content.xml``,
    counting repeated rows and cells (``number-rows-repeated="1048576"``) as the
    engine will expand them. A self-closed cell or row is empty; any other
    counts as filled."""

    def __init__(self) -> None:
        self.row = self.column = 0
        self._rows = self._repeat = self._at = self._filled = 0

    def feed(self, xml: bytes) -> None:
        for closing, tag, attributes in _ODS_TAG.findall(xml):
            repeat = int(m.group(1)) if (m := _ODS_REPEAT.search(attributes)) else 1
            empty = attributes.endswith(b"/")
            if tag == b"table" and not closing:
                self._rows = 0
            elif tag == b"table-row" and closing:
                self._end_row()
            elif tag == b"table-row":
                self._repeat, self._at, self._filled = repeat, 0, 0
                if empty:
                    self._end_row()
            elif not closing:  # a cell
                self._at += repeat
                if not empty:
                    self._filled = self._at

    def _end_row(self) -> None:
        if self._filled:
            self.row = max(self.row, self._rows + self._repeat)
            self.column = max(self.column, self._filled)
        self._rows += self._repeat


def column_number(letters: bytes) -> int:
    """The 1-based number of Excel column ``letters``.

    >>> column_number(b"A"), column_number(b"AB"), column_number(b"XFD")
    (1, 28, 16384)
    """
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _mb(size: int) -> str:
    return f"{size / 1_000_000:,.0f}"


def _too_big(size: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (f"it would expand to {more}{_mb(size)} MB, more than the "
            f"{_mb(MAX_EXPANDED_BYTES)} MB stakegraph opens (a zip bomb)")
