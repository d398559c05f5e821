"""The shape of the network: pieces, the stakeholders and ties that hold it
together, its cores and its clusters.

All functions take the undirected stakeholder view
(:func:`stakegraph.model.stakeholder_graph`).

* **components** (largest first), **isolates**, **density** (networkx's
  ``2m / (n(n-1))``).
* **cut points** (articulation points): stakeholders whose removal splits
  their component, with the number of pieces left and the sectors they
  separate: the sectors present in at least two of those pieces, whose
  members could no longer reach each other (unknown sectors are not counted). **Bridges**: ties whose removal splits a
  component. Both come from one depth-first search (Hopcroft and Tarjan
  1973); networkx's ``articulation_points`` and ``bridges`` check it.
* **core numbers**: the largest k such that the stakeholder is in the
  k-core (networkx's ``core_number``; igraph's ``coreness`` checks it).
* **communities**: Louvain (Blondel et al. 2008) with tie weights, by
  igraph's ``community_multilevel`` with its random numbers seeded, so the
  same seed gives the same clusters. Each cluster of two or more is named
  after its most connected member (most ties, then greatest weighted degree,
  then name): "the Caritas cluster". A stakeholder alone in its cluster
  (an isolate, typically) has no community.

Examples
--------
>>> import networkx as nx
>>> H = nx.Graph([("a", "b"), ("b", "c")]); H.add_node("d")
>>> nx.set_node_attributes(H, {"a": "public", "b": "private", "c": "public"}, "sector")
>>> cut_points(H).loc["b"].to_dict()
{'pieces': 2, 'separates': ['public']}
>>> bridges(H), isolates(H), round(density(H), 3)
([('a', 'b'), ('b', 'c')], ['d'], 0.333)
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import igraph as ig
import networkx as nx
import numpy as np
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.engine import to_igraph
from stakegraph.model.seed import DEFAULT_SEED

__all__ = [
    "Communities",
    "Community",
    "bridges",
    "communities",
    "components",
    "core_numbers",
    "cut_points",
    "density",
    "isolates",
]


@stakeholder_view
def components(H: nx.Graph) -> list[list[Hashable]]:
    """The connected components, largest first, each in graph order.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    list[list[Hashable]]
        The components' node lists, largest first.
    """
    order = {n: i for i, n in enumerate(H)}
    parts = [sorted(c, key=order.__getitem__) for c in nx.connected_components(H)]
    return sorted(parts, key=lambda c: (-len(c), order[c[0]]))


@stakeholder_view
def isolates(H: nx.Graph) -> list[Hashable]:
    """The stakeholders with no tie, in graph order.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    list[Hashable]
        The ids of the stakeholders with no tie.
    """
    return [n for n, d in H.degree() if d == 0]


@stakeholder_view
def density(H: nx.Graph) -> float:
    """The share of possible ties present (0 for fewer than two stakeholders).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    float
        The share of possible ties present.
    """
    return float(nx.density(H))


@dataclass
class _Search:
    """What the depth-first search finds."""

    pieces: dict[Hashable, list[np.ndarray]] = field(default_factory=dict)
    bridges: list[tuple[Hashable, Hashable]] = field(default_factory=list)


def _search(H: nx.Graph, group: str, labels: list[Any]) -> _Search:
    """Hopcroft–Tarjan lowpoints, with per-subtree counts of each group and of
    all nodes (last column), so that each cut point knows its pieces."""
    column = {g: i for i, g in enumerate(labels)}
    width = len(labels) + 1

    def own(v: Hashable) -> np.ndarray:
        counts = np.zeros(width, dtype=np.int64)
        counts[-1] = 1
        g = H.nodes[v].get(group)
        if g in column:
            counts[column[g]] = 1
        return counts

    found = _Search()
    disc: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    sub: dict[Hashable, np.ndarray] = {}
    for root in H:
        if root in disc:
            continue
        parent: dict[Hashable, Hashable | None] = {root: None}
        separated: dict[Hashable, list[np.ndarray]] = {}
        disc[root] = low[root] = len(disc)
        sub[root] = own(root)
        stack = [(root, iter(H[root]))]
        while stack:
            v, neighbours = stack[-1]
            for w in neighbours:
                if w not in disc:
                    parent[w] = v
                    disc[w] = low[w] = len(disc)
                    sub[w] = own(w)
                    stack.append((w, iter(H[w])))
                    break
                if w != parent[v]:
                    low[v] = min(low[v], disc[w])
            else:
                stack.pop()
                p = parent[v]
                if p is None:
                    continue
                low[p] = min(low[p], low[v])
                sub[p] = sub[p] + sub[v]
                if low[v] >= disc[p]:
                    separated.setdefault(p, []).append(sub[v])
                if low[v] > disc[p]:
                    found.bridges.append((p, v))
        total = sub[root]
        for v, pieces in separated.items():
            if v == root:
                if len(pieces) >= 2:
                    found.pieces[v] = pieces
            else:  # the rest of the component stays joined through v's parent
                found.pieces[v] = [*pieces, total - own(v) - sum(pieces)]
    return found


def _groups(H: nx.Graph, group: str) -> list[Any]:
    return sorted({g for _, g in H.nodes(data=group) if g is not None}, key=str)


@stakeholder_view
def cut_points(H: nx.Graph, group: str = "sector") -> pd.DataFrame:
    """The articulation points of ``H``, in graph order, with ``pieces`` (the
    components their removal leaves of their own component) and
    ``separates`` (the ``group`` values found in two pieces or more, sorted).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    group : str, default 'sector'
        The node attribute whose values the cut points separate (default ``sector``).

    Returns
    -------
    pandas.DataFrame
        One row per articulation point: ``pieces`` and ``separates``.
    """
    labels = _groups(H, group)
    found = _search(H, group, labels)
    rows = []
    for v in H:
        if v in found.pieces:
            present = np.array([piece[:-1] > 0 for piece in found.pieces[v]]).sum(axis=0)
            rows.append((v, len(found.pieces[v]), [g for g, k in zip(labels, present) if k >= 2]))
    table = pd.DataFrame(rows, columns=["id", "pieces", "separates"])
    return table.set_index("id")


@stakeholder_view
def bridges(H: nx.Graph) -> list[tuple[Hashable, Hashable]]:
    """The ties whose removal splits a component, each pair and the list in
    graph order.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    list[tuple[Hashable, Hashable]]
        The bridging ties as node pairs.
    """
    order = {n: i for i, n in enumerate(H)}
    pairs = [(u, v) if order[u] < order[v] else (v, u) for u, v in _search(H, "sector", []).bridges]
    return sorted(pairs, key=lambda e: (order[e[0]], order[e[1]]))


@stakeholder_view
def core_numbers(H: nx.Graph) -> pd.Series:
    """The k-core number of every stakeholder (0 for an isolate).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    pandas.Series
        The k-core number of every stakeholder.
    """
    cores = nx.core_number(H)
    return pd.Series([cores[n] for n in H], index=pd.Index(list(H), name="id"),
                     name="core", dtype="int64")


@dataclass
class Community:
    """One Louvain cluster, named after its most connected member."""

    id: int
    anchor: Hashable
    name: str
    members: list[Hashable]
    sectors: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "anchor": self.anchor,
                "size": len(self.members), "sectors": dict(self.sectors),
                "members": list(self.members)}


@dataclass
class Communities:
    """The clusters (largest first), each stakeholder's cluster id (missing
    for one alone), and the modularity of the partition."""

    clusters: list[Community]
    membership: pd.Series
    modularity: float


def _louvain(H: nx.Graph, weight: str | None, seed: int) -> list[int]:
    g = to_igraph(H, weight=weight)
    ig.set_random_number_generator(random.Random(seed))
    try:
        found = g.community_multilevel(weights="weight" if weight else None)
    finally:
        ig.set_random_number_generator(random)
    return list(found.membership)


@stakeholder_view
def communities(
    H: nx.Graph, *, seed: int = DEFAULT_SEED, weight: str | None = "weight", name: str = "name",
    group: str = "sector",
) -> Communities:
    """Louvain communities of ``H``, seeded (see the module notes).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    weight : str, optional
        The edge attribute holding tie strength (``None``: every tie counts 1).
    name : str, default 'name'
        The node attribute that names a stakeholder, for naming each cluster.
    group : str, default 'sector'
        The node attribute that clusters are described by (default ``sector``).

    Returns
    -------
    Communities
        The clusters, each stakeholder's community (``.membership``) and the modularity.

    Examples
    --------
    >>> import networkx as nx
    >>> H = nx.barbell_graph(4, 0)
    >>> found = communities(H)
    >>> [c.members for c in found.clusters], found.clusters[0].name
    ([[0, 1, 2, 3], [4, 5, 6, 7]], 'the 3 cluster')
    """
    nodes = list(H)
    labels = _louvain(H, weight, seed) if nodes else []
    groups: dict[int, list[Hashable]] = {}
    for v, label in zip(nodes, labels):
        groups.setdefault(label, []).append(v)
    ties = dict(H.degree())
    strength = dict(H.degree(weight=weight))
    attrs = H.nodes

    def display(v: Hashable) -> str:
        return str(attrs[v].get(name) or v)

    def connectedness(v: Hashable) -> tuple[int, float, str]:
        return (-ties[v], -strength[v], display(v))

    big = sorted((m for m in groups.values() if len(m) >= 2),
                 key=lambda m: (-len(m), connectedness(min(m, key=connectedness))))
    clusters, membership = [], pd.Series(pd.NA, index=pd.Index(nodes, name="id"),
                                         name="community", dtype="Int64")
    for number, members in enumerate(big, start=1):
        anchor = min(members, key=connectedness)
        sectors: dict[str, int] = {}
        for v in members:
            key = attrs[v].get(group) or "unknown"
            sectors[key] = sectors.get(key, 0) + 1
        clusters.append(Community(number, anchor, f"the {display(anchor)} cluster", members,
                                  dict(sorted(sectors.items()))))
        membership[members] = number
    modularity = nx.community.modularity(H, groups.values(), weight=weight) \
        if H.number_of_edges() else 0.0
    return Communities(clusters, membership, float(modularity))
