"""Reciprocity: of the pairs joined by a directed tie, how many are joined
both ways?

Only ties that have a direction count (funding, referral, or a tie marked
directed): an undirected tie is mutual by how it was written, and counting it
would say nothing about whether the partners confirm each other. A pair with
arcs both ways is *mutual* (confirmed); a pair with an arc one way only is
*one-sided*.

* ``dyadic`` reciprocity: mutual pairs over tied pairs, R's
  ``sna::grecip(g, measure="dyadic.nonnull")``;
* ``edgewise`` reciprocity: the share of arcs whose reverse arc exists,
  ``2 * mutual / arcs``, R's ``grecip(g, measure="edgewise")`` and networkx's
  ``reciprocity``.

Examples
--------
>>> import networkx as nx
>>> found = reciprocity(nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")]))
>>> found.mutual, found.one_sided, round(found.dyadic, 3), round(found.edgewise, 3)
(1, 1, 0.5, 0.667)
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from stakegraph.analysis.accepts import tie_view
from stakegraph.model.graph import stakeholder_nodes

__all__ = ["Reciprocity", "directed_ties", "reciprocity"]


@dataclass(frozen=True)
class Reciprocity:
    """Mutual and one-sided pairs, and the two reciprocities (NaN with no arc)."""

    mutual: int
    one_sided: int
    dyadic: float
    edgewise: float

    def to_dict(self) -> dict[str, float | int]:
        """The result as JSON shows it."""
        return dict(self.__dict__)


@tie_view
def reciprocity(D: nx.DiGraph) -> Reciprocity:
    """The reciprocity of directed simple graph ``D`` (self-loops left out).

    Parameters
    ----------
    D : networkx.DiGraph
        A directed simple graph, such as :func:`stakegraph.model.tie_digraph` (not changed).

    Returns
    -------
    Reciprocity
        Mutual and one-sided pairs, and the dyadic and edgewise reciprocity.
    """
    arcs = {(u, v) for u, v in D.edges() if u != v}
    mutual = sum(1 for u, v in arcs if (v, u) in arcs) // 2
    one_sided = len(arcs) - 2 * mutual
    pairs = mutual + one_sided
    return Reciprocity(mutual, one_sided,
                       mutual / pairs if pairs else float("nan"),
                       2 * mutual / len(arcs) if arcs else float("nan"))


def directed_ties(G: nx.MultiDiGraph) -> nx.DiGraph:
    """The stakeholders of ``G`` and its directed ties only, one arc per
    ordered pair (the graph :func:`reciprocity` reads). ``G`` is not changed.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).

    Returns
    -------
    networkx.DiGraph
        One arc per ordered pair of stakeholders a directed tie joins.

    Examples
    --------
    >>> from stakegraph.model import Stakeholder, Tie, build_graph
    >>> G = build_graph([Stakeholder("A"), Stakeholder("B")],
    ...                 [Tie("a", "b"), Tie("b", "a", "funding", directed=True)])
    >>> list(directed_ties(G).edges())
    [('b', 'a')]
    """
    D = nx.DiGraph()
    D.add_nodes_from(stakeholder_nodes(G))
    D.add_edges_from((u, v) for u, v, d in G.edges(data=True)
                     if d.get("kind") == "tie" and d.get("directed") and u != v)
    return D
