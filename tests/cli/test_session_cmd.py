"""``stakegraph session``'s refusals, each one ``Error:`` line and exit 2 (the
server itself is tested in tests/session against the real process)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from english import catalogue_runs

from stakegraph.cli import main
from stakegraph.io import load
from stakegraph.model import stakeholder_nodes
from stakegraph.render.survey.round import REPORT_SHEET
from stakegraph.session.store import SessionStore, session_path
from tests.session.served import BOOK

SPANISH = Path(__file__).parents[2] / "examples" / "andalucia_es.xlsx"


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


def answered(tmp_path: Path) -> Path:
    """A copy of the Spanish example whose session holds one organisation's
    answers: a tie of funding, a tie denied and a newcomer close to a name."""
    book = tmp_path / "andalucia_es.xlsx"
    shutil.copy(SPANISH, book)
    G = load(book).graph
    me, funded, denied, near = list(stakeholder_nodes(G))[:4]
    store = SessionStore(session_path(book))
    token, _ = store.claim(me)
    store.answer(token, me, funded, "yes", "funding", 2)
    store.answer(token, me, denied, "no")
    store.propose(token, me, G.nodes[near]["name"] + "x", sector="public")
    store.close()
    return book


def said_by_export(book: Path, out: Path, *asked: str) -> tuple[str, str]:
    """What ``session BOOK --export OUT`` prints, and the report sheet it writes."""
    result = CliRunner().invoke(main, ["session", str(book), "--export", str(out), *asked])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    sheet = book[book.sheetnames[-1]]  # the report, whose name is in the language
    return result.stdout, "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)


@pytest.mark.parametrize("asked", [["--lang", "es"], []], ids=["es", "auto"])
def test_the_export_says_and_writes_its_round_in_the_language(tmp_path, asked):
    book = answered(tmp_path)
    out = tmp_path / "ronda2.xlsx"
    printed, report = said_by_export(book, out, *asked)
    assert openpyxl.load_workbook(out).sheetnames[-1] == "Informe de recogida (ignore)"
    assert printed.startswith("Respuestas recibidas — aceptadas: 1, rechazadas: 0.\n")
    assert printed.endswith(f"Se ha guardado {out}: la nueva ronda (para comparar: stakegraph diff {book} {out})\n")
    assert "¿quería decir «" in printed and "¿quería decir «" in report  # the newcomer's "did you mean"
    runs = catalogue_runs("es")
    assert [run for run in runs if run in printed] == []
    assert [run for run in runs if run in report] == []
    # in English the same round holds them: the check can fail
    printed, report = said_by_export(book, tmp_path / "round2.xlsx", "--lang", "en")
    assert openpyxl.load_workbook(tmp_path / "round2.xlsx").sheetnames[-1] == REPORT_SHEET
    assert sum(run in printed for run in runs) >= 3 and sum(run in report for run in runs) >= 3


@pytest.mark.parametrize("lang", ["es", "en"])
def test_what_the_facilitator_reads_at_the_start_is_in_the_language(tmp_path, lang):
    from stakegraph.i18n import speaking
    from stakegraph.session.server import open_room

    book = tmp_path / "andalucia_es.xlsx"
    shutil.copy(SPANISH, book)
    opened = open_room(book, lang=lang)
    with speaking(lang):
        said = "\n".join(opened.lines("127.0.0.1", 8765))
    secrets = opened.room.secrets
    assert secrets.join_code in said and secrets.pin in said and f"key={secrets.view_key}" in said
    english = [run for run in catalogue_runs("es") if run in said]
    if lang == "es":
        assert english == [] and "solo este ordenador (127.0.0.1)" in said
    else:  # the same check finds the English it looks for
        assert "Serving on this computer only (127.0.0.1)" in said and english
