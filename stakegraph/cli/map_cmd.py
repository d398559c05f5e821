"""``stakegraph map BOOK -o map.html``: draw the network as one offline page."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import (
    book_argument,
    echo_json,
    format_option,
    import_warning,
    not_together,
    reading_options,
    say_ties,
    ties_option,
)
from stakegraph.cli.progress import working
from stakegraph.jobs import steps
from stakegraph.limits import Limits
from stakegraph.render.map.choices import COLOR_MODES, MAP_LANGUAGES, SIZE_MEASURES
from stakegraph.render.text import plural

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["map_command"]


@main.command("map")
@book_argument
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The map to write: a .html page; a .png picture of it, or an A3 .pdf or .svg to print "
                   "(these need Chromium).")
@click.option("--width", type=click.IntRange(320, 8000), default=1600, show_default=True,
              help="The width of a .png picture, in pixels.")
@click.option("--height", type=click.IntRange(240, 8000), default=1000, show_default=True,
              help="The height of a .png picture, in pixels.")
@click.option("--color", type=click.Choice(COLOR_MODES), default="sector", show_default=True,
              help="What the node colours show.")
@click.option("--size", type=click.Choice(SIZE_MEASURES), default="degree", show_default=True,
              help="The centrality measure the node sizes show.")
@click.option("--iwg", metavar="NAME", help="Group this IWG's members around it and show the sectors it lacks.")
@click.option("--theme", metavar="T", help="Open the map filtered to the stakeholders working on theme T.")
@click.option("--anonymize", is_flag=True, help="Replace every name with a code (PUB-01, CIV-02, …).")
@click.option("--show-contacts", is_flag=True,
              help="Show contact, email, phone and every column judged personal (hidden by default).")
@click.option("--title", metavar="T", help="The map's heading (default: the workbook's title).")
@click.option("--story", type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="A story (TOML): the views, each with a focus, filter, IWG and caption, that "
                   "presentation mode steps through with the arrow keys and Page Up/Down.")
@click.option("--lang", type=click.Choice(MAP_LANGUAGES), default="en", show_default=True,
              help="The language of the map's words.")
@ties_option
@reading_options
@format_option
@click.pass_context
def map_command(ctx: click.Context, book: str, out: str, width: int, height: int, color: str, size: str,
                iwg: str | None,
                theme: str | None, anonymize: bool, show_contacts: bool, title: str | None,
                story: str | None, lang: str, ties: str, columns: ColumnMap | None, fmt: str, limits: Limits) -> None:
    """Draw BOOK as one self-contained map that opens offline.

    The page holds everything it needs (no internet, no folder beside it):
    colour by sector, size by centrality, a legend, search, filters and a
    side panel per stakeholder. Contacts are left out unless --show-contacts.
    In a round written by `stakegraph collect`, a tie only one side named
    is drawn with a dot in its middle; --ties confirmed leaves those out.
    Exit status: 0 drawn, 1 drawn but the workbook has errors (run
    `stakegraph validate`), 2 nothing drawn.
    """
    if anonymize and show_contacts:
        not_together("--anonymize", "--show-contacts", "an anonymous map shows no contacts")
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.map import draw_map
    with working(f"Drawing the map of {book}", steps=steps.MAP) as step:
        result = draw_map(open_book(book, ReadingOptions(columns, limits)), out, color=color, size=size, iwg=iwg,
                          theme=theme, anonymize=anonymize, show_contacts=show_contacts, title=title,
                          lang=lang, ties=ties, progress=step, width=width, height=height, story=story)
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        d = result.to_dict()
        shown = f", {plural(d['placeholders'], 'missing sector')} shown" if d["placeholders"] else ""
        say_ties(ties)
        click.echo(f"Wrote {d['path']}: {plural(d['stakeholders'], 'stakeholder')}, {plural(d['ties'], 'tie')}, "
                   f"{plural(d['iwgs'], 'IWG')}{shown}")
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
