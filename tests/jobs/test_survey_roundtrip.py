"""The round trip of issue 13: a mapping of 40 stakeholders gets surveys in
three languages; 30 of them are filled in as a person would (only the white
cells, in the survey's language); ``collect`` then gives exactly the ties,
confirmations, conflicts, newcomers and response rates planned here.

LibreOffice is not installed where these tests run, so every return is
saved by openpyxl (as Excel would save it); none goes through LibreOffice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_workbook
from fill_survey import fill

from stakegraph.io import load
from stakegraph.jobs.collect import collect
from stakegraph.jobs.survey import survey

SECTORS = ("public", "private", "civil_society")
LANGS = ("en", "it", "es")
#: 40 organisations; the 35th is Doras, the 36th Comune di Varese
NAMES = [f"Organisation {i:02d}" for i in range(40)]
NAMES[35], NAMES[36] = "Doras", "Comune di Varese"


def org(i: int) -> str:
    return NAMES[i]


#: the mapping's ties before the survey: (a, b, type, weight)
MAPPING = [(30, 31, "information", 1), (0, 32, "funding", 2), (1, 2, "partnership", 3)]

#: what each respondent answers: respondent -> {other: (answer, type, strength)}
ANSWERS: dict[int, dict[int, tuple]] = {
    1: {2: ("no", None, None)}, 2: {1: ("no", None, None)},           # a mapping tie both deny
    **{a: {b: ("yes", "collaboration", 3)} for a, b in [(3, 4), (5, 6), (7, 8), (9, 10), (11, 12)]},
    **{b: {a: ("yes", "collaboration", 3)} for a, b in [(3, 4), (5, 6), (7, 8), (9, 10), (11, 12)]},
    13: {14: ("yes", "partnership", 2)}, 14: {13: ("yes", "information", 2)},   # type conflict
    15: {16: ("yes", "referral", 1)}, 16: {15: ("yes", "referral", 5)},         # strength conflict
    17: {33: ("yes", "information", 4)},                                         # the other did not answer
    18: {19: ("yes", "collaboration", 2)},                                       # 19 leaves the row empty
    20: {21: ("yes", "partnership", 4)}, 21: {20: ("no", None, None)},           # 21 denies it
    22: {23: ("unknown", None, None)},                                           # we don't know them
}
#: missing organisations each respondent adds: (name, sector, type, strength)
NEW = {24: [("Caritas Nuova", "civil_society", "collaboration", 3)],
       25: [("CARITAS  nuova", "civil_society", "information", 3)],
       26: [("Comune di Varesse", "public", "funding", 2)],
       27: [("Doras", None, "referral", 2)]}
FIX = {28: {"level": "Regional"}}
RESPONDENTS = range(30)


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("roundtrip")
    rows = [["name", "sector", "level", "language"]]
    rows += [[org(i), SECTORS[i % 3], "local", LANGS[i % 3]] for i in range(40)]
    ties = [["source", "target", "type", "weight", "directed"]]
    ties += [[org(a), org(b), t, w, "no"] for a, b, t, w in MAPPING]
    book = write_workbook(root / "mapping.xlsx", {"Stakeholders": rows, "Relationships": ties})
    made = survey(book, root / "surveys")
    returns = []
    for i in RESPONDENTS:
        # respondent 0 leaves its pre-filled funding tie with 32 as it was
        answers = {org(b): a for b, a in ANSWERS.get(i, {}).items()}
        returns.append(fill(root / "surveys" / f"{org(i)}.xlsx", root / f"return-{i:02d}.xlsx",
                            ties=answers, new=NEW.get(i), fix=FIX.get(i)))
    result = collect(book, returns, root / "round.xlsx")
    return made, result, root


def named(pairs):
    return sorted(tuple(sorted((org(a), org(b)))) for a, b in pairs)


def by_status(report, status):
    return sorted(tuple(sorted((t["source"], t["target"]))) for t in report["ties"]["list"]
                  if t["status"] == status)


def test_surveys_are_written_in_each_stakeholders_language(collected):
    made, _, _ = collected
    assert [s["lang"] for s in made.surveys] == [LANGS[i % 3] for i in range(40)]


def test_every_return_is_accepted_and_nothing_is_refused(collected):
    _, result, _ = collected
    assert result.ok
    assert len(result.report["returns"]["accepted"]) == 30
    assert result.report["returns"]["refused"] == []
    assert result.report["returns"]["problems"] == []


def test_response_rates_overall_and_by_sector(collected):
    report = collected[1].report["response"]
    assert (report["answered"], report["total"], report["percent"]) == (30, 40, 75.0)
    assert report["by_sector"] == {
        "civil_society": {"answered": 10, "total": 13, "percent": 76.9},
        "private": {"answered": 10, "total": 13, "percent": 76.9},
        "public": {"answered": 10, "total": 14, "percent": 71.4},
    }
    assert report["not_answered"] == [org(i) for i in range(30, 40)]


def test_confirmed_ties_are_those_both_sides_named(collected):
    report = collected[1].report
    assert by_status(report, "confirmed") == named([(3, 4), (5, 6), (7, 8), (9, 10), (11, 12),
                                                    (13, 14), (15, 16)])
    assert report["ties"]["confirmed"] == 7


def test_one_sided_ties_name_who_reported_and_who_denied(collected):
    report = collected[1].report
    one_sided = {tuple(sorted((t["source"], t["target"]))): (t["reported_by"], t["denied_by"])
                 for t in report["ties"]["list"] if t["status"] == "one-sided"}
    assert one_sided == {
        tuple(sorted((org(0), org(32)))): ([org(0)], []),    # pre-filled, left as it was
        tuple(sorted((org(17), org(33)))): ([org(17)], []),
        tuple(sorted((org(18), org(19)))): ([org(18)], []),
        tuple(sorted((org(20), org(21)))): ([org(20)], [org(21)]),
        tuple(sorted((org(24), "Caritas Nuova"))): ([org(24)], []),
        tuple(sorted((org(25), "Caritas Nuova"))): ([org(25)], []),
        tuple(sorted((org(26), "Comune di Varesse"))): ([org(26)], []),
        tuple(sorted((org(27), "Doras"))): ([org(27)], []),
    }


def test_a_tie_both_sides_deny_is_removed_and_an_unanswered_one_kept(collected):
    report = collected[1].report
    assert [(t["source"], t["target"], t["denied_by"]) for t in report["ties"]["removed_list"]] == [
        (org(1), org(2), [org(1), org(2)])]
    assert report["ties"]["mapping"] == 1  # 30–31: neither answered


def test_conflicts_of_type_and_strength(collected):
    assert collected[1].report["conflicts"] == [
        {"source": org(13), "target": org(14), "field": "type",
         "values": {org(13): "partnership", org(14): "information"}},
        {"source": org(15), "target": org(16), "field": "weight", "values": {org(15): 1.0, org(16): 5.0}},
    ]


def test_newcomers_are_matched_by_name(collected):
    assert collected[1].report["newcomers"] == [
        {"name": "Caritas Nuova", "sector": "civil_society", "proposed_by": [org(24), org(25)],
         "did_you_mean": None},
        {"name": "Comune di Varesse", "sector": "public", "proposed_by": [org(26)],
         "did_you_mean": "Comune di Varese"},
    ]


def test_corrections_to_ones_own_row(collected):
    assert collected[1].report["corrections"] == [
        {"stakeholder": org(28), "field": "level", "before": "local", "after": "regional"}]


def test_the_round_reads_back_with_provenance(collected):
    _, _, root = collected
    loaded = load(root / "round.xlsx")
    G = loaded.graph
    assert loaded.report.errors == []
    assert len([n for n, k in G.nodes(data="kind") if k == "stakeholder"]) == 42
    assert G.nodes["organisation-28"]["level"] == "regional"
    assert G.nodes["caritas-nuova"]["proposed_by"] == f"{org(24)}; {org(25)}"
    ties = {(u, v): (d.get("status"), d["notes"]) for u, v, d in G.edges(data=True) if d.get("kind") == "tie"}
    assert ties[("organisation-20", "organisation-21")] == (
        "one-sided", f"reported_by: {org(20)}; denied_by: {org(21)}")
    assert ties[("organisation-30", "organisation-31")] == ("mapping", None)
    assert ("organisation-01", "organisation-02") not in ties
