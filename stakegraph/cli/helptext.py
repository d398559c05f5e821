"""Help pages in the reader's language.

The help of every command and option is written in English in the code
(the command's docstring, each option's ``help=``), and those English texts
are the message ids of the catalogue's ``help`` domain
(``stakegraph/locale/<lang>/LC_MESSAGES/help.po``). ``--help`` shows them,
and click's own words around them ("Usage:", "Options", "[default: …]"), in
the language of ``--lang`` when the command line gives one, else of the
workbook it names, else English (:func:`~stakegraph.cli.usage.refusal_language`):
help is shown before the command runs, so the language is read off the
command line.

``python -m stakegraph.help_catalogue`` brings every language's ``help.po`` up
to date with the code: a new or changed text is added untranslated (the
completeness test then fails until a translator fills it in), a text no
longer used is dropped, and every translation kept.

Examples
--------
>>> from stakegraph.cli import main
>>> "Show this message and exit." in help_texts(main)
True
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from stakegraph.i18n import gettext, pgettext, speaking

__all__ = ["DOMAIN", "TranslatedHelp", "help_texts", "write_usage"]

#: the catalogue domain of the help texts
DOMAIN = "help"
#: click's notes at the end of an option's help: "[default: x; required]"
_EXTRA = re.compile(r"\[(?P<notes>[^\[\]]*)\]$")


def _text(help_: str) -> str:
    """A help text as click shows it, and as the catalogue keys it."""
    return inspect.cleandoc(help_).partition("\f")[0]


def help_texts(group: click.Group) -> list[str]:
    """Every help text of ``group``, its commands and their options (the
    help and version options included), each once, in the order met."""
    found: dict[str, None] = {}
    root = click.Context(group, **group.context_settings)
    for command in [group, *group.commands.values()]:
        # a context of the group's settings: click keeps the help option it
        # makes, and one made with its default names would lose "-h"
        ctx = root if command is group else click.Context(command, parent=root, **command.context_settings)
        for text in [command.help, *(getattr(p, "help", None) for p in command.get_params(ctx))]:
            if text:
                found.setdefault(_text(text), None)
    return list(found)


@contextmanager
def _swapped(commands: list[click.Command], ctx: click.Context) -> Iterator[None]:
    """Give ``commands`` and their options their help texts in the current
    language for the block, then the English back."""
    kept: list[tuple[Any, str]] = []
    for command in commands:
        owners: list[Any] = [command, *command.get_params(ctx)]
        for owner in owners:
            text = getattr(owner, "help", None)
            if text:
                kept.append((owner, text))
                owner.help = gettext(_text(text))
    try:
        yield
    finally:
        for owner, text in kept:
            owner.help = text


def _extra(record: tuple[str, str]) -> tuple[str, str]:
    """An option's help line with click's notes (``[default: …; required]``)
    said in the current language; a range (``x>=1``) stays as written."""
    names, help_ = record
    found = _EXTRA.search(help_)
    if found is None:
        return record
    notes = []
    for note in found["notes"].split("; "):
        if note.startswith("default: "):
            note = pgettext("help", "default: {value}").format(value=note.removeprefix("default: "))
        elif note == "required":
            note = pgettext("help", "required")
        notes.append(note)
    return names, help_[:found.start()] + "[" + "; ".join(notes) + "]"


def write_usage(ctx: click.Context, formatter: click.HelpFormatter) -> None:
    """The usage line of ``ctx``'s command, its "Usage:" in the current
    language (a help page's, and a refused command line's)."""
    formatter.write_usage(ctx.command_path, " ".join(ctx.command.collect_usage_pieces(ctx)),
                          prefix=gettext("Usage:") + " ")


class TranslatedHelp:
    """What a click command (or group) mixes in for its help page to be said
    in the reader's language."""

    def get_help(self, ctx: click.Context) -> str:
        from stakegraph.cli.usage import command_line_language

        command: Any = self
        shown = [command, *(getattr(command, "commands", {}) or {}).values()]
        with speaking(command_line_language(ctx)), _swapped(shown, ctx):
            return str(super().get_help(ctx))  # type: ignore[misc]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        write_usage(ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        command: Any = self
        rows = [_extra(rv) for p in command.get_params(ctx)
                if not isinstance(p, click.Argument) and (rv := p.get_help_record(ctx)) is not None]
        if rows:
            with formatter.section(pgettext("help", "Options")):
                formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        group: Any = self
        names = [name for name in group.list_commands(ctx) if not group.commands[name].hidden]
        limit = formatter.width - 6 - max((len(name) for name in names), default=0)  # as click lays it out
        rows = [(name, group.commands[name].get_short_help_str(limit)) for name in names]
        if rows:
            with formatter.section(pgettext("help", "Commands")):
                formatter.write_dl(rows)
