"""Options and output helpers shared by the commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from stakegraph.errors import StakegraphError
from stakegraph.limits import CHARS_PER_CELL, Limits
from stakegraph.model.reciprocity import TIE_SELECTIONS
from stakegraph.render.text import plural

if TYPE_CHECKING:  # the mapping's module loads only when --columns is given
    from stakegraph.io.columns import ColumnMap

__all__ = ["CONFIRMED_ONLY", "book_argument", "columns_option", "echo_json", "echo_result",
           "format_option", "import_warning", "max_cells_option", "not_together", "reading_options", "rounds_arguments",
           "say_ties", "ties_option"]

book_argument = click.argument(
    "book", type=click.Path(exists=True, dir_okay=True, readable=True), metavar="BOOK"
)

max_cells_option = click.option(
    "--max-cells", "limits", type=click.IntRange(min=1), metavar="N",
    callback=lambda ctx, param, value: Limits.with_cells(value),
    help=(f"Refuse a sheet that expands to more than N cells, repeats counted (default "
          f"{Limits().cells:,}; a sheet may hold {CHARS_PER_CELL} characters a cell). Raise it for a "
          "real mapping that needs more."),
)
_round = click.Path(exists=True, dir_okay=True, readable=True)


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
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json for programs (stable, with schema_version).",
)


ties_option = click.option(
    "--ties", type=click.Choice(TIE_SELECTIONS), default="all", show_default=True,
    help="all: every tie, one-sided ones included; confirmed: only the ties both sides named "
         "(a round written by stakegraph collect).",
)

#: said above what a command shows when it uses confirmed ties only
CONFIRMED_ONLY = "Only confirmed ties (both sides named them in the survey) are used."


def say_ties(ties: str) -> None:
    """Say, above a command's text output, that it uses confirmed ties only
    (nothing for all ties, the default its help states)."""
    if ties == "confirmed":
        click.echo(CONFIRMED_ONLY)

def _columns(ctx: click.Context, param: click.Parameter, value: str | None) -> ColumnMap | None:
    """The ``--columns`` mapping, read before the command runs: a bad one is a usage error."""
    if value is None:
        return None
    from stakegraph.io.columns import read_columns

    try:
        return read_columns(value)
    except StakegraphError as exc:
        raise click.BadParameter(exc.message, ctx=ctx, param=param) from None


columns_option = click.option(
    "--columns", metavar="MAP", callback=_columns,
    help="Which header holds which field, for headers stakegraph does not recognise: "
         "field=header,… (name='Name of organisation',sector=Kategorie,source=Payer) "
         "or a .toml file of field = \"header\" lines.",
)


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
        click.echo(f"\nWrote {output}")


def import_warning(errors: int, where: str = "the workbook has") -> None:
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
        it = "it" if errors == 1 else "them"
        click.echo(f"Warning: {where} {plural(errors, 'error')} (run `stakegraph validate` "
                   f"to see {it}): rows and ties in error are left out, and a stakeholder whose sector is "
                   "missing or unknown counts as 'unknown'.", err=True)


def not_together(first: str, second: str, why: str) -> None:
    """Refuse two options given together, as a usage error (exit 2) naming
    both: the library's own message cannot name command-line flags.

    >>> not_together("--iwg", "--member", "give one group")
    Traceback (most recent call last):
    ...
    click.exceptions.UsageError: --iwg and --member cannot be used together: give one group
    """
    raise click.UsageError(f"{first} and {second} cannot be used together: {why}")


def reading_options(command: Any) -> Any:
    """``--columns`` and ``--max-cells``: what every command that reads a
    workbook takes, passed to it as ``columns`` and ``limits``."""
    return columns_option(max_cells_option(command))
