"""One shape for every command's JSON: ``schema_version``, ``import``, then
what the command found or wrote.

``import`` is :meth:`stakegraph.model.report.ImportReport.summary` of the
workbook read (``{"ok", "errors", "warnings"}``); a command that reads two
workbooks (``diff``, ``evaluate``) adds each one's summary under its role,
``"before"`` and ``"after"``, beside their totals; a command that reads none
(``template``) says ``null``.

Examples
--------
>>> from stakegraph.model.report import ImportReport
>>> envelope({"book": ImportReport("a.xlsx")}, {"schema_version": 1, "ties": 3})
{'schema_version': 1, 'import': {'ok': True, 'errors': 0, 'warnings': 0}, 'ties': 3}
>>> envelope({"before": ImportReport("a.xlsx"), "after": ImportReport("b.xlsx")}, {})["import"]["after"]
{'ok': True, 'errors': 0, 'warnings': 0}
>>> envelope({}, {"path": "mapping.xlsx"})
{'schema_version': 1, 'import': None, 'path': 'mapping.xlsx'}
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any

from stakegraph.model.report import SCHEMA_VERSION, ImportReport

__all__ = ["Result", "envelope", "import_summary"]


def import_summary(reports: Mapping[str, ImportReport]) -> dict[str, Any] | None:
    """The ``import`` entry for the workbooks read, by role (``"book"`` for a
    command's one workbook); ``None`` when none was read."""
    if not reports:
        return None
    summaries = {role: report.summary() for role, report in reports.items()}
    if len(summaries) == 1 and "book" in summaries:
        return summaries["book"]
    total = {"ok": all(s["ok"] for s in summaries.values()),
             "errors": sum(s["errors"] for s in summaries.values()),
             "warnings": sum(s["warnings"] for s in summaries.values())}
    return total | summaries


def envelope(reports: Mapping[str, ImportReport], payload: Mapping[str, Any]) -> dict[str, Any]:
    """A command's JSON: ``schema_version``, ``import``, then ``payload``
    (whose own ``schema_version``, if any, is the same and is not repeated)."""
    return {"schema_version": SCHEMA_VERSION, "import": import_summary(reports),
            **{k: v for k, v in payload.items() if k != "schema_version"}}


class Result(ABC):
    """What every job returns: the import reports of the workbooks it read
    (:meth:`reports`) and what it found or wrote (:meth:`payload`, which
    each job's result must say: a result without it cannot be made);
    :meth:`to_dict` is the command's JSON."""

    def reports(self) -> dict[str, ImportReport]:
        """The workbooks read, by role: ``{"book": report}`` for one workbook."""
        return {}

    @abstractmethod
    def payload(self) -> dict[str, Any]:
        """What the command found or wrote, as JSON-ready values."""

    @property
    def ok(self) -> bool:
        """``True`` when every workbook read imported without errors."""
        return all(report.ok for report in self.reports().values())

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON output (see the module's note)."""
        return envelope(self.reports(), self.payload())
