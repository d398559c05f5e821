"""Big maps: the communities drawn as named nodes that open in place.

Above :data:`AGGREGATE_MIN` stakeholders a map first shows its communities
(the seeded Louvain partition of :func:`stakegraph.analysis.structure.communities`,
the one ``analyze`` reports), each a node named after its most connected
member, sized by its members and drawn as a pie of their colours (their
sectors, on a map coloured by sector). The page opens one community at a
click: its members appear where its node was, laid out beforehand.

The layout is computed on the community graph (one node per community,
one link per pair of communities with ties between them) and, separately,
inside each community, so a map of 10,000 stakeholders costs a handful of
small layouts instead of one large one. Each community owns a disc wide
enough for its members at the density of an ordinary map; the discs are
pushed apart so that an opened community covers no other.

Examples
--------
>>> import networkx as nx
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> people = [Stakeholder(f"Org {i}", "public" if i < 4 else "private") for i in range(8)]
>>> ties = [Tie(people[i].id, people[j].id) for i in range(4) for j in range(i + 1, 4)]
>>> ties += [Tie(people[i].id, people[j].id) for i in range(4, 8) for j in range(i + 1, 8)]
>>> G = build_graph(people, ties + [Tie(people[0].id, people[4].id)])
>>> found = group(G, [p.id for p in people])
>>> [len(m) for m in found.members.values()], found.anchors
([4, 4], ['org-0', 'org-4'])
>>> pos = found.positions()
>>> centre = pos[found.ids[0]]
>>> all(math.dist(pos[m], centre) < found.radius[found.ids[0]] for m in found.members[found.ids[0]])
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from stakegraph.analysis.structure import communities
from stakegraph.i18n import gettext, ngettext, number, speaking
from stakegraph.model import stakeholder_graph
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.map.data import DENSE_TIE_COLOUR, UNKNOWN_COLOUR, size_scale
from stakegraph.render.map.layout import spread, spring_positions

__all__ = ["AGGREGATE_MIN", "CLUSTER_PREFIX", "Clusters", "aggregates", "group"]

#: above this many stakeholders the map opens on its communities
AGGREGATE_MIN = 1_000
#: the page's id of a community node: ``cluster:1`` is the largest
CLUSTER_PREFIX = "cluster:"
#: the id of the node that gathers the stakeholders in no community (isolates, mostly)
ALONE = CLUSTER_PREFIX + "alone"
#: a member's share of a community's disc: the density of an ordinary map
#: (:func:`~stakegraph.render.map.layout.spring_positions` gives 120 px of width per square root of the nodes)
_PER_MEMBER = 60.0
#: the free part of the map at 1280×720, beside the panels, in pixels: community nodes are sized for it
_VIEW = (900.0, 520.0)
#: community nodes on that view: at least this radius in pixels, at most that, by area
_SMALLEST_PX, _LARGEST_PX = 8.0, 46.0
#: room between two discs, as a share of the smaller
_GAP = 0.25
Point = tuple[float, float]


def aggregates(stakeholders: int, focus: str | None, least: int = AGGREGATE_MIN) -> bool:
    """Whether a map opens on its communities: above ``least`` stakeholders,
    unless it is drawn for one IWG (whose ring is the point of it).

    >>> aggregates(2000, None), aggregates(2000, "iwg:x"), aggregates(800, None)
    (True, False, False)
    """
    return focus is None and stakeholders > least


@dataclass
class Clusters:
    """The communities of a map: ids (largest first, then the stakeholders
    in none), members, anchors (the most connected member, which names each),
    the number of ties between each pair, and each disc's radius."""

    G: nx.MultiDiGraph
    ids: list[str]
    members: dict[str, list[str]]
    anchors: list[str | None]
    links: dict[tuple[str, str], int]
    inside: dict[str, list[tuple[str, str]]]
    seed: int = DEFAULT_SEED
    radius: dict[str, float] = field(default_factory=dict)
    centres: dict[str, Point] = field(default_factory=dict)
    sizes: dict[str, float] = field(default_factory=dict)

    @property
    def of(self) -> dict[str, str]:
        """Stakeholder id -> its community's id."""
        return {m: c for c, ms in self.members.items() for m in ms}

    def positions(self) -> dict[str, Point]:
        """Every community's centre and every stakeholder's place inside its
        community's disc, in map pixels (IWGs sit amid their members)."""
        self._place_communities()
        pos: dict[str, Point] = dict(self.centres)
        for c in self.ids:
            pos.update(_in_disc(self.members[c], self.inside[c], self.centres[c], self.radius[c], self.seed))
        for g in (n for n, d in self.G.nodes(data=True) if d.get("kind") == "iwg"):
            at = [pos[m] for m in self.G.predecessors(g) if m in pos]
            pos[g] = (round(sum(p[0] for p in at) / len(at), 1), round(sum(p[1] for p in at) / len(at), 1)) \
                if at else (0.0, 0.0)
        return pos

    def _place_communities(self) -> None:
        count = {c: len(self.members[c]) for c in self.ids}
        room = {c: _PER_MEMBER * math.sqrt(count[c]) + 20.0 for c in self.ids}
        # the communities' own layout, evened out and widened to the screen's
        # shape; one tied to no other is brought in to the rim
        start = spread(spring_positions(self.ids, list(self.links), seed=self.seed))
        # the more communities, the less room each has on the screen for its node and its name
        largest = min(_LARGEST_PX, 0.2 * math.sqrt(_VIEW[0] * _VIEW[1] / len(self.ids)))
        px = size_scale(count, max(_SMALLEST_PX, largest / 3), largest)
        self.radius = dict(room)
        self.sizes = {c: 0.0 for c in self.ids}
        # the nodes are sized for the view the page fits to them, and a node
        # too big for its disc widens the disc: a few rounds settle both
        for _ in range(4):
            self.centres = _apart(start, self.radius)
            scale = _fit_scale(self.centres, self.sizes if any(self.sizes.values()) else self.radius)
            self.sizes = {c: round(px[c] / scale, 1) for c in self.ids}
            self.radius = {c: max(room[c], self.sizes[c] / 0.6) for c in self.ids}
        self.centres = _apart(start, self.radius)

    def drawn(self, pid: Callable[[str], str], name: Callable[[str], str], strings: Mapping[str, str],
              colour: Mapping[str, str], colour_rows: Sequence[Mapping[str, Any]], lang: str) -> dict[str, Any]:
        """The community nodes, their facts, the links between them, a
        legend section and the page's data to open them (every id as the
        page knows it, ``pid``), with words in ``lang``."""
        with speaking(lang):
            return self._drawn(pid, name, strings, colour, colour_rows)

    def _drawn(self, pid: Callable[[str], str], name: Callable[[str], str], strings: Mapping[str, str],
               colour: Mapping[str, str], colour_rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        label_of = {row["colour"]: str(row["label"]) for row in colour_rows}
        order = {row["colour"]: i for i, row in enumerate(colour_rows)}
        nodes: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        info: dict[str, dict[str, Any]] = {}
        link_info: dict[str, list[Any]] = {}
        clusters: dict[str, dict[str, Any]] = {}
        for rank, (c, anchor) in enumerate(zip(self.ids, self.anchors, strict=True)):
            members = self.members[c]
            what = (gettext("not in a cluster") if anchor is None
                    else gettext("the {name} cluster").format(name=name(anchor)))
            mix = Counter(colour.get(m, UNKNOWN_COLOUR) for m in members)
            slices = sorted(mix.items(), key=lambda kv: (order.get(kv[0], len(order)), -kv[1]))
            main = slices[0][0] if anchor is not None else UNKNOWN_COLOUR
            nodes.append({"id": c, "label": "", "x": self.centres[c][0], "y": self.centres[c][1],
                          "size": self.sizes[c], "shape": "dot", "borderWidth": 2,
                          "color": {"background": main, "border": "#ffffff",
                                    "highlight": {"background": main, "border": "#000000"},
                                    "hover": {"background": main, "border": "#000000"}}})
            facts = [[strings["members"], number(len(members))]]
            facts += [[label_of.get(col, strings["other"]), f"{number(k)} ({number(100 * k / len(members), 0)} %)"]
                      for col, k in slices]
            info[c] = {"kind": "community", "name": f"{what} ({number(len(members))})", "facts": facts, "measures": [],
                       "iwgs": [], "fills": [col for col, _ in slices], "faded": False, "top": True,
                       "first": False, "rank": rank, "central": rank < 10 and anchor is not None}
            clusters[c] = {"members": [pid(m) for m in members], "mix": [[col, k] for col, k in slices]}
        for i, ((a, b), k) in enumerate(sorted(self.links.items(), key=lambda kv: (-kv[1], kv[0]))):
            eid = f"k{i}"
            links.append({"id": eid, "from": a, "to": b, **_link_style(k, max(self.links.values()))})
            link_info[eid] = [ngettext("{count} tie between these clusters", "{count} ties between these clusters",
                                       k).format(count=number(k))]
        legend = {"title": gettext("Clusters"), "items": [{
            "kind": "cluster", "colour": nodes[0]["color"]["background"],
            "label": gettext("Cluster of stakeholders (size: members; slices: their colours). Click to open.")}]}
        return {"nodes": nodes, "info": info, "edges": links, "edge_info": link_info, "legend": legend,
                "page": {"clusters": clusters, "links": [e["id"] for e in links]}}


def group(G: nx.MultiDiGraph, people: Sequence[str], *, seed: int = DEFAULT_SEED) -> Clusters:
    """The communities of ``G``'s stakeholders ``people``, as ``analyze``
    finds them with the same ``seed``; the stakeholders in none are gathered last."""
    H = stakeholder_graph(G)
    found = communities(H, seed=seed)
    ids = [f"{CLUSTER_PREFIX}{c.id}" for c in found.clusters]
    members = {i: [str(m) for m in c.members] for i, c in zip(ids, found.clusters, strict=True)}
    anchors: list[str | None] = [str(c.anchor) for c in found.clusters]
    placed = {m for ms in members.values() for m in ms}
    alone = [n for n in people if n not in placed]
    if alone:
        ids.append(ALONE)
        members[ALONE] = alone
        anchors.append(None)
    of = {m: c for c, ms in members.items() for m in ms}
    links: Counter[tuple[str, str]] = Counter()
    inside: dict[str, list[tuple[str, str]]] = {c: [] for c in ids}
    rank = {c: i for i, c in enumerate(ids)}
    for u, v in H.edges():
        a, b = of[str(u)], of[str(v)]
        if a == b:
            inside[a].append((str(u), str(v)))
        else:
            links[(a, b) if rank[a] < rank[b] else (b, a)] += 1
    return Clusters(G, ids, members, anchors, dict(links), inside, seed)


def _in_disc(members: Sequence[str], ties: Sequence[tuple[str, str]], centre: Point, radius: float,
             seed: int) -> dict[str, Point]:
    """``members`` laid out by their own ties, evened out and fitted into the disc."""
    if len(members) == 1:
        return {members[0]: centre}
    if ties:
        # a community is small: a grid and fewer sweeps than a whole map's settle it
        raw = spread(spring_positions(members, ties, seed=seed, niter=200, grid=True), aspect=1.0)
    else:
        raw = _sunflower(members)
    far = max(math.hypot(x, y) for x, y in raw.values()) or 1.0
    k = 0.9 * radius / far
    return {m: (round(centre[0] + x * k, 1), round(centre[1] + y * k, 1)) for m, (x, y) in raw.items()}


def _sunflower(members: Sequence[str]) -> dict[str, Point]:
    """Evenly spread points in a disc (Vogel's spiral): for members with no tie among them."""
    turn = math.pi * (3 - math.sqrt(5))
    return {m: (math.sqrt(i + 0.5) * math.cos(i * turn), math.sqrt(i + 0.5) * math.sin(i * turn))
            for i, m in enumerate(members)}


def _apart(start: Mapping[str, Point], radius: Mapping[str, float], rounds: int = 300) -> dict[str, Point]:
    """``start`` moved as little as it takes for no two discs to overlap
    (each pair at least the sum of their radii and a gap apart)."""
    ids = list(start)
    p = np.array([start[c] for c in ids], dtype=float)
    r = np.array([radius[c] for c in ids], dtype=float)
    if len(ids) > 1:
        need = r[:, None] + r[None, :] + _GAP * np.minimum(r[:, None], r[None, :])
        np.fill_diagonal(need, 0.0)
        # the starting layout's scale is arbitrary: grow it until the typical pair is apart, then mend the rest
        d = np.linalg.norm(p[:, None, :] - p[None, :, :], axis=2)
        near = np.min(np.where(need > 0, d / np.where(need > 0, need, 1.0), np.inf), axis=1)
        p *= max(1.0, 1.0 / max(float(np.median(near)), 1e-9))
        wobble = np.random.default_rng(0).normal(scale=1e-3, size=p.shape)
        for _ in range(rounds):
            delta = p[:, None, :] - p[None, :, :]
            d = np.linalg.norm(delta, axis=2)
            overlap = np.clip(need - d, 0.0, None)
            np.fill_diagonal(overlap, 0.0)
            if not overlap.any():
                break
            # coincident centres are parted by a fixed, tiny nudge: the result stays repeatable
            unit = delta / np.where(d > 0, d, 1.0)[:, :, None] + (d == 0)[:, :, None] * wobble[:, None, :]
            p += 0.5 * np.einsum("ij,ijk->ik", overlap, unit)
    p -= (p.min(axis=0) + p.max(axis=0)) / 2
    return {c: (round(float(x), 1), round(float(y), 1)) for c, (x, y) in zip(ids, p, strict=True)}


def _fit_scale(centres: Mapping[str, Point], radius: Mapping[str, float]) -> float:
    """The zoom at which discs of ``radius`` fill the free part of a 1280×720 map."""
    left = min(x - radius[c] for c, (x, _) in centres.items())
    right = max(x + radius[c] for c, (x, _) in centres.items())
    top = min(y - radius[c] for c, (_, y) in centres.items())
    bottom = max(y + radius[c] for c, (_, y) in centres.items())
    return min(_VIEW[0] / max(right - left, 1.0), _VIEW[1] / max(bottom - top, 1.0))


def _link_style(ties: int, most: int) -> dict[str, Any]:
    """A link between two communities: 1 to 8 px wide by its number of ties
    (by area, as the nodes), darker for more; the faintest keeps 3:1 on white
    as a crowded map's ties do."""
    share = math.sqrt(ties / most) if most else 0.0
    return {"width": round(1.0 + 7.0 * share, 2),
            "color": {"color": DENSE_TIE_COLOUR, "opacity": round(0.6 + 0.3 * share, 2)}}
