"""``stakegraph demo``: a newcomer's first run writes a map, a gap report and
an analysis report from the bundled example, and says where they are."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from stakegraph.cli import main
from stakegraph.jobs.demo import example_workbook


def test_the_bundled_example_is_the_one_in_examples():
    shipped = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"
    assert example_workbook().read_bytes() == shipped.read_bytes()


def test_demo_writes_the_map_the_gaps_and_the_reports(tmp_path):
    result = CliRunner().invoke(main, ["demo", "-o", str(tmp_path / "out"), "--no-picture"])
    assert result.exit_code == 0, result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "gaps.txt", "map.html", "report.json", "report.xlsx"]
    assert result.stdout.splitlines()[0] == (
        "From the bundled example (limerick_iwg_en.xlsx, a copy of examples/limerick_iwg_en.xlsx), "
        "stakegraph wrote:")
    assert result.stdout.splitlines()[-1] == (
        "Open map.html in a browser (it needs no internet) and read gaps.txt.")
    page = (out / "map.html").read_text("utf-8")
    assert "<script src=" not in page
    # the map is headed by the title the officer wrote above the header
    assert ("<h1 id=\"sg-title\">Shannonmouth City and County: stakeholder mapping for the "
            "Integration Working Group</h1>") in page
    gaps = (out / "gaps.txt").read_text("utf-8")
    assert "The group has no private-sector member." in gaps
    assert "Nobody in the group works on health." in gaps
    assert "Call first: " in gaps
    assert "Sheet" not in openpyxl.load_workbook(out / "report.xlsx").sheetnames
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert report["schema_version"] == 1
    assert report["summary"]["stakeholders"] == 40


def test_demo_json_lists_each_file_with_what_it_is(tmp_path):
    result = CliRunner().invoke(main, ["demo", "-o", str(tmp_path), "--no-picture",
                                       "--format", "json"])
    files = json.loads(result.stdout)["files"]
    assert [Path(f["path"]).name for f in files] == [
        "map.html", "gaps.txt", "report.xlsx", "report.json"]
    assert all(f["what"] for f in files)


def test_demo_says_why_there_is_no_picture(tmp_path, monkeypatch):
    import stakegraph.jobs.demo as job

    real = job.demo_map
    monkeypatch.setattr(job, "demo_map", lambda book, out, picture, lang: real(book, out, picture=False, lang=lang))
    result = CliRunner().invoke(main, ["demo", "-o", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stderr == ("No map.png: pictures need Debian's chromium (apt-get install chromium) and "
                             "the playwright package (pip install playwright).\n")


def test_the_gap_report_in_examples_output_is_what_stakegraph_says_today():
    """examples/output/gaps.txt is shown to newcomers: it must not go stale."""
    root = Path(__file__).parents[2]
    book = str(root / "examples" / "limerick_iwg_en.xlsx")
    iwg = ["--iwg", "Shannonmouth City IWG"]
    gaps = CliRunner().invoke(main, ["gaps", book, *iwg]).stdout
    advice = CliRunner().invoke(main, ["recommend", book, *iwg, "--size", "5"]).stdout
    assert (root / "examples" / "output" / "gaps.txt").read_text("utf-8") == gaps + "\n" + advice


def test_the_report_in_examples_output_is_what_stakegraph_writes_today(tmp_path, monkeypatch):
    """examples/output/report.xlsx lets a newcomer open a report without installing anything."""
    import math

    root = Path(__file__).parents[2]
    monkeypatch.chdir(root)  # the report names the workbook as given: examples/limerick_iwg_en.xlsx
    fresh = tmp_path / "report.xlsx"
    result = CliRunner().invoke(main, ["analyze", "examples/limerick_iwg_en.xlsx", "--iwg",
                                       "Shannonmouth City IWG", "-o", str(fresh)])
    assert result.exit_code == 0

    def cells(path):
        book = openpyxl.load_workbook(path)
        return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in book}

    kept, today = cells(root / "examples" / "output" / "report.xlsx"), cells(fresh)
    assert list(kept) == list(today)
    for sheet, rows in today.items():
        assert len(kept[sheet]) == len(rows), sheet
        for old_row, new_row in zip(kept[sheet], rows):
            for old, new in zip(old_row, new_row, strict=True):
                # PageRank's last floating-point digit varies from run to run
                same = (math.isclose(old, new, rel_tol=1e-9, abs_tol=1e-12)
                        if isinstance(old, float) and isinstance(new, float) else old == new)
                assert same, (sheet, old_row, new_row)
