"""Take the README's pictures of a live session: a phone and the projector.

Run: ``python docs/images/session_pictures.py``. Starts ``stakegraph session``
on a copy of the Limerick example (127.0.0.1 only), lets a few participants
answer through the HTTP API and one through the phone page in Chromium, and
writes ``session-phone.png`` (360 px wide) and ``session-projector.png``
(1280×720) beside this script.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from stakegraph.render.chromium import CHROMIUM_ARGS, find_chromium  # noqa: E402
from tests.session.served import BOOK, Phone, Served  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    book = folder / "limerick.xlsx"
    shutil.copy(BOOK, book)
    served = Served(book).start()
    try:
        people = [p["id"] for p in Phone(served).hello().directory()]
        for i in range(0, 16, 2):  # some answers already in
            phone = Phone(served).hello()
            phone.claim(people[i])
            phone.answer(people[i + 1], "yes", "collaboration")
            phone.answer(people[(i + 9) % len(people)], "yes", "information")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=find_chromium(), args=list(CHROMIUM_ARGS))
            projector = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
            projector.goto(f"{served.url}/projector?key={served.key}")
            projector.wait_for_selector("body[data-version]")
            page = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                       device_scale_factor=2).new_page()
            page.goto(f"{served.url}/#code={served.code}")
            page.fill("#search", "polish")
            page.click("button.org >> nth=0")
            page.fill("#add-search", "library")
            page.click("button.add >> nth=0")
            page.wait_for_selector('li.partner[data-answer="yes"]')
            page.fill("#new-name", "Shannonmouth Night Shelter")
            page.select_option("#new-sector", "civil_society")
            page.select_option("#new-type", "ngo")
            page.click("#new-add")
            page.wait_for_selector("#dym-no, #mine li")
            if page.query_selector("#dym-no"):
                page.click("#dym-no")
            page.wait_for_selector("#mine li")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(HERE / "session-phone.png"))
            projector.wait_for_timeout(1500)
            projector.screenshot(path=str(HERE / "session-projector.png"))
            browser.close()
    finally:
        served.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
