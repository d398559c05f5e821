"""Gaps: how a group measures up to a profile, requirement by requirement.

The group (the *scope*: an IWG of the workbook, a list of names for a group
that does not exist yet, or the whole mapping; see
:mod:`stakegraph.analysis.scope`) is judged requirement by requirement: each
requirement of the :class:`~stakegraph.model.profile.Profile` is **met**,
**weak** or **missing**, with the evidence (the members that satisfy it) and
what is short:

- ``size``: missing with no members; weak below ``min_size``.
- ``sector:X``, ``type:X``, ``level:X``: missing when no member has it;
  weak below its minimum.
- ``theme:X``: missing when no member works on it; weak below its minimum,
  or when its members come from fewer sectors than ``theme_min_sectors``
  (a theme served by one sector alone).
- ``ties:A-B`` (sectors sorted): missing with no tie between an A member
  and a B member; weak below ``sector_pair_ties``.
- ``isolated_members``: missing when no member has a tie to another
  member; weak when some have none.
- ``balance``: missing with no members; weak when one sector (the
  finding's ``code``) holds more than ``max_sector_share`` of the members.

A member counts as ``type:migrant_led`` when its type is ``migrant_led`` or
its ``migrant_led`` column says yes. Ties are the workbook's ties (the
undirected stakeholder view), never shared IWG membership. An empty group
has no isolated member (``isolated_members`` is met) and everything else
missing.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, Membership, build_graph
>>> from stakegraph.model.profile import Profile
>>> from stakegraph.analysis.scope import resolve_scope
>>> G = build_graph([Stakeholder("Council", "public", themes=["health"]),
...                  Stakeholder("Doras", "civil_society", themes=["health"]),
...                  Stakeholder("Dell", "private")],
...                 [Tie("council", "doras")],
...                 [Membership("council", "IWG"), Membership("doras", "IWG")])
>>> profile = Profile("demo", sectors={"public": 1, "private": 1},
...                   themes={"health": 1}, theme_min_sectors=2)
>>> report = find_gaps(G, profile, resolve_scope(G, iwg="iwg"))
>>> [(f.id, f.status, f.evidence) for f in report.findings]  # doctest: +NORMALIZE_WHITESPACE
[('sector:public', 'met', ['Council']), ('sector:private', 'missing', []), ('theme:health',
'met', ['Council', 'Doras'])]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import networkx as nx

from stakegraph.analysis.scope import Scope, sort_names
from stakegraph.model import SCHEMA_VERSION, stakeholder_graph, stakeholder_nodes
from stakegraph.model.profile import COUNTED_KINDS, Profile

__all__ = ["STATUSES", "Finding", "GapReport", "GroupTally", "Status", "find_gaps", "findings_of", "member_has"]

Status = Literal["met", "weak", "missing"]
#: the statuses, worst first
STATUSES: tuple[Status, ...] = ("missing", "weak", "met")


def member_has(attrs: dict[str, Any], kind: str, code: str) -> bool:
    """Whether a stakeholder (its node attributes) has ``code`` of ``kind``.

    Parameters
    ----------
    attrs : dict[str, Any]
        A stakeholder's node attributes.
    kind : str
        ``sector``, ``type``, ``theme`` or ``level``.
    code : str
        The codebook code looked for.

    Returns
    -------
    bool
        ``True`` when the stakeholder has it.
    """
    if kind == "theme":
        return code in (attrs.get("themes") or [])
    if kind == "type" and code == "migrant_led" and attrs.get("migrant_led") is True:
        return True
    return attrs.get(kind) == code


@dataclass(frozen=True)
class Finding:
    """One requirement of the profile, judged: ``have`` against ``need``.

    ``shortfall`` measures how far an open requirement is from met (0 when
    met); recommendations compare it before and after a candidate joins.
    """

    id: str
    kind: str
    code: str | None
    status: Status
    have: int | float
    need: int | float
    evidence: list[str] = field(default_factory=list)
    sectors: list[str] | None = None
    shortfall: float = 0.0

    @property
    def open(self) -> bool:
        """True when the requirement is weak or missing."""
        return self.status != "met"

    def to_dict(self) -> dict[str, Any]:
        """The requirement as JSON shows it."""
        d: dict[str, Any] = {"id": self.id, "kind": self.kind, "code": self.code,
                             "status": self.status, "have": self.have, "need": self.need,
                             "evidence": self.evidence}
        if self.sectors is not None:
            d["sectors"] = self.sectors
        return d


@dataclass(frozen=True)
class GapReport:
    """The findings for a scope against a profile."""

    scope: Scope
    profile: Profile
    findings: list[Finding]
    scope_dict: dict[str, Any]

    def open_ids(self) -> list[str]:
        """The ids of the weak and missing requirements, in report order."""
        return [f.id for f in self.findings if f.open]

    def to_dict(self) -> dict[str, Any]:
        """``{"schema_version", "scope", "profile", "summary", "requirements"}``."""
        summary = Counter(f.status for f in self.findings)
        return {"schema_version": SCHEMA_VERSION, "scope": self.scope_dict,
                "profile": self.profile.name,
                "summary": {s: summary.get(s, 0) for s in STATUSES},
                "requirements": [f.to_dict() for f in self.findings]}


class GroupTally:
    """The counts a profile's requirements are judged on, for a growing group.

    :meth:`add` puts a member in; :meth:`judge_with` judges the group as it
    would be with one more member, without changing the tally; two
    stakeholders with the same :meth:`outlook` are judged alike.
    """

    def __init__(self, H: nx.Graph, profile: Profile, members: Iterable[str] = ()) -> None:
        self.H = H
        self.profile = profile
        self.members: dict[str, None] = {}
        self.counts: Counter[str] = Counter()
        self.theme_sectors: dict[str, Counter[str]] = {t: Counter() for t in profile.themes}
        self.pairs: Counter[str] = Counter()
        self.sectors: Counter[str | None] = Counter()
        self.isolated: set[str] = set()
        self._pairs = {pair: f"ties:{pair[0]}-{pair[1]}" for pair in profile.sector_pairs()}
        self._traits: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...]]] = {}
        self._kinds: dict[tuple[Any, ...], int] = {}  # distinct traits -> a number
        self._kind_of: dict[str, int] = {}
        self._near: set[str] = set()  # everyone tied to a member
        for n in members:
            self.add(n)

    def _traits_of(self, n: str) -> tuple[Any, tuple[str, ...], tuple[str, ...]]:
        """The sector of ``n``, the requirements it counts for, and the
        profile's themes it works on (they depend on ``n`` alone, so each is
        found once)."""
        if n not in self._traits:
            attrs = self.H.nodes[n]
            hits = tuple(f"{kind}:{code}" for kind in COUNTED_KINDS for code in self.profile.counted(kind)
                         if member_has(attrs, kind, code))
            themes = tuple(t for t in self.profile.themes if member_has(attrs, "theme", t))
            traits = self._traits[n] = attrs.get("sector"), hits, themes
            self._kind_of[n] = self._kinds.setdefault(traits, len(self._kinds))
        return self._traits[n]

    def _delta(self, n: str) -> tuple[tuple[str, ...], tuple[str, ...], list[str], list[str]]:
        _, hits, themes = self._traits_of(n)
        near = [m for m in self.H[n] if m in self.members and m != n]
        pairs = []
        sector = str(self.H.nodes[n].get("sector"))
        for m in near:
            pair = tuple(sorted((sector, str(self.H.nodes[m].get("sector")))))
            if pair in self._pairs:
                pairs.append(self._pairs[pair])
        return hits, themes, pairs, near

    def outlook(self, n: str) -> Hashable:
        """Everything :meth:`judge_with` reads of ``n`` with the group as it is:
        its sector, what it counts for, and its ties to members. Most
        outsiders have no tie to a member, so many share one outlook and one
        judgement; theirs is a number standing for their traits, quick to
        compare.

        >>> H = nx.Graph([("a", "b")])
        >>> nx.set_node_attributes(H, "public", "sector")
        >>> H.add_nodes_from(["c", "d"], sector="public")
        >>> tally = GroupTally(H, Profile("p", sectors={"public": 1}), ["a"])
        >>> tally.outlook("b")  # tied to the lone member a
        ('public', ('sector:public',), (), (), True, 1)
        >>> tally.outlook("c") == tally.outlook("d") != tally.outlook("b")
        True
        """
        if n not in self._near:
            if n not in self._kind_of:
                self._traits_of(n)
            return self._kind_of[n]
        hits, themes, pairs, near = self._delta(n)
        lone = len(self.isolated.intersection(near))
        return self._traits_of(n)[0], hits, themes, tuple(sorted(pairs)), bool(near), lone

    def add(self, n: str) -> None:
        """Put stakeholder ``n`` in the group."""
        if n in self.members:
            return
        hits, themes, pairs, near = self._delta(n)
        sector = self.H.nodes[n].get("sector")
        self.members[n] = None
        self.counts.update(hits)
        for t in themes:
            self.theme_sectors[t][sector] += 1
        self.pairs.update(pairs)
        self.sectors[sector] += 1
        self.isolated -= set(near)
        if not near:
            self.isolated.add(n)
        self._near.update(self.H[n])

    def judge(self) -> dict[str, tuple[Status, float, int | float, int | float]]:
        """Requirement id -> (status, shortfall, have, need) for the group."""
        theme_sectors = {t: len([s for s in c if s is not None]) for t, c in self.theme_sectors.items()}
        return self._judge(len(self.members), self.counts, theme_sectors, self.pairs,
                           len(self.isolated), self.sectors)

    def judge_with(self, n: str) -> dict[str, tuple[Status, float, int | float, int | float]]:
        """As :meth:`judge`, for the group with ``n`` added (the tally is unchanged)."""
        hits, themes, pairs, near = self._delta(n)
        sector = self.H.nodes[n].get("sector")
        theme_sectors = {t: len({s for s in c if s is not None}
                                | ({sector} if t in themes and sector is not None else set()))
                         for t, c in self.theme_sectors.items()}
        isolated = len(self.isolated - set(near)) + (0 if near else 1)
        return self._judge(len(self.members) + 1, self.counts + Counter(hits), theme_sectors,
                           self.pairs + Counter(pairs), isolated, self.sectors + Counter([sector]))

    def _judge(self, size: int, counts: Counter[str], theme_sectors: dict[str, int],
               pairs: Counter[str], isolated: int, sectors: Counter[str | None],
               ) -> dict[str, tuple[Status, float, int | float, int | float]]:
        p = self.profile
        out: dict[str, tuple[Status, float, int | float, int | float]] = {}
        if p.min_size > 0:
            out["size"] = (*_count_status(size, p.min_size), size, p.min_size)
        for kind in COUNTED_KINDS:
            for code, need in p.counted(kind).items():
                rid = f"{kind}:{code}"
                have = counts.get(rid, 0)
                status, short = _count_status(have, need)
                if kind == "theme" and have > 0:
                    short += max(0, p.theme_min_sectors - theme_sectors[code])
                    status = "met" if short == 0 else "weak"
                out[rid] = (status, float(short), have, need)
        for rid in self._pairs.values():
            have = pairs.get(rid, 0)
            out[rid] = (*_count_status(have, p.sector_pair_ties), have, p.sector_pair_ties)
        if p.no_isolated_members:
            status = "met" if isolated == 0 else "missing" if isolated == size else "weak"
            out["isolated_members"] = (status, float(isolated), isolated, 0)
        if p.max_sector_share is not None:
            share = max(sectors.values()) / size if size else 0.0
            # 3 of 5 against 0.6 is met: a float rounding must not make it weak
            excess = share - p.max_sector_share if share - p.max_sector_share > 1e-9 else 0.0
            status = "missing" if size == 0 else "weak" if excess > 0 else "met"
            out["balance"] = (status, 1.0 if size == 0 else excess, round(share, 3), p.max_sector_share)
        return out


def _count_status(have: int, need: int) -> tuple[Status, float]:
    if have >= need:
        return "met", 0.0
    return ("weak" if have > 0 else "missing"), float(need - have)


def find_gaps(G: nx.MultiDiGraph, profile: Profile, scope: Scope | None = None, *,
              H: nx.Graph | None = None) -> GapReport:
    """Judge ``scope`` (default: the whole mapping) against ``profile``.

    ``H`` is the stakeholder view of ``G`` when the caller already has it.
    ``G`` is not changed.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, :func:`stakegraph.model.build_graph` (not changed).
    profile : Profile
        The profile the group is judged against (:func:`stakegraph.io.profile.load_profile`).
    scope : Scope, optional
        The group judged (:func:`stakegraph.analysis.scope.resolve_scope`; ``None``: the whole
        mapping).
    H : networkx.Graph, optional
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    GapReport
        Every requirement of the profile, met, weak or missing, with its evidence.
    """
    H = stakeholder_graph(G) if H is None else H
    scope = scope or Scope("mapping", tuple(stakeholder_nodes(G)))
    tally = GroupTally(H, profile, scope.members)
    return GapReport(scope, profile, findings_of(tally), scope.to_dict(H))


def findings_of(tally: GroupTally) -> list[Finding]:
    """The findings of a tally's group, with their evidence, in report order.

    Parameters
    ----------
    tally : GroupTally
        The group and its counts against the profile.

    Returns
    -------
    list[Finding]
        The findings of the group, in report order.
    """
    H, members = tally.H, list(tally.members)
    findings = []
    for rid, (status, short, have, need) in tally.judge().items():
        kind, _, code = rid.partition(":")
        sectors = None
        if kind in COUNTED_KINDS:
            holders = [n for n in members if member_has(H.nodes[n], kind, code)]
            evidence = sort_names(H, holders)
            if kind == "theme":
                sectors = sorted({str(H.nodes[n].get("sector")) for n in holders
                                  if H.nodes[n].get("sector") is not None})
        elif kind == "ties":
            a, b = code.split("-")
            evidence = sorted(_pair_ties(H, members, tally.members, a, b))
        elif kind == "isolated_members":
            evidence = sort_names(H, tally.isolated)
        elif kind == "balance":
            shares = sorted(tally.sectors.items(), key=lambda x: (-x[1], str(x[0])))
            evidence = [f"{s or 'no sector'}: {k} of {len(members)}" for s, k in shares]
            code = str(shares[0][0]) if shares else ""
        else:
            evidence = []
        findings.append(Finding(rid, kind, code or None, status, have, need, evidence, sectors, short))
    return findings


def _pair_ties(H: nx.Graph, members: list[str], member_set: dict[str, None], a: str, b: str) -> list[str]:
    ties = []
    for u in members:
        if H.nodes[u].get("sector") != a:
            continue
        for v in H[u]:
            if v in member_set and H.nodes[v].get("sector") == b:
                ties.append(" — ".join(sort_names(H, [u, v])))
    return ties
