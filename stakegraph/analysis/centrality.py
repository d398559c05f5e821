"""Centrality of every stakeholder: who is central, and in what sense.

All measures work on the undirected stakeholder view
(:func:`stakegraph.model.stakeholder_graph`) and follow networkx's
definitions, which the tests hold them to (and python-igraph where networkx
computes):

* **degree**: the number of stakeholders tied to this one;
  **weighted degree** (strength): the sum of the tie weights.
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
* **eigenvector**: networkx's power iteration on ``A + I`` with tie weights,
  unit Euclidean norm; when it does not converge within ``max_iter`` the
  column holds PageRank instead and :class:`Eigenvector` says so.
* **pagerank**: with tie weights, damping 0.85, isolates' mass spread evenly.

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

import random
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.engine import PathSums, start_path_sums, to_igraph
from stakegraph.model.seed import DEFAULT_SEED

__all__ = [
    "EIGENVECTOR_TOLERANCE",
    "EXACT_THRESHOLD",
    "RANK_DECIMALS",
    "SAMPLE_SIZE",
    "Betweenness",
    "Centrality",
    "Eigenvector",
    "PendingCentrality",
    "betweenness",
    "centrality",
    "closeness",
    "degree",
    "eigenvector",
    "pagerank",
    "ranks",
    "start_centrality",
]

#: exact betweenness up to this many stakeholders
EXACT_THRESHOLD = 20_000
#: sources sampled for betweenness above the threshold
SAMPLE_SIZE = 5_000
#: eigenvector's power iteration stops when the values move less than this
#: per stakeholder on average (networkx's rule: their sum, below n times it)
EIGENVECTOR_TOLERANCE = 1.0e-6
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

    >>> ranks(pd.Series([0.5, 0.5, 0.49999999, 0.2])).tolist()
    [1, 1, 1, 4]
    """
    return values.round(RANK_DECIMALS).rank(ascending=False, method="min").astype("Int64")


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


@dataclass
class Eigenvector:
    """Eigenvector centrality, or PageRank when it did not converge."""

    values: pd.Series
    measure: str  # "eigenvector" or "pagerank"
    iterations: int

    tolerance: float = EIGENVECTOR_TOLERANCE

    def method(self) -> dict[str, Any]:
        note = (
            f"eigenvector centrality converged in {self.iterations} iterations"
            if self.measure == "eigenvector"
            else f"eigenvector centrality did not converge in {self.iterations} "
            "iterations; the column holds PageRank"
        )
        return {"measure": self.measure, "iterations": self.iterations, "note": note,
                "tolerance": self.tolerance,
                "stop": "the values move less than the tolerance per stakeholder on average"}


def _sources(H: nx.Graph, exact_threshold: int, sample_size: int, seed: int) -> list[Any] | None:
    if len(H) <= exact_threshold or sample_size >= len(H):
        return None
    # the same draw as networkx's betweenness_centrality(k=..., seed=seed)
    return random.Random(seed).sample(list(H), sample_size)


_CLOSENESS = ("Wasserman-Faust: (r-1)/(sum of distances to the r-1 reachable) * (r-1)/(n-1), "
              "within each component; 0 for an isolate")


class _PendingPaths:
    """Betweenness and closeness being computed (see :mod:`.engine`)."""

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
    return _PendingPaths(H, exact_threshold, sample_size, seed, workers).result()


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
    return _PendingPaths(H, exact_threshold, sample_size, seed, workers, closeness=False).between()


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


@stakeholder_view
def pagerank(H: nx.Graph, *, weight: str | None = "weight", alpha: float = 0.85) -> pd.Series:
    """PageRank with tie weights (networkx's definition; igraph's PRPACK computes).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    weight : str, optional
        The edge attribute holding tie strength (``None``: every tie counts 1).
    alpha : float, default 0.85
        The damping factor.

    Returns
    -------
    pandas.Series
        PageRank per node, summing to 1.

    Examples
    --------
    >>> import networkx as nx
    >>> pagerank(nx.complete_graph(4)).round(4).tolist()
    [0.25, 0.25, 0.25, 0.25]
    """
    g = to_igraph(H, weight=weight)
    # ARPACK, not PRPACK: PRPACK's OpenMP threads spin and take seconds on a busy machine
    values = (g.pagerank(damping=alpha, weights="weight" if weight else None,
                         implementation="arpack") if len(H) else [])
    return pd.Series(values, index=pd.Index(list(H), name="id"), name="pagerank", dtype=float)


@stakeholder_view
def eigenvector(
    H: nx.Graph, *, weight: str | None = "weight", max_iter: int = 100,
    tol: float = EIGENVECTOR_TOLERANCE,
) -> Eigenvector:
    """Eigenvector centrality by networkx's power iteration, vectorised.

    Iterates ``x <- (A + I) x / ||(A + I) x||`` from the uniform vector until
    the values move less than ``n * tol`` in sum (networkx's stopping rule);
    falls back to :func:`pagerank` if that takes more than ``max_iter`` steps.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    weight : str, optional
        The edge attribute holding tie strength (``None``: every tie counts 1).
    max_iter : int, default 100
        The most power iterations before giving up.
    tol : float, default 1e-06
        The tolerance at which the iteration stops, per node.

    Returns
    -------
    Eigenvector
        Eigenvector centrality per node (``.values``), and the iterations it took.

    Examples
    --------
    >>> import networkx as nx
    >>> e = eigenvector(nx.path_graph(["a", "b", "c"]))
    >>> e.measure, e.values.round(4).tolist()
    ('eigenvector', [0.5, 0.7071, 0.5])
    """
    nodes = list(H)
    n = len(nodes)
    if n == 0:
        return Eigenvector(pd.Series([], dtype=float, name="eigenvector"), "eigenvector", 0, tol)
    # built from the edge list: several times faster than networkx's conversion
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in H.edges()], dtype=np.int64).reshape(-1, 2)
    w = np.array([float(d) for _, _, d in H.edges(data=weight, default=1.0)] if weight
                 else np.ones(len(ends)), dtype=float)
    if not H.is_directed():
        ends, w = np.vstack([ends, ends[:, ::-1]]), np.concatenate([w, w])
    # x[target] += x[source] * weight, as networkx iterates
    At = sparse.csr_array((w, (ends[:, 1], ends[:, 0])), shape=(n, n))
    x = np.full(n, 1.0 / n)
    for step in range(1, max_iter + 1):
        last = x
        x = last + At @ last
        x = x / (np.linalg.norm(x) or 1.0)
        if np.abs(x - last).sum() < n * tol:
            values = pd.Series(x, index=pd.Index(nodes, name="id"), name="eigenvector")
            return Eigenvector(values, "eigenvector", step, tol)
    return Eigenvector(pagerank(H, weight=weight).rename("eigenvector"), "pagerank", max_iter, tol)


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
        self._paths = _PendingPaths(H, exact_threshold, sample_size, seed, workers)
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
