"""OLE2 compound files (MS-CFB), checked before any spreadsheet engine parses
them: a legacy ``.xls``, a password-protected ``.xlsx`` (an ``EncryptionInfo``
and an ``EncryptedPackage`` stream), or some other Office document.

An ``.xls`` is refused when it has a FILEPASS record (a password), or counts
and sizes larger than the file itself: header counts, stream sizes, a table
of strings, a sheet's DIMENSIONS. The engine reserves memory for those
before checking them, and a damaged byte there made it ask for hundreds of
gigabytes and abort the process. Every chain of sectors (the directory, each
stream, the mini stream and its table) is followed to its end before the
engine sees it: a chain that comes back to a sector it passed would make the
engine read for ever, and is refused. A sheet that passes a
:class:`~stakegraph.limits.Limits` -- its grid, or the characters its
cells draw from the table of strings -- is refused too.

Examples
--------
>>> CFB_MAGIC.hex()
'd0cf11e0a1b11ae1'
"""

from __future__ import annotations

import struct
from pathlib import Path

from stakegraph.io.containers import FORMATS, refuse
from stakegraph.io.sheetscan import column_letters
from stakegraph.limits import Limits, over_cell_chars, over_cells, over_sheet_chars

__all__ = ["CFB_MAGIC", "check_cfb"]

#: the first bytes of every compound file
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class _Loop(Exception):  # noqa: N818 -- caught below, never shown raw
    """A chain of sectors came back to a sector it had passed."""


#: records of one cell, each starting with its row and column
_CELLS = {0x00FD, 0x0204, 0x0203, 0x027E, 0x0201, 0x0006, 0x0205, 0x00BD, 0x00BE}
_MULTIPLE = {0x00BD, 0x00BE}  # MULRK, MULBLANK: the last column is in the record's last 2 bytes


def check_cfb(file: Path, name: str, limits: Limits | None = None) -> None:
    """An OLE2 compound file is a legacy ``.xls`` (perhaps with a FILEPASS
    record: protected), a password-protected ``.xlsx`` (its streams are
    ``EncryptionInfo`` and ``EncryptedPackage``), or another Office document.
    Only an unprotected ``.xls`` passes.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "old.xls"
    >>> _ = file.write_bytes(CFB_MAGIC + bytes(100))
    >>> check_cfb(file, file.name)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'old.xls' is damaged and cannot be opened (its
    compound-file container is cut short or broken)
    """
    try:
        streams = _cfb_streams(file.read_bytes())
    except _Loop as loop:
        refuse("hostile-file", name, file,
               f"its compound-file allocation table loops (sector {loop} leads back into its own "
               "chain), which only a damaged or hostile file does")
    except (struct.error, ValueError, IndexError):
        refuse("corrupt-file", name, file, "its compound-file container is cut short or broken")
    if {"EncryptionInfo", "EncryptedPackage"} & streams.keys():
        refuse("encrypted-file", name, file)
    book = streams.get("Workbook") or streams.get("Book")
    if book is None:
        what = ("it is a Word document" if "WordDocument" in streams else
                "it is a PowerPoint presentation" if "PowerPoint Document" in streams else
                "it is an Office file that is not a workbook")
        refuse("not-a-spreadsheet", name, file, f"{what}; {FORMATS}")
    _check_biff(book, name, file, limits or Limits())


def _check_biff(stream: bytes, name: str, file: Path, limits: Limits) -> None:
    """Walk the records of a BIFF stream: a FILEPASS record means a password;
    a string table claiming more strings than the stream has bytes, or a
    sheet whose DIMENSIONS go beyond Excel's 65,536 rows and 256 columns (or
    end before they start), would make the engine reserve memory it cannot have (and abort).
    Each sheet's grid (to its farthest cell) and the characters its cells
    draw from the table of strings are held to ``limits``."""
    lengths: list[int] = []
    at, far_row, far_column, chars = 0, 0, 0, 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if kind == 0x0809:  # BOF: a new sheet begins
            far_row = far_column = chars = 0
        elif kind == 0x00FC:  # SST, the table of strings
            lengths = _string_lengths(stream, at, limits, name, file)
        elif kind in _CELLS and length >= 4:
            row, column = struct.unpack_from("<HH", stream, at + 4)
            if kind in _MULTIPLE and length >= 6:
                column = struct.unpack_from("<H", stream, at + 2 + length)[0]
            far_row, far_column = max(far_row, row + 1), max(far_column, column + 1)
            if far_row * far_column > limits.cells:
                refuse("over-limit", name, file, over_cells(
                    far_row * far_column, limits,
                    f"a sheet reaches as far as cell {column_letters(far_column)}{far_row},"))
            if kind == 0x00FD and length >= 10:  # LABELSST: a reference to a string of the table
                index = struct.unpack_from("<I", stream, at + 10)[0]
                chars += lengths[index] if index < len(lengths) else 0
                if chars > limits.sheet_chars:
                    refuse("over-limit", name, file, over_sheet_chars(chars, limits))
        if kind == 0x002F:  # FILEPASS
            refuse("encrypted-file", name, file)
        if kind == 0x00FC and length >= 8 and struct.unpack_from("<I", stream, at + 8)[0] > len(stream):
            refuse("corrupt-file", name, file, "its table of strings is damaged")
        if kind == 0x0200 and length >= 14 and at + 18 <= len(stream):  # DIMENSIONS, BIFF8
            rows = struct.unpack_from("<II", stream, at + 4)
            columns = struct.unpack_from("<HH", stream, at + 12)
            if rows[1] > 65_536 or columns[1] > 256 or rows[0] > rows[1] or columns[0] > columns[1]:
                refuse("corrupt-file", name, file,
                       f"a sheet claims rows {rows[0]:,} to {rows[1]:,} and columns {columns[0]:,} "
                       f"to {columns[1]:,}, which an .xls cannot hold")
        at += 4 + length


