"""Personal data: contact columns are found by header in every language and
by content, recorded on the graph, reported by validate, and kept off maps
and shared exports unless asked for.

The browser check (no address or number anywhere in the page of a default
map) is in ``tests/render/map/test_browser.py``.
"""

from __future__ import annotations

import json

import pytest

from stakegraph.io.columns import parse_columns
from stakegraph.io.load import load
from stakegraph.jobs.export import export
from stakegraph.model.personal import looks_like_email, looks_like_phone, personal_reason
from stakegraph.render.map.build import MapOptions, build_map

#: a register whose contacts sit in columns no template names
REGISTER = [
    ["Nome", "Settore", "Referente", "Tel. ufficio", "Reach us at", "email", "E-mail", "Anno", "Importo", "CAP"],
    ["Caritas Ambrosiana", "Terzo settore", "Giulia Verdi", "02 7602 1234", "giulia.verdi@caritas-amb.example",
     "info@caritas-amb.example", "segreteria@caritas-amb.example", 2019, "1.234.567", "20122"],
    ["Comune di Milano", "Pubblico", "Luca Neri", "+39 02 8845 1111", "+39 333 123 4567",
     "politiche.sociali@comune.example", "luca.neri@comune.example", 2020, "12.000", "20121"],
    ["Naga", "Terzo settore", "Sara Bassi", "(02) 5810 2599", "sara.bassi@naga.example",
     None, None, "2018-2020", "950", "20124"],
]


def test_contacts_in_columns_no_template_names_are_found_and_said_why(make_workbook):
    loaded = load(make_workbook(Stakeholders=REGISTER))
    notes = [str(p) for p in loaded.report.notes]
    assert notes == [
        f"Stakeholders, row 1, column {column}: the column '{column}' is treated as personal data ({why}): "
        "it is kept, and left off maps, reports and shared exports unless contacts are asked for"
        for column, why in [("Tel. ufficio", "its header names a contact ('tel')"),
                            ("Reach us at", "holds e-mail addresses or phone numbers"),
                            ("E-mail", "repeats the contact column 'email'")]
    ]
    assert {p.code for p in loaded.report.notes} == {"personal-column"}
    assert loaded.graph.graph["personal_columns"] == {
        "Tel. ufficio": "its header names a contact ('tel')",
        "Reach us at": "holds e-mail addresses or phone numbers",
        "E-mail": "repeats the contact column 'email'",
    }
    caritas = loaded.graph.nodes["caritas-ambrosiana"]
    assert caritas["contact"] == "Giulia Verdi" and caritas["email"] == "info@caritas-amb.example"
    assert caritas["Reach us at"] == "giulia.verdi@caritas-amb.example"  # kept, never dropped


@pytest.mark.parametrize("header", [
    "e-mail", "Contact e-mail", "Contact phone", "correo electrónico", "telefono", "Telefon", "mobile",
    "contact person", "persona de contacto", "Referente", "Ansprechpartner", "kontaktperson", "τηλέφωνο",
    "Courriel", "Telemóvel", "E-postadress", "Handy", "Cellulare", "Persona di contatto",
])
def test_a_contact_header_in_any_language_is_a_contact_field(make_workbook, header):
    loaded = load(make_workbook(Stakeholders=[["name", "sector", header], ["Doras", "NGO", "x"]]))
    node = loaded.graph.nodes["doras"]
    assert header not in node and [node["contact"], node["email"], node["phone"]].count("x") == 1


@pytest.mark.parametrize("header", ["Name of contact person", "Tel./Fax", "Email address of the coordinator",
                                    "Telefonnummer Büro", "Correo electrónico de contacto"])
def test_a_header_holding_a_contact_word_is_personal(make_workbook, header):
    loaded = load(make_workbook(Stakeholders=[["name", "sector", "email", header],
                                              ["Doras", "NGO", "a@b.example", "x"]]))
    assert header in loaded.graph.graph["personal_columns"]


@pytest.mark.parametrize("value", [
    "+39 02 1234 5678", "0039 02 12345678", "030-1234567", "(0)20 7946 0958", "+353 61 310 328",
    "210 123 4567", "08-123 456 78", "Tel. 91 123 45 67", "02 1234567 / 02 7654321", "+30 6944 123456",
    "Fax: 02 1234 5678", "+39 02 1234 5678 (ufficio)", "030/1234567",
])
def test_what_a_phone_number_looks_like(value):
    assert looks_like_phone(value)


