"""A pytest plugin that keeps only the tests the suite had when issue 15 was
filed (commit ``508a68d``), so that the suite's speed can be compared on the
same tests before and after. A test is the same when its id after the file
name is the same: issue 15 moved the tests into folders that mirror the
package, so the file names changed and the test names did not.

Run from the project's root, with the README's test command::

    PYTHONPATH=benchmarks python3 -m pytest -n auto --dist loadfile -p same_tests

and the suite of that commit, in a worktree of its own, with its own
command (``python3 -m pytest``). ``benchmarks/README.md`` keeps the results.
"""

from __future__ import annotations

from pathlib import Path

import pytest

#: each test's id after its file name, one per line, from ``pytest --collect-only -q`` at 508a68d
NAMES = Path(__file__).with_name("data") / "tests_at_508a68d.txt"


def name_of(nodeid: str) -> str:
    """A test's id without its file: a doctest's id is kept whole.

    >>> name_of("tests/io/test_limits.py::test_a_zip_bomb_is_refused[xlsx]")
    'test_a_zip_bomb_is_refused[xlsx]'
    """
    return nodeid.split("::", 1)[1] if nodeid.startswith("tests/") else nodeid


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kept = set(NAMES.read_text(encoding="utf-8").splitlines())
    dropped = [item for item in items if name_of(item.nodeid) not in kept]
    items[:] = [item for item in items if name_of(item.nodeid) in kept]
    config.hook.pytest_deselected(items=dropped)
