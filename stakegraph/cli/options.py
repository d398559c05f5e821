"""Options and output helpers shared by the commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from stakegraph.cli.group import GROUP_LANGUAGE_KEY, LANGUAGE_KEY
from stakegraph.cli.types import Choice, IntRange, Path, Refusal, UsageRefusal, suggested
from stakegraph.codebook import LANGUAGES, did_you_mean
from stakegraph.errors import StakegraphError
from stakegraph.i18n import N_, Phrase, gettext, ngettext, number, speaking
from stakegraph.limits import CHARS_PER_CELL, Limits
from stakegraph.model.reciprocity import TIE_SELECTIONS

if TYPE_CHECKING:  # the mapping's module loads only when --columns is given
    from stakegraph.io.columns import ColumnMap

__all__ = ["AFTER_HAS", "BEFORE_HAS", "CONFIRMED_ONLY", "WROTE_ROUND", "book_argument", "book_options",
           "checked_language", "columns_option", "counted", "echo_json", "echo_result", "format_option",
           "import_warning", "language_option", "max_cells_option", "not_together", "reading_options",
           "rounds_arguments", "say_ties", "ties_option"]

book_argument = click.argument(
    "book", type=Path(exists=True, dir_okay=True, readable=True), metavar="BOOK"
)

max_cells_option = click.option(
    "--max-cells", "limits", type=IntRange(min=1), metavar="N",
    callback=lambda ctx, param, value: Limits.with_cells(value),
    help=(f"Refuse a sheet that expands to more than N cells, repeats counted (default "
          f"{Limits().cells:,}; a sheet may hold {CHARS_PER_CELL} characters a cell). Raise it for a "
          "real mapping that needs more."),
)
_round = Path(exists=True, dir_okay=True, readable=True)


def rounds_arguments(command: Any) -> Any:
    """The BEFORE and AFTER workbooks of a command that compares two rounds,
    and ``--no-renames`` (``diff``, ``evaluate``)."""
    for decorate in reversed([
        click.argument("before", type=_round, metavar="BEFORE"),
        click.argument("after", type=_round, metavar="AFTER"),
        click.option("--no-renames", is_flag=True,
                     help="Do not pair a stakeholder that is gone with a new one of a close name."),
    ]):
        command = decorate(command)
    return command


format_option = click.option(
    "--format", "fmt", type=Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json for programs (stable, with schema_version).",
)


ties_option = click.option(
    "--ties", type=Choice(TIE_SELECTIONS), default="all", show_default=True,
    help="all: every tie, one-sided ones included; confirmed: only the ties both sides named "
         "(a round written by stakegraph collect).",
)

#: said after a round is written, by collect and by session --export
WROTE_ROUND = N_("Wrote {path}: the new round (compare: stakegraph diff {book} {path})")
#: said above what a command shows when it uses confirmed ties only
CONFIRMED_ONLY = N_("Only confirmed ties (both sides named them in the survey) are used.")


def say_ties(ties: str) -> None:
    """Say, above a command's text output, that it uses confirmed ties only
    (nothing for all ties, the default its help states)."""
    if ties == "confirmed":
        click.echo(gettext(CONFIRMED_ONLY))

def _columns(ctx: click.Context, param: click.Parameter, value: str | None) -> ColumnMap | None:
    """The ``--columns`` mapping, read before the command runs: a bad one is a usage error."""
    if value is None:
        return None
    from stakegraph.io.columns import read_columns

    try:
        return read_columns(value)
    except StakegraphError as exc:
        raise Refusal(exc, ctx=ctx, param=param) from None


columns_option = click.option(
    "--columns", metavar="MAP", callback=_columns,
    help="Which header holds which field, for headers stakegraph does not recognise: "
         "field=header,… (name='Name of organisation',sector=Kategorie,source=Payer) "
         "or a .toml file of field = \"header\" lines.",
)


def counted(d: dict[str, Any]) -> dict[str, str]:
    """The stakeholders, ties, IWGs and memberships of a job's result, each
    said with its count, in the current language (for a "Wrote …" line).

    >>> counted({"stakeholders": 1, "ties": 12000, "iwgs": 0})
    {'stakeholders': '1 stakeholder', 'ties': '12,000 ties', 'iwgs': '0 IWGs', 'memberships': '0 memberships'}
    """
    n = {key: int(d.get(key, 0)) for key in ("stakeholders", "ties", "iwgs", "memberships")}
    said = {
        "stakeholders": ngettext("{n} stakeholder", "{n} stakeholders", n["stakeholders"]),
        "ties": ngettext("{n} tie", "{n} ties", n["ties"]),
        "iwgs": ngettext("{n} IWG", "{n} IWGs", n["iwgs"]),
        "memberships": ngettext("{n} membership", "{n} memberships", n["memberships"]),
    }
    return {key: sentence.format(n=number(n[key])) for key, sentence in said.items()}


def echo_json(data: dict[str, Any]) -> None:
    """Print a job's result as JSON on stdout (always valid JSON: no NaN)."""
    from stakegraph.model.jsonsafe import json_text

    click.echo(json_text(data))


