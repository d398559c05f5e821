"""What the map is drawn from, found in the graph: the measures that size
the nodes, the IWG and the theme the options name (with "did you mean"),
and the positions of the nodes (an IWG's members on a ring around it).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from stakegraph.model import stakeholder_graph
from stakegraph.model.jsonsafe import json_safe
from stakegraph.render.map.data import SECTORS
from stakegraph.render.map.layout import focus_positions, spread, spring_positions
from stakegraph.render.map.words import Table

__all__ = ["metric_table", "positions"]


def metric_table(G: nx.MultiDiGraph, metrics: Any) -> Table:
    if metrics is None:
        H = stakeholder_graph(G)
        return {"degree": dict(H.degree()), "weighted_degree": dict(H.degree(weight="weight"))}
    if hasattr(metrics, "to_dict") and hasattr(metrics, "columns"):
        metrics = metrics.to_dict(orient="dict")
    return {str(k): {str(n): json_safe(v) for n, v in col.items()} for k, col in metrics.items()}


def positions(G: nx.MultiDiGraph, focus: str | None, members: list[str], holes: list[str],
               seed: int) -> dict[str, tuple[float, float]]:
    links = [(u, v) for u, v in G.edges()]
    if focus is None:
        return spread(spring_positions(list(G), links, seed=seed))
    ring_set = set(members) | {focus}
    others = [n for n in G if n not in ring_set]
    far = spring_positions(others, [(u, v) for u, v in links if u not in ring_set and v not in ring_set],
                           seed=seed)
    order = {s: i for i, s in enumerate(SECTORS)}
    ring: list[str | None] = sorted(members, key=lambda m: (order.get(G.nodes[m].get("sector"), 9), m))
    for hole in holes:  # a placeholder's label is wide: an empty slot either side
        ring += [None, hole, None]
    # the ring widened to the screen's shape, where names run sideways
    return spread(focus_positions(focus, ring, far), power=1.0)
