"""Two-mode networks: stakeholders and the groups they belong to (IWGs,
forums, projects), and their weighted projections.

* :func:`affiliation_graph` builds the two-mode graph: a node per
  stakeholder (``bipartite=0``) and per group (``bipartite=1``, ``kind`` the
  kind of group), an edge for each membership.
* :func:`projections` gives its two one-mode views: stakeholders tied by the
  groups they share, and groups tied by the members they share, ``weight``
  the number shared (igraph's ``bipartite_projection(multiplicity=True)``,
  networkx's ``bipartite.weighted_projected_graph``). It multiplies the
  sparse incidence matrix by its transpose, so ten thousand stakeholders in a
  few hundred forums take well under a second.
* :func:`linking_organisations`: who links groups. A stakeholder in two or
  more groups links each pair of them; a pair linked by one stakeholder
  alone depends on it. Ranked by the pairs a stakeholder alone links, then
  by the pairs it links, then by name.
* :func:`main_groups`: each stakeholder's main group, the one through which
  it shares a group with the most others in the stakeholder projection (its
  largest group; ties by name). The map colours by it (``--color forum``).
* :func:`forum_affiliations`: a mapping's groups as the map finds them
  without being told: its IWGs, and the forums or projects of a
  Stakeholders column headed "forums", "projects" or the like
  (:data:`FORUM_HEADERS`).

Examples
--------
>>> B = affiliation_graph({"caritas": ["Forum A", "Forum B"], "doras": ["Forum A"],
...                        "city": ["Forum A", "Forum B", "Forum C"]}, kind="forum")
>>> people, forums = projections(B)
>>> people["caritas"]["city"]["weight"], forums["forum:Forum A"]["forum:Forum B"]["weight"]
(2, 2)
>>> [(r["id"], r["groups"], r["sole_links"]) for r in linking_organisations(B)]
[('city', 3, 2), ('caritas', 2, 0)]
>>> main_groups(B)
{'caritas': 'forum:Forum A', 'doras': 'forum:Forum A', 'city': 'forum:Forum A'}
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from itertools import combinations
from typing import Any

import networkx as nx
import numpy as np
from scipy import sparse

from stakegraph.codebook import fold_name
from stakegraph.model.graph import iwg_members, iwg_nodes, stakeholder_nodes

__all__ = ["FORUM_HEADERS", "affiliation_graph", "forum_affiliations", "iwg_affiliations",
           "linking_organisations", "main_groups", "projections"]

#: headers (folded) of a Stakeholders column that lists forums or projects,
#: in the languages stakegraph reads
FORUM_HEADERS = frozenset({
    "forum", "forums", "fora", "project", "projects", "networks",
    "foro", "foros", "proyecto", "proyectos", "progetto", "progetti", "tavoli",
    "φορουμ", "εργα", "projeto", "projetos", "projecto", "projectos",
    "projet", "projets", "foren", "projekt", "projekte", "projektet", "fòrum", "projectes",
})
#: how a cell lists several groups (as the themes column does)
_LISTED = re.compile(r"[;,|\n\r]")


def affiliation_graph(memberships: Mapping[str, Iterable[str]], *, kind: str = "forum",
                      names: Mapping[str, str] | None = None) -> nx.Graph:
    """The two-mode graph of ``memberships`` (stakeholder id -> group names).

    Group nodes are keyed ``"{kind}:{name}"`` and carry ``name`` and
    ``kind``; stakeholder nodes carry ``name`` (from ``names``, else the id).
    A stakeholder with no group is kept, alone.

    Parameters
    ----------
    memberships : Mapping[str, Iterable[str]]
        Stakeholder id -> the names of its groups.
    kind : str, default 'forum'
        What the groups are: ``iwg`` or ``forum``.
    names : Mapping[str, str], optional
        Stakeholder id -> display name.

    Returns
    -------
    networkx.Graph
        The two-mode graph: stakeholder and group nodes, a tie for each membership.
    """
    B = nx.Graph()
    for person, groups in memberships.items():
        B.add_node(person, bipartite=0, name=(names or {}).get(person, str(person)),
                   kind="stakeholder")
        for group in groups:
            key = f"{kind}:{group}"
            if key not in B:
                B.add_node(key, bipartite=1, name=group, kind=kind)
            B.add_edge(person, key)
    return B


def iwg_affiliations(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Stakeholder id -> the names of its IWGs, for :func:`affiliation_graph`
    (every stakeholder of ``G``, those in no IWG with an empty list).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph (not changed).

    Returns
    -------
    dict[str, list[str]]
        Stakeholder id -> the names of its IWGs.

    Examples
    --------
    >>> from stakegraph.model import Membership, Stakeholder, build_graph
    >>> G = build_graph([Stakeholder("City"), Stakeholder("Doras")], [],
    ...                 [Membership("city", "City IWG"), Membership("city", "Health Forum")])
    >>> iwg_affiliations(G)
    {'city': ['City IWG', 'Health Forum'], 'doras': []}
    """
    found: dict[str, list[str]] = {n: [] for n in stakeholder_nodes(G)}
    for group in iwg_nodes(G):
        for member in iwg_members(G, group):
            found[member].append(G.nodes[group].get("name", group))
    return found


