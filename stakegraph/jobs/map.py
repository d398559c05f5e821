"""The ``map`` job: read a workbook, measure it, draw the offline map.

:func:`draw_map` writes ``map.html`` (one self-contained page) or, for a
``.png`` name, a picture of that page taken in headless Chromium.
:func:`demo_map` draws the example workbook's map for ``stakegraph demo``.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> folder = root / "mapping"
>>> folder.mkdir()
>>> _ = (folder / "Stakeholders.csv").write_text(
...     "name,sector\\nCity Council,public\\nDoras,NGO\\n", "utf-8")
>>> _ = (folder / "Relationships.csv").write_text("source,target\\nCity Council,Doras\\n", "utf-8")
>>> result = draw_map(folder, root / "map.html")
>>> result.to_dict()["stakeholders"], result.to_dict()["ties"], result.ok
(2, 1, True)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from stakegraph.analysis.centrality import centrality, degree
from stakegraph.analysis.centrality_paths import betweenness, closeness
from stakegraph.analysis.centrality_spectral import eigenvector, pagerank
from stakegraph.analysis.gaps import find_gaps
from stakegraph.analysis.glossary import GLOSSARY
from stakegraph.analysis.recommend import recommend as recommend_invitees
from stakegraph.analysis.scope import Scope, iwg_scope
from stakegraph.analysis.structure import communities
from stakegraph.codebook import LOOSE_CUTOFF, default_codebook, did_you_mean, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.io.profile import load_profile
from stakegraph.io.story import load_story
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import MAP, Progress, announcer
from stakegraph.model import find_iwg, stakeholder_graph, stakeholder_nodes
from stakegraph.model.report import ImportReport
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.map.build import MapOptions
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.page import render_map, write_png, write_print

__all__ = ["ALL_MEASURES_MAX", "ASKED", "BETWEENNESS_SAMPLE", "MapResult", "community_numbers", "demo_map", "draw_map",
           "INVITEES", "iwg_gaps", "iwg_invitees", "measures", "resolve_theme"]

_FORMATS = {".html": "html", ".htm": "html", ".png": "png", ".pdf": "pdf", ".svg": "svg"}
#: above this many stakeholders the map computes only the cheap measures and the one it sizes by
ALL_MEASURES_MAX = 2_000
#: sources sampled for betweenness on a map above that size
BETWEENNESS_SAMPLE = 500
#: the recommended invitees a map drawn for an IWG can light, with their introducers
INVITEES = 5
#: the options of the page a map's caller chooses, as ``stakegraph map`` names them
ASKED = ("color", "size", "iwg", "theme", "anonymize", "show_contacts", "title", "lang", "seed")

@dataclass
class MapResult(Result):
    """What ``stakegraph map`` drew, and the workbook's import report."""

    path: str
    format: str
    drawn: dict[str, Any]
    report: ImportReport
    options: dict[str, Any] = field(default_factory=dict)

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return {"path": self.path, "format": self.format,
                **{k: v for k, v in self.drawn.items() if k != "path"}, "options": self.options}


def draw_map(
    book: BookLike,
    out: str | os.PathLike[str],
    *,
    ties: str = "all",
    progress: Progress | None = None,
    width: int = 1600, height: int = 1000,
    story: str | os.PathLike[str] | None = None,
    **asked: Any,
) -> MapResult:
    """Draw the map of ``book`` into ``out``: ``.html``; ``.png`` for a
    picture of ``width`` × ``height`` pixels with no buttons on it; ``.pdf``
    (A3 landscape, names kept as text) or ``.svg`` for print.

    ``asked`` are the options of the page, each the keyword of its
    ``stakegraph map`` option: ``color`` (sector, community, level, type or
    main forum; default sector), ``size`` (a centrality measure; default
    degree), ``iwg`` and ``theme`` (as a user writes them: they are resolved
    here), ``anonymize``, ``show_contacts``, ``title``, ``lang`` (default en)
    and ``seed``; see :func:`stakegraph.render.map.page.render_map`. Another
    keyword is a TypeError. Raises :class:`~stakegraph.errors.StakegraphError` when the workbook
    cannot be read, ``out`` has another ending or is the workbook, or an option names
    something the workbook lacks. ``story`` is a story file (TOML, see
    :func:`stakegraph.io.story.load_story`) of the views a presenter steps
    through. ``ties="confirmed"`` draws only the ties
    both sides named in a survey (see
    :func:`stakegraph.model.reciprocity.select_ties`). ``progress`` is told each of
    :data:`~stakegraph.jobs.steps.MAP` as it starts.
    """
    say = announcer(progress)
    target = Path(out)
    kind = _FORMATS.get(target.suffix.lower())
    if kind is None:
        raise StakegraphError(problem("unknown-map-format", value=target.name))
    opened = as_book(book)
    refuse_inputs([out], [opened.path, story])
    told = load_story(story) if story is not None else None
    chosen = MapOptions(**asked)  # the defaults, and a TypeError for a keyword the page does not take
    options: dict[str, Any] = {key: getattr(chosen, key) for key in ASKED}
    say(MAP[0])
    G = opened.ties(ties)
    # the names a user wrote become the graph's own before anything is drawn: the page is given ids
    focus = find_iwg(G, chosen.iwg, cutoff=LOOSE_CUTOFF) if chosen.iwg else None
    shown = resolve_theme(G, chosen.theme) if chosen.theme else None
    say(MAP[1])
    page = replace(chosen, iwg=focus, theme=shown)
    group = iwg_scope(G, focus) if focus else None  # resolved once, for the gap card and the invitees
    inputs = MapInputs(
        metrics=measures(G, chosen.size, chosen.seed, view=opened.view(ties)), glosses=GLOSSARY,
        communities=community_numbers(G, chosen.seed) if chosen.color == "community" else None,
        gaps=iwg_gaps(G, group) if group else (), story=told,
        invitees=iwg_invitees(G, group) if group else None,
    )
    say(MAP[2])
    if kind == "png":
        drawn = write_png(G, target, page, inputs, width=width, height=height)
    elif kind in ("pdf", "svg"):
        drawn = write_print(G, target, page, inputs)
    else:
        drawn = render_map(G, target, page, inputs)
    return MapResult(str(target), kind, drawn, opened.report,
                     {**options, "ties": ties, "story": None if story is None else os.fspath(story)})


