"""Brokerage roles against R's sna; Burt's measures against Borgatti (1997) and
networkx. Sources: REFERENCES.md (Strike network, the directed sna file,
Borgatti's worked example)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import igraph as ig
import networkx as nx
import numpy as np
import pandas as pd
import pytest

from stakegraph.analysis.brokerage import (
    ROLES,
    brokerage_roles,
    constraint,
    effective_size,
    role,
)
from stakegraph.model import Stakeholder, Tie, build_graph, stakeholder_graph, tie_digraph

DATA = Path(__file__).parents[1] / "data"  # copies of /work/shared/data (Strike: CC0)


def read_pajek_arcs(path: Path) -> nx.DiGraph:
    """Pajek .net: ``*Vertices n`` then ``i "label" x y``, then ``*Arcs`` as ``i j w``."""
    labels: dict[str, str] = {}
    D = nx.DiGraph()
    section = None
    for line in path.read_text("ascii").splitlines():
        line = line.strip()
        if line.startswith("*"):
            section = line.split()[0].lower()
            continue
        if not line:
            continue
        if section == "*vertices":
            number, label = line.split()[:2]
            labels[number] = label.strip('"')
            D.add_node(labels[number])
        elif section == "*arcs":
            i, j = line.split()[:2]
            D.add_edge(labels[i], labels[j])
    return D


def strike() -> nx.DiGraph:
    D = read_pajek_arcs(DATA / "strike" / "Strike.net")
    text = (DATA / "strike" / "Strikegroups.csv").read_bytes().decode("ascii")
    rows = list(csv.reader(text.split("\r")))  # old Mac line endings: CR only
    for name, group in (r for r in rows[1:] if len(r) == 2):
        D.nodes[name]["sector"] = int(group)
    return D


STRIKE_SNA = {  # sna::brokerage(net, group)$raw.nli, REFERENCES.md
    "Bob": (14, 0, 10, 10, 2), "Norm": (18, 0, 5, 5, 0), "John": (12, 0, 0, 0, 0),
    "Gill": (10, 0, 0, 0, 0), "Utrecht": (8, 0, 0, 0, 0), "Sam": (8, 0, 0, 0, 0),
    "Alejandro": (0, 0, 3, 3, 0), "Karl": (0, 0, 2, 2, 0), "Russ": (4, 0, 0, 0, 0),
    "Quint": (4, 0, 0, 0, 0), "Ike": (4, 0, 0, 0, 0), "Ozzie": (0, 0, 1, 1, 0),
    "Hal": (2, 0, 0, 0, 0), "Ted": (2, 0, 0, 0, 0), "Vern": (2, 0, 0, 0, 0),
    "Lanny": (2, 0, 0, 0, 0), "Paul": (2, 0, 0, 0, 0),
}


def test_strike_network_matches_sna_exactly():
    D = strike()
    assert len(D) == 24 and D.number_of_edges() == 76
    table = brokerage_roles(D)
    for person in D:
        expected = STRIKE_SNA.get(person, (0, 0, 0, 0, 0))
        # sna's columns: coordinator, itinerant, gatekeeper, representative, liaison
        assert tuple(table.loc[person, list(ROLES)]) == expected, person


def test_directed_network_matches_sna_exactly():
    folder = DATA / "brokerage-directed"
    nodes = pd.read_csv(folder / "nodes.csv")
    arcs = pd.read_csv(folder / "arcs.csv")
    D = nx.DiGraph()
    D.add_nodes_from((r.name, {"sector": r.sector}) for r in nodes.itertuples())
    D.add_edges_from(arcs.itertuples(index=False))
    expected = pd.read_csv(folder / "expected_sna_brokerage.csv").set_index("name")
    table = brokerage_roles(D)
    for column in [*ROLES, "total"]:
        assert table[column].astype(int).to_dict() == expected[column].to_dict(), column
    assert table[list(ROLES)].sum().to_dict() == {
        "coordinator": 51, "consultant": 31, "gatekeeper": 55, "representative": 53,
        "liaison": 28,
    }


def test_each_role_once_on_a_small_directed_mapping():
    """Five directed two-paths through 'Broker' (private), one of each role."""
    people = {"Pub1": "public", "Pub2": "public", "Broker": "private", "Priv2": "private",
              "Priv3": "private", "Civ1": "civil_society"}
    G = build_graph(
        [Stakeholder(name, sector) for name, sector in people.items()],
        [Tie(a, b, directed=True) for a, b in [
            ("priv2", "broker"), ("broker", "priv3"),   # coordinator: private -> private
            ("pub1", "broker"), ("broker", "pub2"),     # consultant: public -> public
            # gatekeeper pub1 -> broker -> priv3 and representative priv2 -> broker -> pub2
            ("broker", "civ1"),                          # liaison: pub1 -> broker -> civ1
            ("priv2", "civ1"),                           # closes priv2 -> broker -> civ1
        ]],
    )
    roles = brokerage_roles(tie_digraph(G)).loc["broker"]
    assert roles.to_dict() == {"coordinator": 1, "consultant": 1, "gatekeeper": 1,
                               "representative": 1, "liaison": 1, "total": 5}


def test_direction_decides_gatekeeper_from_representative():
    assert role("civil_society", "public", "public") == "gatekeeper"
    assert role("public", "public", "civil_society") == "representative"
    D = nx.DiGraph([("out", "in1"), ("in1", "in2")])
    nx.set_node_attributes(D, {"out": "private", "in1": "public", "in2": "public"}, "sector")
    assert brokerage_roles(D).loc["in1", ["gatekeeper", "representative"]].tolist() == [1, 0]
    assert brokerage_roles(D.reverse()).loc["in1", ["gatekeeper", "representative"]].tolist() \
        == [0, 1]


def test_unknown_sector_has_no_roles_and_its_paths_are_not_counted():
    D = nx.DiGraph([("a", "v"), ("v", "c"), ("u", "v"), ("a", "u"), ("u", "c")])
    sectors = {"a": "public", "v": "private", "c": "public", "u": None}
    nx.set_node_attributes(D, sectors, "sector")
    table = brokerage_roles(D)
    assert table.loc["u"].isna().all()
    # only a -> v -> c counts; u -> v -> c involves a stakeholder of unknown sector
    assert table.loc["v"].to_dict() == {"coordinator": 0, "consultant": 1, "gatekeeper": 0,
                                        "representative": 0, "liaison": 0, "total": 1}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_roles_agree_with_a_plain_count_of_every_two_path(seed):
    rng = random.Random(seed)
    D = nx.gnp_random_graph(40, 0.12, seed=seed, directed=True)
    nx.set_node_attributes(D, {n: rng.choice("ABC") for n in D}, "sector")
    plain = {v: dict.fromkeys(ROLES, 0) for v in D}
    for v in D:
        for a in D.predecessors(v):
            for c in D.successors(v):
                if a != c and not D.has_edge(a, c):
                    s = D.nodes
                    plain[v][role(s[a]["sector"], s[v]["sector"], s[c]["sector"])] += 1
    table = brokerage_roles(D)
    assert {v: {r: int(table.loc[v, r]) for r in ROLES} for v in D} == plain


def borgatti(weighted: bool) -> nx.Graph:
    edges = [("A", "B", 2), ("A", "F", 3), ("A", "G", 5), ("A", "E", 2), ("E", "G", 8),
             ("F", "G", 3), ("B", "G", 4), ("B", "D", 1), ("D", "G", 3), ("G", "C", 10)]
    H = nx.Graph()
    H.add_weighted_edges_from((u, v, w if weighted else 1.0) for u, v, w in edges)
    return H


def test_borgatti_effective_size_and_constraint():
    size = effective_size(borgatti(False))
    assert size[["G", "A", "C"]].round(2).tolist() == [4.67, 2.50, 1.00]
    plain = constraint(borgatti(False))
    assert plain[["G", "A", "C"]].round(3).tolist() == [0.400, 0.595, 1.000]
    weighted = constraint(borgatti(True))
    assert weighted[["G", "A", "C"]].round(3).tolist() == [0.299, 0.795, 1.000]


def weighted_random(seed: int) -> nx.Graph:
    rng = random.Random(seed)
    H = nx.gnm_random_graph(150, 500, seed=seed)
    for u, v in H.edges():
        H[u][v]["weight"] = float(rng.randint(1, 5))
    H.add_node("isolate")
    return H


@pytest.mark.parametrize("seed", [1, 2])
def test_constraint_and_effective_size_equal_networkx(seed):
    H = weighted_random(seed)
    ours = constraint(H)
    theirs = pd.Series(nx.constraint(H, weight="weight")).reindex(ours.index)
    np.testing.assert_allclose(ours.to_numpy(), theirs.to_numpy(), atol=1e-9)
    size = effective_size(H)
    theirs = pd.Series(nx.effective_size(H)).reindex(size.index)
    np.testing.assert_allclose(size.to_numpy(), theirs.to_numpy(), atol=1e-9)
    assert np.isnan(ours["isolate"]) and np.isnan(size["isolate"])


def test_effective_size_equals_igraph_triangle_count():
    H = weighted_random(3)
    g = ig.Graph.from_networkx(H)
    local = np.asarray(g.transitivity_local_undirected(mode="zero"))
    d = np.asarray(g.degree(), dtype=float)
    triangles = local * d * (d - 1) / 2
    with np.errstate(invalid="ignore", divide="ignore"):
        expected = np.where(d > 0, d - 2 * triangles / d, np.nan)
    np.testing.assert_allclose(effective_size(H).to_numpy(), expected, atol=1e-9)


def test_stakeholder_view_is_not_changed():
    G = build_graph([Stakeholder("A", "public"), Stakeholder("B", "private")], [Tie("a", "b")])
    H = stakeholder_graph(G)
    before = nx.to_dict_of_dicts(H)
    constraint(H), effective_size(H), brokerage_roles(tie_digraph(G))
    assert nx.to_dict_of_dicts(H) == before
