"""The ``gaps`` job: read a workbook and a profile, judge a group against it.

The group is an IWG (``iwg=``), a list of names (``members=`` and/or a file
of names, ``members_file=``) or, with neither, the whole mapping.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,themes\\nCity Council,public,health\\nDoras,NGO,health\\n", "utf-8")
>>> result = find_gaps(folder, members=["Doras"], profile="capacity-building")
>>> [(r["id"], r["status"]) for r in result.to_dict()["requirements"]][:3]
[('size', 'weak'), ('sector:public', 'missing'), ('sector:private', 'missing')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import networkx as nx

from stakegraph.analysis import gaps as gap_analysis
from stakegraph.analysis.gaps import GapReport
from stakegraph.analysis.recommend import Recommendations
from stakegraph.analysis.scope import Scope, resolve_scope
from stakegraph.i18n import SOURCE, speaking
from stakegraph.io.profile import load_profile, read_names
from stakegraph.jobs.book import Book, BookLike, as_book
from stakegraph.jobs.result import Result
from stakegraph.model.profile import Profile
from stakegraph.model.report import ImportReport

__all__ = ["GroupResult", "Prepared", "find_gaps", "prepare"]

PathLike = str | os.PathLike[str]


@dataclass
class Prepared:
    """A workbook, a profile and a scope, ready for the gap analyses."""

    book: Book
    profile: Profile
    scope: Scope

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The workbook's graph."""
        return self.book.graph

    @property
    def report(self) -> ImportReport:
        """The workbook's import report."""
        return self.book.report


def prepare(book: BookLike, *, iwg: str | None = None, members: Iterable[str] | None = None,
            members_file: PathLike | None = None, profile: PathLike | None = None) -> Prepared:
    """Read the profile (first: a bad profile stops before the workbook is
    read), the workbook, and the names of the group."""
    chosen = load_profile(profile)
    names = list(members or [])
    if members_file is not None:
        names += read_names(members_file)
    given = names if (members is not None or members_file is not None) else None
    opened = as_book(book)
    scope = resolve_scope(opened.graph, iwg=iwg, members=given)
    return Prepared(opened, chosen, scope)


Found = TypeVar("Found", GapReport, Recommendations)


@dataclass
class GroupResult(Result, Generic[Found]):
    """A finding about a group (the gap report or the recommendations), the
    workbook's import report, and the language its text is written in."""

    found: Found
    report: ImportReport
    lang: str = SOURCE

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return self.found.to_dict()

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
        """``found``, with the import report of ``prepared``, to be said in ``lang``."""
        return cls(found, prepared.report, lang)


def find_gaps(book: BookLike, *, iwg: str | None = None, members: Iterable[str] | None = None,
              members_file: PathLike | None = None, profile: PathLike | None = None,
              lang: str = SOURCE) -> GroupResult[GapReport]:
    """Judge the group in ``book`` against ``profile`` (a built-in name or a
    TOML file; default ``iwg``), to be said in ``lang`` (a language code):
    the ``gaps`` command. Raises StakegraphError when the profile, the
    workbook or a name cannot be used."""
    p = prepare(book, iwg=iwg, members=members, members_file=members_file, profile=profile)
    return GroupResult.of(gap_analysis.find_gaps(p.graph, p.profile, p.scope), p, lang)
