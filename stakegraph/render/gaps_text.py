"""Gaps and recommendations in plain words, for the coordinator of a group.

Each open requirement becomes one sentence ("The group has no
private-sector member.", "Nobody in the group works on health."); each
candidate one line saying what it closes, whom it already works with and who
can introduce it.

Examples
--------
>>> from stakegraph.analysis.gaps import Finding
>>> describe(Finding("sector:private", "sector", "private", "missing", 0, 1), "group")
'The group has no private-sector member.'
>>> describe(Finding("theme:health", "theme", "health", "missing", 0, 1), "group")
'Nobody in the group works on health.'
>>> describe(Finding("isolated_members", "isolated_members", None, "weak", 1, 0, ["Doras"]), "group")
'Doras has no tie to another member.'
"""

from __future__ import annotations

from stakegraph.analysis.gaps import STATUSES, Finding, GapReport
from stakegraph.analysis.recommend import Candidate, Recommendations
from stakegraph.codebook import default_codebook
from stakegraph.render.text import format_table

__all__ = ["candidate_line", "describe", "format_gaps", "format_recommendations", "name_list",
           "scope_noun", "scope_phrase"]

_CODEBOOK = default_codebook()
_SHOWN = 5


def name_list(names: list[str], shown: int = _SHOWN) -> str:
    """Names joined by commas, the rest counted.

    >>> name_list(["A", "B", "C"], shown=2)
    'A, B and 1 more'
    """
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"


def _label(kind: str, code: str | None) -> str:
    return _CODEBOOK.label(kind, code) if code else ""


