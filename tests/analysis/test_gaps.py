"""Gaps: a group judged against a profile, requirement by requirement.

The groups are built inline, so the member that makes a requirement weak or
missing is visible in the test. Counts of ties and isolated members are
checked against plain networkx on the members' subgraph."""

from __future__ import annotations

import copy

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stakegraph.analysis.gaps import GroupTally, find_gaps
from stakegraph.analysis.scope import Scope, resolve_scope
from stakegraph.errors import StakegraphError
from stakegraph.io.profile import load_profile
from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    stakeholder_graph,
    stakeholder_id,
)
from stakegraph.model.profile import Profile
from stakegraph.render.report.gaps import describe, format_gaps

IWG = load_profile("iwg")

#: name, sector, type, level, themes (migrant_led from the column for Sudanese Community)
PEOPLE = [
    ("Limerick City Council", "public", "local_authority", "local", ["social_cohesion"]),
    ("Limerick ETB", "public", "statutory_agency", "local", ["education_training", "employment"]),
    ("Tusla", "public", "statutory_agency", "local", ["social_cohesion"]),
    ("Doras", "civil_society", "ngo", "local", ["employment", "education_training"]),
    ("Novas", "civil_society", "ngo", "local", ["social_cohesion"]),
    ("Sudanese Community", "civil_society", "community_group", "local", ["social_cohesion"]),
    ("Dell Ireland", "private", "employer", "regional", ["employment", "health"]),
    ("HSE Mid-West", "public", "statutory_agency", "regional", ["health"]),
]
TIES = [("Limerick City Council", "Limerick ETB"), ("Limerick City Council", "Doras"),
        ("Doras", "Novas"), ("Limerick ETB", "Tusla"), ("Doras", "Dell Ireland"),
        ("Dell Ireland", "HSE Mid-West")]
FIRST_SIX = [p[0] for p in PEOPLE[:6]]


def mapping(people=PEOPLE, ties=TIES, members=FIRST_SIX, iwg="Limerick IWG"):
    records = [Stakeholder(n, s, t, lv, list(th), migrant_led=n == "Sudanese Community")
               for n, s, t, lv, th in people]
    return build_graph(records, [Tie(stakeholder_id(a), stakeholder_id(b)) for a, b in ties],
                       [Membership(stakeholder_id(m), iwg) for m in members])


def judged(report):
    return [(f.id, f.status, f.have, f.need) for f in report.findings]


def test_an_iwg_without_private_sector_health_regional_level_and_with_a_lone_member():
    G = mapping()
    report = find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG"))
    assert judged(report) == [
        ("size", "weak", 6, 7),
        ("sector:public", "met", 3, 1),
        ("sector:private", "missing", 0, 1),
        ("sector:civil_society", "met", 3, 1),
        ("type:local_authority", "met", 1, 1),
        ("type:statutory_agency", "met", 2, 2),
        ("type:ngo", "met", 2, 2),
        ("type:migrant_led", "met", 1, 1),
        ("theme:employment", "met", 2, 1),
        ("theme:education_training", "met", 2, 1),
        ("theme:health", "missing", 0, 1),
        ("theme:social_cohesion", "met", 4, 1),
        ("level:local", "met", 6, 1),
        ("level:regional", "missing", 0, 1),
        ("ties:civil_society-private", "missing", 0, 1),
        ("ties:civil_society-public", "met", 1, 1),
        ("ties:private-public", "missing", 0, 1),
        ("isolated_members", "weak", 1, 0),
        ("balance", "met", 0.5, 0.6),
    ]
    evidence = {f.id: f.evidence for f in report.findings}
    assert evidence["type:migrant_led"] == ["Sudanese Community"]  # from the migrant_led column
    assert evidence["theme:employment"] == ["Doras", "Limerick ETB"]
    assert evidence["ties:civil_society-public"] == ["Doras — Limerick City Council"]
    assert evidence["isolated_members"] == ["Sudanese Community"]
    assert evidence["balance"] == ["civil_society: 3 of 6", "public: 3 of 6"]
    assert report.open_ids() == ["size", "sector:private", "theme:health", "level:regional",
                                 "ties:civil_society-private", "ties:private-public",
                                 "isolated_members"]


