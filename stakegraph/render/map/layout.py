"""Where each node of the map sits: a seeded layout computed in Python.

The browser is given finished pixel coordinates, so a map of thousands of
nodes is steady the moment it opens. The layout is python-igraph's
Fruchterman–Reingold (about a second at 10,000 nodes) with igraph's random
generator seeded, so the same graph always gives the same picture.

Examples
--------
>>> pos = spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")], seed=1)
>>> sorted(pos) == ["a", "b", "c"]
True
>>> pos == spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")], seed=1)
True
>>> ring = focus_positions("iwg", ["m1", "m2"], {"x": (0.0, 0.0)})
>>> ring["iwg"]
(0.0, 0.0)
>>> spread({"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (100.0, 0.0)}, aspect=1.0)
{'a': (-30.0, 0.0), 'b': (0.0, 0.0), 'c': (90.0, 0.0)}
>>> label_order({"a": 10, "b": 30, "c": 20}, first={"a"}, central=1)
['b', 'a', 'c']
>>> sorted(spaced_labels({"a": (0, 0), "b": (5, 0), "c": (400, 0)}, {"a": 20, "b": 10, "c": 10},
...                      {"a": "Alpha", "b": "Beta", "c": "Gamma"}, limit=5))
['a', 'c']
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

import igraph

from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["SCREEN_ASPECT", "focus_positions", "label_order", "spaced_labels", "spread", "spring_positions"]

Point = tuple[float, float]
N = TypeVar("N", bound=Hashable)

#: how much wider than tall a projected screen is (16:9 less the panels): the map's shape
SCREEN_ASPECT = 1.6
#: pixels of map width per square root of the node count
_SPREAD = 120.0
#: the smallest map width in pixels
_MIN_WIDTH = 700.0


def _iterations(n: int) -> int:
    # igraph's default sweeps up to 10,000 nodes (about a second there); fewer beyond
    return 500 if n <= 10_000 else 300


def spring_positions(
    nodes: Sequence[N],
    edges: Iterable[tuple[N, N]],
    *,
    seed: int = DEFAULT_SEED,
    niter: int | None = None,
    grid: bool = False,
) -> dict[N, Point]:
    """Pixel positions for ``nodes`` from a seeded Fruchterman–Reingold layout.

    Parameters
    ----------
    nodes : sequence
        The node ids, in a fixed order (the result depends on it).
    edges : iterable of pairs
        Undirected links between nodes; repeats and self-links are ignored.
    seed : int
        Seeds igraph's random generator (starting positions and grid).
    niter : int, optional
        Iterations of the layout; by default 500 (300 above 10,000 nodes).
    grid : bool
        Repel only nodes in nearby cells of a grid, as igraph does by
        itself above 1,000 nodes: several times quicker for a few hundred.

    Returns
    -------
    dict
        node -> ``(x, y)`` in pixels, centred on the origin, about
        ``120 * sqrt(n)`` pixels wide.
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {
        (min(a, b), max(a, b))
        for u, v in edges
        if (a := index[u]) != (b := index[v])
    }
    g = igraph.Graph(n=n, edges=sorted(pairs))
    # igraph draws its own starting positions (and its grid, above 1,000
    # nodes) from this generator: seeding it makes the layout repeatable
    igraph.set_random_number_generator(random.Random(seed))
    try:
        layout = g.layout_fruchterman_reingold(niter=niter or _iterations(n), grid="grid" if grid else "auto")
    finally:
        igraph.set_random_number_generator(random)
    side = math.sqrt(n)
    return dict(zip(nodes, _to_pixels(layout.coords, max(_MIN_WIDTH, _SPREAD * side)), strict=True))


