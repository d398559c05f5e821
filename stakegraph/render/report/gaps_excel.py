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
from stakegraph.render.report.excel import Block, Sheet
from stakegraph.render.report.gaps import describe, phrase_list, scope_noun, scope_phrase
from stakegraph.render.report.recommend import (
    SELECTION_RULE,
    doing,
    effect_phrases,
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
    lines = [f"Gaps of {scope_phrase(scope)} against the profile '{report.profile.name}'"]
    rows = [[f.id, f.status, f.have, f.need, describe(f, scope_noun(report)), ", ".join(f.evidence) or None]
            for f in report.findings]
    headers = ["requirement", "status", "have", "need", "in plain words", "evidence"]
    return Sheet("Gaps", lines, [Block(headers, rows)])


def recommendations_sheet(rec: Recommendations) -> Sheet:
    """The ranked candidates, the requirements nobody can close, and the
    chosen invitees (when a size was asked for), in the same plain words as
    the text output."""
    gaps = rec.gaps
    scope = gaps.to_dict()["scope"]
    noun = scope_noun(gaps)
    lines = [f"Whom to invite: {scope_phrase(scope)}, profile '{gaps.profile.name}'",
             "Reach: the stakeholders within two steps in the tie network. "
             "Introduced by: the shortest paths from the nearest members."]
    if gaps.scope.kind == "mapping":
        lines.append("For the whole mapping every stakeholder is a member: recruit from outside it.")
    elif gaps.open_ids():
        lines.append(weights_line(gaps))

    def said(ids: list[str], effect: str) -> str | None:
        return phrase_list(effect_phrases(gaps, ids, effect)) or None

    candidates = Block(
        ["rank", "name", "sector", "type", "level", "closes", "helps", "worsens", "score",
         "how the score adds up", "reach", "ties to members", "introduced by", "note"],
        [[i, c.name, c.sector, c.type, c.level, said(c.closes, "closes"), said(c.helps, "helps"),
          said(c.worsens, "worsens"), c.score, score_sum(c.terms), c.reach, c.ties_to_members,
          "; ".join(" → ".join(p) for p in c.introducers), type_guess(c, gaps)]
         for i, c in enumerate(rec.candidates, 1)],
        title="Candidates, best first (score, then reach, then name)")
    found = {f.id: f for f in gaps.findings}
    blocks = [candidates,
              Block(["requirement", "in plain words"],
                    [[rid, describe(found[rid], noun)] for rid in rec.unclosable],
                    title="Open requirements no one in the mapping closes or narrows")]
    if rec.selection:
        blocks.append(Block(
            ["order", "name", "sector", "type", "level", "brings", "does", "score",
             "how the score adds up", "covers", "reach", "chosen for"],
            [[i, s.name, s.sector, s.type, s.level, phrase_list(invitee_closes(s, noun)) or None,
              "; ".join(doing(s.before, [t for t in s.terms if t.effect != "closes"], noun)) or None,
              s.score, score_sum(s.terms), phrase_list(invitee_covers(s)) or None, s.reach, s.reason]
             for i, s in enumerate(rec.selection, 1)],
            title=f"Best set of invitees, {SELECTION_RULE}; each counted with those chosen before"))
        blocks.append(Block(["requirement", "in plain words"],
                            [[f.id, describe(f, noun)] for f in rec.after_selection or []],
                            title="Still open after these invitations"))
    return Sheet("Recommendations", lines, blocks)