def test_the_counts_agree_with_plain_networkx_on_the_members_subgraph():
    G = mapping()
    report = find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG"))
    members = [stakeholder_id(m) for m in FIRST_SIX]
    sub = nx.Graph(G.subgraph(members)).to_undirected()
    isolated = sorted(G.nodes[n]["name"] for n in nx.isolates(sub))
    sector = nx.get_node_attributes(G, "sector")
    cs_public = sum(1 for u, v in sub.edges() if {sector[u], sector[v]} == {"civil_society", "public"})
    found = {f.id: f for f in report.findings}
    assert found["isolated_members"].evidence == isolated
    assert found["ties:civil_society-public"].have == cs_public


def test_a_group_that_meets_everything():
    ties = [*TIES, ("Sudanese Community", "Novas")]
    G = mapping(ties=ties, members=[p[0] for p in PEOPLE])
    report = find_gaps(G, IWG, resolve_scope(G, iwg="limerick iwg"))
    assert report.open_ids() == []
    assert report.to_dict()["summary"] == {"missing": 0, "weak": 0, "met": 19}
    assert "The group meets every requirement of the profile." in format_gaps(report)


def test_an_empty_group_misses_everything_but_has_no_lone_member():
    G = mapping()
    report = find_gaps(G, IWG, resolve_scope(G, members=[]))
    statuses = {f.id: f.status for f in report.findings}
    assert statuses.pop("isolated_members") == "met"
    assert set(statuses.values()) == {"missing"}
    assert report.to_dict()["scope"] == {"kind": "members", "iwg": None, "size": 0, "members": []}


def test_a_mapping_with_no_ties_has_every_stakeholder_isolated():
    G = mapping(ties=[])
    report = find_gaps(G, IWG)
    found = {f.id: f for f in report.findings}
    assert (found["isolated_members"].status, found["isolated_members"].have) == ("missing", 8)
    assert [found[i].status for i in ("ties:civil_society-private", "ties:civil_society-public",
                                      "ties:private-public")] == ["missing"] * 3
    assert describe(found["isolated_members"], "mapping") == (
        "No stakeholder of the mapping has a tie to another stakeholder.")
    assert report.to_dict()["scope"] == {"kind": "mapping", "iwg": None, "size": 8, "members": None}


def small(people, ties=()):
    records = [Stakeholder(n, s, t, lv, list(th)) for n, s, t, lv, th in people]
    return build_graph(records, [Tie(stakeholder_id(a), stakeholder_id(b)) for a, b in ties])


