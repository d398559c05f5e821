"""The Gaps and Recommendations sheets of the Excel report.

:func:`gaps_sheet` and :func:`recommendations_sheet` build
:class:`~stakegraph.render.report.excel.Sheet` s; pass them as ``extra`` to
:func:`~stakegraph.render.report.excel.analysis_sheets`, or write them alone
with :func:`~stakegraph.render.report.excel.write_excel_report` (which
neutralises every cell).

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> from stakegraph.model import Stakeholder, build_graph
>>> from stakegraph.model.profile import Profile
>>> from stakegraph.analysis.gaps import find_gaps
>>> from stakegraph.render.report.excel import write_excel_report
>>> G = build_graph([Stakeholder("=Council", "public")])
>>> report = find_gaps(G, Profile("demo", sectors={"public": 1, "private": 1}))
>>> path = pathlib.Path(tempfile.mkdtemp()) / "gaps.xlsx"
>>> write_excel_report(path, [gaps_sheet(report)])
>>> for row in openpyxl.load_workbook(path)["Gaps"].iter_rows(min_row=3):
...     print([c.value for c in row])
['requirement', 'status', 'have', 'need', 'in plain words', 'evidence']
['sector:public', 'met', 1, 1, 'The mapping has 1 public-sector stakeholder (=Council).', "'=Council"]
['sector:private', 'missing', 0, 1, 'The mapping has no private-sector stakeholder.', None]
"""

from __future__ import annotations

from stakegraph.analysis.gaps import GapReport
from stakegraph.analysis.recommend import Recommendations
from stakegraph.i18n import clauses, gettext, pgettext
from stakegraph.render.report.excel import Block, Sheet
from stakegraph.render.report.gaps import (
    describe,
    evidence_cell,
    phrase_list,
    scope_noun,
    scope_phrase,
    status_word,
)
from stakegraph.render.report.recommend import (
    SELECTION_RULE,
    code_word,
    doing,
    effect_phrases,
    introductions,
    invitee_closes,
    invitee_covers,
    score_sum,
    type_guess,
    weights_line,
)

__all__ = ["gaps_sheet", "recommendations_sheet"]


def gaps_sheet(report: GapReport) -> Sheet:
    """Every requirement: status, have, need, a sentence, and the evidence."""
    scope = report.to_dict()["scope"]
    lines = [gettext("Gaps of {scope} against the profile '{profile}'").format(
        scope=scope_phrase(scope), profile=report.profile.name)]
    rows = [[f.id, status_word(f.status), f.have, f.need, describe(f, scope_noun(report)),
             ", ".join(evidence_cell(f)) or None] for f in report.findings]
    headers = [pgettext("column", "requirement"), pgettext("column", "status"), pgettext("column", "have"),
               pgettext("column", "need"),
               pgettext("column", "in plain words"), pgettext("column", "evidence")]
    return Sheet(pgettext("sheet name", "Gaps"), lines, [Block(headers, rows)])


def recommendations_sheet(rec: Recommendations) -> Sheet:
    """The ranked candidates, the requirements nobody can close, and the
    chosen invitees (when a size was asked for), in the same plain words as
    the text output."""
    gaps = rec.gaps
    scope = gaps.to_dict()["scope"]
    noun = scope_noun(gaps)
    lines = [gettext("Whom to invite: {scope}, profile '{profile}'").format(
        scope=scope_phrase(scope), profile=gaps.profile.name),
             gettext("Reach: the stakeholders within two steps in the tie network. "
                     "Introduced by: the shortest paths from the nearest members.")]
    if gaps.scope.kind == "mapping":
        lines.append(gettext("For the whole mapping every stakeholder is a member: recruit from outside it."))
    elif gaps.open_ids():
        lines.append(weights_line(gaps))

    def said(ids: list[str], effect: str) -> str | None:
        return phrase_list(effect_phrases(gaps, ids, effect)) or None

    candidates = Block(
        [pgettext("column", "rank"), pgettext("column", "name"), pgettext("column", "sector"),
         pgettext("column", "type"), pgettext("column", "level"), pgettext("column", "closes"),
         pgettext("column", "helps"), pgettext("column", "worsens"), pgettext("column", "score"),
         pgettext("column", "how the score adds up"), pgettext("column", "reach"),
         pgettext("column", "ties to members"), pgettext("column", "introduced by"),
         pgettext("column", "note")],
        [[i, c.name, *_codes(c.sector, c.type, c.level), said(c.closes, "closes"), said(c.helps, "helps"),
          said(c.worsens, "worsens"), c.score, score_sum(c.terms), c.reach, c.ties_to_members,
          introductions(c.introducers), type_guess(c, gaps)]
         for i, c in enumerate(rec.candidates, 1)],
        title=gettext("Candidates, best first (score, then reach, then name)"))
    found = {f.id: f for f in gaps.findings}
    blocks = [candidates,
              Block([pgettext("column", "requirement"), pgettext("column", "in plain words")],
                    [[rid, describe(found[rid], noun)] for rid in rec.unclosable],
                    title=gettext("Open requirements no one in the mapping closes or narrows"))]
    if rec.selection:
        blocks.append(Block(
            [pgettext("column", "order"), pgettext("column", "name"), pgettext("column", "sector"),
             pgettext("column", "type"), pgettext("column", "level"),
             pgettext("column", "brings"), pgettext("column", "does"), pgettext("column", "score"),
             pgettext("column", "how the score adds up"),
             pgettext("column", "covers"), pgettext("column", "reach"), pgettext("column", "chosen for")],
            [[i, s.name, *_codes(s.sector, s.type, s.level), phrase_list(invitee_closes(s, noun)) or None,
              clauses(doing(s.before, [t for t in s.terms if t.effect != "closes"], noun)) or None,
              s.score, score_sum(s.terms), phrase_list(invitee_covers(s)) or None, s.reach, _reason(s.reason)]
             for i, s in enumerate(rec.selection, 1)],
            title=gettext("Best set of invitees, {rule}; each counted with those chosen before").format(
                rule=gettext(SELECTION_RULE))))
        blocks.append(Block([pgettext("column", "requirement"), pgettext("column", "in plain words")],
                            [[f.id, describe(f, noun)] for f in rec.after_selection or []],
                            title=gettext("Still open after these invitations")))
    return Sheet(pgettext("sheet name", "Recommendations"), lines, blocks)


def _codes(sector: str | None, type_: str | None, level: str | None) -> list[str | None]:
    """A stakeholder's sector, type and level as words of the language."""
    return [code_word("sector", sector), code_word("type", type_), code_word("level", level)]


def _reason(reason: str) -> str:
    """Why an invitee was chosen (``score``, ``cover``, ``reach``), in the language."""
    return {"score": pgettext("why an invitee was chosen", "score"),
            "cover": pgettext("why an invitee was chosen", "cover"),
            "reach": pgettext("why an invitee was chosen", "reach")}.get(reason, reason)
