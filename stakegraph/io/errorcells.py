"""The cells of an ``.xlsx`` sheet whose formula failed (``#N/A``, ``#REF!``),
or whose formula has no saved result (shown as ``""``).

The spreadsheet engine hands such cells over as empty, so a name looked up
by a formula that failed would read as a missing name, and a row holding
only formulas never calculated would vanish. This finds them in the sheet's
XML, so that the readers can say what the cell really shows and count the row.

Examples
--------
>>> xml = b'<row r="2"><c r="A2" t="e"><f>VLOOKUP(B2,X:Y,2,0)</f><v>#N/A</v></c></row>'
>>> list(_errors_in(xml))
[(1, 0, '#N/A')]
>>> list(_errors_in(b'<row r="9"><c r="D9"><f>1+1</f><v /></c></row>'))
[(8, 3, '')]
"""

from __future__ import annotations

import html
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from stakegraph.io.containers import column_number

__all__ = ["error_cells"]

#: a formula whose result was never saved (written by a program, not by Excel)
_UNCALCULATED = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*<f(?:\s[^>]*)?(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
_ERROR_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>]*?\st="e"[^>]*>(?:(?!</c>).)*?<v>([^<]{1,20})</v>',
                         re.DOTALL)
_SHEET = re.compile(rb"<(?:\w+:)?sheet\s([^>]*)>")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\s([^>]*)>")
_ATTRIBUTE = re.compile(rb'([\w:]+)="([^"]*)"')


def error_cells(file: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Sheet name -> (0-based row, 0-based column, error shown) of each failed
    formula; empty when the workbook holds none or its parts cannot be found."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    try:
        return _error_cells(file, found)
    except (KeyError, OSError, zipfile.BadZipFile, zlib.error):
        return found  # the engine has read the file; at worst a failed formula reads as empty


def _error_cells(file: Path, found: dict[str, list[tuple[int, int, str]]]
                 ) -> dict[str, list[tuple[int, int, str]]]:
    with zipfile.ZipFile(file) as archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
            return found
        targets = {}
        for attributes in _RELATION.findall(archive.read("xl/_rels/workbook.xml.rels")):
            attrs = dict(_ATTRIBUTE.findall(attributes))
            target = attrs.get(b"Target", b"").decode("utf-8", "replace")
            targets[attrs.get(b"Id", b"")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
        for attributes in _SHEET.findall(archive.read("xl/workbook.xml")):
            attrs = dict(_ATTRIBUTE.findall(attributes))
            rel = next((v for k, v in attrs.items() if k.endswith(b":id")), b"")
            part = targets.get(rel)
            if part not in names:
                continue
            cells = _read_errors(archive, part)
            if cells:
                found[html.unescape(attrs.get(b"name", b"").decode("utf-8", "replace"))] = cells
    return found


def _read_errors(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, str]]:
    """The failed formulas of one sheet part, read a megabyte at a time (a
    sheet of 50,000 rows is 100 MB of XML), cut where a cell ends."""
    cells: list[tuple[int, int, str]] = []
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 20):
            buffer = carry + chunk
            cut = buffer.rfind(b"</c>") + 4 if b"</c>" in buffer else 0
            whole, carry = buffer[:cut], buffer[cut:]
            if b't="e"' in whole or b"<f" in whole:
                cells.extend(_errors_in(whole))
    cells.extend(_errors_in(carry))
    return cells


def _errors_in(xml: bytes) -> Iterator[tuple[int, int, str]]:
    for letters, digits, value in _ERROR_CELL.findall(xml):
        yield int(digits) - 1, column_number(letters) - 1, value.decode("utf-8", "replace")
    for letters, digits in _UNCALCULATED.findall(xml):
        yield int(digits) - 1, column_number(letters) - 1, ""
