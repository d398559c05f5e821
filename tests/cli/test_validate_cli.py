"""``stakegraph validate``: the report a person reads, the JSON a program
reads, and the exit status (0 clean, 1 errors in the sheet, 2 unreadable)."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from stakegraph.cli import main
from tests.conftest import STAKEHOLDERS


def test_a_clean_workbook_exits_0_with_counts_and_accounting(runner, make_workbook):
    result = runner("validate", make_workbook(Stakeholders=STAKEHOLDERS))
    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].endswith("book.xlsx: 0 errors, 0 warnings")
    assert lines[1] == "Imported 4 stakeholders, 0 ties, 0 IWGs, 0 memberships."
    assert "Stakeholders     4         4       0         0" in result.stdout


def test_errors_exit_1_and_are_listed_with_their_place(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["Doras", "pubic"], ["Garda", "public"]],
                         Relationships=[["source", "target"], ["Doras", "Gardai"]])
    result = runner("validate", book)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-3:] == [
        "ERRORS",
        "  Stakeholders, row 2, column sector: 'pubic' is not a sector; did you mean 'public'?",
        "  Relationships, row 2, column target: 'Gardai' is not in the Stakeholders sheet; the tie is"
        " left out; did you mean 'Garda'?",
    ]


def test_warnings_alone_exit_0(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector", "level"], ["Doras", "NGO", "loacl"]])
    result = runner("validate", book)
    assert result.exit_code == 0
    assert "WARNINGS" in result.stdout


def test_json_output_has_the_documented_shape(runner, make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector"], ["Doras", "pubic"], [None, "NGO"]])
    result = runner("validate", book, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["ok"] is False
    assert data["counts"] == {"stakeholders": 1, "ties": 0, "iwgs": 0, "memberships": 0}
    assert data["accounting"] == [
        {"sheet": "Stakeholders", "rows": 2, "imported": 1, "merged": 0, "rejected": 1}]
    assert data["problems"] == [
        {"severity": "error", "code": "unknown-sector", "sheet": "Stakeholders", "row": 2,
         "column": "sector", "value": "pubic",
         "message": "'pubic' is not a sector; did you mean 'public'?", "suggestion": "public"},
        {"severity": "error", "code": "empty-name", "sheet": "Stakeholders", "row": 3,
         "column": "name", "value": None,
         "message": "the name is empty; the row is left out", "suggestion": None},
    ]


def test_a_file_that_is_not_a_spreadsheet_exits_2_with_one_error_line(runner, tmp_path):
    fake = tmp_path / "mapping.xlsx"
    fake.write_text("this is a plain text note, not a workbook", "utf-8")
    result = runner("validate", fake)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_file_is_a_usage_error(runner, tmp_path):
    result = runner("validate", tmp_path / "nope.xlsx")
    assert result.exit_code == 2
    assert "there is no file or folder" in result.stderr


def test_a_workbook_without_known_sheets_exits_2(runner, make_workbook):
    book = make_workbook(Budget=[["a"]])
    result = runner("validate", book)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {book}: none of the sheets ('Budget') is a Stakeholders sheet, or a Kumu or Onodo layout\n")


def test_an_unexpected_failure_is_one_line_and_debug_shows_the_traceback(runner, make_workbook, monkeypatch):
    import stakegraph.jobs.validate as job

    def broken(book, **options):
        raise RuntimeError("boom")

    monkeypatch.setattr(job, "validate", broken)
    book = make_workbook(Stakeholders=STAKEHOLDERS)
    result = runner("validate", book)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: stakegraph failed unexpectedly (RuntimeError: boom). Rerun with --debug to see the"
        " details, and report it.\n")
    debug = CliRunner().invoke(main, ["--debug", "validate", str(book)])
    assert isinstance(debug.exception, RuntimeError)


def test_a_reader_that_stops_reading_is_not_an_error(make_workbook):
    # `stakegraph validate book.xlsx | head`: the pipe closes before stakegraph writes
    book = make_workbook(Stakeholders=STAKEHOLDERS)
    job = subprocess.Popen([sys.executable, "-c", "from stakegraph.cli import main; main()",
                            "validate", str(book)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert job.stdout is not None and job.stderr is not None
    job.stdout.close()
    err = job.stderr.read().decode()
    assert job.wait(timeout=60) == 0
    assert err == ""


def test_every_command_has_help_and_is_in_the_readme(runner):
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert runner(name, "--help").exit_code == 0
        assert f"stakegraph {name}" in readme, f"README does not show 'stakegraph {name}'"
