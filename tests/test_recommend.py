"""Recommendations: the non-members that close a group's gaps, who can
introduce them, what nobody can close, and the greedy choice of N invitees.

Paths and reach are checked against plain networkx (shortest path lengths,
two-step neighbourhoods) on the same inline networks."""

from __future__ import annotations

import copy
import random

import networkx as nx
import openpyxl
import pytest

from stakegraph.analysis.gaps import resolve_scope
from stakegraph.analysis.recommend import reach, recommend
from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    stakeholder_graph,
    stakeholder_id,
)
from stakegraph.model.profile import Profile
from stakegraph.render.excel_report import write_excel_report
from stakegraph.render.gaps_excel import gaps_sheet, recommendations_sheet
from stakegraph.render.gaps_text import format_recommendations
from tests.test_gaps import IWG, mapping


def limerick():
    G = mapping()
    return G, recommend(G, IWG, resolve_scope(G, iwg="Limerick IWG"))


def test_each_candidate_says_what_it_closes_helps_and_worsens():
    _, rec = limerick()
    assert [(c.name, c.closes, c.helps, c.worsens, c.score) for c in rec.candidates] == [
        ("Dell Ireland", ["size", "sector:private", "level:regional", "ties:civil_society-private"],
         ["theme:health"], [], 4.5),
        # HSE has no tie to a member, so it would be a second lone member
        ("HSE Mid-West", ["size", "level:regional"], ["theme:health"], ["isolated_members"], 2.0),
    ]


def test_ties_to_members_and_introducers():
    _, rec = limerick()
    dell, hse = rec.candidates
    assert (dell.ties_to_members, dell.introducers) == (["Doras"], [["Doras", "Dell Ireland"]])
    assert (hse.ties_to_members, hse.introducers) == ([], [["Doras", "Dell Ireland", "HSE Mid-West"]])


def test_introducer_paths_are_shortest_paths_from_the_nearest_member():
    G, rec = limerick()
    H = stakeholder_graph(G)
    members = [stakeholder_id(m) for m in rec.gaps.to_dict()["scope"]["members"]]
    for c in rec.candidates:
        nearest = min(nx.shortest_path_length(H, m, c.id) for m in members if nx.has_path(H, m, c.id))
        for path in c.introducers:
            assert len(path) - 1 == nearest
            ids = [stakeholder_id(name) for name in path]
            assert ids[0] in members and ids[-1] == c.id
            assert all(H.has_edge(a, b) for a, b in zip(ids, ids[1:]))


def test_reach_is_the_two_step_neighbourhood():
    G = mapping()
    H = stakeholder_graph(G)
    for n in H:
        assert reach(H, n) == len(nx.single_source_shortest_path_length(H, n, cutoff=2)) - 1
    assert reach(H, "dell-ireland") == 4  # Doras, HSE, and Doras's partners Council and Novas


def test_what_no_single_candidate_can_close_is_said_not_left_out():
    _, rec = limerick()
    assert rec.unclosable == ["ties:private-public", "isolated_members"]
    text = format_recommendations(rec)
    assert text.splitlines()[:8] == [
        "Recommendations for the IWG 'Limerick IWG' (6 members), profile 'iwg'.",
        "Open requirements: size, sector:private, theme:health, level:regional, "
        "ties:civil_society-private, ties:private-public, isolated_members.",
        "",
        "Call first: Dell Ireland — closes size, sector:private, level:regional and "
        "ties:civil_society-private; helps theme:health; already works with Doras; Doras can "
        "introduce them (Doras → Dell Ireland).",
        "Then:",
        "  2. HSE Mid-West — closes size and level:regional; helps theme:health; but worsens "
        "isolated_members; no tie to a member yet; Doras can introduce them "
        "(Doras → Dell Ireland → HSE Mid-West).",
        "",
        "No single invitation closes ties:private-public and isolated_members: the members need "
        "new ties, or more than one newcomer.",
    ]


