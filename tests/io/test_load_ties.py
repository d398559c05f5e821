"""Reading ties from a Relationships sheet, a partners column and an
adjacency matrix: every tie names known stakeholders, repeats are merged,
and each problem is named with a suggestion where there is one."""

from __future__ import annotations

from stakegraph.io import load
from stakegraph.model import stakeholder_id
from tests.conftest import STAKEHOLDERS


def messages(report):
    return [str(p) for p in report.problems]


def accounting(report):
    return [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in report.accounting]


def ties(G):
    return sorted(
        (u, v, d["type"], d["weight"], d["directed"])
        for u, v, d in G.edges(data=True) if d["kind"] == "tie"
    )


def test_relationships_become_typed_weighted_ties_with_default_directions(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        ["source", "target", "type", "weight", "directed"],
        ["Limerick City Council", "Doras", "funding", 3, None],
        ["Doras", "Sudanese Community Limerick", "collaboration", None, None],
        ["Dell Ireland", "Doras", "referral", 2, "no"],
    ])
    loaded = load(book)
    assert loaded.report.problems == []
    assert ties(loaded.graph) == [
        ("dell-ireland", "doras", "referral", 2.0, False),
        ("doras", "sudanese-community-limerick", "collaboration", 1.0, False),
        ("limerick-city-council", "doras", "funding", 3.0, True),
    ]
    assert accounting(loaded.report)[1] == ("Relationships", 3, 3, 0, 0)


def test_bad_ties_are_named_and_accounted_for(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        ["source", "target", "type", "weight"],
        ["Doras", "Dell Irland", "collaboration", 1],        # unknown name
        ["Doras", "doras", "collaboration", 1],              # self-tie
        ["Doras", None, "collaboration", 1],                 # empty target
        ["Doras", "Dell Ireland", "colaboration", -2],       # unknown type, weight not above 0
        ["Dell Ireland", "DORAS", "colaboration", 2],        # repeats the row above
        ["Doras", "Limerick City Council", "information", "strong"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Relationships, row 2, column target: 'Dell Irland' is not in the Stakeholders sheet; the tie"
        " is left out; did you mean 'Dell Ireland'?",
        "Relationships, row 3, column target: 'Doras' is tied to itself; the tie is left out",
        "Relationships, row 4, column target: the target is empty; the row is left out",
        "Relationships, row 5, column type: 'colaboration' is not a known tie type; it is kept as"
        " written; did you mean 'collaboration'?",
        "Relationships, row 5, column weight: -2 is not a weight above 0; the weight is set to 1",
        "Relationships, row 6, column type: 'colaboration' is not a known tie type; it is kept as"
        " written; did you mean 'collaboration'?",
        "Relationships, row 6, column target: this tie repeats row 5; the two are merged",
        "Relationships, row 7, column weight: 'strong' is not a number; the weight is set to 1",
    ]
    assert [p.severity for p in loaded.report.problems][:3] == ["error", "warning", "error"]
    assert accounting(loaded.report)[1] == ("Relationships", 6, 2, 1, 3)
    assert loaded.report.counts["ties"] == 2


def test_a_directed_tie_each_way_is_two_ties_but_an_undirected_repeat_is_one(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        ["source", "target", "type"],
        ["Doras", "Dell Ireland", "referral"],
        ["Dell Ireland", "Doras", "referral"],
        ["Doras", "Limerick City Council", "information"],
        ["Limerick City Council", "Doras", "information"],
    ])
    loaded = load(book)
    assert [p.code for p in loaded.report.problems] == ["duplicate-tie"]
    assert loaded.report.counts["ties"] == 3


def test_the_partners_column_gives_partnership_ties_listed_once_per_pair(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "partners"],
        ["Comune di Varese", "public", "Caritas Varese; Cooperativa Lotta contro l'Emarginazione"],
        ["Caritas Varese", "NGO", "Comune di Varese"],
        ["Cooperativa Lotta contro l'Emarginazione", "NGO", "Caritas Vares; Comune di Varese"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Stakeholders, row 4, column partners: 'Caritas Vares' is not in the Stakeholders sheet; the"
        " tie is left out; did you mean 'Caritas Varese'?"
    ]
    assert accounting(loaded.report) == [
        ("Stakeholders", 3, 3, 0, 0),
        ("Stakeholders › partners", 5, 2, 2, 1),
    ]
    coop = stakeholder_id("Cooperativa Lotta contro l'Emarginazione")
    assert {(u, v) for u, v, *_ in ties(loaded.graph)} == {
        ("comune-di-varese", "caritas-varese"),
        ("comune-di-varese", coop),
    }


