"""The diff of two rounds of a mapping, as text for the terminal.

Examples
--------
>>> d = {
...     "stakeholders": {"added": ["Arci"], "removed": [],
...                      "renamed": [["Caritas Varese", "Caritas Ambrosiana Varese"]]},
...     "ties": {"added": [["Arci", "Comune", "collaboration"]], "removed": [],
...              "changed": [["Comune", "Caritas Ambrosiana Varese", "information", "partnership"]]},
...     "cross_sector_ties": {"before": 1, "after": 2, "change": 1},
...     "metrics": {"density": {"before": 0.5, "after": 0.4, "change": -0.1},
...                 "stakeholders": [{"name": "Comune",
...                                   "betweenness": {"before": 0.0, "after": 0.5, "change": 0.5},
...                                   "brokerage": {"before": 0, "after": 2, "change": 2}}]},
... }
>>> print(format_diff(d))
Stakeholders: 1 added, 0 removed, 1 possibly renamed
  + Arci
  ~ Caritas Varese -> Caritas Ambrosiana Varese (possible rename, compared as one)
<BLANKLINE>
Ties: 1 added, 0 removed, 1 changed type
  + Arci - Comune (collaboration)
  ~ Comune - Caritas Ambrosiana Varese: information -> partnership
<BLANKLINE>
Cross-sector ties: 1 -> 2 (+1)
<BLANKLINE>
measure  before  after  change
-------  ------  -----  ------
density     0.5    0.4  -0.1
<BLANKLINE>
Stakeholders whose position changed most:
name    brokerage before  brokerage after  betweenness before  betweenness after
------  ----------------  ---------------  ------------------  -----------------
Comune                 0                2                   0                0.5
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stakegraph.i18n import N_, gettext
from stakegraph.render.report.columns import columns
from stakegraph.render.text import format_cell, format_table
from stakegraph.render.words import vocab_word

__all__ = ["format_diff"]

_MEASURES = {"density": N_("density"), "components": N_("components"), "isolates": N_("isolates"),
             "ei_index": N_("E-I index of sectors")}


_ISOLATED = {"lost_all_ties": N_("Lost every tie"), "first_ties": N_("A first tie since the earlier round"),
             "new_without_ties": N_("New, with no tie yet")}


def _signed(value: Any) -> str:
    if value is None:
        return ""
    text = format_cell(value)
    return text if text.startswith("-") or value == 0 else "+" + text


def _tie(row: list[str]) -> str:
    return f"{row[0]} - {row[1]}"


def _kind(code: str) -> str:
    return vocab_word("tie_type", code, in_sentence=True)


def format_diff(diff: Mapping[str, Any], *, top: int = 15) -> str:
    """The diff (:func:`stakegraph.analysis.diff.diff_graphs`) as text, in
    the current language: what was added, removed, renamed and changed, the
    network's measures before and after, and the ``top`` stakeholders whose
    brokerage or betweenness changed most."""
    people, ties = diff["stakeholders"], diff["ties"]
    lines = [gettext("Stakeholders: {added} added, {removed} removed, {renamed} possibly renamed").format(
        added=len(people["added"]), removed=len(people["removed"]), renamed=len(people["renamed"]))]
    lines += [f"  + {name}" for name in people["added"]]
    lines += [f"  - {name}" for name in people["removed"]]
    lines += ["  ~ " + gettext("{old} -> {new} (possible rename, compared as one)").format(old=old, new=new)
              for old, new in people["renamed"]]
    lines += ["", gettext("Ties: {added} added, {removed} removed, {changed} changed type").format(
        added=len(ties["added"]), removed=len(ties["removed"]), changed=len(ties["changed"]))]
    lines += [f"  + {_tie(t)} ({_kind(t[2])})" for t in ties["added"]]
    lines += [f"  - {_tie(t)} ({_kind(t[2])})" for t in ties["removed"]]
    lines += [f"  ~ {_tie(t)}: {_kind(t[2])} -> {_kind(t[3])}" for t in ties["changed"]]
    cross = diff["cross_sector_ties"]
    lines += ["", gettext("Cross-sector ties: {before} -> {after} ({change})").format(
        before=cross["before"], after=cross["after"], change=_signed(cross["change"]))]
    metrics = diff["metrics"]
    rows = [[gettext(label), metrics[key]["before"], metrics[key]["after"], _signed(metrics[key]["change"])]
            for key, label in _MEASURES.items() if key in metrics]
    lines += ["", format_table(rows, columns(["measure", "before", "after", "change"]))]
    alone = metrics.get("isolated", {})
    for key, say in _ISOLATED.items():
        if alone.get(key):
            lines.append(gettext("{what}: {names}.").format(what=gettext(say), names=", ".join(alone[key])))
    moved = [r for r in metrics.get("stakeholders", [])
             if r["brokerage"]["change"] or r["betweenness"]["change"]][:top]
    if moved:
        lines += ["", gettext("Stakeholders whose position changed most:"), format_table(
            [[r["name"], r["brokerage"]["before"], r["brokerage"]["after"],
              r["betweenness"]["before"], r["betweenness"]["after"]] for r in moved],
            columns(["name", "brokerage before", "brokerage after", "betweenness before",
                     "betweenness after"]))]
    return "\n".join(lines)
