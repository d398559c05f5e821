"""Opening files: every format reads into grids numbered as Excel numbers
them, and every file that cannot be read is refused with one clear message
-- hostile ones before the spreadsheet engine sees a byte of their XML."""

from __future__ import annotations

import datetime as dt
import struct
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt
from fixtures_files import (
    biff_record,
    bomb_xlsx,
    far_cell_xlsx,
    lying_bomb_xlsx,
    patch_xlsx,
    plain_xlsx,
    repeated_ods,
    write_cfb,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P

from stakegraph.errors import StakegraphError
from stakegraph.io import files
from stakegraph.io.containers import MAX_PARTS
from stakegraph.io.files import Sheet, list_sheet_names, read_workbook
from stakegraph.limits import Limits

FORMATS = "stakegraph reads .xlsx, .xlsm, .xls, .ods and .csv files, or a folder of .csv files"

#: a title in B2, the header in row 4 starting at column B, two data rows
TITLED: list[list[object]] = [
    [],
    [None, "Stakeholder mapping, Varese 2024"],
    [],
    [None, "name", "sector", "influence"],
    [None, "Caritas Varese", "civil_society", 4],
    [None, "Comune di Varese", "public", 5],
]


def grid(rows: list[list[object]]) -> list[list[object]]:
    """What read_workbook returns for ``rows``: whole numbers as floats, as
    spreadsheet engines give them."""
    return [[float(v) if isinstance(v, int) else v for v in row] for row in rows]


# --- every format reads, with Excel's row and column numbers ---------------------


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(r, c, value)
        sheet.sheet_state = "hidden" if name in hidden else "visible"
    book.save(path)
    return path


def write_xls(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    book = xlwt.Workbook()
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        sheet.visibility = int(name in hidden)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_ods(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets.items():
        table = Table(name=name)
        for row in rows:
            line = TableRow()
            for value in row or [None]:
                if value is None:
                    cell = TableCell()
                elif isinstance(value, (int, float)):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                else:
                    cell = TableCell(valuetype="string")
                    cell.addElement(P(text=value))
                line.addElement(cell)
            table.addElement(line)
        doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


WRITERS = {".xlsx": write_xlsx, ".xlsm": write_xlsx, ".xls": write_xls, ".ods": write_ods}


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_every_workbook_format_keeps_excel_row_and_column_numbers(tmp_path, suffix):
    book = WRITERS[suffix](tmp_path / f"book{suffix}", {"Stakeholders": TITLED, "Notes": [["ok"]]})
    workbook = read_workbook(book)
    assert workbook.path == str(book)
    assert workbook.sheets == [Sheet("Stakeholders", grid(TITLED)), Sheet("Notes", [["ok"]])]
    stakeholders = workbook.sheets[0].rows
    assert stakeholders[3][1] == "name"  # B4, as Excel shows it


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_hidden_sheets_are_read_in_workbook_order(tmp_path, suffix):
    sheets = {"Stakeholders": [["name"]], "Lists": [["sector", "Pubblico"]], "Relationships": [["source"]]}
    book = WRITERS[suffix](tmp_path / f"book{suffix}", sheets, hidden=("Lists",))
    assert list_sheet_names(book) == ["Stakeholders", "Lists", "Relationships"]


def test_cell_values_come_as_read(tmp_path):
    when = dt.datetime(2024, 3, 1, 9, 30)
    book = write_xlsx(tmp_path / "book.xlsx", {"S": [["Doras", 3, 2.5, True, when, " padded "]]})
    assert read_workbook(book).sheets[0].rows == [["Doras", 3.0, 2.5, True, when, " padded "]]


def test_empty_cells_are_none_and_trailing_ones_are_trimmed(tmp_path):
    book = write_xlsx(tmp_path / "book.xlsx", {"S": [["a", None, "c", None], [None, "b"], [None, None, None, "far"]]})
    assert read_workbook(book).sheets[0].rows == [["a", None, "c"], [None, "b"], [None, None, None, "far"]]


@pytest.mark.parametrize(("real", "named"), [(".xlsx", ".xls"), (".xls", ".xlsx"), (".xlsx", ".csv")])
def test_the_content_decides_the_format_not_the_name(tmp_path, real, named):
    made = WRITERS[real](tmp_path / f"book{real}", {"Stakeholders": [["name"], ["Doras"]]})
    renamed = made.rename(tmp_path / f"renamed{named}")
    assert read_workbook(renamed).sheets == [Sheet("Stakeholders", [["name"], ["Doras"]])]


def test_a_legacy_xls_is_read_from_its_compound_file(tmp_path):
    book = xlwt.Workbook()
    book.add_sheet("Stakeholders").write(0, 0, "name")
    stream = book.get_biff_data()
    assert read_workbook(write_cfb(tmp_path / "book.xls", {"Workbook": stream})).sheets == [
        Sheet("Stakeholders", [["name"]])]


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_garbage_collector_as_it_found_it(tmp_path, enabled):
    import gc

    book = write_xlsx(tmp_path / "book.xlsx", {"S": [["name"]]})
    (gc.enable if enabled else gc.disable)()
    try:
        read_workbook(book)
        assert gc.isenabled() is enabled
        with pytest.raises(StakegraphError):
            read_workbook(tmp_path / "missing.xlsx")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


# --- CSV ---------------------------------------------------------------------------

CSV_TEXT = "name{d}sector{d}themes\nComité d'accueil{d}NGO{d}\"housing{d} health\"\nCaf\u00e9 Solidaire{d}private{d}\n"
CSV_ROWS = [["name", "sector", "themes"], ["Comité d'accueil", "NGO", "housing{d} health"],
            ["Caf\u00e9 Solidaire", "private"]]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_csv_delimiter_and_encoding_are_found(tmp_path, delimiter, encoding):
    file = tmp_path / "Stakeholders.csv"
    file.write_bytes(CSV_TEXT.format(d=delimiter).encode(encoding))
    expected = [[cell.format(d=delimiter) for cell in row] for row in CSV_ROWS]
    assert read_workbook(file).sheets == [Sheet("Stakeholders", expected)]


def test_windows_1252_letters_that_latin_1_lacks_are_read(tmp_path):
    (tmp_path / "Stakeholders.csv").write_bytes("name,budget\nCaritas,\u20ac 5\u2019000\n".encode("cp1252"))
    assert read_workbook(tmp_path / "Stakeholders.csv").sheets[0].rows[1] == ["Caritas", "\u20ac 5\u2019000"]


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12), ("-3", -3), ("0", 0), ("3.5", 3.5), ("-0.25", -0.25),
    ("007", "007"), ("+39 0332 1", "+39 0332 1"), ("3,5", "3,5"), ("1e5", "1e5"),
    ("1.", "1."), (".5", ".5"), ("12 ", "12 "), (" ", " "), ("", None), ("yes", "yes"),
])
def test_csv_cells_stay_text_unless_clearly_a_number(tmp_path, text, value):
    (tmp_path / "S.csv").write_text(f"name;value\nDoras;{text};x\n", "utf-8")
    assert read_workbook(tmp_path / "S.csv").sheets[0].rows[1] == ["Doras", value, "x"]


