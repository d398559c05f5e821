"""Path-based centrality: betweenness and closeness, from one search of
shortest paths (:mod:`stakegraph.analysis.engine`) over the undirected
stakeholder view (:func:`stakegraph.model.stakeholder_graph`). Both follow
networkx's definitions, which the tests hold them to (and python-igraph
computes):

* **betweenness**: Freeman's shortest-path betweenness over *unweighted*
  paths (a tie's weight says how strong it is, not how long), normalised as
  networkx does for undirected graphs, ``raw / ((n-1)(n-2)/2)``; the raw
  count of pairs is kept as ``betweenness_raw``. Exact up to
  ``exact_threshold`` stakeholders; above it, the paths from a seeded sample
  of ``k`` sources, scaled as networkx's ``betweenness_centrality(k=...)``
  scales them (same sample for the same seed) — :class:`Betweenness` and
  the method record say which.
* **closeness**: networkx's default on unweighted paths,
  Wasserman and Faust's version for disconnected graphs:
  ``(r-1)/(sum of distances to the r-1 reachable) * (r-1)/(n-1)``, 0 for an
  isolate (igraph computes the first factor per component; we multiply).
  Above ``exact_threshold``, estimated from the same ``k`` sampled sources
  (Eppstein and Wang 2004): the mean distance to the sampled stakeholders
  of one's component stands for the mean distance to all of them; where a
  component holds no other sampled source the value is exact.

:func:`stakegraph.analysis.centrality.centrality` puts them in its table
beside the other measures.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.engine import PathSums, start_path_sums, to_igraph
from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["EXACT_THRESHOLD", "SAMPLE_SIZE", "Betweenness", "PendingPaths", "betweenness", "closeness"]

#: exact betweenness up to this many stakeholders
EXACT_THRESHOLD = 20_000
#: sources sampled for betweenness above the threshold
SAMPLE_SIZE = 5_000


@dataclass
class Betweenness:
    """Betweenness, normalised (``values``) and as a raw count of pairs
    (``raw``); ``exact`` is False when ``k`` sources were sampled."""

    values: pd.Series
    raw: pd.Series
    exact: bool
    k: int | None
    seed: int

    def method(self) -> dict[str, Any]:
        return {
            "exact": self.exact,
            "k": self.k,
            "seed": None if self.exact else self.seed,
            "paths": "unweighted",
            "normalisation": "raw / ((n-1)(n-2)/2)",
        }


def _sources(H: nx.Graph, exact_threshold: int, sample_size: int, seed: int) -> list[Any] | None:
    if len(H) <= exact_threshold or sample_size >= len(H):
        return None
    # the same draw as networkx's betweenness_centrality(k=..., seed=seed)
    return random.Random(seed).sample(list(H), sample_size)


_CLOSENESS = ("Wasserman-Faust: (r-1)/(sum of distances to the r-1 reachable) * (r-1)/(n-1), "
              "within each component; 0 for an isolate")


class PendingPaths:
    """Betweenness and closeness being computed in worker processes (see
    :mod:`.engine`); :class:`~stakegraph.analysis.centrality.PendingCentrality`
    waits for them beside the other measures."""

    def __init__(self, H: nx.Graph, exact_threshold: int, sample_size: int, seed: int,
                 workers: int | None, closeness: bool = True) -> None:
        self.nodes = list(H)
        self.seed = seed
        self.g = to_igraph(H, weight=None)
        self.sample = _sources(H, exact_threshold, sample_size, seed)
        position = {v: i for i, v in enumerate(self.nodes)}
        self.sources = (range(len(self.nodes)) if self.sample is None
                        else [position[v] for v in self.sample])
        self.pending = start_path_sums(
            self.g, sources=self.sources, workers=workers,
            closeness="none" if not closeness else "exact" if self.sample is None else "sampled")

    def closeness_method(self) -> dict[str, Any]:
        if self.sample is None:
            return {"exact": True, "k": None, "seed": None, "paths": "unweighted",
                    "definition": _CLOSENESS}
        return {"exact": False, "k": len(self.sample), "seed": self.seed, "paths": "unweighted",
                "definition": _CLOSENESS,
                "estimator": "mean distance to the sampled stakeholders of the same component "
                             "(Eppstein and Wang 2004)"}

    def _component_closeness(self, sums: PathSums) -> np.ndarray:
        """(r-1) / sum of distances within the component, or its estimate."""
        if sums.closeness is not None:
            return sums.closeness
        total, count = sums.distance_sum, sums.distance_count
        assert total is not None and count is not None
        with np.errstate(invalid="ignore", divide="ignore"):
            close = np.where(count > 0, count / total, np.nan)
        # a vertex whose component holds no other sampled source: its
        # component is small, so compute it exactly
        unsampled = np.flatnonzero(count == 0).tolist()
        if unsampled:
            close[unsampled] = self.g.closeness(vertices=unsampled, normalized=True)
        return close

    def between(self) -> Betweenness:
        """The betweenness alone (all a ``closeness=False`` search gives)."""
        sums = self.pending.result()
        n = len(self.nodes)
        index = pd.Index(self.nodes, name="id")
        raw = sums.betweenness
        if self.sample is not None:
            k = len(self.sample)
            # networkx's estimator: a source cannot lie inside its own paths
            scale = np.full(n, (n - 1) / k)
            scale[list(self.sources)] = (n - 1) / (k - 1) if k > 1 else np.nan
            raw = raw * scale
        norm = raw * 2 / ((n - 1) * (n - 2)) if n > 2 else raw
        between = Betweenness(
            pd.Series(norm, index=index, name="betweenness"),
            pd.Series(raw, index=index, name="betweenness_raw"),
            exact=self.sample is None, k=None if self.sample is None else len(self.sample),
            seed=self.seed,
        )
        return between

    def result(self) -> tuple[Betweenness, pd.Series]:
        """The betweenness and the closeness."""
        between, sums, n = self.between(), self.pending.result(), len(self.nodes)
        index = between.values.index
        parts = self.g.connected_components()
        reach = np.asarray(parts.sizes(), dtype=float)[parts.membership] if n else np.zeros(0)
        close = np.nan_to_num(self._component_closeness(sums), nan=0.0) * (reach - 1) / max(n - 1, 1)
        return between, pd.Series(close, index=index, name="closeness")


def _paths(
    H: nx.Graph, exact_threshold: int, sample_size: int, seed: int, workers: int | None
) -> tuple[Betweenness, pd.Series]:
    return PendingPaths(H, exact_threshold, sample_size, seed, workers).result()


@stakeholder_view
def betweenness(
    H: nx.Graph, *, exact_threshold: int = EXACT_THRESHOLD, sample_size: int = SAMPLE_SIZE,
    seed: int = DEFAULT_SEED, workers: int | None = None,
) -> Betweenness:
    """Shortest-path betweenness of every node (see the module notes).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    exact_threshold : int, default EXACT_THRESHOLD
        Up to this many nodes the measure is exact; above it, sampled.
    sample_size : int, default SAMPLE_SIZE
        How many sampled sources estimate the measure above ``exact_threshold`` nodes.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).

    Returns
    -------
    Betweenness
        Betweenness per node (``.values``), and whether it is exact or from ``k`` seeded
        sources.

    Examples
    --------
    >>> import networkx as nx
    >>> b = betweenness(nx.path_graph(["a", "b", "c"]))
    >>> b.raw.tolist(), b.values.tolist(), b.exact
    ([0.0, 1.0, 0.0], [0.0, 1.0, 0.0], True)
    """
    return PendingPaths(H, exact_threshold, sample_size, seed, workers, closeness=False).between()


@stakeholder_view
def closeness(
    H: nx.Graph, *, sample_size: int | None = None, seed: int = DEFAULT_SEED, workers: int | None = None
) -> pd.Series:
    """networkx's closeness centrality (Wasserman–Faust for disconnected graphs),
    or with ``sample_size`` below the number of nodes its estimate from the
    distances to that many sampled nodes (drawn as for betweenness).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    sample_size : int, optional
        How many sampled sources estimate the measure above ``exact_threshold`` nodes.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).

    Returns
    -------
    pandas.Series
        Closeness per node.

    Examples
    --------
    >>> import networkx as nx
    >>> H = nx.Graph([("a", "b"), ("b", "c")]); H.add_node("d")
    >>> closeness(H).round(4).tolist()
    [0.4444, 0.6667, 0.4444, 0.0]
    """
    if sample_size is None or sample_size >= len(H):
        return _paths(H, len(H), len(H), seed, workers)[1]
    return _paths(H, 0, sample_size, seed, workers)[1]
