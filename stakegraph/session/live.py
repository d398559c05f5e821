"""What the projector shows: the mapping's map plus everything answered so far.

:func:`base_map` draws the mapping once, as ``stakegraph map`` does (the
same layout, sector colours, sizes and shapes, from
:func:`stakegraph.render.map.build.build_map`), keeping only what a node
needs to be drawn: no facts, no contacts. :func:`live_state` merges the
session's answers with the survey's merge model
(:func:`stakegraph.model.rounds.merge_returns`): the ties with their
status, the newcomers, and who has answered, by sector. The projector
page receives that state whole and draws what changed.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.model.returns import Return, TieAnswer, Proposal
>>> G = build_graph([Stakeholder("A", "public"), Stakeholder("B", "private")], [Tie("a", "b")])
>>> state = live_state(G, [Return("a", "s", answers=(TieAnswer("a", "b", "yes", "funding"),),
...                                proposals=(Proposal("a", "<script>x</script>", "ngo"),))], {"a"})
>>> [(e["from"], e["to"], e["status"]) for e in state["edges"]]
[('a', 'b', 'one-sided'), ('a', 'script-x-script-9167da', 'one-sided')]
>>> [n["label"] for n in state["newcomers"]], state["counts"]["answered"], state["counts"]["total"]
(['<script>x</script>'], 1, 2)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from stakegraph.codebook import default_codebook
from stakegraph.model import stakeholder_nodes
from stakegraph.model.returns import Return
from stakegraph.model.rounds import merge_returns
from stakegraph.render.map.build import MapOptions, build_map
from stakegraph.render.map.data import SECTOR_COLOURS, UNKNOWN_COLOUR

__all__ = ["base_map", "directory", "live_state"]

#: what of a drawn node the projector receives (of its facts, only sector and type: never contacts)
_DRAWN = ("id", "label", "x", "y", "size", "shape", "color", "borderWidth", "shapeProperties")


def base_map(G: nx.MultiDiGraph, lang: str) -> dict[str, Any]:
    """The mapping as ``stakegraph map`` lays it out: nodes with their
    place and look (a stakeholder with its sector and type codes, an IWG
    marked ``iwg``), the memberships, and the sector colours for newcomers."""
    built = build_map(G, options=MapOptions(lang=lang))
    people = set(stakeholder_nodes(G))
    nodes = []
    for node in built.nodes:
        drawn = {k: node[k] for k in _DRAWN if k in node}
        drawn["label"] = str(G.nodes[node["id"]].get("name", node["id"])) if node["id"] in G else node["label"]
        drawn["stakeholder"] = node["id"] in people
        if node["id"] in people:  # the public facts the side panel shows (never a contact)
            facts = G.nodes[node["id"]]
            drawn.update(sector=facts.get("sector") or "unknown", org_type=facts.get("type") or None)
        elif node["id"] in G and G.nodes[node["id"]].get("kind") == "iwg":
            drawn["iwg"] = True
        nodes.append(drawn)
    members = [{"from": e["from"], "to": e["to"], "dashes": True} for e in built.edges
               if not ({e["from"], e["to"]} <= people)]
    return {"title": built.title, "nodes": nodes, "members": members,
            "colours": {**SECTOR_COLOURS, "unknown": UNKNOWN_COLOUR}}


def directory(G: nx.MultiDiGraph, lang: str) -> dict[str, Any]:
    """What a phone may know of the mapping: each stakeholder's id, name and
    sector, and the words of the lists it chooses from (no other column,
    so no contact ever reaches a phone)."""
    cb = default_codebook()
    people = [{"id": n, "name": str(G.nodes[n].get("name", n)), "sector": G.nodes[n].get("sector")}
              for n in stakeholder_nodes(G)]
    people.sort(key=lambda p: p["name"].casefold())

    def words(vocab: str) -> list[list[str]]:
        return [[code, cb.label(vocab, code, lang)] for code in cb.codes(vocab)]

    return {"stakeholders": people, "sectors": words("sector"), "types": words("type"),
            "tie_types": words("tie_type")}


def live_state(G: nx.MultiDiGraph, returns: Iterable[Return], joined: set[str]) -> dict[str, Any]:
    """The mapping merged with ``returns``: ``edges`` (each tie of the round
    with ``status``: mapping, confirmed or one-sided), ``newcomers`` and
    ``counts`` (who joined, who answered, by sector)."""
    people = stakeholder_nodes(G)
    merged = merge_returns(G, list(returns))
    names = {n: str(G.nodes[n].get("name", n)) for n in people}
    names.update({c.id: c.name for c in merged.newcomers})
    edges = []
    for t in merged.ties:
        a, b = sorted((t.source, t.target))
        edges.append({"id": f"{a}|{b}", "from": t.source, "to": t.target, "status": t.status,
                      "type": t.type, "reported_by": [names.get(r, r) for r in t.reported_by]})
    newcomers = [{"id": c.id, "label": c.name, "sector": c.sector or "unknown", "org_type": c.org_type,
                  "proposed_by": [names.get(p, p) for p in c.proposed_by]} for c in merged.newcomers]
    by_sector = {s: list(v) for s, v in sorted(merged.response.by_sector.items())}
    counts = {"answered": merged.response.answered, "total": merged.response.total,
              "joined": len(joined & set(people)), "by_sector": by_sector,
              "new_ties": sum(e["status"] != "mapping" for e in edges), "newcomers": len(newcomers)}
    return {"edges": edges, "newcomers": newcomers, "counts": counts}
