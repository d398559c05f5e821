"""Workbooks as regional officers really make them: hints in header cells,
a second header row, formulas that failed, one organisation with two roles
in an IWG, weights written in words, booleans for yes/no, accents that
differ between sheets. Each either imports as meant or gets a message that
names sheet, row, column and value; every data row is still accounted for."""

from __future__ import annotations

from stakegraph.io import load
from tests.conftest import STAKEHOLDERS


def messages(report):
    return [str(p) for p in report.problems]


def accounting(report):
    return [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]


def test_a_hint_in_brackets_or_on_a_second_line_of_a_header_is_not_part_of_its_name(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Name ", "Sector\n(public / private / civil society)", "Influence\n(1-5)",
         "Interest [1 = low, 5 = high]", "Migrant-led\u00a0"],
        ["Doras", "NGO", 3, 5, True],
    ])
    loaded = load(book)
    assert messages(loaded.report) == []
    doras = loaded.graph.nodes["doras"]
    assert (doras["sector"], doras["influence"], doras["interest"], doras["migrant_led"]) == (
        "civil_society", 3, 5, True)


def test_a_true_false_cell_is_quoted_as_the_spreadsheet_shows_it(make_workbook):
    loaded = load(make_workbook(Stakeholders=[["name", "sector", "migrant_led"], ["Doras", True, False]]))
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column sector: 'TRUE' is not a sector; write public, private or civil_society"]
    assert loaded.graph.nodes["doras"]["migrant_led"] is False


def test_a_second_header_row_under_the_first_is_a_header_not_a_stakeholder(make_workbook):
    codes = ["name", "sector", "type", "level", "themes", "migrant_led", "influence", "interest"]
    labels = ["Name", "Sector", "Type", "Level", "Themes", "Migrant-led", "Influence", "Interest"]
    loaded = load(make_workbook(Stakeholders=[codes, labels, *STAKEHOLDERS[1:]]))
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 4, 4, 0, 0)]
    assert "name" not in loaded.graph
    assert loaded.graph.nodes["doras"]["influence"] == 3


def test_a_header_row_as_low_as_row_25_is_found_and_rows_keep_their_excel_numbers(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Stakeholder mapping, Varese"], *[[None]] * 23,
        ["name", "sector"], ["Caritas Varese", "civil society"], ["Comune di Varese", "pubic"],
    ])
    report = load(book).report
    assert messages(report) == [
        "Stakeholders, row 27, column sector: 'pubic' is not a sector; did you mean 'public'?"]
    assert accounting(report) == [("Stakeholders", 2, 2, 0, 0)]


def test_a_failed_formula_saved_as_text_is_not_taken_for_a_name(tmp_path):
    # Excel writes "#N/A" as text into a CSV when a lookup formula failed
    (tmp_path / "Stakeholders.csv").write_text(
        "name;sector\nCaritas Varese;civil society\n#N/A;public\nErr:502;public\n", "utf-8")
    (tmp_path / "Relationships.csv").write_text(
        "source;target\nCaritas Varese;#REF!\n", "utf-8")
    report = load(tmp_path).report
    assert messages(report) == [
        "Stakeholders, row 3, column name: the cell shows '#N/A', the error of a formula that "
        "failed, not a name; the row is left out (correct the formula, or paste the column as values)",
        "Stakeholders, row 4, column name: the cell shows 'Err:502', the error of a formula that "
        "failed, not a name; the row is left out (correct the formula, or paste the column as values)",
        "Relationships, row 2, column target: the cell shows '#REF!', the error of a formula that "
        "failed, not a name; the row is left out (correct the formula, or paste the column as values)",
    ]
    assert accounting(report) == [("Stakeholders", 3, 1, 0, 2), ("Relationships", 1, 0, 0, 1)]


def test_a_name_formula_with_no_saved_result_is_named_as_such(make_workbook):
    # openpyxl saves formulas without their results, as some exporters do
    report = load(make_workbook(Stakeholders=[["name", "sector"], ["=B9", "public"]])).report
    assert messages(report) == [
        "Stakeholders, row 2, column name: the name is a formula whose result was never saved; "
        "the row is left out (open the file in Excel or LibreOffice and save it, or paste the "
        "column as values)"]
    assert accounting(report) == [("Stakeholders", 1, 0, 0, 1)]


