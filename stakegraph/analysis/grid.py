"""The power–interest grid (Mendelow 1991), beside what the ties show.

Each stakeholder's ``influence`` and ``interest`` ratings (1–5) place it in
one of four quadrants: **manage closely** (high influence, high interest),
**keep satisfied** (high influence, low interest), **keep informed** (low
influence, high interest) and **monitor** (low, low). A rating of
:data:`HIGH_FROM` or more is high: the middle of the scale errs on the side
of engaging a stakeholder rather than only watching it. A stakeholder
without both ratings has no quadrant.

A rating is what people believe; the ties show something else. Beside the
rated influence the grid puts the *network influence*: the stakeholder's
quintile of PageRank among all stakeholders (1, the fifth with the least,
to 5, the fifth with the most; equal values share their average rank), on
the same 1–5 scale. PageRank is the measure of how much attention flows to
an organisation through its ties, weighted, and unlike eigenvector
centrality it is always defined. ``gap`` is rated minus network influence;
a gap of :data:`NEWS` or more either way is news: an organisation rated
more influential than its ties show, or one more central than its rating.

Examples
--------
>>> quadrant(5, 4), quadrant(4, 1), quadrant(1, 5), quadrant(2, 2), quadrant(None, 3)
('manage_closely', 'keep_satisfied', 'keep_informed', 'monitor', None)
>>> network_influence(pd.Series({"a": 0.5, "b": 0.3, "c": 0.1, "d": 0.1})).to_dict()
{'a': 5, 'b': 4, 'c': 2, 'd': 2}
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.i18n import N_

__all__ = ["HIGH_FROM", "NEWS", "QUADRANTS", "network_influence", "power_interest", "quadrant",
           "quadrant_names", "widest_gaps_first"]

#: the quadrants, in the order a report lists them (their advice is in the glossary)
QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")
#: a rating from this up is high
HIGH_FROM = 3
#: a gap between rated and network influence this wide, either way, is news
NEWS = 2


def _rating(value: Any) -> float | None:
    """A rating, or ``None`` when the stakeholder is not rated (empty, NaN, text)."""
    return value if isinstance(value, (int, float)) and value == value else None


def quadrant(influence: Any, interest: Any, high_from: int = HIGH_FROM) -> str | None:
    """The quadrant of a stakeholder rated ``influence`` and ``interest`` (1–5),
    or ``None`` when either rating is missing.

    Parameters
    ----------
    influence : Any
        The stakeholder's influence rating (1–5), or missing.
    interest : Any
        The stakeholder's interest rating (1–5), or missing.
    high_from : int, default HIGH_FROM
        The rating (1–5) from which influence or interest counts as high.

    Returns
    -------
    str | None
        The quadrant's name, or ``None`` when a rating is missing.
    """
    power, concern = _rating(influence), _rating(interest)
    if power is None or concern is None:
        return None
    powerful, interested = power >= high_from, concern >= high_from
    if powerful:
        return "manage_closely" if interested else "keep_satisfied"
    return "keep_informed" if interested else "monitor"


def network_influence(pagerank: pd.Series) -> pd.Series:
    """The quintile (1–5) of each value of ``pagerank`` among them all.

    Parameters
    ----------
    pagerank : pandas.Series
        PageRank of every stakeholder, indexed by id.

    Returns
    -------
    pandas.Series
        The quintile (1–5) of each stakeholder's PageRank.
    """
    if pagerank.empty:
        return pagerank.astype("int64")
    share = pagerank.rank(method="average", pct=True)
    return share.map(lambda p: min(5, max(1, math.ceil(round(p * 5, 9))))).astype("int64")


@stakeholder_view
def power_interest(H: nx.Graph, pagerank: pd.Series, high_from: int = HIGH_FROM) -> pd.DataFrame:
    """The grid for every stakeholder of the view ``H``, indexed by id:
    ``name``, ``sector``, ``influence``, ``interest``, ``quadrant``,
    ``network_influence`` (1–5), ``gap`` (rated minus network; missing when
    not rated) and ``reading`` (``"rated above its ties"``, ``"more central
    than rated"`` or empty), in the order of ``pagerank``'s index.

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).
    pagerank : pandas.Series
        PageRank of every stakeholder, indexed by id.
    high_from : int, default HIGH_FROM
        The rating (1–5) from which influence or interest counts as high.

    Returns
    -------
    pandas.DataFrame
        One row per stakeholder: ratings, quadrant, network influence, gap and reading.

    >>> H = nx.Graph([("a", "b"), ("a", "c"), ("a", "d")])
    >>> nx.set_node_attributes(H, {"a": 1, "b": 5, "c": 3, "d": None}, "influence")
    >>> nx.set_node_attributes(H, {"a": 5, "b": 2, "c": 3, "d": 4}, "interest")
    >>> t = power_interest(H, pd.Series(nx.pagerank(H)))
    >>> t[["quadrant", "network_influence", "gap", "reading"]].to_dict("index")["a"]
    {'quadrant': 'keep_informed', 'network_influence': 5, 'gap': -4, 'reading': 'more central than rated'}
    >>> t.loc["d", "quadrant"] is None, t.loc["d", "gap"] is pd.NA
    (True, True)
    """
    level = network_influence(pagerank)
    rows = []
    for n in pagerank.index:
        a = H.nodes[n]
        rated = _rating(a.get("influence"))
        gap = None if rated is None else int(rated) - int(level[n])
        reading = ("" if gap is None or abs(gap) < NEWS
                   else N_("rated above its ties") if gap > 0 else N_("more central than rated"))
        rows.append({"name": a.get("name") or str(n), "sector": a.get("sector"),
                     "influence": rated, "interest": a.get("interest"),
                     "quadrant": quadrant(rated, a.get("interest"), high_from),
                     "network_influence": int(level[n]), "gap": gap, "reading": reading})
    table = pd.DataFrame(rows, index=pd.Index(pagerank.index, name="id"),
                         columns=["name", "sector", "influence", "interest", "quadrant",
                                  "network_influence", "gap", "reading"])
    for column in ("influence", "interest", "gap"):
        table[column] = table[column].astype("Int64")
    table["quadrant"] = table["quadrant"].astype(object).where(table["quadrant"].notna(), None)
    return table


def widest_gaps_first(grid: pd.DataFrame) -> pd.DataFrame:
    """:func:`power_interest`'s ``grid``, where ratings and ties disagree most
    first (by the size of the gap, then name); the unrated last.

    Parameters
    ----------
    grid : pandas.DataFrame
        :func:`power_interest`'s table.

    Returns
    -------
    pandas.DataFrame
        The same table, the widest gap between rating and network first.

    >>> g = pd.DataFrame({"name": ["A", "B", "C"], "gap": pd.array([1, None, -3], dtype="Int64")})
    >>> widest_gaps_first(g)["name"].tolist()
    ['C', 'A', 'B']
    """
    size = grid["gap"].abs().astype("Float64").fillna(-1.0)
    return grid.assign(_size=size).sort_values(["_size", "name"], ascending=[False, True]).drop(columns="_size")


def quadrant_names(grid: pd.DataFrame, q: str | None) -> list[str]:
    """The names in quadrant ``q`` of :func:`power_interest`'s ``grid`` (``None``:
    the unrated), the most influential first, then the most interested.

    Parameters
    ----------
    grid : pandas.DataFrame
        :func:`power_interest`'s table.
    q : str | None
        A quadrant's name, or ``None`` for the unrated.

    Returns
    -------
    list[str]
        The names in that quadrant, the most influential first.

    >>> H = nx.Graph()
    >>> H.add_nodes_from([("a", {"name": "A", "influence": 3, "interest": 3}),
    ...                   ("b", {"name": "B", "influence": 5, "interest": 4}), ("c", {"name": "C"})])
    >>> g = power_interest(H, pd.Series({"a": 0.4, "b": 0.4, "c": 0.2}))
    >>> quadrant_names(g, "manage_closely"), quadrant_names(g, None)
    (['B', 'A'], ['C'])
    """
    rows = grid[grid["quadrant"].isna()] if q is None else grid[grid["quadrant"] == q]
    order = rows.assign(_i=rows["influence"].fillna(0), _t=rows["interest"].fillna(0))
    return [str(n) for n in order.sort_values(["_i", "_t", "name"], ascending=[False, False, True])["name"]]