def test_csv_keeps_leading_empty_lines_and_columns_and_multiline_cells(tmp_path):
    (tmp_path / "S.csv").write_text('\n\n,,name,notes\n,,Doras,"two\nlines"\n,,Caritas,\n', "utf-8")
    assert read_workbook(tmp_path / "S.csv").sheets[0].rows == [
        [], [], [None, None, "name", "notes"], [None, None, "Doras", "two\nlines"], [None, None, "Caritas"]]


def test_a_folder_of_csv_files_is_a_workbook_in_name_order(tmp_path):
    (tmp_path / "Stakeholders.csv").write_text("name\nDoras\n", "utf-8")
    (tmp_path / "relationships.CSV").write_text("source,target\n", "utf-8")
    (tmp_path / "Partes interesadas.csv").write_bytes(b"name\n")
    (tmp_path / "Lan\u0303.csv").write_text("name\n", "utf-8")  # decomposed, as macOS names files
    (tmp_path / "._Stakeholders.csv").write_bytes(b"\x00\x05\x16\x07 resource fork")
    (tmp_path / "~$Stakeholders.csv").write_bytes(b"\x00lock")
    (tmp_path / "notes.txt").write_text("not a sheet", "utf-8")
    assert read_workbook(tmp_path).sheets == [
        Sheet("Lañ", [["name"]]), Sheet("Partes interesadas", [["name"]]),
        Sheet("relationships", [["source", "target"]]), Sheet("Stakeholders", [["name"], ["Doras"]])]


