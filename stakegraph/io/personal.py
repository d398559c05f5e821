"""Which columns of a Stakeholders sheet hold personal data, and why.

A column is personal when

* it is the contact, email or phone column (its header is one of the
  codebook's words for them, in any of the nine languages);
* it repeats one of those headers (a second ``email`` column);
* its header holds one of those words (``Tel. ufficio``, ``Contact e-mail``,
  ``Name of contact person``);
* or its filled cells mostly look like e-mail addresses or phone numbers,
  whatever its header (see :mod:`stakegraph.model.personal`).

Examples
--------
>>> from stakegraph.codebook import default_codebook
>>> from stakegraph.io.headers import find_header
>>> rows = [["Nome", "Tel. ufficio", "Reach us at", "email", "E-mail", "Anno", "Contact phone"],
...         ["Caritas", "02 7602 1234", "info@caritas.example", "a@b.example", "c@d.example", 2019, "02 1"]]
>>> cb = default_codebook()
>>> for column in personal_columns(rows, find_header(rows, "stakeholders", cb), cb):
...     print(f"{column.label}: {column.why}")
email: contact column
Contact phone: its header is read as the phone column
Tel. ufficio: its header names a contact ('tel')
Reach us at: holds e-mail addresses
E-mail: repeats the contact column 'email'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any

from stakegraph.codebook import Codebook, fold
from stakegraph.i18n import N_, Phrase, current_language
from stakegraph.io.headers import Header, names_people_beside
from stakegraph.model.personal import CONTACT_COLUMN, personal_reason
from stakegraph.model.records import PERSONAL_FIELDS

__all__ = ["PersonalColumn", "personal_columns"]

#: how many filled cells of a column are looked at to judge its content
SAMPLE = 500
#: codebook words shorter than this must be a whole word of a header ("tel")
_SHORT = 5
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class PersonalColumn:
    """A personal column: its header as written, why, and the field it is
    read as (``contact``, ``email``, ``phone``), or ``None`` for a column kept
    under its own header."""

    label: str
    why: str | Phrase
    field: str | None = None


def personal_columns(rows: list[list[Any]], header: Header, codebook: Codebook) -> list[PersonalColumn]:
    """The personal columns under ``header``: the contact fields first, then
    the unknown columns in sheet order (a header may come twice: the email
    field and a second ``email`` column). A contact field headed as the
    template heads it is personal by definition (:data:`CONTACT_COLUMN`);
    any other header says why."""
    found = [PersonalColumn(header.label(f), _field_reason(header.label(f), f, codebook), f)
             for f in PERSONAL_FIELDS if f in header.fields]
    for label, col in header.extras.items():
        why: str | Phrase | None = _by_header(label, codebook) or _names_people(label, header, codebook)
        if why is None:
            filled = (row[col] for _, row in header.data_rows(rows) if row[col] is not None)
            why = personal_reason(islice(filled, SAMPLE))
        if why is not None:
            found.append(PersonalColumn(label, why))
    return found


#: why a column read as a contact field is personal, for each such field
_READ_AS = {"contact": N_("its header is read as the contact column"),
            "email": N_("its header is read as the email column"),
            "phone": N_("its header is read as the phone column")}


def _field_reason(label: str, field: str, codebook: Codebook) -> str:
    """:data:`CONTACT_COLUMN` for a template's header ("email", "Correo
    electrónico"), else what ``label`` was read as."""
    labels = {fold(words[0]) for words in codebook.columns["stakeholders"][field].values()} | {fold(field)}
    if fold(label) in labels:
        return CONTACT_COLUMN
    return _READ_AS.get(field) or f"its header is read as the {field} column"


def _column_label(codebook: Codebook, field: str) -> str:
    return codebook.column_label("stakeholders", field, current_language())


def _names_people(label: str, header: Header, codebook: Codebook) -> Phrase | None:
    """Why the column ``label`` names people, or ``None``: its header is a
    first name or a surname ("Vorname", "Apellidos"), or it is only "Name"
    while another column holds the organisations' names."""
    word = codebook.person_word(label)
    if word is not None:
        return Phrase.of(N_("its header names a person ('{word}')"), word=word.lower())
    if "name" not in header.fields:
        return None
    key = header.label("name")
    # "Name" beside a key the codebook reads as organisations, or beside a first name (the rows are people)
    beside_organisations = names_people_beside(label, key, codebook) and codebook.column("stakeholders", key) == "name"
    beside_people = codebook.is_generic_name(label) and any(codebook.person_word(h) for h in header.extras)
    if beside_organisations or beside_people:
        return Phrase.of(N_("it names people: the organisations are in '{column}'"), column=key)
    return None


def _by_header(label: str, codebook: Codebook) -> Phrase | None:
    """Why the header ``label`` names personal data, or ``None``."""
    bare = re.sub(r"\s*(?:\([^)]*\)|\[[^\]]*\])\s*", " ", label).strip()
    for text in dict.fromkeys([label, bare]):
        field = codebook.column("stakeholders", text)
        if field in PERSONAL_FIELDS:
            # the column's name in the language the reason is said in
            return Phrase.of(N_("repeats the contact column '{column}'"),
                             column=partial(_column_label, codebook, field))
    folded = fold(label)
    tokens = {fold(w) for w in _WORDS.findall(label)}
    for field in PERSONAL_FIELDS:
        for words in codebook.columns["stakeholders"][field].values():
            for word in words:
                key = fold(word)
                if key and (key in tokens or (len(key) >= _SHORT and key in folded)):
                    return Phrase.of(N_("its header names a contact ('{word}')"), word=word.lower())
    return None
