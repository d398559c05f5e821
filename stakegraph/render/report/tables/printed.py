"""Printable table cards: one A4 page per table per round, to lay on the
table, with the table's number, the round and who sits there (each
organisation's sector and type as words in the session's language). A first
page, the plan, shows every round side by side for the facilitator: each
table and who sits there, marked by sector, so that one sees the room
reshuffled from one round to the next.

:func:`cards_html` writes the cards as one HTML page (every name escaped);
:func:`write_cards_pdf` prints it to PDF in headless Chromium, as the map's
picture is taken. The cards' own words ("Table", "Round", …) come from the
``tables`` domain of the gettext catalogue; sectors and types from the
codebook, or, in a language the codebook lacks, from the same catalogue.

Examples
--------
>>> from stakegraph.analysis.seating import Attendee, Seating
>>> people = {"a": Attendee("a", "Cáritas <Murcia>", "civil_society", "local", type="ngo"),
...           "b": Attendee("b", "Ayuntamiento", "public", "local", type="local_authority")}
>>> page = cards_html(Seating([[["a", "b"]]], 0, 0, True, "OPTIMAL"), people, lang="es")
>>> "Mesa 1" in page, "Ronda 1" in page, "Cáritas &lt;Murcia&gt;" in page, "Sociedad civil" in page
(True, True, True, True)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from stakegraph.analysis.seating import Attendee, Seating
from stakegraph.i18n import pgettext, speaking
from stakegraph.render.atomic import write_bytes
from stakegraph.render.chromium import print_pdf
from stakegraph.render.map.data import SECTOR_COLOURS, UNKNOWN_COLOUR
from stakegraph.render.safe import html_text
from stakegraph.render.words import vocab_word

__all__ = ["cards_html", "plan_html", "write_cards_pdf"]

#: a card's names are at most this large (points), and shrink so that a
#: table's rows, two lines each, fill the page below the heading (points of
#: A4 landscape within the margins), never below what is read at arm's length
_NAME_PT, _ROOM_PT, _SMALLEST_PT = 22, 400, 12

_STYLE = """
@page { size: A4 landscape; margin: 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #000;
       font-variant-ligatures: none; }
section.card { break-after: page; page-break-after: always; }
section.card:last-child { break-after: auto; page-break-after: auto; }
header { display: flex; justify-content: space-between; align-items: baseline;
         border-bottom: 3pt solid #000; margin-bottom: 8mm; }
h1 { font-size: 60pt; margin: 0; line-height: 1.1; }
header p { font-size: 30pt; margin: 0; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col.name { width: 46%; } col.sector { width: 22%; } col.type { width: 32%; }
th { text-align: left; font-size: 12pt; font-weight: normal; color: #333;
     border-bottom: 1pt solid #555; padding: 0 4mm 2mm 0; }
td { padding: 2.2mm 4mm 2.2mm 0; vertical-align: top; border-bottom: 0.5pt solid #bbb; }
td.name { font-weight: bold; }
td.word { font-size: 0.75em; }
section.plan h1 { font-size: 22pt; margin: 0 0 4mm; }
.rounds { display: flex; gap: 8mm; }
.round { flex: 1; }
.round h2 { font-size: 15pt; margin: 0 0 2mm; border-bottom: 1.5pt solid #000; }
.tables { display: grid; grid-template-columns: 1fr 1fr; gap: 2.5mm; }
.box { border: 0.75pt solid #555; padding: 1.5mm 2mm; break-inside: avoid; }
.box h3 { font-size: 10.5pt; margin: 0 0 1mm; }
.box ul, p.key { list-style: none; margin: 0; padding: 0; font-size: 8.5pt; line-height: 1.3; }
p.key { margin-top: 4mm; }
p.key span { margin-right: 6mm; }
i.mark { display: inline-block; width: 7pt; height: 7pt; margin-right: 3pt; border-radius: 50%;
         -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


def _card(r: int, t: int, table: list[str], people: Mapping[str, Attendee], lang: str) -> str:
    seated = sorted((people[i] for i in table), key=lambda p: p.name.casefold())
    # a row: two lines of 1.25 times the size, and 12.5 pt of padding
    size = max(_SMALLEST_PT, min(_NAME_PT, int((_ROOM_PT / max(len(seated), 1) - 12.5) / 2.5)))
    rows = "".join(
        f'<tr><td class="name">{html_text(p.name)}</td>'
        f'<td class="word">{html_text(vocab_word("sector", p.sector, lang))}</td>'
        f'<td class="word">{html_text(vocab_word("type", p.type, lang))}</td></tr>' for p in seated)
    heads = "".join(f"<th>{html_text(pgettext('seating', w))}</th>" for w in ("Organisation", "Sector", "Type"))
    return (f'<section class="card"><header><h1>{html_text(pgettext("seating", "Table {table}").format(table=t))}'
            f'</h1><p>{html_text(pgettext("seating", "Round {round}").format(round=r))}</p></header>'
            f'<table style="font-size: {size}pt"><colgroup><col class="name"><col class="sector"><col class="type">'
            f'</colgroup><thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>'
            "</section>")


def _mark(sector: str | None) -> str:
    return f'<i class="mark" style="background: {SECTOR_COLOURS.get(sector or "", UNKNOWN_COLOUR)}"></i>'


def plan_html(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> str:
    """The plan: every round side by side, each table with who sits there,
    marked by sector, and the key to the marks (a ``<section>`` of
    :func:`cards_html`; call it where ``lang`` is spoken)."""
    rounds = []
    for r, tables in enumerate(found.tables, start=1):
        boxes = "".join(
            f'<div class="box"><h3>{html_text(pgettext("seating", "Table {table}").format(table=t))}</h3><ul>'
            + "".join(f"<li>{_mark(p.sector)}{html_text(p.name)}</li>"
                      for p in sorted((people[i] for i in table), key=lambda p: p.name.casefold()))
            + "</ul></div>" for t, table in enumerate(tables, start=1))
        rounds.append(f'<div class="round"><h2>{html_text(pgettext("seating", "Round {round}").format(round=r))}'
                      f'</h2><div class="tables">{boxes}</div></div>')
    seated = {p.sector for p in people.values()}
    key = "".join(f"<span>{_mark(s)}{html_text(vocab_word('sector', s, lang))}</span>"
                  for s in SECTOR_COLOURS if s in seated)
    return (f'<section class="card plan"><h1>{html_text(pgettext("seating", "Seating plan"))}</h1>'
            f'<div class="rounds">{"".join(rounds)}</div><p class="key">{key}</p></section>')


def cards_html(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> str:
    """The plan (:func:`plan_html`), then the cards of every round and
    table, as one printable HTML page in ``lang``."""
    with speaking(lang):
        cards = "".join(_card(r, t, table, people, lang)
                        for r, tables in enumerate(found.tables, start=1)
                        for t, table in enumerate(tables, start=1))
        plan = plan_html(found, people, lang=lang)
        title = html_text(pgettext("seating", "Seating plan"))
    return (f'<!DOCTYPE html><html lang="{html_text(lang)}"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{_STYLE}</style></head><body>{plan}{cards}</body></html>")


def write_cards_pdf(found: Seating, people: Mapping[str, Attendee], path: str | os.PathLike[str], *,
                    lang: str = "en") -> Path:
    """Print the cards (:func:`cards_html`) to the PDF ``path``, A4 landscape.
    Raises :class:`~stakegraph.errors.StakegraphError` when Chromium or
    Playwright is missing."""
    return write_bytes(path, print_pdf(cards_html(found, people, lang=lang), path))
