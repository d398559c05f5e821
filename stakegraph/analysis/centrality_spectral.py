"""Spectral centrality: eigenvector centrality and PageRank, with tie
weights, on the undirected stakeholder view
(:func:`stakegraph.model.stakeholder_graph`), as networkx defines them (the
tests hold them to it):

* **eigenvector**: networkx's power iteration on ``A + I`` with tie weights,
  unit Euclidean norm; when it does not converge within ``max_iter`` the
  column holds PageRank instead and :class:`Eigenvector` says so.
* **pagerank**: with tie weights, damping 0.85, isolates' mass spread evenly.

:func:`stakegraph.analysis.centrality.centrality` puts them in its table
beside the other measures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.engine import to_igraph

__all__ = ["EIGENVECTOR_TOLERANCE", "Eigenvector", "eigenvector", "pagerank"]

#: eigenvector's power iteration stops when the values move less than this
#: per stakeholder on average (networkx's rule: their sum, below n times it)
EIGENVECTOR_TOLERANCE = 1.0e-6


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
