"""The catalogue of words: every sentence marked in the code is translated in
every language stakegraph speaks, and each translation file is well formed."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from stakegraph.codebook import LANGUAGES
from stakegraph.i18n import gettext, missing, ngettext, number, speaking, translations

LOCALE = Path(__file__).resolve().parents[1] / "stakegraph" / "locale"
PO_FILES = sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_marked_sentence_is_translated(lang):
    assert missing(lang) == []


@pytest.mark.parametrize("po", PO_FILES, ids=lambda p: f"{p.parents[1].name}/{p.name}")
def test_each_translation_file_is_well_formed(po):
    lang = po.parents[1].name
    assert lang in LANGUAGES, f"{lang} is not one of the languages stakegraph speaks"
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    assert catalog.num_plurals == Catalog(locale=lang).num_plurals, "Plural-Forms differs from the language's rule"
    for msg in catalog:
        if not msg.id:
            continue
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
        placeholders = {p for i in ids for p in _placeholders(i)}
        for s in strings:
            assert _placeholders(s) <= placeholders, (
                f"{po.name}: {msg.id!r} → {s!r} names a placeholder the code does not fill")


def _placeholders(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_language_has_a_file_for_every_area():
    """A language without an area's file would show that area (the template's
    instructions, the survey, the map …) in English without a word said."""
    domains = {lang: sorted(p.stem for p in (LOCALE / lang / "LC_MESSAGES").glob("*.po"))
               for lang in LANGUAGES if lang != "en"}
    assert {"messages", "reports", "gaps", "map", "session", "template", "survey"} <= set(domains["es"])
    assert all(found == domains["es"] for found in domains.values()), domains


def test_english_is_the_message_itself_and_needs_no_file():
    assert translations("en").gettext("The group has no private-sector member") == (
        "The group has no private-sector member")
    assert not list(LOCALE.glob("en/LC_MESSAGES/*.po"))


def test_the_language_holds_only_inside_its_block():
    with speaking("es"):
        assert number(2.5, digits=1) == "2,5"
        with speaking("en"):
            assert number(2.5, digits=1) == "2.5"
        assert number(2.5, digits=1) == "2,5"
    assert number(2.5, digits=1) == "2.5"


def test_plural_forms_follow_the_count():
    with speaking("en"):
        assert ngettext("{n} tie", "{n} ties", 1) == "{n} tie"
        assert ngettext("{n} tie", "{n} ties", 2) == "{n} ties"


def test_a_sentence_with_no_translation_stays_english():
    with speaking("sv"):
        assert gettext("no catalogue has this sentence") == "no catalogue has this sentence"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_a_sentence_has_one_translation_across_the_catalogue_files(lang):
    """Each area keeps its own file, but the catalogue is one: the same English
    sentence translated two ways would leave which one a reader sees to the
    order the files are read in."""
    seen: dict[tuple[str, str | None], tuple[str, object]] = {}
    twice = []
    for po in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fh:
            for msg in read_po(fh, locale=lang):
                if not msg.id:
                    continue
                key = (msg.id if isinstance(msg.id, str) else msg.id[0], msg.context)
                if key in seen and seen[key][1] != msg.string:
                    twice.append(f"{key[0]!r}: {seen[key][0]} and {po.stem}")
                seen.setdefault(key, (po.stem, msg.string))
    assert twice == []
