"""What stakegraph writes is safe to open and well-formed, whatever the names hold.

* every CSV field is quoted, so a spreadsheet whose list separator is ``;``
  (or a paste split on tabs) cannot cut ``ACME;=1+2`` in two and run ``=1+2``;
* a formula start hidden behind an invisible or blank character still gets
  its apostrophe, and stakegraph's reader takes it off again;
* characters XML 1.0 forbids (U+FFFE, U+FFFF, control characters) never reach
  GraphML, GEXF, the Kumu workbook or the Excel report.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
import pytest

from stakegraph.io import load
from stakegraph.model import Membership, Stakeholder, Tie, build_graph, stakeholder_nodes
from stakegraph.model.cells import quote, unquote
from stakegraph.render.export.write import write_export
from stakegraph.render.safe import neutralise_cell, storable_text

#: invisible or blank characters a spreadsheet may pass over before a formula
INVISIBLE = ["\ufeff", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\x00", " ",
             "\u00a0", "\u3000", "\u2028"]


def names(book: Path) -> list[str]:
    """The stakeholders' names as stakegraph reads them, sorted."""
    G = load(book).graph
    return sorted(G.nodes[n]["name"] for n in stakeholder_nodes(G))


def csv_mapping(folder: Path, *names: str, extra: str = "note") -> Path:
    """A CSV-folder mapping of ``names`` (a CSV input holds what xlsx cannot)."""
    folder.mkdir()
    rows = [["name", "sector", extra], *[[n, "public", "x"] for n in names]]
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_ALL).writerows(rows)
    (folder / "Stakeholders.csv").write_text(buffer.getvalue(), "utf-8")
    return folder


def test_every_field_of_a_csv_export_is_quoted_so_a_semicolon_cannot_split_a_cell(runner, tmp_path):
    book = csv_mapping(tmp_path / "mapping", "ACME;=1+2", "Doras")
    assert runner("export", book, "-o", tmp_path / "net.csv").exit_code == 0
    text = (tmp_path / "net" / "Stakeholders.csv").read_text("utf-8-sig")
    for line in text.splitlines():
        assert line.startswith('"') and line.endswith('"'), line
    # read as a ';' spreadsheet reads it: the quotes keep the cell whole
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=";") for cell in row]
    assert not any(cell.lstrip().startswith("=") for cell in cells)
    assert names(tmp_path / "net") == ["ACME;=1+2", "Doras"]


@pytest.mark.parametrize("hidden", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_formula_start_behind_an_invisible_character_is_neutralised(hidden, start):
    text = f"{hidden}{start}HYPERLINK(\"http://x\")"
    assert neutralise_cell(text) == "'" + text
    assert unquote(quote(text)) == text


@pytest.mark.parametrize("text", ["Caritas", " Doras", "\u200bDoras", "Caritas - Varese", "'tis", ""])
def test_text_without_a_formula_start_is_written_as_it_is(text):
    assert neutralise_cell(text) == text


@pytest.mark.parametrize("hidden", ["\ufeff", "\u200b", "\u200e", "\u2060", "\u00a0"],
                         ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_prefix_cannot_smuggle_a_formula_into_any_export(runner, hidden, tmp_path):
    book = csv_mapping(tmp_path / "mapping", f"{hidden}=1+1", "Doras")
    # as stakegraph reads it (a no-break space is trimmed like a space)
    name = next(n for n in names(book) if n.endswith("=1+1"))
    for out in ("net.csv", "net.kumu.xlsx"):
        assert runner("export", book, "-o", tmp_path / out).exit_code == 0
    assert runner("analyze", book, "-o", tmp_path / "report.xlsx").exit_code == 0
    csv_cells = [c for row in csv.reader(io.StringIO((tmp_path / "net" / "Stakeholders.csv").read_text("utf-8-sig")))
                 for c in row]
    assert "'" + name in csv_cells
    for workbook in ("net.kumu.xlsx", "report.xlsx"):
        cells = [c for ws in openpyxl.load_workbook(tmp_path / workbook) for row in ws.iter_rows() for c in row]
        assert [c.coordinate for c in cells if c.data_type == "f"] == [], workbook
        assert "'" + name in {c.value for c in cells}, workbook
    for back in ("net", "net.kumu.xlsx"):  # and the reader takes the apostrophe off again
        assert names(tmp_path / back) == names(book)


def test_a_nul_before_a_formula_is_neither_written_to_xlsx_nor_lets_the_formula_run(tmp_path):
    G = build_graph([Stakeholder("\x00@SUM(A1)", "public"), Stakeholder("Doras", "civil_society")], [], [])
    write_export(G, tmp_path / "net.kumu.xlsx")
    cells = [c for ws in openpyxl.load_workbook(tmp_path / "net.kumu.xlsx") for row in ws.iter_rows() for c in row]
    assert "'@SUM(A1)" in {c.value for c in cells}
    assert [c.coordinate for c in cells if c.data_type == "f"] == []


def test_storable_text_drops_every_character_xml_forbids_and_keeps_the_rest():
    forbidden = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xD800, 0xDFFF, 0xFFFE, 0xFFFF]))
    assert storable_text(f"Do{forbidden}ras\t\n\r\u00e9\U0001F600") == "Doras\t\n\r\u00e9\U0001F600"


