"""Headless Chromium, for what only a browser draws: the map's picture and
print, and the seating's table cards. Debian's ``chromium`` is driven by
Playwright with every request but local files refused, in a thread of its
own (Playwright's sync API refuses to run where an asyncio loop runs).

:func:`print_pdf` prints a page; :func:`in_chromium` hands a new page to
any work; :func:`find_chromium` says where the browser is.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any

from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "find_chromium", "in_chromium", "print_pdf"]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)


def print_pdf(page_html: str, target: str | os.PathLike[str]) -> bytes:
    """``page_html`` (a page that needs nothing from outside) printed to PDF
    in headless Chromium, the paper and margins as its CSS ``@page`` says;
    ``target``, where the PDF will go, names it in a message."""
    printed: list[bytes] = []

    def print_page(page: Any) -> None:
        page.set_content(page_html, wait_until="load")
        printed.append(page.pdf(prefer_css_page_size=True, print_background=True))

    in_chromium(Path(target), print_page, instead=Phrase.of(N_("write the seating as .xlsx")))
    return printed[0]


def in_chromium(target: Path, work: Any, *, width: int = 1280, height: int = 720,
                 instead: Phrase | None = None) -> None:
    """Run ``work(page)`` on a new page of headless Chromium that may load
    nothing but local files; when Chromium or Playwright is missing or does
    not start, the message names ``target`` and says what to do ``instead``
    (by default, write the map as .html)."""
    instead = instead or Phrase.of(N_("write the map as .html"))
    executable = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise StakegraphError(problem("no-browser", value=str(target),
                                      detail=Phrase.of(N_("the playwright package is not installed; "
                                                          "pip install playwright")))) from exc
    if executable is None:
        raise StakegraphError(problem(
            "no-browser", value=str(target),
            detail=Phrase.of(N_("Chromium is not installed at {path}; install it (apt-get install chromium) "
                                "or {instead}"), path=CHROMIUM, instead=instead)))

    def run() -> None:
        with sync_playwright() as pw:
            try:
                browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
            except Exception as exc:  # playwright's own error type; the first line says why
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise StakegraphError(problem("no-browser", value=str(target),
                                              detail=Phrase.of(N_("Chromium at {path} did not start ({reason})"),
                                                               path=executable, reason=reason))) from exc
            try:
                page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith("file://") else route.abort())
                work(page)
            finally:
                browser.close()

    _in_own_thread(run)


def find_chromium() -> str | None:
    """Debian's Chromium, or the first Chromium or Chrome on the PATH."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _in_own_thread(work: Any) -> None:
    # Playwright's sync API refuses to run where an asyncio loop is running
    # (a notebook, or a test already driving a browser): a thread has none
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # handed back to the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="stakegraph-snapshot")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
