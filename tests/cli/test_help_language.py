"""``--help`` in the reader's language: the help texts are the catalogue's
``help`` domain, every language translates every one of them, and a help
page asked in Spanish (``--lang es``, or a Spanish workbook named) holds no
English sentence of the catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from english import catalogue_runs

from stakegraph.cli import main
from stakegraph.cli.helptext import DOMAIN, help_texts
from stakegraph.codebook import LANGUAGES

LOCALE = Path(__file__).parents[2] / "stakegraph" / "locale"
SPANISH_BOOK = Path(__file__).parents[2] / "examples" / "andalucia_es.xlsx"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_help_text_is_translated_and_the_catalogue_follows_the_code(lang):
    with (LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    entries = {m.id: m for m in catalog if m.id}
    assert sorted(entries) == sorted(help_texts(main))  # python -m stakegraph.help_catalogue after a change
    untranslated = [text for text, m in entries.items() if not m.string or m.fuzzy]
    assert untranslated == []


def english_left(page: str) -> list[str]:
    """The catalogue's English runs in ``page``, read across click's line wrapping."""
    flat = " ".join(page.split())
    words = [run for run in catalogue_runs("es") if " " in run or "_" not in run]  # not a value typed: weighted_degree
    return sorted(run for run in words if " ".join(run.split()) in flat)


@pytest.mark.parametrize("args", [["map", "--help", "--lang", "es"], ["--help"], ["map", str(SPANISH_BOOK), "-h"],
                                  ["gaps", "-h", "--lang", "es"]],
                         ids=["map --lang es", "the group", "a Spanish workbook named", "gaps --lang es"])
def test_a_help_page_asked_in_spanish_is_in_spanish(runner, args):
    result = runner(*args, prog_name="stakegraph")
    page = result.stdout
    assert result.exit_code == 0
    if args == ["--help"]:  # nothing says Spanish: English, as before
        assert page.startswith("Usage: stakegraph [OPTIONS] COMMAND [ARGS]...")
        assert "Options:" in page and "Commands:" in page and english_left(page)
        return
    assert page.startswith(f"Uso: stakegraph {args[0]} [OPTIONS] BOOK")
    assert "Opciones:" in page and "[predeterminado: " in page
    assert english_left(page) == []


def test_the_group_page_lists_the_commands_in_the_language(runner):
    page = runner("--help", "--lang", "es", prog_name="stakegraph").stdout
    assert "Comandos:" in page and english_left(page) == []
