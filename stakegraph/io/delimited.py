"""Delimited text (CSV and TSV) as a grid of cells.

The delimiter is the one of ``,`` ``;`` tab that splits the first lines most
evenly; the encoding is UTF-8 (with or without a byte-order mark), UTF-16
with a mark, else Windows-1252 and finally Latin-1, which never fails.

Cells stay text, except a cell that is clearly a number: ``-12`` becomes an
int and ``3.5`` a float, as a spreadsheet would show them; ``007``,
``+39 0332 1``, ``3,5`` and ``1e5`` stay text, because codes, phone numbers
and decimal commas must not change. Empty cells are ``None`` and trailing
ones are trimmed.

Examples
--------
>>> import pathlib, tempfile
>>> file = pathlib.Path(tempfile.mkdtemp()) / "Stakeholders.csv"
>>> _ = file.write_text("name;influence;phone\\nDoras;4;0039 061\\n", "utf-8")
>>> read_csv(file)
[['name', 'influence', 'phone'], ['Doras', 4, '0039 061']]
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from stakegraph.io.containers import FORMATS, describe, refuse

__all__ = ["CSV_SUFFIXES", "read_csv", "trim"]

CSV_SUFFIXES = {".csv", ".tsv"}
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")


def read_csv(file: Path) -> list[list[Any]]:
    """The rows of a CSV (or, named ``.tsv``, tab-separated) file."""
    name = file.name
    try:
        data = file.read_bytes()
    except OSError as exc:
        refuse("unreadable-file", name, file, exc.strerror or type(exc).__name__)
    text = _decode(data, name, file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else _sniff_delimiter(text)
    try:
        return [trim([_csv_value(v) for v in row])
                for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        refuse("corrupt-file", name, file, f"the CSV text cannot be split into cells ({exc})")


def trim(row: list[Any]) -> list[Any]:
    """``row`` without its trailing empty cells.

    >>> trim(["a", None, "b", None, None])
    ['a', None, 'b']
    """
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end] if end < len(row) else row


def _decode(data: bytes, name: str, file: Path) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else
    Windows-1252 and, for bytes that has no letter for, Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            refuse("corrupt-file", name, file, "its UTF-16 text is cut short")
    if b"\x00" in data[:8192]:
        refuse("not-a-spreadsheet", name, file, f"{describe(data[:8192])}; {FORMATS}")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _sniff_delimiter(text: str) -> str:
    """The one of ``,`` ``;`` tab that splits the first lines most evenly into
    more than one cell; ``,`` when none does."""
    sample = [line for line in text[:65536].splitlines() if line.strip()][:50]
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
