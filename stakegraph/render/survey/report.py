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
  civil society  1 of 1 (100%)
  public         0 of 1 (0%)
Not answered yet: City Council
Ties: 0 confirmed, 1 one-sided, 0 kept from the mapping unanswered, 0 removed.
  one-sided      Doras – City Council (collaboration, 1)  reported by Doras
Conflicts: 0.
Proposed newcomers: 0.
Corrections to their own rows: 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from stakegraph.errors import Problem
from stakegraph.i18n import N_, SOURCE, babel_locale, clauses, current_language, gettext, ngettext
from stakegraph.model import SCHEMA_VERSION
from stakegraph.model.rounds import Round, RoundTie
from stakegraph.render.report.columns import column
from stakegraph.render.report.words import sector_word
from stakegraph.render.text import localised
from stakegraph.render.words import vocab_word

__all__ = ["collection_report", "format_collection", "report_rows", "round_problems"]


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def round_problems(merged: Round) -> list[tuple[str, Problem]]:
    """The problems of a merge, as (file, problem): the merge's own, then
    each accepted return's, in the report's order."""
    return [*merged.problems, *((r.source, p) for r in merged.returns.values() for p in r.problems)]


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
            "problems": [{"file": f, **p.to_dict()} for f, p in round_problems(merged)],
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
    return localised(str(int(value)) if float(value).is_integer() else f"{value:.1f}")


def _percent_text(value: float) -> str:
    """A percentage the report computed (0–100), as the language writes it."""
    if current_language() == SOURCE:
        return f"{value:g}%"
    from decimal import Decimal

    from babel.numbers import format_percent

    # the report rounded to one decimal: written with as many as it kept, the language's way
    share = Decimal(str(value)) / 100
    return str(format_percent(share, locale=babel_locale(), decimal_quantization=False))


#: a tie's status and a conflict's field, as words for people (the JSON keeps the codes)
_WORDS = {"confirmed": N_("confirmed"), "one-sided": N_("one-sided"), "removed": N_("removed"),
          "type": N_("type"), "weight": N_("weight")}


def _word(code: str) -> str:
    return gettext(_WORDS[code]) if code in _WORDS else code


def _value(field: str, value: Any) -> str:
    return vocab_word("tie_type", value, in_sentence=True) if field == "type" else _weight(value)


def _said(entries: list[dict[str, Any]], problems: Sequence[Problem]) -> list[str]:
    """The message of each entry in the current language, said from its
    problem when the caller kept them (one for each entry, in order); the
    report alone keeps only the English."""
    if not problems:
        return [e["message"] for e in entries]
    return [p.said_message() for _, p in zip(entries, problems, strict=True)]


def _lines(report: dict[str, Any], refused: Sequence[Problem] = (),
           notes: Sequence[Problem] = ()) -> list[tuple[str, ...]]:
    """The report as rows of cells, in the current language; the text joins
    them, the sheet spreads them. ``refused`` and ``notes`` are the problems
    behind the report's refused returns and notes, in its order."""
    returns, response, ties = report["returns"], report["response"], report["ties"]
    rows: list[tuple[str, ...]] = [(gettext("Returns: {accepted} accepted, {refused} refused.").format(
        accepted=len(returns["accepted"]), refused=len(returns["refused"])),)]
    rows += [("  " + gettext("refused"), r["file"], said)
             for r, said in zip(returns["refused"], _said(returns["refused"], refused))]
    rows += [("  " + gettext("note"), p["file"],
              gettext("{sheet}, row {row}: {message}").format(sheet=p["sheet"], row=p["row"], message=said)
              if p.get("row") else said) for p, said in zip(returns["problems"], _said(returns["problems"], notes))]
    total = response["total"]
    rows.append((gettext("Response: {answered} of {stakeholders} ({percent}).").format(
        answered=response["answered"], percent=_percent_text(response["percent"]),
        stakeholders=ngettext("{n} stakeholder", "{n} stakeholders", total).format(n=localised(f"{total:,}"))),))
    rows += [("  " + sector_word(sector), gettext("{answered} of {total} ({percent})").format(
        answered=s["answered"], total=s["total"], percent=_percent_text(s["percent"])))
        for sector, s in response["by_sector"].items()]
    if response["not_answered"]:
        rows.append((gettext("Not answered yet: {names}").format(names=", ".join(response["not_answered"])),))
    rows.append((gettext("Ties: {confirmed} confirmed, {one_sided} one-sided, {mapping} kept from the mapping "
                         "unanswered, {removed} removed.").format(
        confirmed=ties["confirmed"], one_sided=ties["one_sided"], mapping=ties["mapping"],
        removed=ties["removed"]),))
    for t in ties["list"] + ties["removed_list"]:
        said = (gettext("reported by {names}").format(names=", ".join(t["reported_by"])) if t["reported_by"]
                else gettext("in the mapping"))
        denied = gettext("; denied by {names}").format(names=", ".join(t["denied_by"])) if t["denied_by"] else ""
        status = _word(t["status"] if t["reported_by"] else "removed")
        kind = vocab_word("tie_type", t["type"], in_sentence=True)
        rows.append((f"  {status}", f"{t['source']} – {t['target']} ({kind}, {_weight(t['weight'])})", said + denied))
    rows.append((gettext("Conflicts: {n}.").format(n=len(report["conflicts"])),))
    rows += [(f"  {_word(c['field'])}", f"{c['source']} – {c['target']}",
              clauses(gettext("{who} says {value}").format(who=who, value=_value(c["field"], v))
                        for who, v in c["values"].items())) for c in report["conflicts"]]
    rows.append((gettext("Proposed newcomers: {n}.").format(n=len(report["newcomers"])),))
    for c in report["newcomers"]:
        mean = gettext("; did you mean '{name}'?").format(name=c["did_you_mean"]) if c["did_you_mean"] else ""
        sector = sector_word(c["sector"]) if c["sector"] else gettext("sector unknown (write it in the round)")
        rows.append(("  " + gettext("new"), c["name"], gettext("{sector}, proposed by {names}{mean}").format(
            sector=sector, names=", ".join(c["proposed_by"]), mean=mean)))
    rows.append((gettext("Corrections to their own rows: {n}.").format(n=len(report["corrections"])),))
    rows += [("  " + c["stakeholder"], column(c["field"]), f"{c['before']} → {c['after']}")
             for c in report["corrections"]]
    return rows


def format_collection(report: dict[str, Any], refused: Sequence[Problem] = (),
                      notes: Sequence[Problem] = ()) -> str:
    """The report as text for the terminal, in the current language (the
    problems behind its refusals and notes, when given, are said in it too)."""
    rows = _lines(report, refused, notes)
    width = max((len(r[0]) for r in rows if len(r) > 1), default=0)
    return "\n".join(r[0] if len(r) == 1 else "  ".join([r[0].ljust(width), *r[1:]]).rstrip()
                     for r in rows)


def report_rows(report: dict[str, Any], refused: Sequence[Problem] = (),
                notes: Sequence[Problem] = ()) -> list[tuple[str, ...]]:
    """The report as the rows of the round's report sheet."""
    return _lines(report, refused, notes)
