"""``stakegraph evaluate BEFORE AFTER``: the annex a funder reads, its
numbers on workbooks built here, the files it writes, and its exit statuses.
The statistics themselves are checked against R and cpnet in
test_evaluate_statistics.py."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from stakegraph.analysis.evaluate import evaluate_graphs
from stakegraph.cli import main
from stakegraph.io import load

EXAMPLES = Path(__file__).parents[2] / "examples"
HEADER = ["name", "sector", "level", "migrant_led"]
PEOPLE = [HEADER,
          ["City Council", "public", "local", "no"],
          ["Regional Health Service", "public", "regional", "no"],
          ["Caritas", "NGO", "local", "no"],
          ["Voices of Sudan", "NGO", "local", "yes"],
          ["Dell", "private", "national", "no"],
          ["Hotel Shannon", "private", "local", "no"]]
BEFORE = {"Stakeholders": PEOPLE,
          "Relationships": [["source", "target", "type"],
                            ["City Council", "Regional Health Service", "collaboration"],
                            ["City Council", "Caritas", "funding"],
                            ["Caritas", "Voices of Sudan", "collaboration"],
                            ["Dell", "Hotel Shannon", "information"]],
          "IWGs": [["iwg", "stakeholder"], ["City IWG", "City Council"], ["City IWG", "Caritas"]]}
AFTER = {"Stakeholders": PEOPLE,
         "Relationships": [["source", "target", "type"],
                           ["City Council", "Regional Health Service", "collaboration"],
                           ["City Council", "Caritas", "funding"],
                           ["Caritas", "City Council", "funding"],
                           ["Caritas", "Voices of Sudan", "collaboration"],
                           ["Dell", "City Council", "partnership"],
                           ["Voices of Sudan", "Hotel Shannon", "collaboration"]],
         "IWGs": [["iwg", "stakeholder"], ["City IWG", "City Council"], ["City IWG", "Caritas"],
                  ["City IWG", "Voices of Sudan"]]}


@pytest.fixture
def rounds(make_workbook) -> tuple[Path, Path]:
    return make_workbook(BEFORE, name="before.xlsx"), make_workbook(AFTER, name="after.xlsx")


def annex(before: Path, after: Path) -> dict:
    return evaluate_graphs(load(before).graph, load(after).graph, permutations=99, seed=1)


def test_ties_gained_and_lost_across_sectors_and_levels(rounds):
    found = annex(*rounds)
    # before, only council-caritas crosses sectors; after adds Dell-council and
    # Voices-hotel and loses Dell-hotel (inside the private sector, across levels)
    assert found["sectors"]["across"] == {"before": 1, "after": 3, "gained": 2, "lost": 0}
    assert found["sectors"]["within"] == {"before": 3, "after": 2, "gained": 0, "lost": 1}
    assert found["levels"]["across"] == {"before": 2, "after": 2, "gained": 1, "lost": 1}
    assert {tuple(r["values"]): r["gained"] for r in found["sectors"]["by_pair"]} == {
        ("public", "public"): 0, ("public", "private"): 1, ("public", "civil_society"): 0,
        ("private", "private"): 0, ("private", "civil_society"): 1, ("civil_society", "civil_society"): 0}
    # every pair untied before crosses sectors (the three pairs inside a sector
    # were tied): new ties could not but cross, and the test says so
    test = found["sectors"]["test"]
    assert (test["untied_pairs"], test["untied_across"], test["p_value"]) == (11, 11, 1.0)
    # across levels: 11 untied pairs, 7 across; 1 of the 2 new ties crosses:
    # P(X >= 1) = 1 - C(4, 2) / C(11, 2)
    test = found["levels"]["test"]
    assert (test["untied_pairs"], test["untied_across"]) == (11, 7)
    assert test["p_value"] == pytest.approx(1 - 6 / 55)


def test_reciprocity_counts_directed_ties_only(rounds):
    found = annex(*rounds)["reciprocity"]
    assert found["before"] == {"mutual": 0, "one_sided": 1, "dyadic": 0.0, "edgewise": 0.0}
    assert found["after"] == {"mutual": 1, "one_sided": 0, "dyadic": 1.0, "edgewise": 1.0}


def test_migrant_voice_measures_distance_to_the_core_and_the_iwg(rounds):
    found = annex(*rounds)["migrant_voice"]
    (row,) = found["organisations"]
    assert row["name"] == "Voices of Sudan"
    assert row["before"]["distance_to_iwg"] == 1 and row["after"]["distance_to_iwg"] == 0
    assert row["before"]["iwg_member"] is False and row["after"]["iwg_member"] is True
    assert found["before"]["migrant_led"] == found["after"]["migrant_led"] == 1


def test_the_same_round_twice_changes_nothing():
    book = EXAMPLES / "limerick_iwg_en.xlsx"
    found = annex(book, book)
    assert found["stability"]["correlation"] == 1.0
    assert found["sectors"]["across"]["gained"] == found["sectors"]["across"]["lost"] == 0
    assert found["sectors"]["test"]["p_value"] is None
    assert found["core_periphery"]["moved_in"] == found["core_periphery"]["moved_out"] == []
    lens = found["migrant_voice"]["after"]
    assert lens["migrant_led"] == 6 and lens["iwg_members"] == 19
    assert lens["mean_distance_to_iwg"] is not None


def test_the_example_rounds_match_the_diff(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(EXAMPLES / "before_after" / "round1.xlsx"),
                                       str(EXAMPLES / "before_after" / "round2.xlsx"),
                                       "--format", "json", "--permutations", "99"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    diff = json.loads(CliRunner().invoke(main, [
        "diff", str(EXAMPLES / "before_after" / "round1.xlsx"),
        str(EXAMPLES / "before_after" / "round2.xlsx"), "--format", "json"]).stdout)
    assert found["sectors"]["across"]["before"] == diff["cross_sector_ties"]["before"]
    assert found["sectors"]["across"]["after"] == diff["cross_sector_ties"]["after"]
    # the renamed Caritas is compared as one: 20 stakeholders in both rounds
    assert found["stakeholders"] == {"before": 20, "after": 23, "in_both": 20, "renamed": 1}
    assert [r["indicator"] for r in found["readings"]] == [
        "sectors", "levels", "stability", "reciprocity", "homophily", "core_periphery", "migrant_voice"]
    assert found["schema_version"] == 1 and found["permutations"] == 99


def test_text_reads_for_a_funder(runner, rounds):
    result = runner("evaluate", *map(str, rounds), "--permutations", "99")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    text = result.stdout
    assert text.startswith("Evaluation annex: before -> after\n")
    assert ("Ties across sectors went from 1 to 3 (2 gained, 0 lost). The largest gain: "
            "public–private, from 0 to 1.") in " ".join(text.split())
    assert "0 of 1 ran both ways before and 1 of 1 after" in " ".join(text.split())
    assert text.count("Method:") == 7


def test_same_seed_same_annex(runner, rounds):
    first, second = (runner("evaluate", *map(str, rounds), "--format", "json", "--seed", "4", "--permutations", "99")
                     for _ in range(2))
    assert first.stdout == second.stdout


@pytest.mark.parametrize("ending", ["xlsx", "json"])
def test_writes_the_annex(runner, rounds, tmp_path, ending):
    out = tmp_path / f"annex.{ending}"
    result = runner("evaluate", *map(str, rounds), "-o", str(out), "--permutations", "99")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(f"Wrote {out}\n")
    if ending == "json":
        assert json.loads(out.read_text("utf-8"))["readings"][0]["indicator"] == "sectors"
    else:
        book = openpyxl.load_workbook(out)
        assert book.sheetnames == ["Annex", "Ties by pair of sectors", "Ties by pair of levels",
                                   "Statistics", "Migrant-led organisations"]
        assert book["Annex"]["A4"].value == "Ties across sectors"


def test_refuses_an_annex_it_cannot_write(runner, rounds, tmp_path):
    result = runner("evaluate", *map(str, rounds), "-o", str(tmp_path / "annex.pdf"), "--permutations", "99")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: '{tmp_path / 'annex.pdf'}' is not an annex stakegraph can write; "
                             "end the name in .xlsx or .json\n")


def test_too_few_permutations_is_a_usage_error(rounds):
    result = CliRunner().invoke(main, ["evaluate", *map(str, rounds), "--permutations", "5"])
    assert result.exit_code == 2
    assert result.stderr == "Error: 5 permutations are too few for a test; give at least 19\n"


def test_a_workbook_with_errors_exits_1_and_says_so(runner, rounds, make_workbook):
    broken = make_workbook({**AFTER, "Relationships": [["source", "target"], ["Dell", "Nobody"]]},
                           name="broken.xlsx")
    result = runner("evaluate", str(rounds[0]), str(broken), "--permutations", "99")
    assert result.exit_code == 1
    assert result.stderr.startswith("Warning: the later workbook (AFTER) has 1 error")


def test_a_round_too_small_to_measure_says_so(runner, make_workbook):
    people = [["name", "sector"], ["City Council", "public"], ["Doras", "NGO"]]
    before = make_workbook(Stakeholders=people, name="before.xlsx")
    after = make_workbook(Stakeholders=people, Relationships=[["source", "target"], ["City Council", "Doras"]],
                          name="after.xlsx")
    result = runner("evaluate", str(before), str(after), "--format", "json", "--permutations", "99")
    assert result.exit_code == 0, result.stderr
    said = {r["indicator"]: r["reading"] for r in json.loads(result.stdout)["readings"]}
    assert said["levels"] == "No tie joins two organisations whose level is known (column level)."
    assert said["stability"] == ("The two rounds cannot be compared: one of them has no tie among the "
                                 "stakeholders in both.")
    assert said["core_periphery"] == ("A round has too few ties, or ties between every pair, to tell "
                                      "a core from a periphery.")
    assert said["migrant_voice"] == "No organisation is marked migrant-led in either round (column migrant_led)."
    assert "The one new tie crosses sectors, where 1 would if new ties fell at random" in said["sectors"]
    assert "Of the" not in said["sectors"], "a count of one is not said as 'of the 1 new tie'"


@pytest.mark.parametrize("lang, crosses, stays", [
    ("en", "The one new tie crosses sectors", "The one new tie stays within a sector"),
    ("it", "L'unico nuovo legame collega settori diversi", "L'unico nuovo legame resta all'interno di un settore"),
    ("de", "Die einzige neue Beziehung verläuft zwischen Sektoren",
     "Die einzige neue Beziehung bleibt innerhalb eines Sektors")])
def test_one_new_tie_is_said_as_the_one_new_tie_whether_it_crosses_or_not(runner, make_workbook, lang,
                                                                          crosses, stays):
    people = [["name", "sector"], ["City Council", "public"], ["Doras", "NGO"], ["Red Cross", "NGO"]]
    before = make_workbook(Stakeholders=people, name="before.xlsx")
    for pair, expected in ((["City Council", "Doras"], crosses), (["Red Cross", "Doras"], stays)):
        after = make_workbook(Stakeholders=people, Relationships=[["source", "target"], pair],
                              name=f"after-{pair[0]}.xlsx")
        result = runner("evaluate", str(before), str(after), "--format", "json", "--permutations", "99",
                        "--lang", lang)
        assert result.exit_code == 0, result.stderr
        said = {r["indicator"]: r["reading"] for r in json.loads(result.stdout)["readings"]}
        assert expected in said["sectors"], said["sectors"]


def test_homophily_reads_as_chance_when_the_test_says_so(rounds):
    from stakegraph.render.report.evaluate import readings

    found = annex(*rounds)
    text = {r.indicator: r.reading for r in readings(found)}["homophily"]
    for key in ("before", "after"):
        h = found["homophily"][key]
        p = min(h["ei_p_less"], h["ei_p_greater"])
        chance_words = f"{key.capitalize()}, the mixing is within what chance gives"
        assert (chance_words in text) == (p >= 0.05), (key, p, text)
