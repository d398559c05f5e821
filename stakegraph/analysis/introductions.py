"""Who can carry word to a stakeholder, and who can introduce it to a group:
its **reach** (the stakeholders within two steps of it in the tie network)
and its **introductions** (the shortest paths to it from the group's nearest
members). :mod:`stakegraph.analysis.recommend` gives both for each candidate.

Examples
--------
>>> H = nx.Graph([("a", "x"), ("x", "c")])
>>> nx.set_node_attributes(H, {v: v.upper() for v in H}, "name")
>>> reach(H, "c"), introductions(H, "c", {"a"})
(2, [['A', 'X', 'C']])
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from stakegraph.codebook import fold_name

__all__ = ["introductions", "name_key", "reach"]


def reach(H: nx.Graph, n: str) -> int:
    """How many stakeholders are within two steps of ``n`` in ``H`` (not counting ``n``).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    n : str
        A stakeholder's node id.

    Returns
    -------
    int
        How many stakeholders are within two steps.

    >>> reach(nx.path_graph(5), 0), reach(nx.path_graph(5), 2)
    (2, 4)
    """
    near = set(H[n])
    for m in list(near):
        near.update(H[m])
    near.discard(n)
    return len(near)


def name_key(H: nx.Graph, n: str) -> tuple[str, str, str]:
    """How a person looks ``n`` up in a list: its name folded, its name, its id.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    n : str
        A stakeholder's node id.

    Returns
    -------
    tuple[str, str, str]
        A key that sorts stakeholders as a person looks them up.
    """
    name = str(H.nodes[n].get("name") or n)
    return fold_name(name), name, n


def introductions(H: nx.Graph, n: str, members: Iterable[str], limit: int = 3) -> list[list[str]]:
    """Names on the shortest paths from the nearest members to ``n``
    (``[member, …, n]``), at most ``limit``, members in name order.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    n : str
        A stakeholder's node id.
    members : Iterable[str]
        The group's member ids.
    limit : int, default 3
        The most paths given.

    Returns
    -------
    list[list[str]]
        Each path as names, ``[member, …, n]``; empty when none leads there.

    >>> H = nx.Graph([("a", "x"), ("x", "c"), ("b", "y"), ("y", "z"), ("z", "c")])
    >>> nx.set_node_attributes(H, {v: v.upper() for v in H}, "name")
    >>> introductions(H, "c", {"a", "b"})
    [['A', 'X', 'C']]
    """
    targets = set(members)
    parent: dict[str, str | None] = {n: None}
    frontier = [n]
    while frontier:
        found: list[str] = []
        ahead: list[str] = []
        for u in frontier:
            for v in sorted(H[u], key=lambda v: name_key(H, v)):
                if v in parent:
                    continue
                parent[v] = u
                (found if v in targets else ahead).append(v)
        if found:
            paths = []
            for m in sorted(found, key=lambda v: name_key(H, v))[:limit]:
                path: list[str] = []
                step: str | None = m
                while step is not None:
                    path.append(str(H.nodes[step].get("name") or step))
                    step = parent[step]
                paths.append(path)
            return paths
        frontier = ahead
    return []
