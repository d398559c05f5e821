"""The click group, the one error boundary, and command registration."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from stakegraph import __version__
from stakegraph.cli.helptext import TranslatedHelp
from stakegraph.cli.types import UsageRefusal, suggested
from stakegraph.codebook import did_you_mean
from stakegraph.errors import StakegraphError
from stakegraph.i18n import N_, Phrase, gettext, speaking

__all__ = ["ARGS_KEY", "GROUP_LANGUAGE_KEY", "LANGUAGE_KEY", "Exit", "StakegraphCommand", "StakegraphGroup", "main"]

#: where a command keeps the language it speaks (``--lang``), so that its
#: errors are said in it too (click shares ``meta`` with the group's context)
LANGUAGE_KEY = "stakegraph.lang"
#: where the group keeps ``stakegraph --lang LANG``, the language of its page and
#: of the command that follows unless that gives its own
GROUP_LANGUAGE_KEY = "stakegraph.group-lang"
#: where the group keeps its command line as given, to refuse it in its language
ARGS_KEY = "stakegraph.args"
#: click's refusal of an empty command line: it shows the help, as it is
_HELP: tuple[type[BaseException], ...] = tuple(
    e for e in [getattr(click.exceptions, "NoArgsIsHelpError", None)] if e is not None)
#: what goes on up for click to end with: its exits, an abort, the help shown
_ONWARD: tuple[type[BaseException], ...] = (click.exceptions.Exit, click.Abort, *_HELP)


class Exit:
    """Exit statuses: 0 done, 1 the input has errors, 2 the command could not run."""

    OK = 0
    INPUT_ERRORS = 1
    CANNOT_RUN = 2


class StakegraphCommand(TranslatedHelp, click.Command):
    """A stakegraph command: its help page is said in the reader's language
    (:mod:`stakegraph.cli.helptext`)."""


class StakegraphGroup(TranslatedHelp, click.Group):
    """A click group whose commands report user errors as one ``Error:`` line,
    and whose refusals of a command line and help pages are said in the
    reader's language (:mod:`stakegraph.cli.usage`, :mod:`stakegraph.cli.helptext`)."""

    command_class = StakegraphCommand

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # the whole command line is kept: a refusal is said in its language
        ctx.meta.setdefault(ARGS_KEY, list(args))
        try:
            return super().parse_args(ctx, args)
        except _HELP:
            raise
        except click.UsageError as exc:  # an option of the group's own (stakegraph --bogus)
            with speaking(self._language(ctx, exc)):
                return self._refuse(ctx, exc)  # type: ignore[no-any-return]

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                          list[str]]:
        """The command ``args`` names, or a refusal that names the closest."""
        name = args[0]
        if self.get_command(ctx, name) is None and not ctx.resilient_parsing and not name.startswith("-"):
            reason = Phrase.of(N_("there is no command '{name}'"), name=name)
            raise UsageRefusal(suggested(reason, did_you_mean(name, self.list_commands(ctx))), ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            with speaking(self._language(ctx, exc)):
                return self._refuse(ctx, exc)

    def _language(self, ctx: click.Context, caught: BaseException) -> str:
        """The language to say ``caught`` in: the command's, once it runs;
        before, for a refused command line, the language that line asks for."""
        if LANGUAGE_KEY in ctx.meta or isinstance(caught, click.UsageError):
            from stakegraph.cli.usage import command_line_language

            return command_line_language(ctx)
        return "en"

    def _refuse(self, ctx: click.Context, caught: BaseException) -> Any:
        """Say ``caught`` in one line (a refused command line with its usage),
        in the command's language, and exit (what is not ours to say, such
        as click's own exits, goes on up)."""
        debug = bool(ctx.params.get("debug"))
        try:
            raise caught
        except StakegraphError as exc:
            where = f"{exc.file}: " if exc.file and exc.file not in str(exc) else ""
            click.echo(gettext("Error: {message}").format(message=where + exc.said()), err=True)
            if exc.suggestion and "did you mean" not in str(exc):
                click.echo(gettext("Hint: did you mean '{suggestion}'?").format(suggestion=exc.suggestion), err=True)
            if debug:
                raise
            ctx.exit(Exit.CANNOT_RUN)
        except _ONWARD:
            raise
        except click.UsageError as exc:
            from stakegraph.cli.usage import refusal_lines

            click.echo("\n".join(refusal_lines(exc)), err=True)
            ctx.exit(exc.exit_code)
        except click.ClickException as exc:  # click's own, in its words
            click.echo(gettext("Error: {message}").format(message=exc.format_message()), err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            # the reader stopped reading (`stakegraph diff a b | head`): that is
            # its choice, not a failure; point stdout at nothing so the final
            # flush cannot fail again, and end quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(Exit.OK)
        except KeyboardInterrupt:
            click.echo(gettext("Error: interrupted"), err=True)
            ctx.exit(Exit.CANNOT_RUN)
        except Exception as exc:  # the boundary: no traceback reaches a user
            if debug:
                raise
            click.echo(gettext("Error: stakegraph failed unexpectedly ({error}). Rerun with --debug to see "
                               "the details, and report it.").format(error=f"{type(exc).__name__}: {exc}"),
                       err=True)
            ctx.exit(Exit.CANNOT_RUN)


@click.group(cls=StakegraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="stakegraph")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.option("--lang", metavar="LANG", default=None, expose_value=False, is_eager=True,
              callback=lambda ctx, param, value: _group_language(ctx, value),
              help="The language of this page, and of the command that follows unless it has its own --lang.")
def main(debug: bool) -> None:
    """Map the stakeholders of migrant and refugee integration.

    Import an Excel mapping, analyse the network, find the gaps before an
    Integration Working Group is formed, and draw maps that open offline.
    """


def _group_language(ctx: click.Context, value: str | None) -> str | None:
    """``stakegraph --lang LANG``: kept for the command that follows (its own
    ``--lang`` wins); an unknown language is refused as the command's is."""
    if value is not None:
        from stakegraph.cli.options import checked_language

        ctx.meta[GROUP_LANGUAGE_KEY] = checked_language(ctx, value)
    return value


def _register() -> None:
    # one module per command; importing it adds the command to ``main``
    from stakegraph.cli import commands  # noqa: F401


_register()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
