"""The requirements about ties and shares: ties between sectors, members
without a tie, and the sector balance."""

from __future__ import annotations

from stakegraph.analysis.gaps import Finding
from stakegraph.i18n import gettext, ngettext, number
from stakegraph.render.report.gaps.grammar import and_list, name_list
from stakegraph.render.report.gaps.phrasing import Phrasing, by_scope, fill, more
from stakegraph.render.report.gaps.words import adjective, sector

__all__ = ["Balance", "Isolated", "Ties"]


def _pair(code: str | None) -> str:
    """``"civil society and the private sector"``, ``"the private and public sectors"``."""
    a, b = (code or "-").split("-")
    if not (adjective(a) and adjective(b)):
        return and_list([sector(a, "noun"), sector(b, "noun")])
    return gettext("the {a} and {b} sectors").format(a=sector(a, "bare"), b=sector(b, "bare"))


class Ties(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            said = by_scope(scope, gettext("No {a} member has a tie to a {b} member."),
                            gettext("No {a} stakeholder has a tie to a {b} stakeholder."))
        else:
            said = by_scope(
                scope,
                ngettext("Only {n} tie joins {a} and {b} members{names}; the profile asks for {need}.",
                         "Only {n} ties join {a} and {b} members{names}; the profile asks for {need}.", f.have),
                ngettext("Only {n} tie joins {a} and {b} stakeholders{names}; the profile asks for {need}.",
                         "Only {n} ties join {a} and {b} stakeholders{names}; the profile asks for {need}.",
                         f.have))
        return self._fill(said, f)

    @staticmethod
    def _fill(said: str, f: Finding) -> str:
        a, b = (sector(c, "modifier") for c in (f.code or "-").split("-"))
        return fill(said, f, a=a, b=b, pair=_pair(f.code))

    def met(self, f: Finding, scope: str) -> str:
        return self._fill(by_scope(scope, ngettext("{n} tie joins {a} and {b} members{names}.",
                                                   "{n} ties join {a} and {b} members{names}.", f.have),
                                   ngettext("{n} tie joins {a} and {b} stakeholders{names}.",
                                            "{n} ties join {a} and {b} stakeholders{names}.", f.have)), f)

    def wanted(self, f: Finding, scope: str) -> str:
        k = int(f.need) - int(f.have)
        return self._fill(more(f, gettext("a {nth} tie between {pair}"),
                                ngettext("{need} tie between {pair}", "{need} ties between {pair}", f.need),
                                ngettext("{more} more tie between {pair}", "{more} more ties between {pair}", k),
                                first=gettext("a tie between {pair}")), f)

    def helped(self, f: Finding, scope: str) -> str:
        return self._fill(gettext("adds to the ties between {pair} (the profile asks for {need})"), f)

    def label(self, code: str | None) -> str:
        a, b = (code or "-").split("-")
        return gettext("{a}–{b} ties").format(a=sector(a, "pair"), b=sector(b, "pair"))


class Isolated(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            return by_scope(scope, gettext("No member of the group has a tie to another member."),
                            gettext("No stakeholder of the mapping has a tie to another stakeholder."))
        if len(f.evidence) == 1:
            said = by_scope(scope, gettext("{name} has no tie to another member."),
                            gettext("{name} has no tie to another stakeholder."))
            return said.format(name=f.evidence[0])
        said = by_scope(scope, ngettext("{n} member has no tie to another member: {list}.",
                                        "{n} members have no tie to another member: {list}.", len(f.evidence)),
                        ngettext("{n} stakeholder has no tie to another stakeholder: {list}.",
                                 "{n} stakeholders have no tie to another stakeholder: {list}.", len(f.evidence)))
        return said.format(n=number(len(f.evidence)), list=name_list(f.evidence))

    def met(self, f: Finding, scope: str) -> str:
        return by_scope(scope, gettext("Every member has a tie to another member."),
                        gettext("Every stakeholder has a tie to another stakeholder."))

    def wanted(self, f: Finding, scope: str) -> str:
        if f.have == 1:
            return by_scope(scope, gettext("a tie for a member who has none"),
                            gettext("a tie for a stakeholder who has none"))
        return fill(by_scope(scope, ngettext("ties for the {n} member who has none",
                                              "ties for the {n} members who have none", f.have),
                              ngettext("ties for the {n} stakeholder who has none",
                                       "ties for the {n} stakeholders who have none", f.have)), f)

    def helped(self, f: Finding, scope: str) -> str:
        return fill(by_scope(scope, ngettext("brings a tie for some of the {n} member who has none",
                                              "brings a tie for some of the {n} members who have none", f.have),
                              ngettext("brings a tie for some of the {n} stakeholder who has none",
                                       "brings a tie for some of the {n} stakeholders who have none", f.have)), f)

    def worsened(self, f: Finding, scope: str) -> str:
        return by_scope(scope, gettext("adds to the members without a tie"),
                        gettext("adds to the stakeholders without a tie"))

    def label(self, code: str | None) -> str:
        return gettext("lone members")


class Balance(Phrasing):
    """The finding's ``code`` is the largest sector (``"None"``: no sector);
    its first evidence says ``"sector: k of n"``."""

    @staticmethod
    def _share(f: Finding) -> dict[str, str]:
        k, _, n = (f.evidence[0].rpartition(": ")[2] if f.evidence else "0 of 0").partition(" of ")
        return {"share": number(round(100 * float(f.have))), "limit": number(round(100 * float(f.need))),
                "k": k, "total": n}

    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            return by_scope(scope, gettext("The group has no members, so its sector balance cannot be judged."),
                            gettext("The mapping has no stakeholders, so its sector balance cannot be judged."))
        if f.code in (None, "None"):
            said = by_scope(scope, gettext("Members without a sector hold {share}% of the members ({k} of "
                                           "{total}); more than {limit}% is weak balance."),
                            gettext("Stakeholders without a sector hold {share}% of the stakeholders ({k} of "
                                    "{total}); more than {limit}% is weak balance."))
        else:
            said = by_scope(scope, gettext("The {sector} sector holds {share}% of the members ({k} of {total}); "
                                           "more than {limit}% is weak balance."),
                            gettext("The {sector} sector holds {share}% of the stakeholders ({k} of {total}); "
                                    "more than {limit}% is weak balance."))
        return said.format(sector=sector(f.code, "bare"), **self._share(f))

    def met(self, f: Finding, scope: str) -> str:
        if not f.evidence:
            said = by_scope(scope, gettext("No sector holds more than {limit}% of the members; the largest "
                                           "share is {share}%."),
                            gettext("No sector holds more than {limit}% of the stakeholders; the largest "
                                    "share is {share}%."))
        else:
            said = by_scope(scope, gettext("No sector holds more than {limit}% of the members; the largest "
                                           "share is {share}% ({sector}, {k} of {total})."),
                            gettext("No sector holds more than {limit}% of the stakeholders; the largest "
                                    "share is {share}% ({sector}, {k} of {total})."))
        largest = (by_scope(scope, gettext("members without a sector"), gettext("stakeholders without a sector"))
                   if f.code in (None, "None") else sector(f.code, "noun"))
        return said.format(sector=largest, **self._share(f))

    def wanted(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            return by_scope(scope, gettext("members from several sectors"),
                            gettext("stakeholders from several sectors"))
        return gettext("a more even sector balance")

    def helped(self, f: Finding, scope: str) -> str:
        return (gettext("gives the group a first sector") if f.status == "missing"
                else gettext("makes the sector balance more even"))

    def worsened(self, f: Finding, scope: str) -> str:
        return gettext("makes the sector balance less even")

    def label(self, code: str | None) -> str:
        return gettext("sector balance")
