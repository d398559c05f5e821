"""A codebook code as the reader's word: one rule for the map, the reports
and the table cards.

Examples
--------
>>> from stakegraph.i18n import speaking
>>> vocab_word("type", "ngo", "en"), vocab_word("sector", "a code of one's own", "es"), vocab_word("level", None)
('NGO', "a code of one's own", '')
>>> vocab_word("sector", "civil_society", "es"), vocab_word("sector", "civil_society", "es", in_sentence=True)
('Sociedad civil', 'sociedad civil')
>>> with speaking("de"):
...     vocab_word("sector", "civil_society", in_sentence=True)
'Zivilgesellschaft'
"""

from __future__ import annotations

from functools import cache
from typing import Any

from stakegraph.codebook import default_codebook
from stakegraph.i18n import current_language

__all__ = ["vocab_word"]

#: the built-in codebook, read once (only looked up here, never extended)
_codebook = cache(default_codebook)


def vocab_word(vocab: str, code: Any, lang: str | None = None, *, in_sentence: bool = False) -> str:
    """The word for ``code`` of ``vocab`` in ``lang`` (by default the current
    language; English where the codebook has no word in ``lang``).

    A value that is not a code (kept as written on import) is shown as it
    is, and no value as nothing. ``in_sentence``: the word stands inside a
    sentence, so it is in lower case unless the language writes nouns
    capitalised (German) or the word is an acronym.
    """
    if code is None:
        return ""
    text = str(code)
    if text not in _codebook().vocab.get(vocab, {}):
        return text
    lang = current_language() if lang is None else lang
    word = _codebook().label(vocab, text, lang)
    if not in_sentence or lang == "de" or word[:2].isupper():
        return word
    return word[:1].lower() + word[1:]
