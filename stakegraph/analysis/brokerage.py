"""Brokerage: who links whom, and across which sectors.

**Gould–Fernandez roles** (Gould and Fernandez 1989, as R's
``sna::brokerage(net, group)$raw.nli`` counts them) on the directed tie
graph (:func:`stakegraph.model.tie_digraph`, where an undirected tie is an
arc each way): every *open two-path* a → v → c (a ≠ c, no arc a → c) makes
broker v one of

=============== ======================= ==========================================
role            groups                  in words
=============== ======================= ==========================================
coordinator     G(a) = G(v) = G(c)      links two of its own sector
consultant      G(a) = G(c) ≠ G(v)      links two of another sector (itinerant)
gatekeeper      G(a) ≠ G(v) = G(c)      lets an outsider in to its own sector
representative  G(a) = G(v) ≠ G(c)      speaks for its sector to another
liaison         all three different     links two other sectors
=============== ======================= ==========================================

The group is the ``sector`` attribute. A stakeholder whose sector is unknown
(``None``) has no role counts (missing, not zero), and two-paths that begin
or end at one are not counted: a role is only meaningful when the sectors of
all three are known.

**Burt's constraint** (with tie weights; Burt 1992) and **effective size**
(unweighted, Borgatti 1997: ``n - 2t/n`` for ``n`` neighbours with ``t`` ties
among them) on the undirected stakeholder view; both are missing for an
isolate, as in networkx.

Examples
--------
>>> import networkx as nx
>>> D = nx.DiGraph([("a", "v"), ("v", "c")])
>>> nx.set_node_attributes(D, {"a": "public", "v": "private", "c": "civil_society"}, "sector")
>>> brokerage_roles(D).loc["v"].to_dict()
{'coordinator': 0, 'consultant': 0, 'gatekeeper': 0, 'representative': 0, 'liaison': 1, 'total': 1}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view, tie_view
from stakegraph.analysis.engine import to_igraph

__all__ = ["ROLES", "brokerage_roles", "constraint", "effective_size", "role"]

#: the Gould–Fernandez roles, in report order
ROLES = ("coordinator", "consultant", "gatekeeper", "representative", "liaison")


def role(source: Hashable, broker: Hashable, target: Hashable) -> str:
    """The role of ``broker`` on a two-path between these groups.

    Parameters
    ----------
    source : Hashable
        The group of the tie's source.
    broker : Hashable
        The group of the broker, the middle of the two-path.
    target : Hashable
        The group of the tie's target.

    Returns
    -------
    str
        ``coordinator``, ``gatekeeper``, ``representative``, ``consultant`` or ``liaison``.

    Examples
    --------
    >>> role("public", "private", "private"), role("public", "public", "private")
    ('gatekeeper', 'representative')
    """
    if source == target:
        return "coordinator" if broker == source else "consultant"
    if broker == target:
        return "gatekeeper"
    if broker == source:
        return "representative"
    return "liaison"


def _open_pairs(D: nx.DiGraph, v: Hashable, group: dict[Hashable, Any]) -> Counter[tuple[Any, Any]]:
    """Open two-paths a -> v -> c counted by (G(a), G(c)), a and c of known group."""
    ins = [a for a in D.pred[v] if a != v and group[a] is not None]
    outs = {c for c in D.succ[v] if c != v and group[c] is not None}
    into = Counter(group[a] for a in ins)
    out_of = Counter(group[c] for c in outs)
    pairs = Counter({(ga, gc): into[ga] * out_of[gc] for ga in into for gc in out_of})
    for a in ins:
        ga = group[a]
        if a in outs:  # a -> v -> a is not a two-path between two others
            pairs[ga, ga] -= 1
        for c in outs.intersection(D.succ[a]):
            if c != a:  # a -> c exists: the two-path is closed
                pairs[ga, group[c]] -= 1
    return pairs


@tie_view
def brokerage_roles(D: nx.DiGraph, group: str = "sector") -> pd.DataFrame:
    """Gould–Fernandez role counts of every node of ``D`` by node attribute ``group``.

    Returns one row per node, columns :data:`ROLES` (nullable integers,
    missing where the node's group is unknown) and ``total``.

    Parameters
    ----------
    D : networkx.DiGraph
        A directed simple graph, such as :func:`stakegraph.model.tie_digraph` (not changed).
    group : str, default 'sector'
        The node attribute that sorts stakeholders into groups (default ``sector``).

    Returns
    -------
    pandas.DataFrame
        One row per node, a column per role and their ``total``.
    """
    groups = {n: g for n, g in D.nodes(data=group)}
    rows: list[list[object]] = []
    for v in D:
        gv = groups[v]
        if gv is None:
            rows.append([pd.NA] * len(ROLES))
            continue
        counts = dict.fromkeys(ROLES, 0)
        for (ga, gc), k in _open_pairs(D, v, groups).items():
            counts[role(ga, gv, gc)] += k
        rows.append([counts[r] for r in ROLES])
    table = pd.DataFrame(rows, index=pd.Index(list(D), name="id"), columns=list(ROLES),
                         dtype="Int64")
    table["total"] = table[list(ROLES)].sum(axis=1, skipna=False)
    return table


@stakeholder_view
def constraint(H: nx.Graph, weight: str | None = "weight") -> pd.Series:
    """Burt's constraint of every node of undirected ``H`` (igraph computes;
    networkx's :func:`networkx.constraint` is the definition).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    weight : str, optional
        The edge attribute holding tie strength (``None``: every tie counts 1).

    Returns
    -------
    pandas.Series
        Burt's constraint per node, NaN for an isolate.

    Examples
    --------
    >>> import networkx as nx
    >>> constraint(nx.star_graph(["hub", "a", "b"])).round(3).tolist()
    [0.5, 1.0, 1.0]
    """
    g = to_igraph(H, weight=weight)
    values = g.constraint(weights="weight" if weight else None) if len(H) else []
    return pd.Series(values, index=pd.Index(list(H), name="id"), name="constraint", dtype=float)


@stakeholder_view
def effective_size(H: nx.Graph) -> pd.Series:
    """Burt's effective size of every node of undirected ``H``, unweighted:
    ``n - 2t/n`` (Borgatti 1997); NaN for an isolate.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    pandas.Series
        Burt's effective size per node, NaN for an isolate.

    Examples
    --------
    >>> import networkx as nx
    >>> effective_size(nx.complete_graph(3)).tolist()
    [1.0, 1.0, 1.0]
    """
    nodes = list(H)
    n = np.array([d for _, d in H.degree(nodes)], dtype=float)
    triangles = nx.triangles(H) if nodes else {}
    t = np.array([triangles[v] for v in nodes], dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        size = np.where(n > 0, n - 2 * t / n, np.nan)
    return pd.Series(size, index=pd.Index(nodes, name="id"), name="effective_size")
