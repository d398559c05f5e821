"""Builders of broken and hostile files for the tests of :mod:`stakegraph.io.files`.

Each builder writes one file into a folder the test owns and returns its
path, so that a test shows in one line what kind of file it hands over.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl

__all__ = [
    "biff_record",
    "bomb_xlsx",
    "far_cell_xlsx",
    "lying_bomb_xlsx",
    "patch_xlsx",
    "plain_xlsx",
    "repeated_ods",
    "write_cfb",
]

_SECTOR = 512
_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal compound file (MS-CFB version 3) holding ``streams``.

    Each stream is padded with zeros to at least 4,096 bytes so that it lives
    in ordinary sectors, not the mini stream; at most three streams.
    """
    assert len(streams) <= 3
    body, fat, entries = b"", [_FAT_SECTOR, _END], [_dir_entry("Root Entry", 5, _END, 0, child=1)]
    for i, (name, data) in enumerate(streams.items(), start=1):
        data = data.ljust(max(4096, -(-len(data) // _SECTOR) * _SECTOR), b"\0")
        first, count = 2 + len(body) // _SECTOR, len(data) // _SECTOR
        fat.extend(list(range(first + 1, first + count)) + [_END])
        right = i + 1 if i < len(streams) else _NO_STREAM
        entries.append(_dir_entry(name, 2, first, len(data), right=right))
        body += data
    assert len(fat) <= _SECTOR // 4
    fat_sector = struct.pack(f"<{_SECTOR // 4}I", *fat, *[_FREE] * (_SECTOR // 4 - len(fat)))
    while len(entries) < 4:
        entries.append(_dir_entry("", 0, 0, 0))
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16,
                         0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<109I", 0, *[_FREE] * 108)
    path.write_bytes(header + fat_sector + b"".join(entries) + body)
    return path


def _dir_entry(name: str, kind: int, start: int, size: int, *, child: int = _NO_STREAM,
               right: int = _NO_STREAM) -> bytes:
    raw = name.encode("utf-16-le")
    length = len(raw) + 2 if name else 0
    return struct.pack("<64sHBBIII16sIQQIQ", raw.ljust(64, b"\0"), length, kind, 1, _NO_STREAM,
                       right, child, b"\0" * 16, 0, 0, 0, start, size)


def biff_record(kind: int, data: bytes = b"") -> bytes:
    """One BIFF8 record of a legacy ``.xls`` Workbook stream."""
    return struct.pack("<HH", kind, len(data)) + data


def plain_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    """A small, valid one-sheet workbook written by openpyxl."""
    book = openpyxl.Workbook()
    for row in rows or [["name", "sector"], ["Doras", "NGO"]]:
        book.active.append(row)
    book.save(path)
    return path


def patch_xlsx(source: Path, path: Path, parts: dict[str, bytes]) -> Path:
    """A copy of ``source`` with some parts replaced (or added)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info, old.read(info))
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def bomb_xlsx(path: Path, expanded_mb: int) -> Path:
    """A workbook whose sheet XML inflates to ``expanded_mb`` MB of empty rows;
    the file itself stays well under a megabyte."""
    source = plain_xlsx(path.with_name("source-" + path.name))
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                new.writestr(info, old.read(info), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with new.open(info, "w") as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            block = b"<row/>" * (1_000_000 // 6)
            for _ in range(expanded_mb):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return path


def lying_bomb_xlsx(path: Path, expanded_mb: int) -> Path:
    """:func:`bomb_xlsx` whose zip headers (local and central) claim the sheet
    XML expands to 1,000 bytes."""
    data = bytearray(bomb_xlsx(path, expanded_mb).read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    at = data.find(name)
    while at != -1:
        if data[at - 30:at - 26] == b"PK\x03\x04":
            data[at - 8:at - 4] = struct.pack("<I", 1000)  # local header: size is 8 bytes before the name
        elif data[at - 46:at - 42] == b"PK\x01\x02":
            data[at - 22:at - 18] = struct.pack("<I", 1000)  # central directory: 22 bytes before
        at = data.find(name, at + 1)
    path.write_bytes(bytes(data))
    return path


def far_cell_xlsx(path: Path, far: str) -> Path:
    """A workbook with a name in A1 and one more cell at ``far`` (such as ``XFD1048576``)."""
    book = openpyxl.Workbook()
    book.active["A1"] = "name"
    book.active[far] = "x"
    book.save(path)
    return path


def repeated_ods(path: Path, rows: int, columns: int, *, filled: bool) -> Path:
    """An ODS whose header row is followed by one row repeated ``rows`` times
    holding one cell repeated ``columns`` times: filled with "x", or empty as
    LibreOffice writes the unused rest of every sheet."""
    cell = (f'<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
            '<text:p>x</text:p></table:table-cell>' if filled else
            f'<table:table-cell table:number-columns-repeated="{columns}"/>')
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Stakeholders">'
               '<table:table-column table:number-columns-repeated="3"/>'
               '<table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p>'
               '</table:table-cell></table:table-row>'
               f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>'))
    return path
