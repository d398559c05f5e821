"""The ``analyze`` job: read a workbook, analyse its network, write the report.

Examples
--------
>>> import json, pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector\\nCity Council,public\\nDoras,NGO\\nDell,private\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text("source,target\\nCity Council,Doras\\n", "utf-8")
>>> result = analyze(folder, output=folder / "report.json")
>>> result.ok, result.to_dict()["summary"]["isolates"]
(True, ['Dell'])
>>> json.loads((folder / "report.json").read_text("utf-8"))["summary"]["ties"]
1
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stakegraph.analysis.centrality import EXACT_THRESHOLD
from stakegraph.analysis.network import NetworkAnalysis, analyze_network
from stakegraph.errors import StakegraphError, problem
from stakegraph.io import load
from stakegraph.model.report import ImportReport
from stakegraph.render.excel_report import analysis_sheets, write_excel_report

__all__ = ["REPORT_FORMATS", "AnalyzeResult", "analyze"]

#: what a report file's name may end in
REPORT_FORMATS = (".xlsx", ".json")


@dataclass
class AnalyzeResult:
    """The analysis of a workbook, its import report and where the report went."""

    file: str
    analysis: NetworkAnalysis
    report: ImportReport
    output: str | None = None

    @property
    def ok(self) -> bool:
        """``True`` when the workbook imported without errors."""
        return self.report.ok

    def to_dict(self) -> dict[str, Any]:
        """The command's JSON output: the analysis, plus the file read, its
        import verdict and the report written."""
        return self.analysis.to_dict() | {
            "file": self.file,
            "import": {"ok": self.report.ok, "errors": len(self.report.errors),
                       "warnings": len(self.report.warnings)},
            "output": self.output,
        }


def _check_output(output: str | os.PathLike[str] | None) -> Path | None:
    if output is None:
        return None
    path = Path(output)
    if path.suffix.lower() not in REPORT_FORMATS:
        raise StakegraphError(problem("unknown-report-format", value=str(output)))
    return path


def analyze(
    book: str | os.PathLike[str], *, output: str | os.PathLike[str] | None = None,
    seed: int = 0, exact_threshold: int = EXACT_THRESHOLD, comembership: bool = False,
) -> AnalyzeResult:
    """Load ``book``, analyse it and, with ``output`` (``.xlsx`` or ``.json``),
    write the report there. A workbook with errors is still analysed (the
    rows in error are left out); ``result.ok`` says so. Raises
    StakegraphError when the book cannot be read or ``output`` has another
    ending (checked before any work)."""
    path = _check_output(output)
    loaded = load(book)
    analysis = analyze_network(loaded.graph, seed=seed, exact_threshold=exact_threshold,
                               comembership=comembership)
    result = AnalyzeResult(os.fspath(book), analysis, loaded.report,
                           None if path is None else str(path))
    if path is not None and path.suffix.lower() == ".json":
        path.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n",
                        "utf-8")
    elif path is not None:
        write_excel_report(path, analysis_sheets(analysis, loaded.report))
    return result
