"""The difference between two rounds of a mapping: who and which ties are new,
which are gone, and how the network's shape and each stakeholder's brokerage
moved (measured in :mod:`stakegraph.analysis.diff_metrics`).

Stakeholders are matched by their stable id (the folded name), so a name
spelt with other capitals, accents or spaces is the same stakeholder. A
stakeholder that is gone and one that is new whose names are close
(:func:`match_stakeholders`) are reported as a possible rename and treated as
the same organisation from then on: its ties are compared as one.

A tie is a pair of stakeholders and a type; an undirected tie is the same in
either order. When a pair keeps a tie but its type changes (collaboration
becomes partnership) the tie is reported as *changed*, not as one removed and
one added.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> before = build_graph(
...     [Stakeholder("City", "public"), Stakeholder("Caritas Varese", "civil_society"),
...      Stakeholder("Doras", "civil_society")],
...     [Tie("city", "caritas-varese"), Tie("caritas-varese", "doras")])
>>> after = build_graph(
...     [Stakeholder("CITY", "public"), Stakeholder("Caritas Ambrosiana Varese", "civil_society"),
...      Stakeholder("Doras", "civil_society"), Stakeholder("Dell", "private")],
...     [Tie("city", "caritas-ambrosiana-varese", "partnership"), Tie("dell", "city")])
>>> d = diff_graphs(before, after)
>>> d["stakeholders"]
{'added': ['Dell'], 'removed': [], 'renamed': [['Caritas Varese', 'Caritas Ambrosiana Varese']]}
>>> for change, ties in d["ties"].items():
...     print(change, ties)
added [['Dell', 'CITY', 'collaboration']]
removed [['Caritas Ambrosiana Varese', 'Doras', 'collaboration']]
changed [['CITY', 'Caritas Ambrosiana Varese', 'collaboration', 'partnership']]
>>> d["cross_sector_ties"]
{'before': 1, 'after': 2, 'change': 1}
>>> d["metrics"]["isolates"]
{'before': 0, 'after': 1, 'change': 1}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pandas as pd
from rapidfuzz import fuzz

from stakegraph.analysis.diff_metrics import diff_metrics
from stakegraph.codebook import fold_name
from stakegraph.model import stakeholder_nodes

__all__ = [
    "RENAME_CUTOFF",
    "diff_graphs",
    "diff_ties",
    "match_stakeholders",
    "new_ids",
    "what_is_new",
]

#: the least rapidfuzz ratio (0–100) of two folded names that may be a rename
RENAME_CUTOFF = 85.0

TieKey = frozenset[str]


def match_stakeholders(
    before: nx.MultiDiGraph, after: nx.MultiDiGraph, *, cutoff: float | None = RENAME_CUTOFF
) -> tuple[list[str], list[str], dict[str, str]]:
    """Stakeholders added and removed, by id, and the possible renames.

    A removed stakeholder may be renamed to an added one when their folded
    names have a rapidfuzz ratio of at least ``cutoff``, or when every word
    of the shorter name (two words at least) is in the longer one ("Caritas
    Varese" → "Caritas Ambrosiana Varese"). Each removed stakeholder is paired
    with its best candidate, best pairs first, each candidate used once.
    ``cutoff=None`` reports no renames.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    cutoff : float, optional
        How alike (0–100) two names must be to be offered as a rename; ``None`` offers none.

    Returns
    -------
    added, removed : list of str
        Ids, in graph order, without the renamed ones.
    renamed : dict
        Removed id -> added id.

    Examples
    --------
    >>> from stakegraph.model import Stakeholder, build_graph
    >>> a = build_graph([Stakeholder("Comune di Varese"), Stakeholder("Caritas Varese")])
    >>> b = build_graph([Stakeholder("Comune  di VARESE"), Stakeholder("Caritas Ambrosiana Varese"),
    ...                  Stakeholder("Arci")])
    >>> match_stakeholders(a, b)
    (['arci'], [], {'caritas-varese': 'caritas-ambrosiana-varese'})
    """
    old, new = stakeholder_nodes(before), stakeholder_nodes(after)
    old_set, new_set = set(old), set(new)
    removed = [n for n in old if n not in new_set]
    added = [n for n in new if n not in old_set]
    renamed: dict[str, str] = {}
    if cutoff is not None and removed and added:
        scored = []
        for r in removed:
            r_name = fold_name(before.nodes[r].get("name", r))
            for a in added:
                score = _rename_score(r_name, fold_name(after.nodes[a].get("name", a)), cutoff)
                if score is not None:
                    scored.append((-score, r, a))
        taken: set[str] = set()
        for _, r, a in sorted(scored):
            if r not in renamed and a not in taken:
                renamed[r] = a
                taken.add(a)
    return ([n for n in added if n not in set(renamed.values())],
            [n for n in removed if n not in renamed], renamed)


def _rename_score(old: str, new: str, cutoff: float) -> float | None:
    ratio = fuzz.ratio(old, new)
    if ratio >= cutoff:
        return 100.0 + ratio  # a close spelling beats a containment
    words_old, words_new = set(old.split()), set(new.split())
    shorter, longer = sorted((words_old, words_new), key=len)
    if len(shorter) >= 2 and shorter <= longer:
        return float(ratio)
    return None


def _ties_by_pair(G: nx.MultiDiGraph, rename: Mapping[str, str]) -> dict[TieKey, dict[str, tuple[str, str]]]:
    """Pair -> tie type -> (source, target) as stored, ids renamed."""
    pairs: dict[TieKey, dict[str, tuple[str, str]]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("kind") != "tie" or u == v:
            continue
        u, v = rename.get(u, u), rename.get(v, v)
        pairs.setdefault(frozenset((u, v)), {}).setdefault(str(d.get("type")), (u, v))
    return pairs


def diff_ties(
    before: nx.MultiDiGraph, after: nx.MultiDiGraph, renamed: Mapping[str, str] | None = None
) -> dict[str, list[tuple[str, ...]]]:
    """Ties added, removed and changed, by id: ``(source, target, type)`` and,
    for a changed tie, ``(source, target, type before, type after)``.

    ``renamed`` maps ids of ``before`` to ids of ``after`` (see
    :func:`match_stakeholders`). A tie is its pair and its type: direction
    and weight are not compared. A pair that lost some types and gained
    others has its types paired in alphabetical order as changed ties; what
    is left over is removed or added.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    renamed : Mapping[str, str], optional
        Earlier id -> later id of each stakeholder renamed between the rounds.

    Returns
    -------
    dict[str, list[tuple[str, ...]]]
        ``added``, ``removed`` and ``changed`` ties, by id.

    Examples
    --------
    >>> from stakegraph.model import Stakeholder, Tie, build_graph
    >>> people = [Stakeholder("A"), Stakeholder("B"), Stakeholder("C")]
    >>> g1 = build_graph(people, [Tie("a", "b"), Tie("b", "c", "funding", directed=True)])
    >>> g2 = build_graph(people, [Tie("b", "a"), Tie("b", "c", "referral", directed=True)])
    >>> diff_ties(g1, g2)
    {'added': [], 'removed': [], 'changed': [('b', 'c', 'funding', 'referral')]}
    """
    rename = dict(renamed or {})
    old, new = _ties_by_pair(before, rename), _ties_by_pair(after, {})
    added: list[tuple[str, ...]] = []
    removed: list[tuple[str, ...]] = []
    changed: list[tuple[str, ...]] = []
    for pair in list(old) + [p for p in new if p not in old]:
        was, now = old.get(pair, {}), new.get(pair, {})
        lost = sorted(t for t in was if t not in now)
        gained = sorted(t for t in now if t not in was)
        for t_old, t_new in zip(lost, gained):
            changed.append((*now[t_new], t_old, t_new))
        removed += [(*was[t], t) for t in lost[len(gained):]]
        added += [(*now[t], t) for t in gained[len(lost):]]
    return {"added": added, "removed": removed, "changed": changed}

def diff_graphs(
    before: nx.MultiDiGraph, after: nx.MultiDiGraph, *, rename_cutoff: float | None = RENAME_CUTOFF,
    after_betweenness: pd.Series | None = None,
) -> dict[str, Any]:
    """Everything that changed between two rounds of a mapping, by name.

    Returns ``{"stakeholders": {"added", "removed", "renamed"}, "ties":
    {"added", "removed", "changed"}, "cross_sector_ties": {"before", "after",
    "change"}, "metrics": {...}}`` (see :func:`match_stakeholders`,
    :func:`diff_ties`, :func:`~stakegraph.analysis.diff_metrics.diff_metrics`), with names instead of ids: the
    later round's name for a stakeholder in it, the earlier one's otherwise.
    Lists are sorted by name; neither graph is changed. ``after_betweenness``
    as for :func:`~stakegraph.analysis.diff_metrics.diff_metrics`.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    rename_cutoff : float, optional
        How alike (0–100) a stakeholder gone and a new one must be named to be paired as a
        rename; ``None`` pairs none.
    after_betweenness : pandas.Series, optional
        The later round's betweenness, when the caller has it already (it is not computed
        twice).

    Returns
    -------
    dict[str, Any]
        What changed, by name: stakeholders, ties, cross-sector ties and metrics (the command's
        JSON).
    """
    added, removed, renamed = match_stakeholders(before, after, cutoff=rename_cutoff)
    names = {n: before.nodes[n].get("name", n) for n in stakeholder_nodes(before)}
    names.update({n: after.nodes[n].get("name", n) for n in stakeholder_nodes(after)})
    ties = diff_ties(before, after, renamed)
    metrics = diff_metrics(before, after, renamed, names=names, after_betweenness=after_betweenness)

    def named(rows: list[tuple[str, ...]]) -> list[list[str]]:
        out = [[names[u], names[v], *rest] for u, v, *rest in rows]
        return sorted(out, key=lambda row: [fold_name(x) for x in row])

    return {
        "stakeholders": {
            "added": sorted((names[n] for n in added), key=fold_name),
            "removed": sorted((names[n] for n in removed), key=fold_name),
            "renamed": sorted(([names[r], names[a]] for r, a in renamed.items()),
                              key=lambda p: fold_name(p[0])),
        },
        "ties": {key: named(rows) for key, rows in ties.items()},
        "cross_sector_ties": metrics.pop("cross_sector_ties"),
        "metrics": metrics,
    }


def what_is_new(
    before: nx.MultiDiGraph, after: nx.MultiDiGraph, *, rename_cutoff: float | None = RENAME_CUTOFF
) -> dict[str, set[Any]]:
    """The ids of the stakeholders added in ``after`` (``nodes``) and the pairs
    of its added ties (``edges``), for a map that highlights them.

    Parameters
    ----------
    before : networkx.MultiDiGraph
        The earlier round's graph (not changed).
    after : networkx.MultiDiGraph
        The later round's graph (not changed).
    rename_cutoff : float, optional
        How alike (0–100) a stakeholder gone and a new one must be named to be paired as a
        rename; ``None`` pairs none.

    Returns
    -------
    dict[str, set[Any]]
        ``nodes``: the added stakeholders' ids; ``edges``: the added ties' id pairs.

    Examples
    --------
    >>> from stakegraph.model import Stakeholder, Tie, build_graph
    >>> g1 = build_graph([Stakeholder("A"), Stakeholder("B")], [Tie("a", "b")])
    >>> g2 = build_graph([Stakeholder("A"), Stakeholder("B"), Stakeholder("C")],
    ...                  [Tie("a", "b", "funding"), Tie("c", "a")])
    >>> what_is_new(g1, g2)
    {'nodes': {'c'}, 'edges': {('c', 'a')}}
    """
    added, _, renamed = match_stakeholders(before, after, cutoff=rename_cutoff)
    return new_ids(added, diff_ties(before, after, renamed)["added"])


def new_ids(added: Iterable[str], added_ties: Iterable[tuple[str, ...]]) -> dict[str, set[Any]]:
    """:func:`what_is_new` from a match already made: the ``added``
    stakeholders of :func:`match_stakeholders` and the ``added`` ties of
    :func:`diff_ties`.

    Parameters
    ----------
    added : iterable of str
        The node ids of the stakeholders new in the later round.
    added_ties : iterable of tuple
        The ties new in the later round, as (source, target, type).

    Returns
    -------
    dict
        ``{"nodes": set of node ids, "edges": set of (source, target)}``.

    >>> new_ids(["c"], [("c", "a", "collaboration")])
    {'nodes': {'c'}, 'edges': {('c', 'a')}}
    """
    return {"nodes": set(added), "edges": {(u, v) for u, v, _ in added_ties}}
