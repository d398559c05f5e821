"""How a kind of requirement is said: a :class:`Phrasing` per kind (in
:mod:`.counted` and :mod:`.relational`), each sentence whole, for the group (whose people are
members) and for the whole mapping (whose people are stakeholders).

``scope`` is ``"group"`` or ``"mapping"``; :func:`by_scope` picks the
sentence written for it, so each language can word both its own way.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from stakegraph.analysis.gaps import Finding
from stakegraph.i18n import gettext, number
from stakegraph.render.report.gaps.grammar import english, name_list, ordinal

__all__ = ["Phrasing", "by_scope", "fill", "more"]


def by_scope(scope: str, group: str, mapping: str) -> str:
    """The sentence for ``scope``: ``group`` or ``mapping``."""
    return mapping if scope == "mapping" else group


def _names(f: Finding) -> str:
    return f" ({name_list(f.evidence)})" if f.evidence else ""


def _n(x: int | float) -> str:
    return number(int(x)) if float(x).is_integer() else number(x)


def fill(text: str, f: Finding, **words: str) -> str:
    """``text`` with the finding's numbers and names put in."""
    have, need = int(f.have), int(f.need)
    return text.format(n=_n(f.have), need=_n(f.need), more=number(need - have),
                       nth=ordinal(need) if english() else number(need), names=_names(f), **words)


def more(f: Finding, nth: str, count: str, more: str, first: str | None = None) -> str:
    """What a counted requirement lacks: ``first`` when it needs exactly one
    and has none, ``nth`` when it needs one more ("a 2nd …"), ``count``
    when it has none (all it needs), else ``more`` ("3 more …"); ``count``
    and ``more`` are plural forms, chosen here."""
    have, need = int(f.have), int(f.need)
    if have == 0 and need == 1 and first is not None:
        return first
    if need - have == 1:
        return nth
    return count if have == 0 else more


class Phrasing(ABC):
    """How one kind of requirement is said: the sentence for a finding (open
    or met), and, for recommendations, what closing it brings (a noun phrase),
    what narrowing it does and what setting it back does (verb phrases)."""

    @abstractmethod
    def gap(self, f: Finding, scope: str) -> str:
        """The sentence for an open finding."""

    @abstractmethod
    def met(self, f: Finding, scope: str) -> str:
        """The sentence for a met finding."""

    @abstractmethod
    def wanted(self, f: Finding, scope: str) -> str:
        """What closing the requirement brings, as a noun phrase."""

    def helped(self, f: Finding, scope: str) -> str:
        return gettext("brings the group closer to {wanted}").format(wanted=self.wanted(f, scope))

    def worsened(self, f: Finding, scope: str) -> str:
        return gettext("takes the group further from {wanted}").format(wanted=self.wanted(f, scope))

    @abstractmethod
    def label(self, code: str | None) -> str:
        """A short name for the requirement, for a score's sum: ``"private sector"``."""
