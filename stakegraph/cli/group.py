"""The click group, the one error boundary, and command registration."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from stakegraph import __version__
from stakegraph.errors import StakegraphError
from stakegraph.i18n import gettext, speaking

__all__ = ["LANGUAGE_KEY", "Exit", "StakegraphGroup", "main"]

#: where a command keeps the language it speaks (``--lang``), so that its
#: errors are said in it too (click shares ``meta`` with the group's context)
LANGUAGE_KEY = "stakegraph.lang"


class Exit:
    """Exit statuses: 0 done, 1 the input has errors, 2 the command could not run."""

    OK = 0
    INPUT_ERRORS = 1
    CANNOT_RUN = 2


class StakegraphGroup(click.Group):
    """A click group whose commands report user errors as one ``Error:`` line."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            with speaking(ctx.meta.get(LANGUAGE_KEY, "en")):
                return self._refuse(ctx, exc)

    def _refuse(self, ctx: click.Context, caught: BaseException) -> Any:
        """Say ``caught`` in one line, in the command's language, and exit
        (what is not ours to say, such as click's own exits, goes on up)."""
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
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
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
def main(debug: bool) -> None:
    """Map the stakeholders of migrant and refugee integration.

    Import an Excel mapping, analyse the network, find the gaps before an
    Integration Working Group is formed, and draw maps that open offline.
    """


def _register() -> None:
    # one module per command; importing it adds the command to ``main``
    from stakegraph.cli import commands  # noqa: F401


_register()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
