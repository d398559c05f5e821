"""The ``export`` job: a workbook, with its measures, in the format an
analyst's tool opens (Gephi, Kumu, pandas, a notebook).

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> folder = root / "mapping"
>>> folder.mkdir()
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector\\nCity Council,public\\nDoras,NGO\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text("source,target\\nCity Council,Doras\\n", "utf-8")
>>> result = export(folder, root / "net.graphml")
>>> d = result.to_dict()
>>> d["format"], d["stakeholders"], d["ties"], d["measures"]
('graphml', 2, 1, True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import networkx as nx
import pandas as pd

from stakegraph.analysis.network import analyze_network
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import EXPORT, Progress, announcer
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.export.write import csv_folder, export_format, write_export

__all__ = ["ExportResult", "export", "export_measures"]

#: the formats that carry the measures (Kumu and CSV hold the data only)
_MEASURED = ("graphml", "gexf", "json")


@dataclass
class ExportResult(Result):
    """What ``stakegraph export`` wrote, and the workbook's import report."""

    written: dict[str, Any]
    report: ImportReport

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return dict(self.written)


def export_measures(G: nx.MultiDiGraph, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """The measures an export adds to each stakeholder, indexed by id: every
    column of :func:`stakegraph.analysis.network.analyze_network`'s
    stakeholder table (centrality with ranks, constraint, effective size,
    core, community, the brokerage roles and their total ``brokerage``)
    except the name and sector the nodes already hold."""
    return analyze_network(G, seed=seed).stakeholders.drop(columns=["name", "sector"])


def export(
    book: BookLike, out: str | os.PathLike[str], *, contacts: bool = True,
    seed: int = DEFAULT_SEED, progress: Progress | None = None,
) -> ExportResult:
    """Export ``book`` to ``out``, the format chosen by its ending (see
    :mod:`stakegraph.render.export.write`); GraphML, GEXF and JSON carry
    :func:`export_measures`. Raises StakegraphError for an unknown ending or
    an output that is the input (both before reading anything), or an
    unreadable workbook. ``progress`` is
    told each of :data:`~stakegraph.jobs.steps.EXPORT` as it starts."""
    say = announcer(progress)
    opened = as_book(book)
    kind = export_format(out)
    if kind == "csv":
        refuse_inputs([], [opened.path], folders=[csv_folder(out)])
    else:
        refuse_inputs([out], [opened.path])
    say(EXPORT[0])
    G = opened.graph
    if kind in _MEASURED:
        say(EXPORT[1])
    metrics = export_measures(G, seed) if kind in _MEASURED else None
    say(EXPORT[2])
    written = write_export(G, out, metrics=metrics, contacts=contacts)
    return ExportResult(written, opened.report)
