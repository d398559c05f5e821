"""The one user-error type, and the catalogue of problems an input can have.

Every problem stakegraph reports about a workbook has a kebab-case ``code``
from :data:`CATALOGUE`, a severity, a place (file, sheet, Excel row, column),
the offending value, a message built from the catalogue's template, and,
where one exists, a suggestion.

Problems are *collected* while reading (see :class:`Problem`); only when
nothing can be read at all is a :class:`StakegraphError` raised.

Examples
--------
>>> p = problem("unknown-sector", sheet="Stakeholders", row=7, column="sector",
...             value="pubic", suggestion="public")
>>> p.message
"'pubic' is not a sector; did you mean 'public'?"
>>> p.severity
'error'
>>> str(StakegraphError(p))
"Stakeholders, row 7, column sector: 'pubic' is not a sector; did you mean 'public'?"
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["CATALOGUE", "Problem", "Severity", "StakegraphError", "problem"]

Severity = Literal["error", "warning"]

#: code -> (severity, message template). Templates may use {value}, {detail}
#: and {suggestion}; the text after ";" that names the suggestion is added by
#: :func:`problem` only when a suggestion exists.
CATALOGUE: dict[str, tuple[Severity, str]] = {
    # files that cannot be read at all (raised, exit 2)
    "file-not-found": ("error", "the file '{value}' does not exist"),
    "unreadable-file": ("error", "the file '{value}' cannot be read ({detail})"),
    "not-a-spreadsheet": ("error", "'{value}' is not a spreadsheet stakegraph can read ({detail})"),
    "empty-file": ("error", "the file '{value}' is empty"),
    "corrupt-file": ("error", "'{value}' is damaged and cannot be opened ({detail})"),
    "encrypted-file": (
        "error",
        "'{value}' is password-protected; save an unprotected copy and import that",
    ),
    "hostile-file": ("error", "'{value}' was refused: {detail}"),
    "no-known-sheets": (
        "error",
        "none of the sheets ({value}) is a Stakeholders sheet, or a Kumu or Onodo layout",
    ),
    # structure of a sheet
    "missing-column": ("error", "the sheet has no '{value}' column"),
    "unknown-column": ("warning", "'{value}' is not a known column; it is kept as it is"),
    "unknown-sheet": ("warning", "the sheet '{value}' is not one stakegraph reads; it is left out"),
    "guessed-sheet": (
        "warning",
        "no sheet is named Stakeholders, so the sheet '{value}', which has a name column, is read "
        "as the Stakeholders sheet (name it Stakeholders to say so)",
    ),
    "foreign-sheet": (
        "warning",
        "the sheet '{value}' is laid out for {detail}, but this workbook has a Stakeholders sheet, "
        "which is read instead; '{value}' is left out (copy its rows into the Stakeholders sheet "
        "to import them)",
    ),
    # stakeholder rows
    "empty-name": ("error", "the name is empty; the row is left out"),
    "formula-error-cell": (
        "warning",
        "the cell shows '{value}', the error of a formula that failed; it is read as empty "
        "(correct the formula, or paste the column as values)",
    ),
    "not-calculated": (
        "error",
        "the name is a formula whose result was never saved; the row is left out (open the "
        "file in Excel or LibreOffice and save it, or paste the column as values)",
    ),
    "not-a-name": (
        "error",
        "'{value}' is not a name (it has no letter or digit); the row is left out",
    ),
    "formula-error": (
        "error",
        "the cell shows '{value}', the error of a formula that failed, not a {detail}; "
        "the row is left out (correct the formula, or paste the column as values)",
    ),
    "duplicate-name": ("warning", "'{value}' is already on row {detail}; the two rows are merged"),
    "missing-sector": ("error", "the sector of '{detail}' is empty"),
    "unknown-sector": ("error", "'{value}' is not a sector"),
    "unknown-type": ("warning", "'{value}' is not a known stakeholder type; it is kept as written"),
    "unknown-level": ("warning", "'{value}' is not a known level; it is kept as written"),
    "unknown-theme": ("warning", "'{value}' is not a known theme; it is kept as written"),
    "unknown-yes-no": ("warning", "'{value}' is not yes or no; it is left empty"),
    "rating-out-of-range": ("warning", "{value} is outside 1–5; the rating is left empty"),
    "rating-not-a-number": ("warning", "'{value}' is not a rating from 1 to 5; it is left empty"),
    "conflicting-values": (
        "warning",
        "'{value}' differs from row {detail}; the first row's value is kept",
    ),
    # ties
    "empty-endpoint": ("error", "the {detail} is empty; the row is left out"),
    "unknown-stakeholder": ("error", "'{value}' is not in the Stakeholders sheet; the {detail} is left out"),
    "self-tie": ("warning", "'{value}' is tied to itself; the tie is left out"),
    "duplicate-tie": ("warning", "this tie repeats row {detail}; the two are merged"),
    "unknown-tie-type": ("warning", "'{value}' is not a known tie type; it is kept as written"),
    "weight-out-of-range": ("warning", "{value} is outside 1–5; the weight is set to 1"),
    "weight-not-a-number": ("warning", "'{value}' is not a weight from 1 to 5; the weight is set to 1"),
    # adjacency matrices
    "matrix-not-square": ("error", "the matrix has {detail}; a matrix needs the same names across and down"),
    "matrix-name-mismatch": ("error", "'{value}' {detail}"),
    "matrix-bad-cell": ("warning", "'{value}' is not a number; the cell is read as no tie"),
    # memberships
    "unknown-role": ("warning", "'{value}' is not a known role; it is kept as written"),
    "duplicate-membership": ("warning", "this membership repeats row {detail}; the two are merged"),
    "conflicting-role": (
        "warning",
        "this membership repeats {detail} with the role '{value}'; the two are merged "
        "and the first role is kept (one row per IWG and organisation, with its main role)",
    ),
    # map options (stakegraph map)
    "unknown-iwg": ("error", "'{value}' is not an IWG of this workbook (it has: {detail})"),
    "unknown-map-theme": ("error", "'{value}' is not a theme of this workbook (it has: {detail})"),
    "map-option-conflict": ("error", "{detail}"),
    "unknown-map-format": ("error", "'{value}' is not a map stakegraph can write; end the name in .html or .png"),
    "no-browser": ("error", "cannot draw '{value}' as a picture: {detail}"),
    "cannot-write": ("error", "cannot write '{value}': {detail}"),
    # exports and diffs (stakegraph export, stakegraph diff)
    "unknown-export-format": ("error", "'{value}' is not an export stakegraph can write; end the name in {detail}"),
    "unknown-diff-format": ("error", "'{value}' is not a diff map stakegraph can write; end the name in .html"),
    "unknown-report-format": ("error", "'{value}' is not a report stakegraph can write; end the name in .xlsx or .json"),
    "unknown-template-format": ("error", "'{value}' is not a template stakegraph can write; end the name in .xlsx"),
    # profiles, and the scope of a gap analysis (stakegraph gaps, recommend)
    "profile-not-found": ("error", "'{value}' is neither a built-in profile ({detail}) nor a profile file"),
    "profile-not-toml": ("error", "the profile is not valid TOML: {detail}"),
    "profile-unknown-key": ("error", "the profile has an unknown key '{value}' ({detail})"),
    "profile-bad-value": ("error", "the profile key '{value}' {detail}"),
    "unknown-member": ("error", "not in the Stakeholders sheet: {detail}"),
    "members-not-text": ("error", "the member list '{value}' cannot be read as text ({detail})"),
    "scope-conflict": ("error", "give either --iwg or a list of members (--member, --members), not both"),
    # the Lists sheet
    "unknown-list": ("warning", "'{value}' is not a list stakegraph knows; the row is left out"),
    # the evaluation annex (stakegraph evaluate)
    "unknown-annex-format": ("error", "'{value}' is not an annex stakegraph can write; end the name in .xlsx or .json"),
    "bad-permutations": ("error", "{value} permutations are too few for a test; give at least {detail}"),
    # seating a session (stakegraph tables)
    "no-attendees": ("error", "say who attends: --attendees FILE (one name a line) or --iwg NAME"),
    "attendees-conflict": ("error", "say who attends with --attendees or with --iwg, not both"),
    "too-few-attendees": ("error", "{value} attendees cannot fill {detail} tables; give fewer tables"),
    "unknown-seating-format": ("error", "'{value}' is not a seating stakegraph can write; end the name in .xlsx or .json"),
    # two-mode networks (stakegraph forums)
    "unknown-forum-column": ("error", "'{value}' is not a column of the Stakeholders sheet (it has: {detail})"),
}


#: what to write instead, said when no close value can be suggested
_OTHERWISE = {"unknown-sector": "write public, private or civil_society",
              "missing-sector": "write public, private or civil_society"}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``row`` is the row number as Excel shows it (the header row of a sheet that
    starts at the top is row 1, its first data row is row 2).
    """

    severity: Severity
    code: str
    sheet: str | None
    row: int | None
    column: str | None
    value: Any
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The problem as the JSON report shows it."""
        d = asdict(self)
        if d["value"] is not None and not isinstance(d["value"], (str, int, float, bool)):
            d["value"] = str(d["value"])
        return d

    @property
    def place(self) -> str:
        """Where the problem is, for a person: ``"Stakeholders, row 7, column sector"``."""
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


def problem(
    code: str,
    *,
    sheet: str | None = None,
    row: int | None = None,
    column: str | None = None,
    value: Any = None,
    detail: Any = None,
    suggestion: str | None = None,
    hint: str | None = None,
) -> Problem:
    """Build a :class:`Problem` from the catalogue entry ``code``. Without a
    ``suggestion``, ``hint`` (or the catalogue's own hint) says what to write.

    >>> problem("self-tie", sheet="Relationships", row=3, value="Caritas").message
    "'Caritas' is tied to itself; the tie is left out"
    """
    severity, template = CATALOGUE[code]
    message = template.format(value=value, detail=detail)
    if suggestion:
        message += f"; did you mean '{suggestion}'?"
    elif hint or code in _OTHERWISE:
        message += f"; {hint or _OTHERWISE[code]}"
    return Problem(severity, code, sheet, row, column, value, message, suggestion)


class StakegraphError(Exception):
    """A user error: the input cannot be used, and the message says why and where.

    Carries the :class:`Problem` (sheet, row, column, value, message,
    suggestion) and the file it is about.
    """

    def __init__(self, problem: Problem, file: str | None = None) -> None:
        self.problem = problem
        self.file = file
        super().__init__(str(problem))

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def sheet(self) -> str | None:
        return self.problem.sheet

    @property
    def row(self) -> int | None:
        return self.problem.row

    @property
    def column(self) -> str | None:
        return self.problem.column

    @property
    def value(self) -> Any:
        return self.problem.value

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def suggestion(self) -> str | None:
        return self.problem.suggestion
