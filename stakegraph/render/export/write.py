"""Exports for the tools analysts use, chosen by the file's ending.

=====================  ==================================================
ending                 what is written
=====================  ==================================================
``.graphml``           GraphML for Gephi, yEd, igraph (measures included)
``.gexf``              GEXF 1.2 for Gephi (measures included)
``.json``              networkx node-link JSON (measures included)
``.kumu.xlsx``         Kumu's Elements/Connections import workbook
``.csv``               a folder of CSV files named like the sheets:
                       ``-o mapping.csv`` writes ``mapping/Stakeholders.csv``,
                       ``mapping/Relationships.csv`` and ``mapping/IWGs.csv``;
                       a name ending in ``/`` is that folder
=====================  ==================================================

The Kumu workbook and the CSV folder import back into the same graph
(``stakegraph validate mapping/``); see
:mod:`stakegraph.render.export.tables` and
:mod:`stakegraph.render.export.graph` for what each holds.

Examples
--------
>>> export_format("net.kumu.xlsx"), export_format("net.GEXF"), export_format("out/")
('kumu', 'gexf', 'csv')
>>> csv_folder("rounds/mapping.csv").as_posix()
'rounds/mapping'
>>> export_format("net.xlsx")  # doctest: +NORMALIZE_WHITESPACE
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: 'net.xlsx' is not an export stakegraph can write;
end the name in .graphml, .gexf, .json, .kumu.xlsx or .csv (a folder of CSV files)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.model import iwg_nodes, stakeholder_nodes
from stakegraph.render.export.graph import (
    Metrics,
    flat_graph,
    write_gexf,
    write_graphml,
    write_json,
)
from stakegraph.render.export.tables import write_csv_folder, write_kumu

__all__ = ["EXPORT_FORMATS", "csv_folder", "export_format", "write_export"]

#: file ending -> format, longest ending first
EXPORT_FORMATS = {".kumu.xlsx": "kumu", ".graphml": "graphml", ".gexf": "gexf", ".json": "json",
                  ".csv": "csv"}
_ENDINGS = Phrase.of(N_("{endings} or .csv (a folder of CSV files)"), endings=".graphml, .gexf, .json, .kumu.xlsx")


def export_format(path: str | os.PathLike[str]) -> str:
    """The format of an export to ``path``, from its ending; a name ending in
    ``/`` is a CSV folder. Raises StakegraphError for any other ending."""
    text = os.fspath(path)
    if text.endswith(("/", os.sep)):
        return "csv"
    name = Path(text).name.lower()
    for ending, kind in EXPORT_FORMATS.items():
        if name.endswith(ending) and len(name) > len(ending):
            return kind
    raise StakegraphError(problem("unknown-export-format", value=Path(text).name or text,
                                  detail=_ENDINGS))


def csv_folder(path: str | os.PathLike[str]) -> Path:
    """The folder a CSV export to ``path`` fills: ``mapping.csv`` -> ``mapping``."""
    out = Path(path)
    return out.with_suffix("") if out.suffix.lower() == ".csv" else out


def write_export(
    G: nx.MultiDiGraph, path: str | os.PathLike[str], *, metrics: Metrics = None,
    contacts: bool = True,
) -> dict[str, Any]:
    """Write ``G`` to ``path`` in the format its ending names.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The stakegraph graph (not changed).
    path : path-like
        The file (or, for CSV, the folder) to write; see the module notes.
    metrics : DataFrame or mapping, optional
        Measures per stakeholder, added to GraphML, GEXF and JSON nodes (the
        Kumu and CSV exports hold the data only, so they import back).
    contacts : bool
        Keep contact, email and phone (kept by default: an analyst's export).

    Returns
    -------
    dict
        ``format``, ``path``, ``files`` written, and the counts of
        ``stakeholders``, ``ties``, ``iwgs`` and ``memberships``.
    """
    kind = export_format(path)
    if kind == "csv":
        files = write_csv_folder(G, csv_folder(path), contacts=contacts)
        where = csv_folder(path)
    elif kind == "kumu":
        files = write_kumu(G, path, contacts=contacts)
    elif kind == "json":
        files = write_json(G, path, metrics, contacts=contacts)
    else:
        flat = flat_graph(G, metrics, contacts=contacts)
        files = (write_graphml if kind == "graphml" else write_gexf)(flat, path)
    kinds = [d.get("kind") for _, _, d in G.edges(data=True)]
    return {
        "format": kind,
        "path": str(where if kind == "csv" else Path(path)),
        "files": [str(f) for f in files],
        "stakeholders": len(stakeholder_nodes(G)),
        "ties": kinds.count("tie"),
        "iwgs": len(iwg_nodes(G)),
        "memberships": kinds.count("member"),
        "contacts": contacts,
        "measures": kind in ("graphml", "gexf", "json") and metrics is not None,
    }
