"""Recommendations in plain words: whom to call first, how each score adds up,
and the best set of invitees.

Each candidate is one line saying what it brings ("brings the private sector
and regional level; makes the sector balance more even"), whom it already
works with, who can introduce it, and how its score adds up ("score 23 =
private sector missing 20 + regional level missing 1 + civil society–private
ties missing 2"). The sentences for each requirement come from
:mod:`stakegraph.render.report.gaps`.

Examples
--------
>>> from stakegraph.analysis.scoring import Term
>>> score_sum([Term("sector:private", "closes", "missing", "met", 20.0, 20.0),
...            Term("theme:health", "helps", "missing", "weak", 1.0, 0.5),
...            Term("isolated_members", "worsens", "met", "weak", 2.0, -1.0)])
'score 19.5 = private sector missing 20 + health theme narrowed 0.5 − lone members set back 1'
"""

from __future__ import annotations

from collections.abc import Iterable

from stakegraph.analysis.gaps import Finding, GapReport
from stakegraph.analysis.recommend import Candidate, Invitee, Recommendations
from stakegraph.analysis.scoring import Term
from stakegraph.i18n import N_, clauses, gettext, ngettext, number, pgettext
from stakegraph.render.report.gaps import (
    by_scope,
    cell_phrase,
    describe,
    helped,
    name_list,
    phrase_list,
    requirement_label,
    requirement_noun,
    scope_noun,
    scope_phrase,
    wanted,
    worsened,
)
from stakegraph.render.report.gaps.grammar import english
from stakegraph.render.report.gaps.words import label

__all__ = ["DIFFERS", "SELECTION_RULE", "candidate_line", "code_word", "doing", "effect_phrases",
           "format_recommendations", "introductions", "invitee_closes", "invitee_covers", "score_sum", "type_guess",
           "weights_line"]

#: how the best N invitees are chosen, for a heading (translate with gettext)
SELECTION_RULE = N_("each in turn the one whose score is highest with those chosen before it "
                  "already in the group, then reach, then name; once nobody closes or narrows "
                  "anything, the one bringing the most sectors, themes, levels and combinations "
                  "of them still lacking")

#: the one sentence said when the best set's order is not the ranking's (translate with gettext)
DIFFERS = N_("From the second pick on, each is scored with those before it already in the group "
           "(what an earlier pick brought no longer counts), so the best set differs from the "
           "list above, which scores each candidate alone.")


def _number(x: float) -> str:
    """A score as it is written (``24.2``; ``24,2`` in Spanish)."""
    text = f"{x:g}"
    if english() or "e" in text:
        return text
    return number(x, len(text.partition(".")[2]) or None)


def code_word(kind: str, code: str | None) -> str | None:
    """A sector, type or level code as the codebook's word in the current language."""
    return label(kind, code) or None if code else None


def score_sum(terms: Iterable[Term]) -> str:
    """How a score adds up, one term per requirement it moves (terms worth
    nothing are left out); the total is the sum of the terms shown."""
    words = {"helps": pgettext("what a newcomer does to a requirement, in a sum of scores", "narrowed"),
             "worsens": pgettext("what a newcomer does to a requirement, in a sum of scores", "set back"),
             "missing": pgettext("what a newcomer does to a requirement, in a sum of scores", "missing"),
             "weak": pgettext("what a newcomer does to a requirement, in a sum of scores", "weak")}
    terms = list(terms)
    total = round(float(sum(t.points for t in terms)), 2)
    said = " ".join(f"{'−' if t.points < 0 else '+'} {requirement_label(t.requirement)} "
                    f"{words.get(t.effect) or words.get(t.was, t.was)} {_number(abs(t.points))}"
                    for t in terms if t.points)
    if not said:
        return gettext("score {total}").format(total=_number(total))
    return gettext("score {total} = {terms}").format(total=_number(total), terms=said.removeprefix("+ "))


def weights_line(gaps: GapReport) -> str:
    """What each kind of open requirement weighs in the profile, heaviest
    first, as a sentence."""
    profile = gaps.profile
    kinds = sorted(dict.fromkeys(f.kind for f in gaps.findings if f.open), key=lambda k: -profile.weight(k))
    names = {"ties": pgettext("kind of requirement, with its weight", "ties between two sectors"),
             "isolated_members": pgettext("kind of requirement, with its weight", "a tie for a lone member"),
             "balance": pgettext("kind of requirement, with its weight", "sector balance"),
             "size": pgettext("kind of requirement, with its weight", "group size"),
             "sector": pgettext("kind of requirement, with its weight", "sector"),
             "type": pgettext("kind of requirement, with its weight", "type"),
             "level": pgettext("kind of requirement, with its weight", "level"),
             "theme": pgettext("kind of requirement, with its weight", "theme")}
    weights = [f"{names.get(kind, kind)} {_number(profile.weight(kind))}" for kind in kinds]
    return gettext("Scores add up what a candidate closes or narrows; closing a missing requirement is "
                   "worth, by kind: {weights}; a weak one counts {weak} of that.").format(
        weights=", ".join(weights), weak=_number(profile.weak))


