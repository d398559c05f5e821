"""``stakegraph recommend BOOK``: whom to invite to close a group's gaps."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.gaps_cmd import scope_options
from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_json, import_warning
from stakegraph.cli.progress import working
from stakegraph.cli.types import IntRange
from stakegraph.i18n import current_language, gettext
from stakegraph.jobs import steps
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["recommend_command"]


@main.command("recommend")
@book_argument
@scope_options
@click.option("--size", type=IntRange(min=1), metavar="N",
              help="Also choose the best N invitees: each in turn the one scoring highest with those "
                   "chosen before it in the group (the first is the one to call first).")
@book_options
@click.pass_context
def recommend_command(ctx: click.Context, book: str, iwg: str | None, member_names: tuple[str, ...],
                      members_file: str | None, profile: str, size: int | None, fmt: str,
                      columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Rank the non-members of BOOK that close the most of a group's gaps.

    Each candidate is explained: which requirements it closes, how its score
    adds up from the profile's weights, its ties to members, and who can
    introduce it (the shortest path in the tie network).
    For the whole mapping the advice is whom to recruit from outside. Exit
    status: 0 done, 1 the workbook has errors, 2 the profile, the workbook
    or a name cannot be used.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.recommend import recommend
    with working(gettext("Recommending from {book}").format(book=book), steps=steps.RECOMMEND) as step:
        result = recommend(open_book(book, ReadingOptions(columns, limits)), iwg=iwg,
                           members=list(member_names) if member_names else None,
                           members_file=members_file, profile=profile, size=size, progress=step,
                           lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        click.echo(result.text(), nl=False)
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
