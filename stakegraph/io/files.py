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
``None``; trailing empty cells of a row are trimmed.

CSV cells stay text, except a cell that is clearly a number: ``-12`` becomes
an int and ``3.5`` a float, as a spreadsheet would show them; ``007``,
``+39 0332 1``, ``3,5`` and ``1e5`` stay text (codes, phone numbers and
decimal commas must not change).

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

import csv
import io
import os
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import python_calamine

from stakegraph.errors import StakegraphError, problem

__all__ = [
    "MAX_CELLS",
    "MAX_EXPANDED_BYTES",
    "MAX_PARTS",
    "MAX_RATIO",
    "Sheet",
    "Workbook",
    "list_sheet_names",
    "read_workbook",
]

#: a workbook whose parts would expand beyond this is refused (a zip bomb)
MAX_EXPANDED_BYTES = 200_000_000
#: a part above :data:`_RATIO_FLOOR` bytes that expands more than this many times is refused
MAX_RATIO = 100
_RATIO_FLOOR = 10_000_000
#: more parts than any real workbook has
MAX_PARTS = 10_000
#: a sheet whose used area (A1 to its farthest cell) holds more cells is refused:
#: the engine builds the whole grid in memory
MAX_CELLS = 5_000_000

FORMATS = "stakegraph reads .xlsx, .xlsm, .xls, .ods and .csv files, or a folder of .csv files"
_CSV_SUFFIXES = {".csv", ".tsv"}
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
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
_ENTITY_MARKERS = [m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY")
                   for enc in ("ascii", "utf-16-le", "utf-16-be")]
_CELL_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


@dataclass
class Sheet:
    """One sheet as a grid of raw cell values; ``rows[i]`` is Excel row ``i + 1``."""

    name: str
    rows: list[list[Any]]


@dataclass
class Workbook:
    """The sheets of a file, in workbook order (hidden sheets included)."""

    path: str
    sheets: list[Sheet]


def read_workbook(path: str | os.PathLike[str]) -> Workbook:
    """Read every sheet of a workbook, a CSV file or a folder of CSV files.

    Parameters
    ----------
    path : str or path-like
        An ``.xlsx``, ``.xlsm``, ``.xls`` or ``.ods`` workbook (recognised by
        content), a ``.csv`` file (one sheet named after the file), or a folder
        whose ``.csv`` files are the sheets.

    Returns
    -------
    Workbook

    Raises
    ------
    StakegraphError
        ``file-not-found``, ``not-a-spreadsheet``, ``empty-file``,
        ``corrupt-file``, ``encrypted-file`` or ``hostile-file``.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "Relationships.csv").write_text("source,target\\nA,B\\n", "utf-8")
    >>> _ = (folder / "Stakeholders.csv").write_text("\\nname\\nA\\nB\\n", "utf-8")
    >>> [(s.name, s.rows) for s in read_workbook(folder).sheets]
    [('Relationships', [['source', 'target'], ['A', 'B']]), ('Stakeholders', [[], ['name'], ['A'], ['B']])]
    """
    file = Path(path)
    name = file.name or str(file)
    if file.is_dir():
        sheets = _read_csv_folder(file)
    elif not file.is_file():
        _refuse("file-not-found", name, path)
    else:
        sheets = _read_file(file, name)
    if not any(any(v is not None for v in row) for sheet in sheets for row in sheet.rows):
        _refuse("empty-file", name, path)
    return Workbook(os.fspath(path), sheets)


