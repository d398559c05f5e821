"""``stakegraph session``: the room builds the map live, from its phones.

A local web server (Starlette on uvicorn) serves a phone page, where each
participant claims its organisation, marks its partners and proposes the
organisations the mapping lacks, and a projector page whose map grows as
the answers arrive (server-sent events). Every answer is in SQLite
(:mod:`~stakegraph.session.store`) before it is acknowledged; the answers
become the survey's merge-model returns, so ``--export`` writes a round
exactly as ``stakegraph collect`` does.

Modules: :mod:`~stakegraph.session.store` (the session file),
:mod:`~stakegraph.session.security` (codes, tokens, PIN, CSRF, limits),
:mod:`~stakegraph.session.guard` (the middleware),
:mod:`~stakegraph.session.room`, :mod:`~stakegraph.session.answers`,
:mod:`~stakegraph.session.admin` and :mod:`~stakegraph.session.app` (the
routes), :mod:`~stakegraph.session.events` (SSE),
:mod:`~stakegraph.session.live` (what the projector shows),
:mod:`~stakegraph.session.words` (the pages' words),
:mod:`~stakegraph.session.server` and :mod:`~stakegraph.session.export`.
Only this package imports starlette, uvicorn and segno.
"""

__all__: list[str] = []
