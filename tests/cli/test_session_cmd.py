"""``stakegraph session``'s refusals, each one ``Error:`` line and exit 2 (the
server itself is tested in tests/session against the real process)."""

from __future__ import annotations

import shutil
import socket

from click.testing import CliRunner

from stakegraph.cli import main
from tests.session.served import BOOK


def test_export_without_a_session_says_what_to_run_first(tmp_path):
    book = tmp_path / "limerick.xlsx"
    shutil.copy(BOOK, book)
    result = CliRunner().invoke(main, ["session", str(book), "--export", str(tmp_path / "round.xlsx")])
    assert result.exit_code == 2
    assert result.stderr == (f"Error: there is no session file '{tmp_path / 'limerick.session.sqlite'}' to "
                             "export; run `stakegraph session` on the mapping first, or give the session file\n")
    assert not (tmp_path / "round.xlsx").exists()


def test_export_writes_only_a_workbook_and_never_over_its_inputs(tmp_path):
    book = tmp_path / "limerick.xlsx"
    shutil.copy(BOOK, book)
    wrong = CliRunner().invoke(main, ["session", str(book), "--export", str(tmp_path / "round.csv")])
    assert (wrong.exit_code, wrong.stderr) == (
        2, "Error: 'round.csv' is not a round stakegraph can write; end the name in .xlsx\n")
    over = CliRunner().invoke(main, ["session", str(book), "--export", str(book)])
    assert over.exit_code == 2 and "it is the input" in over.stderr


def test_a_port_in_use_is_named_before_anything_is_read(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["session", str(BOOK), "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: the port {port} is already in use (")
    assert result.stderr.endswith("); give another port\n")
    assert not (BOOK.parent / "limerick_iwg_en.session.sqlite").exists()
