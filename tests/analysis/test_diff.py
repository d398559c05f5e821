"""The diff of two rounds of a mapping: who and which ties are new or gone,
possible renames, changed tie types, and how the measures moved.

Graphs are built inline from records; the measures are checked against
python-igraph and hand counts, not against stakegraph's own output."""

from __future__ import annotations

import igraph as ig
import networkx as nx
import pytest

from stakegraph.analysis.diff import diff_graphs, diff_ties, match_stakeholders, what_is_new
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph


def people(*names: str, sector: str = "civil_society") -> list[Stakeholder]:
    return [Stakeholder(n, sector) for n in names]


def test_spelling_variants_in_case_accents_and_spaces_are_the_same_stakeholder():
    before = build_graph(people("Cáritas Varese", "Comune di Varese"))
    after = build_graph(people("CARITAS  varese", "comune di  Varese "))
    d = diff_graphs(before, after)
    assert d["stakeholders"] == {"added": [], "removed": [], "renamed": []}


def test_added_and_removed_stakeholders_are_listed_by_name_sorted():
    before = build_graph(people("Doras", "Arci", "Zeta Onlus"))
    after = build_graph(people("Doras", "Migrant Rights Centre", "Banca Etica"))
    d = diff_graphs(before, after)
    assert d["stakeholders"] == {
        "added": ["Banca Etica", "Migrant Rights Centre"],
        "removed": ["Arci", "Zeta Onlus"],
        "renamed": [],
    }


def test_a_name_whose_words_are_all_in_a_new_name_is_a_possible_rename():
    before = build_graph(people("Caritas Varese", "Doras"))
    after = build_graph(people("Caritas Ambrosiana Varese", "Doras"))
    assert match_stakeholders(before, after) == ([], [], {"caritas-varese": "caritas-ambrosiana-varese"})


def test_a_close_spelling_is_a_possible_rename_and_the_best_candidate_wins():
    before = build_graph(people("Associazione Arci Varese"))
    after = build_graph(people("Associazione ARCI di Varese", "Associazione Arca Verona"))
    added, removed, renamed = match_stakeholders(before, after)
    assert renamed == {"associazione-arci-varese": "associazione-arci-di-varese"}
    assert (added, removed) == (["associazione-arca-verona"], [])


def test_one_word_in_common_is_not_a_rename():
    before = build_graph(people("Caritas"))
    after = build_graph(people("Caritas Ambrosiana Varese"))
    assert match_stakeholders(before, after) == (["caritas-ambrosiana-varese"], ["caritas"], {})


def test_each_new_name_is_paired_with_one_old_name_at_most():
    before = build_graph(people("Red Cross Varese", "Red Cross Milano"))
    after = build_graph(people("Red Cross Varese Milano"))
    added, removed, renamed = match_stakeholders(before, after)
    assert len(renamed) == 1 and added == [] and len(removed) == 1


def test_renames_can_be_switched_off():
    before = build_graph(people("Caritas Varese"))
    after = build_graph(people("Caritas Ambrosiana Varese"))
    d = diff_graphs(before, after, rename_cutoff=None)
    assert d["stakeholders"] == {"added": ["Caritas Ambrosiana Varese"],
                                 "removed": ["Caritas Varese"], "renamed": []}


def test_an_undirected_tie_read_the_other_way_round_is_the_same_tie():
    group = people("A", "B")
    before = build_graph(group, [Tie("a", "b", "collaboration")])
    after = build_graph(group, [Tie("b", "a", "collaboration")])
    assert diff_ties(before, after) == {"added": [], "removed": [], "changed": []}


def test_a_tie_whose_type_changed_is_changed_not_added_and_removed():
    group = people("A", "B", "C")
    before = build_graph(group, [Tie("a", "b", "collaboration"), Tie("b", "c", "information")])
    after = build_graph(group, [Tie("a", "b", "partnership"), Tie("b", "c", "information"),
                                Tie("a", "c", "referral", directed=True)])
    d = diff_graphs(before, after)
    assert d["ties"] == {
        "added": [["A", "C", "referral"]],
        "removed": [],
        "changed": [["A", "B", "collaboration", "partnership"]],
    }


def test_a_pair_that_gained_a_second_type_has_one_tie_added():
    group = people("A", "B")
    before = build_graph(group, [Tie("a", "b", "collaboration")])
    after = build_graph(group, [Tie("a", "b", "collaboration"), Tie("a", "b", "funding", directed=True)])
    assert diff_ties(before, after) == {"added": [("a", "b", "funding")], "removed": [], "changed": []}


def test_ties_of_a_renamed_stakeholder_are_compared_as_one_organisation():
    before = build_graph(people("Caritas Varese", "Doras", "Arci"),
                         [Tie("caritas-varese", "doras"), Tie("caritas-varese", "arci")])
    after = build_graph(people("Caritas Ambrosiana Varese", "Doras", "Arci"),
                        [Tie("doras", "caritas-ambrosiana-varese")])
    d = diff_graphs(before, after)
    assert d["ties"] == {"added": [], "removed": [["Caritas Ambrosiana Varese", "Arci", "collaboration"]],
                         "changed": []}


def test_ties_of_removed_stakeholders_are_removed():
    before = build_graph(people("A", "B", "Gone"), [Tie("a", "gone"), Tie("a", "b")])
    after = build_graph(people("A", "B"), [Tie("a", "b")])
    assert diff_graphs(before, after)["ties"]["removed"] == [["A", "Gone", "collaboration"]]


