"""An IWG's gaps as the map's gap card: the themes and levels its members
lack and the sectors it has no tie between, in the page's words.

The findings come from :func:`stakegraph.analysis.gaps.find_gaps` (the job
judges the IWG against the profile); here they only become rows of words.

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> from stakegraph.render.map.words import map_strings
>>> card = gap_card([{"kind": "theme", "code": "health", "status": "missing"},
...                  {"kind": "ties", "code": "private-public", "status": "missing"},
...                  {"kind": "theme", "code": "housing", "status": "met"}],
...                 "City IWG", default_codebook(), "en", map_strings("en"))
>>> card["title"], card["rows"]
('What City IWG lacks', [['Theme', 'health', 'missing'], ['Ties', 'private – public', 'missing']])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from stakegraph.codebook import Codebook
from stakegraph.render.words import vocab_word

__all__ = ["GAP_KINDS", "gap_arcs", "gap_card", "missing_types"]

#: the requirements the card lists, in its order (missing sectors are drawn as placeholders)
GAP_KINDS = ("theme", "level", "type", "ties")
_VOCAB = {"theme": "theme", "level": "level", "type": "type"}


def gap_card(findings: Iterable[Mapping[str, Any]], iwg: str, cb: Codebook, lang: str,
             strings: Mapping[str, str]) -> dict[str, Any]:
    """``{"title", "rows"}``: a row ``[what, value, status]`` for each weak or
    missing requirement of a kind in :data:`GAP_KINDS`, missing ones first."""
    rows: list[tuple[bool, int, list[str]]] = []
    for f in findings:
        kind, status = f.get("kind"), f.get("status")
        if kind not in GAP_KINDS or status not in ("missing", "weak"):
            continue
        code = str(f.get("code") or "")
        if kind == "ties":
            what, value = strings["ties"], " – ".join(vocab_word("sector", s, lang) for s in code.split("-"))
        else:
            what, value = strings.get(kind, kind), vocab_word(_VOCAB[kind], code, lang)
        rows.append((status != "missing", GAP_KINDS.index(kind), [what, value, strings[f"gap_{status}"]]))
    rows.sort(key=lambda r: r[:2])
    return {"title": strings["gaps_title"].format(iwg=iwg), "rows": [row for *_, row in rows]}


def missing_types(findings: Iterable[Mapping[str, Any]]) -> list[str]:
    """The stakeholder types the group lacks altogether: drawn as placeholders.

    >>> missing_types([{"kind": "type", "code": "ngo", "status": "missing"},
    ...                {"kind": "type", "code": "migrant_led", "status": "weak"}])
    ['ngo']
    """
    return [str(f["code"]) for f in findings if f.get("kind") == "type" and f.get("status") == "missing"]


def gap_arcs(findings: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    """The pairs of sectors with no tie between them: drawn as dashed arcs between the sector groups.

    >>> gap_arcs([{"kind": "ties", "code": "civil_society-private", "status": "missing"},
    ...           {"kind": "ties", "code": "private-public", "status": "met"}])
    [['civil_society', 'private']]
    """
    return [str(f["code"]).split("-", 1) for f in findings
            if f.get("kind") == "ties" and f.get("status") == "missing" and "-" in str(f.get("code"))]