def test_one_organisation_twice_in_an_iwg_with_two_roles_keeps_the_first_and_says_so(make_workbook):
    loaded = load(make_workbook(Stakeholders=STAKEHOLDERS, IWGs=[
        ["iwg", "stakeholder", "role"],
        ["Limerick IWG", "Doras", "chair"],
        ["Limerick IWG", "Doras", "member"],
        ["Limerick IWG", "Dell Ireland", "member"],
        ["Limerick IWG", "Dell Ireland", "Member"],
    ]))
    assert messages(loaded.report) == [
        "IWGs, row 3, column role: this membership repeats row 2 (role 'chair') with the role "
        "'member'; the two are merged and the first role is kept (one row per IWG and "
        "organisation, with its main role)",
        "IWGs, row 5, column stakeholder: this membership repeats row 4; the two are merged",
    ]
    assert accounting(loaded.report)[-1] == ("IWGs", 4, 2, 2, 0)
    assert loaded.graph.edges["doras", "iwg:limerick-iwg", 0]["role"] == "chair"


def test_weights_with_a_decimal_comma_or_in_words_and_boolean_directions(make_workbook):
    loaded = load(make_workbook({
        "Stakeholders ": STAKEHOLDERS,  # trailing space in the sheet name
        "Relationships": [
            ["source", "target", "weight", "directed"],
            ["Doras", "Limerick City Council", "3,5", True],
            ["Doras", "Dell Ireland", "high", False],
        ],
    }))
    assert messages(loaded.report) == [
        "Relationships, row 3, column weight: 'high' is not a number; the weight is set to 1"]
    ties = {(u, v): d for u, v, d in loaded.graph.edges(data=True) if d["kind"] == "tie"}
    assert ties["doras", "limerick-city-council"]["weight"] == 3.5
    assert ties["doras", "limerick-city-council"]["directed"] is True
    assert ties["doras", "dell-ireland"]["directed"] is False


def test_partners_on_separate_lines_of_one_cell_are_separate_ties(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["name", "sector", "partners"],
        ["Comune di Varese", "public", "Caritas Varese\nCittà Aperta"],
        ["Caritas Varese", "civil society"],
        ["Città Aperta", "civil society"],
    ]))
    assert messages(loaded.report) == []
    assert sorted(loaded.graph.successors("comune-di-varese")) == ["caritas-varese", "citta-aperta"]


def test_a_matrix_under_a_title_matches_names_written_without_accents(make_workbook):
    names = ["Comune di Varese", "Caritas Varese", "Citta Aperta"]
    loaded = load(make_workbook(
        Stakeholders=[["name", "sector"], ["Comune di Varese", "public"],
                      ["Caritas Varese", "civil society"], ["Città Aperta", "civil society"]],
        Matrix=[["Who works with whom (1 = yes)"], [None, *names],
                [names[0], None, 1, 1], [names[1], 1, None, 0], [names[2], 1, 0, None]],
    ))
    assert messages(loaded.report) == []
    assert loaded.report.counts["ties"] == 2
    assert loaded.graph.has_edge("comune-di-varese", "citta-aperta") or loaded.graph.has_edge(
        "citta-aperta", "comune-di-varese")


def test_a_csv_folder_from_windows_excel_with_semicolons_and_accents(tmp_path):
    (tmp_path / "Stakeholders.csv").write_bytes(
        "name;sector;type\r\nCafé Solidaire;société civile;ONG\r\nMairie de Liège;public;\r\n"
        .encode("cp1252"))
    loaded = load(tmp_path)
    assert messages(loaded.report) == []
    assert loaded.graph.nodes["cafe-solidaire"]["name"] == "Café Solidaire"
    assert loaded.graph.nodes["cafe-solidaire"]["sector"] == "civil_society"


def test_a_sector_merged_over_several_rows_is_the_sector_of_each(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Stakeholders"
    for row in [["name", "sector"], ["Doras", "NGO"], ["Nasc", None], ["Dell Ireland", "private"]]:
        sheet.append(row)
    sheet.merge_cells("B2:B3")
    book.save(tmp_path / "merged.xlsx")
    loaded = load(tmp_path / "merged.xlsx")
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 3, 3, 0, 0)]
    assert loaded.graph.nodes["nasc"]["sector"] == "civil_society"


def test_a_merged_block_reaching_the_sheets_last_cell_does_not_widen_the_grid():
    from stakegraph.io.files import fill_merged

    rows = fill_merged([["name", "sector"], ["Doras"]], [((0, 0), (1_048_575, 16_383))])
    assert rows == [["name", "name"], ["name", "name"]]


