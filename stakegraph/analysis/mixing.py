"""Sector mixing: do the sectors talk to each other, or only among themselves?

* **mixing matrix**: ties counted by the sectors at their two ends (ties,
  not weights). For the undirected stakeholder view the matrix is
  symmetric: cell (s, t) is the number of ties between s and t, the diagonal
  the ties within s. For a directed graph, row is the sender's sector.
  Stakeholders of unknown sector appear as ``"unknown"``.
* **E-I index** (Krackhardt and Stern 1988): ``(E - I) / (E + I)`` with E
  the ties between different sectors and I the ties within one, from -1 (all
  ties inside sectors) to +1 (all across). Per sector s, over the ties with
  at least one end in s: E_s ties to another sector, I_s ties inside s (in a
  directed graph, sent or received). Ties touching an unknown sector are
  left out; NaN when no tie is left.
* **assortativity** by sector: Newman's (2003) coefficient
  ``(sum_i e_ii - sum_i a_i b_i) / (1 - sum_i a_i b_i)`` over the
  normalised mixing matrix ``e`` (rows sum to ``a``, columns to ``b``), as
  networkx's ``attribute_assortativity_coefficient`` computes it: an
  undirected tie counts once each way, a directed tie once, sender to
  receiver. (R's igraph, given a directed graph, counts each arc both ways,
  so on netseg's Classroom data it reports 0.84089 where networkx and
  stakegraph report 0.84107.) NaN when undefined (one sector only).

Examples
--------
>>> import networkx as nx
>>> H = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
>>> nx.set_node_attributes(H, {"a": "public", "b": "public", "c": "private", "d": "private"},
...                        "sector")
>>> mixing_matrix(H)
         public  private
public        1        1
private       1        1
>>> ei = ei_index(H)
>>> round(ei.overall, 4), ei.by_sector
(-0.3333, {'public': 0.0, 'private': 0.0})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from stakegraph.analysis.accepts import either_view
from stakegraph.codebook import default_codebook

__all__ = [
    "UNKNOWN",
    "EIIndex",
    "assortativity",
    "assortativity_of_matrix",
    "ei_index",
    "ei_of_matrix",
    "mixing_matrix",
]

#: the row and column of stakeholders whose sector is not known
UNKNOWN = "unknown"


def _order(present: set[str]) -> list[str]:
    known = [s for s in default_codebook().codes("sector") if s in present]
    other = sorted(present - set(known) - {UNKNOWN})
    return known + other + ([UNKNOWN] if UNKNOWN in present else [])


@either_view
def mixing_matrix(H: nx.Graph, group: str = "sector") -> pd.DataFrame:
    """Ties counted by the ``group`` of their ends (see the module notes).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    group : str, default 'sector'
        The node attribute that sorts stakeholders into groups (default ``sector``).

    Returns
    -------
    pandas.DataFrame
        Ties counted by the groups of their ends, a row and a column per group.
    """
    label = {n: (g if g is not None else UNKNOWN) for n, g in H.nodes(data=group)}
    counts: Counter[tuple[str, str]] = Counter((label[u], label[v]) for u, v in H.edges())
    order = _order(set(label.values()))
    M = pd.DataFrame(0, index=pd.Index(order, name="from" if H.is_directed() else None),
                     columns=order, dtype="int64")
    for (s, t), k in counts.items():
        M.loc[s, t] += k
        if not H.is_directed() and s != t:
            M.loc[t, s] += k
    return M


@dataclass
class EIIndex:
    """Krackhardt and Stern's E-I index, overall and per sector."""

    overall: float
    by_sector: dict[str, float]
    external: int
    internal: int


def _ei(external: int, internal: int) -> float:
    total = external + internal
    return (external - internal) / total if total else float("nan")


