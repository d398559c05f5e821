"""The merge model: stakeholders' returns and the mapping become a new round.

:func:`merge_returns` is pure: it takes the mapping's graph and the
:class:`~stakegraph.model.returns.Return` records, and gives a
:class:`Round` (it reads no file and changes nothing it is given);
:func:`round_graph` builds the new round's graph from it. The same model
serves survey workbooks (``stakegraph collect``) and a live session.

The rules, per pair of stakeholders:

* a tie is **confirmed** when both said yes, **one-sided** when one said
  yes (the other did not answer, or said no: it is then listed in
  ``denied_by``); a tie of the mapping that nobody answered about stays,
  marked ``mapping``; a tie of the mapping that a side denied and nobody
  named is **removed**;
* a pair that someone named becomes one tie: the mapping's other ties of
  that pair (of another type) are replaced by it;
* when the two sides give different types or strengths, that is a
  **conflict**: the type the mapping had is kept if one side gave it (else
  the type of the side whose id sorts first), and the strengths' mean;
* a respondent reports only its own ties: an answer whose reporter is not
  the return's stakeholder is left out (``not-own-tie``);
* the same return given twice counts once; two different returns for one
  stakeholder: the later one is kept;
* a proposed organisation whose name is the name of a stakeholder (ignoring
  case, accents and spaces) is that stakeholder; others are added as
  newcomers, with who proposed them and, when a name is close, a "did you
  mean".

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.model.returns import Return, TieAnswer, Proposal
>>> G = build_graph([Stakeholder("A", "public"), Stakeholder("B", "private"),
...                  Stakeholder("C", "civil_society")], [Tie("a", "c")])
>>> r = merge_returns(G, [
...     Return("a", "a.xlsx", answers=(TieAnswer("a", "b", "yes", "funding", 4),
...                                    TieAnswer("a", "c", "no"))),
...     Return("b", "b.xlsx", answers=(TieAnswer("b", "a", "yes", "information", 2),),
...            proposals=(Proposal("b", "D", "public", "collaboration", 3),)),
... ])
>>> [(t.source, t.target, t.type, t.weight, t.status) for t in r.ties]
[('a', 'b', 'funding', 3.0, 'confirmed'), ('b', 'd', 'collaboration', 3.0, 'one-sided')]
>>> [(t.source, t.target, t.denied_by) for t in r.removed]
[('a', 'c', ('a',))]
>>> [(c.field, c.values) for c in r.conflicts]
[('type', (('a', 'funding'), ('b', 'information'))), ('weight', (('a', 4.0), ('b', 2.0)))]
>>> r.response.answered, r.response.total, r.response.missing
(2, 3, ('c',))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from stakegraph.codebook import fold_name
from stakegraph.errors import Problem, problem
from stakegraph.model.graph import build_graph, stakeholder_nodes
from stakegraph.model.ids import stakeholder_id
from stakegraph.model.records import STAKEHOLDER_FIELDS, Stakeholder
from stakegraph.model.returns import Correction, Return, TieAnswer

__all__ = ["Conflict", "Newcomer", "ResponseRate", "Round", "RoundTie", "merge_returns",
           "round_graph"]

#: ``suggest(name)``: the name of a stakeholder close to ``name``, or ``None``
Suggest = Callable[[str], "str | None"]


@dataclass(frozen=True)
class RoundTie:
    """A tie of the new round, with its provenance.

    ``status`` is ``confirmed``, ``one-sided`` or ``mapping`` (in the mapping,
    not answered about); ``reported_by`` and ``denied_by`` hold ids.
    """

    source: str
    target: str
    type: str
    weight: float
    directed: bool = False
    status: str = "mapping"
    reported_by: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    since: Any = None
    notes: str | None = None


@dataclass(frozen=True)
class Conflict:
    """The two sides of a tie disagree on its ``field`` (``type`` or ``weight``)."""

    source: str
    target: str
    field: str
    values: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Newcomer:
    """An organisation proposed by respondents, added to the round."""

    id: str
    name: str
    sector: str | None
    proposed_by: tuple[str, ...]
    did_you_mean: str | None = None
    org_type: str | None = None


@dataclass(frozen=True)
class ResponseRate:
    """Who answered: overall and by sector (``sector -> (answered, total)``)."""

    answered: int
    total: int
    by_sector: dict[str, tuple[int, int]]
    missing: tuple[str, ...]

    @property
    def rate(self) -> float:
        """The share of stakeholders that answered (0 when there are none)."""
        return self.answered / self.total if self.total else 0.0


@dataclass
class Round:
    """The outcome of a merge: ties with provenance, what was removed,
    conflicts, newcomers, corrections, response rates and problems."""

    ties: list[RoundTie]
    removed: list[RoundTie]
    conflicts: list[Conflict]
    newcomers: list[Newcomer]
    corrections: list[tuple[Correction, Any]]
    response: ResponseRate
    returns: dict[str, Return] = field(default_factory=dict)
    problems: list[tuple[str, Problem]] = field(default_factory=list)


def _accepted(returns: Iterable[Return], known: set[str],
              problems: list[tuple[str, Problem]]) -> dict[str, Return]:
    """One return per stakeholder (the later wins), repeats counted once, and
    only the answers its stakeholder may give."""
    kept: dict[str, Return] = {}
    for ret in returns:
        earlier = kept.get(ret.stakeholder)
        if earlier is not None:
            same = earlier.fingerprint == ret.fingerprint
            problems.append((ret.source, problem("return-repeated" if same else "return-replaced",
                                                 value=ret.source, detail=earlier.source)))
            if same:
                continue
        own = []
        for a in ret.answers:
            if a.reporter != ret.stakeholder:
                problems.append((ret.source, problem("not-own-tie", value=a.reporter,
                                                     detail=ret.stakeholder)))
            elif a.other in known and a.other != a.reporter:
                own.append(a)
        kept[ret.stakeholder] = replace(ret, answers=tuple(own), proposals=tuple(
            p for p in ret.proposals if p.reporter == ret.stakeholder))
    return kept


def _proposed(G: nx.MultiDiGraph, kept: dict[str, Return], suggest: Suggest | None
              ) -> tuple[list[Newcomer], list[TieAnswer]]:
    """Newcomers (by folded name) and the answers their proposals stand for."""
    by_key = {fold_name(G.nodes[n]["name"]): n for n in stakeholder_nodes(G)}
    found: dict[str, Newcomer] = {}
    answers: list[TieAnswer] = []
    for ret in kept.values():
        answered = {a.other for a in ret.answers}
        for p in ret.proposals:
            node = by_key.get(fold_name(p.name))
            if node is None:
                node = stakeholder_id(p.name)
                old = found.get(node)
                if old is None:
                    found[node] = Newcomer(node, p.name, p.sector, (p.reporter,),
                                           suggest(p.name) if suggest else None, p.org_type)
                elif p.reporter not in old.proposed_by:
                    found[node] = replace(old, sector=old.sector or p.sector,
                                          org_type=old.org_type or p.org_type,
                                          proposed_by=(*old.proposed_by, p.reporter))
            elif node in answered or node == p.reporter:
                continue  # the row about it already says what it says
            answers.append(TieAnswer(p.reporter, node, "yes", p.type, p.weight, p.comment))
    return list(found.values()), answers


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def merge_returns(G: nx.MultiDiGraph, returns: Iterable[Return], *,
                  suggest: Suggest | None = None) -> Round:
    """Merge ``returns`` into the mapping ``G`` (neither is changed); see the
    module notes for the rules. ``suggest`` names a stakeholder close to a
    proposed name, for the "did you mean" of a newcomer."""
    people = stakeholder_nodes(G)
    problems: list[tuple[str, Problem]] = []
    kept = _accepted(returns, set(people), problems)
    newcomers, proposed = _proposed(G, kept, suggest)
    said: dict[tuple[str, str], dict[str, TieAnswer]] = {}
    for a in [a for r in kept.values() for a in r.answers] + proposed:
        said.setdefault(_pair(a.reporter, a.other), {})[a.reporter] = a
    mapping: dict[tuple[str, str], list[tuple[str, str, dict[str, Any]]]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "tie":
            mapping.setdefault(_pair(u, v), []).append((u, v, d))
    ties: list[RoundTie] = []
    removed: list[RoundTie] = []
    conflicts: list[Conflict] = []
    for pair in sorted(set(mapping) | set(said)):
        answers = said.get(pair, {})
        yes = {r: a for r, a in sorted(answers.items()) if a.answer == "yes"}
        no = tuple(sorted(r for r, a in answers.items() if a.answer == "no"))
        old = mapping.get(pair, [])
        if not yes:
            kept_ties = [_from_mapping(u, v, d, "mapping", no) for u, v, d in old]
            (removed if no else ties).extend(kept_ties)
            continue
        tie, found = _reported(pair, yes, no, old)
        ties.append(tie)
        conflicts.extend(found)
    corrections = [(c, G.nodes[c.stakeholder].get(c.field)) for r in kept.values()
                   for c in r.corrections
                   if c.stakeholder == r.stakeholder and G.nodes[c.stakeholder].get(c.field) != c.value]
    return Round(ties, removed, conflicts, newcomers, corrections, _response(G, people, kept),
                 kept, problems)


def _from_mapping(u: str, v: str, d: dict[str, Any], status: str, denied: tuple[str, ...]) -> RoundTie:
    return RoundTie(u, v, d.get("type") or "collaboration", float(d.get("weight") or 1.0),
                    bool(d.get("directed")), status, (), denied, d.get("since"), d.get("notes"))


def _reported(pair: tuple[str, str], yes: dict[str, TieAnswer], no: tuple[str, ...],
              old: list[tuple[str, str, dict[str, Any]]]) -> tuple[RoundTie, list[Conflict]]:
    """The one tie a pair's yes answers make, and the conflicts between them."""
    conflicts = []
    types = {r: a.type for r, a in yes.items() if a.type}
    weights = {r: float(a.weight) for r, a in yes.items() if a.weight is not None}
    old_types = [d.get("type") for _, _, d in old]
    if len(set(types.values())) > 1:
        conflicts.append(Conflict(*pair, "type", tuple(types.items())))
    if len(set(weights.values())) > 1:
        conflicts.append(Conflict(*pair, "weight", tuple(weights.items())))
    chosen = next((t for t in types.values() if t in old_types), None) or next(iter(types.values()), None)
    tie_type = chosen or (old_types[0] if old_types else None) or "collaboration"
    base = next(((u, v, d) for u, v, d in old if d.get("type") == tie_type), None)
    if weights:
        weight = sum(weights.values()) / len(weights)
    else:
        weight = float(base[2].get("weight") or 1.0) if base else 1.0
    # a new tie runs from the side that named it (the first, when both did)
    source, target = (base[0], base[1]) if base else (pair if pair[0] in yes else pair[::-1])
    status = "confirmed" if set(pair) <= set(yes) else "one-sided"
    notes = "; ".join(a.comment for a in yes.values() if a.comment) or (base[2].get("notes") if base else None)
    return RoundTie(source, target, tie_type, weight, bool(base and base[2].get("directed")), status,
                    tuple(yes), no, base[2].get("since") if base else None, notes), conflicts