def forum_affiliations(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Stakeholder id -> its IWGs, then the groups its forums column lists
    (the first unknown column of the Stakeholders sheet whose header is one
    of :data:`FORUM_HEADERS`), for :func:`affiliation_graph`.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The mapping's graph, with its IWG memberships and Stakeholders columns.

    Returns
    -------
    dict of str to list of str
        Each stakeholder that takes part in a group -> the groups' names, IWGs first.

    Examples
    --------
    >>> from stakegraph.model import Membership, Stakeholder, build_graph
    >>> G = build_graph([Stakeholder("City", extra={"Foros": "Jobs Forum; Health Forum"}),
    ...                  Stakeholder("Doras", extra={"Foros": "Jobs Forum"})], [],
    ...                 [Membership("doras", "City IWG")])
    >>> forum_affiliations(G)
    {'city': ['Jobs Forum', 'Health Forum'], 'doras': ['City IWG', 'Jobs Forum']}
    """
    found = iwg_affiliations(G)
    column = next((h for h in G.graph.get("extra_columns", []) if fold_name(h) in FORUM_HEADERS), None)
    if column is not None:
        for n in found:
            listed = G.nodes[n].get(column)
            for group in _LISTED.split(listed) if isinstance(listed, str) else ():
                if group.strip() and group.strip() not in found[n]:
                    found[n].append(group.strip())
    return found


def main_groups(B: nx.Graph) -> dict[Hashable, Hashable]:
    """Each stakeholder of two-mode ``B`` in a group -> its main group's
    key (module notes); stakeholders in no group are left out.

    Parameters
    ----------
    B : networkx.Graph
        A two-mode network: stakeholders (``bipartite=0``) and groups (``bipartite=1``).

    Returns
    -------
    dict
        Stakeholder -> the largest of its groups (ties broken by the group's name).
    """
    people, _ = _sides(B)
    return {n: min(B[n], key=lambda g: (-B.degree(g), fold_name(B.nodes[g].get("name", g)), str(g)))
            for n in people if B.degree(n)}


def _sides(B: nx.Graph) -> tuple[list[Hashable], list[Hashable]]:
    return ([n for n, side in B.nodes(data="bipartite") if side == 0],
            [n for n, side in B.nodes(data="bipartite") if side == 1])


def _projection(B: nx.Graph, nodes: list[Hashable], shared: sparse.csr_matrix) -> nx.Graph:
    P = nx.Graph()
    P.add_nodes_from((n, B.nodes[n]) for n in nodes)
    upper = sparse.triu(shared, k=1).tocoo()
    P.add_edges_from((nodes[i], nodes[j], {"weight": int(w)})
                     for i, j, w in zip(upper.row, upper.col, upper.data))
    return P


def projections(B: nx.Graph) -> tuple[nx.Graph, nx.Graph]:
    """The stakeholder projection and the group projection of two-mode ``B``
    (module notes). ``B`` is not changed.

    Parameters
    ----------
    B : networkx.Graph
        A two-mode graph (stakeholders and groups), or the second network compared (not
        changed).

    Returns
    -------
    tuple[networkx.Graph, networkx.Graph]
        The stakeholder projection and the group projection, each tie weighted by how many
        groups or members the two share.
    """
    people, groups = _sides(B)
    row = {n: i for i, n in enumerate(people)}
    col = {n: j for j, n in enumerate(groups)}
    edges = [(row[u], col[v]) if u in row else (row[v], col[u]) for u, v in B.edges()]
    r = np.array([e[0] for e in edges], dtype=np.int64)
    c = np.array([e[1] for e in edges], dtype=np.int64)
    M = sparse.csr_matrix((np.ones(len(edges), dtype=np.int64), (r, c)),
                          shape=(len(people), len(groups)))
    return _projection(B, people, (M @ M.T).tocsr()), _projection(B, groups, (M.T @ M).tocsr())


def linking_organisations(B: nx.Graph) -> list[dict[str, Any]]:
    """The stakeholders of two-mode ``B`` in two groups or more: ``id``,
    ``name``, ``groups`` (how many), ``links`` (pairs of groups it links)
    and ``sole_links`` (of those, the pairs no other stakeholder links),
    ranked as the module notes say.

    Parameters
    ----------
    B : networkx.Graph
        A two-mode graph (stakeholders and groups), or the second network compared (not
        changed).

    Returns
    -------
    list[dict[str, Any]]
        One entry per stakeholder in two groups or more, ranked.
    """
    people, _ = _sides(B)
    linkers: dict[tuple[Hashable, Hashable], int] = {}
    for n in people:
        for pair in combinations(sorted(B[n], key=str), 2):
            linkers[pair] = linkers.get(pair, 0) + 1
    rows = []
    for n in people:
        if B.degree(n) < 2:
            continue
        pairs = list(combinations(sorted(B[n], key=str), 2))
        rows.append({"id": n, "name": B.nodes[n].get("name", str(n)), "groups": B.degree(n),
                     "links": len(pairs), "sole_links": sum(1 for p in pairs if linkers[p] == 1)})
    rows.sort(key=lambda r: (-r["sole_links"], -r["links"], str(r["name"]).casefold()))
    return rows
