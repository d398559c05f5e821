"""No English inside translated output: the details filled into a problem's
message ("7 of 8 rows state one", "row 2 (role 'chair')", a rating scale,
why a column is personal), the demo's lines and the seating report are said
in the language asked for, as the sentences around them are.

Two checks, each able to fail: no stretch of two English words or more of
any sentence of the catalogue (every domain), and no English word of the
kind detail text is made of, once the workbook's own words, quoted values
and command-line options are taken out."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from english import catalogue_runs

ROOT = Path(__file__).parents[2]
REAL = ROOT / "tests" / "data" / "real"
LIMERICK = ROOT / "examples" / "limerick_iwg_en.xlsx"

#: English words that detail text is made of and no Spanish or Swedish sentence uses
ENGLISH = ("the", "of", "and", "is", "are", "with", "from", "to", "row", "rows", "column", "columns", "not",
           "has", "holds", "read", "names", "words", "letters", "numbers", "state", "each", "role", "none",
           "broker", "score", "table", "round", "proven", "best", "measure", "value", "yes", "High", "Medium",
           "Low", "percentages", "fractions", "marks", "repeats", "header", "across", "down", "seating")

#: a workbook whose every sheet brings a detail: rating scales (words, 1–10, letters, marks),
#: personal columns judged by header and by content, a role repeated with another
DETAILS = {
    "Stakeholders": [["name", "sector", "influence", "interest", "phone", "Phone (office)", "Reach us at"],
                     ["Doras", "civil_society", "High", 2, None, "061 310 328", "info@doras.ie"],
                     ["City Council", "public", "Low", 7, None, "061 407 100", "help@council.ie"],
                     ["Dell", "private", "Medium", 9, None, None, "dell@dell.ie"]],
    "IWGs": [["iwg", "stakeholder", "role"],
             ["Mesa", "Doras", "chair"],
             ["Mesa", "Doras", "member"],
             ["Mesa", "City Council", "member"]],
}
MARKS = {"Stakeholders": [["name", "sector", "influence", "interest"],
                          ["Doras", "civil_society", "A", "7/10"],
                          ["City Council", "public", "B", "4/5"],
                          ["Dell", "private", "C", "65/100"]]}
#: the real files whose reading is reported with a detail
REAL_FILES = ["interreg_stakeholder_list.xlsx", "Foerderungen_2023.csv", "kansas_sar", "transparency_register.csv",
              "rete_gephi_it"]


def english_sentences(text: str, lang: str, own: list[str] = ()) -> list[str]:
    """The catalogue's English runs in ``text``, once the workbook's ``own`` words are out."""
    for words in sorted(own, key=len, reverse=True):
        text = text.replace(words, " ")
    return sorted(run for run in catalogue_runs(lang) if run in text)


def english_words(text: str, own: list[str] = ()) -> list[str]:
    """The English words of :data:`ENGLISH` left in ``text`` once the
    workbook's ``own`` words, quoted values, options and paths are out."""
    for words in sorted(own, key=len, reverse=True):
        text = text.replace(words, " ")
    text = re.sub(r"«[^»]*»|'[^']*'|\"[^\"]*\"|„[^“]*“|”[^”]*”|--\w+|\S*/\S*", " ", text)
    return sorted({w for w in re.findall(r"[A-Za-z]+", text) if w in ENGLISH})


def workbook_words(path: Path) -> list[str]:
    """Every text cell and sheet name of the workbook (or CSV files) at
    ``path``, and the sectors in its own language (a sector to write is
    offered in the sheet's words, as the sheet would write it)."""
    from stakegraph.codebook import default_codebook
    from stakegraph.io.files import read_workbook
    from stakegraph.io.language import book_language

    sheets = read_workbook(path).sheets
    cb = default_codebook()
    sectors = [cb.label("sector", code, book_language(path)) for code in cb.codes("sector")]
    return ([s.name for s in sheets] + sectors
            + [str(v) for s in sheets for row in s.rows for v in row if isinstance(v, str)])


def said(runner, *args) -> str:
    result = runner(*map(str, args))
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout + result.stderr


def test_the_checks_find_english_in_the_english_report(runner, make_workbook):
    english = said(runner, "validate", make_workbook(DETAILS), "--lang", "en")
    assert "(role 'chair')" in english and "read as words: low 1, medium 3, high 5" in english
    assert english_words(english, workbook_words(make_workbook(DETAILS))) != []
    assert len(english_sentences(english, "es")) >= 3


@pytest.mark.parametrize("lang", ["es", "sv"])
@pytest.mark.parametrize("sheets", [DETAILS, MARKS], ids=["details", "marks"])
def test_problem_details_are_said_in_the_language(runner, make_workbook, lang, sheets):
    book = make_workbook(sheets)
    text = said(runner, "validate", book, "--lang", lang)
    assert english_sentences(text, lang) == []
    assert english_words(text, workbook_words(book)) == []


def test_the_details_are_said_as_a_spanish_speaker_says_them(runner, make_workbook):
    text = said(runner, "validate", make_workbook(DETAILS), "--lang", "es")
    assert "esta pertenencia repite la fila 2 (rol «Presidencia») con el rol «member»" in text
    assert "(repite la columna de contacto «Teléfono»)" in text
    assert "«influence» se interpreta como palabras: bajo 1, medio 3, alto 5" in text
    assert "números en una escala de 1 a 10" in text
    assert "(contiene direcciones de correo electrónico)" in text
    marks = said(runner, "validate", make_workbook(MARKS, name="marks.xlsx"), "--lang", "es")
    assert "«influence» se interpreta como letras: A 5, B 3, C 1, y cada valor" in marks
    assert "«interest» se interpreta como puntuaciones sobre un máximo, cada una en su propia escala" in marks


@pytest.mark.parametrize("lang", ["es", "sv"])
@pytest.mark.parametrize("name", REAL_FILES)
def test_the_reading_of_real_files_is_said_in_the_language(runner, lang, name):
    text = said(runner, "validate", REAL / name, "--lang", lang)
    own = workbook_words(REAL / name)
    assert english_sentences(text, lang, own) == []
    assert english_words(text, own) == []


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_profile_title_is_said_in_the_language(runner, lang):
    text = said(runner, "gaps", LIMERICK, "--lang", lang)
    assert "Integration Working Group" not in text.splitlines()[0]
    assert {"es": "mesa de trabajo de integración según el modelo", "sv": "arbetsgrupp för integration"}[lang] in text


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_seating_report_is_said_in_the_language(runner, tmp_path, lang):
    out = tmp_path / "seating.xlsx"
    text = said(runner, "tables", LIMERICK, "--iwg", "Shannonmouth City IWG", "--tables", "3", "--rounds", "2",
                "--time-limit", "0.5", "-o", out, "--lang", lang)
    own = workbook_words(LIMERICK)
    assert english_sentences(text, lang) == [] and english_words(text, own) == []
    book = openpyxl.load_workbook(out)
    cells = [str(c.value) for ws in book for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert english_sentences("\n".join(book.sheetnames + cells), lang) == []
    # CP-SAT's status words (OPTIMAL, FEASIBLE) are its own, named as it names them
    assert english_words("\n".join(book.sheetnames + cells), own) == []


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_demo_says_what_it_wrote_in_the_language(runner, tmp_path, lang):
    text = said(runner, "demo", "-o", tmp_path / "demo", "--lang", lang)
    assert english_sentences(text, lang) == []
    assert english_words(text) == []
    gaps = (tmp_path / "demo" / "gaps.txt").read_text("utf-8")
    assert english_sentences(gaps, lang) == []