def _xml_parts(path: Path) -> dict[str, bytes]:
    if path.suffix in (".graphml", ".gexf"):
        return {path.name: path.read_bytes()}
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels"))}


@pytest.mark.parametrize("out", ["net.graphml", "net.gexf", "net.kumu.xlsx", "report.xlsx"])
def test_noncharacters_in_names_and_headers_leave_every_xml_file_well_formed(runner, out, tmp_path):
    book = csv_mapping(tmp_path / "mapping", "Do\uffffras\ufffe", "Beta", extra="Note\uffff")
    (book / "Relationships.csv").write_text('"source","target"\n"Do\uffffras\ufffe","Beta"\n', "utf-8")
    command = "analyze" if out == "report.xlsx" else "export"
    result = runner(command, book, "-o", tmp_path / out)
    assert result.exit_code == 0, result.output
    for part, data in _xml_parts(tmp_path / out).items():
        ET.fromstring(data)  # raises on a character XML 1.0 forbids
        assert "\uffff".encode() not in data and "\ufffe".encode() not in data, part
    if out == "net.kumu.xlsx":
        assert names(tmp_path / out) == ["Beta", "Doras"]


# ---- the Kumu round trip when a stakeholder is named like an IWG

def edges(G) -> list[tuple]:
    """Every tie and membership as names and attributes, sorted."""
    name = lambda n: G.nodes[n]["name"]  # noqa: E731
    return sorted((d["kind"], name(u), name(v), d.get("type"), d.get("role"), d.get("weight"),
                   bool(d.get("directed"))) for u, v, d in G.edges(data=True))


@pytest.mark.parametrize("iwg", ["Limerick IWG", "limerick_iwg", "LIMERICK IWG"])
def test_kumu_keeps_ties_and_memberships_apart_when_a_stakeholder_is_named_like_an_iwg(iwg, tmp_path):
    G = build_graph(
        [Stakeholder("Doras", "civil_society"), Stakeholder("Limerick IWG", "public"),
         Stakeholder("City Council", "public")],
        [Tie("doras", Stakeholder("Limerick IWG").id, "funding", weight=3, directed=True),
         Tie("city-council", Stakeholder("Limerick IWG").id)],
        [Membership("doras", iwg, "chair"), Membership("limerick-iwg", iwg, "member")])
    write_export(G, tmp_path / "net.kumu.xlsx")
    back = load(tmp_path / "net.kumu.xlsx")
    assert back.report.problems == []
    assert edges(back.graph) == edges(G)
    assert names(tmp_path / "net.kumu.xlsx") == ["City Council", "Doras", "Limerick IWG"]


def test_a_kumu_export_without_colliding_names_has_no_id_column(tmp_path):
    G = build_graph([Stakeholder("Doras", "civil_society")], [], [Membership("doras", "Limerick IWG", "chair")])
    write_export(G, tmp_path / "net.kumu.xlsx")
    header = next(openpyxl.load_workbook(tmp_path / "net.kumu.xlsx")["Elements"].iter_rows(values_only=True))
    assert header[:2] == ("Label", "Type")


def test_a_kumu_workbook_naming_elements_by_id_reads_by_id(make_workbook):
    book = make_workbook(
        Elements=[["ID", "Label", "Type", "Sector"], ["e1", "Doras", "NGO", None],
                  ["e2", "Garda", "Public", None], ["g1", "Garda", "IWG", None]],
        Connections=[["From", "To", "Type"], ["e1", "e2", "referral"], ["e1", "g1", "chair"]],
        name="kumu.xlsx")
    loaded = load(book)
    # the Sector column is empty, so the sector comes from Type, and the import says so
    assert [p.code for p in loaded.report.problems] == ["sector-from-column"]
    assert edges(loaded.graph) == [
        ("member", "Doras", "Garda", None, "chair", None, False),
        ("tie", "Doras", "Garda", "referral", None, 1, True),
    ]
    assert "ID" not in loaded.graph.nodes["doras"]
