"""The graph as tables that stakegraph (and Kumu) read back: Kumu's
Elements/Connections workbook and a folder of CSV files named like the sheets.

Both hold what the graph holds and nothing computed, so that importing the
export gives the same graph:

* stakeholders: name, sector, type, level, themes, migrant-led, influence,
  interest, region, municipality, country, contact, email and phone, then
  every unknown column under its header. Codes are written as codes
  (``civil_society``, ``local_authority``), which stakegraph reads back;
  several themes share one cell, separated by :data:`SEPARATOR` (``|``,
  Kumu's own); migrant-led is ``yes``/``no``.
* ties: source, target (names), type, direction, weight, since, notes.
* memberships: in Kumu, an element of type ``IWG`` per IWG and a connection
  from each member to it whose type is the role; in the CSV folder, an
  ``IWGs.csv`` sheet (iwg, stakeholder, role, since).

Kumu's elements have no ``ID`` column: Kumu keys them by ``Label``, and
stakegraph derives its ids from the names again on import. When a
stakeholder is named like an IWG, though, one label would stand for two
elements (and a tie to the stakeholder would read back as a membership): the
Elements sheet then starts with an ``ID`` column (stakegraph's ids, Kumu's own
way to hold two elements with one label) and the connections name elements
by ID. A name holding
``|`` cannot go to Kumu unchanged (Kumu reads ``|`` in ``To`` as several
targets); use the CSV folder for such names.

Contacts (contact, email, phone, and every column the import found personal)
are kept unless ``contacts=False``: an
export is for an analyst, not for a screen in a room. Every cell goes
through :func:`~stakegraph.render.safe.neutralise_cell`, so a name such as
``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)`` and never runs.

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, Membership, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society", themes=["health", "housing"]),
...                  Stakeholder("=City", "public")],
...                 [Tie("doras", Stakeholder("=City").id)],
...                 [Membership("doras", "Limerick IWG", "chair")])
>>> sheets = table_sheets(G, "kumu")
>>> sheets["Elements"][0][:5]
['Label', 'Type', 'Sector', 'Level', 'Themes']
>>> sheets["Elements"][1][:5], sheets["Elements"][2][0], sheets["Elements"][3][:3]
(['Doras', None, 'civil_society', None, 'health|housing'], "'=City", ['Limerick IWG', 'IWG', None])
>>> for row in sheets["Connections"]:
...     print(row)
['From', 'To', 'Type', 'Direction', 'Strength', 'Since', 'Notes']
['Doras', "'=City", 'collaboration', 'undirected', 1, None, None]
['Doras', 'Limerick IWG', 'chair', 'directed', None, None, None]
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.codebook import fold
from stakegraph.model import PERSONAL_FIELDS, STAKEHOLDER_FIELDS, iwg_nodes, stakeholder_nodes
from stakegraph.model.personal import personal_attributes
from stakegraph.render.atomic import atomic_folder, save_workbook
from stakegraph.render.safe import neutralise_row, xlsx_cell

__all__ = [
    "CSV_FILES",
    "SEPARATOR",
    "extra_columns",
    "names_collide",
    "table_sheets",
    "write_csv_folder",
    "write_kumu",
]

#: several values in one cell (themes) are separated by this
SEPARATOR = "|"

_KUMU_STAKEHOLDER = {
    "name": "Label", "type": "Type", "sector": "Sector", "level": "Level", "themes": "Themes",
    "migrant_led": "Migrant-led", "influence": "Influence", "interest": "Interest",
    "region": "Region", "municipality": "Municipality", "country": "Country",
    "contact": "Contact", "email": "Email", "phone": "Phone",
}
#: the fields of a tie and of a membership row, in column order
_TIE_FIELDS = ("source", "target", "type", "directed", "weight", "since", "notes")
_KUMU_TIE = ("From", "To", "Type", "Direction", "Strength", "Since", "Notes")  # as _TIE_FIELDS
_MEMBER_FIELDS = ("iwg", "stakeholder", "role", "since")
#: the sheets of the CSV folder, as files
CSV_FILES = {"stakeholders": "Stakeholders.csv", "relationships": "Relationships.csv",
             "memberships": "IWGs.csv"}


def extra_columns(G: nx.MultiDiGraph) -> list[str]:
    """The unknown columns the stakeholders carry, in the workbook's order."""
    known = set(STAKEHOLDER_FIELDS) | {"kind"}
    found = dict.fromkeys(c for c in G.graph.get("extra_columns") or [] if c not in known)
    for n in stakeholder_nodes(G):
        found.update(dict.fromkeys(k for k in G.nodes[n] if k not in known))
    return list(found)


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return int(value)  # a weight of 2, not 2.0
    if isinstance(value, (list, tuple)):
        return SEPARATOR.join(str(v) for v in value)
    return value


