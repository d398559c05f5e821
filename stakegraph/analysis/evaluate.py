"""The evaluation annex: what changed between two rounds of a mapping, and
whether it is more than chance.

:func:`evaluate_graphs` gathers, for a before and an after round,

* ``sectors`` and ``levels``: ties gained and lost across sectors and across
  levels (:func:`tie_changes`), with an exact test of whether the new ties
  cross more than new ties placed at random would;
* ``stability``: the QAP correlation of the two rounds over the stakeholders
  in both (:mod:`stakegraph.analysis.qap`);
* ``reciprocity`` of the directed ties (:mod:`stakegraph.analysis.reciprocity`);
* ``homophily``: E-I and assortativity by sector, with their CUG tests
  (:mod:`stakegraph.analysis.homophily`);
* ``core_periphery``: the Borgatti–Everett core of each round
  (:mod:`stakegraph.analysis.coreperiphery`);
* ``migrant_voice``: where migrant-led organisations sit
  (:mod:`stakegraph.analysis.voice`).

Stakeholders are matched across rounds as :mod:`stakegraph.analysis.diff`
matches them (a possible rename counts as the same organisation). Every
random step draws from ``seed``; neither graph is changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

from stakegraph.analysis.coreperiphery import CorePeriphery, core_periphery
from stakegraph.analysis.diff import RENAME_CUTOFF, match_stakeholders
from stakegraph.analysis.homophily import homophily_test
from stakegraph.analysis.qap import qap_correlation
from stakegraph.analysis.reciprocity import directed_ties, reciprocity
from stakegraph.analysis.voice import migrant_voice
from stakegraph.codebook import default_codebook
from stakegraph.model import stakeholder_graph, tie_digraph
from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["PERMUTATIONS", "evaluate_graphs", "tie_changes"]

#: permutations (and null draws) of every test unless told otherwise
PERMUTATIONS = 1000

Pair = frozenset[Hashable]


def _label(H: nx.Graph, n: Hashable, attribute: str) -> str | None:
    value = H.nodes[n].get(attribute)
    return None if value is None or value == "" else str(value)


def _kind(H: nx.Graph, pair: Pair, attribute: str) -> str:
    a, b = (_label(H, n, attribute) for n in pair)
    if a is None or b is None:
        return "unknown"
    return "within" if a == b else "across"


def _group_pair(H: nx.Graph, pair: Pair, attribute: str, order: list[str]) -> tuple[str, str] | None:
    labels = [_label(H, n, attribute) for n in pair]
    if None in labels:
        return None
    a, b = sorted(labels, key=lambda x: (order.index(x) if x in order else len(order), str(x)))
    return (str(a), str(b))


def tie_changes(H0: nx.Graph, H1: nx.Graph, attribute: str = "sector") -> dict[str, Any]:
    """Ties (tied pairs) across and within the values of ``attribute`` in
    ``H0`` (before) and ``H1`` (after), the same ids meaning the same
    stakeholder, and how many were gained and lost.

    A tie is *across* when both ends have a value and the values differ,
    *within* when they are equal, *unknown* otherwise; a tie of each round is
    classed by that round's values. ``by_pair`` counts each pair of values.
    ``test`` asks whether the ties gained cross more often than ties placed
    at random on the pairs of ``H1`` untied before would (hypergeometric,
    exact): ``p_value`` is the chance of as many crossing ties or more.

    Parameters
    ----------
    H0 : networkx.Graph
        The earlier round's stakeholder view.
    H1 : networkx.Graph
        The later round's stakeholder view.
    attribute : str, default 'sector'
        The node attribute whose values ties are across or within (``sector``, ``level``).

    Returns
    -------
    dict[str, Any]
        Ties across and within before and after, gained and lost.

    Examples
    --------
    >>> import networkx as nx
    >>> H0 = nx.Graph([("a", "b")])
    >>> H1 = nx.Graph([("a", "b"), ("a", "c"), ("b", "d")])
    >>> for H in (H0, H1):
    ...     nx.set_node_attributes(H, {"a": "public", "b": "public", "c": "private",
    ...                                "d": "private"}, "sector")
    >>> found = tie_changes(H0, H1)
    >>> found["across"], found["test"]["gained_across"], round(found["test"]["p_value"], 3)
    ({'before': 0, 'after': 2, 'gained': 2, 'lost': 0}, 2, 0.6)
    """
    from scipy.stats import hypergeom  # seconds to import: only when an annex is made

    pairs0 = {frozenset((u, v)) for u, v in H0.edges() if u != v}
    pairs1 = {frozenset((u, v)) for u, v in H1.edges() if u != v}
    gained, lost = pairs1 - pairs0, pairs0 - pairs1
    counts: dict[str, dict[str, int]] = {
        kind: {"before": 0, "after": 0, "gained": 0, "lost": 0} for kind in ("across", "within", "unknown")}
    vocabulary = attribute if attribute in ("sector", "level") else None
    order = default_codebook().codes(vocabulary) if vocabulary else []
    by_pair: dict[tuple[str, str], dict[str, int]] = {}
    for key, H, pairs in (("before", H0, pairs0), ("after", H1, pairs1),
                          ("gained", H1, gained), ("lost", H0, lost)):
        for pair in pairs:
            counts[_kind(H, pair, attribute)][key] += 1
            values = _group_pair(H, pair, attribute, order)
            if values is not None:
                row = by_pair.setdefault(values, {"before": 0, "after": 0, "gained": 0, "lost": 0})
                row[key] += 1
    # the pairs of the later round untied before, counted, not listed: all
    # pairs of known values, less those tied in the earlier round
    sizes = Counter(v for v in (_label(H1, n, attribute) for n in H1) if v is not None)
    known = sum(sizes.values())
    pairs_within = sum(k * (k - 1) // 2 for k in sizes.values())
    tied = [_kind(H1, pair, attribute) for pair in pairs0 if all(n in H1 for n in pair)]
    untied = known * (known - 1) // 2 - tied.count("across") - tied.count("within")
    across_untied = known * (known - 1) // 2 - pairs_within - tied.count("across")
    drawn = counts["across"]["gained"] + counts["within"]["gained"]
    x = counts["across"]["gained"]
    p = float(hypergeom.sf(x - 1, untied, across_untied, drawn)) if drawn else None
    rows = sorted(by_pair.items(), key=lambda kv: [order.index(v) if v in order else len(order)
                                                   for v in kv[0]] + list(kv[0]))
    return {
        "attribute": attribute, **counts,
        "by_pair": [{"values": list(values), **row} for values, row in rows],
        "test": {"gained": drawn, "gained_across": x,
                 "expected_across": drawn * across_untied / untied if untied else None,
                 "untied_pairs": untied, "untied_across": across_untied, "p_value": p},
    }


def _renamed(H: nx.Graph, renamed: Mapping[str, str]) -> nx.Graph:
    return nx.relabel_nodes(H, dict(renamed), copy=True) if renamed else H


def _unrenamed(found: CorePeriphery, renamed: Mapping[str, str]) -> CorePeriphery:
    """``found`` (of the earlier round, its ids renamed) with the earlier ids back."""
    back: dict[Hashable, Hashable] = {new: old for old, new in renamed.items()}
    return CorePeriphery([back.get(n, n) for n in found.core], found.correlation,
                         {back.get(n, n): d for n, d in found.distance_to_core.items()})


def _core(H: nx.Graph, found: CorePeriphery) -> dict[str, Any]:
    return {"core": [H.nodes[n].get("name", n) for n in found.core], "size": len(found.core),
            "stakeholders": H.number_of_nodes(), "correlation": found.correlation}


def _voices(before: dict[str, Any], after: dict[str, Any],
            renamed: Mapping[str, str]) -> dict[str, Any]:
    """The lens of each round, and its organisations matched across rounds:
    ``{"name", "before", "after"}``, a round's row ``None`` where absent."""
    rows: dict[str, dict[str, Any]] = {}
    for key, lens in (("before", before), ("after", after)):
        for o in lens["organisations"]:
            n = renamed.get(o["id"], o["id"]) if key == "before" else o["id"]
            row = rows.setdefault(n, {"name": o["name"], "before": None, "after": None})
            row[key] = o
            row["name"] = o["name"]  # the later round's name when it has one
    return {"before": before, "after": after,
            "organisations": sorted(rows.values(), key=lambda r: str(r["name"]).casefold())}


