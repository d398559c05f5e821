"""What graph an analysis accepts, stated on the function, as networkx's
``not_implemented_for`` does.

The mapping's graph (:func:`stakegraph.model.build_graph`) is a multigraph
that also holds IWG nodes and membership edges. A measure given it would
quietly count an IWG as a stakeholder, so each measure takes a *view* and
refuses anything else with a message that names the view to pass:

- :func:`stakeholder_view`: the undirected simple graph of stakeholders,
  :func:`stakegraph.model.stakeholder_graph` (a plain ``nx.Graph`` of one's
  own, with no IWG in it, is accepted too);
- :func:`tie_view`: the directed simple graph of ties,
  :func:`stakegraph.model.tie_digraph`;
- :func:`either_view`: one or the other (sector mixing is defined on both).

Examples
--------
>>> import networkx as nx
>>> @stakeholder_view
... def size(H):
...     return H.number_of_nodes()
>>> size(nx.path_graph(3))
3
>>> size(nx.MultiDiGraph())  # doctest: +NORMALIZE_WHITESPACE
Traceback (most recent call last):
...
stakegraph.analysis.accepts.WrongGraphError: size() takes the stakeholder view,
stakegraph.model.stakeholder_graph(G), not a multigraph: the mapping's graph holds IWGs and
memberships too
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import networkx as nx

__all__ = ["WrongGraphError", "either_view", "stakeholder_view", "tie_view"]

F = TypeVar("F", bound=Callable[..., Any])

_VIEWS = {
    "stakeholder": ("the stakeholder view, stakegraph.model.stakeholder_graph(G)", False),
    "tie": ("the tie view, stakegraph.model.tie_digraph(G)", True),
    "either": ("the stakeholder view or the tie view, stakegraph.model.stakeholder_graph(G) "
               "or tie_digraph(G)", None),
}


class WrongGraphError(TypeError):
    """An analysis was given a graph other than the view it works on."""


def _why_not(G: Any, directed: bool | None) -> str | None:
    if not isinstance(G, nx.Graph):
        return f"a {type(G).__name__}"
    if G.is_multigraph():
        return "a multigraph: the mapping's graph holds IWGs and memberships too"
    if directed is not None and G.is_directed() != directed:
        return "a directed graph" if G.is_directed() else "an undirected graph"
    for n, kind in G.nodes(data="kind"):
        if kind not in (None, "stakeholder"):
            return f"a graph holding the {kind} node {n!r}"
    return None


def _accepting(view: str) -> Callable[[F], F]:
    wanted, directed = _VIEWS[view]

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def checked(G: Any, *args: Any, **kwargs: Any) -> Any:
            why = _why_not(G, directed)
            if why:
                raise WrongGraphError(f"{func.__name__}() takes {wanted}, not {why}")
            return func(G, *args, **kwargs)

        return checked  # type: ignore[return-value]

    return decorate


_DECORATOR_DOC = """The function's first argument must be {what}.

Parameters
----------
func : callable
    An analysis whose first argument is a graph.

Returns
-------
callable
    ``func``, refusing with :class:`WrongGraphError` (naming the view to
    pass) any other graph.
"""

stakeholder_view = _accepting("stakeholder")
stakeholder_view.__doc__ = _DECORATOR_DOC.format(what="the undirected stakeholder view")
tie_view = _accepting("tie")
tie_view.__doc__ = _DECORATOR_DOC.format(what="the directed tie view")
either_view = _accepting("either")
either_view.__doc__ = _DECORATOR_DOC.format(what="the stakeholder view or the tie view")
