"""Core and periphery (Borgatti and Everett 2000, the discrete model).

A network has a core–periphery structure when a set of actors, the *core*,
are tied to each other and to the rest, while the others, the *periphery*,
are tied to the core but hardly to one another. The ideal pattern ties a
pair when at least one of the two is in the core. The partition reported is
the one whose ideal pattern correlates best (Pearson, over all pairs of the
undirected, unweighted stakeholder view) with the ties observed; that
correlation says how well the network fits the model (1 is a perfect core
and periphery; near 0, no such structure). This is the ideal of Borgatti and
Everett's discrete model, as UCINET's and cpnet's ``BE`` measure it.

Finding the best partition is a hard search. stakegraph takes every core made
of the k best-connected stakeholders (most ties first, graph order among
equals) and keeps the best; from there, and from ``restarts`` seeded random
partitions, Kernighan–Lin passes move stakeholders between core and
periphery, and the best partition met wins. The same network and seed always
give the same core. Tests compare the result with an exhaustive search on
small networks and with cpnet on real ones.

Examples
--------
>>> import networkx as nx
>>> H = nx.star_graph(4)
>>> H.add_edge(0, 5)
>>> found = core_periphery(H)
>>> found.core, found.correlation
([0], 1.0)
>>> found.distance_to_core[3]
1
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["CorePeriphery", "core_periphery", "distances_from", "ideal_correlation"]

#: the most moves a Kernighan–Lin pass tries before it keeps its best partition
_DEPTH = 50


@dataclass
class CorePeriphery:
    """The core (node list, graph order), the fit of the partition, and each
    node's distance in ties to the nearest core member (``None`` when no path
    leads there)."""

    core: list[Hashable]
    correlation: float
    distance_to_core: dict[Hashable, int | None] = field(default_factory=dict)


def ideal_correlation(pairs: int, ties: int, periphery: int, periphery_ties: int) -> float:
    """Pearson's correlation between the ties and the core–periphery ideal, from counts.

    ``pairs`` of actors, ``ties`` among them, ``periphery`` actors in the
    periphery with ``periphery_ties`` among themselves. NaN when either
    vector is constant (no tie, a complete network, or a periphery of at
    most one actor).

    Parameters
    ----------
    pairs : int
        Pairs of nodes counted.
    ties : int
        Tied pairs among them.
    periphery : int
        Pairs of the periphery.
    periphery_ties : int
        Tied pairs of the periphery.

    Returns
    -------
    float
        Pearson's correlation of the ties with the ideal (NaN when undefined).

    >>> ideal_correlation(pairs=10, ties=4, periphery=4, periphery_ties=0)
    1.0
    """
    ideal = pairs - periphery * (periphery - 1) // 2
    shared = ties - periphery_ties
    spread = float(ties) * (pairs - ties) * float(ideal) * (pairs - ideal)
    if spread <= 0:
        return float("nan")
    return float((pairs * float(shared) - float(ties) * ideal) / np.sqrt(spread))


def _correlations(pairs: int, ties: int, periphery: np.ndarray, periphery_ties: np.ndarray) -> np.ndarray:
    """:func:`ideal_correlation` for arrays of periphery sizes and ties (``-inf`` where NaN)."""
    ideal = pairs - periphery * (periphery - 1) // 2
    spread = float(ties) * (pairs - ties) * ideal.astype(float) * (pairs - ideal)
    with np.errstate(divide="ignore", invalid="ignore"):
        r = (pairs * (ties - periphery_ties).astype(float) - float(ties) * ideal) / np.sqrt(spread)
    return np.where(spread > 0, r, -np.inf)


@stakeholder_view
def core_periphery(H: nx.Graph, *, restarts: int = 10, seed: int = DEFAULT_SEED) -> CorePeriphery:
    """The Borgatti–Everett core of undirected simple graph ``H`` (see the
    module notes); self-loops and weights are left aside. ``H`` is not changed.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    restarts : int, default 10
        How many seeded starts the search makes; the best is kept.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.

    Returns
    -------
    CorePeriphery
        The core members, their correlation with the ideal, and each node's distance to the
        core.
    """
    nodes = list(H)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    neighbours = [np.array([index[u] for u in H[v] if u != v], dtype=np.int64) for v in nodes]
    degree = np.array([len(a) for a in neighbours], dtype=np.int64)
    ties = int(degree.sum()) // 2
    pairs = n * (n - 1) // 2
    if ties == 0 or ties == pairs:
        return CorePeriphery([], float("nan"), distances_from(H, []))
    # the best core among the k best-connected, k = 1 .. n - 2
    order = sorted(range(n), key=lambda i: -degree[i])
    to_periphery = degree.copy()  # each node's ties to the periphery
    periphery_ties, best, best_k = ties, -np.inf, 0
    for k, i in enumerate(order[:-2], start=1):
        periphery_ties -= int(to_periphery[i])
        to_periphery[neighbours[i]] -= 1
        r = _correlations(pairs, ties, np.array([n - k]), np.array([periphery_ties]))[0]
        if r > best + 1e-12:
            best, best_k = r, k
    starts = [np.isin(np.arange(n), order[:best_k])]
    rng = np.random.default_rng(seed)
    starts += [rng.random(n) < 0.5 for _ in range(restarts)]
    best, in_core = -np.inf, starts[0]
    for start in starts:
        fit, found = _kernighan_lin(start.copy(), neighbours, pairs, ties)
        if fit > best + 1e-12:
            best, in_core = fit, found
    if best == -np.inf:  # too few actors for a core and a periphery of two
        return CorePeriphery([], float("nan"), distances_from(H, []))
    core = [nodes[i] for i in range(n) if in_core[i]]
    return CorePeriphery(core, float(best), distances_from(H, core))


def distances_from(H: nx.Graph, sources: Sequence[Hashable]) -> dict[Hashable, int | None]:
    """Each node's distance in ties to the nearest of ``sources`` (0 for a
    source), ``None`` when no path leads there or ``sources`` is empty.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    sources : Sequence[Hashable]
        The node ids (or vertex indices) the paths start from.

    Returns
    -------
    dict[Hashable, int | None]
        Node -> its distance to the nearest source, ``None`` when unreachable.

    >>> import networkx as nx
    >>> distances_from(nx.Graph([(1, 2), (2, 3), (4, 5)]), [1])
    {1: 0, 2: 1, 3: 2, 4: None, 5: None}
    """
    found = nx.multi_source_dijkstra_path_length(H, sources, weight=lambda u, v, d: 1) if sources else {}
    return {v: (int(found[v]) if v in found else None) for v in H}


def _kernighan_lin(in_core: np.ndarray, neighbours: list[np.ndarray], pairs: int,
                   ties: int) -> tuple[float, np.ndarray]:
    """Kernighan–Lin passes from partition ``in_core``: move up to
    :data:`_DEPTH` stakeholders once each, the best move first (even a move
    that lowers the fit, to leave a local optimum), and keep the best
    partition met; stop when a pass finds none better."""
    n = len(in_core)
    to_periphery = np.array([int((~in_core[a]).sum()) for a in neighbours], dtype=np.int64)
    periphery = int((~in_core).sum())
    periphery_ties = int(to_periphery[~in_core].sum()) // 2
    best = float(_correlations(pairs, ties, np.array([periphery]), np.array([periphery_ties]))[0])

    def move(i: int) -> int:
        nonlocal periphery, periphery_ties
        sign = 1 if in_core[i] else -1  # +1: into the periphery
        periphery += sign
        periphery_ties += sign * int(to_periphery[i])
        in_core[i] = not in_core[i]
        to_periphery[neighbours[i]] += sign
        return sign

    for _ in range(n):
        best_in_pass, kept, moves = best, 0, []
        locked = np.zeros(n, dtype=bool)
        for step in range(min(n, _DEPTH)):
            sign = np.where(in_core, 1, -1)
            r = _correlations(pairs, ties, periphery + sign, periphery_ties + sign * to_periphery)
            r[locked] = -np.inf
            i = int(np.argmax(r))
            if r[i] == -np.inf:
                break
            move(i)
            locked[i] = True
            moves.append(i)
            if r[i] > best_in_pass + 1e-12:
                best_in_pass, kept = float(r[i]), step + 1
        for i in reversed(moves[kept:]):  # back to the best partition of the pass
            move(i)
        if kept == 0:
            break
        best = best_in_pass
    return best, in_core
