"""A rank compares a measure at the digits the reports print it with, in the
text report, the map's side panel and the Excel report alike: two values
printed the same share a rank, and two printed differently never do.

The map printed three significant digits (``0.0005``, ``0.0004``) while the
ranks compared three decimals rounded half to even (both 0.000, one rank),
and the text report printed ``0.001`` and ``0.000`` for the same two."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
import pytest

from stakegraph.analysis.centrality import RANK_DECIMALS, ranks
from stakegraph.render.map.words import measures
from stakegraph.render.text import format_cell

#: betweenness of four stakeholders; a and b print 0.001, c 0.000, d 0.124
VALUES = pd.Series({"a": 0.0009, "b": 0.0005, "c": 0.0004, "d": 0.12351})


def _half_up(value: float) -> str:
    """The value as a spreadsheet shows it with the ``0.000`` format: its
    15-digit decimal rounded half away from zero (written here apart from
    stakegraph's own rounding)."""
    return str(Decimal(repr(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


def test_equal_printed_values_share_a_rank_and_print_alike():
    rank = ranks(VALUES)
    assert rank.to_dict() == {"d": 1, "a": 2, "b": 2, "c": 4}
    text = {n: format_cell(v) for n, v in VALUES.items()}
    assert text == {"a": "0.001", "b": "0.001", "c": "0", "d": "0.124"}
    assert text == {n: _half_up(v).rstrip("0").rstrip(".") for n, v in VALUES.items()}
    table = {"betweenness": VALUES.to_dict(), "betweenness_rank": rank.to_dict()}
    panel = {n: measures(table, n, {"betweenness": "betweenness"})[0][1] for n in VALUES.index}
    assert panel == {"a": "0.001 (#2)", "b": "0.001 (#2)", "c": "0 (#4)", "d": "0.124 (#1)"}


@pytest.mark.parametrize(("values", "expected"), [
    ([0.12349, 0.1231, 0.1226], [1, 1, 1]),  # all print 0.123
    ([2.0005, 2.0004, 2.0015], [2, 3, 1]),  # 2.001, 2, 2.002: half away from zero
    ([0.0625, 0.0615, 0.06249], [1, 2, 2]),  # 0.063, 0.062, 0.062: halves go up, as in a spreadsheet
])
def test_printed_text_and_rank_agree(values, expected):
    printed = [format_cell(v) for v in values]
    rank = ranks(pd.Series(values)).tolist()
    assert printed == [_half_up(v).rstrip("0").rstrip(".") for v in values]
    pairs = [(i, j) for i in range(len(values)) for j in range(len(values))]
    assert all((printed[i] == printed[j]) == (rank[i] == rank[j]) for i, j in pairs)
    assert rank == expected


def test_the_excel_report_shows_the_decimals_the_ranks_compare():
    from stakegraph.render.report import excel

    assert excel._FLOAT == "0." + "0" * RANK_DECIMALS
