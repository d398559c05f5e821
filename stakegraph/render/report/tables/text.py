"""The seating as text for the terminal: each round's tables, then the quality.

Examples
--------
>>> from stakegraph.analysis.seating import Attendee, Seating
>>> people = {"a": Attendee("a", "City Council", "public", "local", broker=True),
...           "b": Attendee("b", "Doras", "civil_society", "regional")}
>>> print(format_seating(Seating([[["a"], ["b"]]], 260, 260, True, "OPTIMAL"), people))
Round 1
  Table 1: City Council (public, local, broker)
  Table 2: Doras (civil society, regional)
<BLANKLINE>
Score 260 of at most 260 (proven best).
"""

from __future__ import annotations

from collections.abc import Mapping

from stakegraph.analysis.seating import Attendee, Seating
from stakegraph.i18n import clauses, pgettext, speaking
from stakegraph.render.report.tables.cards import quality_rows, seating_rows
from stakegraph.render.text import format_table

__all__ = ["format_seating"]


def format_seating(found: Seating, people: Mapping[str, Attendee], *, lang: str = "en") -> str:
    """Each round's tables, then how good the seating is, in ``lang``."""
    rows = seating_rows(found, people, lang=lang)
    with speaking(lang):
        broker_word = pgettext("seating", "broker")
        lines: list[str] = []
        for r in range(1, len(found.tables) + 1):
            lines.append(pgettext("seating", "Round {round}").format(round=r))
            for t in range(1, len(found.tables[r - 1]) + 1):
                seated = [f"{name} ({', '.join(x for x in (sector, level, broker_word if broker else '') if x)})"
                          for _, _, name, sector, level, broker in (row for row in rows if row[:2] == [r, t])]
                lines.append("  " + pgettext("seating", "Table {table}: {names}").format(
                    table=t, names=clauses(seated)))
        proof = (pgettext("seating", "proven best") if found.optimal else
                 pgettext("seating", "the best found in the time given, status {status}").format(status=found.status))
        lines += ["", pgettext("seating", "Score {score} of at most {bound} ({proof}).").format(
            score=found.score, bound=found.bound, proof=proof)]
        if len(found.counts):
            lines += ["", format_table([row[:2] for row in quality_rows(found)[4:]],
                                       [pgettext("seating", "measure"), pgettext("seating", "value")])]
    return "\n".join(lines)
