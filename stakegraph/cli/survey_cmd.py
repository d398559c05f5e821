"""``stakegraph survey BOOK -o FOLDER``: a survey workbook for every stakeholder."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_json, import_warning
from stakegraph.cli.progress import working
from stakegraph.cli.types import IntRange, Path
from stakegraph.i18n import gettext, ngettext, number
from stakegraph.jobs import steps
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["survey_command"]


@main.command("survey")
@book_argument
@click.option("-o", "--output", "out", required=True, type=Path(file_okay=False),
              metavar="FOLDER", help="The folder to write the surveys and the key into (made if missing).")
@click.option("--round", "round_", type=IntRange(min=1), default=1, show_default=True,
              help="The round of the mapping the surveys collect.")
@click.option("--printable", is_flag=True,
              help="Also write each survey as a page to print (NAME.html beside NAME.xlsx).")
@book_options
@click.pass_context
def survey_command(ctx: click.Context, book: str, out: str, round_: int, printable: bool,
                   fmt: str, columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Write a survey workbook for each stakeholder of BOOK into FOLDER.

    Each survey, in the stakeholder's language, lists every other
    stakeholder by sector with drop-downs (do you work with them, type,
    strength, we don't know them), is pre-filled with what BOOK says, has
    rows for missing organisations and a consent note. Only the answer
    cells can be changed, and a hidden signature tells `stakegraph collect`
    whose return it is.

    FOLDER/survey.key is the coordinator's secret: send the surveys, keep
    the key (collect needs it). --printable adds a page to print for
    those who will not open a spreadsheet; the coordinator types the
    answers into the workbook. Exit status: 0 written, 1 written but BOOK
    has errors, 2 nothing written.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.survey import survey
    with working(gettext("Writing surveys for {book}").format(book=book), steps=steps.SURVEY) as step:
        result = survey(open_book(book, ReadingOptions(columns, limits)), out, lang=lang, round=round_,
                        printable=printable, progress=step)
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        pages = " and as many pages to print" if printable else ""
        n = len(result.surveys)
        if pages:
            wrote = ngettext("Wrote {n} survey and as many pages to print to {folder}.",
                             "Wrote {n} surveys and as many pages to print to {folder}.", n)
        else:
            wrote = ngettext("Wrote {n} survey to {folder}.", "Wrote {n} surveys to {folder}.", n)
        click.echo(wrote.format(n=number(n), folder=result.folder))
        click.echo(gettext("Keep {key} (do not send it): collect checks the returns with it.").format(key=result.key))
    for p in result.problems:
        click.echo(gettext("Warning: {message}").format(message=p.said()), err=True)
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
