"""Influence and interest written on other scales (words in eight languages,
letters, 1–10, percentages) are read onto 1–5 by one rule, said once per
column; a value that cannot be read is a warning naming its cell."""

from __future__ import annotations

import pytest

from stakegraph.io.load import load


def ratings(make_workbook, influence, interest=None):
    """Load a sheet whose stakeholders are rated ``influence`` (and ``interest``)."""
    interest = interest or [None] * len(influence)
    rows = [["name", "sector", "influence", "interest"]]
    rows += [[f"Org {i}", "NGO", a, b] for i, (a, b) in enumerate(zip(influence, interest, strict=True))]
    loaded = load(make_workbook(Stakeholders=rows))
    G = loaded.graph
    return loaded, [G.nodes[f"org-{i}"]["influence"] for i in range(len(influence))]


WORDS = [
    ("en", ["low", "medium", "high"], [1, 3, 5]),
    ("en", ["very low", "low", "medium", "high", "very high"], [1, 2, 3, 4, 5]),
    ("en", ["L", "M", "H"], [1, 3, 5]),
    ("es", ["bajo", "medio", "alto"], [1, 3, 5]),
    ("es", ["Muy baja", "Baja", "Media", "Alta", "Muy alta"], [1, 2, 3, 4, 5]),
    ("it", ["basso", "medio", "alto"], [1, 3, 5]),
    ("it", ["Bassa", "Media", "Alta", "Molto alta"], [2, 3, 4, 5]),
    ("el", ["χαμηλή", "μέτρια", "υψηλή"], [1, 3, 5]),
    ("el", ["Πολύ χαμηλή", "Υψηλή", "Πολύ υψηλή"], [1, 4, 5]),
    ("pt", ["baixa", "média", "alta"], [1, 3, 5]),
    ("pt", ["Muito baixo", "Alto"], [1, 4]),
    ("fr", ["faible", "moyen", "élevé"], [1, 3, 5]),
    ("fr", ["Très faible", "Moyenne", "Très élevée"], [1, 3, 5]),
    ("de", ["niedrig", "mittel", "hoch"], [1, 3, 5]),
    ("de", ["sehr niedrig", "niedrig", "sehr hoch"], [1, 2, 5]),
    ("sv", ["låg", "medel", "hög"], [1, 3, 5]),
    ("sv", ["Mycket låg", "Hög", "Mycket hög"], [1, 4, 5]),
]


@pytest.mark.parametrize(("lang", "written", "read"), WORDS, ids=[f"{w[0]}-{'-'.join(w[1])}" for w in WORDS])
def test_rating_words_in_every_language(make_workbook, lang, written, read):
    loaded, got = ratings(make_workbook, written)
    assert got == read
    assert [p.code for p in loaded.report.problems] == ["rating-scale"]


SCALES = [
    ("letters A/B/C, A best", ["A", "B", "C", "b"], [5, 3, 1, 3]),
    ("letters A to E", ["A", "B", "C", "D", "E"], [5, 4, 3, 2, 1]),
    ("1–10 halved, rounding up", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 1]),
    ("percentages", ["0%", "12%", "13 %", "37%", "38%", "50%", "62%", "63%", "87%", "88%", "100%"],
     [1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5]),
    ("0–100 without the sign", [20, 45, 80, 100], [2, 3, 4, 5]),
    ("fractions of 1", [0.1, 0.5, 0.75, 1], [1, 3, 4, 5]),
    ("1–5 as written", [1, 2, "3", 4, 5], [1, 2, 3, 4, 5]),
    ("numbers and words together", [5, "high", 1, "low"], [5, 5, 1, 1]),
    ("marks out of their own top", ["7/10", "4/5", "65/100", "10/10", "1 / 10", "12/10"], [4, 4, 4, 5, 1, None]),
]


@pytest.mark.parametrize(("scale", "written", "read"), SCALES, ids=[s[0] for s in SCALES])
def test_other_scales_are_stretched_onto_one_to_five(make_workbook, scale, written, read):
    _, got = ratings(make_workbook, written)
    assert got == read


def test_the_rule_is_said_once_per_column_with_its_mapping(make_workbook):
    loaded, _ = ratings(make_workbook, [2, 9, 7, 10], ["High", "Medium", "Low", "High"])
    assert [str(p) for p in loaded.report.notes] == [
        "Stakeholders, row 1, column influence: 'influence' is read as numbers on a 1–10 scale "
        "(1–2 → 1, 3–4 → 2, 5–6 → 3, 7–8 → 4, 9–10 → 5), each mapped to 1–5 keeping its place on its scale",
        "Stakeholders, row 1, column interest: 'interest' is read as words: low 1, medium 3, high 5, "
        "each mapped to 1–5 keeping its place on its scale",
    ]
    assert loaded.report.warnings == []


def test_a_rating_that_cannot_be_read_is_a_warning_naming_its_cell(make_workbook):
    loaded, got = ratings(make_workbook, ["high", "n/a", "medium", "Z", "150%"])
    assert got == [5, None, 3, None, None]
    assert [str(p) for p in loaded.report.warnings] == [
        "Stakeholders, row 3, column influence: 'n/a' is not a rating (write 1 to 5, a word such as high, "
        "medium or low, a letter A to C, 1 to 10 or a percentage); it is left empty",
        "Stakeholders, row 5, column influence: 'Z' is not a rating (write 1 to 5, a word such as high, "
        "medium or low, a letter A to C, 1 to 10 or a percentage); it is left empty",
        "Stakeholders, row 6, column influence: 150 is outside 0–100 %; the rating is left empty",
    ]


def test_a_lone_slip_above_five_does_not_change_the_columns_scale(make_workbook):
    loaded, got = ratings(make_workbook, [1, 3, 9, 5])
    assert got == [1, 3, None, 5]
    assert [str(p) for p in loaded.report.problems] == [
        "Stakeholders, row 4, column influence: 9 is outside 1–5; the rating is left empty"]


def test_high_medium_low_place_stakeholders_on_the_power_interest_grid(make_workbook):
    from stakegraph.analysis.grid import quadrant

    _, influence = ratings(make_workbook, ["alto", "bajo"])
    assert [quadrant(i, 5) for i in influence] == ["manage_closely", "keep_informed"]


def test_a_lists_sheet_teaches_local_rating_words(make_workbook):
    book = make_workbook(
        Stakeholders=[["name", "sector", "influence"], ["Doras", "NGO", "top"], ["Naga", "NGO", "low"]],
        Lists=[["list", "value", "code"], ["influence", "top", "high"]],
    )
    G = load(book).graph
    assert (G.nodes["doras"]["influence"], G.nodes["naga"]["influence"]) == (5, 1)
