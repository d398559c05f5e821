"""Recommendations: whom to invite to close a group's gaps, and who can introduce them.

Every non-member is tried as one more member of the group and the profile's
requirements are judged again (:class:`~stakegraph.analysis.gaps.GroupTally`).
A candidate **closes** an open requirement that would become met, **helps**
one that would come closer to met without being met (missing → weak, or a
smaller shortfall) and **worsens** one that would move away from met (a
candidate with no tie to any member adds an isolated member). Its score is
``closes + 0.5 × helps − 0.5 × worsens``; candidates that close or help
nothing are not listed. Ranking: score, then requirements closed, then
reach, then name.

**Reach** is the number of stakeholders within two steps of the candidate
in the tie network (its partners and their partners): how far word spreads
from it. **Introducers** are the shortest paths in the tie network from the
nearest members to the candidate (``[member, …, candidate]``, at most three,
members in name order, neighbours searched in name order).

With ``size=N`` a set of N invitees is chosen greedily to cover the
profile's sectors, themes and levels and their combinations, the *cells*
sectors × themes × levels (a dimension the profile leaves empty matches
anything). Each step takes the candidate that brings the most sectors,
themes and levels the group (with those already chosen) still lacks, then
the most new cells times ``1 + reach / highest reach``; once no candidate
brings anything new the rest are taken by score, then reach. Ties are
broken by name, so the same workbook always gives the same set.

An invitee's ``covers`` and ``closes`` are counted the same way, one after
another: ``covers`` are the sectors, themes, levels and cells that neither
the group nor an invitee chosen before it has, and ``closes`` the open
requirements that become met when it joins the group *together with the
invitees chosen before it*. So a requirement is closed by the first invitee
that meets it and not claimed again by a later one (unless an invitee in
between set it back: one without ties reopens ``isolated_members``), and a
requirement that needs two newcomers (a theme from a second sector, say) is
closed by the second. A candidate's ``closes`` instead is what it would
close invited alone.

For the whole mapping every stakeholder is a member, so there is nobody
left to invite: every open requirement is *unclosable* from inside the
mapping, and the recommendation is to recruit from outside.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, Membership, build_graph
>>> from stakegraph.model.profile import Profile
>>> from stakegraph.analysis.gaps import resolve_scope
>>> G = build_graph([Stakeholder("Council", "public"), Stakeholder("Doras", "civil_society"),
...                  Stakeholder("Dell", "private", themes=["health"]),
...                  Stakeholder("Hotel", "private")],
...                 [Tie("council", "doras"), Tie("doras", "dell")],
...                 [Membership("council", "IWG"), Membership("doras", "IWG")])
>>> profile = Profile("demo", sectors={"public": 1, "private": 1, "civil_society": 1},
...                   themes={"health": 1})
>>> rec = recommend(G, profile, resolve_scope(G, iwg="IWG"))
>>> [(c.name, c.closes, c.introducers) for c in rec.candidates]
[('Dell', ['sector:private', 'theme:health'], [['Doras', 'Dell']]), ('Hotel', ['sector:private'], [])]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from stakegraph.analysis.gaps import (
    STATUSES,
    Finding,
    GapReport,
    GroupTally,
    Scope,
    findings_of,
    member_has,
    sort_names,
)
from stakegraph.codebook import fold_name
from stakegraph.model import SCHEMA_VERSION, stakeholder_graph, stakeholder_nodes
from stakegraph.model.profile import Profile

__all__ = ["Candidate", "Invitee", "Recommendations", "introductions", "reach", "recommend"]

_RANK = {s: i for i, s in enumerate(STATUSES)}
Cell = tuple[str | None, str | None, str | None]


@dataclass(frozen=True)
class Candidate:
    """A non-member, and what inviting it would do to the group: ``closes``,
    ``helps`` and ``worsens`` are requirement ids, judged for the group with
    this candidate alone added."""

    id: str
    name: str
    sector: str | None
    type: str | None
    level: str | None
    closes: list[str]
    helps: list[str]
    worsens: list[str]
    score: float
    reach: int
    ties_to_members: list[str] = field(default_factory=list)
    introducers: list[list[str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The candidate as JSON shows it."""
        return {"name": self.name, "sector": self.sector, "type": self.type, "level": self.level,
                "closes": self.closes, "helps": self.helps, "worsens": self.worsens,
                "score": self.score, "reach": self.reach,
                "ties_to_members": self.ties_to_members, "introducers": self.introducers}


