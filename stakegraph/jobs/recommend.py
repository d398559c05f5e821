"""The ``recommend`` job: whom to invite to close a group's gaps.

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector,iwg\\nCouncil,public,Limerick IWG\\nDell,private,\\n", "utf-8")
>>> result = recommend(folder, iwg="limerick iwg", profile="capacity-building")
>>> [(c["name"], c["closes"]) for c in result.to_dict()["candidates"]]
[('Dell', ['sector:private'])]
"""

from __future__ import annotations

from collections.abc import Iterable

from stakegraph.analysis.recommend import Recommendations
from stakegraph.analysis.recommend import recommend as recommend_invitees
from stakegraph.i18n import SOURCE
from stakegraph.jobs.book import BookLike
from stakegraph.jobs.gaps import GroupResult, PathLike, prepare
from stakegraph.jobs.steps import RECOMMEND, Progress, announcer

__all__ = ["recommend"]


def recommend(book: BookLike, *, iwg: str | None = None, members: Iterable[str] | None = None,
              members_file: PathLike | None = None, profile: PathLike | None = None,
              size: int | None = None, top: int = 10,
              progress: Progress | None = None, lang: str = SOURCE) -> GroupResult[Recommendations]:
    """The non-members of ``book`` that best close the group's gaps against
    ``profile`` (default ``iwg``), and with ``size`` the best ``size``
    invitees, to be said in ``lang`` (a language code). Raises StakegraphError when the profile, the workbook or a
    name cannot be used. ``progress`` is told each of
    :data:`~stakegraph.jobs.steps.RECOMMEND` as it starts."""
    say = announcer(progress)
    say(RECOMMEND[0])
    p = prepare(book, iwg=iwg, members=members, members_file=members_file, profile=profile)
    say(RECOMMEND[1])
    return GroupResult.of(recommend_invitees(p.graph, p.profile, p.scope, size=size, top=top), p, lang)
