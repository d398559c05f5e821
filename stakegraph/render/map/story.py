"""The views a presenter steps through: a story file's, resolved against the
graph, or the default story (the whole network, its brokers, each sector,
then the IWG's gaps when the map is drawn for one).

A view, as the page reads it: ``caption``, ``focus`` (a node id),
``filter`` (``sector`` and ``level`` lists, ``theme``, ``iwg``) and
``mark`` (node ids lit, the rest faded).

Examples
--------
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.render.map.words import map_strings
>>> from stakegraph.codebook import default_codebook
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public"),
...                  Stakeholder("Red Cross", "civil_society")], [Tie("doras", "city"), Tie("doras", "red-cross")])
>>> views = default_story(G, lambda n: n, lambda n: G.nodes[n]["name"], default_codebook(), "en",
...                       map_strings("en"), {"betweenness": {"doras": 1.0, "city": 0.0, "red-cross": 0.0}})
>>> [v["caption"] for v in views]
['The whole network', 'Brokers: who links the others', 'public sector', 'civil society sector']
>>> views[1]["mark"]
['doras']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import networkx as nx

from stakegraph.codebook import LOOSE_CUTOFF, Codebook, did_you_mean, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.model import iwg_nodes, stakeholder_nodes
from stakegraph.model.story import Story, StoryView
from stakegraph.render.map.data import SECTORS

__all__ = ["BROKERS", "default_story", "story_views"]

#: the default story's brokers: at most this many, those with the highest betweenness
BROKERS = 5
Namer = Callable[[str], str]
View = dict[str, Any]


def default_story(G: nx.MultiDiGraph, pid: Namer, name: Namer, cb: Codebook, lang: str,
                  strings: Mapping[str, str], table: Mapping[str, Mapping[str, Any]],
                  iwg: str | None = None, holes: tuple[str, ...] = ()) -> list[View]:
    """The story told without a story file."""
    people = stakeholder_nodes(G)
    views: list[View] = [{"caption": strings["story_whole"]}]
    measure = table.get("betweenness") or table.get("degree") or {}
    ranked = sorted((n for n in people if (measure.get(n) or 0) > 0), key=lambda n: (-(measure.get(n) or 0), n))
    if ranked:
        views.append({"caption": strings["story_brokers"], "mark": [pid(n) for n in ranked[:BROKERS]]})
    for sector in SECTORS:
        if any(G.nodes[n].get("sector") == sector for n in people):
            label = strings["sector_name"].format(sector=cb.label("sector", sector, lang))
            views.append({"caption": label, "filter": {"sector": [sector]}})
    if iwg is not None:
        views.append({"caption": strings["gaps_title"].format(iwg=name(iwg)), "mark": [iwg, *holes]})
    return views


def story_views(G: nx.MultiDiGraph, story: Story, pid: Namer) -> list[View]:
    """The views of ``story``, every name found in ``G``; a name it lacks
    raises ``story-unknown-name`` naming the view, line and key."""
    people = stakeholder_nodes(G)
    names = {n: str(G.nodes[n].get("name") or n) for n in people}
    groups = {g: str(G.nodes[g].get("name") or g) for g in iwg_nodes(G)}
    themes = sorted({str(t) for n in people for t in (G.nodes[n].get("themes") or [])})
    out = []
    for view in story.views:
        page: View = {"caption": view.caption}
        if view.focus is not None:
            page["focus"] = pid(_find(view, "focus", view.focus, names,
                                      N_("'{text}' is not a stakeholder of this workbook"), story.source))
        chosen: dict[str, Any] = {}
        if view.sectors:
            chosen["sector"] = list(view.sectors)
        if view.levels:
            chosen["level"] = list(view.levels)
        if view.theme is not None:
            chosen["theme"] = _find(view, "filter.theme", view.theme, {t: t for t in themes},
                                    N_("'{text}' is not a theme of this workbook"), story.source)
        if view.iwg is not None:
            chosen["iwg"] = _find(view, "iwg", view.iwg, groups, N_("'{text}' is not an IWG of this workbook"),
                                  story.source)
        if chosen:
            page["filter"] = chosen
        out.append(page)
    return out


def _find(view: StoryView, key: str, text: str, known: Mapping[str, str], what: str, source: str) -> str:
    for node, label in known.items():
        if node == text or fold_name(label) == fold_name(text):
            return node
    close = did_you_mean(text, list(known.values()), cutoff=LOOSE_CUTOFF, key=fold_name)
    raise StakegraphError(problem("story-unknown-name", value=f"{source}, {view.place(key)}",
                                  detail=Phrase.of(what, text=text), suggestion=close),
                          file=source)