@pytest.mark.parametrize("value", [
    2019, "2019", "2019-2020", "2019/20", 390212345678, "12345678", "1.234.567", "1,234,567.00",
    "12345678.50", "00184", "28013", "2021-03-15", "15/03/2021", "ID-000123", "IT01234567890",
    "B-12345678", "€ 12,000", "1-2", "SE 211 20", "802012-3456", "12/345/67890", "2019 - 2023",
])
def test_years_amounts_dates_postcodes_and_ids_are_not_phone_numbers(value):
    assert not looks_like_phone(value)


@pytest.mark.parametrize("column", [
    [2019, 2020, 2021], ["2019-2020", "2021-2022"], ["1.234.567", "12.000", "950"], ["00184", "20122"],
    ["ID-000123", "ID-000124"], [12345678, 87654321], ["15/03/2021", "2021-03-15"], ["www.doras.ie", "@doras"],
])
def test_a_column_of_years_amounts_postcodes_or_ids_is_not_personal(column):
    assert personal_reason(column) is None


def test_a_column_is_personal_when_most_of_its_cells_are_contacts():
    assert personal_reason(["a@b.example", "c@d.example", "n/a"]) == "holds e-mail addresses"
    assert personal_reason(["a@b.example", "n/a", "n/a"]) is None
    assert looks_like_email("Giulia <g.verdi@caritas.example>") and not looks_like_email("Giulia @ Caritas")


def test_the_default_map_leaves_every_personal_column_out_and_show_contacts_puts_them_in(make_workbook):
    G = load(make_workbook(Stakeholders=REGISTER)).graph
    hidden = json.dumps(build_map(G).info, ensure_ascii=False)
    shown = json.dumps(build_map(G, options=MapOptions(show_contacts=True)).info, ensure_ascii=False)
    for row in REGISTER[1:]:
        for value in row[2:7]:
            if value is not None:
                assert value not in hidden and value in shown
    assert "1.234.567" in hidden and "Anno" in hidden  # the other unknown columns stay


def test_a_stray_address_in_a_column_of_something_else_stays_off_the_map(make_workbook):
    G = load(make_workbook(Stakeholders=[["name", "sector", "Notes"], ["Doras", "NGO", "write to x@doras.example"],
                                         ["Naga", "NGO", "open on Mondays"], ["Arci", "NGO", "small"]])).graph
    assert "Notes" not in G.graph["personal_columns"]
    info = json.dumps(build_map(G).info)
    assert "x@doras.example" not in info and "open on Mondays" in info


@pytest.mark.parametrize("ending", ["graphml", "json", "kumu.xlsx", "csv"])
def test_an_export_without_contacts_leaves_every_personal_column_out(make_workbook, tmp_path, ending):
    book = make_workbook(Stakeholders=REGISTER)
    out = tmp_path / f"out.{ending}"
    written = export(book, out, contacts=False).to_dict()
    files = [tmp_path / f for f in written["files"]] if ending == "csv" else [out]
    if ending == "kumu.xlsx":
        import openpyxl
        text = json.dumps([list(r) for ws in openpyxl.load_workbook(out) for r in ws.iter_rows(values_only=True)],
                          ensure_ascii=False, default=str)
    else:
        text = "".join(f.read_text("utf-8") for f in files)
    for value in ("giulia.verdi@caritas-amb.example", "+39 333 123 4567", "02 7602 1234",
                  "segreteria@caritas-amb.example", "Giulia Verdi"):
        assert value not in text
    assert "Caritas Ambrosiana" in text


