"""Records, the graph, and its views (imports only :mod:`stakegraph.errors`
and :mod:`stakegraph.codebook`).

The names below load their module on first use, so that a command line that
only needs :data:`DEFAULT_SEED` or a record does not load networkx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from stakegraph.model.graph import (
        build_graph,
        find_iwg,
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

#: each public name -> the module that holds it
_HOME = {
    "build_graph": "graph", "find_iwg": "graph", "iwg_members": "graph", "iwg_nodes": "graph",
    "stakeholder_graph": "graph", "stakeholder_nodes": "graph", "tie_digraph": "graph",
    "iwg_id": "ids", "stakeholder_id": "ids",
    "PERSONAL_FIELDS": "records", "STAKEHOLDER_FIELDS": "records", "Membership": "records",
    "Stakeholder": "records", "Tie": "records",
    "SCHEMA_VERSION": "report", "ImportReport": "report", "SheetAccount": "report",
    "DEFAULT_SEED": "seed",
}

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
    "find_iwg",
    "iwg_members",
    "iwg_nodes",
    "stakeholder_graph",
    "stakeholder_id",
    "stakeholder_nodes",
    "tie_digraph",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'stakegraph.model' has no attribute {name!r}")
    value = getattr(import_module(f"stakegraph.model.{_HOME[name]}"), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value
