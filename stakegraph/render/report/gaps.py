"""Gaps in plain words, for the coordinator of a group.

Each requirement becomes one sentence ("The group has no private-sector
member.", "Nobody in the group works on health.", or for a met one "The
group has 3 public-sector members (…).").

Every kind of requirement is said by one :class:`_Phrasing` in
:data:`PHRASINGS`, used alike by the gap report, the recommendations
(:mod:`stakegraph.render.report.recommend`) and the Excel sheets: the
sentence for a finding, what closing it brings, what narrowing or setting
it back does, and its short name in a score's sum. Requirement ids (``sector:private``)
stay in the JSON and in the tables' ``requirement`` column only.

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

from abc import ABC, abstractmethod
from typing import Any

from stakegraph.analysis.gaps import STATUSES, Finding, GapReport
from stakegraph.codebook import default_codebook
from stakegraph.render.text import format_table, plural

__all__ = ["PHRASINGS", "cell_phrase", "describe", "format_gaps", "helped", "name_list", "phrase_list",
           "requirement_label", "requirement_noun", "scope_noun", "scope_phrase", "wanted", "worsened"]

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


def _sector_noun(code: str | None) -> str:
    """``"the private sector"``, ``"civil society"``: a sector as a noun."""
    label = _label("sector", code)
    return label if " " in label else f"the {label} sector"


def _pair(code: str | None) -> str:
    """``"civil society and the private sector"``, ``"the private and public sectors"``."""
    a, b = (code or "-").split("-")
    if " " in _label("sector", a) or " " in _label("sector", b):
        return f"{_sector_noun(a)} and {_sector_noun(b)}"
    return f"the {_label('sector', a)} and {_label('sector', b)} sectors"


#: types whose label is not a noun for one organisation
_TYPE_NOUNS = {"media": "media organisation", "research": "university or research body",
               "other": "member of another type"}


def _type(code: str | None) -> tuple[str, str]:
    """A stakeholder type as a noun, singular and plural: ``("statutory agency",
    "statutory agencies")``."""
    noun = _TYPE_NOUNS.get(code or "", _label("type", code))
    head, _, rest = noun.partition(" of ")
    many = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
    return noun, many + (f" of {rest}" if rest else "")


def _a(noun: str) -> str:
    """``"a statutory agency"``, ``"an NGO"``."""
    first = noun.split()[0]
    vowel = first[0].lower() in "aeiou" and not first.lower().startswith(("uni", "eu"))
    spelt = first.isupper() and first[0] in "AEFHILMNORSX"
    return f"{'an' if vowel or spelt else 'a'} {noun}"


def _ordinal(n: int | float) -> str:
    """``"2nd"``, ``"7th"``, ``"11th"``, ``"21st"``."""
    n = int(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def phrase_list(phrases: list[str], conj: str = "and") -> str:
    """Phrases joined for a sentence, with a comma before the last ``conj``
    when a phrase holds ``and`` or ``or`` itself (so that it is read whole).

    >>> print(phrase_list(["the private sector", "regional level", "a tie between civil society "
    ...              "and the private sector", "a tie for a member who has none"]))  # doctest: +NORMALIZE_WHITESPACE
    the private sector, regional level, a tie between civil society and the private sector,
    and a tie for a member who has none
    >>> phrase_list(["the private sector", "work on health"], "or")
    'the private sector or work on health'
    """
    if len(phrases) <= 1:
        return "".join(phrases)
    serial = len(phrases) > 2 and any(f" {w} " in p for p in phrases for w in ("and", "or"))
    return f"{', '.join(phrases[:-1])}{',' if serial else ''} {conj} {phrases[-1]}"


def _count(n: int | float, word: str) -> str:
    return plural(int(n), word) if float(n).is_integer() else f"{n} {word}s"


def _does(n: int | float, verb: str) -> str:
    """``"1 member works"``-style agreement: ``verb`` for several, ``verb + s`` for one."""
    return verb + "s" if n == 1 else verb


def _more(f: Finding, noun: str, many: str | None = None, first: str | None = None) -> str:
    """What a counted requirement lacks, as a noun phrase: ``first`` when it
    needs exactly one and has none, a ``2nd noun`` when it needs one more,
    else how many."""
    have, need = int(f.have), int(f.need)
    many = many or noun + "s"
    if have == 0 and need == 1 and first is not None:
        return first
    if need - have == 1:
        return f"a {_ordinal(need)} {noun}"
    if have == 0:
        return plural(need, noun, many)
    return f"{need - have:,} more {many}"


class _Phrasing(ABC):
    """How one kind of requirement is said: the sentence for a finding (open
    or met), and, for recommendations, what closing it brings (a noun phrase),
    what narrowing it does and what setting it back does (verb phrases).
    ``who`` is ``"member"``, or ``"stakeholder"`` for the whole mapping."""

    @abstractmethod
    def gap(self, f: Finding, noun: str, who: str) -> str:
        """The sentence for an open finding."""

    @abstractmethod
    def met(self, f: Finding, noun: str, who: str) -> str:
        """The sentence for a met finding."""

    @abstractmethod
    def wanted(self, f: Finding, who: str) -> str:
        """What closing the requirement brings, as a noun phrase."""

    def helped(self, f: Finding, who: str) -> str:
        return f"brings the group closer to {self.wanted(f, who)}"

    def worsened(self, f: Finding, who: str) -> str:
        return f"takes the group further from {self.wanted(f, who)}"

    @abstractmethod
    def label(self, code: str | None) -> str:
        """A short name for the requirement, for a score's sum: ``"private sector"``."""


