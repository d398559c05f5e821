"""Recommendations: whom to invite to close a group's gaps, and who can introduce them.

Every non-member is tried as one more member of the group and scored by
what it does to the profile's requirements, each weighed by the profile's
``[weights]`` (:mod:`stakegraph.analysis.scoring`): it **closes** an open
requirement that would become met, **helps** one that would come closer
(missing → weak, or less short) and **worsens** one that would move away (a
candidate with no tie to any member adds a lone member). Candidates that
close or help nothing are not listed. Ranking: score, then reach, then name
(as a person looks it up).

**Reach** is the number of stakeholders within two steps of the candidate
in the tie network (its partners and their partners): how far word spreads
from it. **Introducers** are the shortest paths in the tie network from the
nearest members to the candidate (``[member, …, candidate]``, at most three,
members in name order, neighbours searched in name order). Both are in
:mod:`stakegraph.analysis.introductions`.

With ``size=N`` the best set of N invitees is chosen greedily with the same
score and the same order: each step takes the candidate that adds the most
to the group *with those chosen before it* (so the first is always the
first of the ranking, and the second can differ from the ranking's second:
what it brings may already have come with the first). Once nobody left
closes or narrows anything, the rest are the ones bringing the most of the
profile's sectors, themes and levels, then sector × theme × level *cells*
(a dimension the profile leaves empty matches anything), the group and
those chosen lack; then, when nobody brings anything new, the widest reach.
Ties are broken by reach, then name, so the same workbook always gives the
same set.

An invitee's ``closes`` are the open requirements that become met when it
joins the group *together with the invitees chosen before it*, so a
requirement is closed by the first invitee that meets it and not claimed
again by a later one; ``covers`` are the sectors, themes, levels and cells
neither the group nor an invitee chosen before it has. A candidate's
``closes`` instead is what it would close invited alone.

A candidate whose type is a word the codebook does not hold (kept as
written at import) is not scored for a type; its ``unknown_type`` holds the
word and ``could_bring`` the open type requirements it could meet (the one
the word is closest to, else every open one), so that the coordinator can
check.

For the whole mapping every stakeholder is a member, so there is nobody
left to invite: every open requirement is *unclosable* from inside the
mapping, and the recommendation is to recruit from outside.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, Membership, build_graph
>>> from stakegraph.model.profile import Profile
>>> from stakegraph.analysis.scope import resolve_scope
>>> G = build_graph([Stakeholder("Council", "public"), Stakeholder("Doras", "civil_society"),
...                  Stakeholder("Dell", "private", themes=["health"]),
...                  Stakeholder("Hotel", "private")],
...                 [Tie("council", "doras"), Tie("doras", "dell")],
...                 [Membership("council", "IWG"), Membership("doras", "IWG")])
>>> profile = Profile("demo", sectors={"public": 1, "private": 1, "civil_society": 1},
...                   themes={"health": 1}, weights={"sector": 8, "theme": 2})
>>> rec = recommend(G, profile, resolve_scope(G, iwg="IWG"))
>>> [(c.name, c.closes, c.score, c.introducers) for c in rec.candidates]
[('Dell', ['sector:private', 'theme:health'], 10.0, [['Doras', 'Dell']]), ('Hotel', ['sector:private'], 8.0, [])]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import networkx as nx

from stakegraph.analysis.gaps import Finding, GapReport, GroupTally, findings_of, member_has
from stakegraph.analysis.introductions import introductions, name_key, reach
from stakegraph.analysis.scope import Scope, sort_names
from stakegraph.analysis.scoring import Effect, Term, effects
from stakegraph.codebook import Codebook, default_codebook
from stakegraph.model import SCHEMA_VERSION, stakeholder_graph, stakeholder_nodes
from stakegraph.model.profile import Profile

__all__ = ["Candidate", "Invitee", "Recommendations", "recommend"]

Cell = tuple[str | None, str | None, str | None]
Judged = dict[str, tuple[Any, ...]]


@dataclass(frozen=True)
class Candidate:
    """A non-member, and what inviting it would do to the group: ``closes``,
    ``helps`` and ``worsens`` are requirement ids, judged for the group with
    this candidate alone added; ``terms`` say how its ``score`` adds up.
    ``unknown_type`` is its type when the codebook does not hold it, and
    ``could_bring`` the open type requirements it could then meet."""

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
    terms: list[Term] = field(default_factory=list)
    unknown_type: str | None = None
    could_bring: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The candidate as JSON shows it."""
        return {"name": self.name, "sector": self.sector, "type": self.type, "level": self.level,
                "closes": self.closes, "helps": self.helps, "worsens": self.worsens,
                "score": self.score, "score_terms": [t.to_dict() for t in self.terms],
                "reach": self.reach, "ties_to_members": self.ties_to_members,
                "introducers": self.introducers, "unknown_type": self.unknown_type,
                "could_bring": self.could_bring}


