"""``stakegraph map BOOK -o map.html``: draw the network as one offline page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import (
    book_argument,
    book_options,
    counted,
    echo_json,
    import_warning,
    not_together,
    say_ties,
    ties_option,
)
from stakegraph.cli.progress import working
from stakegraph.cli.types import Choice, IntRange, Path
from stakegraph.i18n import N_, current_language, gettext, ngettext, number
from stakegraph.jobs import steps
from stakegraph.limits import Limits
from stakegraph.render.map.choices import COLOR_MODES, SIZE_MEASURES

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["map_command"]


@main.command("map")
@book_argument
@click.option("-o", "--output", "out", required=True, type=Path(dir_okay=False, writable=True),
              help="The map to write: a .html page; a .png picture of it, or an A3 .pdf or .svg to print "
                   "(these need Chromium).")
@click.option("--width", type=IntRange(320, 8000), default=1600, show_default=True,
              help="The width of a .png picture, in pixels.")
@click.option("--height", type=IntRange(240, 8000), default=1000, show_default=True,
              help="The height of a .png picture, in pixels.")
@click.option("--color", type=Choice(COLOR_MODES), default="sector", show_default=True,
              help="What the node colours show (forum: the largest of each one's IWGs and forums).")
@click.option("--size", type=Choice(SIZE_MEASURES), default="degree", show_default=True,
              help="The centrality measure the node sizes show.")
@click.option("--iwg", metavar="NAME", help="Group this IWG's members around it and show the sectors it lacks.")
@click.option("--theme", metavar="T", help="Open the map filtered to the stakeholders working on theme T.")
@click.option("--anonymize", is_flag=True, help="Replace every name with a code (PUB-01, CIV-02, …).")
@click.option("--show-contacts", is_flag=True,
              help="Show contact, email, phone and every column judged personal (hidden by default).")
@click.option("--title", metavar="T", help="The map's heading (default: the workbook's title).")
@click.option("--story", type=Path(exists=True, dir_okay=False), metavar="FILE",
              help="A story (TOML): the views, each with a focus, filter, IWG and caption, that "
                   "presentation mode steps through with the arrow keys and Page Up/Down.")
@ties_option
@book_options
@click.pass_context
def map_command(ctx: click.Context, /, book: str, out: str, ties: str, columns: ColumnMap | None, fmt: str,
                limits: Limits, lang: str, **asked: Any) -> None:
    """Draw BOOK as one self-contained map that opens offline.

    The page holds everything it needs (no internet, no folder beside it):
    colour by sector, size by centrality, a legend, search, filters and a
    side panel per stakeholder. Contacts are left out unless --show-contacts.
    In a round written by `stakegraph collect`, a tie only one side named
    is drawn with a dot in its middle; --ties confirmed leaves those out.
    Exit status: 0 drawn, 1 drawn but the workbook has errors (run
    `stakegraph validate`), 2 nothing drawn.
    """
    # asked: the page's options as parsed, each named as the job takes it (color, size, iwg, theme, …)
    if asked["anonymize"] and asked["show_contacts"]:
        not_together("--anonymize", "--show-contacts", N_("an anonymous map shows no contacts"))
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.map import draw_map
    with working(gettext("Drawing the map of {book}").format(book=book), steps=steps.MAP) as step:
        result = draw_map(open_book(book, ReadingOptions(columns, limits)), out, ties=ties, progress=step,
                          lang=current_language(), **asked)
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        d = result.to_dict()
        say_ties(ties)
        if d["placeholders"]:
            missing = ngettext("{n} missing sector", "{n} missing sectors", d["placeholders"]).format(
                n=number(d["placeholders"]))
            wrote = gettext("Wrote {path}: {stakeholders}, {ties}, {iwgs}, {missing} shown").format(
                path=d["path"], missing=missing, **counted(d))
        else:
            wrote = gettext("Wrote {path}: {stakeholders}, {ties}, {iwgs}").format(path=d["path"], **counted(d))
        click.echo(wrote)
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
