"""The map's ties as vis edges: styled by type, weight and direction, faded
outside an IWG, haloed when a diff highlights them, with each tie's tooltip
facts; and the dashed links from an IWG to its placeholders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

from stakegraph.codebook import Codebook
from stakegraph.model.jsonsafe import json_safe
from stakegraph.model.personal import looks_personal
from stakegraph.render.map.data import (
    HALO,
    HALO_EDGE,
    MEMBER_COLOUR,
    TIE_COLOUR,
    tie_style,
)
from stakegraph.render.map.words import Namer
from stakegraph.render.words import vocab_word

if TYPE_CHECKING:
    from stakegraph.render.map.build import MapOptions

__all__ = ["draw_edges", "tie_notes"]


def tie_notes(notes: Any, o: MapOptions) -> Any:
    """A tie's notes for its tooltip: none on an anonymous map, and none
    holding an e-mail address or a phone number unless contacts are shown."""
    if o.anonymize or (not o.show_contacts and looks_personal(notes)):
        return None
    return json_safe(notes)


def draw_edges(G: nx.MultiDiGraph, pid: Namer, lit: set[str] | None, hl_edges: set[frozenset[str]],
           focus: str | None, holes: list[str], cb: Codebook,
           o: MapOptions) -> tuple[list[dict[str, Any]], dict[str, list[Any]]]:
    """The vis edges, and each edge's tooltip facts as a short list
    ``[type or role, weight, since, notes]`` (trailing blanks left off)."""
    edges: list[dict[str, Any]] = []
    edge_info: dict[str, list[Any]] = {}
    # weights are kept as written (a count of 13 shared committees stays 13)
    heaviest = max((w for *_, w in G.edges(data="weight") if isinstance(w, (int, float))), default=5.0)
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        eid = f"e{i}"
        faded = lit is not None and not (u in lit and v in lit)
        if d.get("kind") == "tie":
            style = tie_style(d.get("type"), d.get("weight"), bool(d.get("directed")), heaviest,
                              one_sided=d.get("status") == "one-sided")
            tip = [vocab_word("tie_type", d.get("type"), o.lang), json_safe(d.get("weight")),
                   json_safe(d.get("since")), tie_notes(d.get("notes"), o)]
        else:
            style = {"width": 1, "dashes": [2, 5], "color": {"color": MEMBER_COLOUR, "opacity": 1.0}}
            tip = [str(d.get("role") or "member")]
        while tip and tip[-1] in (None, ""):
            tip.pop()
        edge_info[eid] = tip
        if faded:
            style["color"] = {"color": style.get("color", {}).get("color", TIE_COLOUR), "opacity": 0.12}
        if frozenset((u, v)) in hl_edges:
            style["width"] = max(3.0, style["width"] * 1.8)
            style["color"] = {"color": HALO_EDGE, "opacity": 1.0}
            style["shadow"] = {"enabled": True, "color": HALO, "size": 12, "x": 0, "y": 0}
        edges.append({"id": eid, "from": pid(u), "to": pid(v), **style})
    for j, hole in enumerate(holes):
        edges.append({"id": f"p{j}", "from": focus, "to": hole, "width": 1.5, "dashes": [6, 4],
                      "color": {"color": MEMBER_COLOUR, "opacity": 0.9}})
    return edges, edge_info
