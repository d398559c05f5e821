"""Records, the graph, and its views (imports only :mod:`stakegraph.errors`
and :mod:`stakegraph.codebook`)."""

from stakegraph.model.graph import (
    build_graph,
    iwg_members,
    iwg_nodes,
    stakeholder_graph,
    stakeholder_nodes,
    tie_digraph,
)
from stakegraph.model.ids import iwg_id, stakeholder_id
from stakegraph.model.records import (
    PERSONAL_FIELDS,
    STAKEHOLDER_FIELDS,
    Membership,
    Stakeholder,
    Tie,
)
from stakegraph.model.report import SCHEMA_VERSION, ImportReport, SheetAccount
from stakegraph.model.seed import DEFAULT_SEED

__all__ = [
    "DEFAULT_SEED",
    "PERSONAL_FIELDS",
    "SCHEMA_VERSION",
    "STAKEHOLDER_FIELDS",
    "ImportReport",
    "Membership",
    "SheetAccount",
    "Stakeholder",
    "Tie",
    "build_graph",
    "iwg_id",
    "iwg_members",
    "iwg_nodes",
    "stakeholder_graph",
    "stakeholder_id",
    "stakeholder_nodes",
    "tie_digraph",
]
