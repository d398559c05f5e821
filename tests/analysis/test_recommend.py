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
from hypothesis import given, settings

from stakegraph.analysis.gaps import Finding, GroupTally
from stakegraph.analysis.introductions import reach
from stakegraph.analysis.recommend import recommend
from stakegraph.analysis.scope import Scope, resolve_scope
from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    stakeholder_graph,
    stakeholder_id,
)
from stakegraph.model.profile import Profile
from stakegraph.render.report.excel import write_excel_report
from stakegraph.render.report.gaps import helped, phrase_list, wanted, worsened
from stakegraph.render.report.gaps_excel import gaps_sheet, recommendations_sheet
from stakegraph.render.report.recommend import DIFFERS, format_recommendations, score_sum
from tests.analysis.test_gaps import IWG, PROFILE, groups, mapping


def limerick():
    G = mapping()
    return G, recommend(G, IWG, resolve_scope(G, iwg="Limerick IWG"))


def test_each_candidate_says_what_it_closes_helps_and_worsens():
    _, rec = limerick()
    assert [(c.name, c.closes, c.helps, c.worsens, c.score) for c in rec.candidates] == [
        ("Dell Ireland", ["size", "sector:private", "level:regional", "ties:civil_society-private"],
         ["theme:health"], [], 24.0),
        # HSE has no tie to a member, so it would be a second lone member
        ("HSE Mid-West", ["size", "level:regional"], ["theme:health"], ["isolated_members"], 1.0),
    ]


def test_a_score_is_the_sum_of_its_weighted_terms():
    """iwg weights: sector 20, ties 2, level, theme and size 1; a weak requirement counts 0.5."""
    _, rec = limerick()
    dell, hse = rec.candidates
    assert [(t.requirement, t.was, t.now, t.weight, t.points) for t in dell.terms] == [
        ("size", "weak", "met", 1.0, 0.5),                             # weak closed: 1 × 0.5
        ("sector:private", "missing", "met", 20.0, 20.0),              # missing closed: the weight
        ("theme:health", "missing", "weak", 1.0, 0.5),                 # missing narrowed to weak: 1 × (1 − 0.5)
        ("level:regional", "missing", "met", 1.0, 1.0),
        ("ties:civil_society-private", "missing", "met", 2.0, 2.0)]
    # one lone member becomes two: the weak requirement's cost (2 × 0.5) grows by its whole shortfall
    assert [(t.requirement, t.effect, t.points) for t in hse.terms][-1] == ("isolated_members", "worsens", -1.0)
    for c in rec.candidates:
        assert c.score == round(sum(t.points for t in c.terms), 2)
    assert score_sum(dell.terms) == ("score 24 = group size weak 0.5 + private sector missing 20 + health theme "
                                     "narrowed 0.5 + regional level missing 1 + civil society–private ties "
                                     "missing 2")
    assert score_sum(hse.terms).endswith("regional level missing 1 − lone members set back 1")


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
    assert text.splitlines()[:9] == [
        "Recommendations for the IWG 'Limerick IWG' (6 members), profile 'iwg'.",
        "The group still needs a 7th member, the private sector, work on health, regional level, "
        "a tie between civil society and the private sector, a tie between the private and public "
        "sectors, and a tie for a member who has none.",
        "",
        "Scores add up what a candidate closes or narrows; closing a missing requirement is worth, by "
        "kind: sector 20, ties between two sectors 2, a tie for a lone member 2, group size 1, theme 1, "
        "level 1; a weak one counts 0.5 of that.",
        "Call first: Dell Ireland — brings a 7th member, the private sector, regional level, and a "
        "tie between civil society and the private sector; adds work on health from a first sector; "
        "already works with Doras; Doras can introduce them (Doras → Dell Ireland); score 24 = group "
        "size weak 0.5 + private sector missing 20 + health theme narrowed 0.5 + regional level missing 1 "
        "+ civil society–private ties missing 2.",
        "Then:",
        "  2. HSE Mid-West — brings a 7th member and regional level; adds work on health from a "
        "first sector; but adds to the members without a tie; no tie to a member yet; Doras can "
        "introduce them (Doras → Dell Ireland → HSE Mid-West); score 1 = group size weak 0.5 + health "
        "theme narrowed 0.5 + regional level missing 1 − lone members set back 1.",
        "",
        "No single invitation brings a tie between the private and public sectors or a tie for a "
        "member who has none: the members need new ties, or more than one newcomer.",
    ]
    assert not any(rid in text for rid in rec.gaps.open_ids() if rid != "size")  # no code for a reader


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
        "The group still needs the private sector.\n"
        "\n"
        "No one in the mapping would close or narrow an open requirement.\n"
        "\n"
        "Nobody in the mapping can bring the private sector: recruit from outside it.\n")


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