def test_a_tsv_file_is_split_on_tabs(tmp_path):
    (tmp_path / "Stakeholders.tsv").write_text("name\tsector\nA, B and C\tpublic\n", "utf-8")
    assert read_workbook(tmp_path / "Stakeholders.tsv").sheets[0].rows[1] == ["A, B and C", "public"]


# --- refusals: the exact message a user reads -------------------------------------


def docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return path


def odt(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<document/>")
    return path


def photos_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    return path


def written(data: bytes):
    """A maker of a file holding exactly ``data``."""
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


NOT_SPREADSHEETS = [
    ("image.xlsx", written(b"\x89PNG\r\n\x1a\n\x00\x00"), "it is a PNG image"),
    ("scan.xlsx", written(b"%PDF-1.7\n%\xe2\xe3"), "it is a PDF document"),
    ("photo.xls", written(b"\xff\xd8\xff\xe0\x00\x10JFIF"), "it is a JPEG image"),
    ("export.xls", written(b"\xef\xbb\xbf<!DOCTYPE html><html><body><table><tr><td>x</td></tr></table>"),
     "it is a web page (HTML) under a spreadsheet name; open it in Excel and save it as .xlsx"),
    ("legacy.xml", written(b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'),
     "it is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx"),
    ("data.xlsx", written(b"name,sector\nDoras,NGO\n"),
     "it is a text file; if it holds comma-separated values, name it .csv"),
    ("notes.txt", written(b"Meeting notes"), "it is a text file; if it holds comma-separated values, name it .csv"),
    ("binary.csv", written(b"\x00\x01\x02\x03name"), "its content is not a workbook"),
    ("report.xlsx", docx, "it is a Word document"),
    ("report.ods", odt,
     "it is an OpenDocument file of type 'application/vnd.oasis.opendocument.text', not a spreadsheet"),
    ("photos.xlsx", photos_zip, "it is a zip archive that is not a workbook"),
    ("binary.xlsx", lambda p: patch_xlsx(plain_xlsx(p.with_name("ok.xlsx")), p, {"xl/workbook.bin": b"\x83\x01"}),
     "it is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx"),
    ("letter.xls", lambda p: write_cfb(p, {"WordDocument": b"text"}), "it is a Word document"),
]


@pytest.mark.parametrize(("name", "make", "what"), NOT_SPREADSHEETS)
def test_a_file_that_is_not_a_spreadsheet_is_named_for_what_it_is(tmp_path, name, make, what):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(make(tmp_path / name))
    assert caught.value.code == "not-a-spreadsheet"
    assert caught.value.message == f"'{name}' is not a spreadsheet stakegraph can read ({what}; {FORMATS})"
    assert caught.value.file == str(tmp_path / name)


def truncated(path: Path) -> Path:
    data = plain_xlsx(path).read_bytes()
    path.write_bytes(data[:len(data) // 2])
    return path


def broken_xml(path: Path) -> Path:
    return patch_xlsx(plain_xlsx(path.with_name("ok.xlsx")), path, {
        "xl/worksheets/sheet1.xml": b'<worksheet xmlns="http://schemas.openxmlformats.org/'
                                    b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"'})


def flipped_byte(path: Path) -> Path:
    data = bytearray(plain_xlsx(path).read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + 40  # inside the compressed sheet
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


REFUSALS = [
    ("missing.xlsx", lambda p: p, "file-not-found", "the file 'missing.xlsx' does not exist"),
    ("empty.xlsx", written(b""), "empty-file", "the file 'empty.xlsx' is empty"),
    ("empty.csv", written(b""), "empty-file", "the file 'empty.csv' is empty"),
    ("blank.csv", written(b"\n,,\n,\n"), "empty-file", "the file 'blank.csv' is empty"),
    ("blank.xlsx", lambda p: write_xlsx(p, {"Stakeholders": [], "Sheet2": []}), "empty-file",
     "the file 'blank.xlsx' is empty"),
    ("truncated.xlsx", truncated, "corrupt-file",
     "'truncated.xlsx' is damaged and cannot be opened (its zip container is broken: File is not a zip file)"),
    ("broken.xlsx", broken_xml, "corrupt-file", "'broken.xlsx' is damaged and cannot be opened (its XML is malformed)"),
    ("flipped.xlsx", flipped_byte, "corrupt-file",
     "'flipped.xlsx' is damaged and cannot be opened (its zip container is broken: a part cannot be unpacked)"),
    ("header.xls", written(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100), "corrupt-file",
     "'header.xls' is damaged and cannot be opened (its compound-file container is cut short or broken)"),
    ("cut.xls", lambda p: written(write_cfb(p, {"Workbook": b"\x09\x08"}).read_bytes()[:1500])(p),
     "corrupt-file", "'cut.xls' is damaged and cannot be opened (its compound-file container is cut short or broken)"),
    ("utf16.csv", written(b"\xff\xfen\x00a\x00m"), "corrupt-file",
     "'utf16.csv' is damaged and cannot be opened (its UTF-16 text is cut short)"),
    ("protected.ods", lambda p: patch_xlsx(write_ods(p.with_name("ok.ods"), {"S": [["name"]]}), p, {
        "META-INF/manifest.xml": b'<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
                                 b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'
                                 b'</manifest:file-entry></manifest:manifest>'}),
     "encrypted-file", "'protected.ods' is password-protected; save an unprotected copy and import that"),
    ("protected.xlsx", lambda p: write_cfb(p, {"EncryptionInfo": b"\x04\x00\x04\x00\x40",
                                               "EncryptedPackage": b"\x93" * 5000}),
     "encrypted-file", "'protected.xlsx' is password-protected; save an unprotected copy and import that"),
]


def engine_panic_xls(path: Path) -> Path:
    """An .xls whose record lengths are damaged past our checks: calamine panics reading it."""
    data = bytearray(write_xls(path, {"Stakeholders": TITLED}).read_bytes())
    data[1424] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def impossible_dimensions_xls(path: Path) -> Path:
    """An .xls whose sheet claims 721 million rows: calamine would reserve 86 GB and abort."""
    data = bytearray(write_xls(path, {"Stakeholders": TITLED}).read_bytes())
    at = data.find(bytes.fromhex("00020e00"))  # the sheet's DIMENSIONS record
    struct.pack_into("<I", data, at + 8, 0x2B000006)
    path.write_bytes(bytes(data))
    return path


REFUSALS.append(("huge.xls", impossible_dimensions_xls, "corrupt-file",
                 "'huge.xls' is damaged and cannot be opened (a sheet claims rows 1 to 721,420,294 and "
                 "columns 1 to 4, which an .xls cannot hold)"))
def unclosed_table_ods(path: Path) -> Path:
    """An ODS whose content.xml lost the "</" of its last "</table:table>":
    calamine's reader loops forever on it."""
    source = write_ods(path.with_name("ok.ods"), {"Stakeholders": [["name"], ["Doras"]]})
    with zipfile.ZipFile(source) as archive:
        content = archive.read("content.xml")
    return patch_xlsx(source, path, {"content.xml": content.replace(b"</table:table>", b"table:table>")})


REFUSALS.append(("loop.ods", unclosed_table_ods, "corrupt-file",
                 "'loop.ods' is damaged and cannot be opened (its XML is malformed)"))
REFUSALS.append(("encoding.ods", lambda p: patch_xlsx(
    write_ods(p.with_name("ok.ods"), {"S": [["name"]]}), p,
    {"content.xml": b"<?xml version='1.0' encoding='UTE-8'?><office:document-content/>"}),
    "corrupt-file", "'encoding.ods' is damaged and cannot be opened (its XML is malformed)"))
REFUSALS.append(("panic.xls", engine_panic_xls, "corrupt-file",
                 "'panic.xls' is damaged and cannot be opened (the spreadsheet engine could not make "
                 "sense of it)"))


@pytest.mark.parametrize(("name", "make", "code", "message"), REFUSALS)
def test_a_file_that_cannot_be_read_is_refused_with_one_message(tmp_path, capfd, name, make, code,
                                                                message):
    path = make(tmp_path / name)
    capfd.readouterr()
    with pytest.raises(StakegraphError) as caught:
        read_workbook(path)
    assert (caught.value.code, caught.value.message) == (code, message)
    assert str(caught.value.problem) == message
    assert capfd.readouterr() == ("", "")  # not even the engine's panic message


@pytest.mark.parametrize("name", ["book.xlsx", "Stakeholders.csv"])
def test_a_file_the_system_will_not_let_us_read_is_named_so(tmp_path, monkeypatch, name):
    (tmp_path / name).write_bytes(b"name\n")

    def forbidden(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", forbidden)
    monkeypatch.setattr(Path, "read_bytes", forbidden)
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / name)
    assert (caught.value.code, caught.value.message) == (
        "unreadable-file", f"the file '{name}' cannot be read (Permission denied)")


def test_a_folder_without_csv_files_is_refused(tmp_path):
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "notes.txt").write_text("x", "utf-8")
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / "book")
    assert caught.value.message == (
        f"'book' is not a spreadsheet stakegraph can read (it is a folder with no .csv files in it; {FORMATS})")


def test_a_folder_of_workbooks_names_them_so_the_user_can_pick_one(tmp_path):
    (tmp_path / "mappings").mkdir()
    for name in ("varese.xlsx", "malaga.ods"):
        (tmp_path / "mappings" / name).write_bytes(b"")
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / "mappings")
    assert caught.value.message == (
        "'mappings' is not a spreadsheet stakegraph can read (it is a folder with no .csv files in it "
        f"(it holds malaga.ods, varese.xlsx: give one of them); {FORMATS})")


def test_a_compound_file_claiming_a_stream_longer_than_itself_is_refused_before_the_engine(
        tmp_path, engine_calls):
    data = bytearray(write_cfb(tmp_path / "huge.xls", {"Workbook": b"\x09\x08"}).read_bytes())
    struct.pack_into("<Q", data, 512 + 512 + 128 + 120, 515_390_853_720)  # the Workbook entry's size
    (tmp_path / "huge.xls").write_bytes(bytes(data))
    with pytest.raises(StakegraphError) as caught:
        read_workbook(tmp_path / "huge.xls")
    assert caught.value.message == (
        "'huge.xls' is damaged and cannot be opened (its compound-file container is cut short or broken)")
    assert engine_calls == []


def test_a_legacy_xls_with_a_password_is_refused(tmp_path):
    book = xlwt.Workbook()
    book.add_sheet("Stakeholders").write(0, 0, "name")
    stream = book.get_biff_data()
    rc4 = struct.pack("<HHH", 1, 1, 1) + bytes(range(48))  # FILEPASS: RC4, salt and verifier
    bof_length = 4 + struct.unpack_from("<H", stream, 2)[0]
    locked = stream[:bof_length] + biff_record(0x002F, rc4) + stream[bof_length:]
    with pytest.raises(StakegraphError) as caught:
        read_workbook(write_cfb(tmp_path / "locked.xls", {"Workbook": locked}))
    assert caught.value.message == "'locked.xls' is password-protected; save an unprotected copy and import that"


# --- hostile files: refused before the engine parses ------------------------------


@pytest.fixture
def engine_calls(monkeypatch) -> list[Path]:
    """Records every file handed to the spreadsheet engine."""
    calls: list[Path] = []

    def engine(file: Path, name: str, kind: str) -> list[Sheet]:
        calls.append(file)
        return []

    monkeypatch.setattr(files, "_read_calamine", engine)
    return calls


#: the zip-bomb tests shrink the limit rather than inflate hundreds of megabytes
SMALL = Limits(expanded_bytes=2_000_000)


def test_a_zip_bomb_is_refused_from_its_directory_before_parsing(tmp_path, engine_calls):
    bomb = bomb_xlsx(tmp_path / "bomb.xlsx", expanded_mb=3)
    assert bomb.stat().st_size < 100_000
    tracemalloc.start()
    with pytest.raises(StakegraphError) as caught:
        read_workbook(bomb, limits=SMALL)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert caught.value.code == "hostile-file"
    assert caught.value.message == ("'bomb.xlsx' was refused: it would expand to 3.0 MB, more than "
                                    "the 2.0 MB stakegraph opens (a zip bomb)")
    assert engine_calls == []
    assert peak < 5_000_000  # nothing was inflated


def test_a_part_larger_than_its_header_says_is_refused_after_counting_its_real_bytes(
        tmp_path, engine_calls):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(lying_bomb_xlsx(tmp_path / "liar.xlsx", expanded_mb=5))
    assert caught.value.message == (
        "'liar.xlsx' is damaged and cannot be opened (its part 'xl/worksheets/sheet1.xml' holds "
        "5,000,092 bytes, not the 1,000 its header says)")
    assert engine_calls == []


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_at_the_limit(tmp_path, engine_calls):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(lying_bomb_xlsx(tmp_path / "liar.xlsx", expanded_mb=5), limits=SMALL)
    assert caught.value.message == ("'liar.xlsx' was refused: it would expand to more than 4.2 MB, "
                                    "more than the 2.0 MB stakegraph opens (a zip bomb)")
    assert engine_calls == []


def test_a_part_that_expands_absurdly_is_refused(tmp_path, engine_calls):
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "dense.xlsx",
                      {"xl/media/padding.xml": b" " * 30_000_000})
    with pytest.raises(StakegraphError) as caught:
        read_workbook(book)
    ratio = 30_000_000 / zipfile.ZipFile(book).getinfo("xl/media/padding.xml").compress_size
    assert caught.value.message == (f"'dense.xlsx' was refused: its part 'xl/media/padding.xml' would "
                                    f"expand {ratio:,.0f} times, to 30 MB")
    assert engine_calls == []


def test_a_zip_with_more_parts_than_a_workbook_needs_is_refused(tmp_path, engine_calls):
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "parts.xlsx",
                      {f"xl/media/{i}.bin": b"" for i in range(MAX_PARTS)})
    with pytest.raises(StakegraphError) as caught:
        read_workbook(book)
    assert caught.value.message == (f"'parts.xlsx' was refused: it holds {MAX_PARTS + 9:,} parts, "
                                    "more than the 10,000 a workbook needs")
    assert engine_calls == []


BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE sst [\n <!ENTITY lol "lol">\n'
                  b' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
                  b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  b'<si><t>&lol2;</t></si></sst>')
EXTERNAL_ENTITY = (b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>'
                   b'</sheetData></worksheet>')
PADDED_PROLOG = b'<?xml version="1.0"?>' + b"<!-- x -->" * 200_000 + EXTERNAL_ENTITY[21:]


@pytest.mark.parametrize(("part", "xml"), [
    ("xl/sharedStrings.xml", BILLION_LAUGHS),
    ("xl/worksheets/sheet1.xml", EXTERNAL_ENTITY),
    ("xl/worksheets/sheet1.xml", PADDED_PROLOG),
    ("xl/worksheets/sheet1.xml", EXTERNAL_ENTITY.decode().encode("utf-16")),
], ids=["billion-laughs", "external-entity", "after-a-long-prolog", "utf-16"])
def test_xml_entity_declarations_are_refused(tmp_path, engine_calls, part, xml):
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "entities.xlsx", {part: xml})
    with pytest.raises(StakegraphError) as caught:
        read_workbook(book)
    assert caught.value.code == "hostile-file"
    assert caught.value.message == (f"'entities.xlsx' was refused: the file declares XML entities (in "
                                    f"'{part}'), a trick used to exhaust memory or read other files")
    assert engine_calls == []


def sheet_under_another_name(path: Path, xml: bytes) -> Path:
    """A workbook whose only sheet lives in ``xl/data/cells.bin``: the engine
    finds it through the workbook's relations, whatever its name."""
    source = plain_xlsx(path.with_name("ok.xlsx"))
    with zipfile.ZipFile(source) as archive:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    return patch_xlsx(source, path, {
        "xl/_rels/workbook.xml.rels": rels.replace(b"/xl/worksheets/sheet1.xml", b"/xl/data/cells.bin"),
        "xl/data/cells.bin": xml})


def test_a_sheet_under_another_name_is_read(tmp_path):
    renamed = sheet_under_another_name(tmp_path / "renamed.xlsx", sheet_xml(
        f'<row r="1">{text_cell("name", "A1")}</row><row r="2">{text_cell("Doras", "A2")}</row>'))
    assert read_workbook(renamed).sheets == [Sheet("Sheet", [["name"], ["Doras"]])]


def test_a_sheet_under_another_name_is_checked_like_any_sheet(tmp_path, engine_calls):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(sheet_under_another_name(tmp_path / "hidden.xlsx", EXTERNAL_ENTITY))
    assert caught.value.message == ("'hidden.xlsx' was refused: the file declares XML entities (in "
                                    "'xl/data/cells.bin'), a trick used to exhaust memory or read other files")
    with pytest.raises(StakegraphError) as caught:
        read_workbook(sheet_under_another_name(tmp_path / "far.xlsx", sheet_xml(
            f'<row r="1">{text_cell("name", "A1")}{text_cell("x", "XFD1048576")}</row>')))
    assert caught.value.code == "over-limit"
    assert engine_calls == []


def test_a_table_of_strings_claiming_billions_of_strings_is_refused(tmp_path, engine_calls):
    # calamine reserves room for uniqueCount strings first: 96 GB here, and the process aborts
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
           b'uniqueCount="4000000000"><si><t>x</t></si></sst>')
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "strings.xlsx",
                      {"xl/sharedStrings.xml": sst})
    with pytest.raises(StakegraphError) as caught:
        read_workbook(book)
    assert caught.value.message == ("'strings.xlsx' is damaged and cannot be opened (its table of "
                                    "strings claims 4,000,000,000 strings in 129 bytes)")
    assert engine_calls == []


