"""``stakegraph survey``: one protected, signed survey workbook per
stakeholder, in its language, pre-filled, with a consent note."""

from __future__ import annotations

import json
import os
import stat

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import write_workbook
from fill_survey import locked

from stakegraph.cli import main
from stakegraph.codebook import LANGUAGES
from stakegraph.errors import StakegraphError
from stakegraph.jobs.survey import survey
from stakegraph.model.survey import SIGNATURE_SHEET, Signature
from stakegraph.render.survey.files import unique_file_names
from stakegraph.render.survey.words import words

MAPPING = {
    "Stakeholders": [["name", "sector", "level", "themes", "language"],
                     ["City Council", "public", "local", "housing; employment", "Italiano"],
                     ["Doras", "civil_society", "regional", "legal_status", ""],
                     ["Atlantic Meats", "private", None, None, "es"],
                     ["Welcome Point", "public", None, None, "Klingon"]],
    "Relationships": [["source", "target", "type", "weight"], ["City Council", "Doras", "funding", 4]],
}


@pytest.fixture
def surveys(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    result = survey(book, tmp_path / "surveys")
    return result, tmp_path / "surveys"


def open_survey(folder, name):
    return openpyxl.load_workbook(folder / f"{name}.xlsx")


def test_one_survey_per_stakeholder_in_its_language(surveys):
    result, folder = surveys
    assert [(s["stakeholder"], s["file"], s["lang"]) for s in result.surveys] == [
        ("City Council", "City Council.xlsx", "it"), ("Doras", "Doras.xlsx", "en"),
        ("Atlantic Meats", "Atlantic Meats.xlsx", "es"), ("Welcome Point", "Welcome Point.xlsx", "en")]
    assert [str(p) for p in result.problems] == [
        "'Klingon' is not a language stakegraph writes surveys in (en, es, it, el, pt, fr, de, sv, ca); "
        "the survey is written in the mapping's language"]
    assert open_survey(folder, "City Council").sheetnames == [
        "La vostra organizzazione", "I vostri legami", "Elenchi", SIGNATURE_SHEET]


def test_the_key_stays_with_the_coordinator(surveys):
    result, folder = surveys
    assert sorted(p.name for p in folder.iterdir()) == [
        "Atlantic Meats.xlsx", "City Council.xlsx", "Doras.xlsx", "Welcome Point.xlsx", "survey.key"]
    if os.name == "posix":
        assert stat.S_IMODE(result.key.stat().st_mode) == 0o600


def test_every_sheet_is_protected_and_only_answers_are_unlocked(surveys):
    _, folder = surveys
    book = open_survey(folder, "Doras")
    assert book.security.lockStructure
    assert all(sheet.protection.sheet for sheet in book.worksheets)
    assert (book["Lists"].sheet_state, book[SIGNATURE_SHEET].sheet_state) == ("hidden", "veryHidden")
    ties = book["Your ties"]
    unlocked = {}
    for r in range(1, ties.max_row + 1):
        open_cells = "".join(letter for c, letter in enumerate("BCDEFG", start=2) if not locked(ties, r, c))
        key = ties.cell(row=r, column=1).value
        if key is not None:
            unlocked.setdefault(open_cells, []).append(key)
    assert unlocked == {"DEFG": ["city-council", "welcome-point", "atlantic-meats"],
                        "BCDEFG": [f"new:{i}" for i in range(1, 11)]}
    header = next(r for r in range(1, ties.max_row + 1) if ties.cell(row=r, column=2).value == "Organisation")
    assert [locked(ties, header, c) for c in range(1, 8)] == [True] * 7
    sectors = [r for r in range(header + 1, ties.max_row + 1) if ties.cell(row=r, column=1).value is None]
    assert all(locked(ties, r, c) for r in sectors for c in range(2, 8))
    about = book["Your organisation"]
    assert {c.coordinate[0] for row in about.iter_rows() for c in row if c.protection.locked is False} == {"D"}


def test_others_are_grouped_by_sector_and_the_mapping_fills_in_the_answers(surveys):
    _, folder = surveys
    ties = open_survey(folder, "Doras")["Your ties"]
    rows = [tuple(c.value for c in row[1:6]) for row in ties.iter_rows(min_row=3)][:7]
    assert rows == [
        ("Organisation", "Sector", "Do you work with them?", "Type of tie", "How closely (1–5)"),
        ("public", None, None, None, None),
        ("City Council", "public", "yes", "funding", 4),
        ("Welcome Point", "public", None, None, None),
        ("private", None, None, None, None),
        ("Atlantic Meats", "private", None, None, None),
        ("Organisations missing from the list (name, sector, tie)", None, None, None, None),
    ]


def test_the_organisation_sheet_shows_what_the_mapping_says_in_its_language(surveys):
    _, folder = surveys
    about = open_survey(folder, "City Council")["La vostra organizzazione"]
    rows = {row[0].value: (row[1].value, row[2].value) for row in about.iter_rows() if row[0].value}
    assert rows["sector"] == ("Settore", "Pubblico")
    assert rows["themes"][1] == "Casa; Lavoro"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_consent_note_says_what_is_shown_and_what_stays_private(tmp_path, lang):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    survey(book, tmp_path / "surveys", lang=lang)
    about = openpyxl.load_workbook(tmp_path / "surveys" / "Doras.xlsx")[words(lang)["org_sheet"]]
    text = [c.value for row in about.iter_rows() for c in row if isinstance(c.value, str)]
    for line in [words(lang)["consent_title"], *words(lang)["consent"]]:
        assert line in text


def test_a_swedish_survey_is_the_catalogues_translation_with_no_english_left(tmp_path):
    """The survey's words come from the gettext catalogue (domain survey): a
    sentence it did not translate would show in English."""
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    survey(book, tmp_path / "surveys", lang="sv")
    workbook = openpyxl.load_workbook(tmp_path / "surveys" / "Doras.xlsx")
    assert workbook.sheetnames[:3] == ["Er organisation", "Era relationer", "Listor"]
    text = {c.value for sheet in workbook.worksheets[:3] for row in sheet.iter_rows() for c in row
            if isinstance(c.value, str)}
    assert {"Vilka samarbetar Doras med?", "Vad som händer med era svar",
            "Längst ner på ”Era relationer” lägger ni till organisationer ni samarbetar med som saknas "
            "i listan.", "Samarbetar ni?", "Hur nära (1–5)", "känner inte till dem"} <= text
    english = words("en")
    slots = {"name": "Doras", "ties_sheet": english["ties_sheet"]}
    sentences = [english["title"], *english["intro"], english["consent_title"], *english["consent"],
                 english["missing"], english["tied"], english["strength"], english["unknown"]]
    assert text.isdisjoint(line.format(**slots) for line in sentences)


def test_the_answer_drop_down_offers_yes_no_and_we_dont_know_them(surveys):
    _, folder = surveys
    book = open_survey(folder, "Atlantic Meats")
    ties = book["Sus relaciones"]
    rule = next(dv for dv in ties.data_validations.dataValidation if "D" in str(dv.sqref))
    sheet, cells = rule.formula1.rsplit("!", 1)
    offered = [c.value for row in book[sheet.strip("'")][cells.replace("$", "")] for c in row]
    assert offered == ["Sí", "No", "no la conocemos"]


def test_the_signature_names_the_stakeholder_and_the_round(surveys):
    result, folder = surveys
    book = open_survey(folder, "Doras")
    signature = Signature.from_rows(book[SIGNATURE_SHEET].iter_rows(values_only=True))
    assert (signature.stakeholder, signature.round, signature.lang) == ("doras", 1, "en")
    from stakegraph.io.returns import read_key

    key = read_key(result.key)
    assert signature.verify(key.secret)
    assert not signature.verify(b"another key")


def test_names_that_fold_to_one_file_name_get_distinct_files(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", {"Stakeholders": [
        ["name", "sector"], ["A/B", "public"], ["A:B", "public"], ["CON", "private"],
        ["x" * 200, "private"]]})
    result = survey(book, tmp_path / "surveys")
    assert [s["file"] for s in result.surveys] == ["A-B.xlsx", "A-B (2).xlsx", "CON_.xlsx",
                                                   "x" * 80 + ".xlsx"]
    assert unique_file_names(["Doras", "doras"]) == ["Doras", "doras (2)"]


