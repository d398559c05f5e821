"""OLE2 compound files (MS-CFB), checked before any spreadsheet engine parses
them: a legacy ``.xls``, a password-protected ``.xlsx`` (an ``EncryptionInfo``
and an ``EncryptedPackage`` stream), or some other Office document.

An ``.xls`` is refused when it has a FILEPASS record (a password), or counts
and sizes larger than the file itself: header counts, stream sizes, a table
of strings, a sheet's DIMENSIONS. The engine reserves memory for those
before checking them, and a damaged byte there made it ask for hundreds of
gigabytes and abort the process.

Examples
--------
>>> CFB_MAGIC.hex()
'd0cf11e0a1b11ae1'
"""

from __future__ import annotations

import struct
from pathlib import Path

from stakegraph.io.containers import FORMATS, refuse

__all__ = ["CFB_MAGIC", "check_cfb"]

#: the first bytes of every compound file
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_cfb(file: Path, name: str) -> None:
    """An OLE2 compound file is a legacy ``.xls`` (perhaps with a FILEPASS
    record: protected), a password-protected ``.xlsx`` (its streams are
    ``EncryptionInfo`` and ``EncryptedPackage``), or another Office document.
    Only an unprotected ``.xls`` passes.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> file = pathlib.Path(tempfile.mkdtemp()) / "old.xls"
    >>> _ = file.write_bytes(CFB_MAGIC + bytes(100))
    >>> check_cfb(file, file.name)
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'old.xls' is damaged and cannot be opened (its compound-file container is cut short or broken)
    """
    try:
        streams = _cfb_streams(file.read_bytes())
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
    _check_biff(book, name, file)


def _check_biff(stream: bytes, name: str, file: Path) -> None:
    """Walk the records of a BIFF stream: a FILEPASS record means a password;
    a string table claiming more strings than the stream has bytes, or a
    sheet whose DIMENSIONS go beyond Excel's 65,536 rows and 256 columns (or
    end before they start), would make the engine reserve memory it cannot have (and abort)."""
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
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
        parts: list[bytes] = []
        number = first
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
