"""Round trips: a mapping exported to Kumu's workbook or to a CSV folder and
imported again with ``stakegraph.io.load`` is the same graph — stakeholders
with every attribute, ties, IWGs and memberships.

The property tests generate mappings with hypothesis, some of whose names
and texts start with ``= + - @``: such a cell is written with a leading
apostrophe so that no spreadsheet runs it (shown in the last tests here),
and the reader takes that apostrophe off again."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakegraph.codebook import default_codebook, fold, fold_name
from stakegraph.io import load
from stakegraph.model import Membership, Stakeholder, Tie, build_graph
from stakegraph.render.export.write import write_export
from tests.conftest import STAKEHOLDERS

CODES = default_codebook()


def facts(G: nx.MultiDiGraph) -> tuple[dict[str, dict[str, Any]], Counter]:
    """What a round trip must keep: every node with its attributes, and the
    edges with theirs (as a multiset: parallel ties are allowed)."""
    nodes = {n: dict(d) for n, d in G.nodes(data=True)}
    edges = Counter((u, v, tuple(sorted((k, repr(x)) for k, x in d.items())))
                    for u, v, d in G.edges(data=True))
    return nodes, edges


def round_trip(G: nx.MultiDiGraph, folder: Path, name: str) -> nx.MultiDiGraph:
    written = write_export(G, folder / name)
    loaded = load(written["path"])
    assert loaded.report.errors == [], [str(p) for p in loaded.report.errors]
    return loaded.graph


# --- a workbook as people fill it in -----------------------------------------------


def test_a_real_workbook_survives_kumu_and_csv(make_workbook, tmp_path):
    book = make_workbook(
        Stakeholders=[STAKEHOLDERS[0] + ["region", "email", "Website"]]
        + [row + ["Munster", None, "https://example.org"] for row in STAKEHOLDERS[1:3]]
        + [row + [None, "hr@dell.ie", None] for row in STAKEHOLDERS[3:]],
        Relationships=[["source", "target", "type", "weight", "since", "notes"],
                       ["Limerick City Council", "Doras", "funding", 4, 2019, "annual grant"],
                       ["Doras", "Sudanese Community Limerick", "referral", None, None, None],
                       ["Dell Ireland", "Doras", "collaboration", 2, None, None]],
        IWGs=[["iwg", "stakeholder", "role", "since"],
              ["Limerick IWG", "Limerick City Council", "co-chair", 2018],
              ["Limerick IWG", "Doras", "co-chair", 2018],
              ["Limerick IWG", "Sudanese Community Limerick", "member", None]],
    )
    original = load(book).graph
    assert len(original) == 5 and original.number_of_edges() == 6
    for name in ("mapping.csv", "mapping.kumu.xlsx"):
        back = round_trip(original, tmp_path, name)
        assert facts(back) == facts(original)


EXAMPLES = sorted((Path(__file__).parents[3] / "examples").glob("*.xlsx"))


def test_there_are_example_workbooks():
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("book", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("name", ["mapping.csv", "mapping.kumu.xlsx"])
def test_every_example_workbook_survives_the_round_trip(book, name, tmp_path):
    original = load(book).graph
    assert facts(round_trip(original, tmp_path, name)) == facts(original)


# --- generated mappings ------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàéèìòùñçöüåÅÉ"
word = st.text(LETTERS, min_size=1, max_size=8)
joiner = st.sampled_from([" ", " ", " & ", "'", ". ", "-"])
formula = st.sampled_from(["", "", "", "=", "+", "-", "@"])
name = st.builds(lambda lead, first, rest: lead + first + "".join(j + w for j, w in rest),
                 formula, word, st.lists(st.tuples(joiner, word), max_size=3))
text = st.none() | st.lists(word, min_size=1, max_size=3).map(" ".join)
IWG_NAMES = ["Varese IWG", "Limerick IWG", "Skåne Forum för integration"]


def maybe(vocab: str) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(CODES.codes(vocab))


@st.composite
def stakeholders(draw: st.DrawFn) -> Stakeholder:
    s = Stakeholder(
        name=draw(name), sector=draw(st.sampled_from(CODES.codes("sector"))), type=draw(maybe("type")),
        level=draw(maybe("level")),
        themes=draw(st.lists(st.sampled_from(CODES.codes("theme")), unique=True, max_size=4)),
        migrant_led=draw(st.none() | st.booleans()),
        influence=draw(st.none() | st.integers(1, 5)), interest=draw(st.none() | st.integers(1, 5)),
        region=draw(text), municipality=draw(text), country=draw(text), contact=draw(text),
        email=draw(st.none() | st.builds("{}@{}.org".format, word, word)), phone=draw(text),
        extra=draw(st.dictionaries(st.sampled_from(["Website", "Founded by", "Budget band"]),
                                   st.lists(word, min_size=1, max_size=2).map(" ".join))),
    )
    if s.type == "migrant_led" and s.migrant_led is None:
        s.migrant_led = True  # what the reader infers from the type
    return s


@st.composite
def mappings(draw: st.DrawFn, membership_since: bool = True) -> nx.MultiDiGraph:
    people: dict[str, Stakeholder] = {}
    iwg_keys = {fold(n) for n in IWG_NAMES}
    for s in draw(st.lists(stakeholders(), min_size=1, max_size=8)):
        if fold_name(s.name) not in {fold_name(p.name) for p in people.values()} \
                and s.id not in people and fold(s.name) not in iwg_keys:
            people[s.id] = s
    ids = list(people)
    ties: dict[tuple[str, str, str, bool], Tie] = {}
    if len(ids) >= 2:
        for _ in range(draw(st.integers(0, 10))):
            a, b = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            tie = Tie(a, b, draw(st.sampled_from(CODES.codes("tie_type"))),
                      float(draw(st.sampled_from([1, 2, 3, 4, 5, 2.5]))), draw(st.booleans()),
                      draw(st.none() | st.sampled_from(["2019", "2021-03"])), draw(text))
            key = (a, b, tie.type, tie.directed) if tie.directed else (*sorted((a, b)), tie.type, False)
            ties.setdefault(key, tie)
    members: dict[tuple[str, str], Membership] = {}
    for _ in range(draw(st.integers(0, 6))):
        m = Membership(draw(st.sampled_from(ids)), draw(st.sampled_from(IWG_NAMES)),
                       draw(st.sampled_from(CODES.codes("role"))),
                       draw(st.none() | st.just("2020")) if membership_since else None)
        members.setdefault((m.stakeholder, m.iwg), m)
    return build_graph(people.values(), ties.values(), members.values(), title="generated")


PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(mappings())
def test_any_mapping_survives_the_csv_folder(G):
    with tempfile.TemporaryDirectory() as folder:
        assert facts(round_trip(G, Path(folder), "mapping.csv")) == facts(G)


# Kumu's connections have no column for a membership's start year, so the
# generated memberships have none here
@PROPERTY
@given(mappings(membership_since=False))
def test_any_mapping_survives_kumu(G):
    with tempfile.TemporaryDirectory() as folder:
        assert facts(round_trip(G, Path(folder), "mapping.kumu.xlsx")) == facts(G)


# --- cells that a spreadsheet would run --------------------------------------------

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1 555 0100", "-5", "@SUM(A1)"]


def hostile_graph() -> nx.MultiDiGraph:
    people = [Stakeholder(HOSTILE[0], "public", phone=HOSTILE[1]), Stakeholder("Doras", "civil_society")]
    return build_graph(people, [Tie(people[0].id, "doras", notes=HOSTILE[2])],
                       [Membership("doras", HOSTILE[3])])


def test_a_kumu_cell_starting_with_a_formula_sign_is_written_as_text(tmp_path):
    write_export(hostile_graph(), tmp_path / "x.kumu.xlsx")
    book = openpyxl.load_workbook(tmp_path / "x.kumu.xlsx")
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type == "s" for c in cells if str(c.value).lstrip("'")[:1] in "=+-@")
    written = {c.value for c in cells}
    assert {"'" + h for h in HOSTILE} <= written
    assert not written & set(HOSTILE)


def test_a_csv_cell_starting_with_a_formula_sign_is_written_as_text(tmp_path):
    write_export(hostile_graph(), tmp_path / "x.csv")
    content = "".join(p.read_text("utf-8-sig") for p in (tmp_path / "x").iterdir())
    for h in HOSTILE:
        assert ("'" + h).replace('"', '""') in content or "'" + h in content
    lines = [cell for line in content.splitlines() for cell in line.split(",")]
    assert not any(cell.lstrip('"').startswith(("=", "+", "-", "@")) for cell in lines)
