"""Workbooks in other languages and layouts: Spanish and Greek sheets, a Lists
sheet of local words, a folder of CSV files, Kumu and Onodo workbooks."""

from __future__ import annotations

import pytest

from stakegraph.errors import StakegraphError
from stakegraph.io import load
from stakegraph.model import iwg_members


def edges(G, kind="tie"):
    return sorted((u, v, d.get("type", d.get("role"))) for u, v, d in G.edges(data=True) if d["kind"] == kind)


def test_a_workbook_with_none_of_the_known_sheets_cannot_be_read(make_workbook):
    book = make_workbook(Budget=[["item", "cost"], ["rent", 100]], Notes=[["hello"]])
    with pytest.raises(StakegraphError) as err:
        load(book)
    assert err.value.code == "no-known-sheets"
    assert err.value.message == (
        "none of the sheets ('Budget', 'Notes') is a Stakeholders sheet, or a Kumu or Onodo layout")


def test_a_stakeholders_sheet_without_a_name_column_rejects_its_rows(make_workbook):
    book = make_workbook(Stakeholders=[["organisatoin", "sector"], ["Doras", "NGO"], ["Garda", "public"]])
    report = load(book).report
    assert [str(p) for p in report.problems] == [
        "Stakeholders, row 1: the sheet has no 'name' column"]
    a = report.accounting[0]
    assert (a.rows, a.imported, a.rejected) == (2, 0, 2)


def test_other_sheets_are_reported_as_left_out(make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["Doras", "NGO"]], Budget=[["rent", 100]],
                         Empty=[])
    assert [str(p) for p in load(book).report.problems] == [
        "Budget: the sheet 'Budget' is not one stakegraph reads; it is left out"]


def test_a_lists_sheet_teaches_local_words(make_workbook):
    book = make_workbook(
        Lists=[["list", "value", "code"], ["sector", "Kommun", "public"], ["type", "Folkhögskola", "research"],
               ["theme", "Idrott", None], ["colour", "red", "x"], ["sector", "Kyrka", "church"]],
        Stakeholders=[["name", "sector", "type", "themes"], ["Malmö stad", "kommun", "Kommun", "idrott"],
                      ["Folkhögskolan Malmö", "Offentlig", "folkhögskola", "Idrott; language"]],
    )
    loaded = load(book)
    assert [str(p) for p in loaded.report.problems] == [
        "Lists, row 5, column list: 'colour' is not a list stakegraph knows; the row is left out",
        "Lists, row 6, column code: 'church' is not a sector; write public, private or civil_society",
    ]
    assert loaded.graph.nodes["malmo-stad"]["type"] == "local_authority"  # Swedish, from the codebook
    node = loaded.graph.nodes["folkhogskolan-malmo"]
    assert (node["sector"], node["type"], node["themes"]) == ("public", "research", ["Idrott", "language"])


def test_a_folder_of_csv_files_reads_like_a_workbook(tmp_path):
    (tmp_path / "Stakeholders.csv").write_text(
        "name,sector,themes\nDoras,NGO,\"housing; health\"\nLimerick City Council,public,\n", "utf-8")
    (tmp_path / "Relationships.csv").write_text("source,target\nDoras,Limerick City Council\n", "utf-8")
    loaded = load(tmp_path)
    assert loaded.report.problems == []
    assert loaded.graph.nodes["doras"]["themes"] == ["housing", "health"]
    assert edges(loaded.graph) == [("doras", "limerick-city-council", "collaboration")]


KUMU_ELEMENTS = [
    ["Label", "Type", "Description", "Tags", "Sector", "Themes"],
    ["Limerick City Council", "Local authority", "The council", "core", "Public", "housing"],
    ["Doras", "NGO", "Refugee support", "core|legal", None, "legal status"],
    ["Dell Ireland", "Private", "Employer", None, None, None],
    ["Limerick IWG", "IWG", "The working group", None, None, None],
]
KUMU_CONNECTIONS = [
    ["From", "To", "Type", "Direction", "Strength"],
    ["Limerick City Council", "Doras|Dell Ireland", "funding", "directed", 3],
    ["Doras", "Dell Ireland", "referral", "undirected", None],
    ["Doras", "Limerick IWG", "chair", None, None],
    ["Limerick City Council", "Limerick IWG", "member", None, None],
]


def test_a_kumu_workbook_reads_elements_connections_and_iwg_memberships(make_workbook):
    book = make_workbook(
        Elements=KUMU_ELEMENTS, Connections=KUMU_CONNECTIONS, **{"Notes (ignore)": [["anything"]]})
    loaded = load(book)
    G, report = loaded.graph, loaded.report
    assert report.layout == "kumu"
    assert report.problems == []
    nodes = ["limerick-city-council", "doras", "dell-ireland"]
    assert {n: (G.nodes[n]["sector"], G.nodes[n]["type"]) for n in nodes} == {
        "limerick-city-council": ("public", "local_authority"),
        "doras": ("civil_society", "ngo"),
        "dell-ireland": ("private", None),
    }
    assert G.nodes["doras"]["Tags"] == "core|legal"
    assert edges(G) == [("dell-ireland", "doras", "referral")][:0] + [
        ("doras", "dell-ireland", "referral"),
        ("limerick-city-council", "dell-ireland", "funding"),
        ("limerick-city-council", "doras", "funding"),
    ]
    assert iwg_members(G, "iwg:limerick-iwg") == ["limerick-city-council", "doras"]
    assert edges(G, "member") == [("doras", "iwg:limerick-iwg", "chair"),
                                  ("limerick-city-council", "iwg:limerick-iwg", "member")]
    rows = [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]
    assert rows == [("Elements", 4, 4, 0, 0), ("Connections", 4, 4, 0, 0)]


def test_an_onodo_workbook_with_trailing_spaces_reads(make_workbook):
    book = make_workbook(
        Nodes=[["Name", "Type", "Description", "Visible"],
               ["Malmö stad ", "Public ", "City", 1], ["Röda Korset", "NGO ", None, 1]],
        Relations=[["Source", "Type", "Target", "Directed"],
                   ["Malmö stad", "funding ", "Röda Korset ", 1], ["Röda Korset", "information", "Malmö stad", 0]],
    )
    loaded = load(book)
    assert loaded.report.layout == "onodo"
    assert [str(p) for p in loaded.report.problems] == [
        "Nodes, row 1, column Type: the sector is taken from the column 'Type' (2 of 2 rows state one)"]
    G = loaded.graph
    assert (G.nodes["malmo-stad"]["name"], G.nodes["malmo-stad"]["sector"]) == ("Malmö stad", "public")
    ties = sorted((u, v, d["type"], d["directed"]) for u, v, d in G.edges(data=True))
    assert ties == [("malmo-stad", "roda-korset", "funding", True),
                    ("roda-korset", "malmo-stad", "information", False)]


def test_a_lists_sheet_may_name_its_lists_in_the_workbooks_language(make_workbook):
    book = make_workbook(
        Listas=[["Lista", "Valor", "Código"], ["Tipo", "Ayuntamiento pedáneo", "local authority"],
                ["Temas", "Deporte", None]],
        Actores=[["Nombre", "Sector", "Tipo", "Temas"],
                 ["Pedanía de Churra", "Público", "ayuntamiento pedaneo", "deporte; salud"]],
    )
    loaded = load(book)
    assert loaded.report.problems == []
    node = loaded.graph.nodes["pedania-de-churra"]
    assert (node["type"], node["themes"]) == ("local_authority", ["Deporte", "health"])
