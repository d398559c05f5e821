"""Reading the Stakeholders sheet (and the Kumu and Onodo node sheets).

Each data row becomes a :class:`~stakegraph.model.records.Stakeholder`, is
merged into an earlier row with the same name (after trimming, case-folding
and accent-folding), or is rejected when its name is empty. The ``partners``
and ``iwg`` shortcut columns are returned for the tie and membership readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from itertools import islice
from typing import Any

from stakegraph.codebook import Codebook, fold_name
from stakegraph.errors import COLUMNS_OPTION, Problem, problem
from stakegraph.i18n import N_, Phrase, babel_locale, current_language, gettext
from stakegraph.io.cells import (
    NOT_CALCULATED,
    cell_text,
    is_blank,
    is_placeholder,
    is_spreadsheet_error,
    split_list,
)
from stakegraph.io.context import ReadContext
from stakegraph.io.headers import Header
from stakegraph.io.personal import personal_columns
from stakegraph.io.ratings import RatingScale
from stakegraph.model.personal import CONTACT_COLUMN
from stakegraph.model.records import PERSONAL_FIELDS, Stakeholder

__all__ = ["Reference", "StakeholderRows", "read_stakeholders", "sector_hint", "sheet_language"]

_TEXT_FIELDS = ("region", "municipality", "country", "contact", "email", "phone")
#: separators of names in the partners and iwg columns (a comma may be part of a name)
NAME_SEPARATORS = ";|\n"


@dataclass
class Reference:
    """A name written in a cell (a partner or an IWG), and where."""

    owner: str
    name: str
    sheet: str
    row: int
    column: str


@dataclass
class StakeholderRows:
    """What the Stakeholders sheet holds."""

    stakeholders: list[Stakeholder] = field(default_factory=list)
    partners: list[Reference] = field(default_factory=list)
    iwgs: list[Reference] = field(default_factory=list)
    #: the title written above the header of the first sheet that has one
    title: str | None = None
    #: the unknown columns that hold personal data, by header, with why
    personal: dict[str, str] = field(default_factory=dict)


def read_stakeholders(
    sheet: str,
    rows: list[list[Any]],
    header: Header,
    ctx: ReadContext,
    *,
    type_may_be_sector: bool = False,
    into: StakeholderRows | None = None,
) -> StakeholderRows:
    """Read the data rows under ``header`` into stakeholders.

    ``type_may_be_sector`` is for layouts without a sector column (Kumu,
    Onodo), where the element type often *is* the sector.
    """
    out = into if into is not None else StakeholderRows()
    seen: dict[str, Stakeholder] = {s.id: s for s in out.stakeholders}
    out.title = out.title or header.title(rows)
    ctx.lang = sheet_language(rows, header, ctx.codebook)
    hint = sector_hint(ctx.codebook, ctx.lang)
    # the same words, for the hint said in the reader's language
    choices = tuple(ctx.codebook.label("sector", c, ctx.lang) for c in ctx.codebook.codes("sector"))
    for found in personal_columns(rows, header, ctx.codebook):
        # the template's contact, email and phone columns are personal by
        # definition; any other column was judged so, and is reported
        if found.why != CONTACT_COLUMN:
            ctx.add("personal-column", sheet=sheet, row=header.row + 1, column=found.label,
                    value=found.label, detail=found.why)
        if found.field is None:
            out.personal.setdefault(found.label, str(found.why))
    scales = _rating_scales(sheet, rows, header, ctx)
    account = ctx.report.account(sheet)
    # with no sector column, a row without a sector is held back (with the place its error takes
    # among the others) until it is known whether one error stands for them all
    unsectored: list[tuple[int, Problem]] | None = None if "sector" in header.fields else []
    for excel_row, row in header.data_rows(rows):
        account.rows += 1
        record = _read_row(sheet, row, excel_row, header, ctx, type_may_be_sector, (hint, choices), scales,
                           unsectored)
        if record is None:
            account.rejected += 1
            continue
        node = ctx.names.add(record.name)
        first = seen.get(node)
        if first is None:
            seen[node] = record
            out.stakeholders.append(record)
            account.imported += 1
        else:
            ctx.add("duplicate-name", sheet=sheet, row=excel_row, column=header.label("name"),
                    value=record.name, detail=first.row)
            _merge(first, record, header, ctx, set(out.personal))
            account.merged += 1
        owner = first or record
        for column, refs in (("partners", out.partners), ("iwg", out.iwgs)):
            if column in header.fields:
                refs.extend(Reference(owner.id, name, sheet, excel_row, header.label(column))
                            for name in _names(row[header.fields[column]]))
    if unsectored:
        _no_sector_column(sheet, header, ctx, unsectored, (hint, choices))
    return out


def _no_sector_column(sheet: str, header: Header, ctx: ReadContext, held: list[tuple[int, Problem]],
                      hint: tuple[str, tuple[str, ...]]) -> None:
    """In a sheet with no sector column, one error stands for every stakeholder
    without a sector (counted, the first names shown) instead of one a row;
    a stakeholder alone without one is reported in its row, in its place.
    A stakeholder written on several rows (a list of people, a "who does
    what where" list) is counted and named once."""
    names: dict[str, Any] = {}
    for _, held_problem in held:
        names.setdefault(fold_name(str(held_problem.detail)), held_problem.detail)
    if len(names) == 1:
        for already, (place, held_problem) in enumerate(held):  # each place counts those put back before it
            ctx.report.problems.insert(place + already, held_problem)
        return
    shown = list(names.values())
    ctx.add("no-sector-column", sheet=sheet, row=header.row + 1, value=len(shown),
            detail=", ".join(f"'{name}'" for name in shown[:3]) + (", …" if len(shown) > 3 else ""),
            hint=Phrase.of(N_("add a sector column and {write} in it, or run with {option} sector='HEADER' "
                              "if another column holds them"), write=_write(*hint), option=COLUMNS_OPTION))


def _write(hint: str, choices: tuple[str, ...]) -> Callable[[], str]:
    """What to write in a sector column, said in the language of the moment:
    ``hint`` in English, else the sheet's words joined as the language joins "or"."""
    def said() -> str:
        if current_language() == "en":
            return hint
        from babel.lists import format_list

        return gettext(N_("write {choices}")).format(
            choices=format_list(list(choices), style="or", locale=babel_locale()))
    return said


def _rating_scales(sheet: str, rows: list[list[Any]], header: Header, ctx: ReadContext) -> dict[str, RatingScale]:
    """The scale of each rating column, each read on another scale than 1–5 reported once."""
    scales = {}
    for rating in ("influence", "interest"):
        col = header.fields.get(rating)
        values = [] if col is None else [row[col] for _, row in header.data_rows(rows)]
        scales[rating] = scale = RatingScale.of(values, ctx.codebook)
        said = scale.describe(header.label(rating))
        if said is not None:
            ctx.add("rating-scale", sheet=sheet, row=header.row + 1, column=header.label(rating), detail=said)
    return scales


def _read_row(
    sheet: str, row: list[Any], excel_row: int, header: Header, ctx: ReadContext,
    type_may_be_sector: bool, hint: tuple[str, tuple[str, ...]], scales: dict[str, RatingScale],
    unsectored: list[tuple[int, Problem]] | None,
) -> Stakeholder | None:
    f = header.fields

    where: dict[str, Any] = {"sheet": sheet, "row": excel_row}

    def cell(name: str) -> Any:
        value = row[f[name]] if name in f else None
        if isinstance(value, str) and is_spreadsheet_error(value.strip()):
            ctx.add("formula-error-cell", column=header.label(name), value=value.strip(), **where)
            return None
        return value

    name = cell_text(row[f["name"]])
    if name is None:
        ctx.add("not-calculated" if row[f["name"]] is NOT_CALCULATED else "empty-name",
                column=header.label("name"), **where)
        return None
    if is_spreadsheet_error(name):
        ctx.add("formula-error", column=header.label("name"), value=name, detail=N_("name"), **where)
        return None
    if is_placeholder(name):
        ctx.add("not-a-name", column=header.label("name"), value=name, **where)
        return None
    record = Stakeholder(name=" ".join(name.split()), sheet=sheet, row=excel_row)
    sector_text = cell_text(cell("sector"))
    type_text = cell_text(cell("type"))
    if sector_text is None and type_may_be_sector and type_text is not None:
        if ctx.codebook.value("sector", type_text) is not None:
            # "NGO" is a sector and a type; "Private" only a sector
            sector_text = type_text
            type_text = type_text if ctx.codebook.value("type", type_text) else None
    if sector_text is None:
        missing = problem("missing-sector", column=header.label("sector"), detail=record.name, hint=hint[0],
                          choices=hint[1], **where)
        if unsectored is None:
            ctx.report.problems.append(missing)
        else:
            unsectored.append((len(ctx.report.problems), missing))
    else:
        record.sector = ctx.codebook.value("sector", sector_text)
        if record.sector is None:
            ctx.add("unknown-sector", column=header.label("sector"), value=sector_text,
                    suggestion=ctx.codebook.suggest("sector", sector_text, ctx.lang), hint=hint[0],
                    choices=hint[1], **where)
    if type_text is not None:
        record.type = ctx.coded("type", type_text, column=header.label("type"), **where)
    level = cell_text(cell("level"))
    if level is not None:
        record.level = ctx.coded("level", level, column=header.label("level"), **where)
    record.themes = _unique(
        ctx.coded("theme", t, column=header.label("themes"), **where)
        for t in _themes(split_list(cell("themes")), ctx.codebook)
    )
    record.migrant_led = ctx.yes_no(cell("migrant_led"), column=header.label("migrant_led"), **where)
    if record.migrant_led is None and record.type == "migrant_led":
        record.migrant_led = True
    for rating in ("influence", "interest"):
        setattr(record, rating, ctx.rating(cell(rating), scales[rating], column=header.label(rating), **where))
    for text_field in _TEXT_FIELDS:
        setattr(record, text_field, cell_text(cell(text_field)))
    for label, col in header.extras.items():
        value = row[col]
        if not is_blank(value):
            record.extra[label] = cell_text(value) if isinstance(value, str) else value
    return record


def _names(value: Any) -> list[str]:
    """The names in a partners or iwg cell; a ``-`` or ``?`` there means none."""
    return [name for name in split_list(value, NAME_SEPARATORS) if not is_placeholder(name)]


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))


