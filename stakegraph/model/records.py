"""The records an import produces: stakeholders, ties, memberships.

Readers in :mod:`stakegraph.io` turn sheet rows into these records;
:func:`stakegraph.model.graph.build_graph` turns records into the graph.
Each record remembers where it came from (``sheet``, ``row``) so that later
checks can name the cell.

Examples
--------
>>> s = Stakeholder(name="Caritas Varese", sector="civil_society", themes=["housing"])
>>> s.id
'caritas-varese'
>>> Tie("caritas-varese", "comune-di-varese").directed
False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stakegraph.model.ids import stakeholder_id

__all__ = ["PERSONAL_FIELDS", "STAKEHOLDER_FIELDS", "Membership", "Stakeholder", "Tie"]

#: the columns of the Stakeholders sheet that hold personal data
PERSONAL_FIELDS = ("contact", "email", "phone")

#: the known attributes of a stakeholder node, in report order
STAKEHOLDER_FIELDS = (
    "name", "sector", "type", "level", "themes", "migrant_led", "influence", "interest",
    "region", "municipality", "country", *PERSONAL_FIELDS,
)


@dataclass
class Stakeholder:
    """One organisation (a row of the Stakeholders sheet).

    ``sector`` is a codebook code or ``None`` when missing or unknown;
    ``type``, ``level`` and ``themes`` hold codebook codes where the word was
    known and the word as written where it was not. ``extra`` keeps the
    columns stakegraph does not know, under their header as written.
    """

    name: str
    sector: str | None = None
    type: str | None = None
    level: str | None = None
    themes: list[str] = field(default_factory=list)
    migrant_led: bool | None = None
    influence: int | None = None
    interest: int | None = None
    region: str | None = None
    municipality: str | None = None
    country: str | None = None
    contact: str | None = None
    email: str | None = None
    phone: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    sheet: str | None = None
    row: int | None = None

    @property
    def id(self) -> str:
        """The stable id derived from the name."""
        return stakeholder_id(self.name)


@dataclass
class Tie:
    """A tie between two stakeholders, by id.

    An undirected tie (``directed=False``) is stored once, in the order read.
    """

    source: str
    target: str
    type: str = "collaboration"
    weight: float = 1.0
    directed: bool = False
    since: Any = None
    notes: str | None = None
    sheet: str | None = None
    row: int | None = None
    #: in a round written by ``stakegraph collect``: confirmed, one-sided or mapping
    status: str | None = None
    #: money transferred (a transfer list's amount), as written; summed over repeats
    amount: float | None = None


@dataclass
class Membership:
    """A stakeholder's membership of an IWG, by stakeholder id and IWG name."""

    stakeholder: str
    iwg: str
    role: str = "member"
    since: Any = None
    sheet: str | None = None
    row: int | None = None
