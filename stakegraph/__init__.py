"""stakegraph: map the stakeholders of migrant and refugee integration.

The front door, for a notebook or a script: open a workbook once with
:func:`load` and give it to the verbs, each the library call of its command.

- :func:`load`: a workbook, read once on first use (``stakegraph validate``);
- :func:`analyze`: centrality, brokers, structure, mixing (``analyze``);
- :func:`find_gaps`: what a group lacks against a profile (``gaps``);
- :func:`recommend`: whom to invite to close the gaps (``recommend``);
- :func:`draw_map`: the offline map, ``.html`` or ``.png`` (``map``);
- :func:`diff`: what changed between two rounds (``diff``);
- :func:`export`: GraphML, GEXF, JSON, Kumu or CSV (``export``).

Each returns a result whose ``to_dict()`` is the command's JSON. They are
imported when first used, so ``import stakegraph`` (and ``stakegraph
--help``) loads none of the analysis libraries.

>>> import stakegraph
>>> sorted(stakegraph.__all__)[:3]
['__version__', 'analyze', 'diff']
>>> stakegraph.find_gaps.__module__
'stakegraph.jobs.gaps'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # for type checkers and editors; at run time each loads on first use
    from stakegraph.jobs.analyze import analyze
    from stakegraph.jobs.book import open_book as load
    from stakegraph.jobs.diff import diff
    from stakegraph.jobs.export import export
    from stakegraph.jobs.gaps import find_gaps
    from stakegraph.jobs.map import draw_map
    from stakegraph.jobs.recommend import recommend

#: each name of the front door: the module that holds it, and its name there
_HOME = {
    "load": ("stakegraph.jobs.book", "open_book"),
    "analyze": ("stakegraph.jobs.analyze", "analyze"),
    "find_gaps": ("stakegraph.jobs.gaps", "find_gaps"),
    "recommend": ("stakegraph.jobs.recommend", "recommend"),
    "draw_map": ("stakegraph.jobs.map", "draw_map"),
    "diff": ("stakegraph.jobs.diff", "diff"),
    "export": ("stakegraph.jobs.export", "export"),
}

__all__ = ["__version__", "analyze", "diff", "draw_map", "export", "find_gaps", "load", "recommend"]


def __getattr__(name: str) -> Any:
    """Load a name of the front door on first use (PEP 562)."""
    if name not in _HOME:
        raise AttributeError(f"module 'stakegraph' has no attribute {name!r}")
    module, attribute = _HOME[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
