"""A workbook opened once and handed to every job: its graph, its import
report, the options it was read with, and the views the jobs share.

A job takes a :class:`Book` (or a path, which it opens with the default
options). The workbook is read on first use, not when the book is opened,
so that a job still refuses a bad output name or an output that is its own
input before reading anything; after that the graph, the report and the
stakeholder view are kept, so ``stakegraph demo`` reads its example once for
the map, the gaps, the recommendations and the report.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector\\nCity Council,public\\nDoras,NGO\\n", "utf-8")
>>> book = open_book(folder)
>>> book.report.counts["stakeholders"], book.report.summary()
(2, {'ok': True, 'errors': 0, 'warnings': 0})
>>> book.graph is book.graph, book.view() is book.view()
(True, True)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from stakegraph.io import Limits, Loaded, load
from stakegraph.io.columns import ColumnMap
from stakegraph.jobs.output import Place, refuse_inputs
from stakegraph.jobs.steps import Progress
from stakegraph.model import stakeholder_graph
from stakegraph.model.reciprocity import select_ties
from stakegraph.model.report import ImportReport

__all__ = ["Book", "BookLike", "ReadingOptions", "as_book", "open_book", "open_rounds"]


@dataclass(frozen=True)
class ReadingOptions:
    """How a workbook is read: which header holds which field (``--columns``)
    and how much it may expand to (``--max-cells``); ``None`` for the defaults."""

    columns: ColumnMap | None = None
    limits: Limits | None = None


@dataclass(eq=False)
class Book:
    """A workbook, read once on first use (see the module's note)."""

    path: Path
    options: ReadingOptions = field(default_factory=ReadingOptions)
    #: the path as the user wrote it, for messages and the JSON's ``file``
    file: str = ""
    _loaded: Loaded | None = field(default=None, init=False, repr=False)
    _ties: dict[str, nx.MultiDiGraph] = field(default_factory=dict, init=False, repr=False)
    _views: dict[str, nx.Graph] = field(default_factory=dict, init=False, repr=False)

    def _load(self) -> Loaded:
        if self._loaded is None:
            self._loaded = load(self.path, columns=self.options.columns, limits=self.options.limits)
        return self._loaded

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The mapping's graph (:func:`stakegraph.model.build_graph`); raises
        StakegraphError when the workbook cannot be read."""
        return self._load().graph

    @property
    def report(self) -> ImportReport:
        """The import report: every row accounted for, every problem found."""
        return self._load().report

    def ties(self, selection: str = "all") -> nx.MultiDiGraph:
        """The graph with ``selection`` of its ties: ``"all"``, or ``"confirmed"``
        (see :func:`stakegraph.model.reciprocity.select_ties`), kept once made."""
        if selection not in self._ties:
            self._ties[selection] = select_ties(self.graph, selection)
        return self._ties[selection]

    def view(self, ties: str = "all") -> nx.Graph:
        """The stakeholder view (:func:`stakegraph.model.stakeholder_graph`) of
        :meth:`ties` ``(ties)``, kept once made. Do not change it: jobs share it."""
        if ties not in self._views:
            self._views[ties] = stakeholder_graph(self.ties(ties))
        return self._views[ties]


#: what a job takes for a workbook: an opened book, or the path of one
BookLike = Book | str | os.PathLike[str]


def open_book(path: str | os.PathLike[str], options: ReadingOptions | None = None) -> Book:
    """The workbook at ``path`` (``.xlsx``, ``.xlsm``, ``.xls``, ``.ods``,
    ``.csv`` or a folder of CSV files), to be read with ``options``."""
    return Book(Path(path), options or ReadingOptions(), os.fspath(path))


def as_book(book: BookLike) -> Book:
    """``book`` itself, or the workbook at that path opened with the default options."""
    return book if isinstance(book, Book) else open_book(book)


def open_rounds(before: BookLike, after: BookLike, out: Place | None, say: Progress,
                steps: Sequence[str]) -> tuple[Book, Book]:
    """The two rounds a comparison reads (``diff``, ``evaluate``): an ``out``
    that is one of them is refused before either is read; each is read as
    its step (the first two of ``steps``) is told to ``say``, then the
    third, the comparison's, is told."""
    first, second = as_book(before), as_book(after)
    if out is not None:
        refuse_inputs([out], [first.path, second.path])
    say(steps[0])
    first.graph  # noqa: B018 -- the read happens here, inside its step
    say(steps[1])
    second.graph  # noqa: B018
    say(steps[2])
    return first, second
