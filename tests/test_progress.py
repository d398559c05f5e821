"""Long work shows a status line on a terminal and stays quiet in a pipe."""

from __future__ import annotations

import io
import time

from stakegraph.cli import progress


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
    assert text.endswith("\r" + " " * (len("Analysing 40 stakeholders") + 12) + "\r")


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
