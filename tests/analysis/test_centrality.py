"""Centrality: igraph computes, plain networkx (and published values) check.

Florentine betweenness: REFERENCES.md (Padgett's families, raw and over 91 pairs).
"""

from __future__ import annotations

import random

import igraph as ig
import networkx as nx
import numpy as np
import pandas as pd
import pytest

from stakegraph.analysis import engine
from stakegraph.analysis.centrality import centrality, degree, ranks
from stakegraph.analysis.centrality_paths import betweenness, closeness
from stakegraph.analysis.centrality_spectral import eigenvector, pagerank


def weighted_random_graph(n: int, m: int, seed: int, isolates: int = 2) -> nx.Graph:
    """A random graph with integer weights 1-5, a few isolates and a stray pair."""
    rng = random.Random(seed)
    H = nx.gnm_random_graph(n, m, seed=seed)
    H = nx.relabel_nodes(H, {i: f"org{i:04d}" for i in H})
    for u, v in H.edges():
        H[u][v]["weight"] = float(rng.randint(1, 5))
    H.add_nodes_from(f"alone{i}" for i in range(isolates))
    H.add_edge("pair-a", "pair-b", weight=2.0)
    return H


SIZES = [(12, 20, 1), (60, 150, 2), (250, 900, 3), (600, 2400, 4)]


def close_to(ours: pd.Series, theirs: dict, tol: float = 1e-9) -> None:
    expected = pd.Series(theirs).reindex(ours.index)
    np.testing.assert_allclose(ours.to_numpy(float), expected.to_numpy(float), rtol=0, atol=tol)


class TestFlorentineBetweenness:
    """REFERENCES.md: Medici 47.5, Guadagni 23.17, ...; normalised Medici 0.522."""

    published = {
        "Medici": 47.5, "Guadagni": 23.17, "Albizzi": 19.33, "Salviati": 13, "Ridolfi": 10.33,
        "Bischeri": 9.5, "Strozzi": 9.33, "Barbadori": 8.5, "Tornabuoni": 8.33,
        "Castellani": 5, "Peruzzi": 2, "Acciaiuoli": 0, "Ginori": 0, "Lamberteschi": 0,
        "Pazzi": 0,
    }

    def test_raw_values_match_the_published_ones(self):
        b = betweenness(nx.florentine_families_graph())
        for family, value in self.published.items():
            assert b.raw[family] == pytest.approx(value, abs=0.005)
        assert b.values["Medici"] == pytest.approx(0.522, abs=0.0005)
        assert b.exact and b.k is None

    def test_networkx_and_plain_igraph_agree(self):
        F = nx.florentine_families_graph()
        b = betweenness(F)
        close_to(b.raw, nx.betweenness_centrality(F, normalized=False))
        close_to(b.values, nx.betweenness_centrality(F))
        g = ig.Graph.from_networkx(F)
        theirs = dict(zip(g.vs["_nx_name"], g.betweenness()))
        close_to(b.raw, theirs)


@pytest.mark.parametrize("n,m,seed", SIZES)
class TestAgainstNetworkx:
    def test_betweenness(self, n, m, seed):
        H = weighted_random_graph(n, m, seed)
        b = betweenness(H)
        close_to(b.raw, nx.betweenness_centrality(H, normalized=False))
        close_to(b.values, nx.betweenness_centrality(H))

    def test_closeness_uses_networkx_disconnected_definition(self, n, m, seed):
        H = weighted_random_graph(n, m, seed)
        close_to(closeness(H), nx.closeness_centrality(H))

    def test_pagerank_uses_weights(self, n, m, seed):
        H = weighted_random_graph(n, m, seed)
        close_to(pagerank(H), nx.pagerank(H, weight="weight", tol=1e-14))

    def test_eigenvector_is_networkx_power_iteration(self, n, m, seed):
        H = weighted_random_graph(n, m, seed)
        e = eigenvector(H)
        assert e.measure == "eigenvector"
        close_to(e.values, nx.eigenvector_centrality(H, weight="weight"))

    def test_degree_and_strength(self, n, m, seed):
        H = weighted_random_graph(n, m, seed)
        table = degree(H)
        assert table["degree"].to_dict() == dict(H.degree())
        assert table["weighted_degree"].to_dict() == dict(H.degree(weight="weight"))


def test_eigenvector_agrees_with_igraph_on_a_connected_graph():
    H = weighted_random_graph(80, 300, 7, isolates=0)
    H.remove_nodes_from(["pair-a", "pair-b"])
    H = H.subgraph(max(nx.connected_components(H), key=len)).copy()
    ours = eigenvector(H, tol=1e-14, max_iter=10_000).values
    g = ig.Graph.from_networkx(H)
    theirs = np.asarray(g.eigenvector_centrality(weights="weight", scale=False))
    theirs = theirs / np.linalg.norm(theirs)
    np.testing.assert_allclose(ours.to_numpy(), theirs, atol=1e-9)


