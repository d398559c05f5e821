"""``stakegraph collect``: the rules a trusted tool keeps with survey returns.

Merging the same return twice changes nothing; a return from another
mapping, an altered signature, a workbook that is not a return and an empty
file are each refused by name while the others still merge (exit 1); a
respondent reports only its own ties; every cell written is neutralised;
the mapping and the returns are never changed; ``diff`` shows what the
survey changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import write_workbook
from fill_survey import fill

from stakegraph.cli import main
from stakegraph.errors import StakegraphError
from stakegraph.io import load
from stakegraph.jobs.collect import collect
from stakegraph.jobs.survey import survey as survey_job
from stakegraph.model.returns import Return, TieAnswer
from stakegraph.model.rounds import merge_returns
from stakegraph.model.survey import SIGNATURE_SHEET

MAPPING = {
    "Stakeholders": [["name", "sector"], ["City Council", "public"], ["Doras", "civil_society"],
                     ["Atlantic Meats", "private"]],
    "Relationships": [["source", "target", "type"], ["City Council", "Doras", "funding"]],
}


@pytest.fixture
def survey(tmp_path):
    """A mapping, its surveys, and a function that answers one of them."""
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    survey_job(book, tmp_path / "surveys")

    def answer(name: str, out: str, **kwargs) -> Path:
        return fill(tmp_path / "surveys" / f"{name}.xlsx", tmp_path / out, **kwargs)

    return book, answer, tmp_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def round_rows(path: Path, sheet: str = "Relationships") -> list[tuple]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def test_merging_the_same_return_twice_changes_nothing(survey):
    book, answer, root = survey
    doras = answer("Doras", "doras.xlsx", ties={"Atlantic Meats": ("yes", "information", 2)})
    copy = shutil.copy(doras, root / "doras again.xlsx")
    once = collect(book, [doras], root / "once.xlsx")
    twice = collect(book, [doras, copy], root / "twice.xlsx")
    assert round_rows(root / "once.xlsx") == round_rows(root / "twice.xlsx")
    assert round_rows(root / "once.xlsx", "Stakeholders") == round_rows(root / "twice.xlsx", "Stakeholders")
    assert twice.report["response"] == once.report["response"]
    assert [p["message"] for p in twice.report["returns"]["problems"]] == [
        "'doras again.xlsx' is the same return as 'doras.xlsx'; it is counted once"]


def test_two_different_returns_of_one_organisation_keep_the_later(survey):
    book, answer, root = survey
    first = answer("Doras", "first.xlsx", ties={"Atlantic Meats": ("yes", "information", 2)})
    second = answer("Doras", "second.xlsx", ties={"Atlantic Meats": ("no", None, None)})
    result = collect(book, [first, second], root / "round.xlsx")
    assert result.report["ties"]["list"] == [
        {"source": "City Council", "target": "Doras", "type": "funding", "weight": 1.0,
         "status": "one-sided", "reported_by": ["Doras"], "denied_by": []}]
    assert result.report["returns"]["problems"][0]["code"] == "return-replaced"


def other_mapping_return(root: Path) -> Path:
    """A return of Doras from a survey of the same mapping made with another key."""
    (root / "elsewhere").mkdir()
    book = write_workbook(root / "elsewhere" / "mapping.xlsx", MAPPING)
    survey_job(book, root / "elsewhere" / "surveys")
    return fill(root / "elsewhere" / "surveys" / "Doras.xlsx", root / "other mapping.xlsx")


def altered_signature(root: Path, source: Path) -> Path:
    """``source`` with its signature sheet saying it is City Council's."""
    book = openpyxl.load_workbook(source)
    for row in book[SIGNATURE_SHEET].iter_rows():
        if row[0].value == "stakeholder":
            row[1].value = "city-council"
    book.save(root / "altered.xlsx")
    return root / "altered.xlsx"


def moved_rows(root: Path, source: Path) -> Path:
    """``source`` whose hidden row keys were edited to report another pair's tie."""
    book = openpyxl.load_workbook(source)
    sheet = book["Your ties"]
    for row in sheet.iter_rows():
        if row[0].value == "atlantic-meats":
            row[0].value = "city-council"
    book.save(root / "moved.xlsx")
    return root / "moved.xlsx"