def test_the_best_set_takes_the_highest_score_then_once_nothing_is_open_the_widest_new_cover():
    picks, rec = selected(cover_mapping(), 2)
    # Acme closes the private sector and health (score 2); then every requirement is met, and
    # of the rest only Clinic brings a combination the group lacks (public × health)
    assert picks == [("Acme", ["sector:private", "theme:health", "private/employment", "private/health"],
                      "score"),
                     ("Clinic", ["public/health"], "cover")]
    assert rec.selection[0].id == rec.candidates[0].id  # "Call first" is the first of the best set
    assert rec.open_after_selection == []


def test_equal_scores_are_broken_by_reach_then_name():
    G = build_graph([Stakeholder("Council", "public", themes=["employment"]),
                     Stakeholder("Builder", "private", themes=["housing"]),
                     Stakeholder("Clinic", "public", themes=["health"]),
                     Stakeholder("Zeta", "public", themes=["employment"])],
                    [], [Membership("council", "IWG")])
    picks, rec = selected(G, 2)
    # Builder closes the private sector, Clinic health: 1 each, reach 0 each, so by name
    assert picks == [("Builder", ["sector:private"], "score"),
                     ("Clinic", ["theme:health", "public/health"], "score")]
    assert [c.name for c in rec.candidates] == ["Builder", "Clinic"]
    assert rec.open_after_selection == []


def test_once_nothing_new_is_left_the_rest_are_taken_by_reach_then_name():
    picks, _ = selected(cover_mapping(), 4)
    assert [p[0] for p in picks] == ["Acme", "Clinic", "Bakery", "Zeta"]
    assert [p[2] for p in picks] == ["score", "cover", "reach", "reach"]


def test_reach_outweighs_name_between_equal_scores():
    hub = [Stakeholder(f"Partner {i}", "civil_society") for i in range(3)]
    ties = [("zeta", f"partner-{i}") for i in range(3)]
    G = cover_mapping(extra=[*hub, Stakeholder("Abc Health", "public", themes=["health"])], ties=ties)
    profile = Profile("p", sectors={"public": 1}, themes={"health": 1, "employment": 1})
    zeta_health = copy.deepcopy(G)
    zeta_health.nodes["zeta"]["themes"] = ["health"]
    picks, rec = selected(zeta_health, 1, profile)
    assert picks == [("Zeta", ["theme:health", "public/health"], "score")]  # reach 3 beats 'Abc Health', 0
    assert [(c.name, c.score, c.reach) for c in rec.candidates][:3] == [
        ("Zeta", 1.0, 3), ("Abc Health", 1.0, 0), ("Acme", 1.0, 0)]


@pytest.mark.parametrize("order", [1, 2, 3])
def test_the_selection_is_the_same_whatever_order_the_workbook_lists_names(order):
    twins = [Stakeholder("Beta Foods", "private", themes=["employment", "health"]),
             Stakeholder("Alpha Foods", "private", themes=["employment", "health"])]
    picks, _ = selected(cover_mapping(extra=twins, order=order), 3)
    assert [p[0] for p in picks] == ["Acme", "Clinic", "Alpha Foods"]


