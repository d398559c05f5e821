"""The words of a survey workbook and its printable page: English sentences
of the gettext catalogue (domain ``survey``,
``stakegraph/locale/<lang>/LC_MESSAGES/survey.po``), said in the survey's
language. ``{name}`` is the organisation the survey is for, ``{ties_sheet}``
the name of its ties sheet.

The names of the sheets and the answer "we don't know them" are the layout's
(:func:`stakegraph.model.survey.layout_words`): returns are read back by them.

Examples
--------
>>> words("es")["consent_title"]
'Qué pasa con sus respuestas'
>>> words("en")["title"].format(name="Doras")
'Who does Doras work with?'
"""

from __future__ import annotations

from typing import Any

from stakegraph.i18n import N_, gettext, pgettext, speaking
from stakegraph.model.survey import layout_words

__all__ = ["CONSENT", "INTRO", "words"]

#: what the survey asks and how to answer, in order, above the corrections table
INTRO = (
    N_("This survey asks which organisations {name} works with, so that the map of the region's "
       "integration network is right."),
    N_("In the sheet '{ties_sheet}', answer for each organisation you know: do you work with them, "
       "how (type of tie) and how closely (1 = occasionally, 5 = very closely). Leave a row empty "
       "if you prefer not to answer."),
    N_("At the end of '{ties_sheet}', add the organisations you work with that are missing from "
       "the list."),
    N_("Below, correct what the mapping says about {name}, if anything is wrong. Only the white "
       "cells can be changed. Save the file and send it back as it is."),
)
#: the consent note, in order, under its title
CONSENT = (
    N_("The map will show your organisation's name, sector and the ties you report, to the "
       "coordinator and in the sessions of the working group."),
    N_("Contact names, e-mail addresses, phone numbers and your comments stay private to the "
       "coordinator and are never shown on a map."),
    N_("To be shown on the maps under a code instead of your name, or to withdraw your answers, "
       "write to the coordinator who sent you this file."),
)


def words(lang: str) -> dict[str, Any]:
    """The survey's words in ``lang``: the layout's words, and the sentences
    and headers written for people (``intro`` and ``consent`` are lists of
    lines, in order)."""
    with speaking(lang):
        return {
            **layout_words(lang),
            "title": gettext("Who does {name} work with?"),
            "intro": [gettext(line) for line in INTRO],
            "consent_title": gettext("What happens to your answers"),
            "consent": [gettext(line) for line in CONSENT],
            "field": pgettext("survey column", "About your organisation"),
            "now": pgettext("survey column", "The mapping says"),
            "change": pgettext("survey column", "Your correction"),
            "organisation": pgettext("survey column", "Organisation"),
            "sector": pgettext("survey column", "Sector"),
            "tied": pgettext("survey column", "Do you work with them?"),
            "type": pgettext("survey column", "Type of tie"),
            "strength": pgettext("survey column", "How closely (1–5)"),
            "comment": pgettext("survey column", "Comment"),
            "missing": gettext("Organisations missing from the list (name, sector, tie)"),
            "paper": gettext(
                "Tick one box for each organisation you know, write the type of tie, and circle "
                "how closely you work together (1 = occasionally, 5 = very closely). Add the "
                "organisations missing from the list at the end, and give this page back to "
                "the coordinator."),
        }