def test_hostile_and_broken_returns_are_refused_by_name_and_the_others_merge(survey):
    book, answer, root = survey
    good = answer("Atlantic Meats", "atlantic.xlsx", ties={"Doras": ("yes", "collaboration", 3)})
    doras = answer("Doras", "doras.xlsx", ties={"Atlantic Meats": ("yes", "collaboration", 3)})
    (root / "empty.xlsx").write_bytes(b"")
    bad = [other_mapping_return(root), altered_signature(root, doras), moved_rows(root, doras),
           book, root / "empty.xlsx"]
    before = {p: digest(p) for p in [good, *bad]}
    result = CliRunner().invoke(main, ["collect", str(book), str(good), *map(str, bad),
                                       "-o", str(root / "round.xlsx")])
    assert result.exit_code == 1
    key = root / "surveys" / "survey.key"
    assert result.stderr.splitlines() == [
        "Error: 'other mapping.xlsx' is a return from another mapping or round (survey "
        f"{_survey_id(root / 'elsewhere' / 'surveys' / 'survey.key')}, round 1; this key is survey "
        f"{_survey_id(key)}, round 1); the file is left out",
        "Error: the signature of 'altered.xlsx' does not match (its seal): it was altered, or signed "
        "with another key; the file is left out",
        "Error: the signature of 'moved.xlsx' does not match (its sheets or rows were changed): it was "
        "altered, or signed with another key; the file is left out",
        "Error: 'mapping.xlsx' is not a survey return (it has no stakegraph signature); the file is left out",
        "Error: the file 'empty.xlsx' is empty; the file is left out",
    ]
    assert "Returns: 1 accepted, 5 refused." in result.stdout
    report = [row[0] for row in round_rows(root / "round.xlsx", "Collection report (ignore)")]
    assert report[:2] == ["Returns: 1 accepted, 5 refused.", "  refused"]
    rows = round_rows(root / "round.xlsx")
    assert rows[1:] == [
        ("City Council", "Doras", "funding", "yes", 1, None, None, "mapping", None, None),
        ("Atlantic Meats", "Doras", "collaboration", "no", 3, None, None, "one-sided", "Atlantic Meats", None)]
    assert {p: digest(p) for p in [good, *bad]} == before  # nothing given is changed


def _survey_id(key: Path) -> str:
    return json.loads(key.read_text("utf-8"))["mapping"]


def test_a_respondent_reports_only_its_own_ties(survey):
    """A return answers for the organisation it was sent to: its rows name
    only that organisation's partners, and the seal covers which rows they
    are (see moved_rows above); the model also drops an answer for another."""
    book, _, _ = survey
    G = load(book).graph
    forged = Return("doras", "doras.xlsx", answers=(
        TieAnswer("city-council", "atlantic-meats", "yes"), TieAnswer("doras", "atlantic-meats", "yes")))
    merged = merge_returns(G, [forged])
    assert [(t.source, t.target, t.reported_by) for t in merged.ties if t.status != "mapping"] == [
        ("doras", "atlantic-meats", ("doras",))]
    assert [str(p) for _, p in merged.problems] == [
        "a return of 'doras' reports a tie of 'city-council'; a respondent reports only its own "
        "organisation's ties, so the answer is left out"]


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)"])
def test_answers_that_look_like_formulas_are_written_as_text(survey, text):
    book, answer, root = survey
    path = answer("Doras", "doras.xlsx", new=[(text, "private", "collaboration", 2)])
    # a person's spreadsheet that kept the answer as text (not a formula)
    workbook = openpyxl.load_workbook(path)
    for row in workbook["Your ties"].iter_rows():
        if row[0].value == "new:1":
            row[1].value, row[1].data_type = text, "s"
            row[6].value, row[6].data_type = text, "s"
    workbook.save(path)
    collect(book, [path], root / "round.xlsx")
    round_book = openpyxl.load_workbook(root / "round.xlsx")
    cells = [c.value for sheet in round_book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and text in c.value]
    assert "'" + text in cells  # the newcomer's name, as text
    assert not any(c.startswith(text) for c in cells)
    assert all(c.data_type != "f" for sheet in round_book.worksheets for row in sheet.iter_rows()
               for c in row)


