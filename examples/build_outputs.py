"""Rebuild ``examples/output/`` from the English example, with the stakegraph
installed here: the gap report, the Excel report, the map's picture and the
picture of the example session's seating plan (``tables.png``).

Run it from the project folder after a change that alters what stakegraph
writes (the tests in ``tests/cli/test_demo.py`` say when)::

    python3 examples/build_outputs.py

The pictures need Debian's Chromium; without it they are left as they are.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = "examples/limerick_iwg_en.xlsx"
IWG = ["--iwg", "Shannonmouth City IWG"]
OUT = ROOT / "examples" / "output"


def stakegraph(*args: str) -> str:
    """What ``stakegraph ARGS`` prints, run from the project folder (the
    reports name the workbook as given, ``examples/limerick_iwg_en.xlsx``)."""
    done = subprocess.run([sys.executable, "-m", "stakegraph", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode not in (0, 1):
        sys.exit(f"stakegraph {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def main() -> None:
    gaps = stakegraph("gaps", BOOK, *IWG)
    advice = stakegraph("recommend", BOOK, *IWG, "--size", "5")
    (OUT / "gaps.txt").write_text(gaps + "\n" + advice, "utf-8")
    stakegraph("analyze", BOOK, *IWG, "-o", str(OUT / "report.xlsx"))
    with tempfile.TemporaryDirectory() as scratch:
        picture = Path(scratch) / "map.png"
        stakegraph("map", BOOK, "-o", str(picture))
        if picture.exists():
            picture.replace(OUT / "map.png")
        else:
            print("map.png kept as it was: pictures need Debian's chromium", file=sys.stderr)
    seating_picture()
    print(f"rebuilt {OUT.relative_to(ROOT)}")


def seating_picture() -> None:
    """``tables.png``: the plan page of ``stakegraph tables
    examples/limerick_iwg_en.xlsx --attendees examples/session_attendees_en.txt
    --tables 4 --rounds 2 -o seating.pdf``, its two rounds side by side."""
    from playwright.sync_api import sync_playwright

    from stakegraph.jobs.tables import seat_tables
    from stakegraph.render.map.page import CHROMIUM_ARGS, find_chromium
    from stakegraph.render.report.tables import cards_html

    chromium = find_chromium()
    if chromium is None:
        print("tables.png kept as it was: pictures need Debian's chromium", file=sys.stderr)
        return
    found = seat_tables(ROOT / BOOK, attendees=ROOT / "examples" / "session_attendees_en.txt",
                        tables=4, rounds=2, lang="en")
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as pw:
        page_path = Path(scratch) / "cards.html"
        page_path.write_text(cards_html(found.seating, found.people, lang="en"), "utf-8")
        browser = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1123, "height": 794}, device_scale_factor=1)
        page.goto(page_path.as_uri())
        page.emulate_media(media="print")
        page.locator("section.plan").screenshot(path=str(OUT / "tables.png"))
        browser.close()


if __name__ == "__main__":
    main()