def _sector(code: str | None) -> str:
    """``"private-sector"``, ``"civil-society"``: a sector as an adjective."""
    label = _label("sector", code)
    return label.replace(" ", "-") if " " in label else f"{label}-sector"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _count(n: int | float, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def describe(f: Finding, noun: str = "group") -> str:
    """One sentence saying what is missing or weak about a requirement (or,
    when it is met, what meets it). ``noun`` is ``"group"`` or ``"mapping"``
    (whose members are called stakeholders)."""
    who = "stakeholder" if noun == "mapping" else "member"
    names = f" ({name_list(f.evidence)})" if f.evidence else ""
    ask = f"; the profile asks for {f.need}."
    if f.status == "met":
        return f"{f.id}: met" + (f" by {name_list(f.evidence)}." if f.evidence else ".")
    if f.kind == "size":
        if f.status == "missing":
            return f"The {noun} has no {who}s."
        return f"The {noun} has {_count(f.have, who)}; the profile asks for at least {f.need}."
    if f.kind in ("sector", "type", "level"):
        label = _sector(f.code) if f.kind == "sector" else _label(f.kind, f.code)
        if f.status == "missing":
            if f.kind == "level":
                return f"Nobody in the {noun} works at {label} level."
            extra = "" if f.need == 1 else f" (the profile asks for {f.need})"
            what = f"{label} {who}" if f.kind == "sector" else label
            return f"The {noun} has no {what}{extra}."
        what = f"at {label} level" if f.kind == "level" else label
        return f"{what[0].upper()}{what[1:]}: only {_count(f.have, who)}{names}{ask}"
    if f.kind == "theme":
        return _describe_theme(f, noun, who, names)
    if f.kind == "ties":
        a, b = (_sector(c) for c in (f.code or "-").split("-"))
        if f.status == "missing":
            return f"No {a} {who} has a tie to a {b} {who}."
        ties = "tie joins" if f.have == 1 else "ties join"
        return f"Only {f.have} {ties} {a} and {b} {who}s{names}{ask}"
    if f.kind == "isolated_members":
        if f.status == "missing":
            return f"No {who} of the {noun} has a tie to another {who}."
        if len(f.evidence) == 1:
            return f"{f.evidence[0]} has no tie to another {who}."
        return f"{len(f.evidence)} {who}s have no tie to another {who}: {name_list(f.evidence)}."
    if f.status == "missing":
        return f"The {noun} has no {who}s, so its sector balance cannot be judged."
    return (f"The {_label('sector', f.code) or 'unknown'} sector holds {round(100 * float(f.have))}% "
            f"of the {who}s ({f.evidence[0].split(': ')[1]}); more than "
            f"{round(100 * float(f.need))}% is weak balance.")


def _describe_theme(f: Finding, noun: str, who: str, names: str) -> str:
    theme = _label("theme", f.code)
    if f.status == "missing":
        return f"Nobody in the {noun} works on {theme}."
    if f.have < f.need:
        works = "works" if f.have == 1 else "work"
        return f"Only {_count(f.have, who)} {works} on {theme}{names}; the profile asks for {f.need}."
    sectors = f.sectors or []
    # a theme weak for its sectors alone falls short by the sectors it lacks
    wanted = int(f.shortfall) + len(sectors)
    if not sectors:
        served = f"{who}s without a sector work"
    else:
        served = f"the {_and([_label('sector', s) for s in sectors])} sector" + (
            "s work" if len(sectors) > 1 else " works")
    return f"Only {served} on {theme}{names}; the profile asks for {wanted} sectors on every theme."


def scope_phrase(scope: dict) -> str:
    """``"the IWG 'Limerick IWG' (6 members)"``, ``"the proposed group (3 members)"``
    or ``"the whole mapping (120 stakeholders)"``."""
    if scope["kind"] == "mapping":
        return f"the whole mapping ({_count(scope['size'], 'stakeholder')})"
    what = f"the IWG '{scope['iwg']}'" if scope["kind"] == "iwg" else "the proposed group"
    return f"{what} ({_count(scope['size'], 'member')})"


def scope_noun(report: GapReport) -> str:
    """What the sentences call the scope: ``"mapping"`` or ``"group"``."""
    return "mapping" if report.scope.kind == "mapping" else "group"


def format_gaps(report: GapReport) -> str:
    """The gap report as a coordinator reads it: what is missing, what is
    weak, then every requirement in a table."""
    scope = report.to_dict()["scope"]
    lines = [f"Gaps of {scope_phrase(scope)} against the profile '{report.profile.name}'"
             + (f" ({report.profile.title})." if report.profile.title else "."), ""]
    by_status = {s: [f for f in report.findings if f.status == s] for s in STATUSES}
    if not by_status["missing"] and not by_status["weak"]:
        lines += [f"The {scope_noun(report)} meets every requirement of the profile.", ""]
    for status in ("missing", "weak"):
        if by_status[status]:
            lines.append(f"{status.capitalize()} ({len(by_status[status])}):")
            lines += [f"  - {describe(f, scope_noun(report))}" for f in by_status[status]]
            lines.append("")
    rows = [[f.id, f.status, f.have, f.need, _short(f.evidence)] for f in report.findings]
    lines.append(format_table(rows, ["requirement", "status", "have", "need", "evidence"]))
    return "\n".join(lines)


def _short(names: list[str], width: int = 70) -> str:
    """The evidence for a table cell: two names, else one, and how many more."""
    text = name_list(names, 2)
    if len(text) > width:
        text = name_list(names, 1)
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _path(path: list[str]) -> str:
    return " → ".join(path)


def candidate_line(c: Candidate, members: int = 1) -> str:
    """What inviting ``c`` does, whom it works with, and who can introduce it
    (left out when the group has no ``members`` yet)."""
    parts = []
    if c.closes:
        parts.append(f"closes {_and(c.closes)}")
    if c.helps:
        parts.append(f"helps {_and(c.helps)}")
    if c.worsens:
        parts.append(f"but worsens {_and(c.worsens)}")
    if not members:
        return f"{c.name} — " + "; ".join(parts)
    if c.ties_to_members:
        parts.append(f"already works with {name_list(c.ties_to_members)}")
    else:
        parts.append("no tie to a member yet")
    if c.introducers:
        who = _and(sorted({p[0] for p in c.introducers}))
        parts.append(f"{who} can introduce them ({'; '.join(_path(p) for p in c.introducers)})")
    else:
        parts.append("nobody in the group can introduce them (no path in the tie network)")
    return f"{c.name} — " + "; ".join(parts)


def _organisations(n: int) -> str:
    return f"{n} organisation" + ("" if n == 1 else "s")


def _unclosable(ids: list[str]) -> list[str]:
    relational = [i for i in ids if i.startswith("ties:") or i in ("isolated_members", "balance")]
    composition = [i for i in ids if i not in relational]
    lines = []
    if composition:
        lines.append(f"Nobody in the mapping can close {_and(composition)}: recruit from outside it.")
    if relational:
        lines.append(f"No single invitation closes {_and(relational)}: the members need new ties, "
                     "or more than one newcomer.")
    return [*lines, ""]


def format_recommendations(rec: Recommendations) -> str:
    """Whom to call first, the rest in order, what nobody can close, and the
    chosen invitees."""
    gaps = rec.gaps
    scope = gaps.to_dict()["scope"]
    open_ids = gaps.open_ids()
    lines = [f"Recommendations for {scope_phrase(scope)}, profile '{gaps.profile.name}'."]
    if not open_ids:
        lines.append(f"The {scope_noun(gaps)} meets every requirement of the profile; nobody needs "
                     "to be invited to close a gap.")
    else:
        lines.append(f"Open requirements: {', '.join(open_ids)}.")
    lines.append("")
    if gaps.scope.kind == "mapping" and open_ids:
        lines.append("For the whole mapping every stakeholder already counts as a member, so "
                     "nobody inside it can be invited: close these gaps by recruiting from "
                     "outside the mapping, or, for missing ties, by bringing stakeholders together:")
        lines += [f"  - {describe(f, 'mapping')}" for f in gaps.findings if f.open]
        lines.append("")
    elif rec.candidates:
        size = len(gaps.scope.members)
        lines.append(f"Call first: {candidate_line(rec.candidates[0], size)}.")
        if len(rec.candidates) > 1:
            lines.append("Then:")
            lines += [f"  {i}. {candidate_line(c, size)}." for i, c in enumerate(rec.candidates[1:], 2)]
        lines.append("")
    elif open_ids:
        lines += ["No one in the mapping would close or narrow an open requirement.", ""]
    if rec.unclosable and gaps.scope.kind != "mapping":
        lines += _unclosable(rec.unclosable)
    if rec.selection:
        lines.append(f"Best {len(rec.selection)} to invite (greedy cover of sector × theme × level, "
                     "weighted by reach = organisations within two steps):")
        for i, inv in enumerate(rec.selection, 1):
            covers = f"covers {', '.join(inv.covers)}" if inv.covers else "covers nothing new"
            lines.append(f"  {i}. {inv.name} — {covers}; reaches {_organisations(inv.reach)}"
                         + (f"; closes {_and(inv.closes)}" if inv.closes else ""))
        after = rec.open_after_selection or []
        lines.append("After these invitations, still open: " + (", ".join(after) + "." if after
                                                                  else "nothing."))
    return "\n".join(lines).rstrip() + "\n"