def evaluate_graphs(
    before: nx.MultiDiGraph,
    after: nx.MultiDiGraph,
    *,
    permutations: int = PERMUTATIONS,
    seed: int = DEFAULT_SEED,
    rename_cutoff: float | None = RENAME_CUTOFF,
) -> dict[str, Any]:
    """The evaluation annex of two rounds (module notes), as numbers.

    Returns ``stakeholders`` (``before``, ``after``, ``in_both``,
    ``renamed``), ``sectors`` and ``levels`` (:func:`tie_changes`),
    ``stability`` (QAP, :class:`~stakegraph.analysis.qap.QAPResult`),
    and ``reciprocity``, ``homophily``, ``core_periphery`` and
    ``migrant_voice``, each ``{"before": ..., "after": ...}``; the lens
    also lists its ``organisations`` matched across the rounds.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    permutations : int, default PERMUTATIONS
        How many seeded permutations the test draws.
    seed : int, default DEFAULT_SEED
        Seeds every random draw, so the same input gives the same result.
    rename_cutoff : float, optional
        How alike (0–100) a stakeholder gone and a new one must be named to be paired as a
        rename; ``None`` pairs none.

    Returns
    -------
    dict[str, Any]
        Every indicator of the annex with its test, as JSON-ready numbers.
    """
    _, _, renamed = match_stakeholders(before, after, cutoff=rename_cutoff)
    H0 = _renamed(stakeholder_graph(before), renamed)
    H1 = stakeholder_graph(after)
    D0 = _renamed(tie_digraph(before), renamed)
    D1 = tie_digraph(after)
    common = [n for n in H1 if n in H0]
    found = {"before": core_periphery(H0, seed=seed), "after": core_periphery(H1, seed=seed)}
    moved_in = [H1.nodes[n].get("name", n) for n in found["after"].core
                if n in H0 and n not in set(found["before"].core)]
    moved_out = [H0.nodes[n].get("name", n) for n in found["before"].core
                 if n in H1 and n not in set(found["after"].core)]
    return {
        "stakeholders": {"before": H0.number_of_nodes(), "after": H1.number_of_nodes(),
                         "in_both": len(common), "renamed": len(renamed)},
        "sectors": tie_changes(H0, H1, "sector"),
        "levels": tie_changes(H0, H1, "level"),
        "stability": qap_correlation(D0, D1, common, permutations=permutations, seed=seed).to_dict(),
        "reciprocity": {"before": reciprocity(directed_ties(before)).to_dict(),
                        "after": reciprocity(directed_ties(after)).to_dict()},
        "homophily": {key: homophily_test(H, permutations=permutations, seed=seed).to_dict()
                      for key, H in (("before", H0), ("after", H1))},
        "core_periphery": {"before": _core(H0, found["before"]), "after": _core(H1, found["after"]),
                           "moved_in": moved_in, "moved_out": moved_out},
        "migrant_voice": _voices(migrant_voice(before, _unrenamed(found["before"], renamed)),
                                 migrant_voice(after, found["after"]), renamed),
        "permutations": permutations,
        "seed": seed,
    }