def list_sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheet names of a workbook, in order.

    >>> import pathlib, tempfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "Stakeholders.csv"
    >>> _ = file.write_text("name\\nDoras\\n", "utf-8")
    >>> list_sheet_names(file)
    ['Stakeholders']
    """
    return [sheet.name for sheet in read_workbook(path).sheets]


def _refuse(code: str, name: str, path: Any, detail: str | None = None) -> NoReturn:
    raise StakegraphError(problem(code, value=name, detail=detail), file=os.fspath(path))


def _read_file(file: Path, name: str) -> list[Sheet]:
    try:
        with file.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        _refuse("corrupt-file", name, file, exc.strerror or type(exc).__name__)
    if not head:
        _refuse("empty-file", name, file)
    if head.startswith(_CFB_MAGIC):
        _check_cfb(file, name)
    elif head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        _check_zip(file, name)
    elif file.suffix.lower() in _CSV_SUFFIXES:
        return [_read_csv(file)]
    else:
        _refuse("not-a-spreadsheet", name, file, f"{_describe(head)}; {FORMATS}")
    return _read_calamine(file, name)


def _describe(head: bytes) -> str:
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


# --- workbooks -------------------------------------------------------------------


def _read_calamine(file: Path, name: str) -> list[Sheet]:
    try:
        with file.open("rb") as fh:
            book = python_calamine.CalamineWorkbook.from_filelike(fh)
        sheets = []
        for sheet_name in book.sheet_names:
            grid = book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
            sheets.append(Sheet(sheet_name, [_trim([None if v == "" else v for v in row])
                                             for row in grid]))
        return sheets
    except python_calamine.PasswordError:
        _refuse("encrypted-file", name, file)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 -- a panic in the engine is a BaseException
        _refuse("corrupt-file", name, file, _engine_reason(exc))


def _engine_reason(exc: BaseException) -> str:
    if isinstance(exc, python_calamine.XmlError):
        return "its XML is malformed"
    if isinstance(exc, python_calamine.ZipError):
        return "its zip container is broken"
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"the spreadsheet engine reported: {first[:120]}"


def _trim(row: list[Any]) -> list[Any]:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end] if end < len(row) else row


def _check_zip(file: Path, name: str) -> None:
    """Refuse a zip container that is not a workbook, would expand too far, or
    declares XML entities -- all before the engine parses anything."""
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                _refuse("hostile-file", name, file,
                        f"it holds {len(infos):,} parts, more than the {MAX_PARTS:,} a workbook needs")
            total = sum(info.file_size for info in infos)
            if total > MAX_EXPANDED_BYTES:
                _refuse("hostile-file", name, file, _too_big(total))
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
                    _refuse("hostile-file", name, file,
                            f"its part '{info.filename}' would expand {ratio:,.0f} times, "
                            f"to {_mb(info.file_size)} MB")
            _check_kind(archive, name, file)
            _scan_parts(archive, infos, name, file)
    except zipfile.BadZipFile as exc:  # its messages are plain: "Bad CRC-32 for file '...'"
        _refuse("corrupt-file", name, file, f"its zip container is broken: {exc}"[:160])
    except (zlib.error, EOFError, OSError, NotImplementedError):
        _refuse("corrupt-file", name, file, "its zip container is broken: a part cannot be unpacked")
    except RuntimeError:  # zipfile's word for a member protected by a zip password
        _refuse("encrypted-file", name, file)


def _check_kind(archive: zipfile.ZipFile, name: str, file: Path) -> None:
    names = set(archive.namelist())
    if "mimetype" in names:
        kind = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        if kind == "application/vnd.oasis.opendocument.spreadsheet":
            return
        what = f"it is an OpenDocument file of type '{kind}', not a spreadsheet"
    elif "[Content_Types].xml" in names:
        prefixes = {n.split("/", 1)[0] for n in names}
        if "xl" in prefixes:
            return
        what = ("it is a Word document" if "word" in prefixes else
                "it is a PowerPoint presentation" if "ppt" in prefixes else
                "it is an Office document that is not a workbook")
    else:
        what = "it is a zip archive that is not a workbook"
    _refuse("not-a-spreadsheet", name, file, f"{what}; {FORMATS}")


def _scan_parts(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str,
                file: Path) -> None:
    """Decompress every XML part once, counting real bytes (a zip can lie about
    sizes), looking for entity declarations and for the farthest cell of each
    worksheet."""
    expanded = 0
    for info in infos:
        part = info.filename.lower()
        if not part.endswith((".xml", ".rels", ".vml")):
            continue
        is_sheet = part.startswith("xl/worksheets/")
        far_row = far_col = 0
        carry = b""
        with archive.open(info) as stream:
            while chunk := stream.read(1 << 20):
                expanded += len(chunk)
                if expanded > MAX_EXPANDED_BYTES:
                    _refuse("hostile-file", name, file, _too_big(expanded, at_least=True))
                buffer = carry + chunk
                cut = buffer.rfind(b">") + 1  # tags never straddle two buffers
                whole, carry = buffer[:cut], buffer[cut:][-(1 << 20):]
                if any(marker in whole for marker in _ENTITY_MARKERS):
                    _refuse("hostile-file", name, file,
                            f"the file declares XML entities (in '{info.filename}'), "
                            "a trick used to exhaust memory or read other files")
                if is_sheet:
                    for letters, digits in _CELL_REF.findall(whole):
                        far_row = max(far_row, int(digits))
                        far_col = max(far_col, _column_number(letters))
        if far_row * far_col > MAX_CELLS:
            _refuse("hostile-file", name, file,
                    f"a sheet reaches cell {_column_letters(far_col)}{far_row}, an area of "
                    f"{far_row * far_col:,} cells, more than the {MAX_CELLS:,} stakegraph reads")


def _column_number(letters: bytes) -> int:
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


def _check_cfb(file: Path, name: str) -> None:
    """An OLE2 compound file is a legacy ``.xls`` (perhaps with a FILEPASS
    record: protected), a password-protected ``.xlsx`` (its streams are
    ``EncryptionInfo`` and ``EncryptedPackage``), or another Office document."""
    try:
        streams = _cfb_streams(file.read_bytes())
    except (struct.error, ValueError, IndexError):
        _refuse("corrupt-file", name, file, "its compound-file container is cut short or broken")
    if {"EncryptionInfo", "EncryptedPackage"} & streams.keys():
        _refuse("encrypted-file", name, file)
    book = streams.get("Workbook") or streams.get("Book")
    if book is None:
        what = ("it is a Word document" if "WordDocument" in streams else
                "it is a PowerPoint presentation" if "PowerPoint Document" in streams else
                "it is an Office file that is not a workbook")
        _refuse("not-a-spreadsheet", name, file, f"{what}; {FORMATS}")
    _check_biff(book, name, file)


def _check_biff(stream: bytes, name: str, file: Path) -> None:
    """Walk the workbook globals of a BIFF stream: a FILEPASS record means a
    password; a string table claiming more strings than the stream has bytes
    would make the engine reserve memory it cannot have."""
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if kind == 0x002F:  # FILEPASS
            _refuse("encrypted-file", name, file)
        if kind == 0x00FC and length >= 8 and struct.unpack_from("<I", stream, at + 8)[0] > len(stream):
            _refuse("corrupt-file", name, file, "its table of strings is damaged")
        if kind == 0x000A:  # EOF of the globals
            return
        at += 4 + length


def _cfb_streams(data: bytes) -> dict[str, bytes]:
    """The streams of a compound file (MS-CFB) by name. Streams kept in the
    mini stream (under 4,096 bytes; never a real workbook) map to ``b""``."""
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError(shift)
    size = 1 << shift
    n_dir, n_fat, first_dir = struct.unpack_from("<III", data, 0x28)
    cutoff, _, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    limit = len(data) // size - 1  # whole sectors after the header
    if max(n_dir, n_fat, n_minifat, n_difat) > limit:  # the engine reserves memory for these
        raise ValueError("a count in the header exceeds the file")

    def sector(number: int) -> bytes:
        if number >= limit:
            raise IndexError(number)
        return data[(number + 1) * size:(number + 2) * size]

    def chain(first: int, length: int | None = None) -> bytes:
        parts, number = [], first
        while number < 0xFFFFFFFA and len(parts) < limit:
            parts.append(sector(number))
            number = fat[number]
        return b"".join(parts)[:length]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
    next_difat = first_difat
    for _ in range(min(n_difat, limit)):
        entries = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors.extend(entries[:-1])
        next_difat = entries[-1]
    fat: list[int] = []
    for number in fat_sectors[:n_fat]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(number)))
    directory = chain(first_dir)
    streams = {}
    for at in range(0, len(directory) - 127, 128):
        length, kind = struct.unpack_from("<HB", directory, at + 64)
        if kind in (1, 2, 5) and 2 <= length <= 64:
            start, stream_size = struct.unpack_from("<IQ", directory, at + 116)
            if stream_size > len(data):  # as above: the engine would reserve it
                raise ValueError("a stream is longer than the file")
            big = kind == 2 and stream_size >= cutoff
            name = directory[at:at + length - 2].decode("utf-16-le", "replace")
            streams[name] = chain(start, stream_size) if big else b""
    return streams


# --- CSV -------------------------------------------------------------------------


def _read_csv_folder(folder: Path) -> list[Sheet]:
    files = sorted((f for f in folder.iterdir()
                    if f.suffix.lower() in _CSV_SUFFIXES and f.is_file()
                    and not f.name.startswith((".", "~$"))),  # macOS shadows, Office lock files
                   key=lambda f: f.name.casefold())
    if not files:
        _refuse("not-a-spreadsheet", folder.name or str(folder), folder,
                f"it is a folder with no .csv files in it; {FORMATS}")
    return [_read_csv(f) for f in files]


def _read_csv(file: Path) -> Sheet:
    name = file.name
    try:
        data = file.read_bytes()
    except OSError as exc:
        _refuse("corrupt-file", name, file, exc.strerror or type(exc).__name__)
    text = _decode(data, name, file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else _sniff_delimiter(text)
    try:
        rows = [_trim([_csv_value(v) for v in row])
                for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        _refuse("corrupt-file", name, file, f"the CSV text cannot be split into cells ({exc})")
    return Sheet(unicodedata.normalize("NFC", file.stem), rows)


def _decode(data: bytes, name: str, file: Path) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else
    Windows-1252 and, for bytes that has no letter for, Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            _refuse("corrupt-file", name, file, "its UTF-16 text is cut short")
    if b"\x00" in data[:8192]:
        _refuse("not-a-spreadsheet", name, file, f"{_describe(data[:8192])}; {FORMATS}")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    """The one of ``,`` ``;`` tab that splits the first lines most evenly into
    more than one cell; ``,`` when none does."""
    sample = [line for line in text[:65536].splitlines()[:50] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=widths.count) if widths else 1
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_value(text: str) -> Any:
    if not text:
        return None
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return float(text)
    return text
