"""``stakegraph template OUT.xlsx [--lang LANG]``: a blank workbook to fill in."""

from __future__ import annotations

import os

import click

from stakegraph.cli.group import main
from stakegraph.codebook import LANGUAGES

__all__ = ["template_command"]


@main.command("template")
@click.argument("out", type=click.Path(dir_okay=False), metavar="OUT.xlsx")
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True,
              help="Language of the sheet names, headers, drop-down lists and instructions.")
@click.option("--overwrite", is_flag=True,
              help="Replace OUT.xlsx if it exists (never a workbook that holds data).")
def template_command(out: str, lang: str, overwrite: bool) -> None:
    """Write a blank mapping workbook to OUT.xlsx.

    It has the Stakeholders, Relationships, IWGs and Lists sheets with their
    headers, drop-down lists of sectors, types, levels, themes, yes/no, tie
    types and roles, and an Instructions sheet, all in LANG. An existing
    OUT.xlsx is replaced only with --overwrite, and never when it holds data.
    """
    if os.path.lexists(out) and not overwrite:
        raise click.UsageError(f"'{out}' already exists; add --overwrite to replace it with a blank template")
    from stakegraph.jobs.template import make_template
    result = make_template(out, lang, overwrite=overwrite)
    click.echo(f"Wrote {result['path']}: sheets {', '.join(result['sheets'])}.")
