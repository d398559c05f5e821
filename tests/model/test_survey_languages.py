"""A mapping's ``language`` column names the language its stakeholder's survey
is written in: by code, or by the language's name in any language stakegraph
speaks. The names are checked against the Unicode CLDR's (through Babel), not
against the codebook's own list."""

from __future__ import annotations

import pytest
from babel import Locale

from stakegraph.codebook import LANGUAGES
from stakegraph.model.survey import language_code


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("written_in", LANGUAGES)
def test_a_language_is_known_by_its_name_in_every_language(lang, written_in):
    name = Locale.parse(written_in).languages[lang]
    assert language_code(name) == lang
    assert language_code(name.upper()) == lang


def test_a_code_is_understood_and_an_unknown_name_is_not():
    assert [language_code(t) for t in ("ca", " SV ", "castellano", "Klingon", None)] == [
        "ca", "sv", "es", None, None]