def test_openpyxl_refuses_xml_entities_too_because_defusedxml_is_installed(tmp_path):
    from defusedxml import DefusedXmlException

    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "entities.xlsx",
                      {"xl/worksheets/sheet1.xml": EXTERNAL_ENTITY})
    with pytest.raises(ValueError, match="invalid XML") as caught:
        openpyxl.load_workbook(book)
    assert isinstance(caught.value.__context__, DefusedXmlException)


def test_a_sheet_whose_far_cell_would_need_a_huge_grid_is_refused(tmp_path, engine_calls):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(far_cell_xlsx(tmp_path / "far.xlsx", "XFD1048576"))
    assert caught.value.message == (
        "'far.xlsx' was refused: a sheet reaches as far as cell XFD1048576, 17,179,869,184 cells, more "
        "than the limit of 5,000,000 cells (a real mapping that needs more can raise it with --max-cells)")
    assert engine_calls == []


def test_an_ods_repeating_a_filled_cell_over_the_whole_sheet_is_refused(tmp_path, engine_calls):
    with pytest.raises(StakegraphError) as caught:
        read_workbook(repeated_ods(tmp_path / "repeat.ods", 1_048_575, 16_384, filled=True))
    assert caught.value.message == (
        "'repeat.ods' was refused: a sheet reaches as far as cell XFD1048576, 17,179,869,184 cells, more "
        "than the limit of 5,000,000 cells (a real mapping that needs more can raise it with --max-cells)")
    assert engine_calls == []


