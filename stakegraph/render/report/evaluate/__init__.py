"""The evaluation annex for people: one plain sentence per indicator with
its method (:mod:`.readings`), as terminal text (:mod:`.text`) and as an
Excel workbook (:mod:`.excel`)."""

from stakegraph.render.report.evaluate.excel import annex_sheets
from stakegraph.render.report.evaluate.readings import Reading, readings
from stakegraph.render.report.evaluate.tables import annex_tables
from stakegraph.render.report.evaluate.text import format_annex

__all__ = ["Reading", "annex_sheets", "annex_tables", "format_annex", "readings"]