@either_view
def ei_index(H: nx.Graph, group: str = "sector") -> EIIndex:
    """The E-I index of ``H`` by ``group``, overall and per group value.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    group : str, default 'sector'
        The node attribute that sorts stakeholders into groups (default ``sector``).

    Returns
    -------
    EIIndex
        The E-I index overall and by group value, with the external and internal tie counts.

    Examples
    --------
    >>> import networkx as nx
    >>> D = nx.DiGraph([("b1", "b2"), ("b2", "b1"), ("b1", "g1")])
    >>> nx.set_node_attributes(D, {"b1": "boy", "b2": "boy", "g1": "girl"}, "sector")
    >>> ei = ei_index(D)
    >>> round(ei.overall, 4), ei.external, ei.internal, ei.by_sector
    (-0.3333, 1, 2, {'boy': -0.3333333333333333, 'girl': 1.0})
    """
    return ei_of_matrix(mixing_matrix(H, group), directed=H.is_directed())


def ei_of_matrix(M: pd.DataFrame, *, directed: bool = False) -> EIIndex:
    """The E-I index of a mixing matrix (:func:`mixing_matrix`); the row and
    column of :data:`UNKNOWN` are left out. Null models that draw a mixing
    matrix (:mod:`stakegraph.analysis.homophily`) measure it here.

    Parameters
    ----------
    M : pandas.DataFrame
        A matrix of :func:`theme_matrix` or :func:`stakegraph.analysis.mixing.mixing_matrix`.
    directed : bool, default False
        Whether the matrix counts each tie once from its source (``True``) or both ways.

    Returns
    -------
    EIIndex
        The E-I index overall and by group value, with the external and internal tie counts.
    """
    known = [s for s in M.index if s != UNKNOWN]
    M = M.loc[known, known]
    within = np.diag(M.to_numpy())
    if directed:
        internal = int(within.sum())
        external = int(M.to_numpy().sum()) - internal
        touching = M.sum(axis=0) + M.sum(axis=1) - within  # sent or received, once
    else:
        internal = int(within.sum())
        external = int((M.to_numpy().sum() - within.sum()) // 2)
        touching = M.sum(axis=1)
    by_sector = {
        s: _ei(int(touching[s]) - int(M.loc[s, s]), int(M.loc[s, s])) for s in known
    }
    return EIIndex(_ei(external, internal), by_sector, external, internal)


@either_view
def assortativity(H: nx.Graph, group: str = "sector") -> float:
    """Attribute assortativity by ``group`` over the stakeholders whose
    group is known (networkx's formula; see the module notes).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    group : str, default 'sector'
        The node attribute that sorts stakeholders into groups (default ``sector``).

    Returns
    -------
    float
        Newman's assortativity coefficient (NaN when undefined).

    Examples
    --------
    >>> import networkx as nx
    >>> H = nx.Graph([("a", "b"), ("c", "d")])
    >>> nx.set_node_attributes(H, {"a": "x", "b": "x", "c": "y", "d": "y"}, "sector")
    >>> assortativity(H)
    1.0
    """
    return assortativity_of_matrix(mixing_matrix(H, group), directed=H.is_directed())


def assortativity_of_matrix(M: pd.DataFrame | np.ndarray, *, directed: bool = False) -> float:
    """Newman's assortativity of a mixing matrix (:func:`mixing_matrix`, or
    its known rows and columns as an array). A data frame's row and column of
    :data:`UNKNOWN` are left out.

    Parameters
    ----------
    M : pandas.DataFrame | numpy.ndarray
        A matrix of :func:`theme_matrix` or :func:`stakegraph.analysis.mixing.mixing_matrix`.
    directed : bool, default False
        Whether the matrix counts each tie once from its source (``True``) or both ways.

    Returns
    -------
    float
        Newman's assortativity coefficient (NaN when undefined).
    """
    if isinstance(M, pd.DataFrame):
        known = [s for s in M.index if s != UNKNOWN]
        M = M.loc[known, known].to_numpy()
    e = np.asarray(M, dtype=float)
    if not directed:
        e = e + np.diag(np.diag(e))  # a tie inside a sector counts once each way
    total = e.sum()
    if total == 0:
        return float("nan")
    e = e / total
    chance = float(e.sum(axis=1) @ e.sum(axis=0))
    if chance >= 1.0:
        return float("nan")
    return float((np.trace(e) - chance) / (1.0 - chance))
