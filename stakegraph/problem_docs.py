"""What each problem code means, for the people who meet it: a title and a
description for every code of :data:`stakegraph.errors.CATALOGUE`, from which
``docs/problems.md`` is written.

The catalogue says what stakegraph prints; this says why it happens and what
to do. A test keeps the two in step, and ``docs/problems.md`` equal to
:func:`catalogue_markdown` (rebuild it with ``python -m stakegraph.problem_docs``).

>>> DOCS["self-tie"][0]
'A stakeholder tied to itself'
>>> catalogue_markdown().splitlines()[0]
'# Problems stakegraph reports'
"""

from __future__ import annotations

from stakegraph.errors import CATALOGUE

__all__ = ["DOCS", "SECTIONS", "catalogue_markdown"]

#: the order and headings of ``docs/problems.md``: heading -> codes
SECTIONS: dict[str, tuple[str, ...]] = {
    "Files that cannot be read": (
        "file-not-found", "unreadable-file", "not-a-spreadsheet", "empty-file", "corrupt-file",
        "encrypted-file", "hostile-file", "over-limit", "not-a-regular-file", "no-known-sheets"),
    "Sheets and columns": (
        "missing-column", "unknown-column", "unknown-sheet", "guessed-sheet", "foreign-sheet",
        "unknown-list", "repeated-header", "header-like-row", "link-left-out"),
    "Stakeholder rows": (
        "empty-name", "formula-error-cell", "not-calculated", "not-a-name", "formula-error",
        "duplicate-name", "missing-sector", "no-sector-column", "unknown-sector", "unknown-type", "unknown-level",
        "unknown-theme", "unknown-yes-no", "rating-out-of-range", "rating-not-a-number",
        "conflicting-values"),
    "Ties": (
        "empty-endpoint", "unknown-stakeholder", "self-tie", "duplicate-tie", "unknown-tie-type",
        "weight-out-of-range", "weight-not-a-number", "matrix-not-square", "matrix-name-mismatch",
        "matrix-bad-cell"),
    "IWG memberships": ("unknown-role", "duplicate-membership", "conflicting-role"),
    "Profiles and the group a gap analysis looks at": (
        "profile-not-found", "profile-not-toml", "profile-unknown-key", "profile-bad-value",
        "unknown-member", "members-not-text", "scope-conflict"),
    # personal data, ratings on other scales (issue 10)
    "Personal data and ratings on other scales": ("personal-column", "conflicting-contact", "rating-scale"),
    "Surveys and their returns": (
        "unknown-survey-language", "survey-folder-in-use", "survey-key-missing", "survey-key-unreadable",
        "survey-key-other-mapping", "unknown-round-format", "return-unreadable", "not-a-return",
        "return-other-mapping", "return-bad-signature", "return-unknown-stakeholder", "return-repeated",
        "return-replaced", "not-own-tie", "answer-not-understood", "answer-formula", "no-tie-status",
        "newcomer-not-a-name"),
    "Evaluation, forums and seating": (
        "unknown-annex-format", "bad-permutations", "no-attendees", "attendees-conflict",
        "too-few-attendees", "unknown-seating-format", "unknown-forum-column"),
    "Maps, reports and exports": (
        "unknown-iwg", "unknown-map-theme", "map-option-conflict", "unknown-map-format", "no-browser",
        "cannot-write", "unknown-export-format", "unknown-diff-format", "unknown-report-format",
        "unknown-template-format"),
    "Stories (stakegraph map --story)": (
        "story-not-toml", "story-no-views", "story-unknown-key", "story-bad-value", "story-unknown-name"),
    "Files as they really are: where the stakeholders, ties and sectors are": (
        "looks-like-stakeholders", "tie-list", "transfer-list", "ties-by-key", "sector-from-column",
        "sector-words-in-column"),
    "The column mapping (--columns)": (
        "unknown-column-field", "empty-column-header", "bad-column-mapping", "mapped-column-missing"),
    "Where stakegraph writes": (
        "output-is-input", "output-in-input-folder", "input-in-output-folder",
        "folder-not-replaceable", "template-exists", "template-holds-data"),
}

