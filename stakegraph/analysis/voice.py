"""The migrant-voice lens: where migrant-led organisations sit relative to the
core of the network and to the members of its IWGs.

For each stakeholder marked ``migrant_led``: whether it is in the
Borgatti–Everett core (:mod:`stakegraph.analysis.coreperiphery`), its
distance in ties to the nearest core member (0 in the core) and to the
nearest IWG member (0 for a member), and its number of ties. The summary sets
the migrant-led organisations beside all the others: the share of each in the
core and their mean distances (over those a path reaches; the unreachable are
counted apart).

Examples
--------
>>> from stakegraph.model import Membership, Stakeholder, Tie, build_graph
>>> G = build_graph([Stakeholder("City", "public"), Stakeholder("Doras", "civil_society"),
...                  Stakeholder("Voices", "civil_society", migrant_led=True),
...                  Stakeholder("Dell", "private")],
...                 [Tie("city", "doras"), Tie("city", "dell"), Tie("doras", "dell"),
...                  Tie("doras", "voices")], [Membership("city", "IWG")])
>>> lens = migrant_voice(G)
>>> lens["migrant_led"], lens["in_core"], lens["mean_distance_to_iwg"]
(1, 0, 2.0)
>>> lens["organisations"][0]["name"], lens["organisations"][0]["distance_to_core"]
('Voices', 1)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from stakegraph.analysis.coreperiphery import CorePeriphery, core_periphery, distances_from
from stakegraph.model.graph import iwg_members, iwg_nodes, stakeholder_graph

__all__ = ["migrant_voice"]


def _mean(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def migrant_voice(G: nx.MultiDiGraph, found: CorePeriphery | None = None) -> dict[str, Any]:
    """The migrant-voice lens of mapping ``G`` (module notes).

    ``found`` is the core–periphery partition of ``G``'s stakeholder view
    when the caller has it already. Returns counts (``stakeholders``,
    ``migrant_led``, ``in_core``, ``others_in_core``, ``core``), mean
    distances for migrant-led organisations and for the others
    (``mean_distance_to_core``, ``others_mean_distance_to_core``,
    ``mean_distance_to_iwg``, ``others_mean_distance_to_iwg``: ``None``
    when no path or no IWG), ``unreachable`` (migrant-led organisations with
    no path to the core), ``iwg_members`` and, under ``organisations``, one
    row per migrant-led organisation, by name. ``G`` is not changed.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).
    found : CorePeriphery, optional
        The core–periphery split already computed, if any.

    Returns
    -------
    dict[str, Any]
        How many migrant-led organisations there are, how near the core and the IWGs they sit
        beside the others, and each one (``organisations``).
    """
    H = stakeholder_graph(G)
    found = found if found is not None else core_periphery(H)
    core = set(found.core)
    in_iwg = {m for group in iwg_nodes(G) for m in iwg_members(G, group)}
    members = [n for n in H if n in in_iwg]
    to_iwg = distances_from(H, members)
    voices = [n for n, led in H.nodes(data="migrant_led") if led is True]
    others = [n for n, led in H.nodes(data="migrant_led") if led is not True]
    rows = [{"id": n, "name": H.nodes[n].get("name", n), "in_core": n in core,
             "distance_to_core": found.distance_to_core.get(n),
             "iwg_member": n in in_iwg, "distance_to_iwg": to_iwg[n] if members else None,
             "ties": H.degree(n)} for n in voices]
    rows.sort(key=lambda r: str(r["name"]).casefold())
    return {
        "stakeholders": H.number_of_nodes(),
        "core": len(core),
        "migrant_led": len(voices),
        "in_core": sum(1 for n in voices if n in core),
        "others_in_core": sum(1 for n in others if n in core),
        "mean_distance_to_core": _mean(found.distance_to_core.get(n) for n in voices),
        "others_mean_distance_to_core": _mean(found.distance_to_core.get(n) for n in others),
        "unreachable": sum(1 for n in voices if found.distance_to_core.get(n) is None),
        "iwg_members": len(members),
        "mean_distance_to_iwg": _mean(to_iwg[n] for n in voices) if members else None,
        "others_mean_distance_to_iwg": _mean(to_iwg[n] for n in others) if members else None,
        "organisations": rows,
    }
