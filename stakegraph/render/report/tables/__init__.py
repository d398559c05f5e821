"""A seated session for people: the tables of each round as text, and as a
workbook of printable table cards."""

from stakegraph.render.report.tables.cards import seating_rows, seating_sheets
from stakegraph.render.report.tables.text import format_seating

__all__ = ["format_seating", "seating_rows", "seating_sheets"]
