"""Files as regions really have them: stakeholders in a sheet named in other
words, a lone register or tie list, transfer lists, ties naming
stakeholders by an acronym, the sector in a Type or Kategorie column, and,
when nothing can be read, a refusal that says what the file looks like."""

from __future__ import annotations

import pytest

from stakegraph.errors import StakegraphError
from stakegraph.io import load
from stakegraph.io.columns import parse_columns


def messages(report):
    return [str(p) for p in report.problems]


def accounting(report):
    return [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]


REGISTER = [["name", "sector"], ["Doras", "NGO"], ["Limerick City Council", "public"], ["Dell", "private"]]


@pytest.mark.parametrize("sheet", [
    "Stakeholders list", "Stakeholder register", "Lista de actores", "Mappatura degli stakeholder",
    "Aktörer", "Akteure", "Acteurs", "Φορείς", "Liste des acteurs", "Registro de entidades",
])
def test_a_sheet_named_like_a_list_of_stakeholders_counts_in_any_language(make_workbook, sheet):
    loaded = load(make_workbook({sheet: REGISTER, "Budget": [["year", "amount"], [2024, 100]]}))
    assert loaded.report.counts["stakeholders"] == 3
    assert [p.code for p in loaded.report.problems] == ["unknown-sheet"], "Budget is left out, and said so"


def test_failing_names_the_sheet_with_the_most_different_organisation_names_is_the_list(make_workbook):
    loaded = load(make_workbook({
        "Sheet1": [["name", "notes"], ["Doras", "a"], ["Doras", "b"]],          # one name, twice
        "Sheet2": [["name", "town"], ["Doras", "Limerick"], ["Garda", "Ennis"], ["Dell", "Limerick"]],
    }))
    assert loaded.report.counts["stakeholders"] == 3
    assert loaded.report.problems[0].code == "guessed-sheet" and loaded.report.problems[0].sheet == "Sheet2"


def test_a_lone_tie_list_makes_its_stakeholders_from_the_names_with_one_warning(tmp_path):
    path = tmp_path / "partnerships.csv"
    path.write_text("Organisation A,Organisation B,weight,year\n"
                    "Doras,Limerick City Council,13,2021\nDoras,Garda,1,2022\nGarda,Limerick City Council,,2023\n",
                    "utf-8")
    loaded = load(path)
    assert messages(loaded.report) == [
        "partnerships: the sheet 'partnerships' is a list of ties and the file has no list of stakeholders: "
        "the 3 names in it are read as stakeholders, whose sector is unknown (add a Stakeholders sheet "
        "with their sectors)"]
    assert loaded.report.counts == {"stakeholders": 3, "ties": 3, "iwgs": 0, "memberships": 0}
    assert sorted(w for *_, w in loaded.graph.edges(data="weight")) == [1.0, 1.0, 13.0]
    assert {loaded.graph.nodes[n]["sector"] for n in loaded.graph} == {None}
    assert accounting(loaded.report) == [("partnerships", 3, 3, 0, 0)]


def test_a_transfer_list_gives_directed_funding_ties_that_keep_and_sum_the_amounts(tmp_path):
    (tmp_path / "Verein.csv").write_text(
        "Name;Sektor\nStadt Graz;öffentlich\nZebra;NGO\nDanaida;NGO\n", "utf-8")
    (tmp_path / "Förderungen.csv").write_text(
        "Fördergeber;Empfänger;Betrag;Jahr\nStadt Graz;Zebra;12000;2023\n"
        "Stadt Graz;Zebra;3000;2024\nStadt Graz;Danaida;800;2024\n", "utf-8")
    loaded = load(tmp_path)
    assert messages(loaded.report) == [
        "Förderungen: the sheet 'Förderungen' is read as a list of transfers: each row is a funding tie "
        "from 'Fördergeber' to 'Empfänger', and its amount is kept",
        "Verein: no sheet is named Stakeholders, so the sheet 'Verein', which has a name column, is read as the "
        "Stakeholders sheet (name it Stakeholders to say so)",
    ][::-1]
    ties = sorted((u, v, d["type"], d["directed"], d["amount"]) for u, v, d in loaded.graph.edges(data=True))
    assert ties == [("stadt-graz", "danaida", "funding", True, 800.0),
                    ("stadt-graz", "zebra", "funding", True, 15000.0)]
    assert accounting(loaded.report)[1] == ("Förderungen", 3, 2, 1, 0)


ACTORS = [["ID", "ACRONYM", "Name", "Type"],
          [1, "FOEN", "Federal Office for the Environment", "administration"],
          [2, "SBV", "Swiss Farmers Union", "business association"],
          [3, "WWF", "WWF Switzerland", "civil society"]]


