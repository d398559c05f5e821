"""``stakegraph map --color forum``: each stakeholder wears the colour of its
main forum (the largest of its IWGs and the forums its column lists), and
the legend names each forum with its members."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from stakegraph.cli import main
from stakegraph.render.map.data import CATEGORY_PALETTE, UNKNOWN_COLOUR

STAKEHOLDERS = [
    ["name", "sector", "Foros"],
    ["City Council", "public", "Jobs Forum; Health Forum"],
    ["Doras", "NGO", "Jobs Forum"],
    ["Dell", "private", "Jobs Forum, <b>Tech</b> Forum"],
    ["HSE", "public", "Health Forum"],
    ["Caritas", "NGO", "Jobs Forum"],
    ["Red Cross", "NGO", "Health Forum"],
    ["Lonely Trust", "NGO", ""],
]
IWGS = [["iwg", "stakeholder"], ["City IWG", "HSE"], ["City IWG", "Lonely Trust"]]


def page_data(path: Path) -> dict:
    found = re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', path.read_text("utf-8"), re.S)
    assert found
    return json.loads(found.group(1))


def test_the_colours_follow_the_forums(make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDERS, IWGs=IWGS)
    out = tmp_path / "map.html"
    result = CliRunner().invoke(main, ["map", str(book), "-o", str(out), "--color", "forum"])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    fill = {n["label"] or data["info"][n["id"]]["name"]: n["color"]["background"]
            for n in data["nodes"] if not n["id"].startswith("iwg:")}
    # Jobs Forum has 4 members, Health Forum 3, City IWG 2, Tech Forum 1:
    # City Council is in Jobs and Health, Jobs is larger; HSE is in Health
    # and the IWG, Health is larger; Dell's Tech Forum is smaller than Jobs
    jobs, health, iwg = CATEGORY_PALETTE[:3]
    assert fill == {"City Council": jobs, "Doras": jobs, "Dell": jobs, "Caritas": jobs,
                    "HSE": health, "Red Cross": health, "Lonely Trust": iwg}
    legend = next(s for s in data["legend"] if s["title"] == "Main forum")
    assert [(i["label"], i["colour"]) for i in legend["items"]] == [
        ("Jobs Forum (4)", jobs), ("Health Forum (3)", health), ("City IWG (2)", iwg)]
    assert "<b>Tech" not in out.read_text("utf-8")


def test_stakeholders_in_no_forum_are_grey_and_said_so(make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDERS[:3] + [["Alone", "NGO", ""]])
    out = tmp_path / "map.html"
    result = CliRunner().invoke(main, ["map", str(book), "-o", str(out), "--color", "forum", "--lang", "es"])
    assert result.exit_code == 0, result.stderr
    data = page_data(out)
    assert {n["id"]: n["color"]["background"] for n in data["nodes"]}["alone"] == UNKNOWN_COLOUR
    legend = next(s for s in data["legend"] if s["title"] == "Foro principal")
    # Health Forum is City Council's second forum, nobody's main one
    assert [i["label"] for i in legend["items"]] == ["Jobs Forum (2)", "en ningún foro"]