#: the columns whose words tell a sheet's language, and how many rows are looked at
_WORDED = ("sector", "type", "level", "themes", "migrant_led", "influence", "interest")
_LANGUAGE_ROWS = 300


def sheet_language(rows: list[list[Any]], header: Header, codebook: Codebook) -> str:
    """The language a Stakeholders sheet is written in, from its headers and
    the words in its coded columns (the first rows suffice).

    >>> from stakegraph.codebook import default_codebook
    >>> from stakegraph.io.headers import find_header
    >>> rows = [["Nome", "Setor", "Tipo"], ["Cáritas", "Público", "Associação"], ["Junta", "Privado", "Empresa"]]
    >>> cb = default_codebook()
    >>> sheet_language(rows, find_header(rows, "stakeholders", cb), cb)
    'pt'
    """
    cols = [header.fields[f] for f in _WORDED if f in header.fields]
    values = [word for _, row in islice(header.data_rows(rows), _LANGUAGE_ROWS)
              for col in cols for word in split_list(row[col])]
    return codebook.language("stakeholders", header.labels.values(), values)


def sector_hint(codebook: Codebook, lang: str) -> str:
    """What to write in the sector column, in the sheet's language and as codes.

    >>> from stakegraph.codebook import default_codebook
    >>> sector_hint(default_codebook(), "es")
    'write Público, Privado or Sociedad civil (public, private, civil_society)'
    >>> sector_hint(default_codebook(), "en")
    'write public, private or civil_society'
    """
    codes = codebook.codes("sector")
    if lang == "en":
        return f"write {', '.join(codes[:-1])} or {codes[-1]}"
    words = [codebook.label("sector", c, lang) for c in codes]
    return f"write {', '.join(words[:-1])} or {words[-1]} ({', '.join(codes)})"


