"""What stakegraph reads stays where the user pointed: regular files only,
inside the folder given, and a profile that cannot exhaust the parser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakegraph.cli import main
from stakegraph.errors import StakegraphError
from stakegraph.io import load
from stakegraph.io.files import read_workbook
from stakegraph.io.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]


def test_a_link_out_of_a_csv_folder_is_left_out_and_its_cells_never_shown(tmp_path):
    secret = tmp_path / "elsewhere" / "Relationships.csv"
    secret.parent.mkdir()
    secret.write_text("source,target\nCarla Rossi +39 333 1234567,Doras\n", "utf-8")
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text("name,sector\nDoras,NGO\n", "utf-8")
    (folder / "Relationships.csv").symlink_to(secret)
    loaded = load(folder)
    assert [str(p) for p in loaded.report.problems] == [
        "Relationships: 'Relationships.csv' is a link to a file outside the folder; it is left out "
        "(copy the file into the folder to read it)"]
    assert "Carla" not in repr(loaded.report.to_dict())
    assert loaded.report.counts["ties"] == 0


def test_a_link_to_a_file_inside_the_csv_folder_is_read(tmp_path):
    folder = tmp_path / "mapping"
    folder.mkdir()
    (folder / "stakeholders-2026.csv").write_text("name,sector\nDoras,NGO\n", "utf-8")
    (folder / "Stakeholders.csv").symlink_to(folder / "stakeholders-2026.csv")
    assert [s.name for s in read_workbook(folder).sheets] == ["stakeholders-2026", "Stakeholders"]


def test_a_profile_nested_thousands_deep_is_a_profile_error(tmp_path):
    profile = tmp_path / "deep.toml"
    profile.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", "utf-8")
    with pytest.raises(StakegraphError) as caught:
        load_profile(profile)
    assert caught.value.code == "profile-not-toml"
    assert caught.value.message == ("the profile is not valid TOML: its lists and tables nest 3,000 "
                                    "deep, and a profile needs at most 32")


def test_a_named_pipe_given_as_members_is_refused_at_once(tmp_path):
    book = tmp_path / "Stakeholders.csv"
    book.write_text("name,sector\nDoras,NGO\n", "utf-8")
    pipe = tmp_path / "members.txt"
    os.mkfifo(pipe)
    # in a child with a time limit: a regression would block for ever, not fail
    done = subprocess.run([sys.executable, "-m", "stakegraph", "gaps", str(book), "--members", str(pipe)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert done.stderr == (f"Error: '{pipe}' is not a regular file (it is a named pipe); "
                           "give a file, or a folder of CSV files\n")


def test_a_named_pipe_given_as_the_workbook_is_refused_at_once(tmp_path):
    pipe = tmp_path / "mapping.xlsx"
    os.mkfifo(pipe)
    result = CliRunner().invoke(main, ["validate", str(pipe)])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {pipe}: 'mapping.xlsx' is not a regular file (it is a named pipe); "
                             "give a file, or a folder of CSV files\n")


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_the_delimiter_is_found_below_blank_lines(tmp_path, delimiter):
    file = tmp_path / "Stakeholders.csv"
    file.write_text("\n" * 50 + f"name{delimiter}sector\nCaritas, Varese{delimiter}NGO\n", "utf-8")
    assert read_workbook(file).sheets[0].rows[50:] == [["name", "sector"], ["Caritas, Varese", "NGO"]]
