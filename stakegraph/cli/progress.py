"""A progress line for long work: shown on a terminal, silent in a pipe.

A job that declares its steps (:mod:`stakegraph.jobs.steps`) gets a bar
that fills as each step starts (full at the last), the step's name and the seconds elapsed::

    Analysing mapping.xlsx [######--] 3 of 4: finding the gaps… 12 s

The steps are the job's own stages, not slices of time (the heavy measures
run as one library call in worker processes, so there is no honest
percentage inside a step); the seconds show that nothing has hung. Work
without steps shows the message and the seconds. The line is cleared when
the work ends, and work shorter than :data:`QUIET_SECONDS` shows nothing.
"""

from __future__ import annotations

import contextvars
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO

from stakegraph.i18n import gettext

__all__ = ["QUIET_SECONDS", "progress_line", "working"]

#: work shorter than this shows no line at all
QUIET_SECONDS = 1.0
#: the width of the bar, in characters
BAR = 8


def progress_line(message: str, steps: Sequence[str], step: str | None, elapsed: float) -> str:
    """The line shown while ``step`` (one of ``steps``) runs.

    >>> progress_line("Analysing b.xlsx", ("reading", "measuring", "writing"), "measuring", 12.4)
    'Analysing b.xlsx [#####---] 2 of 3: measuring… 12 s'
    >>> progress_line("Reading b.xlsx", (), None, 3.0)
    'Reading b.xlsx… 3 s'
    >>> from stakegraph.i18n import speaking
    >>> with speaking("es"):
    ...     progress_line("Analizando b.xlsx", ("reading the workbook", "measuring the network"),
    ...                   "measuring the network", 12.4)
    'Analizando b.xlsx [########] 2 de 2: midiendo la red… 12 s'
    """
    seconds = f"{elapsed:.0f}"
    if not steps or step not in steps:
        return gettext("{message}… {seconds} s").format(message=message, seconds=seconds)
    k = steps.index(step) + 1
    filled = BAR * k // len(steps)  # the step under way counts: the last fills the bar
    return gettext("{message} [{bar}] {k} of {n}: {step}… {seconds} s").format(
        message=message, bar="#" * filled + "-" * (BAR - filled), k=k, n=len(steps), step=gettext(steps[k - 1]),
        seconds=seconds)


@contextmanager
def working(message: str, *, steps: Sequence[str] = (), stream: IO[str] | None = None,
            every: float = 0.5) -> Iterator[Callable[[str], None]]:
    """Show ``message``, the step under way and the seconds elapsed on
    ``stream`` (stderr) while the block runs, if ``stream`` is a terminal;
    clear the line when it ends. The block is given the callback to tell
    it each step of ``steps`` as it starts (a job's ``progress``).

    >>> import io
    >>> with working("Analysing", steps=("one", "two"), stream=io.StringIO()) as step:
    ...     step("one")  # not a terminal: silent
    """
    out = stream if stream is not None else sys.stderr
    current: list[str | None] = [None]

    def step(name: str) -> None:
        current[0] = name

    if not out.isatty():
        yield step
        return
    done = threading.Event()
    start = time.monotonic()
    widest = [0]

    def tick() -> None:
        while not done.wait(every):
            elapsed = time.monotonic() - start
            if elapsed >= QUIET_SECONDS:
                line = progress_line(message, steps, current[0], elapsed)
                out.write("\r" + line.ljust(widest[0]))
                out.flush()
                widest[0] = max(widest[0], len(line))

    # the line speaks the command's language, which a new thread does not inherit
    thread = threading.Thread(target=contextvars.copy_context().run, args=(tick,), name="stakegraph-progress",
                              daemon=True)
    thread.start()
    try:
        yield step
    finally:
        done.set()
        thread.join()
        if widest[0]:
            out.write("\r" + " " * widest[0] + "\r")
            out.flush()