def _names(f: Finding) -> str:
    return f" ({name_list(f.evidence)})" if f.evidence else ""


class _Size(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        if f.status == "missing":
            return f"The {noun} has no {who}s."
        return self.met(f, noun, who)

    def met(self, f: Finding, noun: str, who: str) -> str:
        return f"The {noun} has {_count(f.have, who)}; the profile asks for at least {f.need}."

    def wanted(self, f: Finding, who: str) -> str:
        return _more(f, who)

    def helped(self, f: Finding, who: str) -> str:
        return f"brings the group closer to the {_count(f.need, who)} the profile asks for"

    def label(self, code: str | None) -> str:
        return "group size"


class _Sector(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        if f.status == "missing":
            extra = "" if f.need == 1 else f" (the profile asks for {f.need})"
            return f"The {noun} has no {_sector(f.code)} {who}{extra}."
        return (f"The {noun} has only {_count(f.have, f'{_sector(f.code)} {who}')}{_names(f)}; "
                f"the profile asks for {f.need}.")

    def met(self, f: Finding, noun: str, who: str) -> str:
        return f"The {noun} has {_count(f.have, f'{_sector(f.code)} {who}')}{_names(f)}."

    def wanted(self, f: Finding, who: str) -> str:
        return _more(f, f"{_sector(f.code)} {who}", first=_sector_noun(f.code))

    def helped(self, f: Finding, who: str) -> str:
        return f"adds {_a(_sector(f.code))} {who} (the profile asks for {f.need})"

    def label(self, code: str | None) -> str:
        return _sector_noun(code).removeprefix("the ")


class _Type(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        one, many = _type(f.code)
        if f.status == "missing":
            extra = "" if f.need == 1 else f" (the profile asks for {f.need})"
            return f"The {noun} has no {one}{extra}."
        return (f"The {noun} has only {plural(int(f.have), one, many)}{_names(f)}; "
                f"the profile asks for {f.need}.")

    def met(self, f: Finding, noun: str, who: str) -> str:
        one, many = _type(f.code)
        return f"The {noun} has {plural(int(f.have), one, many)}{_names(f)}."

    def wanted(self, f: Finding, who: str) -> str:
        one, many = _type(f.code)
        return _more(f, one, many, first=_a(one))

    def helped(self, f: Finding, who: str) -> str:
        return f"adds {_a(_type(f.code)[0])} (the profile asks for {f.need})"

    def label(self, code: str | None) -> str:
        return _type(code)[0]


class _Level(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        level = _label("level", f.code)
        if f.status == "missing":
            return f"Nobody in the {noun} works at {level} level."
        return (f"Only {_count(f.have, who)} {_does(f.have, 'work')} at {level} level{_names(f)}; "
                f"the profile asks for {f.need}.")

    def met(self, f: Finding, noun: str, who: str) -> str:
        return f"{_count(f.have, who)} {_does(f.have, 'work')} at {_label('level', f.code)} level{_names(f)}."

    def wanted(self, f: Finding, who: str) -> str:
        level = _label("level", f.code)
        return _more(f, f"{who} at {level} level", f"{who}s at {level} level", first=f"{level} level")

    def helped(self, f: Finding, who: str) -> str:
        return f"adds a {who} at {_label('level', f.code)} level (the profile asks for {f.need})"

    def label(self, code: str | None) -> str:
        return f"{_label('level', code)} level"


class _Theme(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        theme = _label("theme", f.code)
        if f.status == "missing":
            return f"Nobody in the {noun} works on {theme}."
        if f.have < f.need:
            return (f"Only {_count(f.have, who)} {_does(f.have, 'work')} on {theme}{_names(f)}; "
                    f"the profile asks for {f.need}.")
        sectors = f.sectors or []
        if not sectors:
            served = f"{who}s without a sector work"
        else:
            served = f"the {_and([_label('sector', s) for s in sectors])} sector" + (
                "s work" if len(sectors) > 1 else " works")
        return (f"Only {served} on {theme}{_names(f)}; the profile asks for "
                f"{self._sectors_wanted(f)} sectors on every theme.")

    @staticmethod
    def _sectors_wanted(f: Finding) -> int:
        # a theme weak for its sectors alone falls short by the sectors it lacks
        return int(f.shortfall) + len(f.sectors or [])

    def met(self, f: Finding, noun: str, who: str) -> str:
        sectors = f.sectors or []
        sector = f"sector{'s' if len(sectors) > 1 else ''}"
        source = f", from the {_and([_label('sector', s) for s in sectors])} {sector}" if sectors else ""
        return (f"{_count(f.have, who)} {_does(f.have, 'work')} on {_label('theme', f.code)}"
                f"{_names(f)}{source}.")

    def wanted(self, f: Finding, who: str) -> str:
        theme = _label("theme", f.code)
        if f.have < f.need:
            return _more(f, f"{who} working on {theme}", f"{who}s working on {theme}",
                         first=f"work on {theme}")
        lacking = int(f.shortfall)
        return f"work on {theme} from " + ("another sector" if lacking == 1 else f"{lacking} more sectors")

    def helped(self, f: Finding, who: str) -> str:
        theme = _label("theme", f.code)
        if f.have == 0 and f.need == 1:
            return f"adds work on {theme} from a first sector"
        if f.have < f.need:
            return f"adds a {who} working on {theme} (the profile asks for {f.need})"
        return (f"adds another sector working on {theme} (the profile asks for "
                f"{self._sectors_wanted(f)})")

    def label(self, code: str | None) -> str:
        return f"{_label('theme', code)} theme"


class _Ties(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        a, b = (_sector(c) for c in (f.code or "-").split("-"))
        if f.status == "missing":
            return f"No {a} {who} has a tie to a {b} {who}."
        return f"Only {self._join(f, a, b, who)}; the profile asks for {f.need}."

    @staticmethod
    def _join(f: Finding, a: str, b: str, who: str) -> str:
        joins = "tie joins" if f.have == 1 else "ties join"
        return f"{f.have:,} {joins} {a} and {b} {who}s{_names(f)}"

    def met(self, f: Finding, noun: str, who: str) -> str:
        a, b = (_sector(c) for c in (f.code or "-").split("-"))
        return f"{self._join(f, a, b, who)}."

    def wanted(self, f: Finding, who: str) -> str:
        return _more(f, f"tie between {_pair(f.code)}", f"ties between {_pair(f.code)}",
                     first=f"a tie between {_pair(f.code)}")

    def helped(self, f: Finding, who: str) -> str:
        return f"adds to the ties between {_pair(f.code)} (the profile asks for {f.need})"

    def label(self, code: str | None) -> str:
        a, b = (code or "-").split("-")
        return f"{_label('sector', a)}–{_label('sector', b)} ties"


class _Isolated(_Phrasing):
    def gap(self, f: Finding, noun: str, who: str) -> str:
        if f.status == "missing":
            return f"No {who} of the {noun} has a tie to another {who}."
        if len(f.evidence) == 1:
            return f"{f.evidence[0]} has no tie to another {who}."
        return f"{len(f.evidence)} {who}s have no tie to another {who}: {name_list(f.evidence)}."

    def met(self, f: Finding, noun: str, who: str) -> str:
        return f"Every {who} has a tie to another {who}."

    def wanted(self, f: Finding, who: str) -> str:
        if f.have == 1:
            return f"a tie for a {who} who has none"
        return f"ties for the {f.have:,} {who}s who have none"

    def helped(self, f: Finding, who: str) -> str:
        return f"brings a tie for some of the {f.have:,} {who}s who have none"

    def worsened(self, f: Finding, who: str) -> str:
        return f"adds to the {who}s without a tie"

    def label(self, code: str | None) -> str:
        return "lone members"


class _Balance(_Phrasing):
    """The finding's ``code`` is the largest sector (``"None"``: no sector)."""

    def gap(self, f: Finding, noun: str, who: str) -> str:
        if f.status == "missing":
            return f"The {noun} has no {who}s, so its sector balance cannot be judged."
        largest = f"{who.capitalize()}s without a sector hold" if f.code in (None, "None") else \
            f"The {_label('sector', f.code)} sector holds"
        return (f"{largest} {round(100 * float(f.have))}% "
                f"of the {who}s ({f.evidence[0].split(': ')[1]}); more than "
                f"{round(100 * float(f.need))}% is weak balance.")

    def met(self, f: Finding, noun: str, who: str) -> str:
        sector = f"{who}s without a sector" if f.code in (None, "None") else _sector_noun(f.code)
        largest = f" ({sector}, {f.evidence[0].split(': ')[1]})" if f.evidence else ""
        return (f"No sector holds more than {round(100 * float(f.need))}% of the {who}s; the largest "
                f"share is {round(100 * float(f.have))}%{largest}.")

    def wanted(self, f: Finding, who: str) -> str:
        return f"{who}s from several sectors" if f.status == "missing" else "a more even sector balance"

    def helped(self, f: Finding, who: str) -> str:
        return "gives the group a first sector" if f.status == "missing" else "makes the sector balance more even"

    def worsened(self, f: Finding, who: str) -> str:
        return "makes the sector balance less even"

    def label(self, code: str | None) -> str:
        return "sector balance"


#: one phrasing per kind of requirement, for gaps and recommendations alike
PHRASINGS: dict[str, _Phrasing] = {
    "size": _Size(), "sector": _Sector(), "type": _Type(), "level": _Level(), "theme": _Theme(),
    "ties": _Ties(), "isolated_members": _Isolated(), "balance": _Balance()}


def _who(noun: str) -> str:
    return "stakeholder" if noun == "mapping" else "member"


def describe(f: Finding, noun: str = "group") -> str:
    """One sentence saying what is missing or weak about a requirement, or,
    when it is met, how the group meets it. ``noun`` is ``"group"`` or
    ``"mapping"`` (whose members are called stakeholders)."""
    phrasing = PHRASINGS[f.kind]
    if f.status == "met":
        return phrasing.met(f, noun, _who(noun))
    return phrasing.gap(f, noun, _who(noun))


def wanted(f: Finding, noun: str = "group") -> str:
    """What an open requirement lacks, as a noun phrase (what inviting the
    right stakeholder would bring): ``"the private sector"``, ``"a tie
    between civil society and the private sector"``, ``"a 7th member"``."""
    return PHRASINGS[f.kind].wanted(f, _who(noun))


def helped(f: Finding, noun: str = "group") -> str:
    """What a newcomer who narrows an open requirement without meeting it
    does: ``"makes the sector balance more even"``."""
    return PHRASINGS[f.kind].helped(f, _who(noun))


def worsened(f: Finding, noun: str = "group") -> str:
    """What a newcomer who sets a requirement back does: ``"adds to the
    members without a tie"``."""
    return PHRASINGS[f.kind].worsened(f, _who(noun))


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
    sector, theme, level = cell
    words = f"{_sector(sector)} work" if sector else "work"
    if theme:
        words += f" on {_label('theme', theme)}"
    if level:
        words += f" at {_label('level', level)} level"
    return "work of any kind" if words == "work" else words


def scope_phrase(scope: dict[str, Any]) -> str:
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
