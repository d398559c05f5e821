"""``stakegraph collect BOOK RETURNS... -o ROUND.xlsx``: survey returns merged into a round."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import WROTE_ROUND, book_argument, book_options, echo_json, import_warning
from stakegraph.cli.progress import working
from stakegraph.cli.types import Path
from stakegraph.i18n import current_language, gettext, ngettext, number
from stakegraph.jobs import steps
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["collect_command"]


@main.command("collect")
@book_argument
@click.argument("returns", nargs=-1, required=True, metavar="RETURNS...",
                type=Path(dir_okay=False))
@click.option("-o", "--output", "out", required=True, type=Path(dir_okay=False),
              metavar="ROUND.xlsx", help="The round workbook to write (.xlsx); never BOOK or a return.")
@click.option("--key", type=Path(exists=True, dir_okay=False),
              help="The survey key (default: survey.key beside BOOK or a return, or in the one "
                   "folder beside BOOK that holds one, as `survey BOOK -o surveys` leaves it).")
@book_options
@click.pass_context
def collect_command(ctx: click.Context, book: str, returns: tuple[str, ...], out: str,
                    key: str | None, fmt: str,
                    columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Merge survey RETURNS into a new round of BOOK, written to ROUND.xlsx.

    Any number and any subset of returns. The round records who reported
    each tie, whether it is confirmed (both sides named it) or one-sided,
    the conflicts of type or strength, proposed newcomers (with a "did you
    mean") and each organisation's corrections to its own row; its sheet
    'Collection report (ignore)' and the output here give the response
    rates by sector and who has not answered. A file that is not a return,
    a return from another mapping and an altered return are refused by
    name; the others still merge. BOOK and the returns are never changed;
    compare the rounds with `stakegraph diff BOOK ROUND.xlsx`.

    Exit status: 0 merged, 1 merged but a return was refused or BOOK has
    errors, 2 nothing written.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.collect import collect
    collecting = ngettext("Collecting {n} return", "Collecting {n} returns", len(returns))
    collecting = collecting.format(n=number(len(returns)))
    with working(collecting, steps=steps.COLLECT) as step:
        result = collect(open_book(book, ReadingOptions(columns, limits)), list(returns), out, key=key, progress=step,
                         lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        click.echo(result.text())
        click.echo("\n" + gettext(WROTE_ROUND).format(path=result.path, book=book))
    for file, p in result.problems:
        said = p.said_message()
        click.echo(gettext("Error: {message}").format(message=said if file in said else f"{file}: {said}"), err=True)
    import_warning(len(result.mapping.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
