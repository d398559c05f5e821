"""The reports in the reader's language: the bundled examples analysed,
compared and grouped in Spanish and Swedish hold no English sentence of the
reports' catalogue, write decimals with a comma and sectors and tie types as
words, and keep the Excel's numbers numeric and the JSON as it is in English."""

from __future__ import annotations

import re
import string
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from babel.messages.pofile import read_po

from stakegraph.jobs.analyze import analyze
from stakegraph.jobs.diff import diff
from stakegraph.jobs.forums import forums
from stakegraph.model.jsonsafe import json_safe

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "examples" / "andalucia_es.xlsx", ROOT / "examples" / "limerick_iwg_en.xlsx"]
#: sectors as the codebook writes them in each language (a sentence's lower case)
SECTORS = {"es": {"public": "público", "civil_society": "sociedad civil", "private": "privado"},
           "sv": {"public": "offentlig", "civil_society": "civilsamhälle", "private": "privat"}}


@cache
def english_sentences() -> frozenset[str]:
    """Every stretch of two words or more of English in the reports'
    catalogue, between the placeholders each sentence leaves to the code."""
    with (ROOT / "stakegraph/locale/es/LC_MESSAGES/reports.po").open("rb") as fh:
        catalog = read_po(fh, locale="es")
    found = set()
    for msg in catalog:
        for text in (msg.id if isinstance(msg.id, tuple) else (msg.id,)):
            for literal, *_ in string.Formatter().parse(text):
                stretch = literal.strip(" ()[]:;,.'`-\n")
                if len(stretch.split()) > 1:
                    found.add(stretch)
    return frozenset(found)


def english_in(text: str) -> list[str]:
    return sorted(s for s in english_sentences() if s in text)


@cache
def analysed(book: Path, lang: str, tmp: Path) -> tuple[str, dict, Path]:
    out = tmp / f"{book.stem}-{lang}.xlsx"
    result = analyze(book, output=out, lang=lang)
    return result.text(), json_safe(result.to_dict()), out


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("reports")


def cells(path: Path) -> tuple[list[str], list[object]]:
    """The sheet names and every cell's value of the workbook at ``path``."""
    book = openpyxl.load_workbook(path)
    return book.sheetnames, [c.value for ws in book for row in ws.iter_rows() for c in row]


def test_the_catalogue_gives_the_check_something_to_find():
    assert len(english_sentences()) > 100
    assert "of the ties that could exist" in english_sentences()


