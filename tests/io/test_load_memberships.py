"""IWG memberships from an IWGs sheet and from an ``iwg`` column."""

from __future__ import annotations

from stakegraph.io import load
from stakegraph.model import iwg_members
from tests.conftest import STAKEHOLDERS


def test_an_iwgs_sheet_gives_iwg_nodes_and_member_edges_with_roles(make_workbook):
    book = make_workbook(Stakeholders=STAKEHOLDERS, IWGs=[
        ["iwg", "stakeholder", "role", "since"],
        ["Limerick IWG", "Limerick City Council", "joint chair", 2019],
        ["Limerick IWG", "Doras", "co-chair", 2019],
        ["limerick iwg ", "Sudanese Community Limerick", None, None],
        ["Limerick IWG", "doras", "member", None],
        ["Limerick IWG", "Doras", "member", None],
        [None, "Dell Ireland", "observer", None],
        ["Limerick IWG", "Dell Ireland", "memebr", None],
    ])
    loaded = load(book)
    assert [str(p) for p in loaded.report.problems] == [
        "IWGs, row 5, column role: this membership repeats row 3 (role 'co-chair') with the role"
        " 'member'; the two are merged and the first role is kept (one row per IWG and"
        " organisation, with its main role)",
        "IWGs, row 6, column role: this membership repeats row 3 (role 'co-chair') with the role"
        " 'member'; the two are merged and the first role is kept (one row per IWG and"
        " organisation, with its main role)",
        "IWGs, row 7, column iwg: the IWG is empty; the row is left out",
        "IWGs, row 8, column role: 'memebr' is not a known role; it is kept as written; did you"
        " mean 'member'?",
    ]
    account = loaded.report.accounting[1]
    assert (account.sheet, account.rows, account.imported, account.merged, account.rejected) == (
        "IWGs", 7, 4, 2, 1)
    G = loaded.graph
    assert G.nodes["iwg:limerick-iwg"] == {"kind": "iwg", "name": "Limerick IWG"}
    assert iwg_members(G, "iwg:limerick-iwg") == [
        "limerick-city-council", "doras", "sudanese-community-limerick", "dell-ireland"]
    roles = {u: d["role"] for u, _, d in G.in_edges("iwg:limerick-iwg", data=True)}
    assert roles == {"limerick-city-council": "co_chair", "doras": "co_chair",
                     "sudanese-community-limerick": "member", "dell-ireland": "memebr"}
    assert loaded.report.counts == {"stakeholders": 4, "ties": 0, "iwgs": 1, "memberships": 4}


def test_an_iwg_column_lists_memberships_separated_by_semicolons(make_workbook):
    book = make_workbook(Stakeholders=[
        ["name", "sector", "iwg"],
        ["Comune di Varese", "public", "Tavolo Varese; Tavolo Lavoro"],
        ["Caritas Varese", "NGO", "tavolo varese"],
    ], IWGs=[["iwg", "stakeholder", "role"], ["Tavolo Varese", "Comune di Varese", "chair"]])
    loaded = load(book)
    assert loaded.report.problems == []
    rows = [(a.sheet, a.rows, a.imported, a.merged, a.rejected) for a in loaded.report.accounting]
    assert rows == [("Stakeholders", 2, 2, 0, 0), ("IWGs", 1, 1, 0, 0),
                    ("Stakeholders › iwg", 3, 2, 1, 0)]
    G = loaded.graph
    assert iwg_members(G, "iwg:tavolo-varese") == ["comune-di-varese", "caritas-varese"]
    assert G["comune-di-varese"]["iwg:tavolo-varese"][0]["role"] == "chair"
