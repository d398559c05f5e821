"""Options and output helpers shared by the commands."""

from __future__ import annotations

import json
from typing import Any

import click

__all__ = ["book_argument", "echo_json", "format_option"]

book_argument = click.argument(
    "book", type=click.Path(exists=True, dir_okay=True, readable=True), metavar="BOOK"
)

format_option = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json for programs (stable, with schema_version).",
)


def echo_json(data: dict[str, Any]) -> None:
    """Print a job's result as JSON on stdout."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
