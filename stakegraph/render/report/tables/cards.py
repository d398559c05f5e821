"""The seating as rows (round, table, name, sector, level, broker) and as
Excel sheets: the whole seating, its quality, and a sheet of table cards
per round, one block per table, to print and lay on the tables. Sectors and
levels, the cards' column headers and each card's "Table" are written in
``lang``, the words from the catalogue's ``tables`` domain.

Examples
--------
>>> from stakegraph.analysis.seating import Attendee, Seating
>>> people = {"a": Attendee("a", "City Council", "public", "local", broker=True),
...           "b": Attendee("b", "Doras", "civil_society", "regional")}
>>> found = Seating([[["a"], ["b"]]], 260, 260, True, "OPTIMAL")
>>> seating_rows(found, people, lang="es")[0]
[1, 1, 'City Council', 'Público', 'Local', 'sí']
>>> [s.title for s in seating_sheets(found, people)]
['Seating', 'Quality', 'Cards, round 1']
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stakegraph.analysis.seating import Attendee, Seating
from stakegraph.codebook import default_codebook
from stakegraph.i18n import pgettext, speaking
from stakegraph.render.report.excel import Block, Sheet
from stakegraph.render.words import vocab_word

__all__ = ["quality_rows", "seating_rows", "seating_sheets"]

HEADERS = ["round", "table", "name", "sector", "level", "broker"]


def _headers() -> list[str]:
    """:data:`HEADERS` in the current language."""
    return [pgettext("seating", "round"), pgettext("seating", "table"), pgettext("seating", "name"),
            pgettext("seating", "sector"), pgettext("seating", "level"), pgettext("seating", "broker")]


def seating_rows(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> list[list[Any]]:
    """One row per attendee per round, by round, table and name."""
    rows = []
    for r, round_tables in enumerate(found.tables, start=1):
        for t, table in enumerate(round_tables, start=1):
            for i in sorted(table, key=lambda i: people[i].name.casefold()):
                p = people[i]
                with speaking(lang):
                    broker = pgettext("seating", "yes") if p.broker else ""
                rows.append([r, t, p.name, vocab_word("sector", p.sector, lang), vocab_word("level", p.level, lang),
                             broker])
    return rows


def quality_rows(found: Seating) -> list[list[Any]]:
    """How good the seating is: its score against the best any seating could
    reach, and the counts the score is made of (in the current language)."""
    gap = 0.0 if found.bound == 0 else (found.bound - found.score) / abs(found.bound)
    return [
        [pgettext("seating", "score"), found.score, pgettext("seating", "the seating's score (see the method)")],
        [pgettext("seating", "bound"), found.bound, pgettext("seating", "no seating can score more (CP-SAT's proof)")],
        [pgettext("seating", "gap"), round(gap, 4),
         pgettext("seating", "how far the score may be below the best: 0 is proven best")],
        [pgettext("seating", "status"), found.status,
         pgettext("seating", "OPTIMAL: proven best; FEASIBLE: the best found in the time given; UNKNOWN: the time "
                  "ran out first, the attendees are dealt round the tables")],
        [pgettext("seating", "sectors at tables"), found.counts.get("sectors"),
         pgettext("seating", "sectors present, summed over tables and rounds")],
        [pgettext("seating", "levels at tables"), found.counts.get("levels"),
         pgettext("seating", "levels present, summed over tables and rounds")],
        [pgettext("seating", "crowding"), found.counts.get("crowding"),
         pgettext("seating", "attendees beyond their sector's fair share of a table")],
        [pgettext("seating", "tied pairs together"), found.counts.get("tied_together"),
         pgettext("seating", "pairs already tied who share a table (the rest are chances for new ties)")],
        [pgettext("seating", "repeated pairs"), found.counts.get("repeats"),
         pgettext("seating", "pairs who share a table in two rounds")],
    ]


def seating_sheets(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> list[Sheet]:
    """The seating, its quality, and the cards of each round."""
    rows = seating_rows(found, people, lang=lang)
    # a card's column headers in the session's language, as the template writes them
    card_headers = [default_codebook().column_label("stakeholders", h, lang) for h in HEADERS[2:5]]
    with speaking(lang):
        sheets = [Sheet(pgettext("seating", "Seating"), [], [Block(_headers(), rows)]),
                  Sheet(pgettext("seating", "Quality"), [pgettext("seating", "How good the seating is")],
                        [Block([pgettext("seating", "measure"), pgettext("seating", "value"),
                                pgettext("seating", "meaning")], quality_rows(found))])]
        for r in range(1, len(found.tables) + 1):
            blocks = [Block(card_headers, [row[2:5] for row in rows if row[0] == r and row[1] == t],
                            title=pgettext("seating", "Table {table}").format(table=t))
                      for t in range(1, len(found.tables[r - 1]) + 1)]
            sheets.append(Sheet(pgettext("seating", "Cards, round {round}").format(round=r),
                                [pgettext("seating", "Round {round}: who sits at each table").format(round=r)],
                                blocks))
    return sheets
