"""The import report: what happened to every row, and every problem found.

Every data row read ends up in exactly one of *imported*, *merged* (into an
earlier duplicate) or *rejected*; :class:`SheetAccount` counts them per sheet
and :attr:`SheetAccount.balanced` checks that they add up.

Examples
--------
>>> acc = SheetAccount("Stakeholders", rows=3, imported=2, merged=1)
>>> acc.balanced
True
>>> report = ImportReport(file="book.xlsx", accounting=[acc])
>>> report.ok
True
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from stakegraph.errors import Problem

__all__ = ["ImportReport", "SCHEMA_VERSION", "SheetAccount"]

#: the version of every JSON document stakegraph writes
SCHEMA_VERSION = 1


@dataclass
class SheetAccount:
    """Row accounting for one sheet (or one multi-value column, such as
    ``"Stakeholders › partners"``, whose entries are counted one by one)."""

    sheet: str
    rows: int = 0
    imported: int = 0
    merged: int = 0
    rejected: int = 0

    @property
    def balanced(self) -> bool:
        """True when every row read is imported, merged or rejected."""
        return self.rows == self.imported + self.merged + self.rejected

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ImportReport:
    """What an import found: problems, row accounting, and what was built."""

    file: str
    layout: str = "stakegraph"
    problems: list[Problem] = field(default_factory=list)
    accounting: list[SheetAccount] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def notes(self) -> list[Problem]:
        """How things were read (personal columns, rating scales): neither errors nor warnings."""
        return [p for p in self.problems if p.severity == "info"]

    @property
    def ok(self) -> bool:
        """True when the workbook has no errors (warnings are allowed)."""
        return not self.errors

    def account(self, sheet: str) -> SheetAccount:
        """The accounting line for ``sheet``, created on first use."""
        for acc in self.accounting:
            if acc.sheet == sheet:
                return acc
        acc = SheetAccount(sheet)
        self.accounting.append(acc)
        return acc

    def summary(self) -> dict[str, Any]:
        """The import's verdict, as every command's JSON gives it under ``"import"``.

        >>> ImportReport(file="book.xlsx").summary()
        {'ok': True, 'errors': 0, 'warnings': 0}
        """
        return {"ok": self.ok, "errors": len(self.errors), "warnings": len(self.warnings)}

    def to_dict(self) -> dict[str, Any]:
        """The report as ``stakegraph validate --format json`` prints it."""
        return {
            "schema_version": SCHEMA_VERSION,
            "file": self.file,
            "layout": self.layout,
            "ok": self.ok,
            "counts": dict(self.counts),
            "accounting": [a.to_dict() for a in self.accounting],
            "problems": [p.to_dict() for p in self.problems],
        }
