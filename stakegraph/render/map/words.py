"""The words on the map: the page's phrases in nine languages, the legend,
the filters, the subtitle and the side panel's rows.

Examples
--------
>>> map_strings("de")["presentation"]
'Präsentation'
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import networkx as nx

from stakegraph.analysis.centrality import RANK_DECIMALS
from stakegraph.analysis.grid import quadrant
from stakegraph.analysis.twomode import affiliation_graph, forum_affiliations, main_groups
from stakegraph.codebook import LANGUAGES, Codebook, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import gettext, speaking
from stakegraph.model import PERSONAL_FIELDS
from stakegraph.model.jsonsafe import json_safe
from stakegraph.model.personal import looks_personal, personal_attributes
from stakegraph.render.map.choices import SIZE_MEASURES
from stakegraph.render.map.data import (
    HALO,
    IWG_COLOUR,
    MEMBER_COLOUR,
    MIGRANT_BORDER,
    SECTOR_COLOURS,
    SECTORS,
    UNKNOWN_COLOUR,
    category_colours,
)
from stakegraph.render.map.phrases import PHRASES
from stakegraph.render.text import format_cell
from stakegraph.render.words import vocab_word

__all__ = ["colouring", "facts", "filters", "forum_colouring", "legend", "map_strings",
           "measures", "subtitle"]

_FACTS = ("sector", "type", "level", "themes", "migrant_led", "influence", "interest",
          "region", "municipality", "country")
_VOCAB = {"sector": "sector", "type": "type", "level": "level"}
Strings = dict[str, str]
Namer = Callable[[str], str]
Table = dict[str, dict[str, Any]]


def map_strings(lang: str) -> dict[str, str]:
    """The page's words in ``lang``, from the ``map`` domain of the catalogue
    (:mod:`stakegraph.i18n`); a copy is the caller's to change.

    >>> map_strings("it")["search"]
    'Cerca un attore'
    >>> map_strings("ca")["fit"]
    'Ajusta'
    """
    if lang not in LANGUAGES:
        raise StakegraphError(problem("map-option-conflict", detail=(
            f"the map has no words in '{lang}'; use one of {', '.join(LANGUAGES)}")))
    return dict(_words(lang))


@lru_cache(maxsize=16)
def _words(lang: str) -> dict[str, str]:
    with speaking(lang):
        return {key: gettext(text) for key, text in PHRASES.items()}



def colouring(G: nx.MultiDiGraph, people: list[str], mode: str, communities: Mapping[str, int] | None,
               cb: Codebook, lang: str, strings: Strings, name: Namer,
               table: Table) -> tuple[dict[str, str], dict[str, Any]]:
    if mode == "sector":
        colour = {n: SECTOR_COLOURS[s] for n in people if (s := G.nodes[n].get("sector")) in SECTOR_COLOURS}
        items = [[cb.label("sector", s, lang), SECTOR_COLOURS[s]] for s in SECTORS
                 if any(G.nodes[n].get("sector") == s for n in people)]
        unknown = len(colour) < len(people)
        return colour, _legend_colours(strings["sector"], items, unknown, False, strings)
    if mode == "community" and communities is not None:
        groups: dict[int, list[str]] = defaultdict(list)
        for n in people:
            if n in communities:
                groups[communities[n]].append(n)
        degree = table.get("degree", {})
        order = sorted(groups, key=lambda c: (-len(groups[c]), min(groups[c])))
        palette = category_colours([c for c in order for _ in groups[c]], order)
        colour = {n: palette[c] for c in order if c in palette for n in groups[c]}
        items = []
        for c in order:
            if c in palette:
                lead = max(groups[c], key=lambda n: (degree.get(n) or 0, n))
                items.append([f"{name(lead)} (+{len(groups[c]) - 1})", palette[c]])
        # stakeholders alone, or in clusters beyond the palette, are "other"
        return colour, _legend_colours(strings["community"], items, False, len(colour) < len(people), strings)
    if mode == "forum":
        return forum_colouring(G, people, strings)
    vocab = _VOCAB[mode]
    values = {n: G.nodes[n].get(mode) for n in people}
    palette = category_colours(values.values(), cb.codes(vocab))
    colour = {n: palette[v] for n, v in values.items() if v in palette}
    items = [[vocab_word(vocab, v, lang), c] for v, c in palette.items()]
    unknown = any(v is None for v in values.values())
    other = any(v is not None and v not in palette for v in values.values())
    return colour, _legend_colours(strings[mode], items, unknown, other, strings)


def forum_colouring(G: nx.MultiDiGraph, people: list[str],
                    strings: Strings) -> tuple[dict[str, str], dict[str, Any]]:
    """Colour each stakeholder by its main forum in the two-mode network of
    its IWGs and forums (:func:`stakegraph.analysis.twomode.main_groups`):
    the colour of the largest forum it is in. The legend names each forum and
    its members; those in no forum, or in forums beyond the palette, are grey.
    """
    B = affiliation_graph({n: groups for n, groups in forum_affiliations(G).items() if n in set(people)})
    main = main_groups(B)
    palette = category_colours(main.values(), sorted(set(main.values()), key=lambda g: (
        -B.degree(g), fold_name(B.nodes[g]["name"]), str(g))))
    colour = {str(n): palette[g] for n, g in main.items() if g in palette}
    rows = [{"kind": "dot", "label": f"{B.nodes[g]['name']} ({B.degree(g)})", "colour": c} for g, c in palette.items()]
    if len(palette) < len(set(main.values())):
        rows.append({"kind": "dot", "label": strings["other"], "colour": UNKNOWN_COLOUR})
    if len(main) < len(people):
        rows.append({"kind": "dot", "label": strings["no_forum"], "colour": UNKNOWN_COLOUR})
    return colour, {"title": strings["forum"], "items": rows}


def _legend_colours(title: str, items: list[list[str]], unknown: bool, other: bool,
                    strings: dict[str, str]) -> dict[str, Any]:
    rows = [{"kind": "dot", "label": label, "colour": c} for label, c in items]
    if other:
        rows.append({"kind": "dot", "label": strings["other"], "colour": UNKNOWN_COLOUR})
    elif unknown:
        rows.append({"kind": "dot", "label": strings["unknown"], "colour": UNKNOWN_COLOUR})
    return {"title": title, "items": rows}



def facts(G: nx.MultiDiGraph, n: str, cb: Codebook, lang: str, strings: Strings,
          roles: list[tuple[str, Any]], name: Namer, *, contacts: bool, extras: bool) -> list[list[str]]:
    """The side panel's rows for stakeholder ``n``: known columns in words,
    its power–interest quadrant when it is rated for both, personal columns
    (:func:`~stakegraph.model.personal.personal_attributes`) only when
    ``contacts``, unknown columns only when ``extras``."""
    a = G.nodes[n]
    rows: list[list[str]] = []

    def label(field: str) -> str:
        try:
            return cb.column_label("stakeholders", field, lang)
        except KeyError:
            return field

    for field in _FACTS:
        value = a.get(field)
        if value is None or value == [] or value == "":
            continue
        if field in _VOCAB:
            text = vocab_word(_VOCAB[field], value, lang)
        elif field == "themes":
            text = ", ".join(vocab_word("theme", t, lang) for t in value)
        elif field == "migrant_led":
            text = strings["yes"] if value else strings["no"]
        elif not contacts and looks_personal(value):
            continue  # an address typed into the region column is still an address
        else:
            text = str(json_safe(value))
        rows.append([label(field), text])
    where = quadrant(a.get("influence"), a.get("interest"))
    if where is not None:
        rows.append([strings["power_interest"], strings[where]])
    personal = personal_attributes(G)
    if contacts:
        rows += [[label(f) if f in PERSONAL_FIELDS else str(f), str(json_safe(a[f]))]
                 for f in personal if a.get(f) not in (None, "")]
    if extras:
        for header in G.graph.get("extra_columns", []):
            value = a.get(header)
            # an address or a number in a column that is mostly something else stays off too
            if value in (None, "") or header in personal or (not contacts and looks_personal(value)):
                continue
            rows.append([str(header), str(json_safe(value))])
    for g, role in roles:
        rows.append([strings["member_of"], f"{name(g)} ({role})" if role else name(g)])
    return rows


def measures(table: Table, n: str, strings: Strings) -> list[list[str]]:
    """The side panel's measures of ``n``: ``[name, value, measure]``, the
    value with its rank when the table has a ``<measure>_rank`` column (the
    page looks each measure's gloss up once, not per stakeholder)."""
    shown = [m for m in table if not m.endswith(("_rank", "_raw"))]
    order = [m for m in SIZE_MEASURES if m in shown] + sorted(m for m in shown if m not in SIZE_MEASURES)
    rows = []
    for m in order:
        value = json_safe(table[m].get(n))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # printed as the reports print it, to the decimals its rank compares
            text = str(int(value)) if float(value).is_integer() else format_cell(float(value), RANK_DECIMALS)
            rank = json_safe(table.get(f"{m}_rank", {}).get(n))
            if isinstance(rank, (int, float)):
                text += f" (#{int(rank)})"
            rows.append([strings.get(m, m.replace("_", " ")), text, m])
    return rows


def legend(G: nx.MultiDiGraph, colour_legend: dict[str, Any], strings: Strings, size: str,
           highlight: str | None, tied: set[str], people: list[str], groups: list[str], holes: list[str],
           focus: str | None, name: Namer, ties: list[tuple[str, str, dict[str, Any]]]) -> list[dict[str, Any]]:
    marks = []
    if groups:
        marks.append({"kind": "diamond", "label": strings["iwg_node"], "colour": IWG_COLOUR})
    if any(G.nodes[n].get("migrant_led") for n in people):
        marks.append({"kind": "migrant", "label": strings["migrant_led"], "colour": MIGRANT_BORDER})
    if any(n not in tied for n in people):
        marks.append({"kind": "isolate", "label": strings["isolate"], "colour": "#000000"})
    if any(h.startswith("missing:") for h in holes):
        marks.append({"kind": "placeholder", "label": strings["missing_node"], "colour": UNKNOWN_COLOUR})
    if any(h.startswith("missing-type:") for h in holes):
        marks.append({"kind": "placeholder", "label": strings["missing_type_node"], "colour": UNKNOWN_COLOUR})
    if focus:
        marks.append({"kind": "faded", "label": strings["faded"].format(iwg=name(focus)), "colour": UNKNOWN_COLOUR})
    if highlight is not None:
        marks.append({"kind": "halo", "label": highlight, "colour": HALO})
    lines = [{"kind": "line", "label": strings["tie"], "colour": "#5f5f5f"}] if ties else []
    if any(d.get("type") == "information" for _, _, d in ties):
        lines.append({"kind": "dashed", "label": strings["information"], "colour": "#5f5f5f"})
    if any(d.get("directed") for _, _, d in ties):
        lines.append({"kind": "arrow", "label": strings["directed"], "colour": "#5f5f5f"})
    if any(d.get("status") == "one-sided" for _, _, d in ties):
        lines.append({"kind": "onesided", "label": strings["one_sided"], "colour": "#5f5f5f"})
    if len(G.edges()) > len(ties):
        lines.append({"kind": "dotted", "label": strings["membership"], "colour": MEMBER_COLOUR})
    measure = strings.get(size, size.replace("_", " "))
    return [colour_legend,
            {"title": f"{strings['size']}: {measure}", "items": []},
            {"title": strings["shape"], "items": marks},
            {"title": strings["ties"], "items": lines}]


def filters(G: nx.MultiDiGraph, people: list[str], groups: list[str], cb: Codebook, lang: str,
             strings: Strings, name: Namer) -> dict[str, list[list[str]]]:
    def options(field: str, vocab: str) -> list[list[str]]:
        counts = Counter(G.nodes[n].get(field) for n in people)
        known = [c for c in cb.codes(vocab) if c in counts]
        rest = sorted(str(c) for c in counts if c is not None and c not in known)
        rows = [[c, vocab_word(vocab, c, lang)] for c in known + rest]
        return rows + ([["", strings["unknown"]]] if None in counts else [])

    themes = Counter(t for n in people for t in (G.nodes[n].get("themes") or []))
    known = [t for t in cb.codes("theme") if t in themes]
    theme_rows = [[t, vocab_word("theme", t, lang)] for t in known + sorted(set(themes) - set(known))]
    return {
        "sector": options("sector", "sector"), "level": options("level", "level"),
        "theme": theme_rows, "iwg": [[g, name(g)] for g in groups],
    }


def subtitle(G: nx.MultiDiGraph, people: list[str], groups: list[str], ties: list[Any], strings: Strings,
              focus: str | None, name: Namer, theme: str | None, cb: Codebook, lang: str) -> str:
    places: Counter[str] = Counter()
    for n in people:
        a = G.nodes[n]
        place = a.get("region") or a.get("municipality") or a.get("country")
        if place and not looks_personal(place):
            places[str(place)] += 1
    ranked = [p for p, _ in places.most_common()]
    where = ", ".join(ranked) if len(ranked) <= 3 else f"{ranked[0]} +{len(ranked) - 1}"
    counts = strings["counts"].format(stakeholders=len(people), ties=len(ties), iwgs=len(groups))
    parts = [where, dt.date.today().isoformat(), counts]
    if focus:
        parts.append(f"{strings['focus']}: {name(focus)}")
    if theme:
        parts.append(f"{strings['theme']}: {vocab_word('theme', theme, lang)}")
    return " · ".join(p for p in parts if p)
