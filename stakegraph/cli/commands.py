"""Every command of the ``stakegraph`` group, each from its own module."""


__all__: list[str] = []

# Each import below defines one command and adds it to ``main``.
from stakegraph.cli import validate_cmd  # noqa: E402,F401
from stakegraph.cli import map_cmd  # noqa: E402,F401
from stakegraph.cli import diff_cmd  # noqa: E402,F401
from stakegraph.cli import export_cmd  # noqa: E402,F401
from stakegraph.cli import gaps_cmd  # noqa: E402,F401
from stakegraph.cli import recommend_cmd  # noqa: E402,F401
from stakegraph.cli import analyze_cmd  # noqa: E402,F401
from stakegraph.cli import template_cmd  # noqa: E402,F401
from stakegraph.cli import demo_cmd  # noqa: E402,F401
