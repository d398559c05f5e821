"""The steps of a long job, for a progress display.

A job declares its steps in order and, given a ``progress`` callback, calls
it with each step's name as it starts; the command line draws a bar from
them. The library never prints.

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

__all__ = ["ANALYZE", "COLLECT", "DIFF", "EVALUATE", "EXPORT", "MAP", "RECOMMEND", "SURVEY", "TABLES", "Progress",
           "announcer"]

#: told the name of the step a job starts
Progress = Callable[[str], None]

ANALYZE = ("reading the workbook", "measuring the network", "finding the gaps", "writing the report")
MAP = ("reading the workbook", "measuring the network", "drawing the map")
DIFF = ("reading the first round", "reading the second round", "comparing the rounds", "drawing the map")
EVALUATE = ("reading the first round", "reading the second round", "testing the changes",
            "writing the annex")
EXPORT = ("reading the workbook", "measuring the network", "writing the export")
TABLES = ("reading the workbook", "finding the brokers", "seating the tables", "writing the seating")
RECOMMEND = ("reading the workbook", "weighing the candidates")
SURVEY = ("reading the workbook", "writing the surveys")
COLLECT = ("reading the workbook", "reading the returns", "merging the answers", "writing the round")


def announcer(progress: Progress | None) -> Progress:
    """``progress``, or a callback that does nothing."""
    return progress if progress is not None else _quiet


def _quiet(step: str) -> None:
    return None