def test_ties_naming_stakeholders_by_acronym_resolve_and_say_so_once(make_workbook):
    loaded = load(make_workbook(Actors=ACTORS, Relationships=[
        ["source", "target"], ["FOEN", "SBV"], ["SBV", "WWF"], ["WWF Switzerland", "FOEN"]]))
    assert loaded.report.counts["ties"] == 3
    assert [str(p) for p in loaded.report.problems if p.code == "ties-by-key"] == [
        "Actors, column ACRONYM: ties name stakeholders by 'ACRONYM' of the sheet 'Actors'"]


def test_a_matrix_labelled_by_numeric_ids_resolves_through_the_id_column(make_workbook):
    loaded = load(make_workbook(Actors=ACTORS, Network=[
        [None, 1, 2, 3], [1, 0, 4, 0], [2, 4, 0, 1], [3, 0, 1, 0]]))
    assert loaded.report.counts["ties"] == 2, "a symmetric matrix: one tie per pair"
    assert sorted(w for *_, w in loaded.graph.edges(data="weight")) == [1.0, 4.0]
    assert [p.column for p in loaded.report.problems if p.code == "ties-by-key"] == ["ID"]


def test_the_sector_comes_from_a_type_column_of_policy_network_actor_types(make_workbook):
    loaded = load(make_workbook(Actors=ACTORS))
    G = loaded.graph
    assert [G.nodes[n]["sector"] for n in G] == ["public", "private", "civil_society"]
    assert messages(loaded.report) == [
        "Actors, row 1, column Type: the sector is taken from the column 'Type' (3 of 3 rows state one)"]


def test_interreg_categories_give_sector_type_and_level(make_workbook):
    loaded = load(make_workbook({"Stakeholder register": [
        ["Organisation", "Target group"],
        ["Comune di Varese", "Local public authority"],
        ["Regione Lombardia", "Regional public authority"],
        ["Caritas Ambrosiana", "Interest groups including NGOs"],
        ["Whirlpool", "Enterprise, except SME"],
    ]}))
    G = loaded.graph
    assert [(G.nodes[n]["sector"], G.nodes[n]["type"], G.nodes[n]["level"]) for n in G] == [
        ("public", "local_authority", "local"), ("public", "regional_authority", "regional"),
        ("civil_society", "ngo", None), ("private", "employer", None)]
    assert [p.code for p in loaded.report.problems] == ["sector-from-column"]


def test_a_category_column_beside_a_type_column_gives_only_the_sector(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Type", "ActorType"], ["Doras", "NGO", "Zivilgesellschaft"],
        ["Stadt", "local authority", "Verwaltung"]]))
    G = loaded.graph
    assert [(G.nodes[n]["sector"], G.nodes[n]["type"]) for n in G] == [
        ("civil_society", "ngo"), ("public", "local_authority")]
    assert [p.column for p in loaded.report.problems] == ["ActorType"]


def test_an_unreadable_register_is_refused_with_what_it_looks_like_and_the_one_step(tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("Organisation / body,Town\nDoras,Limerick\nGarda,Ennis\nDell,Limerick\n", "utf-8")
    with pytest.raises(StakegraphError) as caught:
        load(path)
    assert str(caught.value) == (
        "register, row 1, column Organisation / body: the sheet 'register' looks like a stakeholder "
        "list: 3 names in column 'Organisation / body'; run with --columns name='Organisation / body', "
        "or rename that header to 'name'")
    loaded = load(path, columns=parse_columns("name='Organisation / body'"))
    assert loaded.report.counts["stakeholders"] == 3


def test_a_stakeholders_sheet_without_a_name_column_points_at_the_column_of_names(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Nr", "Soggetto coinvolto", "Settore"], [1, "Caritas", "NGO"], [2, "Comune", "public"],
        [3, "Acli", "NGO"]]))
    assert messages(loaded.report) == [
        "Stakeholders, row 1: the sheet has no 'name' column; it looks like a stakeholder list, with 3 "
        "names in column 'Soggetto coinvolto'; run with --columns name='Soggetto coinvolto', or "
        "rename that header to 'name'"]


def test_a_column_mapping_reads_headers_stakegraph_does_not_know(make_workbook):
    book = make_workbook(Stakeholders=[["Org", "Kind"], ["Doras", "NGO"], ["Garda", "public"]],
                         Relationships=[["Who", "With whom"], ["Garda", "Doras"]])
    loaded = load(book, columns=parse_columns("name=Org, sector=Kind, source=Who, target='With whom'"))
    assert loaded.report.problems == []
    assert loaded.report.counts["ties"] == 1
    assert [loaded.graph.nodes[n]["sector"] for n in loaded.graph] == ["civil_society", "public"]


