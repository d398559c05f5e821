"""The merge model (``stakegraph.model.rounds``): returns and a mapping become
a round, with no file in sight; the session server reuses it as it is."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from stakegraph.model import Membership, Stakeholder, Tie, build_graph
from stakegraph.model.returns import Correction, Proposal, Return, TieAnswer
from stakegraph.model.rounds import merge_returns, round_graph

PEOPLE = [Stakeholder("A", "public"), Stakeholder("B", "public"), Stakeholder("C", "private"),
          Stakeholder("D", "civil_society")]


def mapping(*ties: Tie) -> nx.MultiDiGraph:
    return build_graph(PEOPLE, ties, [Membership("a", "IWG")])


def said(reporter: str, **answers: str) -> Return:
    """``said("a", b="yes", c="no")``: a's return answering about b and c."""
    return Return(reporter, f"{reporter}.xlsx", answers=tuple(
        TieAnswer(reporter, other, answer) for other, answer in answers.items()))


def statuses(merged):
    return {(t.source, t.target): (t.status, t.reported_by, t.denied_by) for t in merged.ties}


def test_both_sides_confirm_one_side_reports_the_other_may_deny():
    merged = merge_returns(mapping(), [said("a", b="yes", c="yes", d="yes"), said("b", a="yes"),
                                       said("c", a="no")])
    assert statuses(merged) == {
        ("a", "b"): ("confirmed", ("a", "b"), ()),
        ("a", "c"): ("one-sided", ("a",), ("c",)),
        ("a", "d"): ("one-sided", ("a",), ()),
    }


def test_a_mapping_tie_stays_unless_denied_and_named_by_nobody():
    G = mapping(Tie("a", "b", "funding", 2, directed=True), Tie("c", "d"))
    merged = merge_returns(G, [said("a", b="no")])
    assert statuses(merged) == {("c", "d"): ("mapping", (), ())}
    assert [(t.source, t.target, t.denied_by) for t in merged.removed] == [("a", "b", ("a",))]
    kept = merge_returns(G, [said("a", b="yes")])
    assert [(t.source, t.target, t.type, t.weight, t.directed) for t in kept.ties][0] == (
        "a", "b", "funding", 2.0, True)


def test_we_dont_know_them_is_no_tie_and_no_denial():
    G = mapping(Tie("a", "b"))
    merged = merge_returns(G, [said("a", b="unknown")])
    assert statuses(merged) == {("a", "b"): ("mapping", (), ())}


def test_the_same_return_twice_counts_once_and_a_different_one_replaces_it():
    first = said("a", b="yes")
    again = Return("a", "copy.xlsx", answers=first.answers)
    assert merge_returns(mapping(), [first, again]).ties == merge_returns(mapping(), [first]).ties
    later = said("a", b="no")
    merged = merge_returns(mapping(), [first, later])
    assert merged.ties == [] and [p.code for _, p in merged.problems] == ["return-replaced"]


def test_a_proposal_with_a_stakeholders_name_is_that_stakeholder():
    merged = merge_returns(mapping(), [Return("a", "a.xlsx", proposals=(
        Proposal("a", " d ", None, "referral", 2),
        Proposal("a", "Caritas", "civil_society"),
    )), Return("b", "b.xlsx", proposals=(Proposal("b", "CARITAS", None),))],
        suggest=lambda name: "D" if name == "Caritas" else None)
    assert [(t.source, t.target, t.type, t.status) for t in merged.ties] == [
        ("a", "caritas", "collaboration", "one-sided"), ("a", "d", "referral", "one-sided"),
        ("b", "caritas", "collaboration", "one-sided")]
    assert [(c.name, c.sector, c.proposed_by, c.did_you_mean) for c in merged.newcomers] == [
        ("Caritas", "civil_society", ("a", "b"), "D")]


def test_corrections_are_to_ones_own_row_and_only_what_changed():
    ret = Return("c", "c.xlsx", corrections=(Correction("c", "level", "regional"),
                                             Correction("c", "sector", "private"),
                                             Correction("d", "level", "national")))
    merged = merge_returns(mapping(), [ret])
    assert [(c.stakeholder, c.field, c.value, before) for c, before in merged.corrections] == [
        ("c", "level", "regional", None)]
    H = round_graph(mapping(), merged)
    assert H.nodes["c"]["level"] == "regional" and H.nodes["d"]["level"] is None
    assert [(u, v, d["kind"]) for u, v, d in H.edges(data=True)] == [("a", "iwg:iwg", "member")]


def test_response_rates_by_sector():
    merged = merge_returns(mapping(), [said("a"), said("c")])
    assert merged.response.by_sector == {"public": (1, 2), "private": (1, 1), "civil_society": (0, 1)}
    assert (merged.response.rate, merged.response.missing) == (0.5, ("b", "d"))


def test_the_mapping_is_not_changed():
    G = mapping(Tie("a", "b"))
    before = nx.node_link_data(G, edges="edges")
    round_graph(G, merge_returns(G, [said("a", b="no", c="yes")]))
    assert nx.node_link_data(G, edges="edges") == before


answers = st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from("abcd"),
                             st.sampled_from(["yes", "no", "unknown"]),
                             st.sampled_from([None, "funding", "information"]),
                             st.sampled_from([None, 1.0, 3.0, 5.0])), max_size=12)


@settings(max_examples=60, deadline=None)
@given(answers)
def test_merging_returns_again_changes_nothing(rows):
    returns = [Return(r, f"{r}.xlsx", answers=tuple(TieAnswer(r, o, a, t, w) for rr, o, a, t, w in rows
                                                     if rr == r)) for r in "abcd"]
    G = mapping(Tie("a", "b"), Tie("c", "d", "funding"))
    once, twice = merge_returns(G, returns), merge_returns(G, returns + returns)
    assert (once.ties, once.removed, once.conflicts) == (twice.ties, twice.removed, twice.conflicts)


def test_a_newcomers_organisation_type_reaches_the_round():
    from stakegraph.model import Stakeholder, build_graph
    from stakegraph.model.returns import Proposal, Return
    from stakegraph.model.rounds import merge_returns, round_graph

    G = build_graph([Stakeholder("A", "public"), Stakeholder("B", "private")])
    merged = merge_returns(G, [
        Return("a", "session:a", proposals=(Proposal("a", "Night Shelter", "civil_society", "referral",
                                                     org_type="ngo"),)),
        Return("b", "session:b", proposals=(Proposal("b", "night  shelter", None),))])
    assert [(c.name, c.sector, c.org_type, c.proposed_by) for c in merged.newcomers] == [
        ("Night Shelter", "civil_society", "ngo", ("a", "b"))]
    H = round_graph(G, merged)
    assert (H.nodes["night-shelter"]["type"], H.nodes["night-shelter"]["proposed_by"]) == ("ngo", "A; B")
