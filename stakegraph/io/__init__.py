"""Reading workbooks safely into records and the graph (imports :mod:`stakegraph.model`)."""

from stakegraph.io.limits import Limits
from stakegraph.io.load import Loaded, load

__all__ = ["Limits", "Loaded", "load"]
