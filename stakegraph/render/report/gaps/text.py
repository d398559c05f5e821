"""The gap report's sentences and text: each finding in plain words, what
closing, narrowing or setting it back means, and the report a coordinator
reads (what is missing, what is weak, then every requirement in a table)."""

from __future__ import annotations

from typing import Any

from stakegraph.analysis.gaps import STATUSES, Finding, GapReport
from stakegraph.i18n import gettext, ngettext, number, pgettext
from stakegraph.render.report.gaps.counted import Level, Sector, Size, Theme, Type
from stakegraph.render.report.gaps.grammar import name_list
from stakegraph.render.report.gaps.phrasing import Phrasing
from stakegraph.render.report.gaps.relational import Balance, Isolated, Ties
from stakegraph.render.report.gaps.words import label, level, sector, theme
from stakegraph.render.text import format_table

__all__ = ["PHRASINGS", "cell_phrase", "describe", "evidence_cell", "format_gaps", "helped", "requirement_label",
           "requirement_noun", "scope_noun", "scope_phrase", "status_word", "wanted", "worsened"]

#: one phrasing per kind of requirement, for gaps and recommendations alike
PHRASINGS: dict[str, Phrasing] = {
    "size": Size(), "sector": Sector(), "type": Type(), "level": Level(), "theme": Theme(),
    "ties": Ties(), "isolated_members": Isolated(), "balance": Balance()}


def describe(f: Finding, noun: str = "group") -> str:
    """One sentence saying what is missing or weak about a requirement, or,
    when it is met, how the group meets it. ``noun`` is ``"group"`` or
    ``"mapping"`` (whose members are called stakeholders)."""
    phrasing = PHRASINGS[f.kind]
    return phrasing.met(f, noun) if f.status == "met" else phrasing.gap(f, noun)


def wanted(f: Finding, noun: str = "group") -> str:
    """What an open requirement lacks, as a noun phrase (what inviting the
    right stakeholder would bring): ``"the private sector"``, ``"a tie
    between civil society and the private sector"``, ``"a 7th member"``."""
    return PHRASINGS[f.kind].wanted(f, noun)


def helped(f: Finding, noun: str = "group") -> str:
    """What a newcomer who narrows an open requirement without meeting it
    does: ``"makes the sector balance more even"``."""
    return PHRASINGS[f.kind].helped(f, noun)


def worsened(f: Finding, noun: str = "group") -> str:
    """What a newcomer who sets a requirement back does: ``"adds to the
    members without a tie"``."""
    return PHRASINGS[f.kind].worsened(f, noun)


def requirement_label(rid: str) -> str:
    """A requirement's short name, for a score's sum.

    >>> [requirement_label(r) for r in ("sector:private", "type:statutory_agency", "theme:health",
    ...                                 "ties:civil_society-private", "isolated_members")]
    ['private sector', 'statutory agency', 'health theme', 'civil society–private ties', 'lone members']
    """
    kind, _, code = rid.partition(":")
    return PHRASINGS[kind].label(code or None)


def requirement_noun(rid: str) -> str:
    """A sector, theme or level of the profile (a requirement id) as a noun
    phrase, as if the group had none: ``"the private sector"``, ``"work on
    health"``, ``"regional level"``."""
    kind, _, code = rid.partition(":")
    return wanted(Finding(rid, kind, code or None, "missing", 0, 1))


def cell_phrase(cell: tuple[str | None, str | None, str | None]) -> str:
    """A sector × theme × level cell of the greedy cover in words
    (``None``: any): ``"civil-society work on health at regional level"``."""
    s, t, lv = cell
    said = {(True, True, True): gettext("{sector} work on {theme} at {level} level"),
            (True, True, False): gettext("{sector} work on {theme}"),
            (True, False, True): gettext("{sector} work at {level} level"),
            (True, False, False): gettext("{sector} work"),
            (False, True, True): gettext("work on {theme} at {level} level"),
            (False, True, False): gettext("work on {theme}"),
            (False, False, True): gettext("work at {level} level"),
            (False, False, False): gettext("work of any kind")}[(bool(s), bool(t), bool(lv))]
    return said.format(sector=sector(s, "modifier") if s else "", theme=theme(t), level=level(lv))


