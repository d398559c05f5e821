"""What a stakeholder answered: the records a survey return (or, later, a
live session) is read into, before any merging.

These records know nothing of files: :mod:`stakegraph.io.returns` reads a
returned workbook into a :class:`Return`; a session server can build the
same records from a web form. :func:`stakegraph.model.rounds.merge_returns`
merges them into a round.

Examples
--------
>>> r = Return("doras", "doras.xlsx", answers=(TieAnswer("doras", "city-council", "yes", "funding", 4),))
>>> r.answers[0].answer, r.fingerprint == Return("doras", "copy.xlsx", answers=r.answers).fingerprint
('yes', True)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from stakegraph.errors import Problem

__all__ = ["Correction", "Proposal", "Return", "TieAnswer"]


@dataclass(frozen=True)
class TieAnswer:
    """``reporter``'s answer about its tie with ``other`` (both stakeholder ids).

    ``answer`` is ``"yes"``, ``"no"`` or ``"unknown"`` (we don't know them);
    ``type`` is a tie-type code (or the word as written), ``weight`` 1–5.
    """

    reporter: str
    other: str
    answer: str
    type: str | None = None
    weight: float | None = None
    comment: str | None = None


@dataclass(frozen=True)
class Proposal:
    """An organisation ``reporter`` works with that the mapping lacks.

    ``type`` is the type of the tie with it; ``org_type`` the organisation's
    own type (a stakeholder-type code), when the reporter gave one.
    """

    reporter: str
    name: str
    sector: str | None = None
    type: str | None = None
    weight: float | None = None
    comment: str | None = None
    org_type: str | None = None


@dataclass(frozen=True)
class Correction:
    """A change ``stakeholder`` made to a ``field`` of its own row; ``value``
    is stored as the graph stores it (a code, a list of themes, a bool)."""

    stakeholder: str
    field: str
    value: Any


@dataclass(frozen=True)
class Return:
    """One stakeholder's answers, from ``source`` (a file name, a session).

    ``problems`` are what reading the answers found (an answer not
    understood, a formula); they do not stop the return from counting.
    """

    stakeholder: str
    source: str
    answers: tuple[TieAnswer, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    corrections: tuple[Correction, ...] = ()
    problems: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def fingerprint(self) -> str:
        """A digest of the answers alone (not of where they came from), so
        that the same return given twice is recognised."""
        text = repr((self.stakeholder, self.answers, self.proposals, self.corrections))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
