"""``stakegraph demo``: run everything on the bundled example."""

from __future__ import annotations

import click

from stakegraph.cli.group import main
from stakegraph.cli.options import echo_json, format_option, language_option
from stakegraph.cli.progress import working
from stakegraph.cli.types import Path
from stakegraph.i18n import current_language, gettext

__all__ = ["demo_command"]


@main.command("demo")
@click.option("-o", "--output", "out_dir", default="stakegraph-demo", show_default=True,
              type=Path(file_okay=False), help="The folder to write into.")
@click.option("--no-picture", is_flag=True, help="Do not take a PNG of the map (needs Chromium).")
@format_option
@language_option
def demo_command(out_dir: str, no_picture: bool, fmt: str, lang: str) -> None:
    """Map, analyse and find the gaps of the bundled English example (an IWG
    on the Limerick model), writing map.html, gaps.txt and report.xlsx into
    a folder. A good first run."""
    from stakegraph.jobs.demo import demo
    with working(gettext("Running the demo")):
        result = demo(out_dir, picture=not no_picture, lang=current_language())
    if fmt == "json":
        echo_json(result.to_dict())
        return
    for line in result.summary():
        click.echo(line)
    for note in result.notes:
        click.echo(note, err=True)
    click.echo(result.closing())
