"""``stakegraph export BOOK -o FILE``: the mapping for Gephi, Kumu, pandas."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, counted, echo_json, import_warning
from stakegraph.cli.progress import working
from stakegraph.cli.types import Path
from stakegraph.i18n import gettext
from stakegraph.jobs import steps
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["export_command"]


@main.command("export")
@book_argument
@click.option("-o", "--output", "out", required=True, type=Path(writable=True),
              help="FILE.graphml, .gexf, .json, .kumu.xlsx, or .csv (a folder of CSV files).")
@click.option("--contacts/--no-contacts", default=True, show_default=True,
              help="Keep contact, email, phone and every column judged personal in the export.")
@book_options
@click.pass_context
def export_command(ctx: click.Context, book: str, out: str, contacts: bool, fmt: str,
                   columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Export BOOK for another tool; the ending of FILE says which.

    \b
    .graphml    Gephi, yEd, igraph: the graph with every measure per stakeholder
    .gexf       Gephi: the same (an undirected tie is a mutual edge)
    .json       networkx node-link JSON, for pandas and notebooks
    .kumu.xlsx  Kumu's import workbook (Elements, Connections; IWGs as elements)
    .csv        a folder of CSV files: -o mapping.csv writes mapping/Stakeholders.csv,
                mapping/Relationships.csv and mapping/IWGs.csv

    Several values in one cell (themes) are joined with "|". The Kumu
    workbook and the CSV folder import back into stakegraph unchanged.
    Contacts are kept (an export is for an analyst; maps hide them) unless
    --no-contacts. Exit status: 0 written, 1 written but the workbook has
    errors, 2 nothing written.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.export import export
    with working(gettext("Exporting {book}").format(book=book), steps=steps.EXPORT) as step:
        result = export(open_book(book, ReadingOptions(columns, limits)), out, contacts=contacts, progress=step)
    d = result.to_dict()
    if fmt == "json":
        echo_json(d)
    else:
        where = ", ".join(d["files"]) if d["format"] == "csv" else d["path"]
        click.echo(gettext("Wrote {path}: {stakeholders}, {ties}, {iwgs}, {memberships}").format(
            path=where, **counted(d)))
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
