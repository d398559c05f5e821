"""The map job resolves what a user wrote for --iwg and --theme (a name in
any case, a theme word in any language) into the graph's own IWG id and
theme code, with a did-you-mean when nothing matches; the page is given only
resolved values."""

from __future__ import annotations

import pytest

from stakegraph.errors import StakegraphError
from stakegraph.jobs.map import draw_map, resolve_theme
from stakegraph.model import Membership, Stakeholder, build_graph, find_iwg
from stakegraph.model.seed import DEFAULT_SEED


@pytest.fixture
def graph():
    return build_graph(
        [Stakeholder("Limerick City Council", "public", themes=["housing"]),
         Stakeholder("Doras", "civil_society", themes=["housing", "Quantum"])],
        [], [Membership("doras", "Limerick IWG")])


def test_an_iwg_is_found_by_its_name_in_any_case_or_by_its_id(graph):
    assert [find_iwg(graph, text) for text in ("Limerick IWG", "limerick  iwg", "iwg:limerick-iwg")] == [
        "iwg:limerick-iwg"] * 3


def test_an_unknown_iwg_is_a_clear_error_with_a_suggestion(graph):
    with pytest.raises(StakegraphError) as err:
        find_iwg(graph, "Limerik IWG")
    assert (err.value.code, str(err.value)) == (
        "unknown-iwg",
        "'Limerik IWG' is not an IWG of this workbook (it has: Limerick IWG); did you mean 'Limerick IWG'?")


def test_a_theme_is_found_by_its_word_in_any_language_or_as_written(graph):
    assert [resolve_theme(graph, t) for t in ("Housing", "vivienda", "QUANTUM")] == ["housing", "housing", "Quantum"]


def test_an_unknown_theme_is_a_clear_error_with_a_suggestion(graph):
    with pytest.raises(StakegraphError) as err:
        resolve_theme(graph, "housng")
    assert (err.value.code, str(err.value)) == (
        "unknown-map-theme",
        "'housng' is not a theme of this workbook (it has: Quantum, housing); did you mean 'housing'?")


def test_the_job_draws_the_iwg_and_theme_a_user_wrote(tmp_path):
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text(
        "name,sector,themes,iwg\nLimerick City Council,public,housing,Limerick IWG\nDoras,NGO,health,\n", "utf-8")
    result = draw_map(folder, tmp_path / "map.html", iwg="limerick iwg", theme="Housing")
    assert result.to_dict()["options"]["iwg"] == "limerick iwg", "the options say what the user asked for"
    page = (tmp_path / "map.html").read_text("utf-8")
    assert '"iwg:limerick-iwg"' in page and '"theme": "housing"' in page


def test_an_iwg_map_resolves_the_iwg_once_for_the_page_its_gaps_and_its_invitees(tmp_path, monkeypatch):
    import stakegraph.analysis.scope
    import stakegraph.jobs.map

    asked: list[str] = []

    def counted(G, text, **options):
        asked.append(text)
        return find_iwg(G, text, **options)

    monkeypatch.setattr(stakegraph.jobs.map, "find_iwg", counted)
    monkeypatch.setattr(stakegraph.analysis.scope, "find_iwg", counted)
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text(
        "name,sector,iwg\nLimerick City Council,public,Limerick IWG\nDoras,NGO,Limerick IWG\nDell,private,\n", "utf-8")
    (folder / "Relationships.csv").write_text("source,target\nDoras,Dell\n", "utf-8")
    draw_map(folder, tmp_path / "map.html", iwg="limerick iwg")
    assert asked == ["limerick iwg"]
    page = (tmp_path / "map.html").read_text("utf-8")
    assert '"gaps": {' in page and '"invitees": [{"id": "dell"' in page, "the gap card and the invitees are drawn"


def test_an_unknown_iwg_stops_the_job_before_anything_is_written(tmp_path):
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text("name,sector,iwg\nDoras,NGO,Limerick IWG\n", "utf-8")
    with pytest.raises(StakegraphError, match="did you mean 'Limerick IWG'"):
        draw_map(folder, tmp_path / "map.html", iwg="Limerik")
    assert not (tmp_path / "map.html").exists()


def test_the_job_takes_the_options_of_the_page_and_no_other(tmp_path):
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text("name,sector\nDoras,NGO\n", "utf-8")
    result = draw_map(folder, tmp_path / "map.html")
    assert result.to_dict()["options"] == {
        "color": "sector", "size": "degree", "iwg": None, "theme": None, "anonymize": False,
        "show_contacts": False, "title": None, "lang": "en", "seed": DEFAULT_SEED, "ties": "all", "story": None}
    with pytest.raises(TypeError, match="colour"):
        draw_map(folder, tmp_path / "other.html", colour="sector")
