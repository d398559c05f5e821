"""Before and after on one map: the later round drawn with the earlier
round's removed stakeholders and ties as ghosts, at the same positions, so
the page can toggle between the two rounds in place.

:func:`add_rounds` changes a built map (:class:`~stakegraph.render.map.build.BuiltMap`):
it adds a dashed grey ghost for each removed stakeholder (beside its former
partners) and each removed tie, marks what each round alone holds (the
page hides the later round's additions when the earlier one is shown, and
draws the ghosts as they were), names those who lost or found every tie,
and lists the new and removed marks in the legend.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.render.map.build import build_map
>>> from stakegraph.render.map.words import map_strings
>>> people = [Stakeholder("A", "public"), Stakeholder("B", "public"), Stakeholder("C", "private")]
>>> G0 = build_graph(people, [Tie("a", "b"), Tie("b", "c")])
>>> G1 = build_graph(people[:2] + [Stakeholder("D", "private")], [Tie("a", "d")])
>>> built = build_map(G1)
>>> add_rounds(built, G1, Rounds(G0, removed=["c"], renamed={}, removed_ties=[("a", "b", "collaboration"),
...                                                                        ("b", "c", "collaboration")],
...                          added=["d"]), map_strings("en"))
>>> sorted((i["name"], i.get("round"), i.get("change")) for i in built.info.values())
[('A', None, None), ('B', None, 'lost every tie'), ('C', 'before', None), ('D', 'after', None)]
>>> built.rounds["edges"]["before"]
['was0', 'was1']
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from stakegraph.model import stakeholder_graph
from stakegraph.render.map.data import SECTOR_COLOURS, UNKNOWN_COLOUR

if TYPE_CHECKING:
    from stakegraph.render.map.build import BuiltMap

__all__ = ["GHOST", "Rounds", "add_rounds"]

#: the grey of what the later round lost (4.5:1 on white)
GHOST = "#767676"
_GHOST_SIZE = 12.0


@dataclass(frozen=True)
class Rounds:
    """The earlier round, and what changed since (ids of ``before``; see
    :func:`stakegraph.analysis.diff.match_stakeholders` and ``diff_ties``)."""

    before: nx.MultiDiGraph
    removed: Sequence[str]
    renamed: Mapping[str, str]
    removed_ties: Sequence[tuple[str, ...]]
    added: Sequence[str] = field(default_factory=tuple)
    added_ties: Sequence[tuple[str, ...]] = field(default_factory=tuple)


def add_rounds(built: BuiltMap, G: nx.MultiDiGraph, rounds: Rounds, strings: Mapping[str, str]) -> None:
    """Draw ``rounds``' removed stakeholders and ties into ``built``, the map of
    the later round ``G`` (not anonymised: its ids are the page's), as ghosts."""
    where = {n["id"]: (float(n["x"]), float(n["y"])) for n in built.nodes if "x" in n}
    G0 = rounds.before
    removed = set(rounds.removed)

    def now(n: str) -> str:
        """The id of ``before``'s ``n`` on the map: its later self, or its ghost."""
        return f"was:{n}" if n in removed else rounds.renamed.get(n, n)

    cx = sum(x for x, _ in where.values()) / max(len(where), 1)
    cy = sum(y for _, y in where.values()) / max(len(where), 1)
    reach = max((math.hypot(x - cx, y - cy) for x, y in where.values()), default=100.0) + 60.0
    for k, n in enumerate(rounds.removed):
        partners = [where[now(m)] for m in G0.neighbors(n) if now(m) in where] + [
            where[now(m)] for m in G0.predecessors(n) if now(m) in where]
        if partners:  # beside its former partners, a little further out from the middle
            px, py = sum(x for x, _ in partners) / len(partners), sum(y for _, y in partners) / len(partners)
            angle = math.atan2(py - cy, px - cx) + 0.35 * (k % 3 - 1)
            x, y = px + 70 * math.cos(angle), py + 70 * math.sin(angle)
        else:  # alone: on a ring outside the map
            angle = 2 * math.pi * k / max(len(rounds.removed), 1)
            x, y = cx + reach * math.cos(angle), cy + reach * math.sin(angle)
        where[now(n)] = (x, y)
        a = G0.nodes[n]
        fill = SECTOR_COLOURS.get(a.get("sector"), UNKNOWN_COLOUR)
        built.nodes.append({
            "id": now(n), "label": "", "x": x, "y": y, "size": _GHOST_SIZE, "shape": "dot", "borderWidth": 2,
            "shapeProperties": {"borderDashes": [4, 3]}, "color": _colour("#ffffff", GHOST),
        })
        built.info[now(n)] = {
            "kind": "ghost", "round": "before", "name": str(a.get("name") or n), "sector": a.get("sector") or "",
            "level": a.get("level") or "", "themes": list(a.get("themes") or []), "iwgs": [],
            "first": True, "faded": False, "top": False, "fill": fill, "was": _colour(fill, "#ffffff"),
            "facts": [[strings["since_earlier"], strings["removed_node"]]], "measures": [],
        }
    ghost_edges = []
    for j, (u, v, *rest) in enumerate(rounds.removed_ties):
        a, b = now(u), now(v)
        if a not in where or b not in where:
            continue
        eid = f"was{j}"
        built.edges.append({"id": eid, "from": a, "to": b, "width": 1.5, "dashes": [3, 4],
                            "color": {"color": GHOST, "opacity": 1.0}})
        built.edge_info[eid] = [strings["removed_tie"], *(str(r) for r in rest[:1])]
        ghost_edges.append(eid)
    added = set(rounds.added)
    for n in added:
        if n in built.info:
            built.info[n]["round"] = "after"
    pairs = {frozenset(p[:2]) for p in rounds.added_ties}
    new_edges = [e["id"] for e in built.edges if frozenset((e["from"], e["to"])) in pairs]
    # who lost every tie, or found a first one: named whatever their size
    H0, H1 = stakeholder_graph(G0), stakeholder_graph(G)
    for n in H0:
        later = rounds.renamed.get(n, n)
        if n in removed or later not in built.info or later not in H1:
            continue
        before, after = H0.degree(n), H1.degree(later)
        change = "lost_all" if before and not after else "found_ties" if after and not before else None
        if change:
            built.info[later].update(first=True, change=strings[change])
            built.info[later]["facts"] = [*built.info[later]["facts"], [strings["since_earlier"], strings[change]]]
    built.rounds = {"edges": {"before": ghost_edges, "after": new_edges}}
    marks = [{"kind": "halo", "label": strings["new_since"], "colour": "#D55E00"}] if added or new_edges else []
    if removed:
        marks.append({"kind": "ghost", "label": strings["removed_node"], "colour": GHOST})
    if ghost_edges:
        marks.append({"kind": "ghostline", "label": strings["removed_tie"], "colour": GHOST})
    built.legend = [s for s in built.legend if not any(i.get("kind") == "halo" for i in s["items"])] + [
        {"title": strings["changes"], "items": marks}]


def _colour(fill: str, border: str) -> dict[str, Any]:
    return {"background": fill, "border": border, "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"}}
