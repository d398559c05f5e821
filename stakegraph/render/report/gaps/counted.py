"""The requirements that count members: size, sector, type, level and theme."""

from __future__ import annotations

from stakegraph.analysis.gaps import Finding
from stakegraph.i18n import gettext, ngettext, number, pgettext
from stakegraph.render.report.gaps.grammar import a, and_list, english
from stakegraph.render.report.gaps.phrasing import Phrasing, by_scope, fill, more
from stakegraph.render.report.gaps.words import level, sector, theme, type_words

__all__ = ["Level", "Sector", "Size", "Theme", "Type"]


class Size(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            return by_scope(scope, gettext("The group has no members."), gettext("The mapping has no stakeholders."))
        return self.met(f, scope)

    def met(self, f: Finding, scope: str) -> str:
        return fill(by_scope(
            scope,
            ngettext("The group has {n} member; the profile asks for at least {need}.",
                     "The group has {n} members; the profile asks for at least {need}.", f.have),
            ngettext("The mapping has {n} stakeholder; the profile asks for at least {need}.",
                     "The mapping has {n} stakeholders; the profile asks for at least {need}.", f.have)), f)

    def wanted(self, f: Finding, scope: str) -> str:
        k = int(f.need) - int(f.have)
        return fill(more(
            f, by_scope(scope, gettext("a {nth} member"), gettext("a {nth} stakeholder")),
            by_scope(scope, ngettext("{need} member", "{need} members", f.need),
                     ngettext("{need} stakeholder", "{need} stakeholders", f.need)),
            by_scope(scope, ngettext("{more} more member", "{more} more members", k),
                     ngettext("{more} more stakeholder", "{more} more stakeholders", k))), f)

    def helped(self, f: Finding, scope: str) -> str:
        return fill(by_scope(
            scope,
            ngettext("brings the group closer to the {need} member the profile asks for",
                     "brings the group closer to the {need} members the profile asks for", f.need),
            ngettext("brings the group closer to the {need} stakeholder the profile asks for",
                     "brings the group closer to the {need} stakeholders the profile asks for", f.need)), f)

    def label(self, code: str | None) -> str:
        return gettext("group size")


class Sector(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing" and f.need == 1:
            said = by_scope(scope, gettext("The group has no {sector} member."),
                            gettext("The mapping has no {sector} stakeholder."))
        elif f.status == "missing":
            said = by_scope(scope, gettext("The group has no {sector} member (the profile asks for {need})."),
                            gettext("The mapping has no {sector} stakeholder (the profile asks for {need})."))
        else:
            said = by_scope(
                scope,
                ngettext("The group has only {n} {sector} member{names}; the profile asks for {need}.",
                         "The group has only {n} {sector} members{names}; the profile asks for {need}.", f.have),
                ngettext("The mapping has only {n} {sector} stakeholder{names}; the profile asks for {need}.",
                         "The mapping has only {n} {sector} stakeholders{names}; the profile asks for {need}.",
                         f.have))
        return fill(said, f, sector=sector(f.code, "modifier"))

    def met(self, f: Finding, scope: str) -> str:
        return fill(by_scope(
            scope, ngettext("The group has {n} {sector} member{names}.",
                            "The group has {n} {sector} members{names}.", f.have),
            ngettext("The mapping has {n} {sector} stakeholder{names}.",
                     "The mapping has {n} {sector} stakeholders{names}.", f.have)), f,
            sector=sector(f.code, "modifier"))

    def wanted(self, f: Finding, scope: str) -> str:
        k = int(f.need) - int(f.have)
        return fill(more(
            f, by_scope(scope, gettext("a {nth} {sector} member"), gettext("a {nth} {sector} stakeholder")),
            by_scope(scope, ngettext("{need} {sector} member", "{need} {sector} members", f.need),
                     ngettext("{need} {sector} stakeholder", "{need} {sector} stakeholders", f.need)),
            by_scope(scope, ngettext("{more} more {sector} member", "{more} more {sector} members", k),
                     ngettext("{more} more {sector} stakeholder", "{more} more {sector} stakeholders", k)),
            first="{noun}"), f, sector=sector(f.code, "modifier"), noun=sector(f.code, "noun"))

    def helped(self, f: Finding, scope: str) -> str:
        modifier = sector(f.code, "modifier")
        if english() and a(modifier).startswith("an "):
            said = by_scope(scope, gettext("adds an {sector} member (the profile asks for {need})"),
                            gettext("adds an {sector} stakeholder (the profile asks for {need})"))
        else:
            said = by_scope(scope, gettext("adds a {sector} member (the profile asks for {need})"),
                            gettext("adds a {sector} stakeholder (the profile asks for {need})"))
        return fill(said, f, sector=modifier)

    def label(self, code: str | None) -> str:
        return sector(code, "short")


class Type(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        one, many = type_words(f.code)
        if f.status == "missing" and f.need == 1:
            said = by_scope(scope, gettext("The group has no {type}."), gettext("The mapping has no {type}."))
        elif f.status == "missing":
            said = by_scope(scope, gettext("The group has no {type} (the profile asks for {need})."),
                            gettext("The mapping has no {type} (the profile asks for {need})."))
        else:
            said = by_scope(
                scope,
                ngettext("The group has only {n} {type}{names}; the profile asks for {need}.",
                         "The group has only {n} {types}{names}; the profile asks for {need}.", f.have),
                ngettext("The mapping has only {n} {type}{names}; the profile asks for {need}.",
                         "The mapping has only {n} {types}{names}; the profile asks for {need}.", f.have))
        return fill(said, f, type=one, types=many)

    def met(self, f: Finding, scope: str) -> str:
        one, many = type_words(f.code)
        return fill(by_scope(scope, ngettext("The group has {n} {type}{names}.",
                                              "The group has {n} {types}{names}.", f.have),
                              ngettext("The mapping has {n} {type}{names}.",
                                       "The mapping has {n} {types}{names}.", f.have)), f, type=one, types=many)

    def wanted(self, f: Finding, scope: str) -> str:
        one, many = type_words(f.code)
        k = int(f.need) - int(f.have)
        first = (gettext("an {type}") if english() and a(one).startswith("an ") else gettext("a {type}"))
        return fill(more(f, gettext("a {nth} {type}"), ngettext("{need} {type}", "{need} {types}", f.need),
                           ngettext("{more} more {type}", "{more} more {types}", k), first=first),
                     f, type=one, types=many)

    def helped(self, f: Finding, scope: str) -> str:
        one = type_words(f.code)[0]
        said = (gettext("adds an {type} (the profile asks for {need})") if english() and a(one).startswith("an ")
                else gettext("adds a {type} (the profile asks for {need})"))
        return fill(said, f, type=one)

    def label(self, code: str | None) -> str:
        return type_words(code)[0]


class Level(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            said = by_scope(scope, gettext("Nobody in the group works at {level} level."),
                            gettext("Nobody in the mapping works at {level} level."))
        else:
            said = by_scope(
                scope,
                ngettext("Only {n} member works at {level} level{names}; the profile asks for {need}.",
                         "Only {n} members work at {level} level{names}; the profile asks for {need}.", f.have),
                ngettext("Only {n} stakeholder works at {level} level{names}; the profile asks for {need}.",
                         "Only {n} stakeholders work at {level} level{names}; the profile asks for {need}.",
                         f.have))
        return fill(said, f, level=level(f.code))

    def met(self, f: Finding, scope: str) -> str:
        return fill(by_scope(scope, ngettext("{n} member works at {level} level{names}.",
                                              "{n} members work at {level} level{names}.", f.have),
                              ngettext("{n} stakeholder works at {level} level{names}.",
                                       "{n} stakeholders work at {level} level{names}.", f.have)),
                     f, level=level(f.code))

    def wanted(self, f: Finding, scope: str) -> str:
        k = int(f.need) - int(f.have)
        return fill(more(
            f, by_scope(scope, gettext("a {nth} member at {level} level"),
                        gettext("a {nth} stakeholder at {level} level")),
            by_scope(scope, ngettext("{need} member at {level} level", "{need} members at {level} level", f.need),
                     ngettext("{need} stakeholder at {level} level", "{need} stakeholders at {level} level",
                              f.need)),
            by_scope(scope, ngettext("{more} more member at {level} level", "{more} more members at {level} level",
                                     k),
                     ngettext("{more} more stakeholder at {level} level",
                              "{more} more stakeholders at {level} level", k)),
            first=gettext("{level} level")), f, level=level(f.code))

    def helped(self, f: Finding, scope: str) -> str:
        return fill(by_scope(scope, gettext("adds a member at {level} level (the profile asks for {need})"),
                              gettext("adds a stakeholder at {level} level (the profile asks for {need})")),
                     f, level=level(f.code))

    def label(self, code: str | None) -> str:
        return pgettext("short name of a requirement", "{level} level").format(level=level(code))


class Theme(Phrasing):
    def gap(self, f: Finding, scope: str) -> str:
        if f.status == "missing":
            said = by_scope(scope, gettext("Nobody in the group works on {theme}."),
                            gettext("Nobody in the mapping works on {theme}."))
        elif f.have < f.need:
            said = by_scope(
                scope,
                ngettext("Only {n} member works on {theme}{names}; the profile asks for {need}.",
                         "Only {n} members work on {theme}{names}; the profile asks for {need}.", f.have),
                ngettext("Only {n} stakeholder works on {theme}{names}; the profile asks for {need}.",
                         "Only {n} stakeholders work on {theme}{names}; the profile asks for {need}.", f.have))
        elif not f.sectors:
            said = by_scope(
                scope,
                ngettext("Only members without a sector work on {theme}{names}; the profile asks for "
                         "{k} sector on every theme.",
                         "Only members without a sector work on {theme}{names}; the profile asks for "
                         "{k} sectors on every theme.", self._sectors_wanted(f)),
                ngettext("Only stakeholders without a sector work on {theme}{names}; the profile asks for "
                         "{k} sector on every theme.",
                         "Only stakeholders without a sector work on {theme}{names}; the profile asks for "
                         "{k} sectors on every theme.", self._sectors_wanted(f)))
        else:
            said = ngettext("Only the {sectors} sector works on {theme}{names}; the profile asks for "
                            "{k} sectors on every theme.",
                            "Only the {sectors} sectors work on {theme}{names}; the profile asks for "
                            "{k} sectors on every theme.", len(f.sectors))
        return fill(said, f, theme=theme(f.code), k=number(self._sectors_wanted(f)),
                     sectors=and_list([sector(s, "bare") for s in f.sectors or []]))

    @staticmethod
    def _sectors_wanted(f: Finding) -> int:
        # a theme weak for its sectors alone falls short by the sectors it lacks
        return int(f.shortfall) + len(f.sectors or [])

    def met(self, f: Finding, scope: str) -> str:
        sectors = f.sectors or []
        if not sectors:
            said = by_scope(scope, ngettext("{n} member works on {theme}{names}.",
                                            "{n} members work on {theme}{names}.", f.have),
                            ngettext("{n} stakeholder works on {theme}{names}.",
                                     "{n} stakeholders work on {theme}{names}.", f.have))
        elif len(sectors) == 1:
            said = by_scope(scope, ngettext("{n} member works on {theme}{names}, from the {sectors} sector.",
                                            "{n} members work on {theme}{names}, from the {sectors} sector.",
                                            f.have),
                            ngettext("{n} stakeholder works on {theme}{names}, from the {sectors} sector.",
                                     "{n} stakeholders work on {theme}{names}, from the {sectors} sector.",
                                     f.have))
        else:
            said = by_scope(scope, ngettext("{n} member works on {theme}{names}, from the {sectors} sectors.",
                                            "{n} members work on {theme}{names}, from the {sectors} sectors.",
                                            f.have),
                            ngettext("{n} stakeholder works on {theme}{names}, from the {sectors} sectors.",
                                     "{n} stakeholders work on {theme}{names}, from the {sectors} sectors.",
                                     f.have))
        return fill(said, f, theme=theme(f.code), sectors=and_list([sector(s, "bare") for s in sectors]))

    def wanted(self, f: Finding, scope: str) -> str:
        if f.have < f.need:
            k = int(f.need) - int(f.have)
            said = more(
                f, by_scope(scope, gettext("a {nth} member working on {theme}"),
                            gettext("a {nth} stakeholder working on {theme}")),
                by_scope(scope, ngettext("{need} member working on {theme}", "{need} members working on {theme}",
                                         f.need),
                         ngettext("{need} stakeholder working on {theme}", "{need} stakeholders working on {theme}",
                                  f.need)),
                by_scope(scope, ngettext("{more} more member working on {theme}",
                                         "{more} more members working on {theme}", k),
                         ngettext("{more} more stakeholder working on {theme}",
                                  "{more} more stakeholders working on {theme}", k)),
                first=gettext("work on {theme}"))
        else:
            said = ngettext("work on {theme} from another sector", "work on {theme} from {lacking} more sectors",
                            int(f.shortfall))
        return fill(said, f, theme=theme(f.code), lacking=number(int(f.shortfall)))

    def helped(self, f: Finding, scope: str) -> str:
        if f.have == 0 and f.need == 1:
            said = gettext("adds work on {theme} from a first sector")
        elif f.have < f.need:
            said = by_scope(scope, gettext("adds a member working on {theme} (the profile asks for {need})"),
                            gettext("adds a stakeholder working on {theme} (the profile asks for {need})"))
        else:
            said = gettext("adds another sector working on {theme} (the profile asks for {k})")
        return fill(said, f, theme=theme(f.code), k=number(self._sectors_wanted(f)))

    def label(self, code: str | None) -> str:
        return pgettext("short name of a requirement", "{theme} theme").format(theme=theme(code))
