"""Reference values for stakegraph's core–periphery from cpnet's BE
(Kojaku's implementation of Borgatti and Everett's discrete model).

Run with a Python that has cpnet (``pip install cpnet==0.0.21``; it needs
numba), from this folder, after stakegraph has written ``cp_partitions.json``
(``python tests/data/evaluate/cpnet_reference.py --ours`` in stakegraph's
environment). For each network it records cpnet's own best partition over
200 runs, its quality Q (the correlation with the ideal pattern), and
cpnet's Q of the partition stakegraph found: two implementations of the fit,
and an independent search to compare the partition with. Writes
``cpnet_reference.json``.
"""

import json
import sys
from pathlib import Path

import networkx as nx

HERE = Path(__file__).parent
NETWORKS = {"karate": nx.karate_club_graph, "florentine": nx.florentine_families_graph,
            "les_miserables": nx.les_miserables_graph}


def graph(name: str) -> nx.Graph:
    G = NETWORKS[name]()
    return nx.relabel_nodes(nx.Graph(G.edges()), str)


def write_ours() -> None:
    """stakegraph's partitions, for cpnet to score."""
    from stakegraph.analysis.coreperiphery import core_periphery

    ours = {name: core_periphery(graph(name)).core for name in NETWORKS}
    (HERE / "cp_partitions.json").write_text(json.dumps(ours, indent=1) + "\n", "utf-8")


def write_reference() -> None:
    """cpnet's partitions and scores."""
    import cpnet
    import numpy as np
    from cpnet import utils
    from cpnet.BE import _score_

    ours = json.loads((HERE / "cp_partitions.json").read_text("utf-8"))
    out = {"cpnet": "0.0.21",
           "networkx": nx.__version__, "runs": 200, "networks": {}}
    for name in NETWORKS:
        G = graph(name)
        be = cpnet.BE(num_runs=200)
        be.detect(G)
        core = sorted(n for n, x in be.get_coreness().items() if x)
        A, labels = utils.to_adjacency_matrix(G)
        x = np.array([1 if n in set(ours[name]) else 0 for n in labels])
        q_ours, _ = _score_(A.indptr, A.indices, A.data, np.zeros(len(x), dtype=int), x, len(x))
        out["networks"][name] = {"cpnet_core": core, "cpnet_q": float(be.Q_),
                                 "stakegraph_core": sorted(ours[name]),
                                 "cpnet_q_of_stakegraph_core": float(q_ours)}
    (HERE / "cpnet_reference.json").write_text(json.dumps(out, indent=1) + "\n", "utf-8")


if __name__ == "__main__":  # not when pytest collects this folder
    write_ours() if "--ours" in sys.argv else write_reference()