def test_eigenvector_falls_back_to_pagerank_and_says_so():
    H = weighted_random_graph(60, 150, 2)
    e = eigenvector(H, max_iter=2)
    assert e.measure == "pagerank"
    assert "did not converge in 2 iterations" in e.method()["note"]
    close_to(e.values, nx.pagerank(H, weight="weight", tol=1e-14))


def test_sampled_betweenness_is_networkx_estimate_for_the_same_seed():
    H = weighted_random_graph(300, 1000, 5)
    b = betweenness(H, exact_threshold=100, sample_size=40, seed=11)
    assert not b.exact and b.k == 40
    assert b.method() == {"exact": False, "k": 40, "seed": 11, "paths": "unweighted",
                          "normalisation": "raw / ((n-1)(n-2)/2)"}
    close_to(b.raw, nx.betweenness_centrality(H, k=40, seed=11, normalized=False))
    close_to(b.values, nx.betweenness_centrality(H, k=40, seed=11))


def test_two_processes_give_the_same_numbers(monkeypatch):
    H = weighted_random_graph(250, 900, 3)
    monkeypatch.setattr(engine, "PARALLEL_MIN_NODES", 0)
    b = betweenness(H, workers=2)
    close_to(b.raw, nx.betweenness_centrality(H, normalized=False))
    close_to(closeness(H, workers=2), nx.closeness_centrality(H))


def test_isolates_score_zero_and_the_input_graph_is_unchanged():
    H = weighted_random_graph(30, 40, 9)
    before = nx.to_dict_of_dicts(H)
    table = centrality(H).table
    assert table.loc["alone0", ["degree", "betweenness", "closeness"]].tolist() == [0, 0, 0]
    assert nx.to_dict_of_dicts(H) == before


def test_ranks_put_the_largest_first_and_share_ties():
    assert ranks(pd.Series([0.5, 2.0, 0.5, np.nan])).tolist() == [2, 1, 2, pd.NA]


def test_centrality_table_states_how_it_was_computed():
    result = centrality(nx.florentine_families_graph())
    assert result.table.loc["Medici", "betweenness_rank"] == 1
    assert result.method["betweenness"]["exact"] is True
    assert result.method["eigenvector"]["measure"] == "eigenvector"
    assert set(result.table.columns) >= {
        "degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank",
        "degree_rank", "pagerank_rank",
    }


def test_workers_start_fresh_when_threads_are_running(monkeypatch):
    """Forking a process with threads can deadlock; then the workers are spawned."""
    import threading

    H = weighted_random_graph(60, 150, 2)
    monkeypatch.setattr(engine, "PARALLEL_MIN_NODES", 0)
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert engine.worker_context().get_start_method() == "spawn"
    close_to(betweenness(H, workers=2).raw, nx.betweenness_centrality(H, normalized=False))


def estimated_closeness_by_hand(H: nx.Graph, k: int, seed: int) -> dict:
    """Eppstein and Wang's estimate, from networkx's breadth-first searches:
    the mean distance to the sampled nodes of one's component (exact where
    the component holds no other sampled node), then networkx's scaling."""
    sample = random.Random(seed).sample(list(H), k)
    far = {s: nx.single_source_shortest_path_length(H, s) for s in sample}
    n = len(H)
    out = {}
    for v in H:
        reach = nx.node_connected_component(H, v)
        found = [far[s][v] for s in sample if s != v and v in far[s]]
        if found:
            within = len(found) / sum(found)
        elif len(reach) > 1:
            within = (len(reach) - 1) / sum(nx.single_source_shortest_path_length(H, v).values())
        else:
            within = 0.0
        out[v] = within * (len(reach) - 1) / (n - 1)
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_sampled_closeness_is_the_eppstein_wang_estimate(workers, monkeypatch):
    monkeypatch.setattr(engine, "PARALLEL_MIN_NODES", 0)
    H = weighted_random_graph(400, 1000, 6, isolates=3)
    ours = closeness(H, sample_size=60, seed=4, workers=workers)
    close_to(ours, estimated_closeness_by_hand(H, 60, 4))


def test_sampled_closeness_is_near_the_exact_value():
    H = weighted_random_graph(600, 2400, 8, isolates=0)
    exact = pd.Series(nx.closeness_centrality(H))
    estimate = closeness(H, sample_size=200, seed=1).reindex(exact.index)
    assert ((estimate - exact).abs() / exact).max() < 0.05


def test_above_the_threshold_both_path_measures_say_they_are_sampled():
    H = weighted_random_graph(300, 1000, 5)
    method = centrality(H, exact_threshold=100, sample_size=40, seed=3).method
    assert method["betweenness"]["exact"] is False and method["betweenness"]["k"] == 40
    assert method["closeness"]["exact"] is False and method["closeness"]["k"] == 40
    assert "Eppstein and Wang" in method["closeness"]["estimator"]
