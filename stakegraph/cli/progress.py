"""A status line for long work: shown on a terminal, silent in a pipe.

The analyses run as single library calls (part of them in worker
processes), so there is no honest percentage to show; the line says what is
being done and for how long, which is what a person at a terminal needs to
know that nothing has hung.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import click

__all__ = ["working"]

#: work shorter than this shows no line at all
QUIET_SECONDS = 1.0


@contextmanager
def working(message: str, *, stream: IO[str] | None = None, every: float = 0.5) -> Iterator[None]:
    """Show ``message`` and the seconds elapsed on ``stream`` (stderr) while the
    block runs, if ``stream`` is a terminal; clear the line when it ends.

    >>> import io
    >>> with working("Analysing", stream=io.StringIO()):  # not a terminal: silent
    ...     pass
    """
    out = stream if stream is not None else click.get_text_stream("stderr")
    if not out.isatty():
        yield
        return
    done = threading.Event()
    start = time.monotonic()
    shown = [False]

    def tick() -> None:
        while not done.wait(every):
            elapsed = time.monotonic() - start
            if elapsed >= QUIET_SECONDS:
                out.write(f"\r{message}… {elapsed:.0f} s")
                out.flush()
                shown[0] = True

    thread = threading.Thread(target=tick, name="stakegraph-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        if shown[0]:
            out.write("\r" + " " * (len(message) + 12) + "\r")
            out.flush()
