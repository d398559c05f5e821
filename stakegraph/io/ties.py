"""Reading ties: the Relationships sheet (and Kumu's Connections, Onodo's
Relations) and the ``partners`` shortcut column.

Every tie names two stakeholders that must be in the Stakeholders sheet; a
tie to an unknown name is rejected with a "did you mean". A tie of a
stakeholder to itself is left out. A tie that repeats an earlier one (the same
pair, in either order when undirected, and the same type) is merged into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from stakegraph.codebook import fold
from stakegraph.i18n import N_
from stakegraph.io.cells import cell_number, cell_text, is_blank, is_spreadsheet_error, split_list
from stakegraph.io.context import ReadContext
from stakegraph.io.headers import Header
from stakegraph.io.stakeholders import Reference
from stakegraph.model.records import Tie

__all__ = ["DIRECTED_TYPES", "TieSet", "amount", "read_partners", "read_relationships"]

#: tie types that are directed unless the sheet says otherwise
DIRECTED_TYPES = frozenset({"funding", "referral"})
#: what may surround an amount: currency signs and codes, spaces of every width
_MONEY_NOISE = re.compile(r"[^\d,.\-]+")
_DIRECTION_WORDS = {"directed": True, "oneway": True, "undirected": False, "mutual": False,
                    "both": False, "twoway": False}


def amount(value: Any) -> float | None:
    """A sum of money as transfer lists write it, or ``None``: currency
    signs and spaces are ignored; of ``.`` and ``,`` the last is the decimal
    mark when both are there, and a lone one before three digits groups
    thousands.

    >>> [amount(v) for v in (1200, "22000,80", "1.234,56 €", "EUR 12 000", "1,200", "12.5", "n/a")]
    [1200.0, 22000.8, 1234.56, 12000.0, 1200.0, 12.5, None]
    """
    if not isinstance(value, str):
        return cell_number(value)
    text = _MONEY_NOISE.sub("", value)
    marks = [c for c in text if c in ",."]
    if len(set(marks)) == 2:
        decimal = marks[-1]
        text = text.replace("," if decimal == "." else ".", "").replace(decimal, ".")
    elif marks and (len(marks) > 1 or re.search(r"[,.]\d{3}$", text)):
        text = text.replace(marks[0], "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


@dataclass
class TieSet:
    """The ties read so far, keyed so that a repeat is found whatever its source."""

    ties: list[Tie] = field(default_factory=list)
    _first: dict[tuple[str, str, str, bool], Tie] = field(default_factory=dict)

    @staticmethod
    def key(tie: Tie) -> tuple[str, str, str, bool]:
        a, b = (tie.source, tie.target)
        if not tie.directed and b < a:
            a, b = b, a
        return (a, b, tie.type, tie.directed)

    def add(self, tie: Tie) -> Tie | None:
        """Add ``tie``; return the earlier tie it repeats instead, if any."""
        key = self.key(tie)
        first = self._first.get(key)
        if first is not None:
            return first
        self._first[key] = tie
        self.ties.append(tie)
        return None


def _endpoint(
    text: str | None, role: str, ctx: ReadContext, sheet: str, row: int, column: str
) -> str | None:
    if text is None:
        ctx.add("empty-endpoint", sheet=sheet, row=row, column=column, detail=role)
        return None
    if is_spreadsheet_error(text):
        ctx.add("formula-error", sheet=sheet, row=row, column=column, value=text, detail=N_("name"))
        return None
    node = ctx.names.resolve(text)
    if node is None:
        ctx.add("unknown-stakeholder", sheet=sheet, row=row, column=column, value=text,
                detail=N_("tie"), suggestion=ctx.names.suggest(text))
    return node


def _direction(value: Any, tie_type: str, ctx: ReadContext, sheet: str, row: int, column: str) -> bool:
    text = cell_text(value)
    if text is None:
        return tie_type in DIRECTED_TYPES
    word = _DIRECTION_WORDS.get(fold(text))
    if word is not None:
        return word
    answer = ctx.yes_no(value, sheet=sheet, row=row, column=column)
    return tie_type in DIRECTED_TYPES if answer is None else answer


def read_relationships(
    sheet: str, rows: list[list[Any]], header: Header, ctx: ReadContext, ties: TieSet,
    *, target_separators: str = "", transfers: bool = False,
) -> None:
    """Read a Relationships sheet into ``ties``.

    ``target_separators`` lets one row name several targets (Kumu's ``|``);
    each target is then its own tie, and the row counts as imported when at
    least one of them is.

    An ``amount`` column is kept on each tie. In a list of ``transfers``
    (payer, recipient, amount) a row with no type is a directed funding tie,
    and a row repeating an earlier transfer adds its amount to it, without a
    warning: paying the same recipient twice is what such lists record.
    """
    account = ctx.report.account(sheet)
    f = header.fields
    label = {name: header.label(name) for name in
             ("source", "target", "type", "directed", "weight")}
    for excel_row, row in header.data_rows(rows):
        account.rows += 1
        where: dict[str, Any] = {"sheet": sheet, "row": excel_row}

        def cell(name: str, row: list[Any] = row) -> Any:
            return row[f[name]] if name in f else None

        source = _endpoint(cell_text(cell("source")), N_("source"), ctx, column=label["source"], **where)
        targets_text = cell_text(cell("target"))
        targets: list[str | None] = [targets_text]
        if target_separators and targets_text:
            targets = list(split_list(targets_text, target_separators))
        target_ids = [
            _endpoint(t, N_("target"), ctx, column=label["target"], **where) for t in targets
        ]
        type_text = cell_text(cell("type"))
        said = _DIRECTION_WORDS.get(fold(type_text)) if type_text and "directed" not in f else None
        if said is not None:
            type_text = None  # Gephi's edge tables write the direction in the Type column
        tie_type = ("funding" if transfers else "collaboration") if type_text is None else ctx.coded(
            "tie_type", type_text, column=label["type"], **where)
        directed = said if said is not None else _direction(
            cell("directed"), tie_type, ctx, column=label["directed"], **where)
        weight = ctx.weight(cell("weight"), column=label["weight"], **where)
        notes = cell_text(cell("notes"))
        money = amount(cell("amount")) if "amount" in f else None
        extra = {k: row[c] for k, c in header.extras.items() if not is_blank(row[c])}
        # a round of a survey (stakegraph collect) says whether both sides named the tie
        status_column = next((k for k in extra if fold(k) == "status"), None)
        status = None if status_column is None else (cell_text(extra.pop(status_column)) or "").lower()
        if extra:
            # columns stakegraph does not know are kept, in the tie's notes
            parts = ([notes] if notes else []) + [f"{k}: {cell_text(v)}" for k, v in extra.items()]
            notes = "; ".join(parts)
        outcome = "rejected"
        for target in target_ids:
            if source is None or target is None:
                continue
            if source == target:
                ctx.add("self-tie", column=label["target"], value=ctx.names.display(source), **where)
                continue
            tie = Tie(source, target, tie_type, weight, directed, cell_text(cell("since")), notes,
                      sheet=sheet, row=excel_row, status=status, amount=money)
            first = ties.add(tie)
            if first is None:
                outcome = "imported"
            elif transfers:
                first.amount = None if first.amount is None and money is None else (
                    (first.amount or 0.0) + (money or 0.0))
                outcome = "merged" if outcome == "rejected" else outcome
            else:
                ctx.add("duplicate-tie", column=label["target"], detail=first.row, **where)
                if outcome == "rejected":
                    outcome = "merged"
        setattr(account, outcome, getattr(account, outcome) + 1)


def read_partners(refs: list[Reference], ctx: ReadContext, ties: TieSet, sheet: str) -> None:
    """Turn the ``partners`` column into undirected partnership ties.

    Each name in a cell is counted on the accounting line
    ``"<sheet> › partners"``. A partner listed on both sides, or already tied
    by the Relationships sheet, is merged without a warning: listing a
    partnership twice is how people fill in that column.
    """
    if not refs:
        return
    account = ctx.report.account(f"{sheet} › partners")
    for ref in refs:
        account.rows += 1
        target = _endpoint(ref.name, N_("partner"), ctx, ref.sheet, ref.row, ref.column)
        if target is None:
            account.rejected += 1
        elif target == ref.owner:
            ctx.add("self-tie", sheet=ref.sheet, row=ref.row, column=ref.column, value=ref.name)
            account.rejected += 1
        elif ties.add(Tie(ref.owner, target, "partnership", sheet=ref.sheet, row=ref.row)) is None:
            account.imported += 1
        else:
            account.merged += 1
