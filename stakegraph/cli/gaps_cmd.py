"""``stakegraph gaps BOOK``: what a group lacks, measured against a profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_json, import_warning, not_together
from stakegraph.cli.progress import working
from stakegraph.cli.types import Path
from stakegraph.i18n import N_, current_language, gettext
from stakegraph.limits import Limits

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["gaps_command", "scope_options"]


def one_group(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Refuse --iwg beside --member or --members: a gap analysis judges one group."""
    given = {**ctx.params, param.name or "": value}
    if given.get("iwg") and (given.get("member_names") or given.get("members_file")):
        not_together("--iwg", "--member/--members", N_("a gap analysis judges one group, an IWG or a list"))
    return value


def scope_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options that name the group and the profile (gaps, recommend)."""
    for option in reversed([
        click.option("--iwg", metavar="NAME", callback=one_group,
                     help="The IWG to judge (default: the whole mapping)."),
        click.option("--member", "member_names", multiple=True, metavar="NAME", callback=one_group,
                     help="A member of a group that does not exist yet (repeat the option)."),
        click.option("--members", "members_file", type=Path(exists=True, dir_okay=False), callback=one_group,
                     metavar="FILE", help="A text file of member names, one per line."),
        click.option("--profile", metavar="FILE", default="iwg", show_default=True,
                     help="A profile TOML file, or a built-in name: iwg, capacity-building."),
    ]):
        command = option(command)
    return command


@main.command("gaps")
@book_argument
@scope_options
@book_options
@click.pass_context
def gaps_command(ctx: click.Context, book: str, iwg: str | None, member_names: tuple[str, ...],
                 members_file: str | None, profile: str, fmt: str, columns: ColumnMap | None, limits: Limits,
                 lang: str) -> None:
    """Judge a group in BOOK against a profile: each requirement met, weak or missing.

    The group is an IWG (--iwg), a list of names for a group that does not
    exist yet (--member, --members), or the whole mapping. Exit status: 0
    done (gaps are findings), 1 the workbook has errors, 2 the profile, the
    workbook or a name cannot be used.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.gaps import find_gaps
    with working(gettext("Reading {book}").format(book=book)):
        result = find_gaps(open_book(book, ReadingOptions(columns, limits)), iwg=iwg,
                           members=list(member_names) if member_names else None,
                           members_file=members_file, profile=profile, lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        click.echo(result.text())
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
