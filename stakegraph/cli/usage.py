"""A command line click refuses, said in the reader's language.

click refuses a bad command line (an unknown option, a missing argument, a
value of the wrong kind) before our command runs, in English. The group
(:mod:`stakegraph.cli.group`) hands every such refusal here: it is said as
click lays it out (the usage line, where to find help, ``Error: …``), in
the language of the command line (:func:`refusal_language`), with our own
"did you mean". A refusal of click's that we did not foresee still shows,
in its English words, inside the translated frame.

Examples
--------
>>> import click
>>> from stakegraph.i18n import speaking
>>> @click.command()
... @click.option("--color", type=click.Choice(["sector", "type"]))
... def draw(color: str) -> None:
...     '''Draw.'''
>>> try:
...     draw.make_context("draw", ["--colour", "type"])
... except click.UsageError as exc:
...     with speaking("es"):
...         print("\\n".join(refusal_lines(exc)))
Uso: draw [OPTIONS]
Escriba «draw --help» para ver la ayuda.
<BLANKLINE>
Error: no existe la opción «--colour»; ¿quería decir «--color»?
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

import click

from stakegraph.cli.helptext import write_usage
from stakegraph.cli.types import UsageRefusal, suggested
from stakegraph.codebook import LANGUAGES, did_you_mean
from stakegraph.i18n import N_, Phrase, gettext, ngettext

__all__ = ["command_line_language", "refusal_language", "refusal_lines"]

#: click's own sentences we say in our words (click writes them in English)
_EXTRA = re.compile(r"Got unexpected extra arguments? \((?P<args>.*)\)", re.DOTALL)
_NO_COMMAND = "Missing command."


def _value_options(command: click.Command) -> dict[str, int]:
    """Each option name of ``command`` that takes values, and how many."""
    return {name: p.nargs for p in command.params if isinstance(p, click.Option) and not p.is_flag
            and not p.count for name in [*p.opts, *p.secondary_opts]}


def _positionals(args: Sequence[str], command: click.Command) -> list[str]:
    """The words of ``args`` that are ``command``'s arguments, the options
    and their values left out.

    >>> @click.command()
    ... @click.argument("book")
    ... @click.option("-o", "out")
    ... @click.option("--json", is_flag=True)
    ... def c(book, out, json): ...
    >>> _positionals(["-o", "m.html", "--json", "book.xlsx", "--out=x"], c)
    ['book.xlsx']
    """
    takes = _value_options(command)
    words: list[str] = []
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == "--":
            return words + rest
        if word.startswith("-") and len(word) > 1:
            if "=" not in word:
                del rest[:takes.get(word, 0)]
        else:
            words.append(word)
    return words


def _asked(args: Sequence[str]) -> str | None:
    """The ``--lang`` of ``args``, when it names one of our languages.

    >>> _asked(["map", "b.xlsx", "--lang", "sv"]), _asked(["--lang=el"]), _asked(["--lang", "auto"])
    ('sv', 'el', None)
    """
    for i, word in enumerate(args):
        if word == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            return value
    return None


def refusal_language(args: Sequence[str], group: click.Group, ctx: click.Context) -> str:
    """The language to refuse the command line ``args`` (the group's whole
    command line) in: its ``--lang`` when that names one of our languages;
    else the language of the workbook it names (the command's ``BOOK``,
    else ``AFTER``) when there is one and it can be read; else English.

    >>> from stakegraph.cli import main
    >>> ctx = click.Context(main)
    >>> refusal_language(["map", "nowhere.xlsx", "--lang", "es", "--color", "pink"], main, ctx)
    'es'
    >>> refusal_language(["map", "nowhere.xlsx", "--color", "pink"], main, ctx)
    'en'
    """
    asked = _asked(args)
    if asked:
        return asked
    words = _positionals(args, group)
    command = group.get_command(ctx, words[0]) if words else None
    if command is None:  # no such command: the first workbook named, if any
        named = next((w for w in words[1:] if os.path.isfile(w)), None)
    else:
        rest = list(args)[list(args).index(words[0]) + 1:]
        names = [p.name for p in command.params if isinstance(p, click.Argument)]
        where = next((names.index(n) for n in ("book", "after") if n in names), None)
        given = _positionals(rest, command)
        named = given[where] if where is not None and where < len(given) else None
    if named is None or not os.path.exists(named):
        return "en"
    from stakegraph.io.language import book_language

    try:
        return book_language(named)
    except Exception:  # a workbook that cannot be read is the command's to say; the refusal is in English
        return "en"


def command_line_language(ctx: click.Context) -> str:
    """The language to say something in before or while the command runs (a
    help page, a refused command line): the command's, once it runs; before,
    the command line's (:func:`refusal_language`)."""
    from stakegraph.cli.group import ARGS_KEY, LANGUAGE_KEY

    if LANGUAGE_KEY in ctx.meta:
        return str(ctx.meta[LANGUAGE_KEY])
    root = ctx.find_root()
    if not isinstance(root.command, click.Group):
        return "en"
    return refusal_language(ctx.meta.get(ARGS_KEY, []), root.command, root)