def test_the_second_pick_is_scored_after_the_first_and_the_text_says_so_when_the_orders_differ():
    # Acme and Bakery both bring the private sector; once Acme is in, Bakery brings nothing
    # and Clinic (health from a second sector) comes second
    profile = Profile("p", sectors={"public": 1, "private": 1}, themes={"health": 1},
                      theme_min_sectors=2, weights={"sector": 4})
    G = build_graph([Stakeholder("Council", "public"), Stakeholder("Acme", "private", themes=["health"]),
                     Stakeholder("Bakery", "private"), Stakeholder("Clinic", "public", themes=["health"])],
                    [], [Membership("council", "IWG")])
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"), size=2)
    assert [c.name for c in rec.candidates] == ["Acme", "Bakery", "Clinic"]
    assert [(i.name, i.score) for i in rec.selection] == [("Acme", 4.5), ("Clinic", 0.5)]
    text = format_recommendations(rec)
    assert DIFFERS in text.splitlines()
    same = recommend(G, profile, resolve_scope(G, iwg="IWG"), size=1)
    assert DIFFERS not in format_recommendations(same)


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
    assert list(data) == ["schema_version", "scope", "profile", "weights", "open", "candidates",
                          "unclosable", "selection", "open_after_selection"]
    assert data["weights"] == {"by_kind": {"size": 1.0, "sector": 20.0, "type": 3.0, "theme": 1.0,
                                           "level": 1.0, "ties": 2.0, "isolated_members": 2.0,
                                           "balance": 1.0}, "weak": 0.5}
    dell_terms = [
        {"requirement": "size", "effect": "closes", "was": "weak", "now": "met", "weight": 1.0,
         "points": 0.5},
        {"requirement": "sector:private", "effect": "closes", "was": "missing", "now": "met",
         "weight": 20.0, "points": 20.0},
        {"requirement": "theme:health", "effect": "helps", "was": "missing", "now": "weak",
         "weight": 1.0, "points": 0.5},
        {"requirement": "level:regional", "effect": "closes", "was": "missing", "now": "met",
         "weight": 1.0, "points": 1.0},
        {"requirement": "ties:civil_society-private", "effect": "closes", "was": "missing",
         "now": "met", "weight": 2.0, "points": 2.0}]
    assert data["candidates"][0] == {
        "name": "Dell Ireland", "sector": "private", "type": "employer", "level": "regional",
        "closes": ["size", "sector:private", "level:regional", "ties:civil_society-private"],
        "helps": ["theme:health"], "worsens": [], "score": 24.0, "score_terms": dell_terms, "reach": 4,
        "ties_to_members": ["Doras"], "introducers": [["Doras", "Dell Ireland"]],
        "unknown_type": None, "could_bring": []}
    assert data["selection"] == [{
        "name": "Dell Ireland", "sector": "private", "type": "employer", "level": "regional",
        "covers": ["sector:private", "theme:health", "level:regional", "private/employment/regional",
                   "private/health/regional"], "reach": 4,
        "closes": ["size", "sector:private", "level:regional", "ties:civil_society-private"],
        "score": 24.0, "score_terms": dell_terms, "reason": "score"}]
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
                    ["sector:public", "met", 1, 1, "The group has 1 public-sector member (Council).",
                     "Council"],
                    ["sector:private", "missing", 0, 1, "The group has no private-sector member.", None]]
    cells = [c.value for row in book["Recommendations"].iter_rows() for c in row if c.value is not None]
    assert "'=HYPERLINK(\"x\")" in cells  # the name is shown, never run
    assert "Council → =HYPERLINK(\"x\")" in cells
    assert ("Best set of invitees, each in turn the one whose score is highest with those chosen before "
            "it already in the group, then reach, then name; once nobody closes or narrows anything, "
            "the one bringing the most sectors, themes, levels and combinations of them still lacking; "
            "each counted with those chosen before") in cells
    rows = [[c.value for c in row] for row in book["Recommendations"].iter_rows()]
    # what a candidate and an invitee close is in plain words, as in the text output, with its sum
    assert [1, "'=HYPERLINK(\"x\")", "private", None, None, "the private sector", None, None, 1,
            "score 1 = private sector missing 1", 1, "Council", "Council → =HYPERLINK(\"x\")", None] in rows
    assert [1, "'=HYPERLINK(\"x\")", "private", None, None, "the private sector", None, 1,
            "score 1 = private sector missing 1", "the private sector and private-sector work", 1,
            "score"] in [row[:12] for row in rows]


def test_for_an_empty_group_nobody_is_marked_down_for_being_the_first_member():
    G = mapping()
    rec = recommend(G, IWG, resolve_scope(G, members=[]))
    assert all(c.worsens == [] and c.introducers == [] for c in rec.candidates)
    first = rec.candidates[0]
    assert (first.name, first.closes) == (
        "Limerick City Council", ["sector:public", "type:local_authority", "level:local"])
    assert format_recommendations(rec).splitlines()[4] == (
        "Call first: Limerick City Council — brings the public sector, a local authority and "
        "local level; brings the group closer to the 7 members the profile asks for, adds work on "
        "social cohesion from a first sector and gives the group a first sector; score 25.5 = group "
        "size narrowed 0.5 + public sector missing 20 + local authority missing 3 + social cohesion "
        "theme narrowed 0.5 + local level missing 1 + sector balance narrowed 0.5.")


