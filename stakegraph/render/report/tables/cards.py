"""The seating as rows (round, table, name, sector, level, broker) and as
Excel sheets: the whole seating, its quality, and a sheet of table cards
per round, one block per table, to print and lay on the tables. Sectors and
levels, the cards' column headers and each card's "Table" are written in
``lang`` (the last from the catalogue's ``tables`` domain; the sheets keep
English names).

Examples
--------
>>> from stakegraph.analysis.seating import Attendee, Seating
>>> people = {"a": Attendee("a", "City Council", "public", "local", broker=True),
...           "b": Attendee("b", "Doras", "civil_society", "regional")}
>>> found = Seating([[["a"], ["b"]]], 260, 260, True, "OPTIMAL")
>>> seating_rows(found, people, lang="es")[0]
[1, 1, 'City Council', 'Público', 'Local', 'yes']
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


def seating_rows(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> list[list[Any]]:
    """One row per attendee per round, by round, table and name."""
    rows = []
    for r, round_tables in enumerate(found.tables, start=1):
        for t, table in enumerate(round_tables, start=1):
            for i in sorted(table, key=lambda i: people[i].name.casefold()):
                p = people[i]
                rows.append([r, t, p.name, vocab_word("sector", p.sector, lang), vocab_word("level", p.level, lang),
                             "yes" if p.broker else ""])
    return rows


def quality_rows(found: Seating) -> list[list[Any]]:
    """How good the seating is: its score against the best any seating could
    reach, and the counts the score is made of."""
    gap = 0.0 if found.bound == 0 else (found.bound - found.score) / abs(found.bound)
    return [
        ["score", found.score, "the seating's score (see the method)"],
        ["bound", found.bound, "no seating can score more (CP-SAT's proof)"],
        ["gap", round(gap, 4), "how far the score may be below the best: 0 is proven best"],
        ["status", found.status, "OPTIMAL: proven best; FEASIBLE: the best found in the time given; "
         "UNKNOWN: the time ran out first, the attendees are dealt round the tables"],
        ["sectors at tables", found.counts.get("sectors"), "sectors present, summed over tables and rounds"],
        ["levels at tables", found.counts.get("levels"), "levels present, summed over tables and rounds"],
        ["crowding", found.counts.get("crowding"), "attendees beyond their sector's fair share of a table"],
        ["tied pairs together", found.counts.get("tied_together"),
         "pairs already tied who share a table (the rest are chances for new ties)"],
        ["repeated pairs", found.counts.get("repeats"), "pairs who share a table in two rounds"],
    ]


def seating_sheets(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> list[Sheet]:
    """The seating, its quality, and the cards of each round."""
    rows = seating_rows(found, people, lang=lang)
    sheets = [Sheet("Seating", [], [Block(HEADERS, rows)]),
              Sheet("Quality", ["How good the seating is"],
                    [Block(["measure", "value", "meaning"], quality_rows(found))])]
    # a card's column headers in the session's language, as the template writes them
    card_headers = [default_codebook().column_label("stakeholders", h, lang) for h in HEADERS[2:5]]
    for r in range(1, len(found.tables) + 1):
        with speaking(lang):
            blocks = [Block(card_headers, [row[2:5] for row in rows if row[0] == r and row[1] == t],
                            title=pgettext("seating", "Table {table}").format(table=t))
                      for t in range(1, len(found.tables[r - 1]) + 1)]
        sheets.append(Sheet(f"Cards, round {r}", [f"Round {r}: who sits at each table"], blocks))
    return sheets