def test_cross_sector_ties_count_tied_pairs_of_known_different_sectors():
    stakeholders = [Stakeholder("City", "public"), Stakeholder("Doras", "civil_society"),
                    Stakeholder("Dell", "private"), Stakeholder("Arci", "civil_society"),
                    Stakeholder("Unknown", None)]
    before = build_graph(stakeholders, [Tie("city", "doras"), Tie("doras", "arci"), Tie("unknown", "city")])
    after = build_graph(stakeholders, [Tie("city", "doras"), Tie("doras", "city", "funding", directed=True),
                                       Tie("dell", "arci"), Tie("dell", "city")])
    assert diff_graphs(before, after)["cross_sector_ties"] == {"before": 1, "after": 3, "change": 2}


def test_network_measures_match_networkx_and_igraph():
    before_ties = [("a", "b"), ("b", "c"), ("d", "e")]
    after_ties = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "c")]
    group = people("A", "B", "C", "D", "E", "F")
    before = build_graph(group, [Tie(u, v) for u, v in before_ties])
    after = build_graph(group, [Tie(u, v) for u, v in after_ties])
    metrics = diff_graphs(before, after)["metrics"]

    def igraph_of(edges: list[tuple[str, str]]) -> ig.Graph:
        g = ig.Graph()
        g.add_vertices(list("abcdef"))
        g.add_edges(edges)
        return g

    g0, g1 = igraph_of(before_ties), igraph_of(after_ties)
    assert metrics["density"]["before"] == pytest.approx(g0.density(), abs=1e-6)
    assert metrics["density"]["after"] == pytest.approx(g1.density(), abs=1e-6)
    assert metrics["components"] == {"before": len(g0.connected_components()),
                                     "after": len(g1.connected_components()), "change": -1}
    assert metrics["isolates"] == {"before": 1, "after": 1, "change": 0}
    # F stays alone throughout: neither lost nor found a tie
    assert metrics["isolated"] == {"lost_all_ties": [], "first_ties": [], "new_without_ties": []}
    n = 6
    scale = 2 / ((n - 1) * (n - 2))
    by_name = {r["name"]: r["betweenness"] for r in metrics["stakeholders"]}
    for v, name in zip("abcdef", "ABCDEF"):
        assert by_name[name]["before"] == pytest.approx(g0.betweenness(v) * scale, abs=1e-6)
        assert by_name[name]["after"] == pytest.approx(g1.betweenness(v) * scale, abs=1e-6)


def test_who_lost_every_tie_who_found_a_first_and_who_came_with_none():
    before = build_graph(people("A", "B", "C", "D"), [Tie("a", "b"), Tie("c", "d")])
    after = build_graph(people("A", "B", "C", "D", "E"), [Tie("a", "b"), Tie("b", "c")])
    # D lost its only tie, C kept one (to B now), E is new and alone
    assert diff_graphs(before, after)["metrics"]["isolated"] == {
        "lost_all_ties": ["D"], "first_ties": [], "new_without_ties": ["E"]}
    assert diff_graphs(after, before)["metrics"]["isolated"] == {
        "lost_all_ties": [], "first_ties": ["D"], "new_without_ties": []}


def test_e_i_index_and_brokerage_by_hand():
    # before: City - Doras - Arci, a path; Doras brokers City->Arci and Arci->City
    # (public -> civil -> civil: gatekeeper one way, representative the other)
    stakeholders = [Stakeholder("City", "public"), Stakeholder("Doras", "civil_society"),
                    Stakeholder("Arci", "civil_society"), Stakeholder("Dell", "private")]
    before = build_graph(stakeholders, [Tie("city", "doras"), Tie("doras", "arci")])
    # after: Dell joins Doras; Doras now also brokers Dell<->City (liaison, 2)
    # and Dell<->Arci (gatekeeper and representative)
    after = build_graph(stakeholders, [Tie("city", "doras"), Tie("doras", "arci"), Tie("dell", "doras")])
    metrics = diff_graphs(before, after)["metrics"]
    # E-I: before 1 external, 1 internal -> 0; after 2 external, 1 internal -> 1/3
    assert metrics["ei_index"] == {"before": 0.0, "after": round(1 / 3, 6), "change": round(1 / 3, 6)}
    doras = next(r for r in metrics["stakeholders"] if r["name"] == "Doras")
    assert doras["brokerage"] == {"before": 2, "after": 6, "change": 4}
    assert metrics["stakeholders"][0]["name"] == "Doras"  # the largest change comes first


def test_a_stakeholder_in_one_round_only_has_no_change():
    before = build_graph(people("A", "B"), [Tie("a", "b")])
    after = build_graph(people("A", "B", "Newcomer"), [Tie("a", "b")])
    rows = {r["name"]: r for r in diff_graphs(before, after)["metrics"]["stakeholders"]}
    assert rows["Newcomer"]["betweenness"] == {"before": None, "after": 0.0, "change": None}


def test_what_is_new_gives_ids_for_the_map_highlight():
    before = build_graph(people("A", "B"), [Tie("a", "b")])
    after = build_graph(people("A", "B", "C"), [Tie("a", "b", "partnership"), Tie("c", "b")])
    assert what_is_new(before, after) == {"nodes": {"c"}, "edges": {("c", "b")}}


def test_the_diff_never_changes_its_graphs():
    before = build_graph(people("Caritas Varese", "B"), [Tie("caritas-varese", "b")])
    after = build_graph(people("Caritas Ambrosiana Varese", "B"), [Tie("b", "caritas-ambrosiana-varese")])
    copies = before.copy(), after.copy()
    diff_graphs(before, after)
    for original, copy in zip((before, after), copies):
        assert nx.utils.graphs_equal(original, copy)
    assert stakeholder_graph(before).number_of_edges() == 1
