"""Reading workbooks safely into records and the graph (imports :mod:`stakegraph.model`)."""

from stakegraph.io.load import Loaded, load
from stakegraph.limits import Limits

__all__ = ["Limits", "Loaded", "load"]