def test_a_kumu_elements_sheet_next_to_a_stakeholders_sheet_is_left_out_and_says_why(make_workbook):
    report = load(make_workbook(
        Stakeholders=STAKEHOLDERS,
        Elements=[["Label", "Type"], ["Nasc", "NGO"]],
    )).report
    assert messages(report) == [
        "Elements: the sheet 'Elements' is laid out for Kumu, but this workbook has a "
        "Stakeholders sheet, which is read instead; 'Elements' is left out (copy its rows into "
        "the Stakeholders sheet to import them)"]
    assert accounting(report) == [("Stakeholders", 4, 4, 0, 0)]


def test_a_dash_or_question_mark_is_not_a_name_and_means_none_among_partners(make_workbook):
    report = load(make_workbook(Stakeholders=[
        ["name", "sector", "partners"],
        ["Doras", "NGO", "-"],
        ["?", "public"],
        ["Nasc", "NGO", "Doras; ?"],
    ])).report
    assert messages(report) == [
        "Stakeholders, row 3, column name: '?' is not a name (it has no letter or digit); "
        "the row is left out"]
    assert accounting(report) == [("Stakeholders", 3, 2, 0, 1), ("Stakeholders › partners", 1, 1, 0, 0)]


def test_an_unknown_header_on_two_lines_is_kept_on_one(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["name", "sector", "Website\n(if any)", "Notes\u00a0 "], ["Doras", "NGO", "doras.ie", "x"]]))
    assert messages(loaded.report) == []
    assert loaded.graph.graph["extra_columns"] == ["Website (if any)", "Notes"]
    assert loaded.graph.nodes["doras"]["Website (if any)"] == "doras.ie"


def test_a_matrix_in_a_sheet_named_ties_marked_with_x_and_yes(make_workbook):
    names = ["Doras", "Nasc", "Dell Ireland"]
    loaded = load(make_workbook(
        Stakeholders=[["name", "sector"], ["Doras", "NGO"], ["Nasc", "NGO"], ["Dell Ireland", "private"]],
        Ties=[[None, *names], ["Doras", None, "x", "yes"], ["Nasc", "X", None, "no"],
              ["Dell Ireland", "✓", None, None]],
    ))
    assert messages(loaded.report) == []
    assert accounting(loaded.report)[-1] == ("Ties", 3, 3, 0, 0)
    ties = sorted((u, v, d["weight"], d["directed"]) for u, v, d in loaded.graph.edges(data=True))
    assert ties == [("dell-ireland", "doras", 1.0, False), ("doras", "nasc", 1.0, False)]


def test_a_failed_formula_in_another_column_is_read_as_empty_and_said(tmp_path):
    (tmp_path / "Stakeholders.csv").write_text("name;sector;type;themes\nDoras;#N/A;#REF!;housing\n", "utf-8")
    loaded = load(tmp_path)
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column sector: the cell shows '#N/A', the error of a formula that "
        "failed; it is read as empty (correct the formula, or paste the column as values)",
        "Stakeholders, row 2, column type: the cell shows '#REF!', the error of a formula that "
        "failed; it is read as empty (correct the formula, or paste the column as values)",
        "Stakeholders, row 2, column sector: the sector of 'Doras' is empty; write public, private or civil_society",
    ]
    assert [p.severity for p in loaded.report.problems] == ["warning", "warning", "error"]
    assert accounting(loaded.report) == [("Stakeholders", 1, 1, 0, 0)]
    assert loaded.graph.nodes["doras"]["type"] is None


def test_a_lone_csv_file_with_any_name_is_the_stakeholders_sheet(tmp_path):
    file = tmp_path / "mapping_varese_2026.csv"
    file.write_text("name,sector\nCaritas Varese,civil society\n", "utf-8")
    loaded = load(file)
    assert messages(loaded.report) == [
        "mapping_varese_2026: no sheet is named Stakeholders, so the sheet 'mapping_varese_2026', "
        "which has a name column, is read as the Stakeholders sheet (name it Stakeholders to say so)"]
    assert accounting(loaded.report) == [("mapping_varese_2026", 1, 1, 0, 0)]