def effect_phrases(gaps: GapReport, ids: list[str], effect: str) -> list[str]:
    """The requirements ``ids`` of the group in ``gaps`` as a newcomer
    ``"closes"`` (what it brings, a noun phrase), ``"helps"`` or ``"worsens"``
    them (verb phrases), in plain words."""
    return _said(gaps.findings, ids, effect, scope_noun(gaps))


def _said(findings: list[Finding], ids: list[str], effect: str, noun: str) -> list[str]:
    found = {f.id: f for f in findings}
    say = {"closes": wanted, "helps": helped, "worsens": worsened}[effect]
    return [say(found[rid], noun) for rid in ids]


def doing(findings: list[Finding], terms: Iterable[Term], noun: str = "group") -> list[str]:
    """What a newcomer does, in clauses: what it brings, what it narrows, and
    what it sets back, each said of ``findings`` (the group before it joins)."""
    terms = list(terms)
    ids = {effect: [t.requirement for t in terms if t.effect == effect]
           for effect in ("closes", "helps", "worsens")}
    parts = []
    if ids["closes"]:
        parts.append(gettext("brings {what}").format(what=phrase_list(_said(findings, ids["closes"], "closes", noun))))
    if ids["helps"]:
        parts.append(phrase_list(_said(findings, ids["helps"], "helps", noun)))
    if ids["worsens"]:
        parts.append(gettext("but {what}").format(what=phrase_list(_said(findings, ids["worsens"], "worsens", noun))))
    return parts


def type_guess(c: Candidate, gaps: GapReport) -> str | None:
    """For a candidate whose type the codebook does not hold: what it would
    also bring if it were one of the types the group lacks."""
    if c.unknown_type is None:
        return None
    said = gettext("type '{type}' is not one stakegraph knows").format(type=c.unknown_type)
    found = {f.id: f for f in gaps.findings}
    ifs = [(requirement_noun(rid), wanted(found[rid], scope_noun(gaps))) for rid in c.could_bring]
    if not ifs:
        return said
    (kind, brings), rest = ifs[0], ifs[1:]
    return clauses([said, gettext("if it is {kind}, it would also bring {brings}").format(kind=kind, brings=brings),
                    *(gettext("if {kind}, {brings}").format(kind=k, brings=b) for k, b in rest)])


def candidate_line(c: Candidate, gaps: GapReport) -> str:
    """What inviting ``c`` into the group of ``gaps`` does, whom it works
    with, who can introduce it (left out while the group has no members),
    and how its score adds up."""
    parts = doing(gaps.findings, c.terms, scope_noun(gaps))
    guess = type_guess(c, gaps)
    if guess:
        parts.append(guess)
    if gaps.scope.members:
        if c.ties_to_members:
            parts.append(gettext("already works with {names}").format(names=name_list(c.ties_to_members)))
        else:
            parts.append(gettext("no tie to a member yet"))
        if c.introducers:
            who = sorted({p[0] for p in c.introducers})
            parts.append(ngettext("{who} can introduce them ({paths})", "{who} can introduce them ({paths})",
                                  len(who)).format(who=phrase_list(who), paths=introductions(c.introducers)))
        else:
            parts.append(gettext("nobody in the group can introduce them (no path in the tie network)"))
    parts.append(score_sum(c.terms))
    return f"{c.name} — " + clauses(parts)


def introductions(paths: list[list[str]]) -> str:
    """Introductions as people read them, joined as clauses.

    >>> introductions([["A", "B"], ["C", "D"]])
    'A → B; C → D'
    """
    return clauses(" → ".join(p) for p in paths)


def invitee_covers(inv: Invitee) -> list[str]:
    """What an invitee brings that neither the group nor those chosen before
    it have: the profile's sectors, themes and levels, then combinations."""
    singles = inv.covers[:len(inv.covers) - len(inv.new_cells)]
    return [requirement_noun(rid) for rid in singles] + [cell_phrase(c) for c in inv.new_cells]


def invitee_closes(inv: Invitee, noun: str = "group") -> list[str]:
    """What an invitee brings of the open requirements, counted after the
    invitees chosen before it."""
    return [wanted(f, noun) for f in inv.closed]


