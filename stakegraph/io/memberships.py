"""Reading IWG memberships: the IWGs/Memberships sheet and the ``iwg`` column.

IWG names are matched like organisation names (trimmed, case- and
accent-folded); the first spelling seen is the IWG's display name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stakegraph.codebook import fold_name
from stakegraph.i18n import N_, Phrase
from stakegraph.io.cells import cell_text
from stakegraph.io.context import ReadContext
from stakegraph.io.headers import Header
from stakegraph.io.stakeholders import Reference
from stakegraph.model.records import Membership

__all__ = ["MembershipSet", "read_iwg_column", "read_memberships"]


@dataclass
class MembershipSet:
    """Memberships read so far, one per (stakeholder, IWG)."""

    memberships: list[Membership] = field(default_factory=list)
    _first: dict[tuple[str, str], Membership] = field(default_factory=dict)
    _iwg_names: dict[str, str] = field(default_factory=dict)

    def iwg_name(self, name: str) -> str:
        """The display name of the IWG written ``name`` (its first spelling)."""
        return self._iwg_names.setdefault(fold_name(name), " ".join(name.split()))

    def add(self, membership: Membership) -> Membership | None:
        """Add ``membership``; return the earlier one it repeats instead, if any."""
        membership.iwg = self.iwg_name(membership.iwg)
        key = (membership.stakeholder, fold_name(membership.iwg))
        first = self._first.get(key)
        if first is not None:
            return first
        self._first[key] = membership
        self.memberships.append(membership)
        return None


def read_memberships(
    sheet: str, rows: list[list[Any]], header: Header, ctx: ReadContext, members: MembershipSet
) -> None:
    """Read an IWGs/Memberships sheet (iwg, stakeholder, role, since)."""
    account = ctx.report.account(sheet)
    f = header.fields
    for excel_row, row in header.data_rows(rows):
        account.rows += 1
        where: dict[str, Any] = {"sheet": sheet, "row": excel_row}
        iwg = cell_text(row[f["iwg"]])
        name = cell_text(row[f["stakeholder"]])
        node = None
        if iwg is None:
            ctx.add("empty-endpoint", column=header.label("iwg"), detail=N_("IWG"), **where)
        if name is None:
            ctx.add("empty-endpoint", column=header.label("stakeholder"), detail=N_("stakeholder"), **where)
        else:
            node = ctx.names.resolve(name)
            if node is None:
                ctx.add("unknown-stakeholder", column=header.label("stakeholder"), value=name,
                        detail=N_("membership"), suggestion=ctx.names.suggest(name), **where)
        if iwg is None or node is None:
            account.rejected += 1
            continue
        role_text = cell_text(row[f["role"]]) if "role" in f else None
        role = "member" if role_text is None else ctx.coded(
            "role", role_text, column=header.label("role"), **where)
        since = cell_text(row[f["since"]]) if "since" in f else None
        first = members.add(Membership(node, iwg, role, since, sheet=sheet, row=where["row"]))
        if first is None:
            account.imported += 1
        else:
            if first.role != role:
                ctx.add("conflicting-role", column=header.label("role"), value=role_text,
                        detail=Phrase.of(N_("row {row} (role '{role}')"), row=first.row,
                                         role=ctx.word("role", first.role)), **where)
            else:
                ctx.add("duplicate-membership", column=header.label("stakeholder"),
                        detail=first.row, **where)
            account.merged += 1


def read_iwg_column(refs: list[Reference], ctx: ReadContext, members: MembershipSet, sheet: str) -> None:
    """Turn the ``iwg`` column into memberships (role ``member``); each IWG
    named is counted on the accounting line ``"<sheet> › iwg"``. A membership
    the IWGs sheet already states is merged into it without a warning."""
    if not refs:
        return
    account = ctx.report.account(f"{sheet} › iwg")
    for ref in refs:
        account.rows += 1
        first = members.add(Membership(ref.owner, ref.name, sheet=ref.sheet, row=ref.row))
        if first is None:
            account.imported += 1
        else:
            account.merged += 1
