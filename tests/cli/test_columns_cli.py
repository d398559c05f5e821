"""``--columns``: every command that reads a workbook can be told which
header holds which field, inline or in a TOML file; a bad mapping is a usage
error, and a file stakegraph cannot read names the mapping that would read it."""

from __future__ import annotations

import pytest


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.csv"
    path.write_text("Organisation / body,Kategorie\nDoras,NGO\nGarda,öffentlich\nDell,privat\n", "utf-8")
    return path


def test_an_unreadable_register_names_the_mapping_that_reads_it(runner, register):
    # the register's words are German (Kategorie, öffentlich): English is asked for
    result = runner("validate", register, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {register}: register, row 1, column Organisation / body: the sheet 'register' looks like a "
        "stakeholder list: 3 names in column 'Organisation / body'; run with --columns "
        "name='Organisation / body', or rename that header to 'name'\n")


def test_the_mapping_it_names_reads_the_register(runner, register):
    result = runner("validate", register, "--columns", "name='Organisation / body'", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Imported 3 stakeholders" in result.stdout
    assert "the sector is taken from the column 'Kategorie' (3 of 3 rows state one)" in result.stdout


def test_a_toml_file_maps_the_columns_too(runner, register, tmp_path):
    mapping = tmp_path / "columns.toml"
    mapping.write_text('name = "Organisation / body"\nsector = "Kategorie"\n', "utf-8")
    result = runner("validate", register, "--columns", mapping, "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"code": "sector-from-column"' not in result.stdout, "the mapping said where the sector is"
    assert '"ok": true' in result.stdout


@pytest.mark.parametrize("command", ["analyze", "gaps", "recommend"])
def test_the_analyses_take_the_mapping(runner, register, command):
    result = runner(command, register, "--columns", "name='Organisation / body',sector=Kategorie")
    assert result.exit_code == 0, result.output


def test_a_mapping_to_an_unknown_field_is_a_usage_error(runner, register):
    result = runner("validate", register, "--columns", "nmae=Org", "--lang", "en")
    assert result.exit_code == 2
    assert "Invalid value for '--columns': 'nmae' is not a field a column can be mapped to; did you " \
           "mean 'name'?" in result.stderr


def test_a_bad_mapping_is_refused_in_the_language_asked_for(runner, register):
    result = runner("validate", register, "--columns", "nmae=Org", "--lang", "sv", prog_name="stakegraph")
    assert result.exit_code == 2
    assert result.stderr == (
        "Användning: stakegraph validate [OPTIONS] BOOK\n"
        "Skriv ”stakegraph validate -h” för att få hjälp.\n\n"
        "Fel: Ogiltigt värde för '--columns': ”nmae” är inget fält som en kolumn kan kopplas till; "
        "menade du ”name”?\n")


@pytest.mark.parametrize("output", ["map.html", "export.graphml"])
def test_the_commands_that_write_take_the_mapping(runner, register, tmp_path, output):
    command = "map" if output.endswith(".html") else "export"
    result = runner(command, register, "-o", tmp_path / output, "--columns", "name='Organisation / body'")
    assert result.exit_code == 0, result.output


def test_diff_reads_both_rounds_with_the_mapping(runner, register):
    result = runner("diff", register, register, "--columns", "name='Organisation / body'")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["survey", "forums", "evaluate", "tables"])
def test_the_commands_added_since_take_the_mapping_too(runner, register, tmp_path, command):
    """survey, forums, evaluate and tables read the same register through the
    same mapping (without it, each refuses the register, as validate does)."""
    args = {"survey": [register, "-o", tmp_path / "surveys"],
            "forums": [register],
            "evaluate": [register, register, "--permutations", "19"],
            "tables": [register, "--attendees", _attendees(tmp_path), "--tables", "1"]}[command]
    assert runner(command, *args).exit_code == 2
    result = runner(command, *args, "--columns", "name='Organisation / body'")
    assert result.exit_code == 0, result.output


def _attendees(tmp_path):
    path = tmp_path / "attendees.txt"
    path.write_text("Doras\nGarda\n", "utf-8")
    return path