def test_a_folder_that_holds_a_survey_is_not_written_over(surveys, tmp_path):
    with pytest.raises(StakegraphError) as caught:
        survey(tmp_path / "mapping.xlsx", tmp_path / "surveys")
    assert caught.value.code == "survey-folder-in-use"


def test_the_command_says_where_the_surveys_and_the_key_are(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    out = tmp_path / "surveys"
    result = CliRunner().invoke(main, ["survey", str(book), "-o", str(out), "--lang", "fr"])
    assert result.exit_code == 0
    assert result.stdout == (f"4 questionnaires enregistrés dans {out}.\n"
                             f"Conservez {out / 'survey.key'} (ne l'envoyez pas)\u00a0: collect s'en sert pour "
                             "vérifier les réponses.\n")
    assert result.stderr == ""


def test_the_mapping_language_is_used_when_no_column_says(tmp_path):
    book = write_workbook(tmp_path / "mappa.xlsx", {
        "Portatori di interesse": [["Nome", "Settore"], ["Comune di Varese", "Pubblico"],
                                   ["Caritas", "Terzo settore"]]})
    result = survey(book, tmp_path / "surveys")
    assert [s["lang"] for s in result.surveys] == ["it", "it"]


def test_many_surveys_are_written_by_two_processes_alike(tmp_path, monkeypatch):
    import stakegraph.jobs.survey as job

    monkeypatch.setattr(job, "PARALLEL_MIN_SURVEYS", 2)
    monkeypatch.setattr(job, "default_workers", lambda: 2)
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    result = survey(book, tmp_path / "surveys")
    from stakegraph.io.returns import read_key, read_return

    key = read_key(result.key)
    returns = [read_return(tmp_path / "surveys" / s["file"], key)[0] for s in result.surveys]
    assert [r.stakeholder for r in returns] == ["city-council", "doras", "atlantic-meats", "welcome-point"]


def test_printable_pages_are_written_beside_the_workbooks(tmp_path):
    rows = [*MAPPING["Stakeholders"], ["<script>alert(1)</script>", "private", None, None, "de"]]
    book = write_workbook(tmp_path / "mapping.xlsx", {**MAPPING, "Stakeholders": rows})
    result = survey(book, tmp_path / "surveys", printable=True)
    assert [s["printable"] for s in result.surveys][:2] == ["City Council.html", "Doras.html"]
    page = (tmp_path / "surveys" / "Doras.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>" not in page
    assert words("en")["paper"] in page and words("en")["consent"][1] in page
    german = result.surveys[-1]["printable"]
    assert german == "script-alert(1)--script-.html"
    assert '<html lang="de">' in (tmp_path / "surveys" / german).read_text("utf-8")


def test_a_printable_page_of_forty_stakeholders_prints_on_one_sheet(tmp_path, browser):
    import re
    from pathlib import Path

    example = Path(__file__).parents[2] / "stakegraph" / "data" / "examples" / "limerick_iwg_en.xlsx"
    survey(example, tmp_path / "surveys", printable=True, lang="el")
    page = browser.new_page()
    page.goto((tmp_path / "surveys" / "Atlantic Meats Ltd.html").as_uri())
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    page.close()
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1


def test_both_sides_of_a_pair_with_two_ties_see_the_same_one_filled_in(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", {
        "Stakeholders": MAPPING["Stakeholders"],
        "Relationships": [["source", "target", "type", "weight", "directed"],
                          ["City Council", "Doras", "information", 2, "no"],
                          ["Doras", "City Council", "referral", 4, "yes"]]})
    survey(book, tmp_path / "surveys", lang="en")
    filled = []
    for me, other in (("Doras", "City Council"), ("City Council", "Doras")):
        sheet = openpyxl.load_workbook(tmp_path / "surveys" / f"{me}.xlsx")["Your ties"]
        row = next(r for r in sheet.iter_rows(values_only=True) if r[1] == other)
        filled.append(row[3:6])
    assert filled == [("yes", "referral", 4), ("yes", "referral", 4)]


def test_a_language_the_surveys_cannot_be_written_in_is_a_warning_on_stderr(tmp_path):
    book = write_workbook(tmp_path / "mapping.xlsx", MAPPING)
    result = CliRunner().invoke(main, ["survey", str(book), "-o", str(tmp_path / "s"), "--format", "json"])
    assert result.exit_code == 0
    assert [s["lang"] for s in json.loads(result.stdout)["surveys"]] == ["it", "en", "es", "en"]
    assert result.stderr == ("Warning: 'Klingon' is not a language stakegraph writes surveys in (en, es, it, "
                             "el, pt, fr, de, sv, ca); the survey is written in the mapping's language\n")
