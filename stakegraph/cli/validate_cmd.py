"""``stakegraph validate BOOK``: check a workbook and say what is wrong, where."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_json
from stakegraph.cli.progress import working
from stakegraph.i18n import gettext
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["validate_command"]


@main.command("validate")
@book_argument
@book_options
@click.pass_context
def validate_command(ctx: click.Context, book: str, fmt: str, columns: ColumnMap | None, limits: Limits,
                     lang: str) -> None:
    """Check BOOK and list every problem by sheet, row and column.

    BOOK is an .xlsx, .xlsm, .xls or .ods workbook, a .csv file, or a folder
    of CSV files named like the sheets. Exit status: 0 no errors (warnings
    allowed), 1 the workbook has errors, 2 it cannot be read.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.result import envelope
    from stakegraph.jobs.validate import validate
    from stakegraph.render.report.validation import format_import_report
    with working(gettext("Reading {book}").format(book=book)):
        report = validate(open_book(book, ReadingOptions(columns, limits)))
    if fmt == "json":
        echo_json(envelope({"book": report}, report.to_dict()))
    else:
        click.echo(format_import_report(report))
    ctx.exit(Exit.OK if report.ok else Exit.INPUT_ERRORS)
