"""Reading the Stakeholders sheet: values normalised, problems named by
sheet, row and column, and every row imported, merged or rejected."""

from __future__ import annotations

from stakegraph.io import load
from tests.conftest import STAKEHOLDERS


def messages(report):
    return [str(p) for p in report.problems]


def accounting(report):
    return [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]


def test_a_clean_sheet_becomes_typed_stakeholder_nodes(make_workbook):
    loaded = load(make_workbook(Stakeholders=STAKEHOLDERS))
    G, report = loaded.graph, loaded.report
    assert report.problems == []
    assert report.ok
    assert accounting(report) == [("Stakeholders", 4, 4, 0, 0)]
    assert report.counts == {"stakeholders": 4, "ties": 0, "iwgs": 0, "memberships": 0}
    doras = G.nodes["doras"]
    assert doras["kind"] == "stakeholder"
    assert doras["name"] == "Doras"
    assert doras["sector"] == "civil_society"
    assert doras["type"] == "ngo"
    assert doras["level"] == "regional"
    assert doras["themes"] == ["legal_status", "employment"]
    assert doras["migrant_led"] is False
    assert (doras["influence"], doras["interest"]) == (3, 5)
    assert G.nodes["sudanese-community-limerick"]["type"] == "migrant_led"
    assert G.nodes["sudanese-community-limerick"]["migrant_led"] is True


def test_title_rows_above_the_header_are_skipped_and_rows_keep_excel_numbers(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Stakeholder mapping, Limerick, autumn 2026"],
        [],
        ["Name", "Sector"],
        ["Doras", "pubic"],
    ])
    report = load(book).report
    assert messages(report) == [
        "Stakeholders, row 4, column Sector: 'pubic' is not a sector; did you mean 'public'?"
    ]
    assert accounting(report) == [("Stakeholders", 1, 1, 0, 0)]


def test_the_title_above_the_header_names_the_mapping_else_the_file_does(make_workbook):
    titled = make_workbook(Stakeholders=[
        ["Stakeholder mapping,   Limerick, autumn 2026"],
        ["Region:", "Mid-West"],
        ["Name", "Sector"],
        ["Doras", "NGO"],
    ])
    assert load(titled).graph.graph["title"] == "Stakeholder mapping, Limerick, autumn 2026"
    untitled = make_workbook(Stakeholders=[["Region:", "Mid-West"], ["Name", "Sector"], ["Doras", "NGO"]],
                             name="mid-west.xlsx")
    assert load(untitled).graph.graph["title"] == "mid-west"


def test_unknown_columns_are_kept_as_node_attributes(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "Website", "Year founded"],
        ["Doras", "NGO", "https://doras.example.org", 2000],
    ])
    G = load(book).graph
    assert G.nodes["doras"]["Website"] == "https://doras.example.org"
    assert G.nodes["doras"]["Year founded"] == 2000
    assert G.graph["extra_columns"] == ["Website", "Year founded"]


def test_a_misspelt_column_is_kept_and_named_with_a_suggestion(make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector", "Themse"], ["Doras", "NGO", "health"]])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 1, column Themse: 'Themse' is not a known column; it is kept as it is;"
        " did you mean 'themes'?"
    ]
    assert loaded.graph.nodes["doras"]["Themse"] == "health"


def test_missing_and_unknown_sectors_are_errors_and_the_row_is_still_imported(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector"],
        ["Doras", ""],
        ["Dell Ireland", "Privte"],
        ["Garda", "military"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column sector: the sector of 'Doras' is empty; write public, private or civil_society",
        "Stakeholders, row 3, column sector: 'Privte' is not a sector; did you mean 'private'?",
        "Stakeholders, row 4, column sector: 'military' is not a sector; write public, private or civil_society",
    ]
    assert [p.severity for p in loaded.report.problems] == ["error"] * 3
    assert not loaded.report.ok
    assert accounting(loaded.report) == [("Stakeholders", 3, 3, 0, 0)]
    assert loaded.graph.nodes["doras"]["sector"] is None


def test_unknown_type_level_and_theme_are_warnings_and_kept_as_written(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "type", "level", "themes"],
        ["Doras", "NGO", "charty", "loacl", "housing; sport; helth"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column type: 'charty' is not a known stakeholder type; it is kept as"
        " written; did you mean 'charity'?",
        "Stakeholders, row 2, column level: 'loacl' is not a known level; it is kept as written;"
        " did you mean 'local'?",
        "Stakeholders, row 2, column themes: 'sport' is not a known theme; it is kept as written",
        "Stakeholders, row 2, column themes: 'helth' is not a known theme; it is kept as written;"
        " did you mean 'health'?",
    ]
    assert loaded.report.ok
    node = loaded.graph.nodes["doras"]
    assert (node["type"], node["level"], node["themes"]) == ("charty", "loacl", ["housing", "sport", "helth"])


def test_ratings_outside_one_to_five_are_left_empty_with_a_warning(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "influence", "interest"],
        ["Doras", "NGO", 7, "don't know"],
        ["Garda", "public", 0, 2.5],
        ["Dell", "private", "3", 5],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column influence: 7 is outside 1–5; the rating is left empty",
        "Stakeholders, row 2, column interest: 'don't know' is not a rating (write 1 to 5, a word such as high, "
        "medium or low, a letter A to C, 1 to 10 or a percentage); it is left empty",
        "Stakeholders, row 3, column influence: 0 is outside 1–5; the rating is left empty",
        "Stakeholders, row 3, column interest: '2.5' is not a rating (write 1 to 5, a word such as high, "
        "medium or low, a letter A to C, 1 to 10 or a percentage); it is left empty",
    ]
    G = loaded.graph
    assert G.nodes["doras"]["influence"] is None and G.nodes["dell"]["influence"] == 3
    assert accounting(loaded.report) == [("Stakeholders", 3, 3, 0, 0)]