def test_an_ods_with_the_empty_rest_of_the_sheet_written_out_is_read(tmp_path):
    book = repeated_ods(tmp_path / "libreoffice.ods", 1_048_575, 1024, filled=False)
    assert read_workbook(book).sheets == [Sheet("Stakeholders", [["name"]])]


def sheet_xml(rows: str) -> bytes:
    return (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows.encode() + b"</sheetData></worksheet>")


def text_cell(text: str, ref: str = "") -> str:
    place = f' r="{ref}"' if ref else ""
    return f'<c{place} t="inlineStr"><is><t>{text}</t></is></c>'


@pytest.mark.parametrize("rows", [
    # the far row is named by the row, and its cell has no place of its own
    f'<row r="1">{text_cell("name", "A1")}{text_cell("x", "XFD1")}</row><row r="1048576">{text_cell("x")}</row>',
    # cells without places run on along their row
    f'<row r="1048576">{text_cell("name", "A1048576")}</row><row>{text_cell("x") * 16384}</row>',
], ids=["far-row-unplaced-cell", "unplaced-cells-run-along"])
def test_cells_without_a_place_are_followed_to_where_they_land(tmp_path, engine_calls, rows):
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "unplaced.xlsx",
                      {"xl/worksheets/sheet1.xml": sheet_xml(rows)})
    with pytest.raises(StakegraphError) as caught:
        read_workbook(book)
    assert caught.value.code == "over-limit"
    assert engine_calls == []


