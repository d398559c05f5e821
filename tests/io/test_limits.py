"""Small files that would take gigabytes are refused while they stream, before
the spreadsheet engine builds anything: each is built here, handed to
stakegraph in a child process, and must be refused in under 5 s of CPU and
500 MB of memory (measured in the child, which also runs under an address
space cap, so that a regression cannot take the machine)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from fixtures_files import patch_xlsx, plain_xlsx, repeated_ods, write_cfb

from stakegraph.errors import StakegraphError
from stakegraph.io.files import read_workbook
from stakegraph.io.sheetscan import XlsxExtent
from stakegraph.limits import Limits

ROOT = Path(__file__).resolve().parents[2]

#: the child reads the file as every command does, then reports its own CPU and memory
CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000))
from stakegraph.errors import StakegraphError
from stakegraph.io import load
try:
    load(sys.argv[1])
    said = "read"
except StakegraphError as exc:
    said = exc.message
use = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"said": said, "cpu": use.ru_utime + use.ru_stime, "mb": use.ru_maxrss / 1024}))
"""

ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            '<office:body><office:spreadsheet><table:table table:name="Stakeholders">'
            '<table:table-row><table:table-cell office:value-type="string"><text:p>name</text:p>'
            '</table:table-cell></table:table-row>')
ODS_TAIL = '</table:table></office:spreadsheet></office:body></office:document-content>'


def refused_in_a_child(path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                          timeout=120, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def long_cell_ods(path: Path, letters: int, columns: int) -> Path:
    """An ODS whose second row is one cell of ``letters`` x's repeated over ``columns`` columns."""
    cell = (f'<table:table-row><table:table-cell table:number-columns-repeated="{columns}" '
            f'office:value-type="string"><text:p>{"x" * letters}</text:p></table:table-cell></table:table-row>')
    # the container of repeated_ods, with the content written here
    with zipfile.ZipFile(repeated_ods(path, 1, 1, filled=False)) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    parts["content.xml"] = (ODS_HEAD + cell + ODS_TAIL).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", parts.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in parts.items():
            archive.writestr(name, data, compresslevel=9)
    return path


def shared_string_xlsx(path: Path, letters: int, cells: int, long_cells: int | None = None) -> Path:
    """A workbook whose side sheet has ``cells`` cells, the first
    ``long_cells`` (all, by default) pointing at one shared string of
    ``letters`` x's, the others at the word 'note'."""
    long_cells = cells if long_cells is None else long_cells
    source = plain_xlsx(path.with_name("two-sheets.xlsx"))
    book = openpyxl.load_workbook(source)
    book.create_sheet("Notes")["A1"] = "note"
    book.save(source)
    strings = ["name", "sector", "Doras", "NGO", "note", "x" * letters]
    sst = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{cells + 5}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    side = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>{5 if r <= long_cells else 4}</v></c></row>'
                      for r in range(1, cells + 1))
            + "</sheetData></worksheet>")
    return patch_xlsx(source, path, {"xl/sharedStrings.xml": sst.encode(),
                                     "xl/worksheets/sheet2.xml": side.encode()})


def looping_xls(path: Path) -> Path:
    """A legacy .xls (40 KB of Workbook stream) whose allocation table sends
    the stream's last sector back to itself."""
    book = write_cfb(path, {"Workbook": b"\x09\x08\x10\x00" + bytes(40_956)})
    data = bytearray(book.read_bytes())
    fat = 512  # the one FAT sector follows the 512-byte header
    last = 2 + 40_960 // 512 - 1  # the stream starts at sector 2
    struct.pack_into("<I", data, fat + 4 * last, last)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("name", "build", "size", "said"), [
    ("rows.ods", lambda p: repeated_ods(p, 4_000, 4_000, filled=True), 1_000,
     "'rows.ods' was refused: a sheet reaches as far as cell EWV4001, 16,004,000 cells, more than the "
     "limit of 5,000,000 cells (a real mapping that needs more can raise it with --max-cells)"),
    ("long.ods", lambda p: long_cell_ods(p, 200_000, 6_000), 1_200,
     "'long.ods' was refused: a cell holds 200,000 characters, more than the limit of 32,767 "
     "(the most a cell of Excel or LibreOffice holds; shorten the cell)"),
    ("shared.xlsx", lambda p: shared_string_xlsx(p, 200_000, 6_000), 40_000,
     "'shared.xlsx' was refused: a cell holds 200,000 characters, more than the limit of 32,767 "
     "(the most a cell of Excel or LibreOffice holds; shorten the cell)"),
    ("loop.xls", looping_xls, 45_000,
     "'loop.xls' was refused: its compound-file allocation table loops (sector 81 leads back into its "
     "own chain), which only a damaged or hostile file does"),
], ids=["ods-repeated-rows-and-columns", "ods-long-cell-repeated", "xlsx-long-shared-string",
        "xls-looping-allocation-table"])
