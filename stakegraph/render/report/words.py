"""A stakeholder's sector as the reader's word in a report: printed in the
report's language ("sociedad civil" in Spanish, "civil society" in English),
never as its code; JSON keeps codes. Any other codebook value is
:func:`stakegraph.render.words.vocab_word` with ``in_sentence=True``.

Examples
--------
>>> from stakegraph.i18n import speaking
>>> with speaking("es"):
...     sector_word("civil_society"), sector_word(None)
('sociedad civil', 'desconocido')
>>> sector_word("civil_society"), sector_word("a code of one's own")
('civil society', "a code of one's own")
"""

from __future__ import annotations

import pandas as pd

from stakegraph.i18n import gettext
from stakegraph.render.words import vocab_word

__all__ = ["sector_word"]


def sector_word(value: object) -> str:
    """A stakeholder's sector as a word; "unknown" when it has none."""
    if value is None or value == "unknown" or (not isinstance(value, str) and pd.isna(value)):
        return gettext("unknown")
    return vocab_word("sector", value, in_sentence=True)
