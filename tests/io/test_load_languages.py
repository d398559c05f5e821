"""Workbooks written in the languages of the seed projects import without
hand-editing, and their mistakes are named just as in English."""

from __future__ import annotations

from pathlib import Path

from stakegraph.io import load
from stakegraph.io.language import book_language


def test_a_greek_workbook_with_greek_sheets_headers_and_values(make_workbook):
    book = make_workbook({
        "Ενδιαφερόμενα μέρη": [
            ["Χαρτογράφηση φορέων, Αθήνα 2026"],
            ["Όνομα", "Τομέας", "Τύπος", "Θεματικές", "Με ηγεσία μεταναστών"],
            ["Δήμος Αθηναίων", "Δημόσιος", "Τοπική αυτοδιοίκηση", "Στέγαση; Υγεία", "Όχι"],
            ["Ελληνικό Συμβούλιο για τους Πρόσφυγες", "ΜΚΟ", None, "Νομικό καθεστώς", "όχι"],
            ["Κοινότητα Αφγανών", "Κοινωνία των πολιτών", None, None, "ΝΑΙ"],
            ["Εταιρεία Α", "Ιδωτικός", None, None, None],
        ],
        "Σχέσεις": [["Πηγή", "Προορισμός", "Τύπος"],
                    ["Δήμος Αθηναίων", "Κοινότητα Αφγανων", "Χρηματοδότηση"]],
    })
    loaded = load(book)
    assert [str(p) for p in loaded.report.problems] == [
        "Ενδιαφερόμενα μέρη, row 6, column Τομέας: 'Ιδωτικός' is not a sector; did you mean 'Ιδιωτικός'?",
    ]
    G = loaded.graph
    athens = G.nodes["δημοσ-αθηναιων"]
    assert (athens["sector"], athens["type"], athens["themes"], athens["migrant_led"]) == (
        "public", "local_authority", ["housing", "health"], False)
    assert G.nodes["κοινοτητα-αφγανων"]["migrant_led"] is True
    assert G.nodes["κοινοτητα-αφγανων"]["sector"] == "civil_society"
    funding = [(u, v, d["type"], d["directed"]) for u, v, d in G.edges(data=True)]
    assert funding == [("δημοσ-αθηναιων", "κοινοτητα-αφγανων", "funding", True)]


def test_a_german_workbook_with_an_unknown_theme_gets_a_warning_in_place(make_workbook):
    book = make_workbook({
        "Akteure": [["Name", "Sektor", "Themen", "Ebene"],
                    ["Stadt Köln", "Öffentlich", "Gesundheit; Wohnen", "lokal"],
                    ["Caritas Köln", "Zivilgesellschaft", "Gesundhiet", "regional"]],
        "Beziehungen": [["Quelle", "Ziel"], ["Stadt Köln", "Caritas Koln"]],
    })
    loaded = load(book)
    assert [str(p) for p in loaded.report.problems] == [
        "Akteure, row 3, column Themen: 'Gesundhiet' is not a known theme; it is kept as written;"
        " did you mean 'Gesundheit'?",
    ]
    assert loaded.graph.nodes["stadt-koln"]["themes"] == ["health", "housing"]
    assert loaded.report.counts["ties"] == 1


def test_a_sector_that_cannot_be_guessed_is_answered_with_the_sheets_own_words(make_workbook):
    book = make_workbook({
        "Partes interesadas": [["Nombre", "Sector", "Tipo"],
                               ["Ayuntamiento de Málaga", "Público", "Administración local"],
                               ["Málaga Acoge", None, "ONG"],
                               ["Bodegas Sur", "Empresa familiar", None]],
        "Attori": [["Nome", "Settore"], ["Comune di Varese", "Sconosciuto"]],
    })
    assert [str(p) for p in load(book).report.problems] == [
        "Partes interesadas, row 3, column Sector: the sector of 'Málaga Acoge' is empty; write Público,"
        " Privado or Sociedad civil (public, private, civil_society)",
        "Partes interesadas, row 4, column Sector: 'Empresa familiar' is not a sector; write Público,"
        " Privado or Sociedad civil (public, private, civil_society)",
        "Attori, row 2, column Settore: 'Sconosciuto' is not a sector; write Pubblico, Privato or"
        " Società civile (public, private, civil_society)",
    ]


CATALAN = Path(__file__).resolve().parents[1] / "data" / "catalan" / "mapatge_ca.xlsx"


def test_a_catalan_workbook_imports_cleanly_in_its_own_words():
    """Catalonia is a REGIN pilot region: its sheet names, headers, values and
    yes/no (tests/data/catalan/build_catalan.py) are read without a single problem."""
    loaded = load(CATALAN)
    assert loaded.report.problems == []
    assert loaded.report.counts == {"stakeholders": 6, "ties": 4, "iwgs": 1, "memberships": 3}
    G = loaded.graph
    council, migrants = G.nodes["ajuntament-de-vilanova-del-riu"], G.nodes["associacio-senegalesa-del-valles"]
    assert (council["sector"], council["type"], council["level"], council["themes"], council["migrant_led"]) == (
        "public", "local_authority", "local", ["housing", "employment"], False)
    assert (migrants["sector"], migrants["type"], migrants["migrant_led"]) == ("civil_society", "migrant_led", True)
    assert G.nodes["cooperativa-fruites-del-camp"]["sector"] == "private"
    ties = sorted((u, v, d["type"], d["directed"]) for u, v, d in G.edges(data=True) if "type" in d)
    assert ties == [
        ("ajuntament-de-vilanova-del-riu", "fundacio-acollida-oberta", "funding", True),
        ("consell-comarcal-de-la-plana-alta", "fundacio-acollida-oberta", "referral", True),
        ("cooperativa-fruites-del-camp", "sindicat-de-treballadors-del-camp", "information", False),
        ("fundacio-acollida-oberta", "associacio-senegalesa-del-valles", "collaboration", False),
    ]


def test_a_catalan_workbook_is_known_as_catalan():
    assert book_language(CATALAN) == "ca"


def test_a_catalan_typo_is_answered_with_a_catalan_word(make_workbook):
    book = make_workbook({
        "Parts interessades": [["Nom", "Sector", "Tipus", "Dirigida per migrants"],
                               ["Ajuntament de Vilanova del Riu", "Públic", "Ajuntament", "No"],
                               ["Fundació Acollida Oberta", "Societat civl", "Fundació", "Sí"]],
    })
    assert [str(p) for p in load(book).report.problems] == [
        "Parts interessades, row 3, column Sector: 'Societat civl' is not a sector; did you mean 'Societat civil'?",
    ]
