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
>>> result = export_book(folder, root / "net.graphml")
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
from stakegraph.io import Limits, load
from stakegraph.io.columns import ColumnMap
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.steps import EXPORT, Progress, announcer
from stakegraph.model import SCHEMA_VERSION
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.export.write import csv_folder, export_format, write_export

__all__ = ["ExportResult", "export_book", "export_measures"]

#: the formats that carry the measures (Kumu and CSV hold the data only)
_MEASURED = ("graphml", "gexf", "json")


@dataclass
class ExportResult:
    """What ``stakegraph export`` wrote, and whether the workbook had errors."""

    written: dict[str, Any]
    errors: int = 0
    warnings: int = 0

    @property
    def ok(self) -> bool:
        """``True`` when the workbook imported without errors."""
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON output."""
        return {"schema_version": SCHEMA_VERSION, **self.written,
                "import_errors": self.errors, "import_warnings": self.warnings}


def export_measures(G: nx.MultiDiGraph, seed: int = DEFAULT_SEED) -> pd.DataFrame:
    """The measures an export adds to each stakeholder, indexed by id: every
    column of :func:`stakegraph.analysis.network.analyze_network`'s
    stakeholder table (centrality with ranks, constraint, effective size,
    core, community, the brokerage roles and their total ``brokerage``)
    except the name and sector the nodes already hold."""
    return analyze_network(G, seed=seed).stakeholders.drop(columns=["name", "sector"])


def export_book(
    book: str | os.PathLike[str], out: str | os.PathLike[str], *, contacts: bool = True,
    seed: int = DEFAULT_SEED, progress: Progress | None = None, columns: ColumnMap | None = None, limits: Limits | None = None,
) -> ExportResult:
    """Export ``book`` to ``out``, the format chosen by its ending (see
    :mod:`stakegraph.render.export.write`); GraphML, GEXF and JSON carry
    :func:`export_measures`. Raises StakegraphError for an unknown ending or
    an output that is the input (both before reading anything), or an
    unreadable workbook. ``progress`` is
    told each of :data:`~stakegraph.jobs.steps.EXPORT` as it starts."""
    say = announcer(progress)
    kind = export_format(out)
    if kind == "csv":
        refuse_inputs([], [book], folders=[csv_folder(out)])
    else:
        refuse_inputs([out], [book])
    say(EXPORT[0])
    loaded = load(book, columns=columns, limits=limits)
    G = loaded.graph
    if kind in _MEASURED:
        say(EXPORT[1])
    metrics = export_measures(G, seed) if kind in _MEASURED else None
    say(EXPORT[2])
    written = write_export(G, out, metrics=metrics, contacts=contacts)
    report = loaded.report
    return ExportResult(written, len(report.errors), len(report.warnings))
