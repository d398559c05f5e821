"""``analyze_network``: every analysis of one mapping, in one result.

The measures are computed on the views of :mod:`stakegraph.model`: the
undirected stakeholder graph (ties summed per pair) for centrality,
constraint, structure and mixing, and the directed tie graph for the
Gould–Fernandez roles. :meth:`NetworkAnalysis.to_dict` is what
``stakegraph analyze --format json`` prints (``schema_version`` 1; NaN
becomes null).

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> G = build_graph(
...     [Stakeholder("City Council", "public"), Stakeholder("Caritas", "civil_society"),
...      Stakeholder("Doras", "civil_society"), Stakeholder("Dell", "private")],
...     [Tie("city-council", "caritas"), Tie("caritas", "doras")])
>>> result = analyze_network(G)
>>> result.summary["isolates"], result.articulation_points
(['Dell'], ['Caritas'])
>>> float(result.stakeholders.loc["caritas", "betweenness_raw"])
1.0
>>> result.to_dict()["stakeholders"][1]["brokerage"]
{'coordinator': 0, 'consultant': 0, 'gatekeeper': 1, 'representative': 1, 'liaison': 0}
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, cast

import networkx as nx
import pandas as pd

from stakegraph.analysis.brokerage import ROLES, brokerage_roles, constraint, effective_size
from stakegraph.analysis.centrality import RANK_DECIMALS, start_centrality
from stakegraph.analysis.centrality_paths import EXACT_THRESHOLD, SAMPLE_SIZE
from stakegraph.analysis.glossary import GLOSSARY
from stakegraph.analysis.grid import HIGH_FROM, QUADRANTS, power_interest, quadrant_names
from stakegraph.analysis.mixing import EIIndex, assortativity, ei_index, mixing_matrix
from stakegraph.analysis.structure import (
    Communities,
    bridges,
    communities,
    components,
    core_numbers,
    cut_points,
    density,
    isolates,
)
from stakegraph.analysis.themes import theme_matrix, themes_of_one_sector, themes_without
from stakegraph.model import SCHEMA_VERSION, stakeholder_graph, tie_digraph
from stakegraph.model.jsonsafe import json_safe
from stakegraph.model.seed import DEFAULT_SEED

__all__ = ["Mixing", "NetworkAnalysis", "analyze_network"]

#: the measures of every stakeholder, in report order
MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector",
            "pagerank", "constraint", "effective_size", "core", "community")


@dataclass
class Mixing:
    """Sector mixing: the tie matrix, the E-I index and the assortativity."""

    matrix: pd.DataFrame
    ei: EIIndex
    assortativity: float

    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], json_safe({
            "matrix": {s: self.matrix.loc[s].to_dict() for s in self.matrix.index},
            "ei_index": {"overall": self.ei.overall, "by_sector": self.ei.by_sector,
                         "external": self.ei.external, "internal": self.ei.internal},
            "assortativity": self.assortativity,
        }))


@dataclass
class NetworkAnalysis:
    """Everything :func:`analyze_network` finds.

    ``stakeholders`` has one row per stakeholder (indexed by id): name,
    sector, every measure with its rank, and the brokerage roles.
    """

    title: str | None
    stakeholders: pd.DataFrame
    summary: dict[str, Any]
    articulation_points: list[str]
    cut_points: pd.DataFrame
    bridges: list[tuple[Hashable, Hashable]]
    communities: Communities
    mixing: Mixing
    #: the power–interest grid beside the network influence (:mod:`.grid`)
    grid: pd.DataFrame
    #: stakeholders by sector and theme (:mod:`.themes`)
    themes: pd.DataFrame
    method: dict[str, Any] = field(default_factory=dict)

    def name(self, node: Any) -> str:
        """The display name of stakeholder ``node``."""
        return str(self.stakeholders.at[node, "name"])

    def brokers(self, top: int = 10) -> pd.DataFrame:
        """The stakeholders with the most brokerage, most first (only those with some)."""
        table = self.stakeholders[self.stakeholders["brokerage"].fillna(0) > 0]
        return table.sort_values(["brokerage", "betweenness", "name"],
                                 ascending=[False, False, True]).head(top)

    def _grid_dict(self) -> dict[str, Any]:
        g = self.grid
        return {
            "high_from": HIGH_FROM,
            "network_measure": "pagerank quintile",
            "quadrants": {q: quadrant_names(g, q) for q in QUADRANTS},
            "unrated": quadrant_names(g, None),
            "stakeholders": [
                r | {"reading": r["reading"] or None} for r in g[
                    ["name", "influence", "interest", "quadrant", "network_influence", "gap", "reading"]
                ].astype(object).to_dict("records")],
        }

    def to_dict(self) -> dict[str, Any]:
        """The analysis as ``stakegraph analyze --format json`` prints it."""
        people = []
        for node, row in self.stakeholders.iterrows():
            entry = {"id": node, "name": row["name"], "sector": row["sector"]}
            entry |= {m: row[m] for m in MEASURES if m != "weighted_degree"}
            entry["brokerage"] = {r: row[r] for r in ROLES}
            people.append(entry)
        return cast(dict[str, Any], json_safe({
            "schema_version": SCHEMA_VERSION,
            "title": self.title,
            "summary": self.summary,
            "stakeholders": people,
            "articulation_points": self.articulation_points,
            "cut_points": [
                {"name": self.name(v), "pieces": row["pieces"], "separates": row["separates"]}
                for v, row in self.cut_points.iterrows()
            ],
            "bridges": [[self.name(u), self.name(v)] for u, v in self.bridges],
            "communities": [
                c.to_dict() | {"anchor": self.name(c.anchor),
                               "members": [self.name(v) for v in c.members]}
                for c in self.communities.clusters
            ],
            "modularity": self.communities.modularity,
            "mixing": self.mixing.to_dict(),
            "power_interest": self._grid_dict(),
            "themes": {
                "matrix": {str(s): self.themes.loc[s].to_dict() for s in self.themes.index},
                "without": themes_without(self.themes),
                "one_sector": themes_of_one_sector(self.themes),
            },
            "method": self.method,
            "glossary": GLOSSARY,
        }))


def analyze_network(
    G: nx.MultiDiGraph, *, seed: int = DEFAULT_SEED, exact_threshold: int = EXACT_THRESHOLD,
    sample_size: int = SAMPLE_SIZE, workers: int | None = None, comembership: bool = False,
) -> NetworkAnalysis:
    """Analyse the stakeholder network of ``G`` (which is not changed).

    Parameters
    ----------
    G : the stakegraph graph (:func:`stakegraph.model.build_graph`).
    seed : seeds the betweenness sample and Louvain.
    exact_threshold, sample_size : exact betweenness up to ``exact_threshold``
        stakeholders, else from ``sample_size`` sampled sources.
    workers : processes for the path measures (default: up to 2 cores).
    comembership : also tie members of the same IWG (see ``stakeholder_graph``).

    Returns
    -------
    NetworkAnalysis
        Everything ``stakegraph analyze`` reports: summary, stakeholder table, brokers,
        structure, mixing, themes, power–interest.
    """
    H = stakeholder_graph(G, comembership=comembership)
    # the path measures run in worker processes while this one does the rest
    pending = start_centrality(H, seed=seed, exact_threshold=exact_threshold,
                               sample_size=sample_size, workers=workers)
    rest = pd.DataFrame({"constraint": constraint(H), "effective_size": effective_size(H),
                         "core": core_numbers(H)})
    clusters = communities(H, seed=seed)
    roles = brokerage_roles(tie_digraph(G)).reindex(rest.index)
    pieces = components(H)
    cuts = cut_points(H)
    mixing = Mixing(mixing_matrix(H), ei_index(H), assortativity(H))
    found = pending.result()

    table = found.table
    table.insert(0, "name", [H.nodes[v].get("name") or str(v) for v in H])
    table.insert(1, "sector", [H.nodes[v].get("sector") for v in H])
    table = table.join(rest)
    table["community"] = clusters.membership
    for column in ROLES:
        table[column] = roles[column]
    table["brokerage"] = roles["total"]
    names = table["name"].to_dict()
    summary = {
        "stakeholders": H.number_of_nodes(),
        "ties": H.number_of_edges(),
        # a pair tied twice in the workbook (funding one way, referral back) is one tie above
        "ties_written": sum(1 for _, _, kind in G.edges(data="kind") if kind == "tie"),
        "density": density(H),
        "components": len(pieces),
        "largest_component": len(pieces[0]) if pieces else 0,
        "isolates": [names[v] for v in isolates(H)],
        "sectors": {str(k): int(v) for k, v in
                    table["sector"].fillna("unknown").value_counts(sort=False).items()},
    }
    method = dict(found.method) | {
        "view": "undirected stakeholder graph, parallel ties summed"
                + (", IWG co-members tied" if comembership else ""),
        "brokerage": "Gould-Fernandez on directed ties (an undirected tie counts both ways)",
        "constraint": {"weights": "tie weights"},
        "effective_size": {"weights": "none: every tie counts 1"},
        "ranks": {"method": "competition (1, 1, 3)", "decimals": RANK_DECIMALS,
                  "rule": "values equal to the decimals shown share the best rank"},
        "communities": {"algorithm": "louvain", "seed": seed, "weights": "tie weights"},
    }
    return NetworkAnalysis(
        title=G.graph.get("title"),
        stakeholders=table,
        summary=summary,
        articulation_points=[names[v] for v in cuts.index],
        cut_points=cuts,
        bridges=[(u, v) for u, v in bridges(H)],
        communities=clusters,
        mixing=mixing,
        grid=power_interest(H, table["pagerank"]),
        themes=theme_matrix(H),
        method=method,
    )
