"""python-igraph's C core for the heavy measures, and the two-core split.

networkx is the model (the graph, the definitions, the tests); igraph does
the work where networkx in pure Python is too slow at 10,000 stakeholders:
shortest-path betweenness and closeness, PageRank, Burt's constraint and
Louvain. :func:`to_igraph` converts a networkx graph, keeping the node order
of ``list(H)`` as igraph's vertex ids.

igraph holds the GIL while it computes (two threads take as long as one),
so :func:`path_sums` spreads the breadth-first searches over a pool of
processes instead: each worker runs betweenness from its share of the
sources (``Graph.betweenness(sources=...)``; the shares sum to the whole)
and closeness for its share of the vertices.

Examples
--------
>>> import networkx as nx
>>> g = to_igraph(nx.path_graph(["a", "b", "c"]))
>>> g.vcount(), g.ecount(), g.vs["name"]
(3, 2, ['a', 'b', 'c'])
>>> sums = path_sums(g, sources=range(3))
>>> sums.betweenness.tolist(), sums.closeness.round(4).tolist()
([0.0, 1.0, 0.0], [0.6667, 1.0, 0.6667])
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Hashable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Literal

import igraph as ig
import networkx as nx
import numpy as np

__all__ = [
    "PARALLEL_MIN_NODES",
    "Closeness",
    "PathSums",
    "PendingPathSums",
    "default_workers",
    "path_sums",
    "start_path_sums",
    "to_igraph",
    "worker_context",
]

#: what closeness to compute with the betweenness: exact, the distance sums
#: from the sampled sources, or none
Closeness = Literal["exact", "sampled", "none"]

#: below this many vertices a process pool costs more than it saves
PARALLEL_MIN_NODES = 4000


def default_workers() -> int:
    """The processes to use: the cores this process may run on, at most 2.

    Returns
    -------
    int
        How many worker processes to start (1 or 2).
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(2, cores))


def to_igraph(H: nx.Graph, weight: str | None = "weight") -> ig.Graph:
    """``H`` as an :class:`igraph.Graph` with the same vertex order.

    Vertex attribute ``name`` holds the networkx node; edge attribute
    ``weight`` holds ``H``'s ``weight`` attribute (1 where missing) unless
    ``weight`` is None. ``H`` is not changed.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    weight : str, optional
        The edge attribute holding tie strength (``None``: every tie counts 1).

    Returns
    -------
    igraph.Graph
        The same graph in igraph, vertices in ``H``'s node order.
    """
    nodes: list[Hashable] = list(H)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in H.edges()]
    g = ig.Graph(n=len(nodes), edges=edges, directed=H.is_directed())
    g.vs["name"] = nodes
    if weight is not None:
        g.es["weight"] = [float(w) for _, _, w in H.edges(data=weight, default=1.0)]
    return g


@dataclass
class PathSums:
    """What the breadth-first searches give.

    ``betweenness``: igraph's betweenness over the paths that start at the
    given sources (for an undirected graph, half the sum over ordered pairs
    (s, t) with s a source, so that all sources together give the usual
    unordered-pair count).

    With exact closeness, ``closeness``: igraph's normalised closeness
    within each vertex's component, ``(r - 1) / sum of distances`` where
    ``r`` is the number of vertices reachable (itself included); NaN for an
    isolate. With sampled closeness, ``closeness`` is None and
    ``distance_sum`` / ``distance_count`` hold, for every vertex, the sum of
    its distances to the sources it can reach (itself excepted) and their
    number.
    """

    betweenness: np.ndarray
    closeness: np.ndarray | None = None
    distance_sum: np.ndarray | None = None
    distance_count: np.ndarray | None = None


#: sources per call to igraph's distances (bounds the matrix held at once)
_DISTANCE_BLOCK = 100