@dataclass(frozen=True)
class Invitee:
    """One of the best set of N invitees, in the order chosen.

    ``covers``: the profile's sectors, themes and levels (as requirement
    ids) and the sector/theme/level cells it brings that neither the group
    nor an invitee chosen before it has (``new_cells`` holds those cells as
    tuples, ``None`` for a dimension the profile leaves empty). ``closes``:
    the open requirements met once it joins the group *with the invitees
    chosen before it*, so a requirement an earlier invitee met is not
    claimed again; ``closed`` holds those requirements' findings as they stood just
    before it joined. ``reason``: why it was taken (``"cover"`` or
    ``"score"``).
    """

    id: str
    name: str
    sector: str | None
    type: str | None
    level: str | None
    covers: list[str]
    reach: int
    closes: list[str]
    reason: str
    new_cells: list[Cell] = field(default_factory=list)
    closed: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sector": self.sector, "type": self.type, "level": self.level,
                "covers": self.covers, "reach": self.reach, "closes": self.closes,
                "reason": self.reason}


@dataclass(frozen=True)
class Recommendations:
    """The gaps of the group, the ranked candidates, the requirements nobody
    in the mapping can close, and (with a size) the chosen invitees, the
    requirements still open once they all join and (``after_selection``)
    those requirements' findings."""

    gaps: GapReport
    candidates: list[Candidate]
    unclosable: list[str]
    selection: list[Invitee]
    open_after_selection: list[str] | None = None
    after_selection: list[Finding] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON output."""
        gaps = self.gaps.to_dict()
        return {"schema_version": SCHEMA_VERSION, "scope": gaps["scope"], "profile": gaps["profile"],
                "open": self.gaps.open_ids(),
                "candidates": [c.to_dict() for c in self.candidates],
                "unclosable": self.unclosable,
                "selection": [i.to_dict() for i in self.selection],
                "open_after_selection": self.open_after_selection}


def reach(H: nx.Graph, n: str) -> int:
    """How many stakeholders are within two steps of ``n`` in ``H`` (not counting ``n``).

    >>> reach(nx.path_graph(5), 0), reach(nx.path_graph(5), 2)
    (2, 4)
    """
    near = set(H[n])
    for m in list(near):
        near.update(H[m])
    near.discard(n)
    return len(near)


def recommend(G: nx.MultiDiGraph, profile: Profile, scope: Scope | None = None, *,
              size: int | None = None, top: int = 10) -> Recommendations:
    """The ``top`` non-members that close the most of the scope's open
    requirements, and with ``size`` the best ``size`` invitees (see the module
    notes for the scoring). ``G`` is not changed."""
    H = stakeholder_graph(G)
    scope = scope or Scope("mapping", tuple(stakeholder_nodes(G)))
    tally = GroupTally(H, profile, scope.members)
    gaps = GapReport(scope, profile, findings_of(tally), scope.to_dict(H))
    before = tally.judge()
    pool = [n for n in stakeholder_nodes(G) if n not in tally.members]
    # the first member of an empty group is alone whoever it is: not held against anyone
    alone_ok = {"isolated_members"} if not tally.members else set()
    effects = {n: _effect(before, tally.judge_with(n), alone_ok) for n in pool}
    useful = [n for n in pool if effects[n][0] or effects[n][1]]
    reaches = {n: reach(H, n) for n in (pool if size else useful)}
    ranked = sorted(useful, key=lambda n: (-_score(effects[n]), -len(effects[n][0]),
                                           -reaches[n], _name_key(H, n)))
    helped = {rid for n in useful for rid in effects[n][0] + effects[n][1]}
    candidates = [_candidate(H, n, effects[n], reaches[n], tally.members) for n in ranked[:top]]
    unclosable = [rid for rid in gaps.open_ids() if rid not in helped]
    selection: list[Invitee] = []
    after = None
    if size:
        grown = GroupTally(H, profile, tally.members)
        selection = _select(grown, pool, size, reaches, effects)
        after = [f for f in findings_of(grown) if f.open]
    return Recommendations(gaps, candidates, unclosable, selection,
                           None if after is None else [f.id for f in after], after)


def _effect(before: dict[str, tuple[Any, ...]], after: dict[str, tuple[Any, ...]],
            ignored: set[str]) -> tuple[list[str], list[str], list[str]]:
    closes, helps, worsens = [], [], []
    for rid, (status, short, *_) in before.items():
        new_status, new_short = after[rid][0], after[rid][1]
        if status != "met" and new_status == "met":
            closes.append(rid)
        elif _RANK[new_status] > _RANK[status] or (new_status == status != "met" and new_short < short):
            helps.append(rid)
        elif rid not in ignored and (
                _RANK[new_status] < _RANK[status] or (new_status == status and new_short > short)):
            worsens.append(rid)
    return closes, helps, worsens


def _score(effect: tuple[list[str], list[str], list[str]]) -> float:
    closes, helps, worsens = effect
    return len(closes) + 0.5 * len(helps) - 0.5 * len(worsens)


def _name_key(H: nx.Graph, n: str) -> tuple[str, str, str]:
    name = str(H.nodes[n].get("name") or n)
    return fold_name(name), name, n


def _candidate(H: nx.Graph, n: str, effect: tuple[list[str], list[str], list[str]], reached: int,
               members: dict[str, None]) -> Candidate:
    a = H.nodes[n]
    return Candidate(n, a["name"], a.get("sector"), a.get("type"), a.get("level"), *effect,
                     score=_score(effect), reach=reached,
                     ties_to_members=sort_names(H, [m for m in H[n] if m in members]),
                     introducers=introductions(H, n, members))


def introductions(H: nx.Graph, n: str, members: Iterable[str], limit: int = 3) -> list[list[str]]:
    """Names on the shortest paths from the nearest members to ``n``
    (``[member, …, n]``), at most ``limit``, members in name order.

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
            for v in sorted(H[u], key=lambda v: _name_key(H, v)):
                if v in parent:
                    continue
                parent[v] = u
                (found if v in targets else ahead).append(v)
        if found:
            paths = []
            for m in sorted(found, key=lambda v: _name_key(H, v))[:limit]:
                path: list[str] = []
                step: str | None = m
                while step is not None:
                    path.append(str(H.nodes[step].get("name") or step))
                    step = parent[step]
                paths.append(path)
            return paths
        frontier = ahead
    return []


