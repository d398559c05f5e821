"""What the map shows, as plain data: node and edge styles, anonymous codes,
the side-panel facts, and JSON that is safe inside a ``<script>`` element.

Everything here is Python; :mod:`stakegraph.render.map.page` puts it in the
page. Every colour is a mark on a white page, so each has at least 3:1
contrast against white (WCAG 1.4.11); the sectors are Okabe–Ito's blue and
bluish green and its orange darkened, which stay apart under deuteranopia
and protanopia (``tests/render/map/test_page.py`` computes both).

Examples
--------
>>> from stakegraph.model import Stakeholder, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public"),
...                  Stakeholder("Ábaco", "civil_society")])
>>> anonymous_codes(G)
{'abaco': 'CIV-01', 'doras': 'CIV-02', 'city': 'PUB-01'}
>>> script_json({"name": "</script><b>"})
'{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
>>> category_colours(["b", "a", "b", None])
{'b': '#0072B2', 'a': '#C17A00'}
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from stakegraph.model import stakeholder_nodes
from stakegraph.model.jsonsafe import json_safe

__all__ = [
    "CATEGORY_PALETTE",
    "DENSE_TIE_COLOUR",
    "FADED_BORDER",
    "GAP_ARC",
    "HALO",
    "HALO_EDGE",
    "INVITEE",
    "IWG_COLOUR",
    "MEMBER_COLOUR",
    "MIGRANT_BORDER",
    "SECTORS",
    "SECTOR_COLOURS",
    "TIE_COLOUR",
    "UNKNOWN_COLOUR",
    "anonymous_codes",
    "category_colours",
    "fade",
    "script_json",
    "size_scale",
    "tie_style",
]

SECTORS = ("public", "private", "civil_society")
#: Okabe–Ito blue and bluish green, and its orange darkened from #E69F00 (2.2:1 on white) to 3.5:1
SECTOR_COLOURS = {"public": "#0072B2", "private": "#C17A00", "civil_society": "#009E73"}
#: communities, levels and types: the sectors' colours, then four more of at
#: least 3:1 on white chosen to stay apart under deuteranopia and protanopia
CATEGORY_PALETTE = ("#0072B2", "#C17A00", "#009E73", "#332288", "#0A7B83", "#117733", "#4D4D4D")
UNKNOWN_COLOUR = "#8A8A8A"
IWG_COLOUR = "#000000"
#: a dark wine ring, with a white ring inside it drawn by the page: the
#: mark of a migrant-led organisation is a pattern, not only a hue
MIGRANT_BORDER = "#882255"
#: the outline that keeps a faded node visible (3.4:1 on white)
FADED_BORDER = "#8A8A8A"
#: Okabe–Ito vermilion, glow and line, for what a diff highlights
HALO = "#D55E00"
HALO_EDGE = "#D55E00"
TIE_COLOUR = "#5f5f5f"
#: ties of a crowded map, drawn fainter: darker, so that one alone keeps 3:1
DENSE_TIE_COLOUR = "#333333"
MEMBER_COLOUR = "#8A8A8A"
#: Tol's vibrant red (5.2:1), dashed: the ties an IWG lacks between two of its sectors
GAP_ARC = "#CC3311"
#: a deep purple (8.3:1) ring and path: a recommended invitee and who can introduce it
INVITEE = "#5D3A9B"
_PREFIX = {"public": "PUB", "private": "PRI", "civil_society": "CIV"}
_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
            ("\u2029", "\\u2029"))
_MIN_SIZE, _MAX_SIZE, _EVEN_SIZE = 10.0, 45.0, 18.0


def script_json(data: Any) -> str:
    """``data`` as JSON that can sit inside ``<script>``: ``< > &`` and the
    line separators U+2028/U+2029 are written as JSON ``\\u`` escapes (``\\u003c``), so no
    string in the data can close the element or start markup."""
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, default=json_safe)
    except ValueError:  # a NaN or infinity somewhere: walk the data once to clear them
        text = json.dumps(json_safe(data), ensure_ascii=False, allow_nan=False)
    for char, escape in _ESCAPES:  # str.replace is far quicker than translate to many chars
        text = text.replace(char, escape)
    return text


def anonymous_codes(G: nx.MultiDiGraph) -> dict[str, str]:
    """A stable code for each stakeholder: ``PUB-01``, ``PRI-01``, ``CIV-01``,
    ``UNK-01`` (no or unknown sector), numbered by sorted id within sector.

    The same workbook always gives the same codes, so a facilitator can keep
    a private key of codes to names.
    """
    by_prefix: dict[str, list[str]] = {}
    for n in stakeholder_nodes(G):
        by_prefix.setdefault(_PREFIX.get(G.nodes[n].get("sector"), "UNK"), []).append(n)
    codes: dict[str, str] = {}
    for prefix in sorted(by_prefix):
        ids = sorted(by_prefix[prefix])
        width = max(2, len(str(len(ids))))
        codes.update({n: f"{prefix}-{i:0{width}d}" for i, n in enumerate(ids, start=1)})
    return codes


def category_colours(values: Iterable[Any], order: Iterable[Any] = ()) -> dict[Any, str]:
    """A palette colour for each category of ``values``: those in ``order``
    first (as listed), then the rest by frequency. ``None`` gets no colour;
    categories beyond the palette's seven colours get none either (they are
    drawn grey and listed as "other")."""
    counts = Counter(v for v in values if v is not None)
    known = [v for v in order if v in counts]
    rest = sorted((v for v in counts if v not in set(known)), key=lambda v: (-counts[v], str(v)))
    return dict(zip(known + rest, CATEGORY_PALETTE, strict=False))


def size_scale(values: Mapping[str, Any], smallest: float = _MIN_SIZE,
               largest: float = _MAX_SIZE) -> dict[str, float]:
    """Node sizes in pixels from a measure: ``smallest`` (10) to ``largest``
    (45), with the node's area (not its radius) growing with the value; all
    equal values give 18.

    >>> size_scale({"a": 0.0, "b": 1.0, "c": 0.25})
    {'a': 10.0, 'b': 45.0, 'c': 27.5}
    """
    numbers = {k: float(v) for k, v in values.items() if json_safe(v) is not None}
    if not numbers:
        return {k: _EVEN_SIZE for k in values}
    low, high = min(numbers.values()), max(numbers.values())
    if high <= low:
        return {k: _EVEN_SIZE for k in values}
    return {
        k: round(smallest + (largest - smallest) * math.sqrt((numbers[k] - low) / (high - low)), 1)
        if k in numbers else smallest
        for k in values
    }


def fade(colour: str, alpha: float = 0.18) -> str:
    """``colour`` (``#rrggbb``) as a see-through ``rgba(...)``.

    >>> fade("#0072B2")
    'rgba(0,114,178,0.18)'
    """
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def tie_style(tie_type: Any, weight: Any, directed: bool, heaviest: float = 5.0, *,
              one_sided: bool = False) -> dict[str, Any]:
    """The vis-network style of a tie: width 1–4 by weight, from 1 to the
    map's ``heaviest`` weight (at least 5, so that the 1–5 scale of the
    template always draws the same), dashes for information, an arrow when
    directed (funding and referral by default), a dot in the middle when only
    one side named it in a survey. Only what differs from the page's defaults
    is given (grey, no arrow, solid): 50,000 ties should not repeat them.

    >>> tie_style("information", 5, False)
    {'width': 4.0, 'dashes': [8, 6]}
    >>> tie_style("funding", 2, True)
    {'width': 1.75, 'arrows': {'to': {'enabled': True, 'scaleFactor': 0.7}}}
    >>> tie_style("collaboration", 1, False, one_sided=True)
    {'width': 1.0, 'arrows': {'middle': {'enabled': True, 'type': 'circle', 'scaleFactor': 0.6}}}
    >>> tie_style("collaboration", 13, False, heaviest=13)
    {'width': 4.0}
    """
    top = max(float(heaviest), 5.0)
    w = json_safe(weight)
    w = 1.0 if not isinstance(w, (int, float)) else min(max(float(w), 1.0), top)
    style: dict[str, Any] = {"width": round(1.0 + (w - 1.0) * 3.0 / (top - 1.0), 2)}
    if tie_type == "information":
        style["dashes"] = [8, 6]
    if directed:
        style["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.7}}
    if one_sided:
        style.setdefault("arrows", {})["middle"] = {"enabled": True, "type": "circle", "scaleFactor": 0.6}
    return style
