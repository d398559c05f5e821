"""``--lang auto`` takes a language only on real evidence: one German header
in an English register leaves it English; a workbook written in German,
Spanish, Italian or French is answered in its language."""

from __future__ import annotations

from pathlib import Path

import pytest

from stakegraph.io.language import book_language

ROOT = Path(__file__).parents[2]
REAL = ROOT / "tests" / "data" / "real"


def test_one_german_header_in_an_english_register_stays_english(make_workbook):
    book = make_workbook(Sheet1=[["Organisation", "Kategorie", "Website", "Notes"],
                                 ["Doras", "NGO", "doras.ie", "Limerick"],
                                 ["Limerick City Council", "Local authority", "limerick.ie", None]])
    assert book_language(book) == "en"


def test_one_german_header_beside_english_headers_stays_english(make_workbook):
    book = make_workbook(Stakeholders=[["name", "Kategorie", "level", "region", "themes"],
                                       ["Doras", "NGO", "local", "Mid-West", "housing"]])
    assert book_language(book) == "en"


def test_a_german_headed_workbook_is_german(make_workbook):
    book = make_workbook(Tabelle1=[["Name", "Sektor", "Kategorie", "Ebene", "Themen"],
                                   ["Caritas Köln", "Zivilgesellschaft", "NGO", "Lokal", "Wohnen"],
                                   ["Stadt Köln", "Öffentlich", "Kommune", "Lokal", "Bildung"]])
    assert book_language(book) == "de"


def test_german_sheet_names_decide_when_the_headers_leave_it_open(make_workbook):
    book = make_workbook(Akteure=[["Name", "Kategorie"], ["Caritas Köln", "NGO"]])
    assert book_language(book) == "de"


@pytest.mark.parametrize(("path", "lang"), [
    (ROOT / "examples" / "andalucia_es.xlsx", "es"),
    (ROOT / "examples" / "varese_it.xlsx", "it"),
    (ROOT / "examples" / "limerick_iwg_en.xlsx", "en"),
    (REAL / "mapa_de_actores_es.xlsx", "es"),
    (REAL / "mappatura_stakeholder_it.xlsx", "it"),
    (REAL / "foreis_el.xlsx", "el"),
    (REAL / "policy_network_de", "de"),
    (REAL / "Foerderungen_2023.csv", "de"),
    (REAL / "onodo_villaverde.xlsx", "es"),
    (REAL / "subventions_scdl.csv", "fr"),
    (REAL / "samverkan_skane.csv", "sv"),
    (REAL / "interreg_stakeholder_list.xlsx", "en"),
    (REAL / "transparency_register.csv", "en"),
    (ROOT / "tests" / "data" / "catalan" / "mapatge_ca.xlsx", "ca"),
], ids=lambda v: v.name if isinstance(v, Path) else v)
def test_the_bundled_workbooks_keep_their_language(path, lang):
    assert book_language(path) == lang
