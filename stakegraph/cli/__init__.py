"""The ``stakegraph`` command: a thin click shell over the library.

Each command lives in its own module under :mod:`stakegraph.cli` and is one
parse, one library call and one format. Errors are handled once, here:
a :class:`~stakegraph.errors.StakegraphError` becomes ``Error: …`` on stderr
with exit status 2; anything unexpected becomes one line and a hint to rerun
with ``--debug``.
"""

from stakegraph.cli.group import main

__all__ = ["main"]
