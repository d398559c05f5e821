"""``stakegraph analyze BOOK``: who holds the network together, and how the sectors mix."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import book_argument, book_options, echo_json, import_warning, say_ties, ties_option
from stakegraph.cli.progress import working
from stakegraph.cli.types import Int, Path
from stakegraph.i18n import current_language, gettext
from stakegraph.jobs import steps
from stakegraph.limits import Limits
from stakegraph.model.seed import DEFAULT_SEED

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["analyze_command"]


@main.command("analyze")
@book_argument
@click.option("-o", "--output", "out", type=Path(dir_okay=False, writable=True),
              help="Also write the report: an Excel workbook (.xlsx) or JSON (.json).")
@click.option("--seed", type=Int(), default=DEFAULT_SEED, show_default=True,
              help="Seeds the clusters (and the betweenness sample of very large networks).")
@click.option("--comembership", is_flag=True,
              help="Also count two members of the same IWG as tied.")
@click.option("--iwg", metavar="NAME",
              help="The IWG whose gaps the report shows (default: the whole mapping).")
@click.option("--profile", metavar="FILE", default="iwg", show_default=True,
              help="The profile gaps are measured against: a TOML file, or iwg, capacity-building.")
@ties_option
@book_options
@click.pass_context
def analyze_command(ctx: click.Context, book: str, out: str | None, seed: int, comembership: bool,
                    iwg: str | None, profile: str, ties: str, columns: ColumnMap | None, fmt: str,
                    limits: Limits, lang: str) -> None:
    """Analyse the network of BOOK: centrality, brokers, structure, sector mixing.

    Prints the analysis (text or JSON) and, with -o, writes the full report,
    with the gaps and recommendations of --iwg (or of the whole mapping).
    Exit status: 0 done, 1 done but the workbook has errors (those rows are
    left out; run `stakegraph validate`), 2 the workbook cannot be read.
    """
    from stakegraph.jobs.analyze import analyze
    from stakegraph.jobs.book import ReadingOptions, open_book
    with working(gettext("Analysing {book}").format(book=book), steps=steps.ANALYZE) as step:
        result = analyze(open_book(book, ReadingOptions(columns, limits)), output=out, seed=seed,
                         comembership=comembership, iwg=iwg, profile=profile, ties=ties, progress=step,
                         lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
    else:
        say_ties(ties)
        click.echo(result.text())
        if result.output:
            click.echo("\n" + gettext("Wrote {path}").format(path=result.output))
    import_warning(len(result.report.errors))
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
