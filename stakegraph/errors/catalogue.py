"""The catalogue of problems: every code stakegraph reports, its severity,
and the template of what it says (:func:`stakegraph.errors.problem` fills it
in). What each code means, for the people who meet it, is in
``stakegraph/data/problems.toml`` (:mod:`stakegraph.problem_docs`).

>>> CATALOGUE["self-tie"][0]
'warning'
"""

from __future__ import annotations

from typing import Literal

from stakegraph.i18n import N_

__all__ = ["CATALOGUE", "Severity"]

#: an error stops the analysis being meant, a warning changes a value, a note
#: (``info``) says how something was read
Severity = Literal["error", "warning", "info"]

#: code -> (severity, message template). Templates may use {value}, {detail}
#: and {suggestion}; the text after ";" that names the suggestion is added by
#: :func:`problem` only when a suggestion exists.
CATALOGUE: dict[str, tuple[Severity, str]] = {
    # files that cannot be read at all (raised, exit 2)
    "file-not-found": ("error", N_("the file '{value}' does not exist")),
    "unreadable-file": ("error", N_("the file '{value}' cannot be read ({detail})")),
    "not-a-spreadsheet": ("error", N_("'{value}' is not a spreadsheet stakegraph can read ({detail})")),
    "empty-file": ("error", N_("the file '{value}' is empty")),
    "corrupt-file": ("error", N_("'{value}' is damaged and cannot be opened ({detail})")),
    "encrypted-file": (
        "error",
        N_("'{value}' is password-protected; save an unprotected copy and import that"),
    ),
    "hostile-file": ("error", N_("'{value}' was refused: {detail}")),
    "no-known-sheets": (
        "error",
        N_("none of the sheets ({value}) is a Stakeholders sheet, or a Kumu or Onodo layout"),
    ),
    # structure of a sheet
    "missing-column": ("error", N_("the sheet has no '{value}' column")),
    "unknown-column": ("warning", N_("'{value}' is not a known column; it is kept as it is")),
    "unknown-sheet": ("warning", N_("the sheet '{value}' is not one stakegraph reads; it is left out")),
    "guessed-sheet": (
        "warning",
        N_("no sheet is named Stakeholders, so the sheet '{value}', which has a name column, is read "
        "as the Stakeholders sheet (name it Stakeholders to say so)"),
    ),
    "foreign-sheet": (
        "warning",
        N_("the sheet '{value}' is laid out for {detail}, but this workbook has a Stakeholders sheet, "
        "which is read instead; '{value}' is left out (copy its rows into the Stakeholders sheet "
        "to import them)"),
    ),
    # stakeholder rows
    "empty-name": ("error", N_("the name is empty; the row is left out")),
    "formula-error-cell": (
        "warning",
        N_("the cell shows '{value}', the error of a formula that failed; it is read as empty "
        "(correct the formula, or paste the column as values)"),
    ),
    "not-calculated": (
        "error",
        N_("the name is a formula whose result was never saved; the row is left out (open the "
        "file in Excel or LibreOffice and save it, or paste the column as values)"),
    ),
    "not-a-name": (
        "error",
        N_("'{value}' is not a name (it has no letter or digit); the row is left out"),
    ),
    "formula-error": (
        "error",
        N_("the cell shows '{value}', the error of a formula that failed, not a {detail}; "
        "the row is left out (correct the formula, or paste the column as values)"),
    ),
    "duplicate-name": ("warning", N_("'{value}' is already on row {detail}; the two rows are merged")),
    "missing-sector": ("error", N_("the sector of '{detail}' is empty")),
    "no-sector-column": ("error", N_("no column gives the sector of the {value} stakeholders ({detail})")),
    "unknown-sector": ("error", N_("'{value}' is not a sector")),
    "unknown-type": ("warning", N_("'{value}' is not a known stakeholder type; it is kept as written")),
    "unknown-level": ("warning", N_("'{value}' is not a known level; it is kept as written")),
    "unknown-theme": ("warning", N_("'{value}' is not a known theme; it is kept as written")),
    "unknown-yes-no": ("warning", N_("'{value}' is not yes or no; it is left empty")),
    "rating-out-of-range": ("warning", N_("{value} is outside {detail}; the rating is left empty")),
    "rating-not-a-number": (
        "warning",
        N_("'{value}' is not a rating (write 1 to 5, a word such as high, medium or low, a letter A to C, "
        "1 to 10 or a percentage); it is left empty"),
    ),
    "conflicting-values": (
        "warning",
        N_("'{value}' differs from row {detail}; the first row's value is kept"),
    ),
    "joined-values": ("info", N_("'{value}' differs from row {detail}; both are kept, joined by ';'")),
    # ties
    "empty-endpoint": ("error", N_("the {detail} is empty; the row is left out")),
    "unknown-stakeholder": ("error", N_("'{value}' is not in the Stakeholders sheet; the {detail} is left out")),
    "self-tie": ("warning", N_("'{value}' is tied to itself; the tie is left out")),
    "duplicate-tie": ("warning", N_("this tie repeats row {detail}; the two are merged")),
    "unknown-tie-type": ("warning", N_("'{value}' is not a known tie type; it is kept as written")),
    "weight-out-of-range": ("warning", N_("{value} is not a weight above 0; the weight is set to 1")),
    "weight-not-a-number": ("warning", N_("'{value}' is not a number; the weight is set to 1")),
    # adjacency matrices
    "matrix-not-square": ("error", N_("the matrix has {detail}; a matrix needs the same names across and down")),
    "matrix-name-mismatch": ("error", N_("'{value}' {detail}")),
    "matrix-bad-cell": ("warning", N_("'{value}' is not a number; the cell is read as no tie")),
    # memberships
    "unknown-role": ("warning", N_("'{value}' is not a known role; it is kept as written")),
    "duplicate-membership": ("warning", N_("this membership repeats row {detail}; the two are merged")),
    "conflicting-role": (
        "warning",
        N_("this membership repeats {detail} with the role '{value}'; the two are merged "
        "and the first role is kept (one row per IWG and organisation, with its main role)"),
    ),
    # map options (stakegraph map)
    "unknown-iwg": ("error", N_("'{value}' is not an IWG of this workbook (it has: {detail})")),
    "unknown-map-theme": ("error", N_("'{value}' is not a theme of this workbook (it has: {detail})")),
    "map-option-conflict": ("error", N_("{detail}")),
    "story-not-toml": ("error", N_("the story '{value}' is not valid TOML: {detail}")),
    "story-no-views": ("error", N_("the story '{value}' has no views; write each as [[view]] with a caption")),
    "story-unknown-key": ("error", N_("{value}: not a key of a story's view ({detail})")),
    "story-bad-value": ("error", N_("{value}: {detail}")),
    "story-unknown-name": ("error", N_("{value}: {detail}")),
    "unknown-map-format": (
        "error", N_("'{value}' is not a map stakegraph can write; end the name in .html, .png, .pdf or .svg")),
    "no-browser": ("error", N_("cannot draw '{value}' as a picture: {detail}")),
    "cannot-write": ("error", N_("cannot write '{value}': {detail}")),
    # exports and diffs (stakegraph export, stakegraph diff)
    "unknown-export-format": ("error", N_("'{value}' is not an export stakegraph can write; end the name in {detail}")),
    "unknown-diff-format": ("error", N_("'{value}' is not a diff map stakegraph can write; end the name in .html")),
    "unknown-report-format": ("error",
                              N_("'{value}' is not a report stakegraph can write; end the name in .xlsx or .json")),
    "unknown-template-format": ("error", N_("'{value}' is not a template stakegraph can write; end the name in .xlsx")),
    # profiles, and the scope of a gap analysis (stakegraph gaps, recommend)
    "profile-not-found": ("error", N_("'{value}' is neither a built-in profile ({detail}) nor a profile file")),
    "profile-not-toml": ("error", N_("the profile is not valid TOML: {detail}")),
    "profile-unknown-key": ("error", N_("the profile has an unknown key '{value}' ({detail})")),
    "profile-bad-value": ("error", N_("the profile key '{value}' {detail}")),
    "unknown-member": ("error", N_("not in the Stakeholders sheet: {detail}")),
    "members-not-text": ("error", N_("the member list '{value}' cannot be read as text ({detail})")),
    "scope-conflict": ("error", N_("give either an IWG or a list of members, not both")),
    # the Lists sheet
    "unknown-list": ("warning", N_("'{value}' is not a list stakegraph knows; the row is left out")),
    # reading within limits (issue 17): what a workbook may expand to, inputs that are
    # not regular files or lie outside the folder given, header rows found or repeated
    "over-limit": ("error", N_("'{value}' was refused: {detail}")),
    "not-a-regular-file": (
        "error",
        N_("'{value}' is not a regular file ({detail}); give a file, or a folder of CSV files"),
    ),
    "link-left-out": (
        "warning",
        N_("'{value}' is a link to a file outside the folder; it is left out (copy the file into "
        "the folder to read it)"),
    ),
    "repeated-header": ("warning", N_("this row repeats the header of row {value}; it is left out")),
    "hxl-tags": ("info", N_("this row holds HXL hashtags (#org, #adm1 …) that name the columns for machines; "
                         "it is left out")),
    "header-like-row": (
        "warning",
        N_("this row names the columns {detail} like the header on row {value}; it is read as data "
        "(if it is a second header, delete it or the rows above it)"),
    ),
    # writing safely: never over an input, never over a filled-in workbook (issue 17)
    "output-is-input": (
        "error",
        N_("will not write '{value}': it is the input '{detail}' (the same file, whatever the path "
        "or link), which would be lost; write to another name"),
    ),
    "output-in-input-folder": (
        "error",
        N_("will not write '{value}': it is inside the input folder '{detail}', whose CSV files are "
        "the workbook; write outside that folder"),
    ),
    "input-in-output-folder": (
        "error",
        N_("will not replace the folder '{value}': it holds the input '{detail}', which would be "
        "lost; write to another folder"),
    ),
    "folder-not-replaceable": (
        "error",
        N_("will not replace the folder '{value}': it holds {detail}, which stakegraph did not "
        "write; write to a new or empty folder"),
    ),
    "template-exists": (
        "error",
        N_("'{value}' already exists; a blank template replaces a file only when asked to overwrite it"),
    ),
    "template-holds-data": (
        "error",
        N_("will not replace '{value}' with a blank template, even when asked to overwrite it: "
        "it {detail}; write the template to another name"),
    ),
    # personal data, ratings on other scales, words in every language (issue 10)
    "personal-column": (
        "info",
        N_("the column '{value}' is treated as personal data ({detail}): it is kept, and left off "
        "maps, reports and shared exports unless contacts are asked for"),
    ),
    "conflicting-contact": (
        "info",
        N_("this contact differs from row {detail}; both are kept, joined by ';', and stay off maps "
           "(neither is repeated here)"),
    ),
    "rating-scale": ("info", N_("{detail}")),
    # collecting ties from the stakeholders (stakegraph survey, stakegraph collect)
    "unknown-survey-language": (
        "warning",
        N_("'{value}' is not a language stakegraph writes surveys in ({detail}); the survey is written "
        "in the mapping's language"),
    ),
    "survey-folder-in-use": (
        "error",
        N_("'{value}' already holds the surveys of another round (its survey.key); write the new surveys "
        "to another folder, or the returns of the earlier ones could no longer be checked"),
    ),
    "survey-key-missing": (
        "error",
        N_("no one survey key beside the mapping or the returns ({detail}); give the path of the "
        "key that stakegraph survey wrote"),
    ),
    "survey-key-unreadable": ("error", N_("'{value}' is not a survey key stakegraph wrote ({detail})")),
    "survey-key-other-mapping": (
        "error",
        N_("the survey key '{value}' was written for another mapping ({detail}); give the key of this "
           "mapping's survey"),
    ),
    "unknown-round-format": ("error", N_("'{value}' is not a round stakegraph can write; end the name in .xlsx")),
    "return-unreadable": ("error", N_("{detail}; the file is left out")),
    "not-a-return": (
        "error",
        N_("'{value}' is not a survey return (it has no stakegraph signature); the file is left out"),
    ),
    "return-other-mapping": (
        "error",
        N_("'{value}' is a return from another mapping or round ({detail}); the file is left out"),
    ),
    "return-bad-signature": (
        "error",
        N_("the signature of '{value}' does not match ({detail}): it was altered, or signed with "
        "another key; the file is left out"),
    ),
    "return-unknown-stakeholder": (
        "error",
        N_("'{value}' answers for '{detail}', who is no longer in the mapping; the file is left out"),
    ),
    "return-repeated": ("warning", N_("'{value}' is the same return as '{detail}'; it is counted once")),
    "return-replaced": (
        "warning",
        N_("'{value}' and '{detail}' both answer for the same organisation; the later file on the command line "
           "is kept"),
    ),
    "not-own-tie": (
        "error",
        N_("a return of '{detail}' reports a tie of '{value}'; a respondent reports only its own "
        "organisation's ties, so the answer is left out"),
    ),
    "answer-not-understood": (
        "warning",
        N_("'{value}' is not one of the answers offered ({detail}); the row is read as not answered"),
    ),
    "answer-formula": (
        "warning",
        N_("the answer is a formula, not a value; it is left out (type the answer as text)"),
    ),
    "no-tie-status": (
        "error",
        N_("no tie of this workbook says whether both sides named it; only a round written by "
        "stakegraph collect has confirmed ties"),
    ),
    "newcomer-not-a-name": ("warning", N_("'{value}' is not a name (it has no letter or digit); the row is left out")),
    # files as they really are: where the stakeholders, ties and sectors are,
    # and the column mapping that says so when stakegraph cannot tell
    "unknown-column-field": ("error", N_("'{value}' is not a field a column can be mapped to")),
    "empty-column-header": ("error", N_("the column mapping gives '{value}' no header")),
    "bad-column-mapping": (
        "error", N_("the column mapping '{value}' cannot be read; write field=header, … or give a "
        ".toml file of field = \"header\" lines")),
    "mapped-column-missing": ("error", N_("no sheet has the column '{value}' given for {detail}")),
    "tie-list": (
        "warning",
        N_("the sheet '{value}' is a list of ties and the file has no list of stakeholders: the "
        "{detail} names in it are read as stakeholders, whose sector is unknown (add a "
        "Stakeholders sheet with their sectors)"),
    ),
    "transfer-list": (
        "warning",
        N_("the sheet '{value}' is read as a list of transfers: each row is a funding tie from "
        "{detail}, and its amount is kept"),
    ),
    "ties-by-key": ("warning", N_("ties name stakeholders by '{value}' of the sheet '{detail}'")),
    "sector-from-column": ("warning", N_("the sector is taken from the column '{value}' ({detail})")),
    "sector-words-in-column": (
        "warning", N_("no column is named for the sector, but the column '{value}' holds sector words "
        "({detail})")),
    "looks-like-stakeholders": (
        "error", N_("the sheet '{value}' looks like a stakeholder list: {detail}")),
    # the evaluation annex (stakegraph evaluate)
    "unknown-annex-format": (
        "error", N_("'{value}' is not an annex stakegraph can write; end the name in .xlsx or .json")),
    "bad-permutations": ("error", N_("{value} permutations are too few for a test; give at least {detail}")),
    # seating a session (stakegraph tables)
    "no-attendees": ("error", N_("say who attends: a file of attendees (one name a line) or an IWG")),
    "attendees-conflict": ("error", N_("say who attends with a file of attendees or with an IWG, not both")),
    "too-few-attendees": ("error", N_("{value} attendees cannot fill {detail} tables; give fewer tables")),
    "unknown-seating-format": ("error", N_("'{value}' is not a seating stakegraph can write; "
                                           "end the name in .xlsx, .pdf or .json")),
    # live sessions (stakegraph session)
    "no-session-file": ("error", N_("there is no session file '{value}' to export; run `stakegraph session` on "
                                    "the mapping first, or give the session file")),
    "session-file-unreadable": ("error", N_("'{value}' is not a session file stakegraph can open ({detail})")),
    "session-port-busy": ("error", N_("the port {value} is already in use ({detail}); give another port")),
    # two-mode networks (stakegraph forums)
    "unknown-forum-column": ("error", N_("'{value}' is not a column of the Stakeholders sheet (it has: {detail})")),
}