def test_an_empty_name_rejects_the_row_and_a_blank_row_is_not_counted(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector"],
        ["Doras", "NGO"],
        [None, "public"],
        [],
        ["   ", "private"],
    ])
    report = load(book).report
    assert messages(report) == [
        "Stakeholders, row 3, column name: the name is empty; the row is left out",
        "Stakeholders, row 5, column name: the name is empty; the row is left out",
    ]
    assert accounting(report) == [("Stakeholders", 3, 1, 0, 2)]


def test_duplicate_names_differing_in_case_spaces_and_accents_are_merged(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "themes", "region", "email"],
        ["Cáritas Varese", "NGO", "housing", None, "info@caritas.example"],
        ["  CARITAS   varese ", "civil society", "health", "Lombardia", None],
        ["caritas varese", "public", None, None, None],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 3, column name: 'CARITAS varese' is already on row 2; the two rows are merged",
        "Stakeholders, row 4, column name: 'caritas varese' is already on row 2; the two rows are merged",
        "Stakeholders, row 4, column sector: 'public' differs from row 2; the first row's value is kept",
    ]
    assert accounting(loaded.report) == [("Stakeholders", 3, 1, 2, 0)]
    node = loaded.graph.nodes["caritas-varese"]
    assert node["name"] == "Cáritas Varese"
    assert node["themes"] == ["housing", "health"]
    assert node["region"] == "Lombardia"
    assert node["sector"] == "civil_society"


def test_yes_and_no_are_read_in_every_language(make_workbook):
    words = ["Sí", "no", "Sì", "ΝΑΙ", "όχι", "sim", "Oui", "nein", "Ja", "nej", "maybe"]
    rows = [["name", "sector", "migrant_led"]] + [[f"Org {i}", "NGO", w] for i, w in enumerate(words)]
    loaded = load(make_workbook(Stakeholders=rows))
    got = [loaded.graph.nodes[f"org-{i}"]["migrant_led"] for i in range(len(words))]
    assert got == [True, False, True, True, False, True, True, False, True, False, None]
    assert messages(loaded.report) == [
        "Stakeholders, row 12, column migrant_led: 'maybe' is not yes or no; it is left empty"
    ]


def test_a_title_that_looks_like_a_header_does_not_hide_the_real_header(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Name"],
        ["Organisation", "Sector", "Themes"],
        ["Doras", "NGO", "health"],
    ])
    loaded = load(book)
    assert loaded.report.problems == []
    assert loaded.graph.nodes["doras"]["themes"] == ["health"]


def test_two_themes_written_with_a_slash_are_two_themes_unless_the_slash_belongs_to_one(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["nombre", "sector", "temas"],
        ["Cáritas Málaga", "Sociedad civil", "empleo/vivienda; salud"],
        ["Fundación Sinti", "Sociedad civil", "Roma/Sinti"],
        ["CPIA", "Público", "education/training"],
    ]))
    G = loaded.graph
    assert G.nodes["caritas-malaga"]["themes"] == ["employment", "housing", "health"]
    assert G.nodes["cpia"]["themes"] == ["education_training"]
    assert G.nodes["fundacion-sinti"]["themes"] == ["Roma/Sinti"]
    assert [p.code for p in loaded.report.problems] == ["unknown-theme"]


def test_a_sheet_with_no_sector_column_gets_one_error_for_all_its_stakeholders(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Type"], ["Doras", "club"], ["Garda", "club"], ["HSE", "club"], ["Tusla", "club"]]))
    sector_problems = [p for p in loaded.report.problems if "sector" in p.code]
    assert [(p.code, p.severity, p.row, p.value) for p in sector_problems] == [
        ("no-sector-column", "error", 1, 4)]
    assert sector_problems[0].message.startswith(
        "no column gives the sector of the 4 stakeholders ('Doras', 'Garda', 'HSE', …); add a sector column")
    assert loaded.report.counts["stakeholders"] == 4, "the stakeholders are still imported"


def test_an_organisation_on_several_rows_is_counted_and_named_once_when_no_column_gives_the_sector(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Organisation", "Town"], ["Doras", "Limerick"], ["Garda", "Ennis"], ["DORAS", "Ennis"], ["HSE", "Cork"]]))
    [error] = [p for p in loaded.report.problems if "sector" in p.code]
    assert (error.code, error.value) == ("no-sector-column", 3)
    assert "the 3 stakeholders ('Doras', 'Garda', 'HSE')" in error.message


def test_one_empty_sector_cell_in_a_sector_column_is_still_named_by_its_row(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Sector"], ["Doras", ""], ["Garda", ""], ["HSE", "public"]]))
    assert [(p.code, p.row) for p in loaded.report.problems] == [("missing-sector", 2), ("missing-sector", 3)]


def test_one_stakeholder_without_a_sector_in_a_sheet_with_no_sector_column_is_named_in_its_row(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Type", "Level"], ["Doras", "NGO", "local"], ["Ruhama", "club", "local"],
        ["Garda", "Public", "planetary"], ["HSE", "Public", "local"]]))
    assert [(p.code, p.row) for p in loaded.report.problems] == [
        ("sector-from-column", 1), ("missing-sector", 3), ("unknown-level", 4)], "in reading order"


def test_a_header_that_resembles_a_known_column_and_gives_the_sector_is_not_called_unknown(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Organisation typ"], ["Doras", "NGO"], ["Garda", "Public"], ["Dell", "Private"]]))
    assert [(p.code, p.column) for p in loaded.report.problems] == [("sector-from-column", "Organisation typ")]
    assert [loaded.graph.nodes[n]["sector"] for n in loaded.graph] == ["civil_society", "public", "private"]
