"""Write the example workbooks in this folder, byte for byte the same each run.

    python examples/build_examples.py

The organisations, people and ties are illustrative: the places and the kinds
of organisation are realistic, the names of people, e-mail addresses, phone
numbers and every tie are invented. The examples show what stakegraph reads:

* ``limerick_iwg_en.xlsx``: an English IWG mapping on the Limerick model, with
  title rows above the header, an extra column, typed and directed ties, and an
  IWG built with gaps for ``stakegraph gaps`` to find (no private-sector
  member, no member working on health, no member above local level, one member
  tied to no other member). Also copied into the package for ``stakegraph demo``.
* ``andalucia_es.xlsx``: a Spanish regional mapping whose ties are an adjacency
  matrix (sheet ``Matriz``).
* ``varese_it.xlsx``: an Italian mapping whose ties come from the ``Partner``
  column and memberships from the ``Tavolo`` column.
* ``before_after/round1.xlsx`` and ``round2.xlsx``: two rounds of one mapping,
  for ``stakegraph diff``.
"""

from __future__ import annotations

import datetime
import io
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from example_data import andalucia, limerick, rounds, varese  # noqa: E402

from stakegraph.render.safe import neutralise_row  # noqa: E402

#: every date inside the files, so that a rebuild changes no byte
FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)


def save(sheets: dict[str, list[list[Any]]], path: Path, title: str) -> Path:
    """Write ``sheets`` (name -> rows) to ``path`` with fixed dates, bold
    headers and readable column widths."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(neutralise_row(list(row)))
        header = next((i for i, row in enumerate(rows, start=1) if len(row) > 2), 1)
        for cell in sheet[header]:
            cell.font = Font(bold=True)
        for cell in sheet[header]:
            longest = max((len(str(r[cell.column - 1])) for r in rows[header - 1:]
                           if cell.column - 1 < len(r) and r[cell.column - 1] is not None), default=8)
            sheet.column_dimensions[cell.column_letter].width = min(max(longest + 2, 8), 45)
    book.properties.title = title
    book.properties.creator = "stakegraph examples"
    book.properties.created = FIXED
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)
    book.properties.modified = FIXED
    ExcelWriter(book, archive).save()
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            fixed = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(item.filename))
    return path


def main(out: Path = HERE) -> list[Path]:
    """Write every example under ``out``; into this folder, also copy the
    English example into the package, where ``stakegraph demo`` finds it."""
    written = [
        save(limerick.sheets(), out / "limerick_iwg_en.xlsx", "Shannonmouth IWG mapping"),
        save(andalucia.sheets(), out / "andalucia_es.xlsx", "Mapa de actores de Málaga"),
        save(varese.sheets(), out / "varese_it.xlsx", "Mappatura degli attori di Varese"),
        save(rounds.sheets(1), out / "before_after" / "round1.xlsx", "Varese mapping, round 1"),
        save(rounds.sheets(2), out / "before_after" / "round2.xlsx", "Varese mapping, round 2"),
    ]
    if out == HERE:
        bundled = HERE.parent / "stakegraph" / "data" / "examples" / "limerick_iwg_en.xlsx"
        bundled.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(written[0], bundled)
        written.append(bundled)
    return written


if __name__ == "__main__":
    for path in main():
        print(f"wrote {path}")
