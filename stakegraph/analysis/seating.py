"""Seating a session: attendees at tables, round after round, so that the
room mixes and new ties can form.

The seating maximises one score, a sum over rounds and tables:

* ``+SECTOR`` for each sector present at a table, ``+LEVEL`` for each level
  (a table that mixes sectors and levels scores more);
* ``-CROWD`` for each attendee beyond a sector's fair share at a table
  (its attendees divided by the tables, rounded up);
* ``-TIED`` for each pair already tied in the mapping that shares a table
  (every pair sharing a table that is *not* tied is a chance for a new tie;
  table sizes are fixed, so fewer tied pairs means more untied ones);
* ``-REPEAT`` for each pair that shares a table in two rounds.

Hard rules: every attendee sits at one table per round; tables differ in
size by one at most; the brokers (the attendees of highest betweenness, one
per table) are spread evenly, one per table when there are as many as tables.

The model is solved by OR-Tools' CP-SAT from a first guess (attendees dealt
round the tables like cards), with a budget in CP-SAT's deterministic time
units (a few seconds of one core each), one worker and a seed, so the
same input gives the same seating. The result carries CP-SAT's
proof: the score found, the best score any seating could reach (the bound),
and whether the seating is proven optimal. When the budget runs out before
CP-SAT holds any seating (a large room, a tiny budget), the first guess is
returned, with status ``UNKNOWN``. :func:`seating_score` recomputes
the score of any seating from scratch; tests compare the solver with an
exhaustive search on small rooms.

Examples
--------
>>> people = [Attendee("a", "A", "public", "local"), Attendee("b", "B", "public", "regional"),
...           Attendee("c", "C", "private", "local"), Attendee("d", "D", "private", "regional")]
>>> found = seat(people, tables=2, rounds=1, ties=[("a", "b"), ("c", "d")])
>>> sorted(sorted(t) for t in found.tables[0]), found.optimal
([['a', 'd'], ['b', 'c']], True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["CROWD", "LEVEL", "REPEAT", "SECTOR", "TIED", "Attendee", "Seating", "seat", "seating_score"]

SECTOR, LEVEL, CROWD, TIED, REPEAT = 100, 30, 20, 10, 10
#: wall-clock seconds allowed per unit of CP-SAT's deterministic budget
_WALL_CLOCK_GUARD = 30


@dataclass(frozen=True)
class Attendee:
    """Who sits: an id, a name, a sector and a level (either may be unknown),
    whether the attendee is a broker to spread, and the organisation's type
    (for the table cards; the seating does not use it)."""

    id: str
    name: str
    sector: str | None = None
    level: str | None = None
    broker: bool = False
    type: str | None = None


@dataclass
class Seating:
    """``tables[r][t]``: the ids at table ``t`` in round ``r``; the score
    found, CP-SAT's bound, whether proven optimal, and the solver's status."""

    tables: list[list[list[str]]]
    score: int
    bound: int
    optimal: bool
    status: str
    counts: dict[str, int] = field(default_factory=dict)


def _sizes(n: int, tables: int) -> tuple[int, int]:
    return n // tables, -(-n // tables)


def seating_score(people: Sequence[Attendee], tables: Sequence[Sequence[Iterable[str]]],
                  ties: Iterable[tuple[str, str]]) -> tuple[int, dict[str, int]]:
    """The score of a seating (module notes), and its parts: sectors and
    levels present (summed over tables), attendees crowding a sector, tied
    pairs together, repeated pairs. ``tables[r][t]`` lists the ids at table
    ``t`` in round ``r``.

    Parameters
    ----------
    people : Sequence[Attendee]
        The attendees, with their sector, level and whether each is a broker.
    tables : Sequence[Sequence[Iterable[str]]]
        ``tables[r][t]``: the ids at table ``t`` in round ``r``.
    ties : Iterable[tuple[str, str]]
        The tied pairs of attendees.

    Returns
    -------
    tuple[int, dict[str, int]]
        The score, and its parts by name.
    """
    by_id = {p.id: p for p in people}
    tied = {frozenset(t) for t in ties}
    n_tables = len(tables[0]) if tables else 1
    fair = {s: -(-k // n_tables) for s, k in Counter(p.sector for p in people if p.sector).items()}
    counts = Counter({"sectors": 0, "levels": 0, "crowding": 0, "tied_together": 0, "repeats": 0})
    together: list[set[frozenset[str]]] = []
    for round_tables in tables:
        pairs = set()
        for table in round_tables:
            seated = [by_id[i] for i in table]
            counts["sectors"] += len({p.sector for p in seated if p.sector})
            counts["levels"] += len({p.level for p in seated if p.level})
            per_sector = Counter(p.sector for p in seated if p.sector)
            counts["crowding"] += sum(max(0, k - fair[s]) for s, k in per_sector.items())
            pairs |= {frozenset(p) for p in combinations([p.id for p in seated], 2)}
        counts["tied_together"] += len(pairs & tied)
        together.append(pairs)
    for a, b in combinations(together, 2):
        counts["repeats"] += len(a & b)
    score = (SECTOR * counts["sectors"] + LEVEL * counts["levels"] - CROWD * counts["crowding"]
             - TIED * counts["tied_together"] - REPEAT * counts["repeats"])
    return score, dict(counts)


def _first_guess(people: Sequence[Attendee], tables: int, rounds: int) -> list[list[int]]:
    """A good seating to start the search from: ``guess[r][a]``, the table of
    attendee ``a`` in round ``r``.

    Attendees are lined up brokers first, then by sector and level, and dealt
    round the tables like cards, so brokers, sectors and levels spread; round
    r deals attendee k to table ``(k + r * (k // tables)) % tables``, which
    parts the attendees who shared a table (while tables hold no more than
    there are tables)."""
    line = sorted(range(len(people)), key=lambda a: (not people[a].broker, str(people[a].sector),
                                                     str(people[a].level), a))
    guess = [[0] * len(people) for _ in range(rounds)]
    for k, a in enumerate(line):
        for r in range(rounds):
            guess[r][a] = (k + r * (k // tables)) % tables
    return guess


def seat(people: Sequence[Attendee], tables: int, rounds: int = 1, *,
         ties: Iterable[tuple[str, str]] = (), time_limit: float = 10.0,
         seed: int = DEFAULT_SEED) -> Seating:
    """Seat ``people`` at ``tables`` tables for ``rounds`` rounds (module notes).

    ``ties`` are the pairs of ids tied in the mapping. Raises ``ValueError``
    when there are fewer attendees than tables.

    Parameters
    ----------
    people : Sequence[Attendee]
        The attendees, with their sector, level and whether each is a broker.
    tables : int
        How many tables.
    rounds : int, default 1
        How many rounds (the room is reseated each round).
    ties : Iterable[tuple[str, str]], default ()
        The tied pairs of attendees.
    time_limit : float, default 10.0
        CP-SAT's budget, in deterministic time units.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.

    Returns
    -------
    Seating
        The tables of every round, the score and its bound, whether optimal, CP-SAT's status and
        the counts.
    """
    from ortools.sat.python import cp_model  # heavy: imported when a room is seated

    n = len(people)
    if tables < 1 or rounds < 1 or n < tables:
        raise ValueError("need at least one round, and at least one attendee per table")
    ids = [p.id for p in people]
    index = {i: k for k, i in enumerate(ids)}
    T, R = range(tables), range(rounds)
    low, high = _sizes(n, tables)
    m = cp_model.CpModel()
    x = {(a, t, r): m.new_bool_var(f"x{a}_{t}_{r}") for a in range(n) for t in T for r in R}
    for r in R:
        for a in range(n):
            m.add_exactly_one(x[a, t, r] for t in T)
        for t in T:
            m.add_linear_constraint(sum(x[a, t, r] for a in range(n)), low, high)
    brokers = [index[p.id] for p in people if p.broker]
    if brokers:
        b_low, b_high = _sizes(len(brokers), tables)
        for r in R:
            for t in T:
                m.add_linear_constraint(sum(x[a, t, r] for a in brokers), b_low, b_high)
    start = _first_guess(people, tables, rounds)
    for r in R:  # tables are alike: the first attendee's table of each round is table 0
        m.add(x[0, start[r][0], r] == 1)
    terms: list[Any] = []
    for attribute, weight in (("sector", SECTOR), ("level", LEVEL)):
        groups: dict[str, list[int]] = {}
        for a, p in enumerate(people):
            value = getattr(p, attribute)
            if value:
                groups.setdefault(value, []).append(a)
        for members in groups.values():
            fair = -(-len(members) // tables)
            for t in T:
                for r in R:
                    present = m.new_bool_var("")
                    m.add(present <= sum(x[a, t, r] for a in members))
                    terms.append(weight * present)
                    if attribute == "sector" and len(members) > fair:
                        crowd = m.new_int_var(0, len(members), "")
                        m.add(crowd >= sum(x[a, t, r] for a in members) - fair)
                        terms.append(-CROWD * crowd)
    for u, v in {tuple(sorted((index[a], index[b]))) for a, b in ties if a in index and b in index and a != b}:
        for t in T:
            for r in R:
                both = m.new_bool_var("")
                m.add(both >= x[u, t, r] + x[v, t, r] - 1)
                terms.append(-TIED * both)
    for r1, r2 in combinations(R, 2):
        for t1 in T:
            for t2 in T:
                # attendees at t1 in round r1 and at t2 in round r2: k of them repeat
                # k(k-1)/2 pairs, written as the largest of its tangent lines
                stay = []
                for a in range(n):
                    y = m.new_bool_var("")
                    m.add(y >= x[a, t1, r1] + x[a, t2, r2] - 1)
                    stay.append(y)
                k = sum(stay)
                repeats = m.new_int_var(0, high * (high - 1) // 2, "")
                for j in range(1, high):
                    m.add(repeats >= j * k - j * (j + 1) // 2)
                terms.append(-REPEAT * repeats)
    m.maximize(sum(terms))
    for (a, t, r), var in x.items():
        m.add_hint(var, start[r][a] == t)
    solver = cp_model.CpSolver()
    # a deterministic budget, not the wall clock: the same room gets the same
    # seating however busy the machine is (the wall-clock stop only guards
    # against a machine so loaded that the budget would take very long)
    solver.parameters.max_deterministic_time = time_limit
    solver.parameters.max_time_in_seconds = _WALL_CLOCK_GUARD * time_limit
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    status = solver.solve(m)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        seating = [[[ids[a] for a in range(n) if solver.value(x[a, t, r])] for t in T] for r in R]
        bound = int(solver.best_objective_bound)
    else:  # the budget ran out before CP-SAT held a seating (or a bound): the first guess keeps every rule
        seating = [[[ids[a] for a in range(n) if start[r][a] == t] for t in T] for r in R]
        bound = _most(people, tables, rounds)
    score, counts = seating_score(people, seating, ties)
    return Seating(seating, score, bound, status == cp_model.OPTIMAL, solver.status_name(status), counts)


def _most(people: Sequence[Attendee], tables: int, rounds: int) -> int:
    """A bound no seating can pass: every sector and level at as many tables
    as it has attendees, up to every table, nothing lost."""
    return rounds * sum(weight * min(k, tables)
                        for attribute, weight in (("sector", SECTOR), ("level", LEVEL))
                        for k in Counter(getattr(p, attribute) for p in people if getattr(p, attribute)).values())