@pytest.mark.parametrize(("profile", "people", "ties", "expected", "sentence"), [
    (Profile("p", themes={"health": 1}, theme_min_sectors=2),
     [("HSE", "public", None, None, ["health"]), ("Clinic", "public", None, None, ["health"])], [],
     ("theme:health", "weak", 2, 1),
     "Only the public sector works on health (Clinic, HSE); the profile asks for 2 sectors on every theme."),
    (Profile("p", themes={"health": 2}),
     [("HSE", "public", None, None, ["health"])], [],
     ("theme:health", "weak", 1, 2),
     "Only 1 member works on health (HSE); the profile asks for 2."),
    (Profile("p", types={"statutory_agency": 2}),
     [("HSE", "public", "statutory_agency", None, [])], [],
     ("type:statutory_agency", "weak", 1, 2),
     "The group has only 1 statutory agency (HSE); the profile asks for 2."),
    (Profile("p", min_size=3), [("HSE", "public", None, None, [])], [],
     ("size", "weak", 1, 3), "The group has 1 member; the profile asks for at least 3."),
    (Profile("p", max_sector_share=0.6),
     [("A", "public", None, None, []), ("B", "public", None, None, []), ("C", "public", None, None, []),
      ("D", "public", None, None, []), ("E", "private", None, None, []), ("F", "private", None, None, [])],
     [], ("balance", "weak", 0.667, 0.6),
     "The public sector holds 67% of the members (4 of 6); more than 60% is weak balance."),
    (Profile("p", max_sector_share=0.6),
     [("A", "public", None, None, []), ("B", "public", None, None, []), ("C", "public", None, None, []),
      ("E", "private", None, None, []), ("F", "private", None, None, [])],
     [], ("balance", "met", 0.6, 0.6),
     "No sector holds more than 60% of the members; the largest share is 60% (the public sector, 3 of 5)."),
    (Profile("p", sectors={"public": 1, "private": 1}, sector_pair_ties=2),
     [("A", "public", None, None, []), ("B", "private", None, None, [])], [("A", "B")],
     ("ties:private-public", "weak", 1, 2),
     "Only 1 tie joins private-sector and public-sector members (A — B); the profile asks for 2."),
    (Profile("p", no_isolated_members=True),
     [("A", "public", None, None, []), ("B", "private", None, None, [])], [],
     ("isolated_members", "missing", 2, 0), "No member of the group has a tie to another member."),
    (Profile("p", levels={"regional": 1}), [("A", "public", None, "local", [])], [],
     ("level:regional", "missing", 0, 1), "Nobody in the group works at regional level."),
    (Profile("p", types={"migrant_led": 1}), [("A", "public", None, "local", [])], [],
     ("type:migrant_led", "missing", 0, 1), "The group has no migrant-led organisation."),
    (Profile("p", sectors={"private": 2}), [("Dell", "private", None, None, [])], [],
     ("sector:private", "weak", 1, 2),
     "The group has only 1 private-sector member (Dell); the profile asks for 2."),
    (Profile("p", levels={"regional": 2}), [("HSE", "public", None, "regional", [])], [],
     ("level:regional", "weak", 1, 2),
     "Only 1 member works at regional level (HSE); the profile asks for 2."),
    (Profile("p", max_sector_share=0.6),
     [("A", None, None, None, []), ("B", None, None, None, []), ("C", "public", None, None, [])], [],
     ("balance", "weak", 0.667, 0.6),
     "Members without a sector hold 67% of the members (2 of 3); more than 60% is weak balance."),
])
def test_when_a_requirement_is_weak_or_missing(profile, people, ties, expected, sentence):
    G = small(people, ties)
    report = find_gaps(G, profile, resolve_scope(G, members=[p[0] for p in people]))
    finding = report.findings[-1]
    assert (finding.id, finding.status, finding.have, finding.need) == expected
    assert describe(finding, "group") == sentence


def test_iwg_names_match_without_case_accents_or_spacing():
    G = mapping(iwg="Comité Intégration Varese")
    scope = resolve_scope(G, iwg="  comite   INTEGRATION varese ")
    assert (scope.kind, scope.iwg, len(scope.members)) == ("iwg", "Comité Intégration Varese", 6)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"iwg": "Limerik IWG"},
     "'Limerik IWG' is not an IWG of this workbook (it has: Limerick IWG); did you mean 'Limerick IWG'?"),
    ({"iwg": "Cork"}, "'Cork' is not an IWG of this workbook (it has: Limerick IWG)"),
    ({"members": ["Doras", "Dorass", "Nobody Here"]},
     "not in the Stakeholders sheet: 'Dorass' (did you mean 'Doras'?), 'Nobody Here'"),
    ({"iwg": "Limerick IWG", "members": ["Doras"]},
     "give either an IWG or a list of members, not both"),
])
def test_a_scope_that_names_nothing_in_the_workbook_is_refused(kwargs, message):
    with pytest.raises(StakegraphError) as info:
        resolve_scope(mapping(), **kwargs)
    assert str(info.value) == message


def test_member_names_match_like_ids_and_repeats_count_once():
    scope = resolve_scope(mapping(), members=["DORAS", "doras", "Limerick  City Council"])
    assert scope == Scope("members", ("doras", "limerick-city-council"))


