"""The example workbooks in ``examples/``: each imports with no error or warning and
holds exactly what it was designed to hold, and the build script rewrites
them byte for byte."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from stakegraph.io import load
from stakegraph.model import iwg_members, iwg_nodes, stakeholder_graph, stakeholder_id

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: file -> (stakeholders, ties, IWGs, memberships), as designed in examples/example_data/
DESIGNED = {
    "limerick_iwg_en.xlsx": (40, 92, 1, 19),
    "andalucia_es.xlsx": (30, 63, 1, 9),
    "varese_it.xlsx": (25, 36, 2, 18),
    "before_after/round1.xlsx": (20, 25, 0, 0),
    "before_after/round2.xlsx": (23, 33, 0, 0),
}


def _load(name: str):
    return load(EXAMPLES / name)


@pytest.mark.parametrize(("name", "counts"), DESIGNED.items())
def test_each_example_imports_cleanly_with_the_designed_counts(name, counts):
    loaded = _load(name)
    assert [str(p) for p in loaded.report.errors + loaded.report.warnings] == []
    # the only notes say that a contact column headed otherwise than the template is personal
    assert {p.code for p in loaded.report.notes} <= {"personal-column"}
    stakeholders, ties, iwgs, memberships = counts
    assert loaded.report.counts == {"stakeholders": stakeholders, "ties": ties, "iwgs": iwgs,
                                    "memberships": memberships}
    assert all(a.balanced and a.rejected == a.merged == 0 or a.sheet.endswith("partners")
               for a in loaded.report.accounting)


def test_the_build_script_writes_the_committed_files_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("build_examples", EXAMPLES / "build_examples.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    written = build.main(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(DESIGNED)
    for name in DESIGNED:
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
    bundled = EXAMPLES.parent / "stakegraph" / "data" / "examples" / "limerick_iwg_en.xlsx"
    assert bundled.read_bytes() == (EXAMPLES / "limerick_iwg_en.xlsx").read_bytes()


def test_the_english_example_reads_its_header_under_two_title_rows_and_keeps_its_website_column():
    G = _load("limerick_iwg_en.xlsx").graph
    assert G.graph["title"] == ("Shannonmouth City and County: stakeholder mapping "
                                "for the Integration Working Group")
    council = G.nodes["shannonmouth-city-and-county-council"]
    assert council["website"] == "https://shannonmouthcityandcount.example.org"
    assert (council["contact"], council["email"]) == ("A. Murphy", "a.murphy@example.org")
    assert all(G.nodes[n]["email"].endswith("@example.org")
               for n, kind in G.nodes(data="kind") if kind == "stakeholder")


def test_the_english_iwg_has_joint_chairs_and_the_designed_gaps():
    G = _load("limerick_iwg_en.xlsx").graph
    (iwg,) = iwg_nodes(G)
    assert G.nodes[iwg]["name"] == "Shannonmouth City IWG"
    members = iwg_members(G, iwg)
    roles = Counter(d["role"] for _, _, d in G.in_edges(iwg, data=True))
    assert roles == {"co_chair": 2, "secretariat": 1, "member": 16}
    assert {G.nodes[m]["sector"] for m in members} == {"public", "civil_society"}
    assert not any("health" in G.nodes[m]["themes"] for m in members)
    assert {G.nodes[m]["level"] for m in members} == {"local"}
    V = stakeholder_graph(G)
    alone = [G.nodes[m]["name"] for m in members if not set(V[m]) & set(members)]
    assert alone == ["Shannonmouth Polish Association"]


def test_the_english_example_has_three_isolates_and_one_bridge_to_the_employers():
    V = stakeholder_graph(_load("limerick_iwg_en.xlsx").graph)
    assert sorted(nx.isolates(V)) == ["nigerian-community-association-shannonmouth",
                                      "shannonmouth-capoeira-group", "shannonmouth-credit-union"]
    chamber = stakeholder_id("Shannonmouth Chamber of Commerce")
    rest = V.subgraph(n for n in V if n != chamber and V.degree(n) > 0)
    parts = sorted(sorted(V.nodes[n]["name"] for n in c) for c in nx.connected_components(rest))
    assert [len(p) for p in parts] == [6, 30]
    assert parts[0] == ["Atlantic Meats Ltd", "Riverbank Hotel Group", "Services Workers Union Mid-West",
                        "Shannon Local Radio", "Shannonmouth Polish Association", "TechNorth Software"]


def test_the_spanish_matrix_gives_one_undirected_weighted_tie_per_pair():
    G = _load("andalucia_es.xlsx").graph
    ties = [d for _, _, d in G.edges(data=True) if d["kind"] == "tie"]
    assert {(d["type"], d["directed"]) for d in ties} == {("collaboration", False)}
    assert Counter(int(d["weight"]) for d in ties) == {1: 11, 2: 23, 3: 20, 4: 7, 5: 2}
    assert Counter(G.nodes[n]["sector"] for n in G if G.nodes[n]["kind"] == "stakeholder") == {
        "public": 11, "civil_society": 14, "private": 5}
    assert G.nodes["asociacion-senegalesa-de-malaga"]["migrant_led"] is True
    assert G.nodes["ayuntamiento-de-malaga"]["Provincia"] == "Málaga"


def test_the_italian_partner_column_gives_partnerships_and_the_tavolo_column_two_tables():
    G = _load("varese_it.xlsx").graph
    ties = [d for _, _, d in G.edges(data=True) if d["kind"] == "tie"]
    assert {(d["type"], d["directed"]) for d in ties} == {("partnership", False)}
    sizes = {G.nodes[i]["name"]: len(iwg_members(G, i)) for i in iwg_nodes(G)}
    assert sizes == {"Tavolo Immigrazione Varese": 11, "Tavolo Lavoro e Inclusione": 7}
    assert G.nodes["caritas-varese"]["type"] == "faith_based"


def test_the_two_rounds_keep_a_respelt_name_as_one_organisation_and_a_renamed_one_apart():
    before, after = _load("before_after/round1.xlsx").graph, _load("before_after/round2.xlsx").graph
    assert after.nodes["comunita-ucraina-del-varesotto"]["name"] == "COMUNITA UCRAINA DEL VARESOTTO"
    assert "comunita-ucraina-del-varesotto" in before
    assert "caritas-varese" in before and "caritas-varese" not in after
    assert "caritas-ambrosiana-varese" in after
    assert set(after) - set(before) == {"caritas-ambrosiana-varese", "hotel-lago-maggiore-srl",
                                        "associazione-donne-albanesi-insieme", "comune-di-gallarate"}