@pytest.mark.parametrize("book", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_text_report_holds_no_english_sentence(book, lang, tmp):
    text, _, _ = analysed(book, lang, tmp)
    english, _, _ = analysed(book, "en", tmp)
    assert english_in(english), "the check finds the English sentences in the English report"
    # the gaps line names its scope with the gaps' own words (another catalogue)
    body = text.rsplit("\n\n", 1)[0]
    assert english_in(body) == []


@pytest.mark.parametrize("book", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_excel_report_holds_no_english_sentence(book, lang, tmp):
    _, _, path = analysed(book, lang, tmp)
    names, values = cells(path)
    ours = [n for n in names if n not in ("Gaps", "Recommendations")]
    book_ = openpyxl.load_workbook(path)
    texts = [str(c.value) for name in ours for row in book_[name].iter_rows() for c in row
             if isinstance(c.value, str) and not _a_problem_of_the_import(book_[name], c)]
    assert english_in("\n".join(texts)) == []
    assert not set(ours) & {"Summary", "Stakeholders", "Brokers", "Structure", "Mixing", "Themes",
                            "Power-interest", "Glossary"}


def _a_problem_of_the_import(ws, cell) -> bool:
    """A validation message in the import report (the messages' own catalogue)."""
    return ws.title in ("Informe de importación", "Importrapport") and cell.row > 3


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_decimals_have_a_comma_and_sectors_are_words(lang, tmp):
    text, _, _ = analysed(EXAMPLES[0], lang, tmp)
    assert re.search(r"\b0,\d{1,3}\b", text)
    assert not re.search(r"\b0\.\d{1,3}\b", text)
    for code, word in SECTORS[lang].items():
        assert word in text
        assert code not in text.replace("civilsamhälle", "")


def test_each_sectors_e_i_line_is_punctuated_as_the_language_writes(tmp):
    """French sets a space before a colon; the sector lines of the E-I index
    are a sentence of the catalogue, not a colon the code writes."""
    french, _, _ = analysed(EXAMPLES[0], "fr", tmp)
    sector_lines = re.findall(r"^  (public|privé|société civile)(\s?):", french, flags=re.M)
    assert sector_lines and all(space in ("\xa0", "\u202f", " ") for _, space in sector_lines)


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_excel_keeps_numbers_numeric_with_sectors_as_words(lang, tmp):
    _, _, path = analysed(EXAMPLES[0], lang, tmp)
    ws = openpyxl.load_workbook(path).worksheets[1]  # every stakeholder's measures
    header = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    betweenness = header.index({"es": "intermediación", "sv": "mellanhet"}[lang])
    assert all(isinstance(r[betweenness], int | float) for r in rows)
    first = next(i for i, r in enumerate(rows, start=2) if isinstance(r[betweenness], float))
    assert ws.cell(row=first, column=betweenness + 1).number_format == "0.000"
    sectors = {r[1] for r in rows}
    assert sectors <= set(SECTORS[lang].values()) | {None}
    assert not sectors & set(SECTORS[lang])


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_json_is_the_english_json(lang, tmp):
    _, spoken, _ = analysed(EXAMPLES[0], lang, tmp)
    _, english, _ = analysed(EXAMPLES[0], "en", tmp)
    assert _rounded(spoken | {"output": None}) == _rounded(english | {"output": None})


def _rounded(value: object) -> object:
    """``value`` as JSON, floats to 9 decimals (PageRank's solver differs
    from one run to the next in the last digits)."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def test_english_is_the_text_the_report_always_wrote(tmp):
    from stakegraph.render.report.analysis import format_analysis, gaps_line

    text, _, _ = analysed(EXAMPLES[1], "en", tmp)
    result = analyze(EXAMPLES[1])
    assert text == format_analysis(result.analysis) + "\n\n" + gaps_line(result.gaps)
    # codebook values are words in English too; the code is for JSON
    assert "civil society" in text and "civil_society" not in text and "sociedad civil" not in text


ROUNDS = sorted((ROOT / "examples" / "before_after").glob("round*.xlsx"))


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_diff_speaks_the_language(lang):
    text = diff(*ROUNDS, lang=lang).text()
    english = diff(*ROUNDS).text()
    assert english_in(english) and english_in(text) == []
    assert re.search(r"\b0,\d{1,3}\b", text) and not re.search(r"\b0\.\d{1,3}\b", text)
    tie_type = {"es": "(colaboración)", "sv": "(samarbete)"}[lang]
    assert tie_type in text and "(collaboration)" not in text


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_groups_speak_the_language(lang):
    text = forums(EXAMPLES[1], lang=lang).text()
    assert english_in(forums(EXAMPLES[1]).text()) and english_in(text) == []
    assert {"es": "mesa de trabajo", "sv": "arbetsgrupp"}[lang] in text


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_evaluation_annex_speaks_the_language(lang, tmp):
    from stakegraph.jobs.evaluate import evaluate

    out = tmp / f"annex-{lang}.xlsx"
    spoken = evaluate(*ROUNDS, out, permutations=19, lang=lang)
    english = evaluate(*ROUNDS, permutations=19)
    assert english_in(english.text()) and english_in(spoken.text()) == []
    names, values = cells(out)
    assert english_in("\n".join(v for v in values if isinstance(v, str))) == []
    assert "Annex" not in names
    # the JSON keeps its keys and codes: only the sentences for people change
    assert spoken.to_dict().keys() == english.to_dict().keys()
    assert spoken.annex == english.annex


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_collection_report_speaks_the_language(lang, tmp_path):
    from conftest import write_workbook
    from fill_survey import fill

    from stakegraph.jobs.collect import collect
    from stakegraph.jobs.survey import survey

    book = write_workbook(tmp_path / "mapping.xlsx", {
        "Stakeholders": [["name", "sector"], ["City Council", "public"], ["Doras", "civil_society"],
                         ["Atlantic Meats", "private"]],
        "Relationships": [["source", "target", "type"], ["City Council", "Doras", "funding"]]})
    survey(book, tmp_path / "surveys")
    answered = fill(tmp_path / "surveys" / "Doras.xlsx", tmp_path / "doras.xlsx")
    english = collect(book, [answered], tmp_path / "round-en.xlsx")
    spoken = collect(book, [answered], tmp_path / f"round-{lang}.xlsx", lang=lang)
    assert english_in(english.text()) and english_in(spoken.text()) == []
    assert {"es": "sociedad civil", "sv": "civilsamhälle"}[lang] in spoken.text()
    assert spoken.to_dict() | {"round": None} == english.to_dict() | {"round": None}
