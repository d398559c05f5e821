"""The rules a coordinator can trust in a recommendation, each checked on the
bundled examples and on generated mappings:

- when the group lacks a sector and the mapping holds a stakeholder of it,
  the first recommendation brings it (with the built-in profiles' weights);
- at equal weights, a candidate that closes a missing requirement (and sets
  nothing back) ranks above one that only strengthens a weak one;
- equal scores are ordered by reach, then name;
- "Call first" is the first of the best set;
- a score is the sum of its terms;
- a candidate whose type stakegraph does not know is said to be one, with
  what it would bring if it were a type the group lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stakegraph.analysis.recommend import recommend
from stakegraph.analysis.scope import Scope, resolve_scope
from stakegraph.codebook import fold_name
from stakegraph.io import load
from stakegraph.io.profile import BUILT_IN_PROFILES, load_profile
from stakegraph.model import Membership, Stakeholder, Tie, build_graph, iwg_nodes
from stakegraph.model.profile import Profile
from stakegraph.render.report.gaps_excel import recommendations_sheet
from stakegraph.render.report.recommend import format_recommendations
from tests.analysis.test_gaps import PROFILE as EQUAL_WEIGHTS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
BOOKS = ["limerick_iwg_en.xlsx", "andalucia_es.xlsx", "varese_it.xlsx"]


@st.composite
def mappings(draw):
    """A random mapping, and a random group in it (possibly empty) that leaves someone out."""
    n = draw(st.integers(2, 10))
    people = [Stakeholder(f"Org {i}", draw(st.sampled_from(["public", "private", "civil_society", None])),
                          draw(st.sampled_from(["local_authority", "statutory_agency", "ngo", "employer",
                                                "migrant_led", None])),
                          draw(st.sampled_from(["local", "regional", "national"])),
                          draw(st.lists(st.sampled_from(["employment", "education_training", "health",
                                                         "social_cohesion", "housing"]),
                                        unique=True, max_size=3)),
                          migrant_led=draw(st.booleans()))
              for i in range(n)]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=20))
    G = build_graph(people, [Tie(people[a].id, people[b].id) for a, b in pairs if a != b])
    members = draw(st.lists(st.sampled_from([p.id for p in people]), unique=True, max_size=n - 1))
    return G, Scope("members", tuple(members))


def _example_groups():
    for book in BOOKS:
        G = load(EXAMPLES / book).graph
        for g in iwg_nodes(G):
            yield book, G, resolve_scope(G, iwg=G.nodes[g]["name"])


def first_brings_a_missing_sector(G, profile, scope):
    rec = recommend(G, profile, scope, size=1)
    missing = {f.code for f in rec.gaps.findings if f.kind == "sector" and f.status == "missing"}
    outside = [n for n, a in G.nodes(data=True) if a.get("kind") == "stakeholder" and n not in scope.members]
    if missing and any(G.nodes[n].get("sector") in missing for n in outside):
        assert rec.candidates[0].sector in missing
        assert rec.selection[0].sector in missing
    return rec


def call_first_is_the_first_of_the_best_set(rec):
    if rec.candidates:
        assert rec.selection[0].id == rec.candidates[0].id
        assert format_recommendations(rec).count(f"Call first: {rec.candidates[0].name} —") == 1
        assert rec.selection[0].score == rec.candidates[0].score


def ties_are_broken_by_reach_then_name(rec):
    keys = [(-c.score, -c.reach, fold_name(c.name), c.name) for c in rec.candidates]
    assert keys == sorted(keys)


def scores_add_up(rec):
    for c in [*rec.candidates, *rec.selection]:
        assert c.score == round(sum(t.points for t in c.terms), 2)


@pytest.mark.parametrize("profile", BUILT_IN_PROFILES)
def test_on_the_examples_the_rules_hold(profile):
    checked = 0
    for _, G, scope in _example_groups():
        rec = first_brings_a_missing_sector(G, load_profile(profile), scope)
        call_first_is_the_first_of_the_best_set(rec)
        ties_are_broken_by_reach_then_name(rec)
        scores_add_up(rec)
        checked += 1
    assert checked == 4  # Shannonmouth's IWG, the Andalusian one and Varese's two


def test_the_example_iwg_without_employers_is_told_to_call_an_employer_first():
    (_, G, scope), *_ = _example_groups()
    rec = recommend(G, load_profile("iwg"), scope, size=5)
    assert (rec.candidates[0].name, rec.candidates[0].sector) == ("Atlantic Meats Ltd", "private")
    assert rec.selection[0].name == "Atlantic Meats Ltd"


@pytest.mark.parametrize("profile", BUILT_IN_PROFILES)
@settings(max_examples=150, deadline=None)
@given(case=mappings())
def test_on_generated_mappings_a_missing_sector_comes_first(profile, case):
    G, scope = case
    rec = first_brings_a_missing_sector(G, load_profile(profile), scope)
    call_first_is_the_first_of_the_best_set(rec)


@settings(max_examples=150, deadline=None)
@given(case=mappings())
def test_on_generated_mappings_closing_a_missing_requirement_beats_strengthening_a_weak_one(case):
    G, scope = case
    rec = recommend(G, EQUAL_WEIGHTS, scope, top=100)
    ranked = rec.candidates
    for i, a in enumerate(ranked):
        if a.worsens or not any(t.effect == "closes" and t.was == "missing" for t in a.terms):
            continue
        for b in ranked[:i]:
            only_weak = len(b.terms) == 1 and b.terms[0].was == "weak"
            assert not only_weak, (a.name, a.terms, b.name, b.terms)
    ties_are_broken_by_reach_then_name(rec)
    scores_add_up(rec)


def test_closing_a_missing_requirement_ranks_above_strengthening_a_weak_one_at_equal_weights():
    # the group has 1 of the 2 NGOs it needs (weak) and no regional member (missing)
    profile = Profile("p", types={"ngo": 2}, levels={"regional": 1})
    G = build_graph([Stakeholder("Doras", "civil_society", "ngo", "local"),
                     Stakeholder("Aaa NGO", "civil_society", "ngo", "local"),
                     Stakeholder("Zed Authority", "public", "regional_authority", "regional")],
                    [], [Membership("doras", "IWG")])
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"))
    assert [(c.name, c.closes, c.score) for c in rec.candidates] == [
        ("Zed Authority", ["level:regional"], 1.0), ("Aaa NGO", ["type:ngo"], 0.5)]


def test_equal_scores_go_to_the_wider_reach_then_the_name():
    profile = Profile("p", sectors={"private": 1})
    people = [Stakeholder("Council", "public"), Stakeholder("Beta Foods", "private"),
              Stakeholder("Alpha Foods", "private"), Stakeholder("Zeta Foods", "private"),
              Stakeholder("Market", "civil_society")]
    G = build_graph(people, [Tie("zeta-foods", "market")], [Membership("council", "IWG")])
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"), size=3)
    assert [(c.name, c.score, c.reach) for c in rec.candidates] == [
        ("Zeta Foods", 1.0, 1), ("Alpha Foods", 1.0, 0), ("Beta Foods", 1.0, 0)]
    assert [i.name for i in rec.selection][0] == "Zeta Foods"


@pytest.mark.parametrize(("written", "could_bring", "said"), [
    # a typo the codebook can place: the type it is closest to
    ("statutory agensy", ["type:statutory_agency"],
     "type 'statutory agensy' is not one stakegraph knows; if it is a statutory agency, it would also "
     "bring a 2nd statutory agency"),
    # a word it cannot place: every type the group lacks
    ("Consorzio", ["type:statutory_agency", "type:migrant_led"],
     "type 'Consorzio' is not one stakegraph knows; if it is a statutory agency, it would also bring "
     "a 2nd statutory agency; if a migrant-led organisation, a migrant-led organisation"),
])
def test_an_unknown_type_is_said_with_what_it_would_bring(written, could_bring, said):
    profile = Profile("p", sectors={"public": 1, "private": 1},
                      types={"statutory_agency": 2, "migrant_led": 1})
    G = build_graph([Stakeholder("HSE", "public", "statutory_agency"),
                     Stakeholder("Agency X", "public", written), Stakeholder("Dell", "private")],
                    [Tie("hse", "agency-x")], [Membership("hse", "IWG")])
    rec = recommend(G, profile, resolve_scope(G, iwg="IWG"))
    agency = next(c for c in rec.candidates if c.name == "Agency X")
    assert (agency.unknown_type, agency.could_bring, agency.score) == (written, could_bring, 0.0)
    assert f"Agency X — {said}; already works with HSE" in format_recommendations(rec)
    assert rec.to_dict()["candidates"][1]["could_bring"] == could_bring
    # the private sector still comes first; the unknown type is listed, not scored
    assert [c.name for c in rec.candidates] == ["Dell", "Agency X"]
    sheet = recommendations_sheet(rec)
    assert said in [row[-1] for block in sheet.blocks for row in block.rows]  # the Excel 'note'


def italian_iwg():
    """The issue's case: five members, none private; a public health agency (a 2nd statutory
    agency, health from a second sector, regional level) and the local business association,
    tied to nobody in the group, are outside."""
    people = [Stakeholder("Comune di Varese", "public", "local_authority", "local", ["social_cohesion"]),
              Stakeholder("Questura", "public", "statutory_agency", "local", ["legal_status"]),
              Stakeholder("Caritas", "civil_society", "ngo", "local", ["health", "employment"]),
              Stakeholder("Arci", "civil_society", "ngo", "local", ["social_cohesion"]),
              Stakeholder("Comunità Senegalese", "civil_society", "migrant_led", "local", ["culture_religion"]),
              Stakeholder("ATS Insubria", "public", "statutory_agency", "regional", ["health"]),
              Stakeholder("Confcommercio Varese", "private", "business_association", "local", ["employment"])]
    ties = [("comune-di-varese", "caritas"), ("caritas", "arci"), ("arci", "comunita-senegalese"),
            ("questura", "comune-di-varese"), ("ats-insubria", "comune-di-varese")]
    members = ["comune-di-varese", "questura", "caritas", "arci", "comunita-senegalese"]
    return build_graph(people, [Tie(a, b) for a, b in ties], [Membership(m, "Tavolo") for m in members])


def test_a_missing_sector_outweighs_a_theme_from_a_second_sector_and_a_level():
    G = italian_iwg()
    rec = recommend(G, load_profile("iwg"), resolve_scope(G, iwg="Tavolo"), size=2)
    assert [(c.name, c.score) for c in rec.candidates] == [
        ("Confcommercio Varese", 19.75), ("ATS Insubria", 3.25)]
    assert [i.name for i in rec.selection] == ["Confcommercio Varese", "ATS Insubria"]
    # the same workbook with every weight 1, as before the weights: the health agency came first
    equal = Profile("equal", **{k: v for k, v in vars(load_profile("iwg")).items()
                                if k not in ("name", "weights", "weak", "source")})
    assert recommend(G, equal, resolve_scope(G, iwg="Tavolo")).candidates[0].name == "ATS Insubria"
