"""``stakegraph forums BOOK``: the groups of a mapping, and who links them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_result, import_warning
from stakegraph.i18n import current_language
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["forums_command"]


@main.command("forums")
@book_argument
@click.option("--column", metavar="NAME",
              help="A column of the Stakeholders sheet that lists forums or projects "
                   "(default: the IWGs).")
@book_options
@click.pass_context
def forums_command(ctx: click.Context, book: str, column: str | None, fmt: str,
                   columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """The two-mode network of BOOK: stakeholders and their IWGs (or the
    forums a column lists).

    Lists each group's members, the pairs of groups that share members, and
    the organisations that link groups, first those that alone link a pair.
    Exit status: 0 done, 1 done but the workbook has errors, 2 nothing read.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.forums import forums
    result = forums(open_book(book, ReadingOptions(columns, limits)), column=column, lang=current_language())
    echo_result(fmt, result.to_dict(), result.text, None)
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
