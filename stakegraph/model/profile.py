"""A profile: what a well-formed group looks like, as the gap analysis reads it.

A profile says which sectors, stakeholder types, themes and levels a group
needs (each with a minimum number of members), how large it should be, and
the relational rules it must keep (themes served by several sectors, every
sector pair tied, no member without a tie, no sector dominating). Profiles
are written as TOML files (:mod:`stakegraph.io.profile` reads them); this
module holds only the record, so that both :mod:`stakegraph.io` and
:mod:`stakegraph.analysis` can use it.

Examples
--------
>>> p = Profile(name="small", sectors={"public": 1, "private": 1}, min_size=2,
...             sector_pair_ties=1)
>>> p.requirement_ids()
['size', 'sector:public', 'sector:private', 'ties:private-public']
>>> p.sector_pairs()
[('private', 'public')]
>>> p.weight("sector:private"), p.weight("ties:private-public")  # left out: every kind weighs 1
(1.0, 1.0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

__all__ = ["COUNTED_KINDS", "DEFAULT_WEAK", "WEIGHT_KINDS", "Profile"]

#: the kinds of requirement that count members having an attribute, in report order
COUNTED_KINDS = ("sector", "type", "theme", "level")
#: every kind of requirement, as the ``[weights]`` of a profile name them
WEIGHT_KINDS = ("sector", "type", "ties", "isolated_members", "theme", "level", "size", "balance")
#: what a weak requirement counts, as a share of a missing one, when the profile does not say
DEFAULT_WEAK = 0.5


@dataclass(frozen=True)
class Profile:
    """The requirements a group is measured against.

    Parameters
    ----------
    name : str
        Short name, as given to ``--profile`` (``"iwg"``).
    title, description : str
        What the profile models, for people.
    min_size : int
        The fewest members the group should have (0: no size requirement).
    sectors, types, themes, levels : dict of str to int
        Codebook code -> the fewest members that must have it.
    theme_min_sectors : int
        A theme served by members of fewer sectors than this is weak (1: any).
    max_sector_share : float or None
        A sector holding more than this share of the members is weak balance
        (``None``: balance is not checked).
    sector_pair_ties : int
        The fewest ties each pair of the profile's sectors needs between
        members (0: not checked).
    no_isolated_members : bool
        Whether every member needs a tie to another member.
    weights : dict of str to float
        Requirement kind (one of :data:`WEIGHT_KINDS`) -> what closing a
        missing requirement of that kind is worth to a recommendation; a
        kind left out weighs 1.
    weak : float
        What a weak requirement counts, as a share of a missing one (above 0,
        below 1): closing a weak requirement, or narrowing a missing one to
        weak, is worth ``weight × weak``.
    source : str
        Where the profile came from (a file, or ``"built-in"``).
    """

    name: str
    title: str = ""
    description: str = ""
    min_size: int = 0
    sectors: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    themes: dict[str, int] = field(default_factory=dict)
    levels: dict[str, int] = field(default_factory=dict)
    theme_min_sectors: int = 1
    max_sector_share: float | None = None
    sector_pair_ties: int = 0
    no_isolated_members: bool = False
    weights: dict[str, float] = field(default_factory=dict)
    weak: float = DEFAULT_WEAK
    source: str = "built-in"

    def weight(self, rid: str) -> float:
        """The weight of requirement ``rid`` (``"sector:private"``): its kind's."""
        return float(self.weights.get(rid.partition(":")[0], 1.0))

    def counted(self, kind: str) -> dict[str, int]:
        """The minimums for ``kind`` (``"sector"``, ``"type"``, ``"theme"`` or ``"level"``)."""
        return {"sector": self.sectors, "type": self.types, "theme": self.themes,
                "level": self.levels}[kind]

    def sector_pairs(self) -> list[tuple[str, str]]:
        """The pairs of the profile's sectors that must be tied, each sorted,
        in sorted order (empty when ``sector_pair_ties`` is 0)."""
        if self.sector_pair_ties <= 0:
            return []
        return sorted(tuple(sorted(pair)) for pair in combinations(self.sectors, 2))  # type: ignore[misc]

    def requirement_ids(self) -> list[str]:
        """The ids of every requirement, in report order."""
        ids = ["size"] if self.min_size > 0 else []
        for kind in COUNTED_KINDS:
            ids += [f"{kind}:{code}" for code in self.counted(kind)]
        ids += [f"ties:{a}-{b}" for a, b in self.sector_pairs()]
        if self.no_isolated_members:
            ids.append("isolated_members")
        if self.max_sector_share is not None:
            ids.append("balance")
        return ids
