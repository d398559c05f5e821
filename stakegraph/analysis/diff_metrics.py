"""How a mapping's shape moved between two rounds: density, components,
isolates, the E-I index of sectors and the cross-sector ties, and each
stakeholder's betweenness and brokerage, before, after and the change
(:func:`diff_metrics`). :func:`stakegraph.analysis.diff.diff_graphs` gives
them beside who and which ties are new or gone; stakeholders are matched
across the rounds as :mod:`stakegraph.analysis.diff` says.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> people = [Stakeholder("City", "public"), Stakeholder("Doras", "civil_society"),
...           Stakeholder("Dell", "private")]
>>> before = build_graph(people, [Tie("city", "doras")])
>>> after = build_graph(people, [Tie("city", "doras"), Tie("dell", "city")])
>>> m = diff_metrics(before, after)
>>> m["isolates"], m["isolated"]["first_ties"]
({'before': 1, 'after': 0, 'change': -1}, ['dell'])
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx
import pandas as pd

from stakegraph.analysis.brokerage import brokerage_roles
from stakegraph.analysis.centrality_paths import betweenness
from stakegraph.analysis.mixing import ei_index
from stakegraph.analysis.structure import components, density, isolates
from stakegraph.codebook import fold_name
from stakegraph.model import stakeholder_graph, tie_digraph

__all__ = ["diff_metrics"]

_DIGITS = 6
#: the measures of the whole network that the diff compares
_SHAPE = ("density", "components", "isolates", "ei_index", "cross_sector_ties")


def _change(before: float | None, after: float | None) -> dict[str, float | None]:
    def r(x: float | None) -> float | None:
        return x if x is None or isinstance(x, int) else round(float(x), _DIGITS)

    change = None if before is None or after is None else after - before
    return {"before": r(before), "after": r(after), "change": r(change)}


def _nan_none(value: float) -> float | None:
    return None if value != value else float(value)


def _network_measures(H: nx.Graph) -> dict[str, Any]:
    ei = ei_index(H)
    return {
        "density": density(H),
        "components": len(components(H)),
        "isolates": len(isolates(H)),
        "ei_index": _nan_none(ei.overall),
        "cross_sector_ties": ei.external,
        "ei_by_sector": {k: _nan_none(v) for k, v in ei.by_sector.items()},
    }


def _per_stakeholder(G: nx.MultiDiGraph, H: nx.Graph,
                     between: pd.Series | None = None) -> dict[str, dict[str, float | None]]:
    """Betweenness (``between``, if already known) and total Gould–Fernandez
    brokerage of every stakeholder."""
    between = betweenness(H).values if between is None else between
    brokers = brokerage_roles(tie_digraph(G))["total"]
    return {
        n: {"betweenness": float(between[n]),
            "brokerage": None if pd.isna(brokers.get(n, pd.NA)) else int(brokers[n])}
        for n in H
    }


def _isolated(was: set[str], alone0: set[str], now: set[str], alone1: set[str],
              names: Mapping[str, str]) -> dict[str, list[str]]:
    """Who lost every tie, who found a first one, and who is new with none."""
    def named(ids: set[str]) -> list[str]:
        return sorted((names.get(n, n) for n in ids), key=fold_name)

    return {"lost_all_ties": named((alone1 & was) - alone0),
            "first_ties": named((alone0 & now) - alone1),
            "new_without_ties": named(alone1 - was)}


def diff_metrics(
    before: nx.MultiDiGraph,
    after: nx.MultiDiGraph,
    renamed: Mapping[str, str] | None = None,
    *,
    names: Mapping[str, str] | None = None,
    after_betweenness: pd.Series | None = None,
) -> dict[str, Any]:
    """How the network's shape and each stakeholder's position moved.

    On the undirected stakeholder view: ``density``, ``components``
    (an isolate counts as one), ``isolates``, and under ``isolated`` the
    names of those who lost every tie, found a first one, or are new with
    none (``lost_all_ties``, ``first_ties``, ``new_without_ties``), the E-I index of sectors
    (``ei_index``, and ``ei_index_by_sector``) and ``cross_sector_ties``, the
    tied pairs whose sectors are known and differ (the E of E-I; see
    :mod:`stakegraph.analysis.mixing`). Under ``stakeholders``, for each one,
    normalised betweenness (:func:`stakegraph.analysis.centrality_paths.betweenness`)
    and total Gould–Fernandez brokerage by sector
    (:func:`stakegraph.analysis.brokerage.brokerage_roles`, missing when the
    sector is unknown).

    Every value is ``{"before", "after", "change"}``, floats rounded to six
    decimals; a stakeholder in one round only has ``None`` for the other
    round and the change. Stakeholders are listed by the size of their
    change in brokerage, then betweenness, largest first, under the name
    ``names`` gives their id. ``after_betweenness``, the normalised
    betweenness of ``after`` when the caller has it already, saves
    computing it again.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    renamed : Mapping[str, str], optional
        Earlier id -> later id of each stakeholder renamed between the rounds.
    names : Mapping[str, str], optional
        Node id -> display name for the stakeholders listed.
    after_betweenness : pandas.Series, optional
        The later round's betweenness, when the caller has it already (it is not computed
        twice).

    Returns
    -------
    dict[str, Any]
        Each measure before, after and its change, and the stakeholders whose place changed.
    """
    rename = dict(renamed or {})
    H0, H1 = stakeholder_graph(before), stakeholder_graph(after)
    m0, m1 = _network_measures(H0), _network_measures(H1)
    out: dict[str, Any] = {key: _change(m0[key], m1[key]) for key in _SHAPE}
    by0, by1 = m0["ei_by_sector"], m1["ei_by_sector"]
    out["ei_index_by_sector"] = {
        s: _change(by0.get(s), by1.get(s)) for s in list(by0) + [s for s in by1 if s not in by0]}
    was = {str(n): rename.get(str(n), str(n)) for n in H0}
    out["isolated"] = _isolated(set(was.values()), {was[str(n)] for n in isolates(H0)},
                                {str(n) for n in H1}, {str(n) for n in isolates(H1)}, names or {})
    p0 = {rename.get(n, n): v for n, v in _per_stakeholder(before, H0).items()}
    p1 = _per_stakeholder(after, H1, after_betweenness)
    rows = []
    empty: dict[str, float | None] = {}
    for n in list(H1) + [n for n in p0 if n not in p1]:
        row: dict[str, Any] = {"name": (names or {}).get(n, n)}
        for measure in ("betweenness", "brokerage"):
            row[measure] = _change(p0.get(n, empty).get(measure), p1.get(n, empty).get(measure))
        rows.append(row)
    rows.sort(key=lambda r: (-abs(r["brokerage"]["change"] or 0), -abs(r["betweenness"]["change"] or 0.0),
                             fold_name(r["name"])))
    out["stakeholders"] = rows
    return out
