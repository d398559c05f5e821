"""``stakegraph diff BEFORE AFTER``: the text and JSON a user sees, the map
of what is new, and the exit statuses."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest

HEADER = ["name", "sector", "type", "email"]
ROUND1 = {
    "Stakeholders": [HEADER,
                     ["Comune di Varese", "public", "local authority", "sindaco@comune.va.it"],
                     ["Caritas Varese", "NGO", "faith-based", None],
                     ["Cooperativa Lotta", "NGO", "service provider", None],
                     ["Arci Varese", "NGO", "ngo", None]],
    "Relationships": [["source", "target", "type"],
                      ["Comune di Varese", "Caritas Varese", "collaboration"],
                      ["Comune di Varese", "Cooperativa Lotta", "funding"],
                      ["Arci Varese", "Caritas Varese", "information"]],
}
ROUND2 = {
    "Stakeholders": [HEADER,
                     ["COMUNE DI VARESE", "public", "local authority", "sindaco@comune.va.it"],
                     ["Caritas Ambrosiana Varese", "NGO", "faith-based", None],
                     ["Cooperativa  Lotta", "NGO", "service provider", None],
                     ["Arci Varese", "NGO", "ngo", None],
                     ["<b>Whirlpool</b>", "private", "employer", None]],
    "Relationships": [["source", "target", "type"],
                      ["Comune di Varese", "Caritas Ambrosiana Varese", "partnership"],
                      ["Comune di Varese", "Cooperativa Lotta", "funding"],
                      ["<b>Whirlpool</b>", "Cooperativa Lotta", "collaboration"]],
}


@pytest.fixture
def rounds(make_workbook) -> tuple[Path, Path]:
    return make_workbook(ROUND1, name="round1.xlsx"), make_workbook(ROUND2, name="round2.xlsx")


def test_text_output_names_every_change(runner, rounds):
    result = runner("diff", *map(str, rounds))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    head = result.stdout.split("\n\nmeasure")[0]
    assert head == """\
Stakeholders: 1 added, 0 removed, 1 possibly renamed
  + <b>Whirlpool</b>
  ~ Caritas Varese -> Caritas Ambrosiana Varese (possible rename, compared as one)

Ties: 1 added, 1 removed, 1 changed type
  + <b>Whirlpool</b> - Cooperativa Lotta (collaboration)
  - Arci Varese - Caritas Ambrosiana Varese (information)
  ~ COMUNE DI VARESE - Caritas Ambrosiana Varese: collaboration -> partnership

