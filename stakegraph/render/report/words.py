"""Codebook values as the reader's words: a sector, a theme or a tie type is
printed in the report's language ("sociedad civil" in Spanish, "civil
society" in English), never as its code; JSON keeps codes.

Examples
--------
>>> from stakegraph.i18n import speaking
>>> with speaking("es"):
...     vocab_word("sector", "civil_society"), sector_word(None)
('sociedad civil', 'desconocido')
>>> vocab_word("sector", "civil_society"), vocab_word("type", "ngo"), vocab_word("sector", "a code of one's own")
('civil society', 'NGO', "a code of one's own")
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pandas as pd

from stakegraph.codebook import default_codebook
from stakegraph.i18n import current_language, gettext

__all__ = ["sector_word", "vocab_word"]

#: the built-in codebook, read once (only looked up here, never extended)
_codebook = cache(default_codebook)


def vocab_word(vocab: str, code: Any) -> str:
    """The word for ``code`` of ``vocab`` in the current language (the code as
    written when the codebook does not know it); inside a sentence, so
    lower case unless the language writes nouns capitalised (German) or the
    word is an acronym."""
    text = str(code)
    lang = current_language()
    if text not in _codebook().vocab.get(vocab, {}):
        return text
    word = _codebook().label(vocab, text, lang)
    if lang == "de" or word[:2].isupper():
        return word
    return word[:1].lower() + word[1:]


def sector_word(value: object) -> str:
    """A stakeholder's sector as a word; "unknown" when it has none."""
    if value is None or value == "unknown" or (not isinstance(value, str) and pd.isna(value)):
        return gettext("unknown")
    return vocab_word("sector", value)