@dataclass(frozen=True)
class Invitee:
    """One of the best set of N invitees, in the order chosen.

    ``closes`` (and ``terms``, ``score``): what it does to the group *with
    the invitees chosen before it*, so a requirement an earlier invitee met
    is not claimed again; ``before`` holds the findings of the requirements
    in its terms as they stood just before it joined (``closed``: those it
    closes). ``covers``: the profile's sectors,
    themes and levels (as requirement ids) and the sector/theme/level cells
    it brings that neither the group nor an invitee chosen before it has
    (``new_cells`` holds those cells as tuples, ``None`` for a dimension the
    profile leaves empty). ``reason``: why it was taken (``"score"``: it
    closes or narrows the most; ``"cover"``: nobody did, and it brings the
    most new sectors, themes, levels and cells; ``"reach"``: nobody brings
    anything new, and it reaches the most).
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
    before: list[Finding] = field(default_factory=list)
    score: float = 0.0
    terms: list[Term] = field(default_factory=list)

    @property
    def closed(self) -> list[Finding]:
        """The findings of the requirements it closes, as they stood before it joined."""
        return [f for f in self.before if f.id in self.closes]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sector": self.sector, "type": self.type, "level": self.level,
                "covers": self.covers, "reach": self.reach, "closes": self.closes,
                "score": self.score, "score_terms": [t.to_dict() for t in self.terms],
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
        profile = self.gaps.profile
        return {"schema_version": SCHEMA_VERSION, "scope": gaps["scope"], "profile": gaps["profile"],
                "weights": {"by_kind": {kind: profile.weight(kind) for kind in _kinds(self.gaps)},
                            "weak": profile.weak},
                "open": self.gaps.open_ids(),
                "candidates": [c.to_dict() for c in self.candidates],
                "unclosable": self.unclosable,
                "selection": [i.to_dict() for i in self.selection],
                "open_after_selection": self.open_after_selection}


def _kinds(gaps: GapReport) -> list[str]:
    return list(dict.fromkeys(f.kind for f in gaps.findings))


def recommend(G: nx.MultiDiGraph, profile: Profile, scope: Scope | None = None, *,
              size: int | None = None, top: int = 10) -> Recommendations:
    """The ``top`` non-members that add the most to the scope against the
    profile's weighted requirements, and with ``size`` the best ``size``
    invitees (see the module notes). ``G`` is not changed.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).
    profile : Profile
        The profile the group is judged against (:func:`stakegraph.io.profile.load_profile`).
    scope : Scope, optional
        The group judged (:func:`stakegraph.analysis.scope.resolve_scope`; ``None``: the whole
        mapping).
    size : int, optional
        With a number, also choose the best set of that many invitees.
    top : int, default 10
        How many candidates to list.

    Returns
    -------
    Recommendations
        The gap report, the candidates ranked, the unclosable requirements and, with ``size``,
        the selection.
    """
    H = stakeholder_graph(G)
    scope = scope or Scope("mapping", tuple(stakeholder_nodes(G)))
    tally = GroupTally(H, profile, scope.members)
    gaps = GapReport(scope, profile, findings_of(tally), scope.to_dict(H))
    pool = [n for n in stakeholder_nodes(G) if n not in tally.members]
    # the first member of an empty group is alone whoever it is: not held against anyone
    alone_ok = {"isolated_members"} if not tally.members else set()
    reach_of = cache(lambda n: reach(H, n))
    effect = effects(tally, pool, alone_ok)
    strangers = _strangers(H, pool)
    guesses = _guesses(H, tally.judge(), strangers)
    useful = _useful(pool, effect, guesses)
    ranked = _ranked(H, useful, effect, reach_of, top)
    candidates = [_candidate(H, n, effect[n], reach_of(n), tally.members, guesses.get(n)) for n in ranked]
    helped = {rid for n in useful for rid in (*effect[n].closes, *effect[n].helps, *guesses.get(n, ("", []))[1])}
    unclosable = [rid for rid in gaps.open_ids() if rid not in helped]
    selection: list[Invitee] = []
    after = None
    if size:
        grown = GroupTally(H, profile, tally.members)
        selection = _select(grown, pool, size, reach_of, alone_ok, strangers)
        after = [f for f in findings_of(grown) if f.open]
    return Recommendations(gaps, candidates, unclosable, selection,
                           None if after is None else [f.id for f in after], after)


def _useful(nodes: list[str], effect: dict[str, Effect], guesses: dict[str, tuple[str, list[str]]]) -> list[str]:
    """The candidates worth listing: those that close or narrow an open
    requirement, or whose unknown type could."""
    return [n for n in nodes if effect[n].useful or (n in guesses and guesses[n][1])]


def _ranked(H: nx.Graph, nodes: list[str], effect: dict[str, Effect], reach_of: Callable[[str], int],
            top: int | None = None) -> list[str]:
    """``nodes`` best first: by score, then reach, then name; the first
    ``top``. Reach is found only for the nodes whose score leaves the order open."""
    if top == 1 and nodes:
        best = max(effect[n].score for n in nodes)
        by_score = [n for n in nodes if effect[n].score == best]
    else:
        by_score = sorted(nodes, key=lambda n: -effect[n].score)
        if top is not None and top < len(by_score):
            last = effect[by_score[top - 1]].score
            by_score = [n for n in by_score if effect[n].score >= last]
    return sorted(by_score, key=lambda n: (-effect[n].score, -reach_of(n), name_key(H, n)))[:top]


@cache
def _codebook() -> Codebook:
    return default_codebook()


def _strangers(H: nx.Graph, nodes: Iterable[str]) -> list[str]:
    """Those of ``nodes`` whose type is a word the codebook does not hold."""
    known = set(_codebook().codes("type"))
    return [n for n in nodes if H.nodes[n].get("type") and H.nodes[n]["type"] not in known]


def _guesses(H: nx.Graph, before: Judged, strangers: Iterable[str]) -> dict[str, tuple[str, list[str]]]:
    """For each of ``strangers`` (whose type the codebook does not hold): the
    type as written, and the open type requirements it could meet (the type
    the word is closest to, when that one is open, else every open one)."""
    open_types = [rid for rid, judged in before.items() if rid.startswith("type:") and judged[0] != "met"]
    out = {}
    for n in strangers:
        written = H.nodes[n]["type"]
        could = [rid for rid in open_types if not member_has(H.nodes[n], "type", rid[5:])]
        close = _codebook().value("type", _codebook().suggest("type", written) or "")
        out[n] = (str(written), [f"type:{close}"] if f"type:{close}" in could else could)
    return out


def _candidate(H: nx.Graph, n: str, effect: Effect, reached: int, members: dict[str, None],
               guess: tuple[str, list[str]] | None) -> Candidate:
    a = H.nodes[n]
    return Candidate(n, a["name"], a.get("sector"), a.get("type"), a.get("level"),
                     effect.closes, effect.helps, effect.worsens, score=effect.score, reach=reached,
                     ties_to_members=sort_names(H, [m for m in H[n] if m in members]),
                     introducers=introductions(H, n, members), terms=list(effect.terms),
                     unknown_type=guess[0] if guess else None,
                     could_bring=guess[1] if guess else [])


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


def _select(tally: GroupTally, pool: list[str], size: int, reach_of: Callable[[str], int],
            ignored: set[str], strangers: list[str]) -> list[Invitee]:
    """Choose the invitees, adding each to ``tally`` (the group) as it is chosen."""
    H, profile = tally.H, tally.profile
    have: set[str] = set()
    covered: set[Cell] = set()
    for m in tally.members:
        singles, cells = _cells(H.nodes[m], profile)
        have |= singles
        covered |= cells
    units: dict[str, tuple[set[str], set[Cell]]] = {}
    left = list(pool)
    chosen: list[Invitee] = []
    while left and len(chosen) < size:
        effect = effects(tally, left, ignored)
        guesses = _guesses(H, tally.judge(), [n for n in strangers if n not in tally.members])
        useful = _useful(left, effect, guesses)
        if useful:
            best, reason = _ranked(H, useful, effect, reach_of, 1)[0], "score"
        else:
            for n in left:
                if n not in units:
                    units[n] = _cells(H.nodes[n], profile)
            gain = {n: (len(units[n][0] - have), len(units[n][1] - covered)) for n in left}
            most = max(gain.values())
            reason = "cover" if most > (0, 0) else "reach"
            best = _ranked(H, [n for n in left if gain[n] == most], effect, reach_of, 1)[0]
        singles, cells = units.get(best) or _cells(H.nodes[best], profile)
        new_cells = sorted(cells - covered, key=lambda c: tuple(x or "" for x in c))
        new = sorted(singles - have, key=profile.requirement_ids().index) + [
            _cell_text(c) for c in new_cells]
        have |= singles
        covered |= cells
        left.remove(best)
        chose = effect[best]
        touched = {t.requirement for t in chose.terms}
        before = [f for f in findings_of(tally) if f.id in touched] if touched else []
        tally.add(best)
        a = H.nodes[best]
        chosen.append(Invitee(best, a["name"], a.get("sector"), a.get("type"), a.get("level"),
                              new, reach_of(best), chose.closes, reason, new_cells, before,
                              chose.score, list(chose.terms)))
    return chosen
