"""The seating solver against exhaustive search on small rooms: CP-SAT's
seating must score as well as the best of every possible seating, scored
here from the rules as the module states them, and prove it."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from stakegraph.analysis import seating
from stakegraph.analysis.seating import (
    CROWD,
    LEVEL,
    REPEAT,
    SECTOR,
    TIED,
    Attendee,
    seat,
    seating_score,
)

SECTORS = ["public", "private", "civil_society"]
LEVELS = ["local", "regional", "national"]


def room(n: int, seed: int, brokers: int = 0) -> tuple[list[Attendee], list[tuple[str, str]]]:
    rng = random.Random(seed)
    people = [Attendee(f"p{i}", f"P{i}", rng.choice(SECTORS + [None]), rng.choice(LEVELS),
                       broker=i < brokers) for i in range(n)]
    ties = [(a.id, b.id) for a, b in itertools.combinations(people, 2) if rng.random() < 0.3]
    return people, ties


def score_by_rule(people, seating, ties) -> int:
    """The score as the module notes define it, counted the plain way."""
    by_id = {p.id: p for p in people}
    tables = len(seating[0])
    total = 0
    for round_tables in seating:
        for table in round_tables:
            sectors = [by_id[i].sector for i in table if by_id[i].sector]
            total += SECTOR * len(set(sectors)) + LEVEL * len({by_id[i].level for i in table})
            for s in set(sectors):
                share = math.ceil(sum(1 for p in people if p.sector == s) / tables)
                total -= CROWD * max(0, sectors.count(s) - share)
            total -= TIED * sum(1 for a, b in ties if a in table and b in table)
    for first, second in itertools.combinations(seating, 2):
        for t1 in first:
            for t2 in second:
                k = len(set(t1) & set(t2))
                total -= REPEAT * k * (k - 1) // 2
    return total


def every_round(people, tables):
    """Every way to seat ``people`` at ``tables`` labelled tables, sizes differing by one at most."""
    n = len(people)
    low = n // tables
    for labels in itertools.product(range(tables), repeat=n):
        sizes = [labels.count(t) for t in range(tables)]
        brokers = [sum(1 for p, t in zip(people, labels) if p.broker and t == u) for u in range(tables)]
        if min(sizes) >= low and max(sizes) <= -(-n // tables) and max(brokers) - min(brokers) <= 1:
            yield [[p.id for p, t in zip(people, labels) if t == u] for u in range(tables)]


def best_by_brute_force(people, ties, tables, rounds) -> int:
    options = list(every_round(people, tables))
    return max(score_by_rule(people, list(seating), ties)
               for seating in itertools.product(options, repeat=rounds))


@pytest.mark.parametrize("n, tables, rounds, brokers, seed", [
    (6, 2, 1, 0, 1), (7, 2, 1, 2, 2), (6, 3, 1, 3, 3), (8, 2, 1, 0, 4),
    (6, 2, 2, 0, 5), (6, 2, 2, 2, 6), (5, 2, 2, 0, 7), (6, 3, 2, 0, 8),
])
def test_seating_matches_exhaustive_search(n, tables, rounds, brokers, seed):
    people, ties = room(n, seed, brokers)
    found = seat(people, tables, rounds, ties=ties, time_limit=20, seed=1)
    assert found.optimal and found.bound == found.score
    assert found.score == score_by_rule(people, found.tables, ties)
    assert found.score == best_by_brute_force(people, ties, tables, rounds)


def test_every_attendee_sits_once_a_round_and_brokers_spread():
    people, ties = room(30, 9, brokers=4)
    found = seat(people, 4, 2, ties=ties, time_limit=1, seed=1)
    for round_tables in found.tables:
        assert sorted(i for t in round_tables for i in t) == sorted(p.id for p in people)
        assert {len(t) for t in round_tables} <= {7, 8}
        assert [sum(1 for i in t if i in {"p0", "p1", "p2", "p3"}) for t in round_tables] == [1, 1, 1, 1]
    assert found.score <= found.bound
    assert (found.score, found.counts) == seating_score(people, found.tables, ties)


def test_the_same_room_gets_the_same_seating(monkeypatch):
    # the budget is CP-SAT's deterministic time, one worker, a fixed seed; the
    # wall-clock guard (only there for a machine too busy to finish the budget)
    # is lifted here, so that a loaded machine cannot stop one solve early
    monkeypatch.setattr(seating, "_WALL_CLOCK_GUARD", 1e6)
    people, ties = room(20, 10, brokers=4)
    first = seat(people, 4, 2, ties=ties, time_limit=0.5, seed=2)
    assert first.tables == seat(people, 4, 2, ties=ties, time_limit=0.5, seed=2).tables


def test_fewer_attendees_than_tables_is_refused():
    with pytest.raises(ValueError):
        seat([Attendee("a", "A")], tables=2)


def test_a_budget_too_small_for_the_room_still_seats_it_by_the_rules():
    # 120 attendees and almost no budget: CP-SAT holds no seating, the dealt
    # first guess is given, and it keeps every hard rule
    people, ties = room(120, 9, brokers=12)
    found = seat(people, 12, 2, ties=ties, time_limit=1e-6)
    assert found.status == "UNKNOWN" and not found.optimal
    for tables in found.tables:
        assert sorted(i for t in tables for i in t) == sorted(p.id for p in people)
        assert {len(t) for t in tables} == {10}
        assert [sum(1 for i in t if int(i[1:]) < 12) for t in tables] == [1] * 12
    assert found.score <= found.bound
    assert (found.score, found.counts) == seating_score(people, found.tables, ties)
