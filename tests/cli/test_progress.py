"""Long work shows a progress line on a terminal, with a bar that fills as
each step of the job starts, and stays quiet in a pipe."""

from __future__ import annotations

import io
import time

import pytest

from stakegraph.cli import progress
from stakegraph.jobs import steps
from stakegraph.jobs.analyze import analyze
from stakegraph.jobs.diff import diff
from stakegraph.jobs.export import export
from stakegraph.jobs.map import draw_map
from stakegraph.jobs.recommend import recommend
from tests.conftest import STAKEHOLDERS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_what_is_being_done_and_the_line_is_cleared_after(monkeypatch):
    monkeypatch.setattr(progress, "QUIET_SECONDS", 0.0)
    screen = Terminal()
    with progress.working("Analysing 40 stakeholders", stream=screen, every=0.01):
        time.sleep(0.1)
    text = screen.getvalue()
    assert "\rAnalysing 40 stakeholders… 0 s" in text
    assert text.endswith("\r" + " " * len("Analysing 40 stakeholders… 0 s") + "\r")


def test_a_job_with_steps_fills_a_bar_as_each_step_starts(monkeypatch):
    monkeypatch.setattr(progress, "QUIET_SECONDS", 0.0)
    screen = Terminal()
    with progress.working("Analysing b.xlsx", steps=("reading", "measuring"), stream=screen,
                          every=0.01) as step:
        step("reading")
        time.sleep(0.1)
        step("measuring")
        time.sleep(0.1)
    text = screen.getvalue()
    assert "\rAnalysing b.xlsx [####----] 1 of 2: reading… 0 s" in text
    assert "\rAnalysing b.xlsx [########] 2 of 2: measuring… 0 s" in text
    widest = max(len(line) for line in text.split("\r"))
    assert text.endswith("\r" + " " * widest + "\r")


@pytest.mark.parametrize(("output", "expected"), [
    (None, list(steps.ANALYZE[:3])), ("report.xlsx", list(steps.ANALYZE))])
def test_analyze_tells_each_of_its_steps_in_order(make_workbook, tmp_path, output, expected):
    book = make_workbook(Stakeholders=STAKEHOLDERS)
    seen: list[str] = []
    analyze(book, output=None if output is None else tmp_path / output, progress=seen.append)
    assert seen == expected


def test_map_diff_export_and_recommend_tell_their_steps(make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDERS)
    seen: list[str] = []
    draw_map(book, tmp_path / "map.html", progress=seen.append)
    assert seen == list(steps.MAP)
    seen.clear()
    diff(book, book, tmp_path / "diff.html", progress=seen.append)
    assert seen == list(steps.DIFF)
    seen.clear()
    export(book, tmp_path / "net.graphml", progress=seen.append)
    assert seen == list(steps.EXPORT)
    seen.clear()
    export(book, tmp_path / "net.kumu.xlsx", progress=seen.append)
    assert seen == [steps.EXPORT[0], steps.EXPORT[2]], "Kumu holds no measures: nothing to measure"
    seen.clear()
    recommend(book, progress=seen.append)
    assert seen == list(steps.RECOMMEND)


def test_quick_work_shows_nothing_even_on_a_terminal():
    screen = Terminal()
    with progress.working("Reading", stream=screen, every=0.01):
        pass
    assert screen.getvalue() == ""


def test_a_pipe_sees_nothing():
    pipe = io.StringIO()
    with progress.working("Analysing", stream=pipe, every=0.01):
        time.sleep(0.05)
    assert pipe.getvalue() == ""


def test_the_line_speaks_the_language_of_the_command(monkeypatch):
    from stakegraph.i18n import speaking

    monkeypatch.setattr(progress, "QUIET_SECONDS", 0.0)
    screen = Terminal()
    with speaking("es"), progress.working("Leyendo mapa.xlsx", steps=(steps.ANALYZE[0],), stream=screen,
                                          every=0.01) as step:
        step(steps.ANALYZE[0])
        deadline = time.monotonic() + 5
        while "leyendo el libro" not in screen.getvalue() and time.monotonic() < deadline:
            time.sleep(0.01)
    # the line is drawn by a thread of its own, which is told the command's language
    assert "Leyendo mapa.xlsx [########] 1 de 1: leyendo el libro… 0 s" in screen.getvalue()
