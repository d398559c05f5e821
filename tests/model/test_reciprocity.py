"""Reciprocity in the analysis: ``analyze`` and ``map`` use every tie by
default, one-sided ones included, and ``--ties confirmed`` keeps only the
ties both sides named in a survey; the map draws a one-sided tie with a dot
in its middle."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import write_workbook
from fill_survey import fill

from stakegraph.cli import main
from stakegraph.jobs.collect import collect
from stakegraph.jobs.survey import survey


@pytest.fixture(scope="module")
def round_book(tmp_path_factory):
    """A round in which Doras and City Council confirm their tie and Doras
    alone names Atlantic Meats."""
    root = tmp_path_factory.mktemp("reciprocity")
    book = write_workbook(root / "mapping.xlsx", {"Stakeholders": [
        ["name", "sector"], ["City Council", "public"], ["Doras", "civil_society"],
        ["Atlantic Meats", "private"]]})
    survey(book, root / "surveys")
    returns = [fill(root / "surveys" / "Doras.xlsx", root / "doras.xlsx", ties={
                   "City Council": ("yes", "funding", 4), "Atlantic Meats": ("yes", "information", 2)}),
               fill(root / "surveys" / "City Council.xlsx", root / "council.xlsx", ties={
                   "Doras": ("yes", "funding", 4)})]
    collect(book, returns, root / "round.xlsx")
    return book, root / "round.xlsx"


def analysed(book, *options):
    result = CliRunner().invoke(main, ["analyze", str(book), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_analyze_uses_every_tie_by_default_and_says_so(round_book):
    _, path = round_book
    d = analysed(path)
    assert (d["ties"], d["summary"]["ties"]) == ("all", 2)


def test_analyze_can_keep_the_confirmed_ties_only(round_book):
    _, path = round_book
    d = analysed(path, "--ties", "confirmed")
    assert (d["ties"], d["summary"]["ties"]) == ("confirmed", 1)
    text = CliRunner().invoke(main, ["analyze", str(path), "--ties", "confirmed"]).stdout
    assert text.startswith("Only confirmed ties (both sides named them in the survey) are used.\n")


def test_confirmed_ties_need_a_round_of_a_survey(round_book):
    book, _ = round_book
    result = CliRunner().invoke(main, ["analyze", str(book), "--ties", "confirmed"])
    assert result.exit_code == 2
    assert result.stderr == ("Error: no tie of this workbook says whether both sides named it; "
                             "only a round written by stakegraph collect has confirmed ties\n")


def test_the_map_draws_a_one_sided_tie_with_a_dot(round_book, tmp_path):
    _, path = round_book
    CliRunner().invoke(main, ["map", str(path), "-o", str(tmp_path / "all.html")])
    CliRunner().invoke(main, ["map", str(path), "-o", str(tmp_path / "confirmed.html"), "--ties", "confirmed"])
    every, confirmed = ((tmp_path / f"{n}.html").read_text("utf-8") for n in ("all", "confirmed"))
    # the page's library mentions "middle" too: the one-sided tie adds one
    assert every.count('"middle"') - confirmed.count('"middle"') == 1
    assert '"onesided"' in every and '"onesided"' not in confirmed  # the legend's line