def _response(G: nx.MultiDiGraph, people: list[str], kept: dict[str, Return]) -> ResponseRate:
    by_sector: dict[str, tuple[int, int]] = {}
    for n in people:
        sector = G.nodes[n].get("sector") or "unknown"
        answered, total = by_sector.get(sector, (0, 0))
        by_sector[sector] = (answered + (n in kept), total + 1)
    missing = tuple(n for n in people if n not in kept)
    return ResponseRate(len(people) - len(missing), len(people), by_sector, missing)


def round_graph(G: nx.MultiDiGraph, merged: Round) -> nx.MultiDiGraph:
    """The new round's graph: ``G``'s stakeholders with their corrections,
    the newcomers (``proposed_by`` their proposers' names), the merged ties
    (``status``, ``reported_by`` and ``denied_by`` as names) and ``G``'s
    memberships. ``G`` is not changed."""
    changed: dict[str, dict[str, Any]] = {}
    for fix, _ in merged.corrections:
        changed.setdefault(fix.stakeholder, {})[fix.field] = fix.value
    known = set(STAKEHOLDER_FIELDS)
    records = []
    for n in stakeholder_nodes(G):
        attrs = {**G.nodes[n], **changed.get(n, {})}
        fields: dict[str, Any] = {f: attrs.get(f) for f in known if f not in ("name", "themes")}
        records.append(Stakeholder(str(attrs.get("name", n)), **fields,
                                   themes=list(attrs.get("themes") or []),
                                   extra={k: v for k, v in attrs.items() if k not in known | {"kind"}}))
    names = {n: G.nodes[n]["name"] for n in stakeholder_nodes(G)}
    for c in merged.newcomers:
        names[c.id] = c.name
        records.append(Stakeholder(c.name, c.sector, c.org_type, extra={
            "proposed_by": "; ".join(names[p] for p in c.proposed_by)}))
    H = build_graph(records, title=G.graph.get("title"))
    def who(ids: Iterable[str]) -> str | None:
        return "; ".join(names[i] for i in ids) or None
    for t in merged.ties:
        H.add_edge(t.source, t.target, kind="tie", type=t.type, weight=t.weight, directed=t.directed,
                   since=t.since, notes=t.notes, status=t.status, reported_by=who(t.reported_by),
                   denied_by=who(t.denied_by))
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "member":
            H.add_edge(u, v, **d)
            H.nodes[v].update(G.nodes[v])
    return H