def _themes(written: list[str], codebook: Codebook) -> list[str]:
    """The themes of a cell, with ``employment/housing`` read as two themes
    when each side is a theme and the whole is not.

    >>> from stakegraph.codebook import default_codebook
    >>> _themes(["empleo/vivienda", "Roma/Sinti", "health"], default_codebook())
    ['empleo', 'vivienda', 'Roma/Sinti', 'health']
    """
    out: list[str] = []
    for text in written:
        parts = [p.strip() for p in text.split("/")]
        if (len(parts) > 1 and codebook.value("theme", text) is None
                and all(p and codebook.value("theme", p) is not None for p in parts)):
            out += parts
        else:
            out.append(text)
    return out


_MERGED = [f.name for f in fields(Stakeholder) if f.name not in {"name", "themes", "extra", "sheet", "row"}]


def _merge(first: Stakeholder, dup: Stakeholder, header: Header, ctx: ReadContext,
           personal: set[str]) -> None:
    """Fill ``first``'s empty fields from ``dup``. Where both have a value and
    they differ, a place or a column stakegraph does not know keeps both
    (a "who does what where" list repeats an organisation once per region or
    activity: nothing is lost). A contact keeps both too (a list of people
    names one organisation once per person), with a note that repeats
    neither, since the report may be shared. A coded field keeps ``first``'s,
    with a warning."""

    def conflict(column: str, theirs: Any) -> None:
        ctx.add("conflicting-values", sheet=dup.sheet, row=dup.row, column=column, value=theirs, detail=first.row)

    def joined(column: str, mine: Any, theirs: Any, private: bool = False) -> Any:
        if private:
            ctx.add("conflicting-contact", sheet=dup.sheet, row=dup.row, column=column, detail=first.row)
            return f"{mine}; {theirs}"
        if not (isinstance(mine, str) and isinstance(theirs, str)):
            return None
        ctx.add("joined-values", sheet=dup.sheet, row=dup.row, column=column, value=theirs, detail=first.row)
        return f"{mine}; {theirs}"

    for name in _MERGED:
        mine, theirs = getattr(first, name), getattr(dup, name)
        if theirs is None:
            continue
        if mine is None:
            setattr(first, name, theirs)
        elif _differ(mine, theirs) and not _holds(mine, theirs):
            private = name in PERSONAL_FIELDS
            both = joined(header.label(name), mine, theirs, private) if private or name in _PLACES else None
            if both is None:
                conflict(header.label(name), theirs)
            else:
                setattr(first, name, both)
    first.themes = _unique(first.themes + dup.themes)
    for label, theirs in dup.extra.items():
        mine = first.extra.get(label)
        if mine is None:
            first.extra[label] = theirs
        elif _differ(mine, theirs) and not _holds(mine, theirs):
            both = joined(label, mine, theirs, label in personal)
            if both is None:
                conflict(label, theirs)
            else:
                first.extra[label] = both


#: the fields where a repeated organisation may name several values, all kept
_PLACES = ("region", "municipality", "country")


def _holds(mine: Any, theirs: Any) -> bool:
    """Whether ``mine``, values already joined, holds ``theirs``.

    >>> _holds("Kebemer; Dagana", "dagana"), _holds("Kebemer", "Dagana")
    (True, False)
    """
    if not (isinstance(mine, str) and isinstance(theirs, str)):
        return False
    return fold_name(theirs) in {fold_name(part) for part in mine.split(";")}


def _differ(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold_name(a) != fold_name(b)
    return bool(a != b)
