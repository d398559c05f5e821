"""Sector homophily and its test: do organisations tie within their sector
more, or less, than a network of the same size would by chance?

The statistics are the E-I index and the attribute assortativity of
:mod:`stakegraph.analysis.mixing`, on the undirected stakeholder view.

The test is a conditional uniform graph (CUG) test, as R's
``sna::cug.test(..., cmode="edges")`` does it: the null networks have the
same stakeholders, with the same sectors, and the same number of ties, placed
uniformly at random among all pairs. Only the mixing matrix of a network
enters E-I and assortativity, and the mixing matrix of such a random network
is multivariate hypergeometric: each of the ties falls in a category of
pairs (public–public, public–private, …) in proportion to the number of pairs
of that category. stakegraph draws the matrices directly, which is the same
null model as drawing whole networks and far faster. The p-values count the
draws at least (``p_greater``) or at most (``p_less``) as extreme as the
observed value, the observed one counted: ``(k + 1) / (draws + 1)``.

A low ``p_less`` for E-I says ties stay inside sectors more than chance
would have them (homophily); a low ``p_greater`` says they cross sectors
more than chance.

Examples
--------
>>> import networkx as nx
>>> H = nx.Graph([("a", "b"), ("c", "d"), ("e", "f"), ("a", "c")])
>>> nx.set_node_attributes(H, dict(zip("abcdef", ["x", "x", "y", "y", "z", "z"])), "sector")
>>> found = homophily_test(H, permutations=200, seed=1)
>>> found.ei_index, round(found.expected_ei_index, 1), found.ei_p_less < 0.2
(-0.5, 0.6, True)
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.mixing import UNKNOWN, assortativity_of_matrix, ei_of_matrix, mixing_matrix
from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["HomophilyTest", "homophily_test"]


@dataclass(frozen=True)
class HomophilyTest:
    """E-I and assortativity by ``group``, each with its CUG test.

    ``expected_*`` is the mean over the null draws; NaN statistics (no tie
    between known groups, one group only) have NaN p-values.
    """

    ei_index: float
    ei_p_greater: float
    ei_p_less: float
    expected_ei_index: float
    assortativity: float
    assortativity_p_greater: float
    assortativity_p_less: float
    expected_assortativity: float
    ties: int
    permutations: int
    seed: int

    def to_dict(self) -> dict[str, float | int]:
        """The result as JSON shows it."""
        return dict(self.__dict__)


def _p_values(null: np.ndarray, observed: float) -> tuple[float, float]:
    if observed != observed:
        return float("nan"), float("nan")
    null = null[~np.isnan(null)]
    tolerance = 1e-12
    at_least = int((null >= observed - tolerance).sum())
    at_most = int((null <= observed + tolerance).sum())
    return (at_least + 1) / (len(null) + 1), (at_most + 1) / (len(null) + 1)


def _nanmean(values: np.ndarray) -> float:
    kept = values[~np.isnan(values)]
    return float(kept.mean()) if len(kept) else float("nan")


@stakeholder_view
def homophily_test(
    H: nx.Graph, group: str = "sector", *, permutations: int = 1000, seed: int = DEFAULT_SEED
) -> HomophilyTest:
    """E-I and assortativity of undirected ``H`` by node attribute ``group``,
    each with a CUG test of ``permutations`` seeded draws (module notes).

    Stakeholders whose group is unknown stay in the null networks (they take
    their share of the ties) but, as in :func:`~stakegraph.analysis.mixing.ei_index`,
    their ties are left out of both statistics.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    group : str, default 'sector'
        The node attribute that sorts stakeholders into groups (default ``sector``).
    permutations : int, default 1000
        How many seeded permutations the test draws.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.

    Returns
    -------
    HomophilyTest
        E-I and assortativity, each with its expected value and one-sided p-values.
    """
    if permutations < 1:
        raise ValueError("permutations must be at least 1")
    observed = mixing_matrix(H, group)
    order = list(observed.index)
    sizes = np.array([sum(1 for _, g in H.nodes(data=group) if (g if g is not None else UNKNOWN) == s)
                      for s in order], dtype=np.int64)
    k = len(order)
    upper = [(i, j) for i in range(k) for j in range(i, k)]
    pairs = np.array([sizes[i] * (sizes[i] - 1) // 2 if i == j else sizes[i] * sizes[j]
                      for i, j in upper], dtype=np.int64)
    ties = H.number_of_edges() - nx.number_of_selfloops(H)
    known = [i for i, s in enumerate(order) if s != UNKNOWN]
    rng = np.random.default_rng(seed)
    ei_null = np.empty(permutations)
    as_null = np.empty(permutations)
    rows, cols = np.array([i for i, _ in upper]), np.array([j for _, j in upper])
    M = np.zeros((k, k), dtype=np.int64)
    for r in range(permutations):
        drawn = rng.multivariate_hypergeometric(pairs, ties) if ties else np.zeros(len(upper), int)
        M[:] = 0
        M[rows, cols] = drawn
        M[cols, rows] = drawn
        sub = M[np.ix_(known, known)]
        internal = int(np.trace(sub))
        external = int((sub.sum() - internal) // 2)
        total = internal + external
        ei_null[r] = (external - internal) / total if total else np.nan
        as_null[r] = assortativity_of_matrix(sub)
    ei = ei_of_matrix(observed).overall
    assort = assortativity_of_matrix(observed)
    return HomophilyTest(ei, *_p_values(ei_null, ei), _nanmean(ei_null),
                         assort, *_p_values(as_null, assort), _nanmean(as_null),
                         ties, permutations, seed)
