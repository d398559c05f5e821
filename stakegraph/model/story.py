"""A story: the sequence of views a facilitator steps through on the map.

Each view may focus one stakeholder, filter the map (sectors, levels, one
theme, one IWG's members) and carry a caption. Names are kept as written;
the map resolves them against its graph, and says where in the story file
a name it cannot find was written (``lines``: key -> line number).

>>> StoryView(caption="Health", theme="health").place("theme")
'view 1, line 0, key theme'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Story", "StoryView"]


@dataclass(frozen=True)
class StoryView:
    """One view of a story, as the file wrote it."""

    caption: str = ""
    focus: str | None = None
    iwg: str | None = None
    sectors: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    theme: str | None = None
    number: int = 1
    lines: Mapping[str, int] = field(default_factory=dict)

    def place(self, key: str) -> str:
        """Where ``key`` of this view was written, for a message."""
        return f"view {self.number}, line {self.lines.get(key, 0)}, key {key}"


@dataclass(frozen=True)
class Story:
    """The views of a story file, in order; ``source`` names the file."""

    views: tuple[StoryView, ...]
    source: str = ""
