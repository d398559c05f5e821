"""``python -m stakegraph.help_catalogue``: bring every language's
``help.po`` (the help of the commands and options,
:mod:`stakegraph.cli.helptext`) up to date with the code.

A new or changed help text is added untranslated (the completeness test
then fails until a translator fills it in), a text no longer used is
dropped, and every translation made is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from stakegraph.cli.helptext import DOMAIN, help_texts

__all__ = ["update_catalogues"]


def update_catalogues(group: click.Group, locale: Path) -> dict[str, int]:
    """Write each language's ``help.po`` under ``locale`` with exactly the
    help texts of ``group``, keeping every translation already made; for
    each language, how many texts still lack one."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    texts = help_texts(group)
    lacking = {}
    for folder in sorted(p for p in locale.iterdir() if (p / "LC_MESSAGES").is_dir()):
        path = folder / "LC_MESSAGES" / f"{DOMAIN}.po"
        old = Catalog(locale=folder.name)
        if path.exists():
            with path.open("rb") as fh:
                old = read_po(fh, locale=folder.name)
        header = next((p for p in sorted((folder / "LC_MESSAGES").glob("*.po")) if p != path), None)
        new = Catalog(locale=folder.name, domain=DOMAIN, project="stakegraph", fuzzy=False, header_comment=(
            f"# The help of stakegraph's commands and options (domain `{DOMAIN}`), made by\n"
            "# `python -m stakegraph.help_catalogue`: translate each msgstr. Corrections are\n"
            "# welcome: see CONTRIBUTING.md."))
        if header is not None:
            with header.open("rb") as fh:
                new.mime_headers = read_po(fh, locale=folder.name).mime_headers
        for text in texts:
            kept = old.get(text)
            new.add(text, kept.string if kept is not None else "")
        with path.open("wb") as fh:
            write_po(fh, new, width=0, omit_header=False)
        lacking[folder.name] = len([text for text in texts if not new[text].string])
    return lacking


if __name__ == "__main__":  # pragma: no cover - the maintainer's command
    from stakegraph.cli import main

    print(update_catalogues(main, Path(__file__).parent / "locale"), file=sys.stderr)
