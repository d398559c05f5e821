"""``stakegraph forums BOOK``: the groups of a mapping and who links them,
on the Italian example's two tavoli and on a forum column built here."""

from __future__ import annotations

import json
from pathlib import Path

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_the_iwgs_of_the_italian_example(runner):
    result = runner("forums", str(EXAMPLES / "varese_it.xlsx"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["kind"] == "IWG"
    assert found["groups"] == [{"name": "Tavolo Immigrazione Varese", "members": 11},
                               {"name": "Tavolo Lavoro e Inclusione", "members": 7}]
    assert found["group_ties"] == [{"groups": ["Tavolo Immigrazione Varese",
                                               "Tavolo Lavoro e Inclusione"], "shared": 2}]
    assert [r["name"] for r in found["linking"]] == ["Associazione Senegalesi di Varese",
                                                      "Comune di Varese"]


def test_a_forum_column_and_the_organisation_that_alone_links_two_forums(runner, make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "forums"],
        ["City Council", "public", "Jobs Forum; Health Forum; Housing Forum"],
        ["Doras", "NGO", "Jobs Forum, Housing Forum"],
        ["Dell", "private", "Jobs Forum"],
        ["HSE", "public", ""]])
    result = runner("forums", str(book), "--column", "FORUMS")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("Organisations that link forums")[1] == """\
 (alone: pairs of forums no one else links):
name          forums  pairs linked  alone
------------  ------  ------------  -----
City Council       3             3      2
Doras              2             1      0
"""


def test_an_unknown_column_is_named_with_the_columns_there_are(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector", "projects"], ["Doras", "NGO", "AMIF 2024"]])
    result = runner("forums", str(book), "--column", "forums")
    assert result.exit_code == 2
    assert result.stderr == "Error: 'forums' is not a column of the Stakeholders sheet (it has: projects)\n"
