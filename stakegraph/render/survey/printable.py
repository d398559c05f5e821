"""The printable survey: the same questions on paper, for those who will not
open a spreadsheet.

One HTML page per stakeholder, laid out for an A4 sheet (small type, two
tables side by side when the list is long): the title, what to do, the consent note,
every other stakeholder grouped by sector with boxes to tick (yes, no, we
don't know them), a cell for the type of tie and 1–5 to circle, then lines
for missing organisations. What the mapping already says is printed beside
the organisation, so the respondent can confirm or correct it. The footer
names the survey, the stakeholder and the round, so the coordinator types a
page back into the right workbook. Every name is escaped; the page needs no
network and no script.

Examples
--------
>>> import pathlib, tempfile
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("<b>City</b>", "public")],
...                 [Tie("doras", Stakeholder("<b>City</b>").id, "funding", 3)])
>>> path = write_printable(G, "doras", pathlib.Path(tempfile.mkdtemp()) / "Doras.html", "en", "s1", 1)
>>> page = path.read_text("utf-8")
>>> "&lt;b&gt;City&lt;/b&gt;" in page, "<b>City</b>" in page, "funding, 3" in page
(True, False, True)
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from stakegraph.codebook import Codebook, default_codebook
from stakegraph.model.survey import NEW_ROWS, is_new_row
from stakegraph.render.atomic import write_text
from stakegraph.render.safe import html_text
from stakegraph.render.survey.words import words
from stakegraph.render.survey.workbook import survey_rows, ties_of

__all__ = ["write_printable"]

_STYLE = """
@page { size: A4; margin: 10mm; }
body { font: 8pt/1.2 sans-serif; color: #000; margin: 0; }
h1 { font-size: 13pt; margin: 0 0 3pt; }
p { margin: 0 0 3pt; }
.consent { border: 1px solid #000; padding: 2pt 5pt; margin-bottom: 5pt; }
.list { display: flex; gap: 5mm; align-items: flex-start; }
table { flex: 1; border-collapse: collapse; }
th { font-size: 6.5pt; font-weight: normal; text-align: center; vertical-align: bottom;
     border-bottom: 1px solid #000; padding: 0 1pt; }
th:first-child { text-align: left; }
td { padding: 1pt 2pt; border-bottom: 0.5px solid #999; vertical-align: top; }
tr { break-inside: avoid; }
tr.sector td { font-weight: bold; background: #ddd; border-bottom: 1px solid #000; }
tr.blank td { height: 12pt; }
td.box { font-size: 10pt; text-align: center; width: 5mm; }
td.line { width: 16mm; border-bottom: 0.5px solid #000; }
td.scale { white-space: nowrap; width: 15mm; }
.now { color: #444; font-size: 6.5pt; }
footer { margin-top: 4pt; font-size: 6.5pt; color: #444; }
"""#: a list of more rows than this is set in two tables side by side
_TWO_COLUMNS = 30


def write_printable(G: nx.MultiDiGraph, me: str, path: str | os.PathLike[str], lang: str,
                    survey: str, round: int, codebook: Codebook | None = None) -> Path:
    """Write the printable survey of stakeholder ``me`` in ``lang`` to ``path``."""
    cb = codebook or default_codebook()
    w = words(lang)
    name = str(G.nodes[me].get("name", me))
    known = ties_of(G, me)
    box = '<td class="box">☐</td>' * 3
    scale = '<td class="scale">1 2 3 4 5</td>'
    rows, group = [], object()
    keys = [k for k in survey_rows(G, me, cb) if not is_new_row(k)]
    for key in keys:
        sector = G.nodes[key].get("sector")
        if sector != group:
            group = sector
            label = cb.label("sector", sector, lang) if sector else "?"
            rows.append(f'<tr class="sector"><td colspan="6">{html_text(label)}</td></tr>')
        tie = known.get(key)
        now = "" if tie is None else (
            f'<div class="now">{html_text(cb.label("tie_type", tie.get("type") or "collaboration", lang))}'
            f", {html_text(_number(tie.get('weight')))}</div>")
        rows.append(f'<tr><td>{html_text(G.nodes[key].get("name", key))}{now}</td>{box}'
                    f'<td class="line"></td>{scale}</tr>')
    rows.append(f'<tr class="sector"><td colspan="6">{html_text(w["missing"])}</td></tr>')
    rows += [f'<tr class="blank"><td></td>{box}<td class="line"></td>{scale}</tr>'] * min(NEW_ROWS, 5)
    answers = (cb.label("yes_no", "yes", lang), cb.label("yes_no", "no", lang), w["unknown"])
    header = "<tr>" + "".join(f"<th>{html_text(t)}</th>" for t in (
        w["organisation"], *answers, w["type"], w["strength"])) + "</tr>"
    # a long list is set in two tables side by side, split between rows
    parts = [rows] if len(rows) <= _TWO_COLUMNS else [rows[:(len(rows) + 1) // 2], rows[(len(rows) + 1) // 2:]]
    tables = "".join(f"<table><thead>{header}</thead><tbody>{''.join(part)}</tbody></table>"
                     for part in parts)
    consent = "".join(f"<p>{html_text(line)}</p>" for line in w["consent"])
    title = html_text(w["title"].format(name=name))
    page = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{title}</h1><p>{html_text(w['paper'])}</p>"
            f'<div class="consent"><p><b>{html_text(w["consent_title"])}</b></p>{consent}</div>'
            f'<div class="list">{tables}</div>'
            f"<footer>{html_text(survey)} · {html_text(me)} · {round}</footer></body></html>\n")
    return write_text(path, page)


def _number(weight: object) -> str:
    return str(int(weight)) if isinstance(weight, float) and weight.is_integer() else str(weight or 1)
