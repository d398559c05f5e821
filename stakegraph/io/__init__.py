"""Reading workbooks safely into records and the graph (imports :mod:`stakegraph.model`)."""

from stakegraph.io.load import Loaded, load

__all__ = ["Loaded", "load"]