#: code -> (title, description)
DOCS: dict[str, tuple[str, str]] = {
    # files that cannot be read
    "file-not-found": (
        "The file does not exist",
        "Nothing is at the path given. Check the spelling and the folder; a path with spaces "
        "needs quotes on the command line."),
    "unreadable-file": (
        "The file cannot be read",
        "The file is there but the system refused to open it: no permission, or it is locked "
        "by another program. Close it elsewhere, or copy it somewhere you can read."),
    "not-a-spreadsheet": (
        "Not a spreadsheet",
        "The file's content is not a workbook stakegraph reads (it looks at the first bytes, "
        "not the name): a PDF, a web page or a Word file saved as .xlsx, for instance. Save it "
        "from your spreadsheet program as .xlsx, .ods or .csv."),
    "empty-file": (
        "The file is empty",
        "The file, or every sheet in it, holds no cell with a value."),
    "corrupt-file": (
        "The file is damaged",
        "The workbook's container or XML is broken, so no sheet can be read. Open it in Excel "
        "or LibreOffice, which can often repair it, and save a copy."),
    "encrypted-file": (
        "The file is password-protected",
        "The workbook is encrypted. stakegraph never asks for passwords: save an unprotected "
        "copy and import that."),
    "hostile-file": (
        "The file was refused as unsafe",
        "The file would expand to far more than its size (a zip bomb), declares XML entities, "
        "or is built to make the reader loop. Such files are refused before they are read. "
        "A real mapping never trips this; if yours does, the message says which limit."),
    "over-limit": (
        "The workbook would expand beyond a limit",
        "A sheet would expand to more cells than the limit (5,000,000 by default, repeated ODS "
        "rows and cells counted, from A1 to the farthest filled cell), a cell holds more than "
        "the 32,767 characters a spreadsheet cell can hold, or a sheet's cells hold more "
        "characters than its limit (20 a cell, each repeated cell and each use of a shared "
        "string counted). Such a file takes gigabytes to read; it is refused while it is "
        "checked, before anything is built. A real mapping that needs more raises the limit of "
        "cells (--max-cells on the command line, Limits in Python)."),
    "not-a-regular-file": (
        "The input is not a regular file",
        "The path names a named pipe (FIFO), a device or a socket. Reading one could wait for "
        "ever, so it is refused at once. Give the file itself, or a folder of CSV files."),
    "no-known-sheets": (
        "No sheet stakegraph can read",
        "None of the sheets is a Stakeholders sheet (by name, in any of the languages, or by "
        "its columns), nor a Kumu or Onodo layout. Name the sheet of organisations "
        "'Stakeholders', or give its name column a header stakegraph knows."),
    # sheets and columns
    "missing-column": (
        "A required column is missing",
        "The sheet has no column stakegraph needs, such as the name of a stakeholder or the "
        "two ends of a tie. The header row may be lower than stakegraph looked, or the "
        "column's header may be a word it does not know."),
    "unknown-column": (
        "A column stakegraph does not know",
        "The header is not one of the known columns in any language. The column is kept as it "
        "is, as an attribute of each stakeholder, and exported with the rest."),
    "unknown-sheet": (
        "A sheet stakegraph does not read",
        "The sheet's name is none of the known sheets and its layout is not one stakegraph "
        "recognises. It is left out; nothing in it is imported."),
    "guessed-sheet": (
        "The Stakeholders sheet was guessed",
        "No sheet is named Stakeholders, so the sheet with a name column was taken as it. "
        "Rename it to say so and the warning goes."),
    "foreign-sheet": (
        "A Kumu or Onodo sheet beside a Stakeholders sheet",
        "The workbook holds both stakegraph's sheets and another tool's layout. The "
        "Stakeholders sheet is read; the other is left out. Copy its rows across to import them."),
    "unknown-list": (
        "A Lists row for a list stakegraph does not have",
        "A row of the Lists sheet names a list other than sector, type, level, theme, tie type "
        "or role. The row is left out."),
    # stakeholder rows
    "empty-name": (
        "A stakeholder without a name",
        "The name cell is empty, so the row cannot be a stakeholder (the name is the key that "
        "ties and memberships use). The row is left out."),
    "formula-error-cell": (
        "A cell showing a formula's error",
        "The cell holds a formula that failed (#N/A, #REF! …). It is read as empty. Correct the "
        "formula, or paste the column as values."),
    "not-calculated": (
        "A name that was never calculated",
        "The name is a formula whose result was never saved (files written by some programs "
        "store formulas only). Open the file in Excel or LibreOffice and save it."),
    "not-a-name": (
        "A name with no letter or digit",
        "The name cell holds only punctuation or symbols, which cannot name an organisation. "
        "The row is left out."),
    "formula-error": (
        "A required cell showing a formula's error",
        "A name or a tie's end is a formula that failed. The row is left out."),
    "duplicate-name": (
        "The same stakeholder twice",
        "Two rows have the same name once case, spaces and accents are set aside. They are "
        "merged into one stakeholder; where they disagree, conflicting-values says so."),
    "missing-sector": (
        "A stakeholder without a sector",
        "The sector cell is empty. The stakeholder is imported with the sector 'unknown', and "
        "every analysis by sector leaves it out, so this is an error."),
    "no-sector-column": (
        "A sheet of stakeholders with no sector column",
        "No column of the sheet holds the sector, and no type column names one, so every "
        "stakeholder would be an error of its own. One error stands for all of them, with the "
        "first names and the count: add a column of sectors, or name the column that holds "
        "them with the column mapping. The stakeholders are imported with the sector "
        "'unknown'."),
    "unknown-sector": (
        "A sector stakegraph does not know",
        "The value is not public, private or civil society in any of the languages, nor a "
        "word the codebook maps to one. The stakeholder counts as 'unknown' until corrected."),
    "unknown-type": (
        "A stakeholder type stakegraph does not know",
        "The type is kept as written, but gap analyses cannot count it as any of the codebook's "
        "types. Add the word to the Lists sheet to say which type it is."),
    "unknown-level": (
        "A level stakegraph does not know",
        "The level is kept as written. Known levels are local, regional, national, European "
        "and international, in any of the languages."),
    "unknown-theme": (
        "A theme stakegraph does not know",
        "The theme is kept as written, but the theme gaps cannot count it. Add it to the "
        "Lists sheet to map it to a codebook theme."),
    "unknown-yes-no": (
        "Not a yes or a no",
        "A yes/no cell (such as migrant-led) holds something else. It is left empty."),
    "rating-out-of-range": (
        "A rating outside its scale",
        "Influence and interest are read on the column's own scale (1–5, 1–10 or 0–100 %, see "
        "rating-scale) and brought to 1–5. The value lies outside that scale, and is left empty. "
        "A lone value above 5 among ratings of 1 to 5 is taken for a slip, not for another scale."),
    "rating-not-a-number": (
        "A rating that cannot be read",
        "The rating is neither a number on the column's scale, a word such as high, medium or low "
        "(in any of the eight languages), a letter A to E, a mark such as 7/10, nor a percentage. "
        "It is left empty; a Lists sheet can teach stakegraph a local word."),
    "conflicting-values": (
        "Two rows of one stakeholder disagree",
        "Two rows merged as one stakeholder give different values in the same column. The "
        "first row's value is kept."),
    # ties
    "empty-endpoint": (
        "A tie with an empty end",
        "The source or the target of a tie is empty. The tie is left out."),
    "unknown-stakeholder": (
        "A tie or membership naming an unknown stakeholder",
        "The name is not in the Stakeholders sheet (a suggestion is given when a name is "
        "close). The tie or membership is left out: add the organisation, or correct the name."),
    "self-tie": (
        "A stakeholder tied to itself",
        "The source and the target are the same organisation. The tie is left out."),
    "duplicate-tie": (
        "The same tie twice",
        "Two rows give the same tie between the same two organisations. They are merged into one."),
    "unknown-tie-type": (
        "A tie type stakegraph does not know",
        "The type is kept as written. Known types are collaboration, partnership, funding, "
        "information, referral and other, in any of the languages."),
    "weight-out-of-range": (
        "A tie weight that is not above 0",
        "A weight is kept as written when it is a number above 0 (a count of 13 shared committees "
        "stays 13); zero, a negative number or an infinite one cannot weigh a tie, which is kept "
        "with weight 1."),
    "weight-not-a-number": (
        "A tie weight that is not a number",
        "The weight could not be read as a number; the tie is kept with weight 1."),
    "matrix-not-square": (
        "A tie matrix that is not square",
        "An adjacency matrix needs the same names across its first row and down its first "
        "column. This one has a different number of each."),
    "matrix-name-mismatch": (
        "A tie matrix whose names do not match",
        "A name in the matrix's first row or column is not the same as its partner across, or "
        "not a stakeholder."),
    "matrix-bad-cell": (
        "A matrix cell that is not a number",
        "A cell of the adjacency matrix holds text. It is read as no tie."),
    # memberships
    "unknown-role": (
        "A membership role stakegraph does not know",
        "The role is kept as written. Known roles are chair, co-chair, secretariat, member and "
        "observer."),
    "duplicate-membership": (
        "The same membership twice",
        "Two rows make the same organisation a member of the same IWG. They are merged."),
    "conflicting-role": (
        "One membership with two roles",
        "Two rows give the same membership different roles. They are merged and the first "
        "role is kept."),
    # profiles and scope
    "profile-not-found": (
        "No such profile",
        "The profile is neither a built-in one (iwg, capacity-building) nor a file that exists."),
    "profile-not-toml": (
        "A profile that is not valid TOML",
        "The profile file cannot be read as TOML; the message gives the line."),
    "profile-unknown-key": (
        "A profile key stakegraph does not know",
        "The profile names a requirement or setting that does not exist. The built-in profiles, "
        "printed by the README's example, list every key."),
    "profile-bad-value": (
        "A profile value of the wrong kind",
        "A profile key holds a value it cannot take: a word where a number is needed, or a "
        "code that is not in the codebook."),
    "unknown-member": (
        "A group member not in the mapping",
        "A name given as a member of the group to analyse is not a stakeholder of the workbook."),
    "members-not-text": (
        "A member list that is not text",
        "The file of member names could not be read as text (one name a line)."),
    "scope-conflict": (
        "Two ways of naming the group at once",
        "A gap analysis looks at one group: an IWG of the workbook, or a list of members, not both."),
    # maps, reports and exports
    "unknown-iwg": (
        "No such IWG",
        "The IWG named is not one of the workbook's; the message lists those it has."),
    "unknown-map-theme": (
        "No such theme on the map",
        "The theme to filter the map by is not one the workbook's stakeholders work on."),
    "map-option-conflict": (
        "Map options that cannot go together",
        "Two map options contradict each other, such as an anonymous map that shows contacts."),
    "story-not-toml": (
        "A story that is not valid TOML",
        "The story file cannot be read as TOML; the message gives the line."),
    "story-no-views": (
        "A story without views",
        "A story is a list of views, each a [[view]] table with a caption and, if wanted, "
        "focus, iwg and filter."),
    "story-unknown-key": (
        "A key a story does not have",
        "A view has the keys caption, focus, iwg and filter; a filter has sector, level and theme. "
        "The message names the view, the line and the key."),
    "story-bad-value": (
        "A story value that cannot be used",
        "A caption, focus or iwg must be text; a sector or level must be one of the codebook's "
        "(in any language); a theme is one value. The message names the view, the line and the key."),
    "story-unknown-name": (
        "A story names what the workbook lacks",
        "A view focuses a stakeholder, shows an IWG or filters by a theme that the workbook does "
        "not have. The message names the view, the line and the key, and the closest name."),
    "unknown-map-format": (
        "A map file stakegraph cannot write",
        "A map is written as a web page (.html), a picture (.png) or a print (.pdf, .svg)."),
    "no-browser": (
        "No browser to take the map's picture",
        "A .png, .pdf or .svg map is drawn from the page in headless Chromium, which is not installed "
        "or did not start. Write the map as .html, or install Chromium."),
    "cannot-write": (
        "The output cannot be written",
        "The folder does not exist, or there is no permission to write there, or the disk is full."),
    "unknown-export-format": (
        "An export stakegraph cannot write",
        "The ending of the file name chooses the export: .graphml, .gexf, .json, .kumu.xlsx or .csv."),
    "unknown-diff-format": (
        "A diff map stakegraph cannot write",
        "The diff's map is written as a web page (.html)."),
    "unknown-report-format": (
        "A report stakegraph cannot write",
        "The report is written as an Excel workbook (.xlsx) or JSON (.json)."),
    "unknown-template-format": (
        "A template stakegraph cannot write",
        "The template is an Excel workbook (.xlsx)."),
    # rows and files left out while reading (issue 17)
    "repeated-header": (
        "The header is repeated below the data",
        "A row under the header names the same columns in the same places: the header pasted "
        "again, often when two lists were joined. It is left out and the rows on both sides "
        "are read. Delete the row to silence the warning."),
    "header-like-row": (
        "A row reads like a second header",
        "A row under the header names several columns, but not as the header does. It could "
        "be a second header (then the rows above it belong to another table) or an "
        "organisation whose cells happen to read like column names. It is read as data and "
        "never taken as the header, so no row above it is lost; if it is a header, delete it "
        "or the rows above it."),
    "link-left-out": (
        "A link in a CSV folder points outside it",
        "A CSV file of the folder is a symbolic link to a file elsewhere. stakegraph reads "
        "only the files inside the folder it was given, so the link is left out and nothing "
        "of the file it points to is shown. Copy the file into the folder to read it."),
    # where stakegraph writes (issue 17)
    "output-is-input": (
        "The output is one of the inputs",
        "The file (or CSV folder) to write is the workbook, profile or other file the command "
        "reads, named the same way, by another relative path, or through a symbolic or hard "
        "link (stakegraph compares resolved paths and device and inode). Writing it would "
        "destroy the input, so nothing is written. Write to another name; there is no option "
        "to force it."),
    "output-in-input-folder": (
        "The output is inside an input folder",
        "The input is a folder of CSV files, and the output would go inside it, where it would "
        "become part of the workbook or replace one of its sheets. Write outside that folder."),
    "input-in-output-folder": (
        "The folder to replace holds an input",
        "A CSV export replaces its folder as a whole, and that folder holds a file the command "
        "reads. Export to another folder."),
    "folder-not-replaceable": (
        "The folder holds files stakegraph did not write",
        "A CSV export writes a new folder and swaps it in whole, so an interrupted export never "
        "leaves a mix of old and new files. An existing folder is replaced only when it holds "
        "nothing but the CSV files an export writes; move the other files, or export to a new "
        "folder."),
    "template-exists": (
        "The template's file already exists",
        "A blank template never silently replaces a file. Choose another name, or ask to "
        "overwrite it (on the command line, --overwrite)."),
    "template-holds-data": (
        "The file holds data",
        "Even when asked to overwrite, a template never replaces a workbook that holds data: a "
        "row under a header in any sheet but the instructions, or a file that cannot be read "
        "as a workbook at all. Write the template to another name."),
    # personal data, ratings on other scales (issue 10)
    "personal-column": (
        "A column judged to hold personal data",
        "A column other than the template's contact, email and phone holds personal data: its "
        "header is a contact header in one of the eight languages, repeats one, or holds a "
        "contact word (\"Tel. ufficio\"), or most of its cells are e-mail addresses or phone "
        "numbers. It is kept in the graph, recorded in G.graph[\"personal_columns\"], and left off "
        "the map, the diff map and exports without contacts unless contacts are asked for "
        "(stakegraph map --show-contacts). This is a note: nothing is wrong."),
    "conflicting-contact": (
        "Two rows of one stakeholder give different contacts",
        "Two rows merged as one stakeholder hold different values in a personal column. The "
        "first row's is kept; the message does not repeat either, since a report may be shared."),
    "rating-scale": (
        "A rating column read on another scale",
        "Influence or interest is written as words, letters, marks, on 1–10 or as percentages. "
        "Each value keeps its place on its own scale: the lowest step becomes 1, the highest 5, "
        "the steps between spread evenly and rounded half up (1–10: 1–2 → 1 … 9–10 → 5; "
        "low, medium, high: 1, 3, 5). The message says the mapping, once per column. This is a "
        "note: nothing is wrong."),
    # surveys and their returns (stakegraph survey, collect)
    "unknown-survey-language": (
        "A language stakegraph writes no survey in",
        "The stakeholder's language column names a language the surveys are not written in. "
        "Its survey is written in the mapping's language instead."),
    "survey-folder-in-use": (
        "The folder already holds a survey",
        "The folder holds the key of an earlier survey. Writing a new one there would replace "
        "the key, and the earlier survey's returns could no longer be checked. Write the new "
        "surveys to another folder."),
    "survey-key-missing": (
        "No survey key found",
        "collect checks each return against the key that survey wrote (survey.key in the "
        "survey's folder). None was found beside the mapping or the returns, or more than one "
        "was. Give the key's path."),
    "survey-key-unreadable": (
        "Not a survey key",
        "The file given as the key is not one stakegraph wrote, or it was edited."),
    "survey-key-other-mapping": (
        "The key of another mapping's survey",
        "The key was written for a survey of another mapping. Give the key of this mapping's survey."),
    "unknown-round-format": (
        "A round stakegraph cannot write",
        "The new round of the mapping is written as an Excel workbook (.xlsx)."),
    "return-unreadable": (
        "A return that cannot be read",
        "The returned file cannot be opened as a workbook. It is left out; the other returns "
        "are merged."),
    "not-a-return": (
        "Not a survey return",
        "The workbook has no stakegraph signature: it is not a survey that stakegraph wrote (a "
        "mapping, or a copy made by hand). It is left out."),
    "return-other-mapping": (
        "A return from another survey",
        "The return's signature belongs to another mapping or another round. It is left out."),
    "return-bad-signature": (
        "A return whose signature does not match",
        "The signature was changed (to answer for another organisation, say), rows were moved, "
        "or the survey was signed with another key. The return is left out."),
    "return-unknown-stakeholder": (
        "A return from an organisation no longer in the mapping",
        "The return answers for an organisation that has since left the mapping. It is left out."),
    "return-repeated": (
        "The same return twice",
        "Two files hold the same return. It is counted once: merging a return twice changes nothing."),
    "return-replaced": (
        "Two returns from one organisation",
        "Two different returns answer for the same organisation. The later file on the command "
        "line is kept, and the report says so."),
    "not-own-tie": (
        "A tie of another organisation",
        "A respondent reports only its own organisation's ties. An answer about a tie between "
        "two others is left out."),
    "answer-not-understood": (
        "An answer that is not one of those offered",
        "A drop-down cell holds text that is none of its choices. The row is read as not answered."),
    "answer-formula": (
        "An answer written as a formula",
        "A cell of the return holds a formula, which stakegraph never evaluates. It is left out; "
        "type the answer as text."),
    "no-tie-status": (
        "No confirmed ties in this workbook",
        "Only a round written by collect says, for each tie, whether both sides named it. "
        "Analyse all ties, or analyse the round."),
    "newcomer-not-a-name": (
        "A proposed organisation without a name",
        "A row for a missing organisation holds no letter or digit. It is left out."),
    # files as they really are
    "looks-like-stakeholders": (
        "A file whose list of stakeholders has no header stakegraph knows",
        "No sheet is named like a list of stakeholders or ties and no header names a name "
        "column, but one column holds many different names. Map it as the name column (on the "
        "command line, --columns name='that header'), or rename the header to 'name'."),
    "tie-list": (
        "A file of ties without a list of stakeholders",
        "The file holds ties only (two columns of names, a list of transfers or a matrix), so its "
        "stakeholders are made from the names in them, each with an unknown sector. Add a "
        "Stakeholders sheet with their sectors to analyse the mix of sectors."),
    "transfer-list": (
        "A list of transfers read as funding ties",
        "The sheet names a payer, a recipient and an amount (Fördergeber, Empfänger, Betrag; "
        "nomAttribuant, nomBeneficiaire, montant …): each row is a directed funding tie that keeps "
        "its amount, and payments to the same recipient add up."),
    "ties-by-key": (
        "Ties that name stakeholders by a key",
        "The ties (a Relationships sheet, a tie list or a matrix's labels) name stakeholders by an "
        "id, code, acronym or abbreviation column of the list of stakeholders, and were matched "
        "through it. Nothing to do: it is said so that a wrong match can be seen."),
    "sector-from-column": (
        "The sector taken from another column",
        "No column is named for the sector (or it is empty), and a Type, Category, Kategorie or "
        "similar column states it in sector words or in a standard category (Interreg target "
        "groups, EU Transparency Register, policy-network actor types), which may also give the "
        "type and the level."),
    "sector-words-in-column": (
        "A column with a few sector words",
        "No column is named for the sector, and one column holds sector words in fewer than half "
        "of its rows, too few to be trusted. If it is the sector column, map it as such (on the "
        "command line, --columns sector='that header') and correct the other rows."),
    # the column mapping
    "unknown-column-field": (
        "A column mapped to a field stakegraph does not have",
        "The mapping names a field that no sheet kind has. The fields are the column names of "
        "the template (name, sector, type, source, target, weight …) and amount."),
    "empty-column-header": (
        "A column mapping without a header",
        "A field of the mapping is given no header. Write field=header."),
    "bad-column-mapping": (
        "A column mapping that cannot be read",
        "The mapping is neither field=header pairs separated by commas (quote a header that "
        "holds a comma) nor a readable TOML file of field = \"header\" lines."),
    "mapped-column-missing": (
        "A mapped header that no sheet has",
        "The mapping names a header that is in none of the file's sheets. Check its spelling: "
        "case, accents and spaces do not matter."),
    # evaluation, forums and seating (stakegraph evaluate, forums, tables)
    "unknown-annex-format": (
        "An annex stakegraph cannot write",
        "The evaluation annex is written as an Excel workbook (.xlsx) or JSON (.json)."),
    "bad-permutations": (
        "Too few permutations for a test",
        "A permutation test with fewer draws cannot reach a p-value below 0.05. Give at least the "
        "number the message names; 1,000 is the default."),
    "no-attendees": (
        "Nobody to seat",
        "Seating needs the attendees: a text file of names, one a line, or an IWG of the workbook."),
    "attendees-conflict": (
        "Two lists of attendees",
        "The attendees are given both as a file and as an IWG. Give one."),
    "too-few-attendees": (
        "Fewer attendees than tables",
        "Every table needs at least one attendee. Give fewer tables."),
    "unknown-seating-format": (
        "A seating stakegraph cannot write",
        "The seating is written as an Excel workbook of table cards (.xlsx) or JSON (.json)."),
    "unknown-forum-column": (
        "No such column of forums",
        "The column named as the forums or projects each stakeholder takes part in is not in the "
        "Stakeholders sheet; the message lists those it has."),
}