def test_a_column_mapping_naming_a_header_no_sheet_has_is_refused(make_workbook):
    with pytest.raises(StakegraphError, match="no sheet has the column 'Org name' given for name"):
        load(make_workbook(Stakeholders=REGISTER), columns=parse_columns("name='Org name'"))


def test_a_column_with_a_few_sector_words_is_pointed_at_not_used(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Notes"], ["Doras", "NGO"], ["Garda", "national police"], ["Dell", "employs 40"]]))
    assert [str(p) for p in loaded.report.problems if p.code != "no-sector-column"] == [
        "Stakeholders, row 1, column Notes: no column is named for the sector, but the column 'Notes' "
        "holds sector words (1 of 3 rows); run with --columns sector='Notes' to read the sector from it"]
    assert [(p.code, p.value) for p in loaded.report.problems] == [
        ("sector-words-in-column", "Notes"), ("no-sector-column", 3)]


def test_organisation_and_partner_rows_with_repeated_names_are_a_tie_list(tmp_path):
    path = tmp_path / "cooperation.csv"
    path.write_text("Organisation,Partner\nDoras,Garda\nDoras,HSE; Limerick Council\nGarda,HSE\n", "utf-8")
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == 4, "Doras, Garda, HSE, Limerick Council"
    assert loaded.report.counts["ties"] == 4
    assert [p.code for p in loaded.report.problems] == ["tie-list"]


def test_a_lone_edge_list_without_a_header_is_a_tie_list(tmp_path):
    path = tmp_path / "edges.csv"
    path.write_text("Doras,Garda,2\nDoras,HSE,1\nHSE,Garda,13\nLimerick Council,Doras,4\n", "utf-8")
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == 4
    assert sorted(w for *_, w in loaded.graph.edges(data="weight")) == [1.0, 2.0, 4.0, 13.0]
    assert [p.code for p in loaded.report.problems] == ["tie-list"]
    assert accounting(loaded.report) == [("edges", 4, 4, 0, 0)], "row 1 is data, not a header"


def test_a_lone_matrix_makes_its_stakeholders_from_its_labels(tmp_path):
    path = tmp_path / "network.csv"
    path.write_text(",Doras,Garda,HSE\nDoras,0,1,2\nGarda,1,0,0\nHSE,2,0,0\n", "utf-8")
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == 3
    assert loaded.report.counts["ties"] == 2, "symmetric: Doras–Garda and Doras–HSE"
    assert [p.code for p in loaded.report.problems] == ["tie-list"]


@pytest.mark.parametrize(("source", "target"), [
    ("Vertex 1", "Vertex 2"), ("source_id", "target_id"), ("Stakeholder A", "Stakeholder B"),
    ("ego", "alter"), ("Organización A", "Organización B"), ("Akteur 1", "Akteur 2"),
])
def test_the_usual_headers_of_tie_lists_are_read(tmp_path, source, target):
    path = tmp_path / "ties.csv"
    path.write_text(f"{source},{target}\nDoras,Garda\nGarda,HSE\n", "utf-8")
    assert load(path).report.counts["ties"] == 2


def test_a_sheet_of_notes_named_with_a_stakeholder_word_is_not_read_as_a_list(make_workbook):
    loaded = load(make_workbook({"Register": REGISTER, "Stakeholder list guide": [
        ["Write one organisation a row, and its sector."]]}))
    assert loaded.report.counts["stakeholders"] == 3
    assert [p.code for p in loaded.report.problems] == ["guessed-sheet", "unknown-sheet"]


def test_kumu_connections_may_name_several_elements_by_their_ids(make_workbook):
    loaded = load(make_workbook(
        Elements=[["ID", "Label", "Type"], ["e1", "Doras", "NGO"], ["e2", "Garda", "Public"],
                  ["e3", "Dell", "Business"]],
        Connections=[["From", "To", "Type"], ["e1", "e2|e3", "information"]]))
    assert loaded.report.layout == "kumu"
    assert loaded.report.counts["ties"] == 2, "e1 to e2 and e1 to e3, several targets by ID"


def test_an_empty_sector_column_gives_way_to_a_column_that_states_the_sector(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Sector", "Kategorie"], ["Stadt Graz", None, "Lokale öffentliche Behörde"],
        ["Zebra", None, "NGO"], ["Danaida", None, "Zivilgesellschaft"]]))
    assert [loaded.graph.nodes[n]["sector"] for n in loaded.graph] == ["public", "civil_society", "civil_society"]
    assert [str(p) for p in loaded.report.problems] == [
        "Stakeholders, row 1, column Kategorie: the sector is taken from the column 'Kategorie' (3 of 3 rows "
        "state one; the column 'Sector' is empty)"]
