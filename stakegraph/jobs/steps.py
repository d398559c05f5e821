"""The steps of a long job, for a progress display.

A job declares its steps in order and, given a ``progress`` callback, calls
it with each step's name as it starts; the command line draws a bar from
them. The library never prints. The names are marked for translation and
said in the reader's language by the progress line.

Examples
--------
>>> seen = []
>>> say = announcer(seen.append)
>>> say("reading the workbook")
>>> announcer(None)("anything")  # no callback: nothing happens
>>> seen
['reading the workbook']
"""

from __future__ import annotations

from collections.abc import Callable

from stakegraph.i18n import N_

__all__ = ["ANALYZE", "COLLECT", "DIFF", "EVALUATE", "EXPORT", "MAP", "RECOMMEND", "SURVEY", "TABLES", "Progress",
           "announcer"]

#: told the name of the step a job starts
Progress = Callable[[str], None]

ANALYZE = (N_("reading the workbook"), N_("measuring the network"), N_("finding the gaps"), N_("writing the report"))
MAP = (N_("reading the workbook"), N_("measuring the network"), N_("drawing the map"))
DIFF = (N_("reading the first round"), N_("reading the second round"), N_("comparing the rounds"),
        N_("drawing the map"))
EVALUATE = (N_("reading the first round"), N_("reading the second round"), N_("testing the changes"),
            N_("writing the annex"))
EXPORT = (N_("reading the workbook"), N_("measuring the network"), N_("writing the export"))
TABLES = (N_("reading the workbook"), N_("finding the brokers"), N_("seating the tables"), N_("writing the seating"))
RECOMMEND = (N_("reading the workbook"), N_("weighing the candidates"))
SURVEY = (N_("reading the workbook"), N_("writing the surveys"))
COLLECT = (N_("reading the workbook"), N_("reading the returns"), N_("merging the answers"), N_("writing the round"))


def announcer(progress: Progress | None) -> Progress:
    """``progress``, or a callback that does nothing."""
    return progress if progress is not None else _quiet


def _quiet(step: str) -> None:
    return None