def measures(G: nx.MultiDiGraph, size: str = "degree", seed: int = DEFAULT_SEED, *,
             view: nx.Graph | None = None) -> pd.DataFrame:
    """The centrality table the map shows, indexed by stakeholder id.

    Up to :data:`ALL_MEASURES_MAX` stakeholders: every measure, with ranks.
    Above it, the all-pairs path measures (betweenness, closeness) cost tens
    of seconds, so only degree, weighted degree, PageRank and the ``size``
    measure are computed (betweenness from a seeded sample of
    :data:`BETWEENNESS_SAMPLE` sources): the map stays quick at 10,000.
    ``view`` is ``G``'s stakeholder view when the caller has it already.
    """
    H = stakeholder_graph(G) if view is None else view
    if len(H) <= ALL_MEASURES_MAX:
        return centrality(H, seed=seed).table
    table = degree(H)
    table["pagerank"] = pagerank(H)
    if size == "betweenness":
        # sizes need the ranking, not the last digit: a seeded sample of sources
        table[size] = betweenness(H, seed=seed, exact_threshold=ALL_MEASURES_MAX,
                                  sample_size=BETWEENNESS_SAMPLE).values
    elif size == "closeness":
        table[size] = closeness(H)
    elif size == "eigenvector":
        table[size] = eigenvector(H).values
    return table


def community_numbers(G: nx.MultiDiGraph, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Seeded Louvain clusters of the stakeholder view: id -> cluster number
    (stakeholders alone in a cluster are left out and drawn grey)."""
    found = communities(stakeholder_graph(G), seed=seed)
    return {str(n): int(c) for n, c in found.membership.dropna().items()}


def demo_map(book: BookLike, out_dir: str | os.PathLike[str], *,
             picture: bool = True, title: str | None = None, lang: str = "en") -> list[Path]:
    """Draw the example map for ``stakegraph demo``: ``map.html`` in
    ``out_dir`` (sized by betweenness, headed ``title`` or the workbook's
    title, its words in ``lang``), and ``map.png`` beside it when ``picture``
    and Chromium is installed (without Chromium the picture is left out).
    Returns the files written."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    opened = as_book(book)
    written = [Path(draw_map(opened, folder / "map.html", size="betweenness", title=title, lang=lang).path)]
    if picture:
        try:
            written.append(Path(draw_map(opened, folder / "map.png", size="betweenness", title=title,
                                                  lang=lang).path))
        except StakegraphError as exc:
            if exc.code != "no-browser":
                raise
    return written


def iwg_invitees(G: nx.MultiDiGraph, iwg: Scope, top: int = INVITEES) -> list[dict[str, Any]]:
    """The ``top`` non-members that best close the gaps of the IWG whose scope
    is ``iwg`` (:func:`stakegraph.analysis.scope.iwg_scope`) against the
    built-in profile (:func:`stakegraph.analysis.recommend.recommend`), each
    with its introduction paths as ids, from a member to the invitee."""
    found = recommend_invitees(G, load_profile(None), iwg, top=top)
    ids = {fold_name(str(G.nodes[n].get("name") or n)): n for n in stakeholder_nodes(G)}
    return [{"id": c.id, "paths": [[ids[fold_name(name)] for name in path] for path in c.introducers
                                   if all(fold_name(name) in ids for name in path)]}
            for c in found.candidates]


def iwg_gaps(G: nx.MultiDiGraph, iwg: Scope) -> list[dict[str, Any]]:
    """The requirements of the IWG whose scope is ``iwg``
    (:func:`stakegraph.analysis.scope.iwg_scope`) judged against the built-in
    profile, for the map's gap card."""
    return [f.to_dict() for f in find_gaps(G, load_profile(None), iwg).findings]


def resolve_theme(G: nx.MultiDiGraph, text: str) -> str:
    """The theme of ``G`` that ``text`` names (a codebook word in any
    language, or a theme kept as written, matched without regard to case and
    accents), for ``--theme``; raises StakegraphError ``unknown-map-theme``
    naming the themes there are and the closest.

    >>> from stakegraph.model import Stakeholder, build_graph
    >>> G = build_graph([Stakeholder("Doras", "civil_society", themes=["housing", "Quantum"])], [])
    >>> resolve_theme(G, "Vivienda"), resolve_theme(G, "quantum")
    ('housing', 'Quantum')
    >>> resolve_theme(G, "housng")  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.errors.StakegraphError: 'housng' is not a theme of this workbook (it has:
    Quantum, housing); did you mean 'housing'?
    """
    present = {t for n in stakeholder_nodes(G) for t in (G.nodes[n].get("themes") or [])}
    code = default_codebook().value("theme", text) or text
    if code in present:
        return str(code)
    # a theme kept as written (not in the codebook) matches ignoring case and accents
    for theme in sorted(present):
        if fold_name(theme) == fold_name(text):
            return str(theme)
    close = did_you_mean(text, sorted(present), cutoff=LOOSE_CUTOFF, key=fold_name)
    raise StakegraphError(problem("unknown-map-theme", value=text, detail=", ".join(sorted(present)) or "none",
                                  suggestion=close))
