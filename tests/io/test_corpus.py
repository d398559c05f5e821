"""The corpus: files laid out as regions and researchers really publish them
(tests/data/real, README there says which public file each reproduces).
Each is read as published, or with the one step stakegraph's own message
names, and gives the stakeholders, ties and sectors we counted ourselves:
by reading the file with csv or openpyxl here, never with stakegraph, or by
hand where a comment says how."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from stakegraph.io import load

REAL = Path(__file__).parents[1] / "data" / "real"


def rows_of(path: Path, delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def sheet_of(path: Path, name: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path, read_only=True)[name].iter_rows(values_only=True))


def distinct(*columns) -> int:
    return len({" ".join(str(v).split()).casefold() for column in columns for v in column if v})


def sectors(loaded) -> Counter:
    return Counter(d["sector"] for _, d in loaded.graph.nodes(data=True) if d["kind"] == "stakeholder")


def codes(loaded) -> set[str]:
    return {p.code for p in loaded.report.problems}


def test_kumu_elements_and_connections_with_an_iwg_element_and_piped_targets():
    path = REAL / "kumu_northbay.xlsx"
    elements = sheet_of(path, "Elements")[1:]
    iwgs = {row[0] for row in elements if row[1] == "IWG"}
    connections = sheet_of(path, "Connections")[1:]
    ties = sum(len(row[1].split("|")) for row in connections if row[1] not in iwgs)
    loaded = load(path)
    memberships = sum(1 for row in connections if row[1] in iwgs)
    assert loaded.report.counts == {"stakeholders": len(elements) - len(iwgs), "ties": ties,
                                    "iwgs": len(iwgs), "memberships": memberships}
    assert (ties, memberships) == (7, 2)
    # Type column by hand: Public ×2, NGO ×3, Business ×2
    assert sectors(loaded) == {"public": 2, "civil_society": 3, "private": 2}


def test_onodo_nodes_and_relations_in_spanish():
    path = REAL / "onodo_villaverde.xlsx"
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(sheet_of(path, "Nodes")) - 1
    assert loaded.report.counts["ties"] == len(sheet_of(path, "Relations")) - 1
    # Type by hand: Administración pública ×3, ONG ×2, Empresa ×2
    assert sectors(loaded) == {"public": 3, "civil_society": 2, "private": 2}


def test_a_policy_network_actor_list_and_a_committee_matrix_labelled_by_acronyms():
    folder = REAL / "policy_network_de"
    actors = rows_of(folder / "Akteure.csv", ";")[1:]
    matrix = rows_of(folder / "Ausschuesse.csv", ";")
    # symmetric: one tie per pair above the diagonal with a count above 0
    pairs = [(i, j) for i in range(1, len(matrix)) for j in range(i + 1, len(matrix))
             if matrix[i][j] and int(matrix[i][j]) > 0]
    loaded = load(folder)
    assert loaded.report.counts["stakeholders"] == len(actors) == 8
    assert loaded.report.counts["ties"] == len(pairs) == 15
    assert max(w for *_, w in loaded.graph.edges(data="weight")) == 13, "13 shared committees stay 13"
    assert "ties-by-key" in codes(loaded)
    # Akteurstyp by hand: Regierung, Verwaltung, Wissenschaft → public; Wirtschaftsverband,
    # Wirtschaft → private; Gewerkschaft, Zivilgesellschaft, Partei → civil society
    assert sectors(loaded) == {"public": 3, "private": 2, "civil_society": 3}


def test_a_coordination_matrix_labelled_by_short_names_with_a_list_of_long_names():
    folder = REAL / "kansas_sar"
    names = rows_of(folder / "Organisations.csv")[1:]
    matrix = rows_of(folder / "Coordination.csv")
    # not symmetric: every cell above 0 off the diagonal is a directed tie, row to column
    cells = sum(1 for i in range(1, len(matrix)) for j in range(1, len(matrix))
                if i != j and int(matrix[i][j]) > 0)
    loaded = load(folder)
    assert loaded.report.counts["stakeholders"] == len(names) == 10
    assert loaded.report.counts["ties"] == cells == 61
    assert sectors(loaded) == {None: 10}, "the published list states no sector"
    codes = Counter(p.code for p in loaded.report.problems)
    assert (codes["missing-sector"], codes["no-sector-column"]) == (0, 1), "one error stands for all ten"
    assert [p.value for p in loaded.report.problems if p.code == "no-sector-column"] == [10]


def test_an_interreg_stakeholder_list_under_a_title_block():
    path = REAL / "interreg_stakeholder_list.xlsx"
    listed = [row for row in sheet_of(path, "Stakeholders list")[4:] if row[1]]
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(listed) == 11
    assert codes(loaded) == {"sector-from-column", "personal-column"}
    assert [p.value for p in loaded.report.problems if p.code == "personal-column"] == ["Contact e-mail"]
    # Type of organisation by hand: regional, 2 local, national public authority, sectoral agency,
    # infrastructure provider, higher education, school → 8 public; interest group → civil society;
    # business support organisation, SME → private
    assert sectors(loaded) == {"public": 8, "civil_society": 1, "private": 2}
    levels = Counter(d["level"] for _, d in loaded.graph.nodes(data=True))
    assert levels == {"local": 2, "regional": 1, "national": 1, None: 7}


def test_a_transparency_register_export_gives_sectors_from_its_categories():
    path = REAL / "transparency_register.csv"
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(rows_of(path)) - 1 == 9
    # by hand: NGOs, trade unions, think tanks, churches → civil society (4); trade associations,
    # companies, consultancies → private (3); academic institutions, regional structures → public (2)
    assert sectors(loaded) == {"civil_society": 4, "private": 3, "public": 2}


def test_a_spanish_list_of_actors_with_a_relationships_sheet():
    path = REAL / "mapa_de_actores_es.xlsx"
    actors = [row for row in sheet_of(path, "Lista de actores")[3:] if row[1]]
    ties = sheet_of(path, "Relaciones entre actores")[1:]
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(actors) == 7
    assert loaded.report.counts["ties"] == len(ties) == 5
    # Tipo de actor by hand: Administración pública ×3, Tercer sector ×2 + Sociedad civil, Empresa
    assert sectors(loaded) == {"public": 3, "civil_society": 3, "private": 1}
    assert codes(loaded) == {"sector-from-column"}


def test_an_italian_mapping_with_interreg_categories_and_a_tie_list_sheet():
    path = REAL / "mappatura_stakeholder_it.xlsx"
    listed = [row for row in sheet_of(path, "Mappatura degli stakeholder")[3:] if row[0]]
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(listed) == 6
    assert loaded.report.counts["ties"] == len(sheet_of(path, "Legami")) - 1 == 4
    # Categoria by hand: 2 public authorities + university → public; 2 interest groups → civil
    # society; PMI → private
    assert sectors(loaded) == {"public": 3, "civil_society": 2, "private": 1}


def test_gephi_node_and_edge_tables_whose_edges_name_nodes_by_id():
    folder = REAL / "rete_gephi_it"
    nodes = rows_of(folder / "nodes.csv")[1:]
    edges = rows_of(folder / "edges.csv")[1:]
    loaded = load(folder)
    assert loaded.report.counts["stakeholders"] == len(nodes) == 10
    assert loaded.report.counts["ties"] == len({(e[0], e[2]) for e in edges}) == 9
    assert "ties-by-key" in codes(loaded)
    assert sectors(loaded) == {None: 10}, "organisations and projects, no sector stated"


@pytest.mark.parametrize(("name", "delimiter", "payer", "recipient", "money"), [
    ("Foerderungen_2023.csv", ";", "Fördergeber", "Förderempfänger", "Förderbetrag"),
    ("subventions_scdl.csv", ",", "nomAttribuant", "nomBeneficiaire", "montant"),
])
def test_a_transfer_list_gives_directed_funding_ties_that_keep_the_amounts(name, delimiter, payer,
                                                                        recipient, money):
    table = rows_of(REAL / name, delimiter)
    header, rows = table[0], table[1:]
    a, b = header.index(payer), header.index(recipient)
    loaded = load(REAL / name)
    assert loaded.report.counts["stakeholders"] == distinct([r[a] for r in rows], [r[b] for r in rows])
    assert loaded.report.counts["ties"] == len({(r[a], r[b]) for r in rows})
    assert {d["type"] for *_, d in loaded.graph.edges(data=True)} == {"funding"}
    assert all(d["directed"] for *_, d in loaded.graph.edges(data=True))
    assert sectors(loaded) == {None: loaded.report.counts["stakeholders"]}
    assert codes(loaded) == {"tie-list", "transfer-list"}
    total = sum(float(r[header.index(money)].replace(".", "").replace(",", ".").replace("€", ""))
                if delimiter == ";" else float(r[header.index(money)].replace(",", ".")) for r in rows)
    assert sum(d["amount"] for *_, d in loaded.graph.edges(data=True)) == pytest.approx(total)


@pytest.mark.parametrize(("name", "delimiter"), [("samverkan_skane.csv", ";"), ("gephi_edges.csv", ",")])
def test_a_lone_tie_list_makes_its_stakeholders_from_the_names(name, delimiter):
    rows = rows_of(REAL / name, delimiter)[1:]
    loaded = load(REAL / name)
    assert loaded.report.counts["stakeholders"] == distinct([r[0] for r in rows], [r[1] for r in rows])
    assert loaded.report.counts["ties"] == len(rows)
    assert codes(loaded) == {"tie-list"}
    assert all(not d["directed"] for *_, d in loaded.graph.edges(data=True))


def test_a_swedish_tie_list_is_read_in_swedish_with_its_types_of_collaboration():
    path = REAL / "samverkan_skane.csv"
    table = rows_of(path, ";")
    header, rows = table[0], table[1:]
    assert header[2] == "Typ av samverkan"
    # by hand: an agreement (avtal) is a partnership, a consultation (samråd) is the sharing of
    # information, a project (projekt) and a network (nätverk) are collaboration
    meaning = {"avtal": "partnership", "samråd": "information", "projekt": "collaboration",
               "nätverk": "collaboration"}
    assert {r[2] for r in rows} == set(meaning)
    from stakegraph.io.language import book_language

    assert book_language(path) == "sv"
    loaded = load(path)
    G = loaded.graph
    names = {n: d["name"] for n, d in G.nodes(data=True)}
    found = Counter((names[u], names[v], d["type"]) for u, v, d in G.edges(data=True) if d["kind"] == "tie")
    assert found == Counter((r[0], r[1], meaning[r[2]]) for r in rows)
    assert codes(loaded) == {"tie-list"}, "every type of collaboration is known"


def test_a_greek_register_of_bodies():
    path = REAL / "foreis_el.xlsx"
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == len(sheet_of(path, "Φορείς")) - 1 == 6
    # Τομέας by hand: Δημόσιος ×3, ΜΚΟ + Κοινωνία των πολιτών, Ιδιωτικός
    assert sectors(loaded) == {"public": 3, "civil_society": 2, "private": 1}


def test_a_who_does_what_where_list_with_hxl_tags_and_humanitarian_organisation_types():
    path = REAL / "3w_refugee_response.csv"
    rows = rows_of(path)
    data = rows[2:]  # under the header and its row of hashtags
    assert all(cell.startswith("#") for cell in rows[1])
    loaded = load(path)
    assert loaded.report.counts["stakeholders"] == distinct(*[[r[2]] for r in data]) == 7
    assert "#org+name" not in {loaded.graph.nodes[n]["name"] for n in loaded.graph}
    # the organisation types of OCHA's 3W lists give the sector
    assert sectors(loaded) == {"civil_society": 4, "public": 2, "private": 1}
    types = {loaded.graph.nodes[n]["name"]: loaded.graph.nodes[n]["type"] for n in loaded.graph}
    assert types["UN Refugee Office Lisbon"] == "international_organisation"
    assert types["Vozes da Diáspora"] == "community_group"
    # an organisation listed once per region keeps every region, and every activity
    places = {r[2]: set() for r in data}
    for r in data:
        places[r[2]].add(r[1])
    node = next(n for n in loaded.graph if loaded.graph.nodes[n]["name"] == "Refugee Relief International")
    assert set(loaded.graph.nodes[node]["region"].split("; ")) == places["Refugee Relief International"]
    assert set(loaded.graph.nodes[node]["Activity"].split("; ")) == {"Housing", "Language classes"}
    codes_seen = Counter(p.code for p in loaded.report.problems)
    assert codes_seen["hxl-tags"] == 1
    assert codes_seen["conflicting-values"] == 0 and codes_seen["unknown-column"] == 0
    assert loaded.report.ok
