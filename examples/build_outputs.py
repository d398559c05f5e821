"""Rebuild ``examples/output/`` from the English example, with the stakegraph
installed here: the gap report, the Excel report and the map's picture.

Run it from the project folder after a change that alters what stakegraph
writes (the tests in ``tests/cli/test_demo.py`` say when)::

    python3 examples/build_outputs.py

The picture needs Debian's Chromium; without it ``map.png`` is left as it is.
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
    print(f"rebuilt {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
