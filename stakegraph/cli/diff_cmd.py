"""``stakegraph diff BEFORE AFTER``: what changed between two rounds of a mapping."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import AFTER_HAS, BEFORE_HAS, book_options, echo_json, import_warning, rounds_arguments
from stakegraph.cli.progress import working
from stakegraph.cli.types import Path
from stakegraph.i18n import current_language, gettext
from stakegraph.jobs import steps
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["diff_command"]


@main.command("diff")
@rounds_arguments
@click.option("-o", "--output", "out", type=Path(dir_okay=False, writable=True),
              help="Also draw AFTER's map with what is new highlighted (a .html page).")
@book_options
@click.pass_context
def diff_command(ctx: click.Context, before: str, after: str, out: str | None, no_renames: bool,
                 fmt: str, columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Compare two rounds of a mapping: BEFORE and AFTER are workbooks.

    Lists the stakeholders and ties added and removed, ties whose type
    changed, the cross-sector ties, and how density, fragmentation, the E-I
    index of sectors and each stakeholder's brokerage and betweenness moved.
    Names are matched ignoring case, accents and spaces; a name that is gone
    and a new one that is close ("Caritas Varese", "Caritas Ambrosiana
    Varese") are shown as a possible rename and compared as one
    organisation. Exit status: 0 done, 1 done but a workbook has errors,
    2 nothing compared.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.diff import diff
    with working(gettext("Comparing the two rounds"), steps=steps.DIFF[:4 if out else 3]) as step:
        reading = ReadingOptions(columns, limits)
        result = diff(open_book(before, reading), open_book(after, reading), out,
                      rename_cutoff=None if no_renames else 85.0, progress=step, lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        click.echo(result.text())
        if result.map is not None:
            click.echo("\n" + gettext("Wrote {path}: the map of AFTER, what is new highlighted").format(
                path=result.map["path"]))
    import_warning(len(result.books["before"].errors), BEFORE_HAS)
    import_warning(len(result.books["after"].errors), AFTER_HAS)
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
