"""Nothing is lost: whatever a workbook holds, every data row read is
imported, merged or rejected, and the three add up to the rows read."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakegraph.io import load
from tests.conftest import write_workbook

NAMES = ["Doras", "doras ", "DÓRAS", "Limerick City Council", "Garda", "", None, "Dell", "<b>x</b>"]
SECTORS = ["public", "private", "NGO", "pubic", "", None, "Δημόσιος", 3]
CELLS = st.one_of(st.none(), st.integers(-3, 9), st.sampled_from(["", "x", "yes", "health; jobs", "=1+1"]))

stakeholder_rows = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(SECTORS), CELLS, CELLS,
              st.sampled_from(["", "Doras", "Garda; Dell", "Nobody", "doras|garda"])).map(list),
    max_size=12,
)
tie_rows = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES),
              st.sampled_from(["collaboration", "funding", "fundng", None]), CELLS).map(list),
    max_size=12,
)
member_rows = st.lists(
    st.tuples(st.sampled_from(["IWG A", "iwg a", "", None]), st.sampled_from(NAMES),
              st.sampled_from(["chair", "member", "boss", None])).map(list),
    max_size=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stakeholder_rows, tie_rows, member_rows)
def test_imported_merged_and_rejected_add_up_to_the_rows_read(people, ties, members):
    sheets = {
        "Stakeholders": [["name", "sector", "influence", "themes", "partners"], *people],
        "Relationships": [["source", "target", "type", "weight"], *ties],
        "IWGs": [["iwg", "stakeholder", "role"], *members],
    }
    with TemporaryDirectory() as tmp:
        loaded = load(write_workbook(Path(tmp) / "book.xlsx", sheets))
    report = loaded.report
    for account in report.accounting:
        assert account.balanced, account
    filled = sum(1 for row in people if any(v not in (None, "") for v in row))
    assert report.account("Stakeholders").rows == filled
    assert report.account("Stakeholders").imported == report.counts["stakeholders"]
    assert report.counts["ties"] == sum(1 for *_, d in loaded.graph.edges(data="kind") if d == "tie")
    for p in report.problems:
        assert p.sheet in {"Stakeholders", "Relationships", "IWGs"}
        assert p.row is None or p.row >= 1
