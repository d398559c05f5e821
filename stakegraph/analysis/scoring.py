"""What one newcomer is worth to a group: the weighted score recommendations rank by.

A newcomer is tried as one more member and every requirement of the profile
is judged again (:class:`~stakegraph.analysis.gaps.GroupTally`). Each open
requirement *costs* the group its weight when missing and ``weight × weak``
when weak (the profile's ``[weights]``; ``weak`` is 0.5 unless it says
otherwise); a met one costs nothing. A newcomer's score is how much it lowers
that cost, requirement by requirement:

- it **closes** a requirement that becomes met: the whole cost (its weight
  when it was missing, ``weight × weak`` when it was weak);
- it **helps** one that comes closer without being met: missing → weak
  earns ``weight × (1 − weak)``; a weak one that is less short earns the
  share of its cost that it narrows (a weak theme short of 2 sectors, given
  one: half of ``weight × weak``);
- it **worsens** one that moves away (a newcomer with no tie to any member
  adds a lone member): the same amounts, taken off.

Each requirement's part is a :class:`Term`; the score is their sum, so a
reader can check it. At equal weights, closing a missing requirement (the
weight) is worth more than anything done to a single weak one (at most
``weight × weak``).

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, Membership, build_graph, stakeholder_graph
>>> from stakegraph.model.profile import Profile
>>> G = build_graph([Stakeholder("Council", "public"), Stakeholder("Garda", "public"),
...                  Stakeholder("Dell", "private")],
...                 [Tie("council", "garda")], [Membership("council", "IWG"), Membership("garda", "IWG")])
>>> profile = Profile("p", sectors={"public": 1, "private": 1}, no_isolated_members=True,
...                   weights={"sector": 8, "isolated_members": 2})
>>> tally = GroupTally(stakeholder_graph(G), profile, ["council", "garda"])
>>> effect = effects(tally, ["dell"])["dell"]
>>> [(t.requirement, t.was, t.effect, t.points) for t in effect.terms], effect.score
([('sector:private', 'missing', 'closes', 8.0), ('isolated_members', 'met', 'worsens', -1.0)], 7.0)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from stakegraph.analysis.gaps import STATUSES, GroupTally, Status
from stakegraph.model.profile import Profile

__all__ = ["Effect", "Term", "effects"]

_RANK = {s: i for i, s in enumerate(STATUSES)}
Judged = dict[str, tuple[Any, ...]]


@dataclass(frozen=True)
class Term:
    """One requirement's part in a newcomer's score: what it does to the
    requirement (``effect``: ``"closes"``, ``"helps"`` or ``"worsens"``),
    the status before (``was``) and after (``now``), the requirement's
    ``weight`` and the ``points`` it earns (negative when it worsens)."""

    requirement: str
    effect: str
    was: Status
    now: Status
    weight: float
    points: float

    def to_dict(self) -> dict[str, Any]:
        """The term as JSON shows it."""
        return {"requirement": self.requirement, "effect": self.effect, "was": self.was,
                "now": self.now, "weight": self.weight, "points": self.points}


@dataclass(frozen=True)
class Effect:
    """What one newcomer does to the group's requirements, in report order."""

    terms: tuple[Term, ...] = ()

    def _ids(self, effect: str) -> list[str]:
        return [t.requirement for t in self.terms if t.effect == effect]

    @cached_property
    def closes(self) -> list[str]:
        """The open requirements it meets."""
        return self._ids("closes")

    @cached_property
    def helps(self) -> list[str]:
        """The open requirements it brings closer to met without meeting them."""
        return self._ids("helps")

    @cached_property
    def worsens(self) -> list[str]:
        """The requirements it moves away from met."""
        return self._ids("worsens")

    @cached_property
    def useful(self) -> bool:
        """Whether it closes or narrows anything."""
        return any(t.effect != "worsens" for t in self.terms)

    @cached_property
    def score(self) -> float:
        """The sum of the terms' points."""
        return round(float(sum(t.points for t in self.terms)), 2)


def _points(profile: Profile, rid: str, was: tuple[Any, ...], now: tuple[Any, ...]) -> float:
    weight = profile.weight(rid)
    cost = {"missing": weight, "weak": weight * profile.weak, "met": 0.0}
    (status, short), (new_status, new_short) = was[:2], now[:2]
    if status != new_status:
        return round(cost[status] - cost[new_status], 2)
    if status == "missing" or not short:
        return 0.0  # a missing requirement costs its weight however short it is
    # still weak: the share of its cost that the shortfall moved
    return round(float(cost[status] * (short - new_short) / short), 2)


def effect_of(profile: Profile, before: Judged, after: Judged, ignored: Iterable[str] = ()) -> Effect:
    """The :class:`Effect` of a newcomer on a group judged ``before``, given
    the group judged with it (``after``); requirements in ``ignored`` are
    never counted as worsened."""
    terms = []
    for rid, was in before.items():
        now = after[rid]
        status, short, new_status, new_short = was[0], was[1], now[0], now[1]
        if status != "met" and new_status == "met":
            effect = "closes"
        elif _RANK[new_status] > _RANK[status] or (new_status == status != "met" and new_short < short):
            effect = "helps"
        elif rid not in ignored and (
                _RANK[new_status] < _RANK[status] or (new_status == status and new_short > short)):
            effect = "worsens"
        else:
            continue
        terms.append(Term(rid, effect, status, new_status, profile.weight(rid),
                          _points(profile, rid, was, now)))
    return Effect(tuple(terms))


def effects(tally: GroupTally, newcomers: Iterable[str], ignored: Iterable[str] = ()) -> dict[str, Effect]:
    """The :class:`Effect` of each newcomer, each tried alone on the group of
    ``tally``. Newcomers with the same outlook (most of those without a tie
    to a member) are judged once.

    Parameters
    ----------
    tally : GroupTally
        The group and its counts against the profile.
    newcomers : Iterable[str]
        The non-members tried, each alone.
    ignored : Iterable[str], default ()
        Requirement ids whose worsening is not held against a newcomer.

    Returns
    -------
    dict[str, Effect]
        Newcomer id -> what it closes, helps and worsens, and its score.
    """
    before = tally.judge()
    ignored = set(ignored)
    seen: dict[Hashable, Effect] = {}
    out = {}
    for n in newcomers:
        key = tally.outlook(n)
        if key not in seen:
            seen[key] = effect_of(tally.profile, before, tally.judge_with(n), ignored)
        out[n] = seen[key]
    return out
