"""``stakegraph template OUT.xlsx [--lang LANG]``: a blank workbook to fill in."""

from __future__ import annotations

import os

import click

from stakegraph.cli.group import main
from stakegraph.cli.options import language_option
from stakegraph.cli.types import Path
from stakegraph.i18n import current_language, gettext

__all__ = ["template_command"]


@main.command("template")
@click.argument("out", type=Path(dir_okay=False), metavar="OUT.xlsx")
@click.option("--overwrite", is_flag=True,
              help="Replace OUT.xlsx if it exists (never a workbook that holds data).")
@language_option
def template_command(out: str, overwrite: bool, lang: str) -> None:
    """Write a blank mapping workbook to OUT.xlsx.

    It has the Stakeholders, Relationships, IWGs and Lists sheets with their
    headers, drop-down lists of sectors, types, levels, themes, yes/no, tie
    types and roles, and an Instructions sheet, all in LANG. An existing
    OUT.xlsx is replaced only with --overwrite, and never when it holds data.
    """
    if os.path.lexists(out) and not overwrite:
        exists = gettext("'{out}' already exists; add --overwrite to replace it with a blank template")
        raise click.UsageError(exists.format(out=out))
    from stakegraph.jobs.template import make_template
    result = make_template(out, current_language(), overwrite=overwrite)
    sheets = ", ".join(result["sheets"])
    click.echo(gettext("Wrote {path}: sheets {sheets}.").format(path=result["path"], sheets=sheets))
