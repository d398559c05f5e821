"""``stakegraph session BOOK [--host H] [--port P] | --export ROUND.xlsx``: map the network live in the room."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import WROTE_ROUND, book_argument, book_options, echo_json, import_warning
from stakegraph.cli.types import IntRange, Path
from stakegraph.i18n import current_language, gettext
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["session_command"]

@main.command("session")
@book_argument
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Where to listen. The default lets only this computer in; 0.0.0.0 (or the "
                   "room's address) lets the phones on the room's network join.")
@click.option("--port", type=IntRange(1, 65535), default=8765, show_default=True,
              help="The port to listen on.")
@click.option("--session-file", type=Path(dir_okay=False), metavar="FILE",
              help="The session file (default: BOOK.session.sqlite beside BOOK).")
@click.option("--export", "export", type=Path(dir_okay=False), metavar="ROUND.xlsx",
              help="Do not serve: write the session's answers as a new round of BOOK (.xlsx).")
@book_options
@click.pass_context
def session_command(ctx: click.Context, book: str, host: str, port: int, session_file: str | None,
                    export: str | None, fmt: str, columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """Serve BOOK to the room: phones answer, the projected map grows.

    Each participant opens the join address (or the QR code on the
    projector), gives the join code, picks their organisation, marks their
    partners and adds the organisations the mapping lacks. The projector
    page shows the map of BOOK plus every answer, as it arrives. The
    terminal prints the join address and code, the projector's address
    and the facilitator's PIN (pause answers, hide a proposal, approve a
    second claim of an organisation, end the session).

    Every answer is written to BOOK.session.sqlite before it is
    acknowledged; running the same command again resumes the session.
    Nothing needs the internet and no data leaves this computer. Then
    `--export ROUND.xlsx` writes the round (as `stakegraph collect` does),
    and `stakegraph diff BOOK ROUND.xlsx` compares it with BOOK. The
    terminal's lines, the round's report and the pages open in the
    language of --lang (auto: the workbook's); each phone can switch.

    Exit status: 0 done, 1 BOOK has errors (export), 2 nothing served or written.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book

    opened = open_book(book, ReadingOptions(columns, limits))
    if export:
        from stakegraph.session.export import export_round

        result = export_round(opened, export, session_file=session_file, lang=current_language())
        if fmt == "json":
            echo_json(result.to_dict())
        else:
            click.echo(result.text())
            click.echo("\n" + gettext(WROTE_ROUND).format(path=export, book=book))
        import_warning(len(result.mapping.errors))
        ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
    from stakegraph.session.server import check_port, open_room, serve

    check_port(host, port)
    room = open_room(opened, host=host, port=port, lang=current_language(), session_file=session_file)
    import_warning(room.errors)
    for line in room.lines(host, port):
        click.echo(line)
    serve(room, host, port)