def spread(positions: Mapping[N, Point], *, aspect: float = SCREEN_ASPECT, power: float = 0.5) -> dict[N, Point]:
    """``positions`` opened up for names: a spring layout packs its core
    tightly and leaves its rim sparse, so each node's distance from the
    centre is evened out (``(r / R) ** power`` of ``R``, the distance that
    nine in ten nodes lie within, and at most 1.25 ``R``; its direction
    kept), and the whole is widened by ``aspect`` to the shape of a
    projected screen, where names run sideways."""
    if not positions:
        return {}
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    # the middle of the crowd, not of the frame: a far isolate does not move it
    cx, cy = sorted(xs)[len(xs) // 2], sorted(ys)[len(ys) // 2]
    radii = sorted(math.hypot(x - cx, y - cy) for x, y in positions.values())
    # the far-flung few (isolates, small components) are brought in to the rim
    far = radii[min(len(radii) - 1, int(0.9 * len(radii)))] or radii[-1] or 1.0
    out = {}
    for node, (x, y) in positions.items():
        dx, dy = x - cx, y - cy
        r = math.hypot(dx, dy)
        k = far * min(r / far, 1.25) ** power / r if r else 0.0
        out[node] = (round(dx * k * aspect, 1), round(dy * k, 1))
    return out


def _to_pixels(coords: Sequence[Sequence[float]], width: float) -> list[Point]:
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = width / extent
    return [(round((x - cx) * scale, 1), round((y - cy) * scale, 1)) for x, y in zip(xs, ys, strict=True)]


def focus_positions(
    centre: N,
    ring: Sequence[N | None],
    others: Mapping[N, Point],
) -> dict[N, Point]:
    """Positions that group one IWG: the IWG in the middle, ``ring`` around it
    (a ``None`` in ``ring`` is a slot left empty, to give a wide label room),
    ``others`` (already laid out) pushed outside the ring.

    The ring's radius grows with its size so members do not touch; the other
    nodes keep their direction from the centre of their own layout and are
    moved into a band from 1.3 to 2 times the ring's radius, in the order of
    their distance from that centre.
    """
    radius = max(220.0, 120.0 * len(ring) / (2 * math.pi))
    pos: dict[N, Point] = {centre: (0.0, 0.0)}
    for i, node in enumerate(ring):
        if node is None:
            continue
        angle = 2 * math.pi * i / max(1, len(ring)) - math.pi / 2
        pos[node] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    if others:
        cx = sum(p[0] for p in others.values()) / len(others)
        cy = sum(p[1] for p in others.values()) / len(others)
        far = max(math.hypot(x - cx, y - cy) for x, y in others.values()) or 1.0
        for node, (x, y) in others.items():
            dx, dy = x - cx, y - cy
            r = math.hypot(dx, dy) or 1.0
            # a band just outside the ring, as deep as 0.7 of its radius: the map stays compact
            out = radius * (1.3 + 0.7 * r / far)
            pos[node] = (round(dx / r * out, 1), round(dy / r * out, 1))
    return pos


#: the width of an average character of a 16 px label, and the label's height
_CHAR, _LINE = 9.0, 22.0


def spaced_labels(
    positions: Mapping[N, Point],
    sizes: Mapping[N, float],
    names: Mapping[N, str],
    *,
    limit: int,
    font: float = 16.0,
    first: Collection[N] = (),
    fixed: Collection[N] = (),
) -> set[N]:
    """The nodes whose labels to show: those in ``first``, then the biggest,
    skipping any label that would overlap one already chosen, at most
    ``limit`` of them. ``fixed`` nodes are labelled anyway (an IWG, say): their
    labels are kept clear and are neither candidates nor counted.

    Labels are drawn centred under their node in the map's own coordinates
    (vis-network scales them with the zoom), so boxes that do not overlap
    here do not overlap on screen at any zoom.

    >>> at = {"iwg": (0, 0), "a": (0, 0), "b": (300, 0)}
    >>> sorted(spaced_labels(at, {"iwg": 20, "a": 20, "b": 10}, {"iwg": "IWG", "a": "A", "b": "B"},
    ...                      limit=5, fixed=["iwg"]))
    ['b']
    """
    scale = font / 16.0

    def box(node: N) -> tuple[float, float, float, float]:
        x, y = positions[node]
        half = _CHAR * scale * len(names[node]) / 2 + 4
        top = y + sizes[node] + 2
        return (x - half, top, x + half, top + _LINE * scale)

    chosen: set[N] = set()
    boxes = [box(node) for node in fixed]
    candidates = (n for n in sizes if n not in fixed)
    for node in sorted(candidates, key=lambda n: (n not in first, -sizes[n], str(n))):
        if len(chosen) >= limit:
            break
        b = box(node)
        if any(b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3] for o in boxes):
            continue
        chosen.add(node)
        boxes.append(b)
    return chosen


def label_order(sizes: Mapping[N, float], *, first: Collection[N] = (), central: int = 10) -> list[N]:
    """The order in which the page names stakeholders while room is left:
    the ``central`` biggest (the most central, by the measure that sizes
    them), then ``first`` (an IWG's members, what a diff highlights, a few
    isolates), then the rest, biggest first."""
    by_size = sorted(sizes, key=lambda n: (-sizes[n], str(n)))
    top = by_size[:central]
    chosen = set(top)
    return top + [n for n in by_size if n in first and n not in chosen] + [
        n for n in by_size if n not in first and n not in chosen]
