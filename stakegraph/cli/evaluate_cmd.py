"""``stakegraph evaluate BEFORE AFTER``: the evaluation annex of two rounds."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from stakegraph.cli.group import Exit, main
from stakegraph.cli.options import AFTER_HAS, BEFORE_HAS, book_options, echo_result, import_warning, rounds_arguments
from stakegraph.cli.progress import working
from stakegraph.cli.types import Int, Path
from stakegraph.i18n import current_language, gettext
from stakegraph.jobs import steps
from stakegraph.limits import Limits
from stakegraph.model.seed import DEFAULT_SEED

if TYPE_CHECKING:  # the mapping's module loads only when a command runs
    from stakegraph.io.columns import ColumnMap

__all__ = ["evaluate_command"]


@main.command("evaluate")
@rounds_arguments
@click.option("-o", "--output", "out", type=Path(dir_okay=False, writable=True),
              help="Also write the annex: an Excel workbook (.xlsx) or JSON (.json).")
@click.option("--permutations", type=Int(), default=1000,
              show_default=True, help="Random draws of each permutation test.")
@click.option("--seed", type=Int(), default=DEFAULT_SEED, show_default=True,
              help="Seeds every permutation test, so two runs give the same p-values.")
@book_options
@click.pass_context
def evaluate_command(ctx: click.Context, before: str, after: str, out: str | None,
                     permutations: int, seed: int, no_renames: bool, fmt: str,
                     columns: ColumnMap | None, limits: Limits, lang: str) -> None:
    """What the sessions changed, for a funder: BEFORE and AFTER are two
    rounds of one mapping.

    One plain sentence per indicator, with its method and, where it can be
    tested, how often chance alone would give as much: ties gained and lost
    across sectors and across levels, the stability of the network (QAP
    correlation), reciprocity of directed ties, sector homophily (E-I index
    and assortativity, with a CUG test), the core and periphery, and where
    migrant-led organisations sit. Exit status: 0 done, 1 done but a
    workbook has errors, 2 nothing compared.
    """
    from stakegraph.jobs.book import ReadingOptions, open_book
    from stakegraph.jobs.evaluate import evaluate
    with working(gettext("Evaluating the two rounds"), steps=steps.EVALUATE[:4 if out else 3]) as step:
        reading = ReadingOptions(columns, limits)
        result = evaluate(open_book(before, reading), open_book(after, reading), out,
                          permutations=permutations, seed=seed,
                          rename_cutoff=None if no_renames else 85.0, progress=step, lang=current_language())
    echo_result(fmt, result.to_dict(), result.text, result.output)
    import_warning(len(result.books["before"].errors), BEFORE_HAS)
    import_warning(len(result.books["after"].errors), AFTER_HAS)
    ctx.exit(Exit.OK if result.ok else Exit.INPUT_ERRORS)
