"""Every public analysis function says, numpydoc style, what it takes and
what it gives: a ``Parameters`` section naming each parameter, and a
``Returns`` section (networkx's docstrings are the model)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import stakegraph.analysis

FUNCTIONS = [
    (module.name, name, getattr(mod, name))
    for module in pkgutil.iter_modules(stakegraph.analysis.__path__)
    for mod in [importlib.import_module(f"stakegraph.analysis.{module.name}")]
    for name in getattr(mod, "__all__", [])
    if inspect.isfunction(getattr(mod, name))
]


def documented(doc: str, section: str) -> str | None:
    """The text of numpydoc ``section`` of ``doc``, or None when it has none."""
    found = re.search(rf"^{section}\n-{{{len(section)}}}\n(.*?)(?:\n\n[A-Z][a-z]+\n-+\n|\Z)", doc, re.S | re.M)
    return found.group(1) if found else None


def test_the_analysis_functions_are_found():
    assert len(FUNCTIONS) > 60
    assert ("centrality_paths", "betweenness") in {(m, n) for m, n, _ in FUNCTIONS}


@pytest.mark.parametrize(("module", "name", "function"), FUNCTIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_each_says_its_parameters_and_what_it_returns(module, name, function):
    doc = inspect.cleandoc(inspect.unwrap(function).__doc__ or "")
    params = [p for p in inspect.signature(inspect.unwrap(function)).parameters if p not in ("self", "cls")]
    assert documented(doc, "Returns"), f"{module}.{name} has no Returns section"
    if params:
        listed = documented(doc, "Parameters")
        assert listed, f"{module}.{name} has no Parameters section"
        named = {n.strip() for line in listed.splitlines() if line and not line.startswith(" ")
                 for n in line.split(" : ")[0].split(",")}
        assert set(params) <= named, f"{module}.{name} leaves out {set(params) - named}"
