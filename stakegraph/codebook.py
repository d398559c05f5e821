"""Sectors, stakeholder types, levels, themes, tie types, roles and yes/no,
with their names in nine languages, and the sheet and column names.

The words themselves live in ``stakegraph/data/codebook.toml`` (data, not
code); this module folds and looks them up. Matching ignores case, accents,
spaces, underscores and punctuation, so ``"Civil_Society"``, ``"civil
society"`` and ``"CIVIL-SOCIETY"`` are one word.

Examples
--------
>>> cb = default_codebook()
>>> cb.value("sector", "Público")
'public'
>>> cb.value("sector", "NGO")
'civil_society'
>>> cb.suggest("sector", "pubic")
'public'
>>> cb.suggest("type", "Autoridat regional", lang="es")  # Spanish or English, never Portuguese
'Autoridad regional'
>>> cb.column("stakeholders", "Nombre")
'name'
>>> cb.sheet_kind("Partes interesadas")
'stakeholders'
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

__all__ = ["HEADER_CUTOFF", "LANGUAGES", "LOOSE_CUTOFF", "NAME_CUTOFF", "SUGGEST_CUTOFF",
           "VOCABULARIES", "Codebook", "default_codebook", "did_you_mean", "fold", "fold_name",
           "language_names", "name_tokens"]

LANGUAGES = ("en", "es", "it", "el", "pt", "fr", "de", "sv", "ca")
#: the vocabularies a workbook's values are matched against
VOCABULARIES = ("sector", "type", "level", "theme", "tie_type", "role", "yes_no", "rating")

#: how alike (0–100, rapidfuzz's ratio of the folded words) a word must be to
#: a known one to be suggested for it
SUGGEST_CUTOFF = 70
#: the same, when the choice is among a few names the user picks from (an IWG,
#: a theme on the command line, a profile key): a looser match still helps
LOOSE_CUTOFF = 60
#: a header is short: a surer match, or every header resembles some column
HEADER_CUTOFF = 80
#: an organisation's name is long: a misspelling leaves it a little closer
NAME_CUTOFF = 75

_NAME_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_SPACES = re.compile(r"\s+", re.UNICODE)


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    return _NON_ALNUM.sub("", _strip_accents(text).casefold())


@lru_cache(maxsize=1 << 17)
def _fold_name(text: str) -> str:
    collapsed = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return _strip_accents(collapsed).casefold()


def fold(text: Any) -> str:
    """Fold a header or vocabulary word for matching.

    >>> fold("  Migrant_Led ")
    'migrantled'
    >>> fold("Δημόσιος") == fold("ΔΗΜΟΣΙΟΣ")
    True
    """
    return _fold(str(text))


def fold_name(text: Any) -> str:
    """Fold an organisation name into its matching key: trimmed, inner spaces
    collapsed, case-folded and accent-folded; punctuation is kept.

    >>> fold_name("  Cáritas   Varese ")
    'caritas varese'
    """
    return _fold_name(str(text))


def name_tokens(text: Any) -> list[str]:
    """The words of a name, folded as :func:`fold_name` folds it.

    >>> name_tokens("Cáritas  Diocesana (Milano)")
    ['caritas', 'diocesana', 'milano']
    """
    return _NAME_WORD.findall(fold_name(text))


def did_you_mean(
    text: Any,
    choices: Iterable[str] | Mapping[str, str],
    *,
    cutoff: float = SUGGEST_CUTOFF,
    key: Callable[[Any], str] = fold,
) -> str | None:
    """The choice closest to ``text``, as given, or ``None`` when none is
    close enough: stakegraph's one "did you mean".

    Words are compared folded by ``key`` (:func:`fold` for codebook words,
    :func:`fold_name` for organisation names). ``choices`` may be a mapping
    of already folded keys to what to return, so that a caller asking many
    times folds its choices once.

    >>> did_you_mean("pubic", ["public", "private"])
    'public'
    >>> did_you_mean("Limerik IWG", {"limerick iwg": "Limerick IWG"}, key=fold_name)
    'Limerick IWG'
    >>> did_you_mean("xyz", ["public"]) is None
    True
    """
    folded = choices if isinstance(choices, Mapping) else {key(c): c for c in reversed(list(choices))}
    wanted = key(text)
    if not wanted or not folded:
        return None
    best = process.extractOne(wanted, folded.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
    return None if best is None else folded[best[0]]


@lru_cache(maxsize=1)
def _raw_codebook() -> dict[str, Any]:
    text = resources.files("stakegraph").joinpath("data/codebook.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass
class Codebook:
    """Look-ups over the codebook's words; build one with :func:`default_codebook`.

    ``vocab[name][code][lang]`` is the list of words for ``code`` in ``lang``
    (the first word is the label used in templates and reports).
    """

    sheets: dict[str, dict[str, list[str]]]
    columns: dict[str, dict[str, dict[str, list[str]]]]
    vocab: dict[str, dict[str, dict[str, list[str]]]]
    #: words that never name an organisation on their own, by language
    name_words: dict[str, list[str]] = field(default_factory=dict)
    #: headers of columns that name people: ``person_name`` (a first name, a
    #: surname) and ``generic_name`` ("Name"), each by language
    people: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    _index: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    _words: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)
    #: table -> folded word -> language -> how that language spells it
    #: (codes count as English; "Presidência" and "Presidencia" fold alike)
    _langs: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict, repr=False)
    #: (table, language) -> the folded words a suggestion may be, kept between suggestions
    _candidates: dict[tuple[str, str | None], dict[str, str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = {}
        self._words = {}
        self._langs = {}
        self._candidates = {}
        for kind, langs in self.sheets.items():
            self._add("sheet", kind, langs)
        for kind, fields in self.columns.items():
            for name, langs in fields.items():
                self._add(f"column:{kind}", name, langs)
        for vocab, codes in self.vocab.items():
            for code, langs in codes.items():
                self._add(f"vocab:{vocab}", code, langs)

    def _add(self, table: str, code: str, langs: dict[str, list[str]]) -> None:
        index = self._index.setdefault(table, {})
        spelled = self._words.setdefault(table, {})
        used = self._langs.setdefault(table, {})
        index.setdefault(fold(code), code)
        spelled.setdefault(fold(code), code)
        used.setdefault(fold(code), {}).setdefault("en", code)
        for lang, words in langs.items():
            for word in words:
                index.setdefault(fold(word), code)
                spelled.setdefault(fold(word), word)
                used.setdefault(fold(word), {}).setdefault(lang, word)

    def _lookup(self, table: str, text: Any) -> str | None:
        if text is None:
            return None
        return self._index.get(table, {}).get(fold(text))

    def _closest(self, table: str, text: Any, cutoff: float, lang: str | None = None) -> str | None:
        """The folded codebook word closest to ``text``, or ``None``; with
        ``lang``, only words of that language or of English are candidates."""
        candidates = self._candidates.get((table, lang))
        if candidates is None:
            used = self._langs.get(table, {})
            candidates = self._candidates[table, lang] = {
                w: w for w in self._index.get(table, {})
                if lang is None or used.get(w, {}).keys() & {lang, "en", "local"}}
        return did_you_mean(text, candidates, cutoff=cutoff)

    # sheets and columns -------------------------------------------------
    def sheet_kind(self, name: Any) -> str | None:
        """The kind of sheet a sheet name stands for (``"stakeholders"``,
        ``"relationships"``, ``"memberships"``, ``"lists"``), or ``None``."""
        return self._lookup("sheet", name)

    def column(self, kind: str, header: Any) -> str | None:
        """The field a column header stands for in a sheet of ``kind``."""
        return self._lookup(f"column:{kind}", header)

    def suggest_column(self, kind: str, header: Any) -> str | None:
        """The field a misspelt header probably means, or ``None``."""
        table = f"column:{kind}"
        closest = self._closest(table, header, cutoff=HEADER_CUTOFF)
        return None if closest is None else self._index[table][closest]

    def language(self, kind: str, headers: Iterable[Any], values: Iterable[Any] = ()) -> str:
        """The language a ``kind`` sheet is written in: the one whose words
        its ``headers`` (column names) and ``values`` (its cells' words for
        sectors, types, levels, themes, yes/no and ratings) use most;
        English when none leads. Values settle what headers leave open
        ("Nome" and "Tipo" are Italian and Portuguese alike).

        >>> default_codebook().language("stakeholders", ["Nombre", "Sector", "Tipo", "Nivel"])
        'es'
        >>> default_codebook().language("stakeholders", ["name", "sector"])
        'en'
        >>> default_codebook().language("stakeholders", ["Nome", "Tipo"], ["Público", "Associação"])
        'pt'
        """
        written = {fold(h) for h in headers}
        score = {lang: sum(any(fold(w) in written for w in field.get(lang, ()))
                           for field in self.columns.get(kind, {}).values())
                 for lang in LANGUAGES}
        tables = [self._langs.get(f"vocab:{v}", {}) for v in VOCABULARIES]
        for value in values:
            key = fold(value)
            for table in tables:
                for lang in table.get(key, ()):
                    if lang in score:
                        score[lang] += 1
        return max(LANGUAGES, key=lambda lang: (score[lang], lang == "en"))

    def fields(self, kind: str) -> list[str]:
        """The fields of a sheet of ``kind``, in template order."""
        return list(self.columns[kind])

    # values -------------------------------------------------------------
    def value(self, vocab: str, text: Any) -> str | None:
        """The code that ``text`` stands for in ``vocab``, or ``None``."""
        return self._lookup(f"vocab:{vocab}", text)

    def suggest(self, vocab: str, text: Any, lang: str | None = None) -> str | None:
        """The codebook word closest to a word that is not in ``vocab``, as
        the codebook spells it (so a Greek typo gets a Greek word), or
        ``None``. With ``lang`` (the sheet's language), the suggestion is a
        word of that language or of English, never of a third.

        >>> cb = default_codebook()
        >>> cb.suggest("type", "Associazione di imprse", lang="it")
        'Associazione di imprese'
        """
        table = f"vocab:{vocab}"
        closest = self._closest(table, text, SUGGEST_CUTOFF, lang)
        if closest is None:
            return None
        spellings = self._langs.get(table, {}).get(closest, {})
        return (spellings.get(lang or "") or spellings.get("local") or spellings.get("en")
                or self._words[table][closest])

    def generic_words(self) -> set[str]:
        """The words (folded as :func:`fold_name` folds, one word each) that
        never identify an organisation on their own: the codebook's name
        words and every word of its type, sector, level and theme vocabularies.

        >>> words = default_codebook().generic_words()
        >>> "comune" in words, "della" in words, "caritas" in words
        (True, True, False)
        """
        texts = [w for words in self.name_words.values() for w in words]
        texts += [w for vocab in ("type", "sector", "level", "theme")
                  for langs in self.vocab.get(vocab, {}).values() for words in langs.values() for w in words]
        return {word for text in texts for word in name_tokens(text)}

    def person_word(self, header: Any) -> str | None:
        """The word of ``header`` that says its column names people (a first
        name, a surname, in any language), or ``None``. A word of five
        letters or more counts anywhere in the header; a shorter one must be
        the whole header.

        >>> cb = default_codebook()
        >>> cb.person_word("Voornaam"), cb.person_word("Cognome del referente"), cb.person_word("Nombre")
        ('Voornaam', 'Cognome', None)
        """
        folded = fold(header) if header is not None else ""
        if not folded:
            return None
        for words in self.people.get("person_name", {}).values():
            for word in words:
                key = fold(word)
                if key == folded or (len(key) >= 5 and key in folded):
                    return word
        return None

    def is_generic_name(self, header: Any) -> bool:
        """True when ``header`` is only the word "name" (in any language):
        beside a column of organisations, such a column names people.

        >>> cb = default_codebook()
        >>> cb.is_generic_name("Nombre"), cb.is_generic_name("NAAM"), cb.is_generic_name("Organisation")
        (True, True, False)
        """
        folded = fold(header) if header is not None else ""
        return any(fold(w) == folded for words in self.people.get("generic_name", {}).values() for w in words)

    def codes(self, vocab: str) -> list[str]:
        """The codes of ``vocab`` in codebook order."""
        return list(self.vocab[vocab])

    def label(self, vocab: str, code: str, lang: str = "en") -> str:
        """The word for ``code`` in ``lang`` (English, then the code, if none)."""
        langs = self.vocab.get(vocab, {}).get(code, {})
        words = langs.get(lang) or langs.get("en") or [code]
        return words[0]

    def sheet_label(self, kind: str, lang: str = "en") -> str:
        """The sheet name for ``kind`` in ``lang``."""
        langs = self.sheets[kind]
        return (langs.get(lang) or langs["en"])[0]

    def column_label(self, kind: str, name: str, lang: str = "en") -> str:
        """The header for field ``name`` of a ``kind`` sheet in ``lang``."""
        langs = self.columns[kind][name]
        return (langs.get(lang) or langs["en"])[0]

    def extend(self, vocab: str, word: str, code: str) -> None:
        """Teach the codebook a local word: ``word`` now means ``code``.

        A code the codebook does not have becomes a new code of ``vocab``.
        """
        codes = self.vocab.setdefault(vocab, {})
        codes.setdefault(code, {"en": [code]})
        table = self._index.setdefault(f"vocab:{vocab}", {})
        table[fold(word)] = code
        table.setdefault(fold(code), code)
        spelled = self._words.setdefault(f"vocab:{vocab}", {})
        spelled[fold(word)] = word
        spelled.setdefault(fold(code), code)
        # a word of the workbook's own Lists sheet may be suggested in any language
        self._langs.setdefault(f"vocab:{vocab}", {}).setdefault(fold(word), {})["local"] = word
        self._candidates.clear()


def default_codebook() -> Codebook:
    """A fresh copy of the built-in codebook (safe to :meth:`~Codebook.extend`).

    The words of the TOML's ``everyday`` section (the words people write
    for each type, level and theme, beside the codebook's own) are added
    after each code's words, so labels stay the first word.
    """
    raw = _raw_codebook()
    copy = _deep_copy(raw)
    for vocab, codes in copy.get("everyday", {}).items():
        for code, langs in codes.items():
            for lang, words in langs.items():
                copy["vocab"][vocab][code].setdefault(lang, []).extend(words)
    return Codebook(copy["sheets"], copy["columns"], copy["vocab"], copy.get("name_words", {}),
                    copy.get("people", {}))


def language_names(lang: str) -> tuple[str, ...]:
    """The names a ``language`` column may give ``lang`` (besides its code),
    as the codebook writes them (matching folds case and accents).

    >>> language_names("ca")[:2]
    ('català', 'catalan')
    """
    return tuple(_raw_codebook().get("languages", {}).get(lang, ()))


def _deep_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return list(value)
    return value
