"""The scope of a gap analysis: which group it looks at. An IWG of the
workbook, a list of names for a group that does not exist yet, or the whole
mapping (:func:`resolve_scope`), and the names of its members as a person
looks them up (:func:`sort_names`). :func:`stakegraph.analysis.gaps.find_gaps`
judges the group against a profile; :func:`stakegraph.analysis.recommend.recommend`
looks for whom to add to it.

Examples
--------
>>> from stakegraph.model import Stakeholder, Membership, build_graph
>>> G = build_graph([Stakeholder("Council", "public"), Stakeholder("Doras", "civil_society"),
...                  Stakeholder("Dell", "private")], [],
...                 [Membership("council", "IWG"), Membership("doras", "IWG")])
>>> resolve_scope(G, iwg="iwg")
Scope(kind='iwg', members=('council', 'doras'), iwg='IWG')
>>> resolve_scope(G, members=["DELL", "council"]).members
('dell', 'council')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx

from stakegraph.codebook import did_you_mean, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.model import find_iwg, iwg_members, stakeholder_id, stakeholder_nodes

__all__ = ["Scope", "iwg_scope", "resolve_scope", "sort_names"]


@dataclass(frozen=True)
class Scope:
    """The group a gap analysis is about: ``kind`` is ``"mapping"`` (every
    stakeholder), ``"iwg"`` (an IWG's members) or ``"members"`` (a list of
    names); ``members`` are stakeholder ids."""

    kind: Literal["mapping", "iwg", "members"]
    members: tuple[str, ...]
    iwg: str | None = None

    def to_dict(self, H: nx.Graph) -> dict[str, Any]:
        """The scope as JSON shows it (member names, except for the whole mapping)."""
        names = None if self.kind == "mapping" else [H.nodes[n]["name"] for n in self.members]
        return {"kind": self.kind, "iwg": self.iwg, "size": len(self.members), "members": names}


def iwg_scope(G: nx.MultiDiGraph, node: str) -> Scope:
    """The scope of the IWG whose node id is ``node`` (a name already
    resolved by :func:`stakegraph.model.find_iwg`): its members and its name.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).
    node : str
        The IWG's node id.

    Returns
    -------
    Scope
        ``kind="iwg"``, the members' node ids and the IWG's name.

    >>> from stakegraph.model import Stakeholder, Membership, build_graph
    >>> G = build_graph([Stakeholder("Doras", "civil_society")], [], [Membership("doras", "IWG")])
    >>> iwg_scope(G, "iwg:iwg")
    Scope(kind='iwg', members=('doras',), iwg='IWG')
    """
    return Scope("iwg", tuple(iwg_members(G, node)), str(G.nodes[node].get("name") or node))


def resolve_scope(G: nx.MultiDiGraph, *, iwg: str | None = None,
                  members: Iterable[str] | None = None) -> Scope:
    """The scope named by an IWG name or a list of stakeholder names (neither:
    the whole mapping). Names match without regard to case, accents and
    spacing; a name that matches nothing raises a StakegraphError with the
    closest name as a suggestion.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).
    iwg : str, optional
        An IWG's name, matched without regard to case, accents and spacing.
    members : Iterable[str], optional
        Stakeholder names of a group that does not exist yet.

    Returns
    -------
    Scope
        The group: its kind (``iwg``, ``members`` or ``mapping``), member ids and IWG name.
    """
    if iwg is not None and members is not None:
        raise StakegraphError(problem("scope-conflict"))
    if iwg is not None:
        return iwg_scope(G, find_iwg(G, iwg))
    if members is None:
        return Scope("mapping", tuple(stakeholder_nodes(G)))
    found: dict[str, None] = {}
    unknown: list[str] = []
    for name in members:
        node = stakeholder_id(name)
        if G.nodes.get(node, {}).get("kind") == "stakeholder":
            found[node] = None
        elif name not in unknown:
            unknown.append(name)
    if unknown:
        names = [str(G.nodes[n]["name"]) for n in stakeholder_nodes(G)]
        listed = []
        for name in unknown:
            close = _closest(name, names)
            listed.append(f"'{name}'" + (f" (did you mean '{close}'?)" if close else ""))
        raise StakegraphError(problem("unknown-member", value=unknown, detail=", ".join(listed)))
    return Scope("members", tuple(found))


def _closest(text: str, names: list[str]) -> str | None:
    return did_you_mean(text, names, key=fold_name)


def sort_names(H: nx.Graph, nodes: Iterable[str]) -> list[str]:
    """The display names of ``nodes``, sorted as a person looks them up.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    nodes : Iterable[str]
        Stakeholder ids.

    Returns
    -------
    list[str]
        The display names, as a person looks them up.
    """
    names = [str(H.nodes[n].get("name") or n) for n in nodes]
    return sorted(names, key=lambda name: (fold_name(name), name))