def test_a_workbook_left_with_excels_sheet_names_is_read_from_its_sheet_of_names(make_workbook):
    loaded = load(make_workbook(Foglio1=[["Nome", "Settore"], ["Caritas Varese", "Terzo settore"]],
                                Foglio2=[["Voce", "Costo"], ["sedie", 40]]))
    assert messages(loaded.report) == [
        "Foglio1: no sheet is named Stakeholders, so the sheet 'Foglio1', which has a name column, "
        "is read as the Stakeholders sheet (name it Stakeholders to say so)",
        "Foglio2: the sheet 'Foglio2' is not one stakegraph reads; it is left out"]
    assert loaded.graph.nodes["caritas-varese"]["sector"] == "civil_society"


def test_a_header_under_a_page_of_instructions_is_still_found(make_workbook):
    instructions = [[f"Instruction {i}: fill in one row per organisation"] for i in range(1, 60)]
    loaded = load(make_workbook(Stakeholders=[*instructions, ["name", "sector"], ["Doras", "NGO"]]))
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 1, 1, 0, 0)]


def test_labels_under_a_row_of_codes_are_a_second_header_even_when_fewer_are_known(make_workbook):
    codes = ["name", "sector", "influence", "website"]
    labels = ["Nome", "Settore\n(pubblico/privato)", "Peso", "Sito"]
    loaded = load(make_workbook(Stakeholders=[codes, labels, ["Caritas Varese", "terzo settore", 4, "x.it"]]))
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 1, 1, 0, 0)]
    caritas = loaded.graph.nodes["caritas-varese"]
    assert (caritas["sector"], caritas["influence"], caritas["Sito"]) == ("civil_society", 4, "x.it")


def test_a_two_level_header_with_merged_cells_reads_as_one(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Stakeholders"
    for row in [["Name", "Sector", "Rating", None], [None, None, "Influence", "Interest"], ["Doras", "NGO", 3, 5]]:
        sheet.append(row)
    for block in ("A1:A2", "B1:B2", "C1:D1"):
        sheet.merge_cells(block)
    book.save(tmp_path / "two-level.xlsx")
    loaded = load(tmp_path / "two-level.xlsx")
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 1, 1, 0, 0)]
    assert (loaded.graph.nodes["doras"]["influence"], loaded.graph.nodes["doras"]["interest"]) == (3, 5)


def with_failed_formulas(book, shown):
    """``book`` rewritten so that each text cell whose text is a key of
    ``shown`` becomes a formula that failed with that error, as Excel saves it."""
    import re
    import zipfile

    parts = {}
    with zipfile.ZipFile(book) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info.filename)
    for name, xml in parts.items():
        if name.startswith("xl/worksheets/"):
            text = xml.decode()
            for marker, error in shown.items():
                text = re.sub(rf'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>{marker}</t></is></c>',
                              rf'<c r="\1" t="e"><f>VLOOKUP(Z1,Y:X,2,0)</f><v>{error}</v></c>', text)
            parts[name] = text.encode()
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return book


def test_a_failed_lookup_in_an_xlsx_name_cell_is_named_not_taken_for_an_empty_name(make_workbook):
    book = with_failed_formulas(make_workbook(
        Stakeholders=[["name", "sector", "type"], ["LOOKUP1", "public"], ["Doras", "NGO", "LOOKUP2"]],
        Relationships=[["source", "target"], ["Doras", "LOOKUP3"]],
    ), {"LOOKUP1": "#N/A", "LOOKUP2": "#REF!", "LOOKUP3": "#N/A"})
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 2, column name: the cell shows '#N/A', the error of a formula that "
        "failed, not a name; the row is left out (correct the formula, or paste the column as values)",
        "Stakeholders, row 3, column type: the cell shows '#REF!', the error of a formula that "
        "failed; it is read as empty (correct the formula, or paste the column as values)",
        "Relationships, row 2, column target: the cell shows '#N/A', the error of a formula that "
        "failed, not a name; the row is left out (correct the formula, or paste the column as values)",
    ]
    assert accounting(loaded.report) == [("Stakeholders", 2, 1, 0, 1), ("Relationships", 1, 0, 0, 1)]
    assert loaded.graph.nodes["doras"]["type"] is None


def test_a_row_holding_only_a_formula_never_calculated_is_counted_and_rejected(make_workbook):
    # openpyxl, like other programs, saves "=1+1" with no result; the engine then sees nothing
    report = load(make_workbook(Stakeholders=[
        ["name", "sector", "themes"], ["Doras", "NGO"], [None, None, "=1+1"]])).report
    assert messages(report) == ["Stakeholders, row 3, column name: the name is empty; the row is left out"]
    assert accounting(report) == [("Stakeholders", 2, 1, 0, 1)]