def _stakeholder_fields(contacts: bool, kumu: bool) -> list[str]:
    fields = [f for f in STAKEHOLDER_FIELDS if contacts or f not in PERSONAL_FIELDS]
    # Kumu's elements start with Label and Type
    return ["name", "type", *(f for f in fields if f not in ("name", "type"))] if kumu else fields


def names_collide(G: nx.MultiDiGraph) -> bool:
    """``True`` when a stakeholder is named like an IWG (as Kumu's labels are
    matched: without regard to case, accents, spaces and underscores).

    >>> from stakegraph.model import Stakeholder, Membership, build_graph
    >>> names_collide(build_graph([Stakeholder("Limerick_IWG", "public")], [],
    ...                           [Membership("limerick-iwg", "Limerick IWG")]))
    True
    """
    groups = {fold(G.nodes[g].get("name", g)) for g in iwg_nodes(G)}
    return any(fold(G.nodes[n].get("name", n)) in groups for n in stakeholder_nodes(G))


def table_sheets(G: nx.MultiDiGraph, layout: str, *, contacts: bool = True) -> dict[str, list[list[Any]]]:
    """The sheets of ``G`` in ``layout`` (``"kumu"`` or ``"stakegraph"``), each
    a list of rows with the header first, every cell neutralised. In Kumu's
    layout, elements carry an ``ID`` when :func:`names_collide`."""
    kumu = layout == "kumu"
    fields = _stakeholder_fields(contacts, kumu)
    hidden = set() if contacts else set(personal_attributes(G))
    extras = [c for c in extra_columns(G) if c not in hidden]
    by_id = kumu and names_collide(G)
    people = [[*([n] if by_id else []), *(_cell(G.nodes[n].get(f)) for f in fields + extras)]
              for n in stakeholder_nodes(G)]
    names = {n: n if by_id else G.nodes[n].get("name", n) for n in G}
    ties, members = [], []
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "tie":
            directed = bool(d.get("directed"))
            ties.append([names[u], names[v], d.get("type"),
                         ("directed" if directed else "undirected") if kumu else _cell(directed),
                         _cell(d.get("weight")), d.get("since"), d.get("notes")])
        elif d.get("kind") == "member":
            members.append([names[v], names[u], d.get("role"), d.get("since")])
    if kumu:
        blank = [None] * (len(fields) + len(extras) - 2)
        groups = [[*([g] if by_id else []), G.nodes[g].get("name", g), "IWG", *blank] for g in iwg_nodes(G)]
        links = [[who, iwg, role, "directed", None, since, None] for iwg, who, role, since in members]
        sheets = {
            "Elements": [[*(["ID"] if by_id else []), *(_KUMU_STAKEHOLDER[f] for f in fields), *extras],
                         *people, *groups],
            "Connections": [list(_KUMU_TIE), *ties, *links],
        }
    else:
        sheets = {
            "Stakeholders": [fields + extras, *people],
            "Relationships": [list(_TIE_FIELDS), *ties],
            "IWGs": [list(_MEMBER_FIELDS), *members],
        }
    return {name: [neutralise_row(row) for row in rows] for name, rows in sheets.items()}


def write_kumu(G: nx.MultiDiGraph, path: str | os.PathLike[str], *, contacts: bool = True) -> list[Path]:
    """Write Kumu's import workbook (sheets ``Elements`` and ``Connections``);
    control characters, which xlsx cannot hold, are left out of the cells."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for name, rows in table_sheets(G, "kumu", contacts=contacts).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([xlsx_cell(v) for v in row])
    return [save_workbook(book, path)]


def write_csv_folder(G: nx.MultiDiGraph, folder: str | os.PathLike[str], *,
                     contacts: bool = True) -> list[Path]:
    """Write ``Stakeholders.csv``, ``Relationships.csv`` and ``IWGs.csv`` into
    ``folder``: UTF-8 with a byte-order mark, so that Excel shows accents,
    comma-separated, and every field quoted, so that a spreadsheet program
    whose list separator is ``;`` or a tab cannot split a cell such as
    ``ACME;=1+2`` and run its second half.

    The folder is written new beside ``folder`` and swapped in whole
    (:func:`~stakegraph.render.atomic.atomic_folder`); an existing ``folder``
    holding other files than these three is refused, not emptied.
    """
    out = Path(folder)
    sheets = table_sheets(G, "stakegraph", contacts=contacts)
    with atomic_folder(out, CSV_FILES.values()) as fresh:
        for rows, file in zip(sheets.values(), CSV_FILES.values()):
            with (fresh / file).open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
                writer.writerows([["" if v is None else v for v in row] for row in rows])
    return [out / file for file in CSV_FILES.values()]
