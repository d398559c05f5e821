"""The graph for Gephi and notebooks: GraphML, GEXF and node-link JSON,
with the measures as node attributes.

GraphML and GEXF hold only text, numbers and true/false, one type per
attribute, so :func:`flat_graph` prepares the graph for them:

* every node has ``label`` (the name; Gephi shows it), ``kind``
  (``stakeholder`` or ``iwg``) and its attributes; lists (themes) are joined
  with ``|`` (the graph attribute ``list_separator`` says so); empty values
  are left out; an attribute whose values mix numbers and text is text;
* the measures (degree, betweenness, …) are added to stakeholder nodes;
* edges keep ``kind`` (``tie`` or ``member``), ``weight``, ``directed``,
  ``since``, ``notes``; a tie's type is ``tie_type`` and a membership's
  ``role`` (GEXF keeps ``type`` for the edge's direction).

GraphML edges are all directed (networkx writes one default); the
``directed`` attribute says which ties are not. In GEXF an undirected tie is
a ``mutual`` edge. Node-link JSON (``networkx.node_link_data(G,
edges="edges")``) keeps the graph as it is, lists and all, plus the measures.
Contacts (every column the import found personal) are kept unless ``contacts=False``.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society", themes=["health", "housing"]),
...                  Stakeholder("City", "public")], [Tie("doras", "city", weight=2)])
>>> F = flat_graph(G, metrics={"degree": {"doras": 1, "city": 1}})
>>> F.nodes["doras"]["themes"], F.nodes["doras"]["label"], F.nodes["doras"]["degree"]
('health|housing', 'Doras', 1)
>>> "region" in F.nodes["doras"], "themes" in F.nodes["city"]
(False, False)
>>> F.edges["doras", "city", 0]
{'kind': 'tie', 'weight': 2.0, 'directed': False, 'tie_type': 'collaboration'}
"""

from __future__ import annotations

import datetime as dt
import math
import os
from numbers import Number
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.model import SCHEMA_VERSION, stakeholder_nodes
from stakegraph.model.jsonsafe import json_text
from stakegraph.model.personal import personal_attributes
from stakegraph.render.atomic import atomic_file, write_text
from stakegraph.render.export.tables import SEPARATOR
from stakegraph.render.safe import storable_text

__all__ = ["Metrics", "flat_graph", "metric_table", "write_gexf", "write_graphml", "write_json"]

#: measures per stakeholder: a pandas DataFrame indexed by id, or {measure: {id: value}}
Metrics = Any


def metric_table(metrics: Metrics) -> dict[str, dict[str, Any]]:
    """``{id: {measure: value}}`` from a DataFrame indexed by id or a mapping
    ``{measure: {id: value}}``; missing values (NaN, NA) are left out and
    numpy numbers become Python numbers.

    >>> metric_table({"degree": {"a": 2, "b": float("nan")}})
    {'a': {'degree': 2}}
    """
    if metrics is None:
        return {}
    columns = metrics.to_dict(orient="dict") if hasattr(metrics, "to_dict") else metrics
    table: dict[str, dict[str, Any]] = {}
    for measure, values in columns.items():
        for node, value in values.items():
            value = value.item() if hasattr(value, "item") else value
            if _missing(value):
                continue
            table.setdefault(str(node), {})[str(measure)] = value
    return table


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(value != value)
    except TypeError:  # pandas.NA has no truth value
        return True


def _plain(value: Any) -> Any:
    """A value GraphML and GEXF can hold, or None to leave it out."""
    if value is None:
        return None
    if isinstance(value, (list, tuple, set)):
        return storable_text(SEPARATOR.join(str(v) for v in value)) or None
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, Number):
        return float(value)  # type: ignore[arg-type]
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return storable_text(str(value))


def _one_type(items: list[dict[str, Any]]) -> None:
    """Give each attribute one type across ``items``: bool, int, float or str."""
    kinds: dict[str, set[type]] = {}
    for attrs in items:
        for key, value in attrs.items():
            kinds.setdefault(key, set()).add(type(value))
    for key, types in kinds.items():
        if len(types) == 1:
            continue
        cast: Any = float if types <= {int, float} else str
        for attrs in items:
            if key in attrs:
                attrs[key] = cast(attrs[key])


def flat_graph(G: nx.MultiDiGraph, metrics: Metrics = None, *, contacts: bool = True) -> nx.MultiDiGraph:
    """A copy of ``G`` that GraphML and GEXF can hold (see the module notes)."""
    table = metric_table(metrics)
    hidden = set() if contacts else set(personal_attributes(G))
    F = nx.MultiDiGraph()
    title = G.graph.get("title")
    F.graph.update({"title": storable_text(str(title))} if title else {})
    F.graph["list_separator"] = SEPARATOR
    F.graph["schema_version"] = SCHEMA_VERSION
    people = set(stakeholder_nodes(G))
    for n, data in G.nodes(data=True):
        attrs = {"label": storable_text(str(data.get("name", n)))}
        for key, value in data.items():
            if key not in hidden and _plain(value) is not None:
                attrs[storable_text(str(key))] = _plain(value)  # an unknown column's header is a key
        if n in people:
            attrs.update({k: _plain(v) for k, v in table.get(str(n), {}).items()})
        F.add_node(n, **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {storable_text(str(k)): _plain(x) for k, x in data.items() if _plain(x) is not None}
        if "type" in attrs:
            attrs["tie_type"] = attrs.pop("type")
        F.add_edge(u, v, key=key, **attrs)
    _one_type([d for _, d in F.nodes(data=True)])
    _one_type([d for _, _, d in F.edges(data=True)])
    return F


def write_graphml(F: nx.MultiDiGraph, path: str | os.PathLike[str]) -> list[Path]:
    """Write a :func:`flat_graph` as GraphML."""
    with atomic_file(path) as handle:
        nx.write_graphml(F, handle, encoding="utf-8")
    return [Path(path)]


def write_gexf(F: nx.MultiDiGraph, path: str | os.PathLike[str]) -> list[Path]:
    """Write a :func:`flat_graph` as GEXF 1.2, an undirected tie as a ``mutual`` edge."""
    E = nx.MultiDiGraph()
    E.graph.update(F.graph)
    E.add_nodes_from(F.nodes(data=True))
    for u, v, key, data in F.edges(keys=True, data=True):
        mutual = data.get("kind") == "tie" and not data.get("directed")
        E.add_edge(u, v, key=key, **data, type="mutual" if mutual else "directed")
    with atomic_file(path) as handle:
        nx.write_gexf(E, handle, encoding="utf-8")
    return [Path(path)]


def write_json(G: nx.MultiDiGraph, path: str | os.PathLike[str], metrics: Metrics = None,
               *, contacts: bool = True) -> list[Path]:
    """Write networkx's node-link JSON of ``G`` (``edges="edges"``), with the
    measures added to the stakeholders and ``schema_version`` in ``graph``."""
    table = metric_table(metrics)
    hidden = set() if contacts else set(personal_attributes(G))
    J = nx.MultiDiGraph()
    J.graph.update({**G.graph, "schema_version": SCHEMA_VERSION})
    for n, data in G.nodes(data=True):
        J.add_node(n, **{k: v for k, v in data.items() if k not in hidden}, **table.get(str(n), {}))
    J.add_edges_from(G.edges(keys=True, data=True))
    data = nx.node_link_data(J, edges="edges")
    return [write_text(path, json_text(data, indent=1))]
