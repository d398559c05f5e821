"""A command line stakegraph cannot run is refused in the reader's language:
click's own refusals (an unknown option, a missing argument, a value of the
wrong kind) are said in our words, in the language of ``--lang`` or else of
the workbook named, with the usage line, where to find help and a "did you
mean", and exit 2."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from english import catalogue_runs

from stakegraph.cli.usage import refusal_lines
from stakegraph.i18n import speaking
from stakegraph.render.map.choices import COLOR_MODES

ROOT = Path(__file__).parents[2]
ENGLISH_BOOK = ROOT / "examples" / "limerick_iwg_en.xlsx"
SPANISH_BOOK = ROOT / "examples" / "andalucia_es.xlsx"

#: what click says in English, that no refusal in another language may hold
CLICK = ("Usage:", "Try '", "for help", "Invalid value", "No such", "Missing", "does not exist", "is not one of",
         "is not a valid", "not in the range", "unexpected extra", "requires an argument", "Did you mean",
         "did you mean", "Got ", "Error:")
#: English words a refusal is made of (not "argument", which Swedish writes alike; the Spanish "Error" is
#: the English word: the frame is checked apart)
WORDS = {"the", "of", "and", "is", "are", "not", "to", "for", "such", "option", "arguments", "value",
         "invalid", "missing", "help", "try", "usage", "got", "unexpected", "extra", "does", "exist", "range",
         "valid", "integer", "command", "mean", "did", "you", "one", "file", "folder", "number", "whole",
         "between", "too", "small", "give", "more", "there", "required", "needs", "takes", "many"}
#: how each language starts its usage line and its error line, and quotes a word
SAID = {"es": ("Uso: ", "Error: ", "«{}»"), "sv": ("Användning: ", "Fel: ", "”{}”"),
        "el": ("Χρήση: ", "Σφάλμα: ", "«{}»")}
#: where each language sends the reader for help
HELP = {"es": "Escriba «{}» para ver la ayuda.", "sv": "Skriv ”{}” för att få hjälp.",
        "el": "Δοκιμάστε «{}» για βοήθεια."}


def english_left(text: str, lang: str, own: list[str]) -> list[str]:
    """The English left in ``text`` once the words the user typed (``own``:
    values, paths, choices) and the usage syntax are out: stretches of our
    catalogue's English sentences, click's English, and English words."""
    for word in sorted(own, key=len, reverse=True):
        text = text.replace(word, " ")
    text = re.sub(r"\b[A-Z]{2,}\b|\[|\]|\.\.\.", " ", text)  # the syntax: [OPTIONS] BOOK COMMAND [ARGS]...
    if lang == "es":
        text = re.sub(r"(?m)^Error: ", "", text)
    found = [run for run in catalogue_runs(lang) if run in text] + [c for c in CLICK if c in text]
    bare = re.sub(r"«[^»]*»|'[^']*'|”[^”]*”|--?\w[\w-]*", " ", text)
    return found + sorted({w for w in re.findall(r"[A-Za-z]+", bare) if w.lower() in WORDS})


#: each kind of refusal: the command line (BOOK for the workbook, OUT for a file to write),
#: what it must name, and the choice it must suggest
REFUSALS = {
    "a bad choice": (["map", "BOOK", "-o", "OUT", "--color", "sectr"], ["--color", "sectr"], "sector"),
    "an unknown option": (["map", "BOOK", "-o", "OUT", "--colour", "type"], ["--colour"], "--color"),
    "a missing option": (["map", "BOOK"], ["--output"], None),
    "a missing argument": (["map", "-o", "OUT"], ["BOOK"], None),
    "a missing file": (["validate", "nowhere.xlsx"], ["nowhere.xlsx"], None),
    "not a whole number": (["map", "BOOK", "-o", "OUT", "--width", "wide"], ["--width", "wide"], None),
    "out of range": (["map", "BOOK", "-o", "OUT", "--width", "100"], ["--width", "100", "320"], None),
    "too small a number": (["tables", "BOOK", "--tables", "2", "--time-limit", "0"], ["--time-limit"], None),
    "an extra argument": (["validate", "BOOK", "surplus"], ["surplus"], None),
    "no such command": (["maps", "BOOK"], ["maps"], "map"),
    "an option without its value": (["validate", "BOOK", "--format"], ["--format"], None),
    "a bad column mapping": (["validate", "BOOK", "--columns", "nmae=Org"], ["--columns", "nmae"], "name"),
    "two options that exclude each other": (["gaps", "BOOK", "--iwg", "A", "--member", "B"], ["--iwg", "--member"],
                                            None),
}


def command_line(words: list[str], lang: str, tmp_path: Path) -> list[str]:
    """``words`` with the workbook and output filled in, ``--lang`` first
    after the command (an option that wants a value stays last)."""
    filled = [str(ENGLISH_BOOK) if w == "BOOK" else str(tmp_path / "map.html") if w == "OUT" else w for w in words]
    return [filled[0], "--lang", lang, *filled[1:]]


@pytest.mark.parametrize("lang", list(SAID))
@pytest.mark.parametrize("kind", list(REFUSALS))
def test_every_refusal_is_said_in_the_language_asked_for(runner, tmp_path, lang, kind):
    words, named, suggestion = REFUSALS[kind]
    args = command_line(words, lang, tmp_path)
    result = runner(*args, prog_name="stakegraph")
    assert result.exit_code == 2, result.output
    usage, error, quote = SAID[lang]
    lines = result.stderr.splitlines()
    assert lines[-1].startswith(error), result.stderr
    if kind != "an option without its value":  # click knows no command there: no usage line, as click says it
        path = "stakegraph" if kind == "no such command" else f"stakegraph {args[0]}"
        assert lines[0].startswith(f"{usage}{path} [OPTIONS]"), result.stderr
        assert lines[1] == HELP[lang].format(f"{path} -h"), result.stderr
    for name in named:
        assert name in lines[-1], result.stderr
    if suggestion:
        assert quote.format(suggestion) + ("?" if lang != "el" else ";") in lines[-1], result.stderr
    own = [*args, str(tmp_path), *COLOR_MODES, "stakegraph"]
    assert english_left(result.stderr, lang, own) == []


def test_the_check_finds_the_english_of_an_english_refusal(runner, tmp_path):
    args = command_line(REFUSALS["a bad choice"][0], "en", tmp_path)
    said = runner(*args, prog_name="stakegraph").stderr
    assert said.startswith("Usage: stakegraph map [OPTIONS] BOOK\nTry 'stakegraph map -h' for help.\n")
    assert english_left(said, "es", [*args, *COLOR_MODES]) != []


def test_auto_says_a_bad_color_in_the_language_of_the_workbook(runner, tmp_path):
    result = runner("map", SPANISH_BOOK, "-o", tmp_path / "mapa.html", "--color", "pink", prog_name="stakegraph")
    assert result.exit_code == 2
    assert result.stderr == (
        "Uso: stakegraph map [OPTIONS] BOOK\n"
        "Escriba «stakegraph map -h» para ver la ayuda.\n\n"
        "Error: Valor no válido para '--color': «pink» no es ninguna de las opciones: "
        "sector, community, level, type, forum\n")


def test_a_command_that_does_not_exist_is_refused_in_the_language_of_the_workbook_named(runner):
    result = runner("analyse", SPANISH_BOOK, prog_name="stakegraph")
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: no existe el comando «analyse»; ¿quería decir «analyze»?\n")


def test_an_english_workbook_or_none_is_refused_in_english(runner, tmp_path):
    result = runner("map", ENGLISH_BOOK, "-o", tmp_path / "map.html", "--width", "100", prog_name="stakegraph")
    assert result.stderr.endswith("Error: Invalid value for '--width': 100 is not between 320 and 8,000\n")
    result = runner("validate", tmp_path / "nowhere.xlsx", prog_name="stakegraph")
    assert result.stderr.endswith(
        f"Error: Invalid value for 'BOOK': there is no file or folder '{tmp_path / 'nowhere.xlsx'}'\n")


def test_a_language_stakegraph_does_not_speak_is_refused_in_the_workbooks(runner):
    result = runner("validate", SPANISH_BOOK, "--lang", "ess")
    assert result.exit_code == 2
    assert result.stderr.endswith("¿quería decir «es»?\n")


def test_a_refusal_we_did_not_foresee_keeps_its_words_inside_the_translated_frame():
    @click.command()
    def moon() -> None:
        """Look at the moon."""

    ctx = moon.make_context("moon", [])
    with speaking("sv"):
        lines = refusal_lines(click.UsageError("the moon is made of cheese", ctx))
    assert lines == ["Användning: moon [OPTIONS]", "Skriv ”moon --help” för att få hjälp.", "",
                     "Fel: the moon is made of cheese"]


def test_the_real_command_refuses_in_greek_and_exits_2(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "stakegraph", "map", str(ENGLISH_BOOK), "-o",
                           str(tmp_path / "map.html"), "--lang", "el", "--size", "degre"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert lines[0].startswith("Χρήση: ") and lines[0].endswith(" map [OPTIONS] BOOK")
    assert lines[-1].startswith("Σφάλμα: Μη έγκυρη τιμή για το '--size': το «degre» δεν είναι καμία από τις "
                                "επιλογές: degree, ")
    assert lines[-1].endswith("· μήπως εννοείτε «degree»;")
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "map.html").exists()
