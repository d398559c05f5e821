"""Centrality of every stakeholder: who is central, and in what sense.

:func:`centrality` gives every measure of every stakeholder in one table,
each with its rank. All work on the undirected stakeholder view
(:func:`stakegraph.model.stakeholder_graph`) and follow networkx's
definitions, which the tests hold them to (and python-igraph where networkx
computes):

* **degree**: the number of stakeholders tied to this one;
  **weighted degree** (strength): the sum of the tie weights;
* **betweenness** and **closeness**, over shortest paths, exact or from a
  seeded sample of sources on large graphs
  (:mod:`stakegraph.analysis.centrality_paths`);
* **eigenvector** and **pagerank**, with tie weights
  (:mod:`stakegraph.analysis.centrality_spectral`).

Ranks: 1 is the most central; values equal to the :data:`RANK_DECIMALS`
decimals the reports print share the best rank, and the next rank skips
("competition" ranking: 1, 1, 3), so equal printed values never get
different ranks.

Examples
--------
>>> import networkx as nx
>>> H = nx.star_graph(["hub", "a", "b", "c"])
>>> table = centrality(H).table
>>> hub = table.loc["hub"]
>>> int(hub["degree"]), float(hub["betweenness"]), float(hub["closeness"]), int(hub["betweenness_rank"])
(3, 1.0, 1.0, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.centrality_paths import EXACT_THRESHOLD, SAMPLE_SIZE, PendingPaths
from stakegraph.analysis.centrality_spectral import eigenvector, pagerank
from stakegraph.model.rounding import shown
from stakegraph.model.seed import DEFAULT_SEED

__all__ = [
    "RANK_DECIMALS",
    "Centrality",
    "PendingCentrality",
    "centrality",
    "degree",
    "ranks",
    "start_centrality",
]

#: the decimals the reports print a measure with; ranks compare values to as many
RANK_DECIMALS = 3


def ranks(values: pd.Series) -> pd.Series:
    """1 for the largest value; values equal to :data:`RANK_DECIMALS` decimals
    share the best rank and the next rank skips (1, 1, 3); NaN stays missing.

    Parameters
    ----------
    values : pandas.Series
        A measure per node.

    Returns
    -------
    pandas.Series
        The rank of each value (1 the largest, equal values sharing the best).

    Values are compared as the reports print them
    (:func:`~stakegraph.model.rounding.shown`: 0.0005 prints 0.001 and
    ranks above 0.0004, which prints 0.000).

    >>> ranks(pd.Series([0.5, 0.5, 0.49999999, 0.2])).tolist()
    [1, 1, 1, 4]
    >>> ranks(pd.Series([0.0009, 0.0005, 0.0004, float("nan")])).tolist()
    [1, 1, 3, <NA>]
    """
    printed = values.astype(float).map(lambda v: shown(v, RANK_DECIMALS))
    return printed.rank(ascending=False, method="min").astype("Int64")


@stakeholder_view
def degree(H: nx.Graph, weight: str = "weight") -> pd.DataFrame:
    """Columns ``degree`` (neighbours) and ``weighted_degree`` (sum of ``weight``).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    weight : str, default 'weight'
        The edge attribute holding tie strength (``None``: every tie counts 1).

    Returns
    -------
    pandas.DataFrame
        ``degree`` and ``weighted_degree`` per node.
    """
    nodes = list(H)
    return pd.DataFrame(
        {
            "degree": [d for _, d in H.degree(nodes)],
            "weighted_degree": [float(d) for _, d in H.degree(nodes, weight=weight)],
        },
        index=pd.Index(nodes, name="id"),
    )


@dataclass
class Centrality:
    """Every centrality measure of every stakeholder, and how each was computed."""

    table: pd.DataFrame
    method: dict[str, Any] = field(default_factory=dict)


class PendingCentrality:
    """:func:`centrality` under way: the path measures run in worker
    processes while the caller does other work; :meth:`result` waits."""

    def __init__(self, H: nx.Graph, *, seed: int, exact_threshold: int, sample_size: int,
                 workers: int | None) -> None:
        self._paths = PendingPaths(H, exact_threshold, sample_size, seed, workers)
        self._eigen = eigenvector(H)
        self._table = degree(H)
        self._table["pagerank"] = pagerank(H)

    def result(self) -> Centrality:
        between, close = self._paths.result()
        table = self._table
        table["betweenness"] = between.values
        table["betweenness_raw"] = between.raw
        table["closeness"] = close
        table["eigenvector"] = self._eigen.values
        table = table[["degree", "weighted_degree", "betweenness", "betweenness_raw",
                       "closeness", "eigenvector", "pagerank"]].copy()
        for column in ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector",
                       "pagerank"):
            table[f"{column}_rank"] = ranks(table[column])
        return Centrality(table, {"betweenness": between.method(),
                                  "closeness": self._paths.closeness_method(),
                                  "eigenvector": self._eigen.method()})


@stakeholder_view
def start_centrality(
    H: nx.Graph, *, seed: int = DEFAULT_SEED, exact_threshold: int = EXACT_THRESHOLD,
    sample_size: int = SAMPLE_SIZE, workers: int | None = None,
) -> PendingCentrality:
    """Start :func:`centrality`; ``.result()`` gives it.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    exact_threshold : int, default EXACT_THRESHOLD
        Up to this many nodes the measure is exact; above it, sampled.
    sample_size : int, default SAMPLE_SIZE
        How many sampled sources estimate the measure above ``exact_threshold`` nodes.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).

    Returns
    -------
    PendingCentrality
        A pending computation whose ``.result()`` is :func:`centrality`'s.
    """
    return PendingCentrality(H, seed=seed, exact_threshold=exact_threshold,
                             sample_size=sample_size, workers=workers)


@stakeholder_view
def centrality(
    H: nx.Graph, *, seed: int = DEFAULT_SEED, exact_threshold: int = EXACT_THRESHOLD,
    sample_size: int = SAMPLE_SIZE, workers: int | None = None,
) -> Centrality:
    """Degree, weighted degree, betweenness, closeness, eigenvector and
    PageRank of every node of ``H``, each with a ``<measure>_rank`` column.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    exact_threshold : int, default EXACT_THRESHOLD
        Up to this many nodes the measure is exact; above it, sampled.
    sample_size : int, default SAMPLE_SIZE
        How many sampled sources estimate the measure above ``exact_threshold`` nodes.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).

    Returns
    -------
    Centrality
        The table of every measure and its rank (``.table``), indexed by node, and how each was
        computed (``.method``).
    """
    return start_centrality(H, seed=seed, exact_threshold=exact_threshold,
                            sample_size=sample_size, workers=workers).result()
