"""Wherever the header of a sheet is, every row under it is read, or the
sheet is refused with a message; a row that names the columns again is
reported, never silently taken as the header."""

from __future__ import annotations

import zipfile

import openpyxl

from stakegraph.io import load


def messages(report):
    return [str(p) for p in report.problems]


def accounting(report):
    return [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]


def test_a_header_far_below_blank_rows_is_found_and_its_rows_read(make_workbook):
    book = make_workbook(Stakeholders=[[]] * 120 + [
        ["name", "sector"],
        ["Doras", "NGO"],
        ["Nasc", "pubic"],
    ])
    report = load(book).report
    assert messages(report) == [
        "Stakeholders, row 123, column sector: 'pubic' is not a sector; did you mean 'public'?"]
    assert accounting(report) == [("Stakeholders", 2, 2, 0, 0)]


def test_the_header_pasted_again_below_the_data_is_left_out_and_reported(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "type"],
        ["Doras", "NGO", "NGO"],
        ["name", "sector", "type"],
        ["Nasc", "NGO", "NGO"],
    ])
    report = load(book).report
    assert messages(report) == ["Stakeholders, row 3: this row repeats the header of row 1; it is left out"]
    assert report.counts["stakeholders"] == 2
    assert accounting(report) == [("Stakeholders", 2, 2, 0, 0)]


def test_a_row_that_names_more_columns_than_the_header_does_not_hide_the_rows_above(make_workbook):
    book = make_workbook(Stakeholders=[
        ["Organisation", "Sector", "Website"],
        ["Doras", "NGO", "doras.org"],
        ["Organisation", "Sector", "Type", "Level", "Themes"],
        ["Nasc", "NGO", "nasc.ie"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 3: this row names the columns 'Organisation', 'Sector', 'Type', 'Level', "
        "'Themes' like the header on row 1; it is read as data (if it is a second header, delete it "
        "or the rows above it)",
        "Stakeholders, row 3, column Sector: 'Sector' is not a sector; did you mean 'third sector'?",
    ]
    assert sorted(name for _, name in loaded.graph.nodes(data="name")) == ["Doras", "Nasc", "Organisation"]
    assert accounting(loaded.report) == [("Stakeholders", 3, 3, 0, 0)]


def with_logo(path):
    """``path`` with a picture anchored over A1:C3, as a logo in a title block."""
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    drawing = ('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>'
               '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff>'
               '<xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr>'
               '<xdr:cNvPr id="1" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill>'
               '<a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic><xdr:clientData/>'
               '</xdr:twoCellAnchor></xdr:wsDr>')
    rel = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/{kind}" Target="{target}"/></Relationships>')
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
    if 'xmlns:r="' not in sheet:
        sheet = sheet.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships" ', 1)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = rel.format(kind="drawing",
                                                              target="../drawings/drawing1.xml").encode()
    parts["xl/drawings/drawing1.xml"] = drawing.encode()
    parts["xl/drawings/_rels/drawing1.xml.rels"] = rel.format(kind="image", target="../media/logo.png").encode()
    parts["xl/media/logo.png"] = png
    types = parts["[Content_Types].xml"].decode().replace("</Types>", (
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'))
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def test_a_header_under_a_title_block_with_merged_cells_and_a_logo_is_found(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Stakeholders"
    sheet["D1"] = "Mapping of migrant integration stakeholders, Mid-West"
    sheet.merge_cells("D1:H2")
    sheet["D3"] = "Name: Limerick IWG"  # a title line that mentions a column's word
    sheet["D4"] = "Prepared by the Regional Integration Office, 2026"
    sheet.merge_cells("D4:H4")
    for row in (["name", "sector", "themes"], ["Doras", "NGO", "legal status"], ["Nasc", "NGO", "housing"]):
        sheet.append([None] * 3 + row)  # under the logo's columns, and after row 4
    sheet.append([])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    loaded = load(with_logo(path))
    assert messages(loaded.report) == []
    assert accounting(loaded.report) == [("Stakeholders", 2, 2, 0, 0)]
    assert loaded.graph.graph["title"] == "Mapping of migrant integration stakeholders, Mid-West"
