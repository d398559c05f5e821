"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import click

from stakegraph.render.text import plural

__all__ = [
    "book_argument",
    "echo_json",
    "echo_result",
    "finite",
    "format_option",
    "import_warning",
    "rounds_arguments",
]

book_argument = click.argument(
    "book", type=click.Path(exists=True, dir_okay=True, readable=True), metavar="BOOK"
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


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float written as text ("nan", "inf").

    JSON has no NaN: a cell holding the text "nan" or "inf" is read as a number,
    and a problem quoting it must still print as valid JSON, the value as written.

    Examples
    --------
    >>> finite({"value": float("nan"), "rows": [1.5, float("-inf")], "name": "Doras"})
    {'value': 'nan', 'rows': [1.5, '-inf'], 'name': 'Doras'}
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


def echo_json(data: dict[str, Any]) -> None:
    """Print a job's result as JSON on stdout (always valid JSON: no NaN)."""
    click.echo(json.dumps(finite(data), ensure_ascii=False, indent=2, allow_nan=False, default=str))


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
    >>> print(CliRunner().invoke(demo).stderr, end="")
    Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties in error are left out, and a stakeholder whose sector is missing or unknown counts as 'unknown'.
    """
    if errors:
        it = "it" if errors == 1 else "them"
        click.echo(f"Warning: {where} {plural(errors, 'error')} (run `stakegraph validate` "
                   f"to see {it}): rows and ties in error are left out, and a stakeholder whose sector is "
                   "missing or unknown counts as 'unknown'.", err=True)