def scope_phrase(scope: dict[str, Any]) -> str:
    """``"the IWG 'Limerick IWG' (6 members)"``, ``"the proposed group (3 members)"``
    or ``"the whole mapping (120 stakeholders)"``."""
    size = scope["size"]
    if scope["kind"] == "mapping":
        said = ngettext("the whole mapping ({n} stakeholder)", "the whole mapping ({n} stakeholders)", size)
    elif scope["kind"] == "iwg":
        said = ngettext("the IWG '{iwg}' ({n} member)", "the IWG '{iwg}' ({n} members)", size)
    else:
        said = ngettext("the proposed group ({n} member)", "the proposed group ({n} members)", size)
    return said.format(iwg=scope.get("iwg"), n=number(size))


def scope_noun(report: GapReport) -> str:
    """What the sentences call the scope: ``"mapping"`` or ``"group"``."""
    return "mapping" if report.scope.kind == "mapping" else "group"


def status_word(status: str) -> str:
    """``"met"``, ``"weak"`` or ``"missing"`` in the current language."""
    return {"met": pgettext("requirement status", "met"), "weak": pgettext("requirement status", "weak"),
            "missing": pgettext("requirement status", "missing")}[status]


def evidence_cell(f: Finding) -> list[str]:
    """A finding's evidence as people read it (a balance's shares with the
    sector's name: ``"civil society: 13 of 19"``)."""
    if f.kind != "balance":
        return list(f.evidence)
    shares = []
    for item in f.evidence:
        code, _, share = item.rpartition(": ")
        k, _, n = share.partition(" of ")
        name = gettext("no sector") if code == "no sector" else label("sector", code) or code
        shares.append(gettext("{sector}: {k} of {total}").format(sector=name, k=k, total=n))
    return shares


def format_gaps(report: GapReport) -> str:
    """The gap report as a coordinator reads it: what is missing, what is
    weak, then every requirement in a table."""
    scope = report.to_dict()["scope"]
    noun = scope_noun(report)
    head = (gettext("Gaps of {scope} against the profile '{profile}' ({title}).") if report.profile.title
            else gettext("Gaps of {scope} against the profile '{profile}'."))
    # a built-in profile's title is in the catalogue (io.profile.BUILT_IN_TITLES)
    title = gettext(report.profile.title) if report.profile.title else ""
    lines = [head.format(scope=scope_phrase(scope), profile=report.profile.name, title=title), ""]
    by_status = {s: [f for f in report.findings if f.status == s] for s in STATUSES}
    if not by_status["missing"] and not by_status["weak"]:
        lines += [gettext("The mapping meets every requirement of the profile.") if noun == "mapping"
                  else gettext("The group meets every requirement of the profile."), ""]
    heads = {"missing": gettext("Missing ({n}):"), "weak": gettext("Weak ({n}):")}
    for status in ("missing", "weak"):
        if by_status[status]:
            lines.append(heads[status].format(n=number(len(by_status[status]))))
            lines += [f"  - {describe(f, noun)}" for f in by_status[status]]
            lines.append("")
    # the requirement in words, in the reader's language; JSON and the Excel report keep its id
    rows = [[requirement_label(f.id), status_word(f.status), f.have, f.need, _short(evidence_cell(f))]
            for f in report.findings]
    lines.append(format_table(rows, [pgettext("column", "requirement"), pgettext("column", "status"),
                                     pgettext("column", "have"),
                                     pgettext("column", "need"), pgettext("column", "evidence")]))
    return "\n".join(lines)


def _short(names: list[str], width: int = 70) -> str:
    """The evidence for a table cell: two names, else one, and how many more."""
    text = name_list(names, 2)
    if len(text) > width:
        text = name_list(names, 1)
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"