def _invitee_line(inv: Invitee, noun: str) -> str:
    parts = doing(inv.before, inv.terms, noun)
    if inv.reason != "score":
        covers = invitee_covers(inv)
        parts.append(gettext("covers {what}").format(what=phrase_list(covers)) if covers
                     else gettext("covers nothing new"))
    parts.append(ngettext("reaches {n} organisation", "reaches {n} organisations", inv.reach).format(
        n=number(inv.reach)))
    if inv.reason == "score":
        parts.append(score_sum(inv.terms))
    return f"{inv.name} — " + clauses(parts)


def _unclosable(gaps: GapReport, ids: list[str]) -> list[str]:
    relational = [i for i in ids if i.startswith("ties:") or i in ("isolated_members", "balance")]
    composition = [i for i in ids if i not in relational]
    lines = []
    if composition:
        lines.append(gettext("Nobody in the mapping can bring {what}: recruit from outside it.").format(
            what=phrase_list(effect_phrases(gaps, composition, "closes"), "or")))
    if relational:
        said = phrase_list(effect_phrases(gaps, relational, "closes"), "or")
        lines.append(gettext("No single invitation brings {what}: the members need new ties, or more than "
                             "one newcomer.").format(what=said))
    return [*lines, ""]


def format_recommendations(rec: Recommendations) -> str:
    """Whom to call first, the rest in order, what nobody can close, and the
    chosen invitees."""
    gaps = rec.gaps
    scope = gaps.to_dict()["scope"]
    noun = scope_noun(gaps)
    open_ids = gaps.open_ids()
    lines = [gettext("Recommendations for {scope}, profile '{profile}'.").format(
        scope=scope_phrase(scope), profile=gaps.profile.name)]
    if not open_ids:
        lines.append(by_scope(noun, gettext("The group meets every requirement of the profile; nobody needs "
                                            "to be invited to close a gap."),
                              gettext("The mapping meets every requirement of the profile; nobody needs "
                                      "to be invited to close a gap.")))
    else:
        lines.append(by_scope(noun, gettext("The group still needs {what}."),
                              gettext("The mapping still needs {what}.")).format(
            what=phrase_list(effect_phrases(gaps, open_ids, "closes"))))
    lines.append("")
    if gaps.scope.kind == "mapping" and open_ids:
        lines.append(gettext("For the whole mapping every stakeholder already counts as a member, so "
                             "nobody inside it can be invited: close these gaps by recruiting from "
                             "outside the mapping, or, for missing ties, by bringing stakeholders together:"))
        lines += [f"  - {describe(f, 'mapping')}" for f in gaps.findings if f.open]
        lines.append("")
    elif rec.candidates:
        lines.append(weights_line(gaps))
        lines.append(gettext("Call first: {line}.").format(line=candidate_line(rec.candidates[0], gaps)))
        if len(rec.candidates) > 1:
            lines.append(gettext("Then:"))
            lines += [f"  {i}. {candidate_line(c, gaps)}." for i, c in enumerate(rec.candidates[1:], 2)]
        lines.append("")
    elif open_ids:
        lines += [gettext("No one in the mapping would close or narrow an open requirement."), ""]
    if rec.unclosable and gaps.scope.kind != "mapping":
        lines += _unclosable(gaps, rec.unclosable)
    if rec.selection:
        lines.append(ngettext("Best {n} to invite, {rule} (reach: the organisations within two steps):",
                              "Best {n} to invite, {rule} (reach: the organisations within two steps):",
                              len(rec.selection)).format(n=number(len(rec.selection)), rule=gettext(SELECTION_RULE)))
        lines += [f"  {i}. {_invitee_line(inv, noun)}" for i, inv in enumerate(rec.selection, 1)]
        listed = [c.id for c in rec.candidates]
        if len(rec.selection) > 1 and [inv.id for inv in rec.selection] != listed[:len(rec.selection)]:
            lines.append(gettext(DIFFERS))
        after = [wanted(f, noun) for f in rec.after_selection or []]
        if after:
            lines.append(by_scope(noun, gettext("After these invitations, the group would still need {what}."),
                                  gettext("After these invitations, the mapping would still need {what}.")).format(
                what=phrase_list(after)))
        else:
            lines.append(by_scope(noun, gettext("After these invitations, the group would meet every "
                                                "requirement of the profile."),
                                  gettext("After these invitations, the mapping would meet every "
                                          "requirement of the profile.")))
    return "\n".join(lines).rstrip() + "\n"