def catalogue_markdown() -> str:
    """``docs/problems.md``: every code under its section, with its severity,
    what stakegraph prints, its title and description."""
    lines = ["# Problems stakegraph reports", "",
             "Every problem in `stakegraph validate` and in the `problems` list of the JSON "
             "reports has one of these codes. An *error* in a row means the workbook cannot be "
             "analysed as meant (the command still runs, says what it left out, and exits with "
             "status 1); a *warning* means a value was kept, merged or left out, and the "
             "analysis goes on; an *info* note says how stakegraph read something it had to judge. A file that cannot be read at all, or an option that cannot "
             "be used, stops the command with one `Error:` line and exit status 2. In what "
             "stakegraph says, `{value}` stands for the cell or option as written and "
             "`{detail}` for the particulars.",
             "", "This page is generated from `stakegraph/problem_docs.py` and "
             "`stakegraph/errors.py`; rebuild it with `python -m stakegraph.problem_docs`.", ""]
    for heading, codes in SECTIONS.items():
        lines += [f"## {heading}", ""]
        for code in codes:
            severity, template = CATALOGUE[code]
            title, description = DOCS[code]
            lines += [f"### `{code}`: {title}", "",
                      f"*{severity}*. stakegraph says: “{template}”", "", description, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(catalogue_markdown(), end="")
