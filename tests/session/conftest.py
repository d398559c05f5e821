"""Fixtures of the session tests: the test's own copy of the example, and servers of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.session.served import BOOK, Served


@pytest.fixture
def book_copy(tmp_path: Path) -> Path:
    """The Limerick example, copied so that its session file is the test's own."""
    target = tmp_path / "limerick.xlsx"
    shutil.copy(BOOK, target)
    return target


@pytest.fixture
def serve(book_copy: Path):
    """Start servers of the test's book; every one is stopped at the end."""
    started: list[Served] = []

    def start(*extra: str, port: int | None = None) -> Served:
        served = Served(book_copy, port, *extra).start()
        started.append(served)
        return served

    yield start
    for served in started:
        served.stop()
