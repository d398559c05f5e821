"""Each analysis states the graph it works on and refuses the mapping's full
multigraph, which would count IWGs as stakeholders and memberships as ties."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest

from stakegraph.analysis.accepts import WrongGraphError
from stakegraph.analysis.brokerage import brokerage_roles, constraint, effective_size
from stakegraph.analysis.centrality import centrality, degree
from stakegraph.analysis.centrality_paths import betweenness, closeness
from stakegraph.analysis.centrality_spectral import pagerank
from stakegraph.analysis.mixing import assortativity, ei_index, mixing_matrix
from stakegraph.analysis.structure import communities, components, core_numbers, density, isolates
from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    stakeholder_graph,
    tie_digraph,
)

UNDIRECTED = [degree, betweenness, closeness, pagerank, centrality, constraint, effective_size,
              components, isolates, density, core_numbers, communities]
EITHER = [mixing_matrix, ei_index, assortativity]


@pytest.fixture
def mapping() -> nx.MultiDiGraph:
    people = [Stakeholder(name, sector=sector) for name, sector in
              [("Doras", "civil_society"), ("Council", "public"), ("Dell", "private")]]
    return build_graph(people, [Tie("Doras", "Council"), Tie("Council", "Dell")],
                       [Membership("Limerick IWG", "Doras"), Membership("Limerick IWG", "Council")])


@pytest.mark.parametrize("measure", UNDIRECTED + EITHER + [brokerage_roles], ids=lambda f: f.__name__)
def test_the_full_mapping_graph_is_refused_with_the_view_to_pass(mapping, measure):
    with pytest.raises(WrongGraphError, match=rf"^{measure.__name__}\(\) takes the .*view.*not a multigraph"):
        measure(mapping)


@pytest.mark.parametrize("measure", UNDIRECTED + EITHER, ids=lambda f: f.__name__)
def test_the_stakeholder_view_is_accepted_and_has_no_iwg(mapping, measure):
    H = stakeholder_graph(mapping)
    result = measure(H)
    if isinstance(result, (pd.Series, pd.DataFrame)) and measure not in EITHER:
        assert sorted(result.index) == sorted(H)  # a row per stakeholder, none for the IWG
    assert "limerick" not in repr(result).casefold()


def test_a_graph_holding_an_iwg_node_is_refused_even_when_simple(mapping):
    H = stakeholder_graph(mapping)
    H.add_node("iwg:x", kind="iwg")
    with pytest.raises(WrongGraphError, match="holding the iwg node 'iwg:x'"):
        degree(H)


def test_direction_is_stated_where_it_matters(mapping):
    with pytest.raises(WrongGraphError, match=r"brokerage_roles\(\) takes the tie view.*not an undirected graph"):
        brokerage_roles(stakeholder_graph(mapping))
    with pytest.raises(WrongGraphError, match=r"degree\(\) takes the stakeholder view.*not a directed graph"):
        degree(tie_digraph(mapping))
    assert mixing_matrix(tie_digraph(mapping)).to_numpy().sum() == 4  # two ties, each both ways


def test_a_plain_networkx_graph_of_ones_own_is_accepted():
    assert density(nx.florentine_families_graph()) == pytest.approx(20 / 105)