def test_a_duplicate_row_with_another_contact_keeps_both_and_the_report_repeats_neither(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["name", "sector", "email", "Reach us at"],
        ["Doras", "NGO", "info@doras.example", "+353 61 310 328"],
        ["DORAS", "NGO", "director@doras.example", "+353 87 123 4567"],
    ]))
    assert [str(p) for p in loaded.report.warnings] == [
        "Stakeholders, row 3, column name: 'DORAS' is already on row 2; the two rows are merged"]
    assert [str(p) for p in loaded.report.problems if p.code == "conflicting-contact"] == [
        f"Stakeholders, row 3, column {column}: this contact differs from row 2; both are kept, joined by ';', "
        "and stay off maps (neither is repeated here)" for column in ("email", "Reach us at")]
    doras = loaded.graph.nodes[next(iter(loaded.graph))]
    assert doras["email"] == "info@doras.example; director@doras.example"
    assert doras["Reach us at"] == "+353 61 310 328; +353 87 123 4567"
    assert "director@doras.example" not in "\n".join(str(p) for p in loaded.report.problems)


@pytest.mark.parametrize("rows, key, people", [
    # a participant list: "Name" beside "Organisation" names people
    ([["Name", "Organisation", "Email", "Sector"], ["Anabel Ruizeta", "Red Cross", "anabel@x.example", "NGO"],
      ["Bonifaz Claesen", "City Council", "bonifaz@x.example", "public"],
      ["Cyrilla Maesberg", "Red Cross", "cyrilla@x.example", "NGO"]],
     "Organisation", {"Name"}),
    # the same in Spanish, organisation first
    ([["Entidad", "Nombre", "Apellidos", "Sector"], ["Cruz Roja", "Anabel", "Ruizeta", "ONG"],
      ["Ayuntamiento", "Bonifacio", "Claesen", "Público"]],
     "Entidad", {"Nombre", "Apellidos"}),
    # a first name and a surname, in German, beside the organisation
    ([["Organisation", "Vorname", "Nachname", "Sektor"], ["Caritas", "Annelore", "Huberbauer", "NGO"],
      ["Stadt Graz", "Bernward", "Grubinger", "öffentlich"]],
     "Organisation", {"Vorname", "Nachname"}),
])
def test_a_list_of_people_is_read_by_its_organisations_and_the_people_stay_off_the_map(
        make_workbook, tmp_path, rows, key, people):
    from stakegraph.jobs.map import draw_map

    book = make_workbook(Stakeholders=rows)
    loaded = load(book)
    assert set(loaded.graph.graph["personal_columns"]) >= people
    organisations = {row[rows[0].index(key)] for row in rows[1:]}
    assert {d["name"] for _, d in loaded.graph.nodes(data=True) if d.get("kind") == "stakeholder"} == organisations
    draw_map(book, tmp_path / "map.html")
    page = (tmp_path / "map.html").read_text("utf-8")
    hidden = [str(v) for row in rows[1:] for h, v in zip(rows[0], row) if h in people or "@" in str(v)]
    assert hidden and [value for value in hidden if value in page] == []
    assert all(name in page for name in organisations)


def test_a_register_of_people_in_another_language_offers_its_organisations_not_its_first_names(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Voornaam", "Naam", "Affiliatie", "E-mail", "Website"],
        ["Anna", "Peeters", "Agentschap Integratie", "anna@x.example", "https://example.be/1"],
        ["Bram", "Claes", "Stad Gent", "bram@x.example", "https://example.be/2"],
        ["Chris", "Janssens", "Agentschap Integratie", "chris@x.example", "https://example.be/1"],
        ["Dina", "Maes", "Vluchtelingenwerk", "dina@x.example", "https://example.be/3"]])
    said = "\n".join(str(p) for p in load(book).report.errors)
    assert "column 'Affiliatie'" in said
    assert "Voornaam'" not in said and "Website'" not in said
    loaded = load(book, columns=parse_columns("name=Affiliatie"))
    assert {"Voornaam", "Naam"} <= set(loaded.graph.graph["personal_columns"])
    assert sorted(d["name"] for _, d in loaded.graph.nodes(data=True)) == [
        "Agentschap Integratie", "Stad Gent", "Vluchtelingenwerk"]


