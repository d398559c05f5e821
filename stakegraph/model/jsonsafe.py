"""The one rule for values that go into JSON, and the one way JSON is written.

JSON has no NaN, no infinity, no dates and no sets. Every JSON stakegraph
writes (the ``--format json`` output, report.json, the node-link export, the
annex, the data inside the map page) goes through :func:`json_safe`:

- NaN, infinities and pandas' missing values become ``null``;
- numpy numbers become Python numbers;
- dates and times become ISO text;
- mappings get text keys, sets become sorted lists, tuples lists;
- anything else becomes its text.

A value quoted in a problem is the cell as written, not a number, so a cell
holding "nan" is quoted as "nan" (see :meth:`stakegraph.errors.Problem.to_dict`).

Examples
--------
>>> import datetime, numpy as np
>>> json_safe({"a": float("nan"), 2: [np.int64(3), {"b", "a"}], "on": datetime.date(2026, 12, 2)})
{'a': None, '2': [3, ['a', 'b']], 'on': '2026-12-02'}
>>> print(json_text({"x": float("inf"), "name": "Doras"}, indent=None))
{"x": null, "name": "Doras"}
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any

__all__ = ["json_safe", "json_text"]

#: pandas' missing values, told by type name so that pandas need not be loaded
_MISSING = {"NAType", "NaTType"}


def json_safe(value: Any) -> Any:
    """``value`` as plain JSON types, by the module's rule."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value
    if type(value).__name__ in _MISSING:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, tuple, Mapping)):
        return json_safe(value.item())  # a numpy number
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((json_safe(v) for v in value), key=str)
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return str(value)


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON text by :func:`json_safe` (UTF-8 characters kept,
    never NaN), without a final new line."""
    return json.dumps(json_safe(data), ensure_ascii=False, indent=indent, allow_nan=False)