def test_a_sheet_whose_cells_name_no_place_is_read(tmp_path):
    rows = "".join(f"<row>{text_cell(f'r{r}c1')}{text_cell(f'r{r}c2')}</row>" for r in range(1, 4))
    book = patch_xlsx(plain_xlsx(tmp_path / "ok.xlsx"), tmp_path / "unplaced.xlsx",
                      {"xl/worksheets/sheet1.xml": sheet_xml(rows)})
    assert read_workbook(book).sheets[0].rows == [["r1c1", "r1c2"], ["r2c1", "r2c2"], ["r3c1", "r3c2"]]


@pytest.mark.parametrize(("far", "row", "column"), [("J20000", 20000, 10), ("GR100", 100, 200),
                                                     ("C150000", 150000, 3)])
def test_a_far_cell_within_the_limit_is_read(tmp_path, far, row, column):
    rows = read_workbook(far_cell_xlsx(tmp_path / "far.xlsx", far)).sheets[0].rows
    assert (len(rows), rows[0], rows[-1]) == (row, ["name"], [None] * (column - 1) + ["x"])


# --- no raw exception escapes -----------------------------------------------------


@pytest.fixture(scope="module")
def valid_books(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("valid")
    sheets = {"Stakeholders": TITLED}
    return {suffix: writer(folder / f"book{suffix}", sheets).read_bytes()
            for suffix, writer in WRITERS.items()}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]), position=st.floats(0, 1),
       flip=st.integers(1, 255), cut=st.booleans())
def test_a_damaged_workbook_gives_a_workbook_or_a_stakegraph_error(tmp_path, valid_books, suffix,
                                                                   position, flip, cut):
    data = bytearray(valid_books.get(suffix, b"name;sector\nDoras;NGO\n"))
    at = min(int(position * len(data)), len(data) - 1)
    data = data[:at] if cut else data[:at] + bytes([data[at] ^ flip]) + data[at + 1:]
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(bytes(data))
    try:
        assert isinstance(read_workbook(path), files.Workbook)
    except StakegraphError as exc:  # a damaged size field can make a zip look like a bomb
        assert exc.code in {"empty-file", "corrupt-file", "not-a-spreadsheet", "hostile-file",
                            "encrypted-file"}  # a flipped bit can set a zip part's password flag
