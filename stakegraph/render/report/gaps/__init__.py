"""Gaps in plain words, for the coordinator of a group, in the reader's language.

Each requirement becomes one sentence ("The group has no private-sector
member.", "Nobody in the group works on health.", or for a met one "The
group has 3 public-sector members (…).").

Every kind of requirement is said by one phrasing in
:data:`~stakegraph.render.report.gaps.text.PHRASINGS`, used alike by
the gap report, the recommendations (:mod:`stakegraph.render.report.recommend`)
and the Excel sheets: the sentence for a finding, what closing it brings,
what narrowing or setting it back does, and its short name in a score's
sum. Each sentence is whole and marked for translation; sectors, types,
levels and themes are words of the language (:mod:`.words`), lists and
counts are joined as the language joins them (:mod:`.grammar`).
Requirement ids (``sector:private``) stay in the JSON and in the tables'
``requirement`` column only.

Examples
--------
>>> from stakegraph.analysis.gaps import Finding
>>> from stakegraph.i18n import speaking
>>> describe(Finding("sector:private", "sector", "private", "missing", 0, 1), "group")
'The group has no private-sector member.'
>>> describe(Finding("theme:health", "theme", "health", "missing", 0, 1), "group")
'Nobody in the group works on health.'
>>> describe(Finding("isolated_members", "isolated_members", None, "weak", 1, 0, ["Doras"]), "group")
'Doras has no tie to another member.'
>>> with speaking("es"):
...     describe(Finding("sector:private", "sector", "private", "missing", 0, 1), "group")
'El grupo no tiene ningún miembro del sector privado.'
"""

from stakegraph.render.report.gaps.grammar import name_list, phrase_list
from stakegraph.render.report.gaps.phrasing import by_scope
from stakegraph.render.report.gaps.text import (
    PHRASINGS,
    cell_phrase,
    describe,
    evidence_cell,
    format_gaps,
    helped,
    requirement_label,
    requirement_noun,
    scope_noun,
    scope_phrase,
    status_word,
    wanted,
    worsened,
)

__all__ = ["PHRASINGS", "by_scope", "cell_phrase", "describe", "evidence_cell", "format_gaps", "helped", "name_list",
           "phrase_list", "requirement_label", "requirement_noun", "scope_noun", "scope_phrase", "status_word",
           "wanted", "worsened"]