Cross-sector ties: 2 -> 3 (+1)"""
    assert "E-I index of sectors" in result.stdout
    assert "\nLost every tie: Arci Varese.\n" in result.stdout
    assert "Stakeholders whose position changed most:" in result.stdout


def test_json_output_is_the_documented_shape(runner, rounds):
    result = runner("diff", *map(str, rounds), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["schema_version", "import", "stakeholders", "ties", "cross_sector_ties", "metrics",
                          "map"]
    assert data["schema_version"] == 1
    assert data["stakeholders"] == {"added": ["<b>Whirlpool</b>"], "removed": [],
                                    "renamed": [["Caritas Varese", "Caritas Ambrosiana Varese"]]}
    assert data["ties"] == {
        "added": [["<b>Whirlpool</b>", "Cooperativa Lotta", "collaboration"]],
        "removed": [["Arci Varese", "Caritas Ambrosiana Varese", "information"]],
        "changed": [["COMUNE DI VARESE", "Caritas Ambrosiana Varese", "collaboration", "partnership"]],
    }
    assert data["cross_sector_ties"] == {"before": 2, "after": 3, "change": 1}
    # 4 stakeholders, 3 ties -> 5 stakeholders, 3 ties: 3/6 -> 3/10
    assert data["metrics"]["density"] == {"before": 0.5, "after": 0.3, "change": -0.2}
    assert data["metrics"]["isolates"] == {"before": 0, "after": 1, "change": 1}
    assert data["metrics"]["isolated"] == {"lost_all_ties": ["Arci Varese"], "first_ties": [],
                                           "new_without_ties": []}
    assert set(data["metrics"]) == {"density", "components", "isolates", "isolated", "ei_index",
                                    "ei_index_by_sector", "stakeholders"}
    assert data["map"] is None and data["import"] == {"ok": True, "errors": 0, "warnings": 0,
                                              "before": {"ok": True, "errors": 0, "warnings": 0},
                                              "after": {"ok": True, "errors": 0, "warnings": 0}}


def test_the_map_highlights_what_is_new_offline_escaped_and_without_contacts(runner, rounds, tmp_path):
    out = tmp_path / "diff.html"
    result = runner("diff", *map(str, rounds), "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["map"] == str(out)
    page = out.read_text("utf-8")
    assert "New since the earlier round" in page
    assert "<b>Whirlpool</b>" not in page  # the hostile name is escaped
    assert "sindaco@comune.va.it" not in page  # contacts stay off the map
    assert 'src="http' not in page and "//cdn" not in page


def test_drawing_the_map_changes_none_of_the_numbers(runner, rounds, tmp_path):
    # with -o the later round's measures are computed once, for the map and the diff
    plain = json.loads(runner("diff", *map(str, rounds), "--format", "json").stdout)
    drawn = json.loads(runner("diff", *map(str, rounds), "-o", str(tmp_path / "d.html"), "--format", "json").stdout)
    assert drawn["metrics"] == plain["metrics"]
    assert any(r["betweenness"]["after"] for r in plain["metrics"]["stakeholders"])


def test_a_map_must_be_html(runner, rounds, tmp_path):
    result = runner("diff", *map(str, rounds), "-o", str(tmp_path / "diff.png"))
    assert result.exit_code == 2
    assert result.stderr == ("Error: 'diff.png' is not a diff map stakegraph can write; "
                             "end the name in .html\n")


def test_workbook_errors_give_exit_1_and_a_warning(runner, make_workbook, rounds):
    broken = make_workbook({"Stakeholders": [["name", "sector"], ["Doras", "pubic"]]}, name="bad.xlsx")
    result = runner("diff", str(rounds[0]), str(broken))
    assert result.exit_code == 1
    assert result.stderr == ("Warning: the later workbook (AFTER) has 1 error (run `stakegraph validate` to see it): "
                             "rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")


def test_a_missing_workbook_is_a_usage_error(runner, rounds, tmp_path):
    result = runner("diff", str(rounds[0]), str(tmp_path / "nowhere.xlsx"))
    assert result.exit_code == 2
    assert "there is no file or folder" in result.stderr


def test_renames_can_be_switched_off(runner, rounds):
    data = json.loads(runner("diff", *map(str, rounds), "--no-renames", "--format", "json").stdout)
    assert data["stakeholders"]["renamed"] == []
    assert data["stakeholders"]["removed"] == ["Caritas Varese"]


# --- the example rounds (examples/before_after, described in examples/README.md) ---

EXAMPLES = Path(__file__).parents[2] / "examples" / "before_after"


def cross_sector_pairs(book: Path) -> int:
    def key(name: str) -> str:
        plain = unicodedata.normalize("NFKD", name.strip().casefold())
        return " ".join("".join(c for c in plain if not unicodedata.combining(c)).split())

    sheets = openpyxl.load_workbook(book, read_only=True)
    rows = list(sheets["Stakeholders"].iter_rows(values_only=True))
    sector = {key(r[0]): r[1] for r in rows[1:] if r[0]}
    pairs = {frozenset((key(r[0]), key(r[1]))) for r in list(sheets["Relationships"].iter_rows(values_only=True))[1:]
             if r[0] and r[1]}
    return sum(1 for p in pairs if len({sector[n] for n in p}) == 2)


def test_the_example_rounds_show_what_their_readme_says(runner, tmp_path):
    out = tmp_path / "diff.html"
    result = runner("diff", str(EXAMPLES / "round1.xlsx"), str(EXAMPLES / "round2.xlsx"), "-o", str(out),
                 "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    # 3 organisations added; the name written in capitals without its accent is no change
    assert data["stakeholders"] == {
        "added": ["Associazione Donne Albanesi Insieme", "Comune di Gallarate", "Hotel Lago Maggiore Srl"],
        "removed": [],
        "renamed": [["Caritas Varese", "Caritas Ambrosiana Varese"]],
    }
    ties = data["ties"]
    assert (len(ties["added"]), len(ties["removed"]), len(ties["changed"])) == (10, 2, 1)
    assert ties["changed"] == [["Cooperativa Lavoro Insieme", "Cooperativa Ponte Aperto",
                                "collaboration", "partnership"]]
    # the cross-sector pairs, counted straight from the sheets with openpyxl
    assert data["cross_sector_ties"] == {
        "before": cross_sector_pairs(EXAMPLES / "round1.xlsx"),
        "after": cross_sector_pairs(EXAMPLES / "round2.xlsx"),
        "change": cross_sector_pairs(EXAMPLES / "round2.xlsx") - cross_sector_pairs(EXAMPLES / "round1.xlsx"),
    }
    assert data["map"] == str(out) and "New since the earlier round" in out.read_text("utf-8")
