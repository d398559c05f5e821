"""The collection report: a merged round told by name, as JSON, text and
the rows of an Excel sheet.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.model.returns import Return, TieAnswer
>>> from stakegraph.model.rounds import merge_returns
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City Council", "public")])
>>> merged = merge_returns(G, [Return("doras", "doras.xlsx",
...                                   answers=(TieAnswer("doras", "city-council", "yes"),))])
>>> report = collection_report(G, merged)
>>> report["response"]["answered"], report["response"]["not_answered"], report["ties"]["one_sided"]
(1, ['City Council'], 1)
>>> print(format_collection(report))
Returns: 1 accepted, 0 refused.
Response: 1 of 2 stakeholders (50%).
  civil_society  1 of 1 (100%)
  public         0 of 1 (0%)
Not answered yet: City Council
Ties: 0 confirmed, 1 one-sided, 0 kept from the mapping unanswered, 0 removed.
  one-sided      Doras – City Council (collaboration, 1)  reported by Doras
Conflicts: 0.
Proposed newcomers: 0.
Corrections to their own rows: 0.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from stakegraph.errors import Problem
from stakegraph.model import SCHEMA_VERSION
from stakegraph.model.rounds import Round, RoundTie
from stakegraph.render.text import plural

__all__ = ["collection_report", "format_collection", "report_rows"]


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def collection_report(G: nx.MultiDiGraph, merged: Round,
                      refused: list[tuple[str, Problem]] | None = None) -> dict[str, Any]:
    """The report of a merge into mapping ``G``, every stakeholder by name;
    ``refused`` lists the files left out, each with its problem."""
    names = {n: G.nodes[n].get("name", n) for n in G}
    names.update({c.id: c.name for c in merged.newcomers})

    def who(ids: tuple[str, ...]) -> list[str]:
        return [names[i] for i in ids]

    def tie(t: RoundTie) -> dict[str, Any]:
        return {"source": names[t.source], "target": names[t.target], "type": t.type,
                "weight": t.weight, "status": t.status, "reported_by": who(t.reported_by),
                "denied_by": who(t.denied_by)}

    response = merged.response
    status = [t.status for t in merged.ties]
    return {
        "schema_version": SCHEMA_VERSION,
        "returns": {
            "accepted": sorted(r.source for r in merged.returns.values()),
            "refused": [{"file": f, "code": p.code, "message": p.message} for f, p in refused or []],
            "problems": [{"file": f, **p.to_dict()} for f, p in merged.problems]
            + [{"file": r.source, **p.to_dict()} for r in merged.returns.values() for p in r.problems],
        },
        "response": {
            "answered": response.answered, "total": response.total,
            "percent": _percent(response.answered, response.total),
            "by_sector": {s: {"answered": a, "total": t, "percent": _percent(a, t)}
                          for s, (a, t) in sorted(response.by_sector.items())},
            "not_answered": who(response.missing),
        },
        "ties": {
            "confirmed": status.count("confirmed"), "one_sided": status.count("one-sided"),
            "mapping": status.count("mapping"), "removed": len(merged.removed),
            "list": [tie(t) for t in merged.ties if t.status != "mapping"],
            "removed_list": [tie(t) for t in merged.removed],
        },
        "conflicts": [{"source": names[c.source], "target": names[c.target], "field": c.field,
                       "values": {names[r]: v for r, v in c.values}} for c in merged.conflicts],
        "newcomers": [{"name": c.name, "sector": c.sector, "proposed_by": who(c.proposed_by),
                       "did_you_mean": c.did_you_mean} for c in merged.newcomers],
        "corrections": [{"stakeholder": names[c.stakeholder], "field": c.field, "before": before,
                         "after": c.value} for c, before in merged.corrections],
    }


def _weight(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _lines(report: dict[str, Any]) -> list[tuple[str, ...]]:
    """The report as rows of cells; the text joins them, the sheet spreads them."""
    returns, response, ties = report["returns"], report["response"], report["ties"]
    rows: list[tuple[str, ...]] = [
        (f"Returns: {len(returns['accepted'])} accepted, {len(returns['refused'])} refused.",)]
    rows += [("  refused", r["file"], r["message"]) for r in returns["refused"]]
    rows += [("  note", p["file"], f"{p['sheet']}, row {p['row']}: {p['message']}" if p.get("row")
              else p["message"]) for p in returns["problems"]]
    rows.append((f"Response: {response['answered']} of {plural(response['total'], 'stakeholder')} "
                 f"({response['percent']:g}%).",))
    rows += [("  " + sector, f"{s['answered']} of {s['total']} ({s['percent']:g}%)")
             for sector, s in response["by_sector"].items()]
    if response["not_answered"]:
        rows.append(("Not answered yet: " + ", ".join(response["not_answered"]),))
    rows.append((f"Ties: {ties['confirmed']} confirmed, {ties['one_sided']} one-sided, "
                 f"{ties['mapping']} kept from the mapping unanswered, {ties['removed']} removed.",))
    for t in ties["list"] + ties["removed_list"]:
        said = f"reported by {', '.join(t['reported_by'])}" if t["reported_by"] else "in the mapping"
        denied = f"; denied by {', '.join(t['denied_by'])}" if t["denied_by"] else ""
        status = t["status"] if t["reported_by"] else "removed"
        rows.append((f"  {status}", f"{t['source']} – {t['target']} ({t['type']}, {_weight(t['weight'])})",
                     said + denied))
    rows.append((f"Conflicts: {len(report['conflicts'])}.",))
    rows += [(f"  {c['field']}", f"{c['source']} – {c['target']}",
              "; ".join(f"{who} says {v if c['field'] == 'type' else _weight(v)}"
                        for who, v in c["values"].items())) for c in report["conflicts"]]
    rows.append((f"Proposed newcomers: {len(report['newcomers'])}.",))
    for c in report["newcomers"]:
        mean = f"; did you mean '{c['did_you_mean']}'?" if c["did_you_mean"] else ""
        rows.append(("  new", c["name"], f"{c['sector'] or 'sector unknown (write it in the round)'}, proposed by "
                     f"{', '.join(c['proposed_by'])}{mean}"))
    rows.append((f"Corrections to their own rows: {len(report['corrections'])}.",))
    rows += [("  " + c["stakeholder"], c["field"], f"{c['before']} → {c['after']}")
             for c in report["corrections"]]
    return rows


def format_collection(report: dict[str, Any]) -> str:
    """The report as text for the terminal."""
    rows = _lines(report)
    width = max((len(r[0]) for r in rows if len(r) > 1), default=0)
    return "\n".join(r[0] if len(r) == 1 else "  ".join([r[0].ljust(width), *r[1:]]).rstrip()
                     for r in rows)


def report_rows(report: dict[str, Any]) -> list[tuple[str, ...]]:
    """The report as the rows of the round's report sheet."""
    return _lines(report)
