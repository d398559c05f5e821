"""A seated session for people: the tables of each round as text, and as a
workbook of table cards, and printed cards (PDF)."""

from stakegraph.render.report.tables.cards import seating_rows, seating_sheets
from stakegraph.render.report.tables.printed import cards_html, write_cards_pdf
from stakegraph.render.report.tables.text import format_seating

__all__ = ["cards_html", "format_seating", "seating_rows", "seating_sheets", "write_cards_pdf"]
