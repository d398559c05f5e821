"""Write the networks that sna_reference.R tests, from the example workbooks.

Run from the repository root: ``python tests/data/evaluate/make_inputs.py``.
Each network is an edge list (``source,target``, stakeholder ids) and a node
list (``id,sector``), so that R reads exactly what stakegraph analyses:

* ``rounds_arcs_before.csv``, ``rounds_arcs_after.csv``: the tie digraph
  (an undirected tie both ways) of each round of examples/before_after,
  over ``rounds_common.csv``, the stakeholders in both rounds (QAP);
* ``<name>_edges.csv``, ``<name>_nodes.csv``: the undirected stakeholder view
  of round1, round2 and the Limerick example, for the CUG tests of homophily;
* ``<name>_directed.csv``: the directed ties alone, for reciprocity.
"""

from pathlib import Path

from stakegraph.analysis.reciprocity import directed_ties
from stakegraph.io import load
from stakegraph.model import stakeholder_graph, tie_digraph

HERE = Path(__file__).parent
BOOKS = {"round1": "examples/before_after/round1.xlsx", "round2": "examples/before_after/round2.xlsx",
         "limerick": "examples/limerick_iwg_en.xlsx"}


def write(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    path.write_text(header + "\n" + "".join(",".join(r) + "\n" for r in rows), "utf-8")


def main() -> None:
    graphs = {name: load(book).graph for name, book in BOOKS.items()}
    for name, G in graphs.items():
        H = stakeholder_graph(G)
        write(HERE / f"{name}_nodes.csv", "id,sector", [(n, str(s)) for n, s in H.nodes(data="sector")])
        write(HERE / f"{name}_edges.csv", "source,target", [(u, v) for u, v in H.edges()])
        write(HERE / f"{name}_directed.csv", "source,target", list(directed_ties(G).edges()))
    first, second = tie_digraph(graphs["round1"]), tie_digraph(graphs["round2"])
    common = [n for n in first if n in second]
    write(HERE / "rounds_common.csv", "id", [(n,) for n in common])
    for name, D in (("before", first), ("after", second)):
        write(HERE / f"rounds_arcs_{name}.csv", "source,target",
              [(u, v) for u, v in D.edges() if u in set(common) and v in set(common)])


if __name__ == "__main__":  # not when pytest collects this folder
    main()
