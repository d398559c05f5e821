"""Every word the session's pages show: English sentences marked for the
gettext catalogue (domain ``session``, ``stakegraph/locale/<lang>/LC_MESSAGES/session.po``),
sent to the page translated. ``{name}`` is filled in by the page, as text.

Examples
--------
>>> words("sv")["Your partners"]
'Organisationens partner'
>>> words("en")["Add"]
'Add'
"""

from __future__ import annotations

from stakegraph.i18n import N_, gettext, speaking

__all__ = ["words"]

#: the sentences of the phone and projector pages
SENTENCES = (
    N_('Join the mapping'),
    N_('Join code'),
    N_('Join'),
    N_('This join code is not right.'),
    N_('Who are you? Pick your organisation.'),
    N_('Search'),
    N_('Someone already answers for this organisation: the facilitator must approve you.'),
    N_('Waiting for the facilitator…'),
    N_('You answer for'),
    N_('Your partners'),
    N_('In the mapping'),
    N_('Still a partner'),
    N_('Not a partner'),
    N_('Remove'),
    N_('Add a partner'),
    N_('Type of tie'),
    N_('Add'),
    N_('Missing from the list? Add an organisation'),
    N_('Name'),
    N_('Sector'),
    N_('Type of organisation'),
    N_('(not given)'),
    N_('Did you mean {name}?'),
    N_('{name} is on the list.'),
    N_('Yes, that one'),
    N_('No, add it as new'),
    N_('Saved'),
    N_('Not saved. Try again.'),
    N_('Answers are paused by the facilitator.'),
    N_('The session has ended. Thank you!'),
    N_('Organisations you added'),
    N_('Too many requests: wait a moment.'),
    N_('Language'),
    N_('Join with your phone'),
    N_('answered'),
    N_('joined'),
    N_('new ties'),
    N_('newcomers'),
    N_('Confirmed tie (both named it)'),
    N_('One-sided tie'),
    N_('Facilitator'),
    N_('PIN'),
    N_('Wrong PIN'),
    N_('Pause answers'),
    N_('Resume answers'),
    N_('End the session'),
    N_('Hide'),
    N_('Show'),
    N_('Approve'),
    N_('Refuse'),
    N_('Second claim for {name}'),
    N_('Proposed organisations'),
    N_('Connection lost; reconnecting…'),
    N_('by sector'),
    N_('All sectors'),
    N_('All IWGs'),
    N_('IWG'),
    N_('{shown} of {total} stakeholders'),
    N_('Ties in this session'),
    N_('Proposed in this session by'),
    N_('Members'),
    N_('No ties yet'),
    N_('Close'),
)


def words(lang: str) -> dict[str, str]:
    """The pages' words in ``lang`` (English where a sentence has no translation)."""
    with speaking(lang):
        return {sentence: gettext(sentence) for sentence in SENTENCES}