def _options(command: click.Command, ctx: click.Context) -> list[str]:
    """Every option name ``command`` takes, its help option's included."""
    return [name for p in command.get_params(ctx) if isinstance(p, click.Option)
            for name in [*p.opts, *p.secondary_opts]]


def _hint(exc: click.BadParameter) -> str:
    """The parameter ``exc`` is about, as click names it (``'--color'``)."""
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(repr(h) for h in hint)
    return exc.param.get_error_hint(exc.ctx) if exc.param is not None else ""


def _invalid(exc: click.BadParameter, message: str) -> str:
    """The refusal of a parameter's value, naming the parameter when known."""
    hint = _hint(exc)
    return gettext("Invalid value for {param}: {message}").format(param=hint, message=message) if hint \
        else message


def _option_usage(exc: click.BadOptionUsage) -> str:
    """An option given without its value, or a flag given one."""
    name = exc.option_name
    if exc.message == f"Option {name!r} requires an argument.":
        return gettext("the option '{name}' needs a value").format(name=name)
    if exc.message == f"Option {name!r} does not take a value.":
        return gettext("the option '{name}' takes no value").format(name=name)
    return exc.format_message()


def _missing(exc: click.MissingParameter) -> str:
    """A required argument or option that was not given."""
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else None)
    said = {"argument": N_("the argument {name} is missing"), "option": N_("the option {name} is required")}
    if kind not in said or exc.message:
        return exc.format_message()
    return gettext(said[kind]).format(name=_hint(exc))


def _message(exc: click.UsageError) -> str:
    """What ``exc`` says, in the current language (click's own English for
    a refusal we did not foresee)."""
    ctx = exc.ctx
    if isinstance(exc, UsageRefusal):
        return exc.reason.said()
    if isinstance(exc, click.BadParameter):
        reason = getattr(exc, "reason", None)
        if reason is not None:
            return _invalid(exc, reason.said())
        return _missing(exc) if isinstance(exc, click.MissingParameter) else _invalid(exc, exc.message)
    if isinstance(exc, click.NoSuchOption) and ctx is not None:
        reason = Phrase.of(N_("there is no option '{name}'"), name=exc.option_name)
        return suggested(reason, did_you_mean(exc.option_name, _options(ctx.command, ctx))).said()
    if isinstance(exc, click.BadOptionUsage):
        return _option_usage(exc)
    extra = _EXTRA.fullmatch(exc.message)
    if extra:
        n = len(extra["args"].split())
        return ngettext("one argument too many: {args}", "{n} arguments too many: {args}", n).format(
            n=n, args=extra["args"])
    if exc.message == _NO_COMMAND:
        return gettext("give a command (see the list with -h)")
    return exc.format_message()


def refusal_lines(exc: click.UsageError) -> list[str]:
    """The lines that refuse a command line, in the current language: the
    usage of the command refused, where to find its help, and the error."""
    lines = []
    ctx = exc.ctx
    if ctx is not None:
        formatter = ctx.make_formatter()
        write_usage(ctx, formatter)
        lines.append(formatter.getvalue().rstrip("\n"))
        helps = ctx.command.get_help_option_names(ctx)
        if helps:
            lines.append(gettext("Try '{command} {option}' for help.").format(command=ctx.command_path,
                                                                              option=min(helps, key=len)))
        lines.append("")
    return [*lines, gettext("Error: {message}").format(message=_message(exc))]
