"""The stakegraph graph, and the derived views that analyses use.

The graph is a :class:`networkx.MultiDiGraph` with

* stakeholder nodes: ``kind="stakeholder"`` and the attributes of
  :class:`~stakegraph.model.records.Stakeholder` (``name``, ``sector``,
  ``type``, ``level``, ``themes`` (a list), ``migrant_led``, ``influence``,
  ``interest``, ``region``, ``municipality``, ``country``, ``contact``,
  ``email``, ``phone``) plus every unknown column under its header;
* IWG nodes: ``kind="iwg"``, ``name``;
* tie edges between stakeholders: ``kind="tie"``, ``type``, ``weight``,
  ``directed``, ``since``, ``notes`` (an undirected tie is one edge, in the
  order it was read), and, in a round of a survey, ``status`` (confirmed,
  one-sided, mapping: see :mod:`stakegraph.model.rounds`);
* membership edges, stakeholder → IWG: ``kind="member"``, ``role``, ``since``.

``G.graph`` holds ``title``, ``extra_columns`` (the unknown headers) and
``personal_columns`` (attribute -> why it holds personal data; see
:mod:`stakegraph.model.personal`).

Examples
--------
>>> from stakegraph.model.records import Stakeholder, Tie, Membership
>>> G = build_graph(
...     [Stakeholder("City Council", "public"), Stakeholder("Caritas", "civil_society"),
...      Stakeholder("Doras", "civil_society")],
...     [Tie("city-council", "caritas", weight=2), Tie("caritas", "city-council"),
...      Tie("caritas", "doras", "funding", directed=True)],
...     [Membership("city-council", "Limerick IWG", "chair")],
... )
>>> sorted(stakeholder_nodes(G))
['caritas', 'city-council', 'doras']
>>> V = stakeholder_graph(G)
>>> V["caritas"]["city-council"]["weight"], V["caritas"]["city-council"]["ties"]
(3.0, 2)
>>> iwg_members(G, "iwg:limerick-iwg")
['city-council']
>>> sorted(tie_digraph(G).edges())
[('caritas', 'city-council'), ('caritas', 'doras'), ('city-council', 'caritas')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

import networkx as nx

from stakegraph.codebook import SUGGEST_CUTOFF, did_you_mean, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_
from stakegraph.model.ids import iwg_id
from stakegraph.model.records import Membership, Stakeholder, Tie

__all__ = [
    "build_graph",
    "find_iwg",
    "iwg_members",
    "iwg_nodes",
    "stakeholder_graph",
    "stakeholder_nodes",
    "tie_digraph",
]

_RECORD_ONLY = {"extra", "sheet", "row"}
_RESERVED = {"kind", "id"} | {f.name for f in fields(Stakeholder)}
_NODE_FIELDS = [f.name for f in fields(Stakeholder) if f.name not in _RECORD_ONLY]


def build_graph(
    stakeholders: Iterable[Stakeholder],
    ties: Iterable[Tie] = (),
    memberships: Iterable[Membership] = (),
    *,
    title: str | None = None,
    personal: Mapping[str, str] | None = None,
) -> nx.MultiDiGraph:
    """Build the stakegraph graph from records.

    Ties and memberships must name stakeholders by id (readers check this
    and report what does not match); an IWG node is made for every IWG named.
    ``personal`` maps the unknown headers that hold personal data to why;
    it becomes ``G.graph["personal_columns"]`` by attribute (the contact,
    email and phone fields are personal anyway).
    """
    G = nx.MultiDiGraph(title=title)
    extra_columns: dict[str, None] = {}
    for s in stakeholders:
        attrs: dict[str, Any] = {"kind": "stakeholder"}
        for name in _NODE_FIELDS:
            value = getattr(s, name)
            attrs[name] = list(value) if isinstance(value, list) else value
        for header, value in s.extra.items():
            key = _attribute(header)
            attrs[key] = value
            extra_columns[key] = None
        G.add_node(s.id, **attrs)
    # keys are given, so networkx need not search for a free key on every edge
    keys: dict[tuple[str, str], int] = {}
    edges = []
    for t in ties:
        pair = (t.source, t.target)
        number = keys[pair] = keys.get(pair, -1) + 1
        data = {"kind": "tie", "type": t.type, "weight": float(t.weight),
                "directed": bool(t.directed), "since": t.since, "notes": t.notes}
        if t.status is not None:
            data["status"] = t.status
        if t.amount is not None:
            data["amount"] = t.amount
        edges.append((t.source, t.target, number, data))
    G.add_edges_from(edges)
    for m in memberships:
        node = iwg_id(m.iwg)
        if node not in G:
            G.add_node(node, kind="iwg", name=m.iwg)
        G.add_edge(m.stakeholder, node, kind="member", role=m.role, since=m.since)
    G.graph["extra_columns"] = list(extra_columns)
    G.graph["personal_columns"] = {
        _attribute(header): why for header, why in (personal or {}).items()}
    return G


def _attribute(header: str) -> str:
    """The node attribute of an unknown column: its header as written,
    renamed when it would hide a field (a second ``email`` column)."""
    return f"{header} (column)" if header in _RESERVED else header


def stakeholder_nodes(G: nx.MultiDiGraph) -> list[str]:
    """The ids of the stakeholder nodes, in graph order."""
    return [n for n, kind in G.nodes(data="kind") if kind == "stakeholder"]


def iwg_nodes(G: nx.MultiDiGraph) -> list[str]:
    """The ids of the IWG nodes, in graph order."""
    return [n for n, kind in G.nodes(data="kind") if kind == "iwg"]


def find_iwg(G: nx.MultiDiGraph, text: str, *, cutoff: float = SUGGEST_CUTOFF) -> str:
    """The node id of the IWG named ``text`` (its name, matched without regard
    to case, accents and spacing, or its id); raises StakegraphError
    ``unknown-iwg``, naming the IWGs there are and the closest within ``cutoff``.

    >>> from stakegraph.model.records import Membership, Stakeholder
    >>> G = build_graph([Stakeholder("Doras", "civil_society")], [], [Membership("doras", "Limerick IWG")])
    >>> find_iwg(G, "limerick  iwg")
    'iwg:limerick-iwg'
    >>> find_iwg(G, "Limerik IWG")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'Limerik IWG' is not an IWG of this workbook (it has:
    Limerick IWG); did you mean 'Limerick IWG'?
    """
    names = {g: str(G.nodes[g].get("name") or g) for g in iwg_nodes(G)}
    for g, label in names.items():
        if fold_name(label) == fold_name(text) or g == text:
            return g
    close = did_you_mean(text, list(names.values()), cutoff=cutoff, key=fold_name)
    raise StakegraphError(problem("unknown-iwg", value=text, detail=", ".join(names.values()) or N_("none"),
                                  suggestion=close))


def iwg_members(G: nx.MultiDiGraph, iwg: str) -> list[str]:
    """The stakeholder ids that are members of IWG node ``iwg``, in graph order."""
    members = {u for u, _, kind in G.in_edges(iwg, data="kind") if kind == "member"}
    return [n for n in G if n in members]


def _stakeholder_copy(G: nx.MultiDiGraph, H: nx.Graph) -> None:
    H.graph.update(G.graph)
    for n in stakeholder_nodes(G):
        H.add_node(n, **G.nodes[n])


def stakeholder_graph(
    G: nx.MultiDiGraph, *, comembership: bool = False, comembership_weight: float = 1.0
) -> nx.Graph:
    """The view analyses use: the undirected, weighted simple graph of stakeholders.

    Every tie, directed or not, becomes one undirected edge; parallel ties
    between a pair are summed into ``weight``, counted in ``ties`` and their
    types listed in ``types``. With ``comembership=True`` two members of the
    same IWG are also tied, with ``comembership_weight`` per shared IWG
    (counted in ``shared_iwgs``). Self-ties never appear. ``G`` is not changed.
    """
    H = nx.Graph()
    _stakeholder_copy(G, H)
    for u, v, data in G.edges(data=True):
        if data.get("kind") != "tie" or u == v:
            continue
        _add_weight(H, u, v, float(data.get("weight", 1.0)), data.get("type"))
    if comembership:
        for group in iwg_nodes(G):
            members = iwg_members(G, group)
            for i, u in enumerate(members):
                for v in members[i + 1:]:
                    _add_weight(H, u, v, comembership_weight, None)
                    H[u][v]["shared_iwgs"] = H[u][v].get("shared_iwgs", 0) + 1
    return H


def _add_weight(H: nx.Graph, u: str, v: str, weight: float, tie_type: str | None) -> None:
    if H.has_edge(u, v):
        edge = H[u][v]
        edge["weight"] += weight
    else:
        H.add_edge(u, v, weight=weight, ties=0, types=[])
        edge = H[u][v]
    if tie_type is not None:
        edge["ties"] += 1
        if tie_type not in edge["types"]:
            edge["types"].append(tie_type)


def tie_digraph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """The directed simple graph of ties: a directed tie is one arc, an
    undirected tie is an arc each way; parallel arcs are summed into ``weight``.
    Used where direction matters (brokerage roles)."""
    D = nx.DiGraph()
    _stakeholder_copy(G, D)
    for u, v, data in G.edges(data=True):
        if data.get("kind") != "tie" or u == v:
            continue
        w = float(data.get("weight", 1.0))
        pairs = [(u, v)] if data.get("directed") else [(u, v), (v, u)]
        for a, b in pairs:
            if D.has_edge(a, b):
                D[a][b]["weight"] += w
            else:
                D.add_edge(a, b, weight=w)
    return D