def _distances_from(g: ig.Graph, sources: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    total, count = np.zeros(g.vcount()), np.zeros(g.vcount(), dtype=np.int64)
    for start in range(0, len(sources), _DISTANCE_BLOCK):
        d = np.asarray(g.distances(source=list(sources[start:start + _DISTANCE_BLOCK])),
                       dtype=float)
        reached = np.isfinite(d) & (d > 0)
        total += np.where(reached, d, 0.0).sum(axis=0)
        count += reached.sum(axis=0)
    return total, count


def _chunk(g: ig.Graph, sources: Sequence[int], vertices: Sequence[int], closeness: Closeness) -> PathSums:
    """Betweenness from ``sources``; with ``closeness`` "exact" the closeness
    of ``vertices``, with "sampled" the distance sums from ``sources``."""
    sources = list(sources)
    between = np.asarray(g.betweenness(directed=False, sources=sources) if sources
                         else [0.0] * g.vcount(), dtype=float)
    if closeness == "sampled":
        total, count = _distances_from(g, sources)
        return PathSums(between, distance_sum=total, distance_count=count)
    if closeness == "none":
        return PathSums(between)
    close = g.closeness(vertices=list(vertices), normalized=True) if vertices else []
    return PathSums(between, np.asarray(close, dtype=float))


def worker_context() -> multiprocessing.context.BaseContext:
    """How to start worker processes: fork where it is safe, else spawn.

    Returns
    -------
    multiprocessing.context.BaseContext
        The multiprocessing context to start workers with.
    """
    # fork starts at once; forking a process that runs threads can deadlock,
    # so then the workers start fresh (spawn)
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class PendingPathSums:
    """Path sums being computed: in worker processes, started at once, or,
    for a small graph or one worker, here when :meth:`result` is called.
    Lets the caller do other work while the workers search."""

    def __init__(self, g: ig.Graph, sources: Sequence[int], workers: int,
                 closeness: Closeness = "exact") -> None:
        self._g, self._sources, self._n = g, list(sources), g.vcount()
        self._closeness = closeness
        self._pool: ProcessPoolExecutor | None = None
        self._done: PathSums | None = None
        if workers > 1 and self._n >= PARALLEL_MIN_NODES:
            self._vertex_parts = [list(range(i, self._n, workers)) for i in range(workers)]
            source_parts = [self._sources[i::workers] for i in range(workers)]
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=worker_context())
            self._futures = [self._pool.submit(_chunk, g, s, v, closeness)
                             for s, v in zip(source_parts, self._vertex_parts)]

    def result(self) -> PathSums:
        """Wait for the sums (computing them here if no worker does)."""
        if self._done is not None:
            return self._done
        if self._pool is None:
            self._done = _chunk(self._g, self._sources, range(self._n), self._closeness)
            return self._done
        try:
            parts: list[PathSums] = [f.result() for f in self._futures]
        finally:
            self._pool.shutdown()
        done = PathSums(sum((p.betweenness for p in parts), np.zeros(self._n)))
        if self._closeness == "exact":
            done.closeness = np.empty(self._n)
            for vertices, part in zip(self._vertex_parts, parts):
                done.closeness[vertices] = part.closeness
        elif self._closeness == "sampled":
            done.distance_sum = np.sum(
                [p.distance_sum for p in parts if p.distance_sum is not None], axis=0)
            done.distance_count = np.sum(
                [p.distance_count for p in parts if p.distance_count is not None], axis=0)
        self._done = done
        return done


def start_path_sums(
    g: ig.Graph, *, sources: Sequence[int], workers: int | None = None,
    closeness: Closeness = "exact",
) -> PendingPathSums:
    """Start :func:`path_sums`; ``.result()`` gives them.

    Parameters
    ----------
    g : igraph.Graph
        The :class:`igraph.Graph` of the view (:func:`to_igraph`).
    sources : Sequence[int]
        The node ids (or vertex indices) the paths start from.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).
    closeness : Closeness, default 'exact'
        What closeness to sum: none, exact, or from sampled nodes.

    Returns
    -------
    PendingPathSums
        A pending computation whose ``.result()`` is :func:`path_sums`'s.
    """
    return PendingPathSums(g, sources, default_workers() if workers is None else workers,
                           closeness)


def path_sums(
    g: ig.Graph, *, sources: Sequence[int], workers: int | None = None,
    closeness: Closeness = "exact",
) -> PathSums:
    """Betweenness from ``sources`` and closeness of every vertex of ``g``
    (unweighted shortest paths, edges taken as undirected).

    With ``workers`` > 1 (default :func:`default_workers`) and at least
    :data:`PARALLEL_MIN_NODES` vertices, the work is split over that many
    processes; the result is the same up to the order of floating-point sums.
    With ``closeness="sampled"`` closeness is left to the caller, who gets
    the distances from ``sources`` instead (see :class:`PathSums`); with
    "none", betweenness alone is computed.

    Parameters
    ----------
    g : igraph.Graph
        The :class:`igraph.Graph` of the view (:func:`to_igraph`).
    sources : Sequence[int]
        The node ids (or vertex indices) the paths start from.
    workers : int, optional
        Worker processes for the path sums (``None``:
        :func:`stakegraph.analysis.engine.default_workers`).
    closeness : Closeness, default 'exact'
        What closeness to sum: none, exact, or from sampled nodes.

    Returns
    -------
    PathSums
        Betweenness and closeness sums per vertex.
    """
    return start_path_sums(g, sources=sources, workers=workers, closeness=closeness).result()