SMALL = [["name", "sector"], ["A", "public"], ["B", "private"], ["C", "NGO"]]


def test_a_symmetric_matrix_gives_one_undirected_tie_per_pair(make_workbook):
    book = make_workbook(Stakeholders=SMALL, Matriz=[
        [None, "A", "B", "C"],
        ["A", 0, 2, 1],
        ["B", 2, 0, 0],
        ["C", 1, None, 0],
    ])
    loaded = load(book)
    assert loaded.report.problems == []
    assert ties(loaded.graph) == [("a", "b", "collaboration", 2.0, False), ("a", "c", "collaboration", 1.0, False)]
    assert accounting(loaded.report)[1] == ("Matriz", 3, 3, 0, 0)


def test_an_asymmetric_matrix_gives_directed_ties_row_to_column(make_workbook):
    book = make_workbook(Stakeholders=SMALL, Adjacency=[
        [None, "A", "B", "C"],
        ["A", 0, 1, 0],
        ["B", 0, 0, 1],
        ["C", 1, 0, 0],
    ])
    assert ties(load(book).graph) == [
        ("a", "b", "collaboration", 1.0, True),
        ("b", "c", "collaboration", 1.0, True),
        ("c", "a", "collaboration", 1.0, True),
    ]


def test_a_matrix_that_is_not_square_or_whose_names_do_not_match_is_an_error(make_workbook):
    book = make_workbook(Stakeholders=SMALL, Matrix=[
        [None, "A", "B", "C"],
        ["A", 0, 1, "often"],
        ["B", 1, 0, 0],
        ["D", 1, 0, 0],
        ["c", 0, 0, 1],
        ["A", 0, 0, 0],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Matrix, row 1: the matrix has 5 names down and 3 across; a matrix needs the same names"
        " across and down",
        "Matrix, row 4, column A: 'D' is down the first column but not across the first row",
        "Matrix, row 2, column D: 'often' is not a number; the cell is read as no tie",
        "Matrix, row 4, column A: 'D' is not in the Stakeholders sheet; the row of ties is left out",
        "Matrix, row 5, column D: 'c' is tied to itself; the tie is left out",
        "Matrix, row 6, column A: 'A' is down the first column twice; the second row is left out",
    ]
    assert accounting(loaded.report)[1] == ("Matrix", 5, 3, 0, 2)
    assert ties(loaded.graph) == [("a", "b", "collaboration", 1.0, False)]


def test_a_name_written_shorter_or_longer_is_suggested_only_when_one_stakeholder_fits(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        ["source", "target"],
        ["Doras Luimní", "Dell Ireland"],
        ["Limerick", "Doras"],
    ])
    loaded = load(book)
    assert messages(loaded.report) == [
        "Relationships, row 2, column source: 'Doras Luimní' is not in the Stakeholders sheet; the tie"
        " is left out; did you mean 'Doras'?",
        "Relationships, row 3, column source: 'Limerick' is not in the Stakeholders sheet; the tie is"
        " left out",
    ]
    assert accounting(loaded.report)[1] == ("Relationships", 2, 0, 0, 2)


def test_a_matrix_label_written_longer_gets_the_same_suggestion(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Matrix=[
        [None, "Limerick City Council", "Doras Luimní"],
        ["Limerick City Council", 0, 1],
        ["Doras Luimní", 1, 0],
    ])
    assert messages(load(book).report) == [
        "Matrix, row 1, column C: 'Doras Luimní' is not in the Stakeholders sheet; the tie is left out;"
        " did you mean 'Doras'?",
        "Matrix, row 3, column A: 'Doras Luimní' is not in the Stakeholders sheet; the row of ties is"
        " left out; did you mean 'Doras'?",
    ]


def test_a_numeric_weight_is_kept_as_written_so_a_count_of_13_stays_13(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, Relationships=[
        ["source", "target", "weight"],
        ["Doras", "Dell Ireland", 13],                 # 13 shared committees
        ["Doras", "Limerick City Council", 0.5],
    ])
    loaded = load(book)
    assert loaded.report.problems == []
    assert sorted(w for *_, w in loaded.graph.edges(data="weight")) == [0.5, 13.0]