@settings(max_examples=100, deadline=None)
@given(groups())
def test_each_invitee_closes_what_it_meets_after_the_invitees_before_it(case):
    """An invitee's closes: open with the group and those chosen before it, met once it joins."""
    G, members, _ = case
    H = stakeholder_graph(G)
    rec = recommend(G, PROFILE, Scope("members", tuple(members)), size=3)
    before = list(members)
    for invitee in rec.selection:
        was, now = (GroupTally(H, PROFILE, group).judge() for group in (before, [*before, invitee.id]))
        assert invitee.closes == [rid for rid in was if was[rid][0] != "met" and now[rid][0] == "met"]
        assert [f.id for f in invitee.closed] == invitee.closes
        assert [(f.have, f.need) for f in invitee.closed] == [was[rid][2:] for rid in invitee.closes]
        before.append(invitee.id)
    if rec.selection:
        assert rec.open_after_selection == [f.id for f in rec.after_selection or []] == [
            rid for rid, judged in GroupTally(H, PROFILE, before).judge().items() if judged[0] != "met"]


def finding(rid, status, have, need, **kw):
    kind, _, code = rid.partition(":")
    return Finding(rid, kind, code or None, status, have, need, **kw)


@pytest.mark.parametrize(("found", "brings", "narrows"), [
    (finding("size", "weak", 6, 7), "a 7th member",
     "brings the group closer to the 7 members the profile asks for"),
    (finding("size", "weak", 3, 20), "17 more members",
     "brings the group closer to the 20 members the profile asks for"),
    (finding("sector:private", "missing", 0, 1), "the private sector", None),
    (finding("sector:civil_society", "missing", 0, 1), "civil society", None),
    (finding("sector:private", "weak", 1, 2), "a 2nd private-sector member", None),
    (finding("sector:private", "missing", 0, 3), "3 private-sector members",
     "adds a private-sector member (the profile asks for 3)"),
    (finding("type:ngo", "missing", 0, 1), "an NGO", None),
    (finding("type:statutory_agency", "missing", 0, 2), "2 statutory agencies",
     "adds a statutory agency (the profile asks for 2)"),
    (finding("type:statutory_agency", "weak", 1, 2), "a 2nd statutory agency", None),
    (finding("type:media", "missing", 0, 1), "a media organisation", None),
    (finding("level:regional", "missing", 0, 1), "regional level", None),
    (finding("level:regional", "weak", 1, 3), "2 more members at regional level",
     "adds a member at regional level (the profile asks for 3)"),
    (finding("theme:health", "missing", 0, 1), "work on health",
     "adds work on health from a first sector"),
    (finding("theme:health", "weak", 1, 1, sectors=["public"], shortfall=1.0),
     "work on health from another sector", None),
    (finding("theme:health", "weak", 2, 1, sectors=["public"], shortfall=2.0),
     "work on health from 2 more sectors",
     "adds another sector working on health (the profile asks for 3)"),
    (finding("ties:civil_society-private", "missing", 0, 1),
     "a tie between civil society and the private sector", None),
    (finding("ties:private-public", "weak", 1, 2), "a 2nd tie between the private and public sectors",
     None),
    (finding("isolated_members", "weak", 1, 0), "a tie for a member who has none", None),
    (finding("isolated_members", "weak", 3, 0), "ties for the 3 members who have none",
     "brings a tie for some of the 3 members who have none"),
    (finding("balance", "weak", 0.7, 0.6), "a more even sector balance",
     "makes the sector balance more even"),
])
def test_what_a_newcomer_brings_is_said_in_plain_words(found, brings, narrows):
    assert wanted(found) == brings
    if narrows is not None:
        assert helped(found) == narrows


def test_what_a_newcomer_sets_back_is_said_in_plain_words():
    assert worsened(finding("isolated_members", "weak", 1, 0)) == "adds to the members without a tie"
    assert worsened(finding("balance", "weak", 0.7, 0.6)) == "makes the sector balance less even"
    assert wanted(finding("isolated_members", "weak", 1, 0), "mapping") == (
        "a tie for a stakeholder who has none")


@pytest.mark.parametrize(("phrases", "joined"), [
    (["the private sector"], "the private sector"),
    (["the private sector", "regional level"], "the private sector and regional level"),
    (["the private sector", "regional level", "work on health"],
     "the private sector, regional level and work on health"),
    # a comma before the last 'and' when a phrase holds one, so each is read whole
    (["regional level", "a tie between civil society and the private sector", "a tie for a member who has none"],
     "regional level, a tie between civil society and the private sector, and a tie for a member who has none"),
])
def test_phrases_are_joined_as_a_sentence(phrases, joined):
    assert phrase_list(phrases) == joined
