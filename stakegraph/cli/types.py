"""The command line's parameter types, whose refusals are said in our words
and in the reader's language.

click checks a value before our command runs, when the language of the
command line may not be known yet; so a refusal carries its reason as a
:class:`~stakegraph.i18n.Phrase`, said when it is shown
(:mod:`stakegraph.cli.usage`), and ``str()`` of it is the English.

Examples
--------
>>> import click
>>> try:
...     Choice(["sector", "type"]).convert("sectr", None, None)
... except click.BadParameter as exc:
...     print(exc)
'sectr' is not one of: sector, type; did you mean 'sector'?
>>> from stakegraph.i18n import speaking
>>> try:
...     IntRange(320, 8000).convert("100", None, None)
... except Refusal as exc:
...     with speaking("de"):
...         print(exc.reason.said())
100 liegt nicht zwischen 320 und 8.000
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from typing import Any, Protocol

import click

from stakegraph.codebook import did_you_mean
from stakegraph.errors import SUGGESTED
from stakegraph.i18n import N_, Phrase, number

__all__ = ["Choice", "FloatRange", "Int", "IntRange", "Path", "Refusal", "Said", "UsageRefusal", "suggested"]


class Said(Protocol):
    """What a refusal gives as its reason: a phrase, or one of our problems."""

    def said(self) -> str:
        """The reason in the current language."""


class Refusal(click.BadParameter):
    """A value click refuses, with the reason in our words (``reason``,
    said in the language of the moment; ``str()`` is the English).

    >>> str(Refusal(Phrase.of(N_("'{value}' is not a whole number"), value="x")))
    "'x' is not a whole number"
    """

    def __init__(self, reason: Said, ctx: click.Context | None = None, param: click.Parameter | None = None):
        super().__init__(str(reason), ctx=ctx, param=param)
        self.reason = reason


class UsageRefusal(click.UsageError):
    """A command line refused as a whole (no command of that name, two
    options that exclude each other), with the reason in our words.

    >>> str(UsageRefusal(Phrase.of(N_("there is no command '{name}'"), name="mpa")))
    "there is no command 'mpa'"
    """

    def __init__(self, reason: Said, ctx: click.Context | None = None):
        super().__init__(str(reason), ctx=ctx)
        self.reason = reason


def suggested(reason: Phrase, suggestion: str | None) -> Phrase:
    """``reason``, followed by "did you mean" when there is a suggestion.

    >>> str(suggested(Phrase.of(N_("there is no command '{name}'"), name="maps"), "map"))
    "there is no command 'maps'; did you mean 'map'?"
    """
    return Phrase(SUGGESTED, (("message", reason), ("suggestion", suggestion))) if suggestion else reason


class Choice(click.Choice):  # type: ignore[type-arg]
    """One of a few words; a refusal lists them and names the closest.

    >>> Choice(["text", "json"]).convert("json", None, None)
    'json'
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            words = [str(c) for c in self.choices]
            reason = Phrase.of(N_("'{value}' is not one of: {choices}"), value=value, choices=", ".join(words))
            raise Refusal(suggested(reason, did_you_mean(value, words)), ctx, param) from None


def _number(kind: type[int] | type[float], value: Any, param: click.Parameter | None,
            ctx: click.Context | None) -> Any:
    """``value`` as a whole number or a number, or a refusal that says it is none."""
    try:
        return kind(value)
    except (TypeError, ValueError):
        said = N_("'{value}' is not a whole number") if kind is int else N_("'{value}' is not a number")
        raise Refusal(Phrase.of(said, value=value), ctx, param) from None


class Int(click.types.IntParamType):
    """A whole number.

    >>> Int().convert("42", None, None)
    42
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return _number(int, value, param, ctx)


def _out_of_range(value: float, low: float | None, high: float | None) -> Phrase:
    """Why ``value`` is refused by the range from ``low`` to ``high`` (either open)."""
    said = {"value": lambda: number(value), "low": lambda: number(low or 0), "high": lambda: number(high or 0)}
    if low is not None and high is not None:
        return Phrase.of(N_("{value} is not between {low} and {high}"), **said)
    if low is not None:
        return Phrase.of(N_("{value} is too small; give {low} or more"), **said)
    return Phrase.of(N_("{value} is too large; give {high} or less"), **said)


class _InRange:
    """What a number range mixes in: a value that is no number, or one out of
    the range, refused in our words (click's ranges keep their number
    type in ``_number_class``)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        bounds: Any = self
        checked = _number(bounds._number_class, value, param, ctx)
        try:
            return super().convert(checked, param, ctx)  # type: ignore[misc]
        except click.BadParameter:
            raise Refusal(_out_of_range(checked, bounds.min, bounds.max), ctx, param) from None


class IntRange(_InRange, click.IntRange):
    """A whole number from ``min`` to ``max`` (both included, either open).

    >>> IntRange(min=1).convert("3", None, None)
    3
    """


class FloatRange(_InRange, click.FloatRange):
    """A number from ``min`` to ``max`` (both included, either open).

    >>> FloatRange(min=0.1).convert("0.5", None, None)
    0.5
    """


class Path(click.Path):
    """A file or folder, as :class:`click.Path` checks it; a refusal says
    what is wrong with it in our words.

    >>> Path(exists=True).convert("nowhere.xlsx", None, None)
    Traceback (most recent call last):
    ...
    stakegraph.cli.types.Refusal: there is no file or folder 'nowhere.xlsx'
    """

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            reason = self._why(os.fsdecode(value))
            if reason is None:  # a check of click's we did not foresee: its own words
                raise exc from None
            raise Refusal(reason, ctx, param) from None

    def _why(self, path: str) -> Phrase | None:
        """What is wrong with ``path``, by the same checks click made."""
        try:
            mode = os.stat(path).st_mode
        except OSError:
            said = (N_("there is no file '{path}'") if not self.dir_okay else
                    N_("there is no folder '{path}'") if not self.file_okay else
                    N_("there is no file or folder '{path}'"))
            return Phrase.of(said, path=path)
        checks: Sequence[tuple[bool, str]] = [
            (not self.file_okay and stat.S_ISREG(mode), N_("'{path}' is a file, not a folder")),
            (not self.dir_okay and stat.S_ISDIR(mode), N_("'{path}' is a folder, not a file")),
            (self.readable and not os.access(path, os.R_OK), N_("'{path}' cannot be read (no permission)")),
            (self.writable and not os.access(path, os.W_OK), N_("'{path}' cannot be written (no permission)")),
        ]
        return next((Phrase.of(said, path=path) for failed, said in checks if failed), None)
