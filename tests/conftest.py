"""Shared fixtures: ``make_workbook`` builds a workbook inline, so that the
bad cell is visible in the test that uses it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest

if TYPE_CHECKING:
    from click.testing import Result

MakeWorkbook = Callable[..., Path]


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write ``sheets`` (name -> rows, first row usually the header) to ``path``."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def make_workbook(tmp_path: Path) -> MakeWorkbook:
    """``make_workbook(Stakeholders=[[...], ...], Relationships=[...], name="book.xlsx")``.

    Sheet names with spaces or accents go in a dict: ``make_workbook({"Partes
    interesadas": [...]})``.
    """

    def make(sheets: dict[str, list[list[Any]]] | None = None, *, name: str = "book.xlsx",
             **named: list[list[Any]]) -> Path:
        return write_workbook(tmp_path / name, {**(sheets or {}), **named})

    return make


@pytest.fixture(scope="session")
def runner() -> Callable[..., Result]:
    """``runner("map", book, "-o", out)``: the ``stakegraph`` command line run
    as a user runs it (each argument made a string), returning click's result
    with ``exit_code``, ``stdout`` and ``stderr`` apart. A traceback shown to
    a user is a bug, so every run checks that none was printed."""
    from click.testing import CliRunner

    from stakegraph.cli import main

    def run(*args: object, **invoke: Any) -> Result:
        result = CliRunner().invoke(main, [str(a) for a in args], **invoke)
        assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
        return result

    return run


#: a small, clean mapping used by many tests
STAKEHOLDERS = [
    ["name", "sector", "type", "level", "themes", "migrant_led", "influence", "interest"],
    ["Limerick City Council", "public", "local authority", "local", "housing; social cohesion", "no", 5, 4],
    ["Doras", "civil society", "NGO", "regional", "legal status; employment", "no", 3, 5],
    ["Sudanese Community Limerick", "civil society", "migrant-led organisation", "local", "culture; language", "yes",
     1, 5],
    ["Dell Ireland", "private", "employer", "national", "employment", "no", 4, 2],
]


def _chromium_or_fail() -> str:
    """Debian's Chromium, or a failure that says how to get it (the browser
    tests measure the drawn page; skipping them would hide a broken map)."""
    from stakegraph.render.chromium import find_chromium

    found = find_chromium()
    if found is None:
        pytest.fail("the browser tests need Chromium: apt-get install chromium "
                    "(or deselect them with -m 'not browser')", pytrace=False)
    return found


class LentPage:
    """A page of the shared context lent to one test. Closing it hands it back:
    the listeners and routes the test hung on it are taken off, print media
    is undone and it goes to ``about:blank``, where the next test's map opens
    in the same tab. A map opened in a tab that has drawn one before loads in
    about 0.1 s less than in a new tab (measured: 0.44 s against 0.54 s);
    the map tests' file went from 38.6 s to 29.7 s. A page that will not go
    back is closed for real."""

    def __init__(self, page: Any, spare: list[Any]) -> None:
        self._page = page
        self._spare = spare
        self._listening: list[tuple[str, Any]] = []
        self._returned = False

    def on(self, event: str, handler: Any) -> None:
        self._listening.append((event, handler))
        self._page.on(event, handler)

    def close(self) -> None:
        if self._returned:  # closed twice: the page may be lent to another test by now
            return
        self._returned = True
        page = self._page
        try:
            for event, handler in self._listening:
                page.remove_listener(event, handler)
            page.unroute_all(behavior="ignoreErrors")
            page.emulate_media(media="null")
            page.goto("about:blank", timeout=10_000)
        except Exception:  # a page stuck in a dialog or a script: never lend it again
            page.close()
        else:
            self._spare.append(page)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


class SharedContext:
    """The session's Chromium, whose plain pages open in one browser context:
    a page in a new context starts a new renderer and costs about 0.3 s of
    CPU, one in a context already open about a third of that, and one lent
    again (:class:`LentPage`) less still. The maps keep nothing in storage,
    so one test's page cannot leave anything for the next. A page asked with
    other options than its viewport (a phone's, say) gets a context of its
    own, as does everything else the test asks of the browser."""

    def __init__(self, chromium: Any) -> None:
        self._chromium = chromium
        self._context: Any = None
        self._spare: list[Any] = []

    def new_page(self, viewport: dict[str, int] | None = None, **options: Any) -> Any:
        if options:
            return self._chromium.new_page(viewport=viewport, **options)
        if self._context is None:
            self._context = self._chromium.new_context()
        page = self._spare.pop() if self._spare else self._context.new_page()
        page.set_viewport_size(viewport or {"width": 1280, "height": 720})  # playwright's own default
        return LentPage(page, self._spare)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._chromium, name)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (starting it is the slow
    part), its plain pages in one context (:class:`SharedContext`)."""
    from playwright import sync_api

    from stakegraph.render.chromium import CHROMIUM_ARGS

    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=_chromium_or_fail(), args=list(CHROMIUM_ARGS))
        yield SharedContext(chromium)
        chromium.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that opens the browser carries the ``browser`` marker, so
    ``pytest -m 'not browser'`` runs the rest on a machine without Chromium.

    The files of ``long`` tests run first, then the other browser files, then
    the rest, each file whole and in its own order: the parallel workers
    (``-n auto --dist loadfile``) take files in this order, so the longest
    start at once instead of leaving one worker alone at the end."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    rank: dict[Path, int] = {}
    for item in items:
        here = 0 if item.get_closest_marker("long") else 1 if item.get_closest_marker("browser") else 2
        rank[item.path] = min(here, rank.get(item.path, 2))
    items.sort(key=lambda item: rank[item.path])  # stable: files and tests keep their order