def echo_result(fmt: str, data: dict[str, Any], text: Callable[[], str], output: str | None) -> None:
    """Print a job's result: its JSON (``fmt == "json"``), or its text and,
    when it wrote a file, the file's name."""
    if fmt == "json":
        echo_json(data)
        return
    click.echo(text())
    if output:
        click.echo("\n" + gettext("Wrote {path}").format(path=output))


#: who has the errors, in :func:`import_warning`
WORKBOOK_HAS = N_("the workbook has")
BEFORE_HAS, AFTER_HAS = N_("the earlier workbook (BEFORE) has"), N_("the later workbook (AFTER) has")


def import_warning(errors: int, where: str = WORKBOOK_HAS) -> None:
    """Say on stderr, when ``errors``, that the workbook had errors and what
    the command did with them (the same words for every command).

    >>> from click.testing import CliRunner
    >>> @click.command()
    ... def demo() -> None:
    ...     import_warning(1)
    >>> print(CliRunner().invoke(demo).stderr, end="")  # doctest: +NORMALIZE_WHITESPACE
    Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties in
    error are left out, and a stakeholder whose sector is missing or unknown counts as
    'unknown'.
    """
    if errors:
        said = ngettext(
            "Warning: {where} {n} error (run `stakegraph validate` to see it): rows and ties in error are "
            "left out, and a stakeholder whose sector is missing or unknown counts as 'unknown'.",
            "Warning: {where} {n} errors (run `stakegraph validate` to see them): rows and ties in error are "
            "left out, and a stakeholder whose sector is missing or unknown counts as 'unknown'.", errors)
        click.echo(said.format(where=gettext(where), n=number(errors)), err=True)


def not_together(first: str, second: str, why: str) -> None:
    """Refuse two options given together, as a usage error (exit 2) naming
    both: the library's own message cannot name command-line flags.

    >>> not_together("--iwg", "--member", "give one group")
    Traceback (most recent call last):
    ...
    stakegraph.cli.types.UsageRefusal: --iwg and --member cannot be used together: give one group
    """
    raise UsageRefusal(Phrase.of(N_("{first} and {second} cannot be used together: {why}"), first=first,
                                 second=second, why=Phrase.of(why)))


def reading_options(command: Any) -> Any:
    """``--columns`` and ``--max-cells``: what every command that reads a
    workbook takes, passed to it as ``columns`` and ``limits``."""
    return columns_option(max_cells_option(command))


def book_options(command: Any) -> Any:
    """What every command that reads a workbook and reports on it takes, in
    this order on its help: :func:`reading_options` (``columns``,
    ``limits``), :data:`format_option` (``fmt``) and :func:`language_option`
    (``lang``)."""
    return reading_options(format_option(language_option(command)))


def checked_language(ctx: click.Context, value: str, param: click.Parameter | None = None) -> str:
    """``value`` when it is ``auto`` or one of the languages; anything else is
    a usage error that lists them (and names the closest).

    >>> checked_language(click.Context(click.Command("x")), "es")
    'es'
    """
    if value == "auto" or value in LANGUAGES:
        return value
    listed = ", ".join(["auto", *LANGUAGES])
    said = Phrase.of(N_("'{value}' is not a language stakegraph speaks ({listed})"), value=value, listed=listed)
    raise Refusal(suggested(said, did_you_mean(value, ["auto", *LANGUAGES])), ctx=ctx, param=param)


def _language(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """``--lang``'s check (:func:`checked_language`)."""
    return checked_language(ctx, value, param)


def _auto_language(params: dict[str, Any]) -> str:
    """The language of the command's workbook (``BOOK``, else ``AFTER``), or
    English when it reads none; the read is kept for the load that follows."""
    book = params.get("book") or params.get("after")
    if not isinstance(book, str):
        return "en"
    from stakegraph.io.language import book_language

    return book_language(book, limits=params.get("limits"), keep=True)


def language_option(command: Any) -> Any:
    """``--lang auto|en|es|…``: every line the command writes for people is in
    that language; ``auto`` (the default) is the workbook's language, told by
    its sheet names, else its headers and words (English when none leads).

    The command is given ``lang`` as written (``auto`` or a code) and runs
    inside :func:`~stakegraph.i18n.speaking` the chosen language, which
    :func:`~stakegraph.i18n.current_language` tells it.
    """

    @functools.wraps(command)
    def speaking_command(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        lang = kwargs["lang"]
        if ctx.get_parameter_source("lang") == click.core.ParameterSource.DEFAULT:
            lang = ctx.meta.get(GROUP_LANGUAGE_KEY, lang)  # stakegraph --lang LANG COMMAND …
        chosen = _auto_language(kwargs) if lang == "auto" else lang
        ctx.meta[LANGUAGE_KEY] = chosen
        with speaking(chosen):
            return command(*args, **kwargs)

    return click.option(
        "--lang", default="auto", show_default=True, metavar="LANG", callback=_language,
        help="The language of what the command writes for people: auto (the workbook's language) or "
             + ", ".join(LANGUAGES) + ".",
    )(speaking_command)
