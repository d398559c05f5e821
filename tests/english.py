"""What English is left in a text said in another language: the English
runs of the catalogue's sentences (every domain), and the English words of
which detail text is made (tests/cli/test_no_english_left.py,
tests/cli/test_languages_cli.py)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).parents[1] / "stakegraph" / "locale"


@cache
def catalogue_runs(lang: str) -> frozenset[str]:
    """Every stretch of two English words or more, between placeholders, of
    every sentence of every domain that ``lang`` translates differently."""
    runs = set()
    for po in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        for msg in catalog:
            ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
            strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
            for english in ids:
                if not english or english in strings:
                    continue
                for part in re.split(r"\{\w+\}", english):
                    words = re.findall(r"[A-Za-z]+", part)
                    if len(words) >= 2 and len(" ".join(words)) >= 10:
                        runs.add(part.strip(" ;:,.()'"))
    return frozenset(runs)