def test_a_mapping_where_nobody_can_close_a_gap_says_recruit_from_outside():
    G = build_graph([Stakeholder("Council", "public"), Stakeholder("Doras", "civil_society"),
                     Stakeholder("Garda", "public")], [],
                    [Membership("council", "IWG"), Membership("doras", "IWG")])
    profile = Profile("p", sectors={"public": 1, "private": 1, "civil_society": 1})
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"))
    assert (rec.candidates, rec.unclosable) == ([], ["sector:private"])
    assert rec.to_dict()["unclosable"] == ["sector:private"]
    assert format_recommendations(rec) == (
        "Recommendations for the IWG 'IWG' (2 members), profile 'p'.\n"
        "Open requirements: sector:private.\n"
        "\n"
        "No one in the mapping would close or narrow an open requirement.\n"
        "\n"
        "Nobody in the mapping can close sector:private: recruit from outside it.\n")


def test_for_the_whole_mapping_the_advice_is_to_recruit_from_outside():
    G = mapping()
    rec = recommend(G, IWG)
    assert rec.candidates == []
    assert rec.unclosable == rec.gaps.open_ids() == ["isolated_members"]
    lines = format_recommendations(rec).splitlines()
    assert lines[3].startswith("For the whole mapping every stakeholder already counts as a member")
    assert "  - Sudanese Community has no tie to another stakeholder." in lines


def test_a_group_that_meets_everything_needs_nobody():
    G = build_graph([Stakeholder("Council", "public"), Stakeholder("Dell", "private")], [],
                    [Membership("council", "IWG")])
    rec = recommend(G, Profile("p", sectors={"public": 1}), resolve_scope(G, iwg="IWG"))
    assert (rec.candidates, rec.unclosable) == ([], [])
    assert "meets every requirement of the profile; nobody needs to be invited" in format_recommendations(rec)


#: members cover public × employment; the profile wants {public, private} × {employment, health}
COVER = Profile("cover", sectors={"public": 1, "private": 1}, themes={"employment": 1, "health": 1})


def cover_mapping(extra=(), ties=(), order=None):
    people = [Stakeholder("Council", "public", themes=["employment"]),
              Stakeholder("Acme", "private", themes=["employment", "health"]),
              Stakeholder("Bakery", "private", themes=["employment"]),
              Stakeholder("Clinic", "public", themes=["health"]),
              Stakeholder("Zeta", "public", themes=["employment"]), *extra]
    if order is not None:
        random.Random(order).shuffle(people)
    return build_graph(people, [Tie(a, b) for a, b in ties], [Membership("council", "IWG")])


def selected(G, size, profile=COVER):
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"), size=size)
    return [(i.name, i.covers, i.reason) for i in rec.selection], rec


def test_greedy_cover_takes_the_widest_candidate_then_the_next_new_cell():
    picks, rec = selected(cover_mapping(), 2)
    # Acme brings the private sector and health, and two cells; then Bakery adds nothing,
    # Clinic the public × health cell
    assert picks == [("Acme", ["sector:private", "theme:health", "private/employment", "private/health"],
                      "cover"),
                     ("Clinic", ["public/health"], "cover")]
    assert rec.open_after_selection == []


def test_a_lacking_sector_counts_before_combinations():
    G = build_graph([Stakeholder("Council", "public", themes=["employment"]),
                     Stakeholder("Builder", "private", themes=["housing"]),
                     Stakeholder("Clinic", "public", themes=["health"]),
                     Stakeholder("Zeta", "public", themes=["employment"])],
                    [], [Membership("council", "IWG")])
    picks, rec = selected(G, 2)
    # Builder's theme is not the profile's, so it covers no cell, but it is the only private one
    assert picks == [("Clinic", ["theme:health", "public/health"], "cover"),
                     ("Builder", ["sector:private"], "cover")]
    assert rec.open_after_selection == []


def test_once_every_cell_is_covered_the_rest_are_taken_by_score_then_name():
    picks, _ = selected(cover_mapping(), 4)
    assert [p[0] for p in picks] == ["Acme", "Clinic", "Bakery", "Zeta"]
    assert [p[2] for p in picks] == ["cover", "cover", "score", "score"]


def test_reach_outweighs_name_between_equal_covers():
    hub = [Stakeholder(f"Partner {i}", "civil_society") for i in range(3)]
    ties = [("zeta", f"partner-{i}") for i in range(3)]
    G = cover_mapping(extra=[*hub, Stakeholder("Abc Health", "public", themes=["health"])], ties=ties)
    profile = Profile("p", sectors={"public": 1}, themes={"health": 1, "employment": 1})
    zeta_health = copy.deepcopy(G)
    zeta_health.nodes["zeta"]["themes"] = ["health"]
    picks, _ = selected(zeta_health, 1, profile)
    assert picks == [("Zeta", ["theme:health", "public/health"], "cover")]  # reach 3 beats 'Abc Health', 0


