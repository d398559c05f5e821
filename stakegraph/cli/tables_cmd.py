"""``stakegraph tables BOOK``: seat a session's attendees at its tables."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_result, import_warning, not_together
from stakegraph.cli.progress import working
from stakegraph.cli.types import FloatRange, Int, IntRange, Path
from stakegraph.i18n import N_, current_language, gettext, ngettext, number
from stakegraph.jobs import steps
from stakegraph.limits import Limits
from stakegraph.model.seed import DEFAULT_SEED

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["tables_command"]

#: the cards' words are in the catalogue in Catalan too (Catalonia's sessions)


@main.command("tables")
@book_argument
@click.option("--attendees", type=Path(exists=True, dir_okay=False), metavar="FILE",
              help="Who attends: a text file, one stakeholder name a line.")
@click.option("--iwg", metavar="NAME", help="Who attends: the members of this IWG.")
@click.option("--tables", type=IntRange(min=1), required=True,
              help="How many tables.")
@click.option("--rounds", type=IntRange(min=1), default=1, show_default=True,
              help="How many rounds (the room is reseated each round).")
@click.option("-o", "--output", type=Path(dir_okay=False, writable=True),
              help="Also write the seating and its table cards (.xlsx), printable table cards "
                   "(.pdf, one A4 page per table and round; needs Chromium), or JSON (.json).")
@click.option("--maps", type=Path(file_okay=False, writable=True), metavar="FOLDER",
              help="Also draw a map per table and round in FOLDER (offline .html pages).")
@click.option("--time-limit", type=FloatRange(min=0.1), default=10.0, show_default=True,
              help="The solver's budget, in CP-SAT's deterministic time units (a few seconds "
                   "of one core each): the same budget gives the same seating.")
@click.option("--seed", type=Int(), default=DEFAULT_SEED, show_default=True,
              help="Seeds the solver, so the same room gets the same seating.")
@book_options
@click.pass_context
def tables_command(ctx: click.Context, /, book: str, attendees: str | None, iwg: str | None, fmt: str,
                   columns: ColumnMap | None, limits: Limits, lang: str, **seating: Any) -> None:
    """Seat the attendees of a session at tables, round after round.

    Each table mixes sectors and levels, organisations not yet tied sit
    together, the brokers (highest betweenness) are spread one per table,
    and later rounds repeat as few pairs as possible. OR-Tools' CP-SAT
    solves it and says how close the seating is to the best possible.
    Exit status: 0 done, 1 done but the workbook has errors, 2 nothing seated.
    """
    # seating: the job's own keywords (tables, rounds, output, maps, time_limit, seed), as parsed; the
    # language is --lang's, told by current_language()
    if attendees is None and iwg is None:
        raise click.UsageError(gettext("say who attends: --attendees FILE (one name a line) or --iwg NAME"))
    if attendees is not None and iwg is not None:
        not_together("--attendees", "--iwg", N_("say who attends with one of them"))
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.tables import seat_tables
    writes = seating["output"] or seating["maps"]
    with working(gettext("Seating the session"), steps=steps.TABLES[:4 if writes else 3]) as step:
        result = seat_tables(open_book(book, ReadingOptions(columns, limits)), attendees=attendees, iwg=iwg,
                             progress=step, lang=current_language(), **seating)
    echo_result(fmt, result.to_dict(), result.text, result.output)
    if result.maps and fmt != "json":
        drew = ngettext("Drew {n} table map in {folder}", "Drew {n} table maps in {folder}", len(result.maps))
        click.echo(drew.format(n=number(len(result.maps)), folder=seating["maps"]))
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