def test_a_small_file_that_would_take_gigabytes_is_refused_quickly(tmp_path, name, build, size, said):
    path = build(tmp_path / name)
    assert path.stat().st_size < size
    result = refused_in_a_child(path)
    assert result["said"] == said
    assert result["cpu"] < 5
    assert result["mb"] < 500


@pytest.mark.parametrize(("name", "build", "chars"), [
    ("long.ods", lambda p: long_cell_ods(p, 30_000, 6_000), "180,000,004"),  # with the header's 'name'
    ("shared.xlsx", lambda p: shared_string_xlsx(p, 30_000, 6_000), "180,000,000"),
], ids=["ods-repeats", "xlsx-shared-string"])
def test_a_sheet_whose_cells_add_up_to_too_many_characters_is_refused(tmp_path, name, build, chars):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(build(tmp_path / name))
    assert caught.value.message == (
        f"'{name}' was refused: a sheet's cells hold at least {chars} characters (counting each "
        "repeated cell and each use of a shared string), more than the limit of 100,000,000 (20 for "
        "each cell --max-cells allows; a real mapping that needs more can raise it with --max-cells)")


def test_a_long_shared_string_used_once_among_short_ones_passes(tmp_path):
    # 6,000 uses as long as the longest string would pass the limit; counted one by one, they do not
    book = read_workbook(shared_string_xlsx(tmp_path / "notes.xlsx", 30_000, 6_000, long_cells=1))
    assert [len(row[0]) for row in book.sheets[1].rows[:2]] == [30_000, 4]


def test_raising_the_limits_lets_a_large_sheet_through(tmp_path):
    path = long_cell_ods(tmp_path / "long.ods", 30_000, 6_000)
    book = read_workbook(path, limits=Limits.with_cells(10_000_000))
    assert len(book.sheets[0].rows[1]) == 6_000


def test_the_limits_are_checked_for_a_legacy_xls_too(tmp_path):
    book = xlwt.Workbook()
    sheet = book.add_sheet("Stakeholders")
    sheet.write(0, 0, "name")
    for row in range(1, 201):
        sheet.write(row, 0, "x" * 30_000)  # one string of the table, used 200 times
    book.save(tmp_path / "shared.xls")
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / "shared.xls", limits=Limits(sheet_chars=1_000_000))
    assert caught.value.message == (
        "'shared.xls' was refused: a sheet's cells hold at least 1,020,004 characters (counting each "
        "repeated cell and each use of a shared string), more than the limit of 1,000,000 (20 for "
        "each cell --max-cells allows; a real mapping that needs more can raise it with --max-cells)")
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / "shared.xls", limits=Limits(cells=150))
    assert caught.value.code == "over-limit"


@pytest.mark.parametrize(("xml", "far"), [
    (b'<row r="1"><c r="A1"/><c r="G1"/></row><row r="2"><c r="B2"/></row>', (2, 7)),
    (b'<row r="9"><c r="A9"/></row><row r="5"><c r="A5"/></row>', (9, 1)),  # rows out of order
    (b'<row r="3"><c r="A3"/><c/><c t="s"/></row>', (3, 3)),  # cells that follow the one before
    (b'<row r="1"><c r="A1048576"/><c r="XFD1"/><c r="B2"/></row>', (1_048_576, 16_384)),
], ids=["header-wider-than-the-last-row", "rows-out-of-order", "cells-without-place", "far-corners"])
def test_the_farthest_cell_of_an_xlsx_sheet_is_found_wherever_it_is(xml, far):
    extent = XlsxExtent(Limits(cells=10**12))
    extent.feed(xml)
    assert (extent.row, extent.column) == far