def test_the_diff_map_and_tie_notes_leave_contacts_out(make_workbook, tmp_path):
    from stakegraph.jobs.diff import diff

    before = make_workbook(Stakeholders=REGISTER, name="before.xlsx")
    after = make_workbook(Stakeholders=REGISTER, Relationships=[
        ["source", "target", "notes"],
        ["Naga", "Comune di Milano", "ask sara.bassi@naga.example"],
        ["Naga", "Caritas Ambrosiana", "monthly meeting"],
    ], name="after.xlsx")
    diff(before, after, tmp_path / "diff.html")
    page = (tmp_path / "diff.html").read_text("utf-8")
    for value in ("sara.bassi@naga.example", "+39 333 123 4567", "02 7602 1234", "segreteria@caritas-amb.example"):
        assert value not in page
    assert "monthly meeting" in page


def test_an_address_in_a_place_column_or_the_title_stays_off_the_map(make_workbook):
    G = load(make_workbook(Stakeholders=[
        ["Mapping of Milan, questions to anna.rossi@comune.example"],
        ["name", "sector", "region"],
        ["Naga", "NGO", "Lombardia"],
        ["Arci", "NGO", "write to arci@arci.example"],
    ])).graph
    built = build_map(G)
    assert "@" not in json.dumps(built.info) + built.title + built.subtitle
    assert "Lombardia" in json.dumps(built.info) and "Lombardia" in built.subtitle


def test_validate_names_the_personal_columns_and_map_shows_them_only_with_show_contacts(make_workbook, tmp_path):
    from click.testing import CliRunner

    from stakegraph.cli import main

    book = make_workbook(Stakeholders=REGISTER)
    # the headers and values are Italian (auto would answer in Italian); the notes are read in English
    checked = CliRunner().invoke(main, ["validate", str(book), "--lang", "en"])
    assert checked.exit_code == 0
    notes = checked.stdout.split("NOTES\n", 1)[1].splitlines()
    assert [line.split(": ", 1)[0].strip() for line in notes] == [
        "Stakeholders, row 1, column Tel. ufficio", "Stakeholders, row 1, column Reach us at",
        "Stakeholders, row 1, column E-mail"]
    as_json = json.loads(CliRunner().invoke(main, ["validate", str(book), "--format", "json"]).stdout)
    assert {(p["severity"], p["code"]) for p in as_json["problems"]} == {("info", "personal-column")}
    for flag, shown in (([], False), (["--show-contacts"], True)):
        out = tmp_path / f"map{len(flag)}.html"
        assert CliRunner().invoke(main, ["map", str(book), "-o", str(out), *flag]).exit_code == 0
        assert ("giulia.verdi@caritas-amb.example" in out.read_text("utf-8")) is shown


def test_a_contact_column_headed_otherwise_than_the_template_is_said_to_be_personal(make_workbook):
    loaded = load(make_workbook(Stakeholders=[["Name", "Sector", "email", "Contact phone"],
                                              ["Doras", "NGO", "info@doras.example", "+353 61 310 328"]]))
    assert [(p.column, p.message.split("(")[1].split(")")[0]) for p in loaded.report.notes] == [
        ("Contact phone", "its header is read as the phone column")]
    assert loaded.graph.nodes["doras"]["phone"] == "+353 61 310 328"


@pytest.mark.parametrize("text, found", [
    ("write to info@example.org today", True),
    ("mailto:jo.o'neil+iwg@mail.gov.ie", True),
    ("(g.verdi@caritas.example.it)", True),
    ("a" * 30_000, False),                       # a blob of letters: read once, not once a letter
    ("x@" + "b" * 30_000, False),                # no domain a mail server would take
    ("ab.cd-" * 5_000 + "@", False),
    ("n" * 70 + "@example.org", False),          # longer than a mailbox name can be
    ("note " * 5_000 + "info@example.org", True),
])
def test_an_address_is_found_in_long_text_and_long_text_without_one_is_passed_over(text, found):
    assert looks_like_email(text) is found


def test_a_register_with_cells_of_long_text_is_read_and_its_contacts_found(make_workbook):
    blob = "lorem" * 6_000  # 30,000 letters, near a cell's limit
    loaded = load(make_workbook(Stakeholders=[
        ["Name", "Sector", "Notes", "Reach us"],
        *[[f"Org {i}", "NGO", blob, f"desk{i}@org{i}.example"] for i in range(40)]]))
    assert loaded.report.counts["stakeholders"] == 40
    assert list(loaded.graph.graph["personal_columns"]) == ["Reach us"], "the notes are not personal"
