"""Reciprocity: which ties an analysis or a map uses, in a round of a survey.

A round written by ``stakegraph collect`` marks each tie ``confirmed`` (both
sides named it), ``one-sided`` or ``mapping`` (from the mapping, not
answered about); see :mod:`stakegraph.model.rounds`. Analyses use every tie
by default; :func:`select_ties` keeps the confirmed ones only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line names TIE_SELECTIONS without loading networkx
    import networkx as nx

from stakegraph.errors import StakegraphError, problem

__all__ = ["TIE_SELECTIONS", "select_ties"]

#: which ties an analysis or a map uses: every tie, or those both sides named
TIE_SELECTIONS = ("all", "confirmed")


def select_ties(G: nx.MultiDiGraph, ties: str = "all") -> nx.MultiDiGraph:
    """``G`` itself for ``ties="all"``; for ``"confirmed"``, a copy of ``G``
    without the ties that are not confirmed (one-sided, or in the mapping
    and not answered about). Raises StakegraphError ``no-tie-status`` when
    no tie of ``G`` has a status (it is not a round of a survey).

    >>> from stakegraph.model import Stakeholder, Tie, build_graph
    >>> G = build_graph([Stakeholder("A"), Stakeholder("B"), Stakeholder("C")],
    ...                 [Tie("a", "b", status="confirmed"), Tie("a", "c", status="one-sided")])
    >>> [(u, v) for u, v in select_ties(G, "confirmed").edges()], G.number_of_edges()
    ([('a', 'b')], 2)
    """
    if ties == "all":
        return G
    statuses = [d.get("status") for _, _, d in G.edges(data=True) if d.get("kind") == "tie"]
    if not any(statuses):
        raise StakegraphError(problem("no-tie-status"))
    H = G.copy()
    H.remove_edges_from([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
                         if d.get("kind") == "tie" and d.get("status") != "confirmed"])
    return H