@pytest.mark.parametrize("order", [1, 2, 3])
def test_the_selection_is_the_same_whatever_order_the_workbook_lists_names(order):
    twins = [Stakeholder("Beta Foods", "private", themes=["employment", "health"]),
             Stakeholder("Alpha Foods", "private", themes=["employment", "health"])]
    picks, _ = selected(cover_mapping(extra=twins, order=order), 3)
    assert [p[0] for p in picks] == ["Acme", "Clinic", "Alpha Foods"]


def test_a_size_beyond_the_candidates_takes_them_all():
    picks, _ = selected(cover_mapping(), 10)
    assert len(picks) == 4


def test_recommending_does_not_change_the_graph():
    G = mapping()
    before = (copy.deepcopy(dict(G.nodes(data=True))), list(G.edges(keys=True, data=True)))
    recommend(G, IWG, resolve_scope(G, iwg="Limerick IWG"), size=2)
    assert (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_the_json_shape():
    G = mapping()
    data = recommend(G, IWG, resolve_scope(G, iwg="Limerick IWG"), size=1).to_dict()
    assert list(data) == ["schema_version", "scope", "profile", "open", "candidates", "unclosable",
                          "selection", "open_after_selection"]
    assert data["candidates"][0] == {
        "name": "Dell Ireland", "sector": "private", "type": "employer", "level": "regional",
        "closes": ["size", "sector:private", "level:regional", "ties:civil_society-private"],
        "helps": ["theme:health"], "worsens": [], "score": 4.5, "reach": 4,
        "ties_to_members": ["Doras"], "introducers": [["Doras", "Dell Ireland"]]}
    assert data["selection"] == [{
        "name": "Dell Ireland", "sector": "private", "type": "employer", "level": "regional",
        "covers": ["sector:private", "theme:health", "level:regional", "private/employment/regional",
                   "private/health/regional"], "reach": 4,
        "closes": ["size", "sector:private", "level:regional", "ties:civil_society-private"],
        "reason": "cover"}]
    assert data["open_after_selection"] == ["theme:health", "ties:private-public", "isolated_members"]


def test_the_excel_sheets_hold_the_gaps_and_the_candidates_as_text_not_formulas(tmp_path):
    G = build_graph([Stakeholder("Council", "public"), Stakeholder("=HYPERLINK(\"x\")", "private")],
                    [Tie("council", stakeholder_id("=HYPERLINK(\"x\")"))], [Membership("council", "IWG")])
    profile = Profile("p", sectors={"public": 1, "private": 1})
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"), size=1)
    path = tmp_path / "report.xlsx"
    write_excel_report(path, [gaps_sheet(rec.gaps), recommendations_sheet(rec)])
    book = openpyxl.load_workbook(path)
    gaps = [[c.value for c in row] for row in book["Gaps"].iter_rows(min_row=3)]
    assert gaps == [["requirement", "status", "have", "need", "in plain words", "evidence"],
                    ["sector:public", "met", 1, 1, "sector:public: met by Council.", "Council"],
                    ["sector:private", "missing", 0, 1, "The group has no private-sector member.", None]]
    cells = [c.value for row in book["Recommendations"].iter_rows() for c in row if c.value is not None]
    assert "'=HYPERLINK(\"x\")" in cells  # the name is shown, never run
    assert "Council → =HYPERLINK(\"x\")" in cells
    assert "Best set of invitees (greedy cover of sector × theme × level, weighted by reach)" in cells


def test_for_an_empty_group_nobody_is_marked_down_for_being_the_first_member():
    G = mapping()
    rec = recommend(G, IWG, resolve_scope(G, members=[]))
    assert all(c.worsens == [] and c.introducers == [] for c in rec.candidates)
    first = rec.candidates[0]
    assert (first.name, first.closes) == (
        "Limerick City Council", ["sector:public", "type:local_authority", "level:local"])
    assert format_recommendations(rec).splitlines()[3] == (
        "Call first: Limerick City Council — closes sector:public, type:local_authority and "
        "level:local; helps size, theme:social_cohesion and balance.")