def test_finding_gaps_does_not_change_the_graph():
    G = mapping()
    before = (copy.deepcopy(dict(G.nodes(data=True))), list(G.edges(keys=True, data=True)))
    find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG"))
    assert (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_the_json_shape():
    G = mapping()
    data = find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG")).to_dict()
    assert list(data) == ["schema_version", "scope", "profile", "summary", "requirements"]
    assert (data["schema_version"], data["profile"]) == (1, "iwg")
    assert data["summary"] == {"missing": 5, "weak": 2, "met": 12}
    assert data["requirements"][10] == {
        "id": "theme:health", "kind": "theme", "code": "health", "status": "missing",
        "have": 0, "need": 1, "evidence": [], "sectors": []}


SECTORS = ["public", "private", "civil_society", None]
THEMES = ["employment", "health", "housing"]


@st.composite
def groups(draw):
    """A random mapping, a random group in it, and one outsider."""
    n = draw(st.integers(2, 9))
    people = [Stakeholder(f"Org {i}", draw(st.sampled_from(SECTORS)),
                          draw(st.sampled_from(["ngo", "employer", None])),
                          draw(st.sampled_from(["local", "regional"])),
                          draw(st.lists(st.sampled_from(THEMES), unique=True, max_size=2)))
              for i in range(n)]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=15))
    ties = [Tie(people[a].id, people[b].id) for a, b in pairs if a != b]
    G = build_graph(people, ties)
    members = draw(st.lists(st.sampled_from([p.id for p in people]), unique=True, max_size=n - 1))
    outsider = draw(st.sampled_from([p.id for p in people if p.id not in members]))
    return G, members, outsider


PROFILE = Profile("all", min_size=3, sectors={"public": 1, "private": 1, "civil_society": 1},
                  types={"ngo": 2}, themes={"employment": 1, "health": 1}, levels={"regional": 1},
                  theme_min_sectors=2, max_sector_share=0.6, sector_pair_ties=1,
                  no_isolated_members=True)


@settings(max_examples=150, deadline=None)
@given(groups())
def test_judging_with_one_more_member_equals_judging_the_larger_group(case):
    G, members, outsider = case
    H = stakeholder_graph(G)
    assert GroupTally(H, PROFILE, members).judge_with(outsider) == \
        GroupTally(H, PROFILE, [*members, outsider]).judge()


@settings(max_examples=150, deadline=None)
@given(groups())
def test_ties_and_lone_members_agree_with_networkx(case):
    G, members, _ = case
    H = stakeholder_graph(G)
    found = {f.id: f for f in find_gaps(G, PROFILE, Scope("members", tuple(members))).findings}
    sub = H.subgraph(members)
    assert found["isolated_members"].have == nx.number_of_isolates(sub)
    sector = nx.get_node_attributes(H, "sector")
    for a, b in PROFILE.sector_pairs():
        expected = sum(1 for u, v in sub.edges() if {sector[u], sector[v]} == {a, b})
        assert found[f"ties:{a}-{b}"].have == expected


def test_a_met_requirement_is_said_in_plain_words_too():
    """The Excel report's 'in plain words' column has a sentence for every requirement."""
    G = mapping()
    report = find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG"))
    assert [describe(f) for f in report.findings if not f.open] == [
        "The group has 3 public-sector members (Limerick City Council, Limerick ETB, Tusla).",
        "The group has 3 civil-society members (Doras, Novas, Sudanese Community).",
        "The group has 1 local authority (Limerick City Council).",
        "The group has 2 statutory agencies (Limerick ETB, Tusla).",
        "The group has 2 NGOs (Doras, Novas).",
        "The group has 1 migrant-led organisation (Sudanese Community).",
        "2 members work on employment (Doras, Limerick ETB), from the civil society and public sectors.",
        "2 members work on education and training (Doras, Limerick ETB), from the civil society and "
        "public sectors.",
        "4 members work on social cohesion (Limerick City Council, Novas, Sudanese Community, Tusla), "
        "from the civil society and public sectors.",
        "6 members work at local level (Doras, Limerick City Council, Limerick ETB, Novas, "
        "Sudanese Community and 1 more).",
        "1 tie joins civil-society and public-sector members (Doras — Limerick City Council).",
        "No sector holds more than 60% of the members; the largest share is 50% "
        "(civil society, 3 of 6).",
    ]
    ties = [*TIES, ("Sudanese Community", "Novas")]
    G = mapping(ties=ties, members=[p[0] for p in PEOPLE])
    found = {f.id: f for f in find_gaps(G, IWG, resolve_scope(G, iwg="Limerick IWG")).findings}
    assert describe(found["size"]) == "The group has 8 members; the profile asks for at least 7."
    assert describe(found["isolated_members"]) == "Every member has a tie to another member."
    assert describe(found["theme:health"]) == (
        "2 members work on health (Dell Ireland, HSE Mid-West), from the private and public sectors.")
