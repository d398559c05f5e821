"""The ``gaps`` job: read a workbook and a profile, judge a group against it.

The group is an IWG (``iwg=``), a list of names (``members=`` and/or a file
of names, ``members_file=``) or, with neither, the whole mapping.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,themes\\nCity Council,public,health\\nDoras,NGO,health\\n", "utf-8")
>>> result = gaps(folder, members=["Doras"], profile="capacity-building")
>>> [(r["id"], r["status"]) for r in result.to_dict()["requirements"]][:3]
[('size', 'weak'), ('sector:public', 'missing'), ('sector:private', 'missing')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import networkx as nx

from stakegraph.analysis.gaps import GapReport, Scope, find_gaps, resolve_scope
from stakegraph.analysis.recommend import Recommendations
from stakegraph.i18n import SOURCE, speaking
from stakegraph.io import Limits, load
from stakegraph.io.columns import ColumnMap
from stakegraph.io.profile import load_profile, read_names
from stakegraph.model.profile import Profile
from stakegraph.model.report import ImportReport

__all__ = ["GroupResult", "Prepared", "gaps", "prepare"]

PathLike = str | os.PathLike[str]


@dataclass
class Prepared:
    """A workbook, a profile and a scope, ready for the gap analyses."""

    graph: nx.MultiDiGraph
    profile: Profile
    scope: Scope
    report: ImportReport


def prepare(book: PathLike, *, iwg: str | None = None, members: Iterable[str] | None = None,
            members_file: PathLike | None = None, profile: PathLike | None = None,
            columns: ColumnMap | None = None, limits: Limits | None = None) -> Prepared:
    """Read the profile (first: a bad profile stops before the workbook is
    read), the workbook, and the names of the group."""
    chosen = load_profile(profile)
    names = list(members or [])
    if members_file is not None:
        names += read_names(members_file)
    given = names if (members is not None or members_file is not None) else None
    loaded = load(book, columns=columns, limits=limits)
    scope = resolve_scope(loaded.graph, iwg=iwg, members=given)
    return Prepared(loaded.graph, chosen, scope, loaded.report)


Found = TypeVar("Found", GapReport, Recommendations)


@dataclass
class GroupResult(Generic[Found]):
    """A finding about a group (the gap report or the recommendations), how
    many errors and warnings the workbook's import had, and the language
    its text is written in."""

    found: Found
    import_errors: int = 0
    import_warnings: int = 0
    lang: str = SOURCE

    @property
    def ok(self) -> bool:
        """True when the workbook imported without errors."""
        return self.import_errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON output."""
        return {**self.found.to_dict(), "import_errors": self.import_errors,
                "import_warnings": self.import_warnings}

    def text(self) -> str:
        """The finding in plain words, in :attr:`lang` (the gap report, or
        the recommendations ending with a newline)."""
        from stakegraph.render.report.gaps import format_gaps
        from stakegraph.render.report.recommend import format_recommendations

        with speaking(self.lang):
            if isinstance(self.found, GapReport):
                return format_gaps(self.found)
            return format_recommendations(self.found)

    @classmethod
    def of(cls, found: Found, prepared: Prepared, lang: str = SOURCE) -> GroupResult[Found]:
        """``found``, with the import counts of ``prepared``, to be said in ``lang``."""
        return cls(found, len(prepared.report.errors), len(prepared.report.warnings), lang)


def gaps(book: PathLike, *, iwg: str | None = None, members: Iterable[str] | None = None,
         members_file: PathLike | None = None, profile: PathLike | None = None,
         columns: ColumnMap | None = None, limits: Limits | None = None,
         lang: str = SOURCE) -> GroupResult[GapReport]:
    """Judge the group in ``book`` against ``profile`` (a built-in name or a
    TOML file; default ``iwg``), to be said in ``lang`` (a language code).
    Raises StakegraphError when the profile, the workbook or a name cannot
    be used."""
    p = prepare(book, iwg=iwg, members=members, members_file=members_file, profile=profile,
                columns=columns, limits=limits)
    return GroupResult.of(find_gaps(p.graph, p.profile, p.scope), p, lang)
