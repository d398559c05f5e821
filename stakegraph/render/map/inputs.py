"""What a job computed for a map, handed to the page in one object.

:class:`~stakegraph.render.map.build.MapOptions` holds what the user chose
(colour, size, IWG, language …); :class:`MapInputs` holds what the job
worked out from the graph and the files beside it (measures, communities,
gaps, invitees, a story, an earlier round). The renderer is given the graph,
the path and these two.

Examples
--------
>>> inputs = MapInputs(gaps=[{"kind": "sector", "code": "private", "status": "missing"}])
>>> inputs.metrics is None, len(inputs.gaps)
(True, 1)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stakegraph.model.story import Story
    from stakegraph.render.map.rounds import Rounds

__all__ = ["MapInputs"]


@dataclass(frozen=True)
class MapInputs:
    """What the map is given besides the graph and the user's options.

    Attributes
    ----------
    metrics : DataFrame or mapping, optional
        Measures per stakeholder: a DataFrame indexed by stakeholder id, or
        ``{measure: {id: value}}``. Without it, degree and weighted degree
        are counted from the ties.
    communities : mapping, optional
        Stakeholder id -> community number, needed for ``color="community"``.
    glosses : mapping, optional
        Measure -> one-line plain-language gloss for the side panel; by
        default :data:`stakegraph.analysis.glossary.GLOSSARY`.
    gaps : iterable of mappings
        The ``iwg``'s requirements as judged by
        :func:`stakegraph.analysis.gaps.find_gaps` (``kind``, ``code``,
        ``status``): the weak and missing themes, levels, types and sector
        ties are listed in a gap card.
    highlight : mapping, optional
        ``{"nodes": ids, "edges": (u, v) pairs, "label": text}``: drawn with
        a halo and listed in the legend (the diff uses it for what is new).
    missing_sectors : list of str, optional
        The sectors the ``iwg`` lacks; by default those none of its members is in.
    story : Story, optional
        The views a presenter steps through (:func:`stakegraph.io.story.load_story`);
        by default the whole network, its brokers, each sector and, with
        ``iwg``, the IWG's gaps.
    rounds : Rounds, optional
        The earlier round of the graph and what changed since: its removed
        stakeholders and ties are drawn as ghosts, and the page toggles
        between the two rounds in place.
    invitees : list of dict, optional
        The ``iwg``'s recommended invitees, ``{"id", "paths"}`` with each
        introduction path as ids from a member to the invitee: a toggle on
        the gap card lights them and their paths.
    """

    metrics: Any = None
    communities: Mapping[str, int] | None = None
    glosses: Mapping[str, str] | None = None
    gaps: Iterable[Mapping[str, Any]] = ()
    highlight: Mapping[str, Any] | None = None
    missing_sectors: list[str] | None = None
    story: Story | None = None
    rounds: Rounds | None = None
    invitees: list[dict[str, Any]] | None = None
