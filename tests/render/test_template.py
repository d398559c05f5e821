"""``stakegraph template``: a blank workbook in one of eight languages, whose
drop-down lists offer the codebook's words, and which imports cleanly once
filled in with those words."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from stakegraph.codebook import LANGUAGES, default_codebook
from stakegraph.io import load
from stakegraph.jobs.template import make_template
from stakegraph.render.template import DATA_ROWS, instruction_lines, write_template

CB = default_codebook()


def validations(sheet):
    """Column header -> the data validation covering that column's data rows."""
    found = {}
    for dv in sheet.data_validations.dataValidation:
        for cells in dv.sqref.ranges:
            col, top, _, bottom = range_boundaries(str(cells))
            assert (top, bottom) == (2, DATA_ROWS + 1)
            found[sheet.cell(row=1, column=col).value] = dv
    return found


def dropdown(book, formula):
    """The values a list validation offers, read from the cells it points at."""
    sheet_name, cells = formula.rsplit("!", 1)
    sheet = book[sheet_name.strip("'")]
    return [c.value for row in sheet[cells.replace("$", "")] for c in row]


def test_the_sheets_are_named_in_the_chosen_language(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", "it"))
    assert book.sheetnames == ["Attori", "Legami", "Tavoli di lavoro", "Elenchi",
                               "Istruzioni", "Elenchi a discesa"]
    assert [s.sheet_state for s in book.worksheets] == ["visible"] * 5 + ["hidden"]
    assert book.active.title == "Attori"


def test_the_headers_are_written_in_the_chosen_language(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", "es"))
    assert [c.value for c in book["Actores"][1]] == [
        "Nombre", "Sector", "Tipo", "Nivel", "Temas", "Dirigida por migrantes", "Influencia",
        "Interés", "Región", "Municipio", "País", "Contacto", "Correo electrónico", "Teléfono"]
    assert [c.value for c in book["Vínculos"][1]] == [
        "Origen", "Destino", "Tipo", "Peso", "Dirigido", "Desde", "Notas"]
    assert [c.value for c in book["Mesas de trabajo"][1]] == ["Mesa de trabajo", "Organización", "Rol", "Desde"]
    assert [c.value for c in book["Listas"][1]] == ["Lista", "Palabra", "Código"]


def test_headers_are_styled_frozen_and_wide_enough(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", "de"))
    sheet = book["Akteure"]
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30  # names are long
    assert all(sheet.column_dimensions[c.column_letter].width >= len(c.value) for c in sheet[1])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_drop_down_offers_the_codebook_labels_in_that_language(tmp_path, lang):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", lang))
    label = lambda vocab: [CB.label(vocab, c, lang) for c in CB.codes(vocab)]  # noqa: E731
    col = lambda kind, field: CB.column_label(kind, field, lang)  # noqa: E731
    expected = {
        ("stakeholders", "sector"): label("sector"),
        ("stakeholders", "type"): label("type"),
        ("stakeholders", "level"): label("level"),
        ("stakeholders", "themes"): label("theme"),
        ("stakeholders", "migrant_led"): label("yes_no"),
        ("relationships", "type"): label("tie_type"),
        ("relationships", "directed"): label("yes_no"),
        ("memberships", "role"): label("role"),
        ("lists", "list"): ["sector", "type", "level", "theme", "tie_type", "role", "rating"],
    }
    for (kind, field), labels in expected.items():
        dv = validations(book[CB.sheet_label(kind, lang)])[col(kind, field)]
        assert dv.type == "list"
        assert dropdown(book, dv.formula1) == labels, (kind, field)


def test_closed_lists_refuse_other_words_and_open_ones_only_warn(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    people = validations(book["Stakeholders"])
    assert (people["sector"].errorStyle, people["sector"].showErrorMessage) == ("stop", True)
    assert (people["migrant_led"].errorStyle, people["migrant_led"].showErrorMessage) == ("stop", True)
    assert (people["type"].errorStyle, people["level"].errorStyle) == ("warning", "warning")
    # a themes cell holds several themes, so its list is offered but never enforced
    assert people["themes"].showErrorMessage is False


def test_ratings_are_whole_numbers_from_1_to_5_and_weights_numbers_from_1_to_5(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    people, ties = validations(book["Stakeholders"]), validations(book["Relationships"])
    for dv in (people["influence"], people["interest"]):
        assert (dv.type, dv.operator, dv.formula1, dv.formula2) == ("whole", "between", "1", "5")
    assert (ties["weight"].type, ties["weight"].formula1, ties["weight"].formula2) == ("decimal", "1", "5")


def test_tie_ends_and_members_drop_down_from_the_stakeholder_names(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", "el"))
    ties, members = validations(book["Δεσμοί"]), validations(book["Ομάδες εργασίας"])
    names = f"'Φορείς'!$A$2:$A${DATA_ROWS + 1}"
    assert ties["Πηγή"].formula1 == ties["Προορισμός"].formula1 == members["Φορέας"].formula1 == names


def test_the_instructions_are_written_in_the_chosen_language(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", "fr"))
    cells = [c for row in book["Instructions"].iter_rows(values_only=True) for c in row if c]
    assert cells[0] == "Comment remplir ce classeur"
    # French sets a no-break space inside « » and before : and ;
    cells = [c.replace("\u00a0", " ") if isinstance(c, str) else c for c in cells]
    assert ("Une ligne par organisation dans la feuille « Acteurs ». Seul « Nom » est "
            "obligatoire ; « Secteur » est nécessaire à l'analyse.") in cells
    assert ("« Thèmes » : plusieurs thèmes dans une même cellule, séparés par un point-virgule (par exemple : "
            "Emploi; Logement).") in cells
    assert ("« Contact », « Courriel » et « Téléphone » sont des données personnelles : elles restent "
            "dans ce classeur et ne sont pas affichées sur les cartes, sauf demande expresse "
            "(--show-contacts).") in cells
    assert "Acteurs › Secteur" in cells and "Public · Privé · Société civile" in cells


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_every_instruction(tmp_path, lang):
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", lang))
    numbered = [row[1] for row in book[CB.sheet_label("instructions", lang)].iter_rows(values_only=True)
                if isinstance(row[0], int)]
    assert len(numbered) == 9
    assert all("{" not in line and CB.sheet_label("stakeholders", lang) in "".join(numbered)
               for line in numbered)


@pytest.mark.parametrize(("lang", "title", "line"), [
    ("es", "Cómo rellenar este libro",
     "Una fila por vínculo en la hoja «Vínculos»: «Origen» y «Destino» son nombres escritos igual que en "
     "la hoja «Actores»; «Peso» de 1 a 5; los vínculos de financiación y de derivación son "
     "dirigidos salvo que «Dirigido» diga No."),
    ("sv", "Så fyller du i den här arbetsboken",
     "”Inflytande” och ”Intresse”: ett heltal från 1 (lågt) till 5 (högt)."),
])
def test_the_instructions_are_the_catalogues_translation_with_no_english_left(tmp_path, lang, title, line):
    """The sentences come from the gettext catalogue (domain template): a
    sentence it did not translate would show in English."""
    book = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx", lang))
    cells = {c for row in book[CB.sheet_label("instructions", lang)].iter_rows(values_only=True)
             for c in row if isinstance(c, str)}
    assert title in cells and line in cells
    english_title, english_lines, english_values = instruction_lines(CB, "en")
    assert cells.isdisjoint({english_title, *english_lines, english_values})


def test_a_blank_template_imports_with_nothing_in_it_and_no_problems(tmp_path):
    loaded = load(write_template(tmp_path / "t.xlsx", "pt"))
    assert loaded.report.counts == {"stakeholders": 0, "ties": 0, "iwgs": 0, "memberships": 0}
    assert loaded.report.problems == []


# names written as an officer in each country would, accents included
NAMES = {
    "en": ["Limerick City Council", "Doras", "Sudanese Community Limerick", "Dell Ireland"],
    "es": ["Ayuntamiento de Málaga", "Cáritas Diocesana", "Asociación Senegalesa", "Hoteles Costa"],
    "it": ["Comune di Varese", "Caritas Ambrosiana Varese", "Associazione Senegalesi Varese", "Whirlpool Cassinetta"],
    "el": ["Δήμος Αθηναίων", "Άρσις", "Ένωση Αφγανών", "Εταιρεία Λιμένος"],
    "pt": ["Câmara Municipal de Lisboa", "Conselho Português para os Refugiados", "Casa do Brasil", "Sonae"],
    "fr": ["Mairie de Lyon", "Forum Réfugiés", "Association des Maliens", "Groupe Seb"],
    "de": ["Stadt Köln", "Caritasverband Köln", "Verein Syrischer Ärzte", "Ford-Werke"],
    "sv": ["Malmö stad", "Röda Korset Malmö", "Somaliska föreningen", "Skånemejerier"],
    "ca": ["Ajuntament de Vilanova del Riu", "Fundació Acollida Oberta", "Associació Senegalesa del Vallès",
           "Cooperativa Fruites del Camp"],
}


def fill(path: Path, lang: str) -> None:
    """Fill a template as its user would: names typed, everything else picked
    from the template's own drop-down lists."""
    book = openpyxl.load_workbook(path)
    col = lambda kind, field: CB.column_label(kind, field, lang)  # noqa: E731
    sheet = lambda kind: book[CB.sheet_label(kind, lang)]  # noqa: E731

    def pick(kind, field):
        return dropdown(book, validations(sheet(kind))[col(kind, field)].formula1)

    sector, kind_of, level = pick("stakeholders", "sector"), pick("stakeholders", "type"), pick("stakeholders", "level")
    themes, yes_no = pick("stakeholders", "themes"), pick("stakeholders", "migrant_led")
    tie_types, directed = pick("relationships", "type"), pick("relationships", "directed")
    roles = pick("memberships", "role")
    council, ngo, migrants, company = NAMES[lang]
    # columns: name, sector, type, level, themes, migrant_led, influence, interest, region, ...
    for row in [
        [council, sector[0], kind_of[0], level[0], f"{themes[4]}; {themes[5]}", yes_no[1], 5, 4],
        [ngo, sector[2], kind_of[5], level[1], f"{themes[8]}; {themes[0]}", yes_no[1], 3, 5],
        [migrants, sector[2], kind_of[6], level[0], themes[2], yes_no[0], 1, 5],
        [company, sector[1], "Bespoke", level[2], themes[0], yes_no[1], 4, 2],
    ]:
        sheet("stakeholders").append(row)
    for row in [
        [council, ngo, tie_types[2], 3, None],       # funding: directed by default
        [ngo, migrants, tie_types[0], 2, directed[1]],
        [company, council, tie_types[3], None, directed[0]],
    ]:
        sheet("relationships").append(row)
    for row in [["IWG", council, roles[0]], ["IWG", ngo, roles[2]], ["IWG", migrants, roles[3]]]:
        sheet("memberships").append(row)
    sheet("lists").append(["type", "Bespoke", kind_of[4]])  # the company's own word: service provider
    book.save(path)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_template_filled_with_its_own_words_imports_cleanly(tmp_path, lang):
    path = write_template(tmp_path / f"mapping-{lang}.xlsx", lang)
    fill(path, lang)
    loaded = load(path)
    assert loaded.report.problems == []
    assert loaded.report.counts == {"stakeholders": 4, "ties": 3, "iwgs": 1, "memberships": 3}
    G = loaded.graph
    council, ngo, migrants, company = (
        next(n for n, d in G.nodes(data=True) if d.get("name") == name) for name in NAMES[lang])
    assert {k: G.nodes[council][k] for k in ("sector", "type", "level", "themes", "migrant_led")} == {
        "sector": "public", "type": "local_authority", "level": "local",
        "themes": ["housing", "social_cohesion"], "migrant_led": False}
    assert (G.nodes[ngo]["sector"], G.nodes[ngo]["type"], G.nodes[ngo]["themes"]) == (
        "civil_society", "ngo", ["legal_status", "employment"])
    assert (G.nodes[migrants]["type"], G.nodes[migrants]["migrant_led"]) == ("migrant_led", True)
    assert (G.nodes[company]["sector"], G.nodes[company]["type"]) == ("private", "service_provider")
    ties = {(u, v): (d["type"], d["weight"], d["directed"])
            for u, v, d in G.edges(data=True) if d["kind"] == "tie"}
    assert ties[(council, ngo)] == ("funding", 3.0, True)
    assert ties.get((ngo, migrants), ties.get((migrants, ngo))) == ("collaboration", 2.0, False)
    assert ties[(company, council)] == ("information", 1.0, True)
    roles = {u: d["role"] for u, _, d in G.edges(data=True) if d["kind"] == "member"}
    assert roles == {council: "chair", ngo: "secretariat", migrants: "member"}


def test_the_job_says_what_it_wrote(tmp_path):
    assert make_template(tmp_path / "m.xlsx", "sv") == {
        "schema_version": 1, "import": None, "path": str(tmp_path / "m.xlsx"), "lang": "sv",
        "sheets": ["Aktörer", "Band", "Arbetsgrupper", "Listor", "Instruktioner"]}


def test_the_command_writes_the_template_in_the_chosen_language(runner, tmp_path):
    result = runner("template", tmp_path / "m.xlsx", "--lang", "de")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"Gespeichert: {tmp_path / 'm.xlsx'}, Blätter Akteure, Beziehungen, "
                             "Arbeitsgruppen, Listen, Anleitung.\n")
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[0] == "Akteure"


def test_the_command_writes_english_by_default(runner, tmp_path):
    assert runner("template", tmp_path / "m.xlsx").exit_code == 0
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[:3] == ["Stakeholders", "Relationships", "IWGs"]


def test_an_unknown_language_is_refused_before_anything_is_written(runner, tmp_path):
    result = runner("template", tmp_path / "m.xlsx", "--lang", "nl")
    assert result.exit_code == 2
    assert ("Invalid value for '--lang': 'nl' is not a language stakegraph speaks (auto, en, es, it, el, pt, fr, "
            "de, sv, ca)") in result.stderr
    assert not (tmp_path / "m.xlsx").exists()


@pytest.mark.parametrize(("name", "message"), [
    ("m.ods", "Error: 'm.ods' is not a template stakegraph can write; end the name in .xlsx\n"),
    ("missing/m.xlsx", "Error: cannot write '{path}': No such file or directory\n"),
])
def test_a_template_that_cannot_be_written_ends_in_one_error_line(runner, tmp_path, name, message):
    result = runner("template", tmp_path / name)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message.format(path=tmp_path / name)


def test_the_library_refuses_a_language_it_has_no_words_for(tmp_path):
    with pytest.raises(ValueError, match="no template in 'nl'; use one of en, es, it, el, pt, fr, de, sv"):
        write_template(tmp_path / "m.xlsx", "nl")
    assert not (tmp_path / "m.xlsx").exists()