def test_a_formula_typed_as_an_answer_is_left_out_and_said(survey):
    book, answer, root = survey
    path = answer("Doras", "doras.xlsx", new=[("=cmd|' /C calc'!A0", "private", "collaboration", 2)])
    result = collect(book, [path], root / "round.xlsx")
    assert result.report["newcomers"] == []
    assert [(p["code"], p["file"], p["sheet"]) for p in result.report["returns"]["problems"]] == [
        ("answer-formula", "doras.xlsx", "Your ties")]


def test_a_spanish_return_is_told_in_spanish_what_its_cells_may_hold(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    survey_job(book, tmp_path / "surveys", lang="es")
    path = fill(tmp_path / "surveys" / "Doras.xlsx", tmp_path / "doras.xlsx",
                ties={"City Council": ("quizás", "funding", 9)})
    result = CliRunner().invoke(main, ["collect", str(book), str(path), "-o", str(tmp_path / "round.xlsx"),
                                       "--lang", "es"])
    assert "quizás" in result.output
    assert "(Sí, No, " in result.output, "the answers the Spanish survey offered, in Spanish"
    assert "una intensidad de 1 a 5" in result.output
    assert "yes, no" not in result.output and "strength" not in result.output


def test_a_return_whose_sheet_names_the_catalogue_no_longer_uses_is_read_by_its_sheets_places(survey):
    book, answer, root = survey
    path = answer("Doras", "doras.xlsx", ties={"City Council": ("yes", "funding", 4)})
    returned = openpyxl.load_workbook(path)
    for sheet, old_word in zip(returned.worksheets[:2], ("Our organisation (old words)", "Our ties (old words)")):
        sheet.title = old_word  # as a survey sent before a translation of its sheet names was corrected
    returned.save(path)
    result = collect(book, [path], root / "round.xlsx")
    assert (result.report["returns"]["accepted"], result.report["returns"]["refused"]) == (["doras.xlsx"], [])
    assert ("City Council", "Doras", "funding") in {row[:3] for row in round_rows(root / "round.xlsx")}


def test_the_round_may_not_overwrite_the_mapping_or_a_return(survey):
    book, answer, root = survey
    doras = answer("Doras", "doras.xlsx")
    for target in (book, doras):
        with pytest.raises(StakegraphError) as caught:
            collect(book, [doras], target)
        assert caught.value.code == "output-is-input"
    result = CliRunner().invoke(main, ["collect", str(book), str(doras), "-o", str(doras)])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: will not write '{doras}': it is the input '{doras}' (the same file, "
                             "whatever the path or link), which would be lost; write to another name\n")


def test_without_a_key_collect_says_where_it_looked(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    result = CliRunner().invoke(main, ["collect", str(book), str(book), "-o", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: no one survey key beside the mapping or the returns (looked for "
                             f"survey.key in {tmp_path}); give the path of the key that stakegraph survey wrote\n")


def test_diff_shows_what_the_survey_changed(survey):
    book, answer, root = survey
    doras = answer("Doras", "doras.xlsx", ties={"Atlantic Meats": ("yes", "information", 2)},
                   new=[("Red Cross", "civil_society", "referral", 3)])
    CliRunner().invoke(main, ["collect", str(book), str(doras), "-o", str(root / "round.xlsx")])
    result = CliRunner().invoke(main, ["diff", str(book), str(root / "round.xlsx"), "--format", "json"])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["stakeholders"]["added"] == ["Red Cross"]
    assert d["ties"]["added"] == [["Doras", "Atlantic Meats", "information"], ["Doras", "Red Cross", "referral"]]
    assert d["ties"]["removed"] == []


def test_collect_json_is_the_report(survey):
    book, answer, root = survey
    doras = answer("Doras", "doras.xlsx")
    result = CliRunner().invoke(main, ["collect", str(book), str(doras), "-o", str(root / "round.xlsx"),
                                       "--format", "json"])
    d = json.loads(result.stdout)
    assert result.exit_code == 0
    assert set(d) == {"schema_version", "returns", "response", "ties", "conflicts", "newcomers",
                      "corrections", "round", "import"}
    assert d["import"] == {"ok": True, "errors": 0, "warnings": 0}
    assert d["response"]["by_sector"]["civil_society"] == {"answered": 1, "total": 1, "percent": 100.0}
