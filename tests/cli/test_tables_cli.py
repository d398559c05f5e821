"""``stakegraph tables BOOK``: who attends, the seating a facilitator reads,
the files it writes and the errors a user meets."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"
BOOK = str(EXAMPLES / "limerick_iwg_en.xlsx")
ATTENDEES = str(EXAMPLES / "session_attendees_en.txt")


def test_seats_the_example_session_in_two_rounds(runner):
    result = runner("tables", BOOK, "--attendees", ATTENDEES, "--tables", "4", "--rounds", "2", "--format", "json",
                    "--time-limit", "1")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    names = [n.strip() for n in Path(ATTENDEES).read_text("utf-8").splitlines()
             if n.strip() and not n.startswith("#")]
    for tables in found["rounds"]:
        assert sorted(n for t in tables for n in t) == sorted(names)
        assert sorted(len(t) for t in tables) == [7, 7, 7, 7]
        assert [sum(1 for n in t if n in found["brokers"]) for t in tables] == [1, 1, 1, 1]
    assert len(found["brokers"]) == 4 and found["score"] <= found["bound"]
    assert found["schema_version"] == 1


def test_seats_an_iwg_and_writes_table_cards(runner, tmp_path):
    out = tmp_path / "seating.xlsx"
    result = runner("tables", BOOK, "--iwg", "shannonmouth city iwg", "--tables", "3", "-o", str(out), "--lang", "es",
                    "--time-limit", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Ronda 1\n  Mesa 1: ")
    assert result.stdout.endswith(f"Se ha guardado {out}\n")  # --lang is the language of every line
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Distribución", "Calidad", "Tarjetas, ronda 1"]
    sectors = {row[3] for row in book["Distribución"].iter_rows(min_row=2, values_only=True)}
    assert sectors == {"Público", "Sociedad civil"}
    assert [c.value for c in book["Tarjetas, ronda 1"][4]] == ["Nombre", "Sector", "Nivel"]
    assert book["Tarjetas, ronda 1"]["A3"].value == "Mesa 1"


@pytest.mark.parametrize("args, message", [
    (["--iwg", "Shannonmouth City IWG", "--tables", "30"],
     "Error: 19 attendees cannot fill 30 tables; give fewer tables\n"),
    (["--iwg", "Shannonmouth City IWG", "--tables", "3", "-o", "seating.docx"],
     "Error: 'seating.docx' is not a seating stakegraph can write; end the name in .xlsx, .pdf or .json\n"),
])
def test_errors_a_user_meets(runner, args, message):
    result = runner("tables", BOOK, *args, "--time-limit", "1")
    assert result.exit_code == 2
    assert result.stderr == message


@pytest.mark.parametrize("args, message", [
    (["--tables", "3"], "Error: say who attends: --attendees FILE (one name a line) or --iwg NAME"),
    (["--tables", "3", "--iwg", "Shannonmouth City IWG", "--attendees", ATTENDEES],
     "Error: --attendees and --iwg cannot be used together: say who attends with one of them"),
])
def test_who_attends_is_said_once_or_it_is_a_usage_error(runner, args, message):
    result = runner("tables", BOOK, *args, "--time-limit", "1")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == message


def test_an_unknown_attendee_is_named_with_a_suggestion(runner, tmp_path):
    names = tmp_path / "who.txt"
    names.write_text("Welcome Point Shanonmouth\nDoras Nowhere\n", "utf-8")
    result = runner("tables", BOOK, "--attendees", str(names), "--tables", "1", "--time-limit", "1")
    assert result.exit_code == 2
    assert "'Welcome Point Shanonmouth' (did you mean 'Welcome Point Shannonmouth'?)" in result.stderr


def test_draws_a_map_per_table_and_round(runner, tmp_path):
    folder = tmp_path / "maps"
    result = runner("tables", BOOK, "--iwg", "Shannonmouth City IWG", "--tables", "2", "--rounds", "2",
                 "--maps", str(folder), "--time-limit", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith(f"Drew 4 table maps in {folder}\n")
    assert sorted(p.name for p in folder.iterdir()) == [
        "round-1-table-01.html", "round-1-table-02.html", "round-2-table-01.html", "round-2-table-02.html"]
    page = (folder / "round-2-table-01.html").read_text("utf-8")
    assert "Round 2, table 1" in page and "at this table" in page