def _string_lengths(stream: bytes, at: int, limits: Limits, name: str, file: Path) -> list[int]:
    """The length of each string of the SST record at ``at`` (and the CONTINUE
    records after it); a string longer than a cell may hold is refused. A
    table cut short gives the lengths read so far: the engine refuses it."""
    parts: list[bytes] = []  # the record's data, then each CONTINUE's
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if parts and kind != 0x003C:
            break
        parts.append(stream[at + 4:at + 4 + length])
        at += 4 + length
    reader = _Records(parts)
    lengths: list[int] = []
    try:
        reader.skip(8)  # strings in all, distinct strings
        while not reader.done():
            count, flags = struct.unpack("<HB", reader.take(3))
            runs = struct.unpack("<H", reader.take(2))[0] if flags & 0x08 else 0
            extra = struct.unpack("<I", reader.take(4))[0] if flags & 0x04 else 0
            if count > limits.cell_chars:
                refuse("over-limit", name, file, over_cell_chars(count, limits))
            reader.characters(count, wide=bool(flags & 0x01))
            reader.skip(4 * runs + extra)
            lengths.append(count)
    except (struct.error, IndexError):
        pass
    return lengths


class _Records:
    """Bytes spread over a record and its CONTINUE records, read in order.
    Characters that go on into a CONTINUE record start it with a byte that
    says whether they are one or two bytes each."""

    def __init__(self, parts: list[bytes]) -> None:
        self.parts, self.part, self.at = parts, 0, 0

    def done(self) -> bool:
        while self.part < len(self.parts) and self.at >= len(self.parts[self.part]):
            self.part, self.at = self.part + 1, 0
        return self.part >= len(self.parts)

    def take(self, size: int) -> bytes:
        out = b""
        while len(out) < size:
            if self.done():
                raise IndexError("the table of strings is cut short")
            piece = self.parts[self.part][self.at:self.at + size - len(out)]
            out += piece
            self.at += len(piece)
        return out

    def skip(self, size: int) -> None:
        while size > 0:
            if self.done():
                raise IndexError("the table of strings is cut short")
            step = min(size, len(self.parts[self.part]) - self.at)
            self.at += step
            size -= step

    def characters(self, count: int, *, wide: bool) -> None:
        while count > 0:
            if self.done():
                raise IndexError("the table of strings is cut short")
            if self.at == 0 and self.part > 0:  # characters going on into a CONTINUE record
                wide = bool(self.parts[self.part][0] & 0x01)
                self.at = 1
            width = 2 if wide else 1
            step = min(count, (len(self.parts[self.part]) - self.at) // width)
            if step == 0:
                raise IndexError("a character is cut in two")
            self.at += step * width
            count -= step


def _cfb_streams(data: bytes) -> dict[str, bytes]:
    """The streams of a compound file (MS-CFB) by name. Streams kept in the
    mini stream (under 4,096 bytes; never a real workbook) map to ``b""``."""
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError(shift)
    size = 1 << shift
    n_dir, n_fat, first_dir = struct.unpack_from("<III", data, 0x28)
    cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    limit = len(data) // size - 1  # whole sectors after the header
    if max(n_dir, n_fat, n_minifat, n_difat) > limit:  # the engine reserves memory for these
        raise ValueError("a count in the header exceeds the file")

    def sector(number: int) -> bytes:
        if number >= limit:
            raise IndexError(number)
        return data[(number + 1) * size:(number + 2) * size]

    def follow(first: int, table: list[int] | tuple[int, ...]) -> list[int]:
        """The sectors of the chain from ``first`` (a chain that comes back is a loop)."""
        numbers: list[int] = []
        seen: set[int] = set()
        number = first
        while number < 0xFFFFFFFA:
            if number in seen:
                raise _Loop(number)
            seen.add(number)
            numbers.append(number)
            number = table[number]
        return numbers

    def chain(first: int, length: int | None = None) -> bytes:
        return b"".join(sector(number) for number in follow(first, fat))[:length]

    fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
    next_difat = first_difat
    passed: set[int] = set()
    for _ in range(min(n_difat, limit)):
        if next_difat in passed:
            raise _Loop(next_difat)
        passed.add(next_difat)
        entries = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors.extend(entries[:-1])
        next_difat = entries[-1]
    fat: list[int] = []
    for number in fat_sectors[:n_fat]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(number)))
    directory = chain(first_dir)
    raw_minifat = chain(first_minifat) if n_minifat else b""
    minifat = struct.unpack(f"<{len(raw_minifat) // 4}I", raw_minifat[:len(raw_minifat) // 4 * 4])
    streams = {}
    for at in range(0, len(directory) - 127, 128):
        length, kind = struct.unpack_from("<HB", directory, at + 64)
        if kind in (1, 2, 5) and 2 <= length <= 64:
            start, stream_size = struct.unpack_from("<IQ", directory, at + 116)
            if stream_size > len(data):  # as above: the engine would reserve it
                raise ValueError("a stream is longer than the file")
            big = kind == 5 or (kind == 2 and stream_size >= cutoff)  # the root holds the mini stream
            name = directory[at:at + length - 2].decode("utf-16-le", "replace")
            if big:
                streams[name] = chain(start, stream_size)
            elif kind == 2 and stream_size:
                follow(start, minifat)  # a stream in the mini stream: its chain must end too
                streams[name] = b""
    return streams