def _cells(attrs: dict[str, Any], profile: Profile) -> tuple[set[str], set[Cell]]:
    """The profile's sectors, themes and levels a stakeholder has (as
    requirement ids), and its sector × theme × level cells."""
    dims: list[list[str | None]] = []
    singles: set[str] = set()
    for kind, codes in (("sector", profile.sectors), ("theme", profile.themes), ("level", profile.levels)):
        if not codes:
            dims.append([None])
            continue
        held: list[str | None] = [c for c in codes if member_has(attrs, kind, c)]
        singles.update(f"{kind}:{c}" for c in held)
        dims.append(held)
    return singles, {(s, t, lv) for s in dims[0] for t in dims[1] for lv in dims[2]}


def _cell_text(cell: Cell) -> str:
    return "/".join(part for part in cell if part is not None) or "any"


def _select(tally: GroupTally, pool: list[str], size: int, reaches: dict[str, int],
            effects: dict[str, tuple[list[str], list[str], list[str]]]) -> list[Invitee]:
    """Choose the invitees, adding each to ``tally`` (the group) as it is chosen."""
    H, profile = tally.H, tally.profile
    have: set[str] = set()
    covered: set[Cell] = set()
    for m in tally.members:
        singles, cells = _cells(H.nodes[m], profile)
        have |= singles
        covered |= cells
    units = {n: _cells(H.nodes[n], profile) for n in pool}
    top_reach = max(reaches.values(), default=0) or 1
    left = sorted(pool, key=lambda n: _name_key(H, n))
    chosen: list[Invitee] = []
    while left and len(chosen) < size:
        gains = {n: (len(units[n][0] - have), len(units[n][1] - covered) * (1 + reaches[n] / top_reach))
                 for n in left}
        best = max(left, key=lambda n: gains[n])  # the first in name order wins a tie
        reason = "cover"
        if gains[best] == (0, 0):
            best = min(left, key=lambda n: (-_score(effects[n]), -reaches[n]))
            reason = "score"
        singles, cells = units[best]
        new_cells = sorted(cells - covered, key=lambda c: tuple(x or "" for x in c))
        new = sorted(singles - have, key=profile.requirement_ids().index) + [
            _cell_text(c) for c in new_cells]
        have |= singles
        covered |= cells
        left.remove(best)
        # what it closes given the group and those chosen before it, not the group alone
        closes = _effect(tally.judge(), tally.judge_with(best), set())[0]
        closed = [f for f in findings_of(tally) if f.id in closes] if closes else []
        tally.add(best)
        a = H.nodes[best]
        chosen.append(Invitee(best, a["name"], a.get("sector"), a.get("type"), a.get("level"),
                              new, reaches[best], closes, reason, new_cells, closed))
    return chosen
