"""QAP: how alike two networks over the same actors are, and whether more
alike than chance.

The *graph correlation* of two networks is Pearson's correlation of their
adjacency matrices, cell by cell, over every ordered pair of distinct actors
(the diagonal is left out), as R's ``sna::gcor`` computes it in its default
``mode="digraph"``. An undirected tie fills both cells of its pair.

The *quadratic assignment procedure* (Krackhardt 1987; Hubert 1987) asks how
often the correlation would be as large if the actors of the second network
were shuffled: rows and columns of its matrix are permuted together, which
keeps every structural feature of each network (density, degrees,
clustering) and breaks only the link between the two. The p-value counts the
permutations whose correlation reaches the observed one, plus the observed
one itself: ``(k + 1) / (permutations + 1)``, so it is never zero and is read
"as large as this less than p of the time by chance". R's ``sna::qaptest``
reports ``k / permutations`` (``pgreq``); the two differ by less than
``1 / permutations``.

Ties are read as present or absent (weights are left aside). Counting the
shared cells of a permutation takes time in the number of ties, not the
number of pairs, so 1,000 permutations of 10,000 actors are quick.

Examples
--------
>>> import networkx as nx
>>> A = nx.DiGraph([(0, 1), (1, 2), (2, 3), (3, 0)])
>>> B = nx.DiGraph([(0, 1), (1, 2), (2, 3), (0, 2)])
>>> found = qap_correlation(A, B, permutations=200, seed=1)
>>> round(found.correlation, 4), found.permutations, 0 < found.p_greater <= 1
(0.625, 200, True)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["QAPResult", "graph_correlation", "qap_correlation"]


@dataclass(frozen=True)
class QAPResult:
    """The graph correlation of two networks and its permutation test.

    ``p_greater`` is the share of permutations (the observed one counted)
    whose correlation is at least the observed one; ``p_less`` at most.
    ``null_mean`` is the average correlation under permutation (near 0).
    ``actors`` is the number of actors compared.
    """

    correlation: float
    p_greater: float
    p_less: float
    null_mean: float
    permutations: int
    seed: int
    actors: int

    def to_dict(self) -> dict[str, float | int]:
        """The result as JSON shows it."""
        return {"correlation": self.correlation, "p_greater": self.p_greater,
                "p_less": self.p_less, "null_mean": self.null_mean,
                "permutations": self.permutations, "seed": self.seed, "actors": self.actors}


def _arcs(G: nx.Graph, index: dict[Hashable, int]) -> np.ndarray:
    """The cells of ``G``'s adjacency matrix that hold a tie, as ``row * n + column``."""
    n = len(index)
    cells = set()
    for u, v in G.edges():
        if u == v or u not in index or v not in index:
            continue
        i, j = index[u], index[v]
        cells.add(i * n + j)
        if not G.is_directed():
            cells.add(j * n + i)
    return np.array(sorted(cells), dtype=np.int64)


def _pearson(shared: np.ndarray | int, a: int, b: int, cells: int) -> np.ndarray:
    """Pearson's correlation of two 0/1 vectors of length ``cells`` with
    ``a`` and ``b`` ones, ``shared`` of them in common."""
    denominator = np.sqrt(float(a) * (cells - a) * float(b) * (cells - b))
    if denominator == 0:
        return np.full(np.shape(shared), np.nan)
    result: np.ndarray = (cells * np.asarray(shared, dtype=float) - float(a) * b) / denominator
    return result


def graph_correlation(A: nx.Graph, B: nx.Graph, nodes: Sequence[Hashable] | None = None) -> float:
    """The graph correlation of ``A`` and ``B`` over ``nodes`` (default: the
    nodes of ``A`` that are also in ``B``, in ``A``'s order); NaN when either
    network has no tie or every tie among ``nodes``.

    Parameters
    ----------
    A : networkx.Graph
        The first network compared (not changed).
    B : networkx.Graph
        The second network (not changed).
    nodes : Sequence[Hashable], optional
        The nodes compared (default: those of ``A`` also in ``B``, in ``A``'s order).

    Returns
    -------
    float
        The graph correlation, NaN when undefined.

    Examples
    --------
    >>> import networkx as nx
    >>> graph_correlation(nx.path_graph(4), nx.path_graph(4))
    1.0
    """
    index = _index(A, B, nodes)
    a, b = _arcs(A, index), _arcs(B, index)
    n = len(index)
    shared = int(np.isin(a, b, assume_unique=True).sum())
    return float(_pearson(shared, len(a), len(b), n * (n - 1)))


def _index(A: nx.Graph, B: nx.Graph, nodes: Sequence[Hashable] | None) -> dict[Hashable, int]:
    chosen = [n for n in A if n in B] if nodes is None else list(nodes)
    return {n: i for i, n in enumerate(chosen)}


def qap_correlation(
    A: nx.Graph,
    B: nx.Graph,
    nodes: Sequence[Hashable] | None = None,
    *,
    permutations: int = 1000,
    seed: int = DEFAULT_SEED,
) -> QAPResult:
    """The graph correlation of ``A`` and ``B`` over ``nodes`` and its QAP test
    with ``permutations`` seeded permutations of ``B`` (see the module notes).

    ``nodes`` defaults to the nodes of ``A`` that are also in ``B``; ties to
    other nodes are left out. Neither graph is changed.

    Parameters
    ----------
    A : networkx.Graph
        The first network compared (not changed).
    B : networkx.Graph
        The second network, whose nodes are permuted (not changed).
    nodes : Sequence[Hashable], optional
        The nodes compared (default: those of ``A`` also in ``B``, in ``A``'s order).
    permutations : int, default 1000
        How many seeded permutations the test draws.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.

    Returns
    -------
    QAPResult
        The correlation, its one-sided p-values and the null mean.
    """
    if permutations < 1:
        raise ValueError("permutations must be at least 1")
    index = _index(A, B, nodes)
    n = len(index)
    a, b = _arcs(A, index), _arcs(B, index)
    cells = n * (n - 1)
    observed = float(_pearson(int(np.isin(a, b, assume_unique=True).sum()), len(a), len(b), cells))
    rng = np.random.default_rng(seed)
    rows, cols = np.divmod(a, n) if n else (a, a)
    shared = np.empty(permutations, dtype=np.int64)
    for k in range(permutations):
        p = rng.permutation(n)
        shared[k] = np.isin(p[rows] * n + p[cols], b, assume_unique=True).sum()
    null = _pearson(shared, len(a), len(b), cells)
    if observed != observed:
        return QAPResult(observed, float("nan"), float("nan"), float("nan"), permutations, seed, n)
    tolerance = 1e-12  # the same count of shared cells gives the same correlation, bit for bit
    at_least = int((null >= observed - tolerance).sum())
    at_most = int((null <= observed + tolerance).sum())
    return QAPResult(observed, (at_least + 1) / (permutations + 1), (at_most + 1) / (permutations + 1),
                     float(null.mean()), permutations, seed, n)
