"""From the graph to what the map page holds: styled nodes and edges, the
side-panel facts, the legend, the filters, the title.

:func:`build_map` does the deciding (what is faded, what is missing, which
labels show, what is anonymised); :mod:`stakegraph.render.map_html` writes
the page. Nothing here touches files.

Examples
--------
>>> from stakegraph.model import Stakeholder, Membership, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public")],
...                 memberships=[Membership("doras", "IWG"), Membership("city", "IWG")])
>>> built = build_map(G, options=MapOptions(iwg="IWG"))
>>> [built.info[n["id"]]["name"] for n in built.nodes if built.info[n["id"]]["kind"] == "placeholder"]
['missing: private sector']
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import networkx as nx

from stakegraph.codebook import Codebook, default_codebook, fold_name
from stakegraph.errors import StakegraphError, problem
from stakegraph.model import (
    PERSONAL_FIELDS,
    iwg_members,
    iwg_nodes,
    stakeholder_graph,
    stakeholder_nodes,
)
from stakegraph.render.map_data import (
    HALO,
    HALO_EDGE,
    IWG_COLOUR,
    MEMBER_COLOUR,
    MIGRANT_BORDER,
    SECTOR_COLOURS,
    SECTORS,
    UNKNOWN_COLOUR,
    anonymous_codes,
    category_colours,
    fade,
    plain,
    size_scale,
    tie_style,
)
from stakegraph.render.map_layout import focus_positions, spring_positions

__all__ = ["COLOR_MODES", "LANGUAGES", "MEASURES", "BuiltMap", "MapOptions", "build_map", "map_strings"]

COLOR_MODES = ("sector", "community", "level", "type")
MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank")
_FACTS = ("sector", "type", "level", "themes", "migrant_led", "influence", "interest",
          "region", "municipality", "country")
_VOCAB = {"sector": "sector", "type": "type", "level": "level"}
_ALL_LABELS = 40


@lru_cache(maxsize=1)
def _all_strings() -> dict[str, dict[str, str]]:
    text = resources.files("stakegraph.render").joinpath("assets", "map_strings.json").read_text("utf-8")
    return json.loads(text)


#: the languages the map's words are written in
LANGUAGES = ("en", "es", "it", "el", "pt", "fr", "de", "sv")


def map_strings(lang: str) -> dict[str, str]:
    """The page's words in ``lang``.

    >>> map_strings("it")["search"]
    'Cerca un attore'
    """
    strings = _all_strings()
    if lang not in strings:
        raise StakegraphError(problem("map-option-conflict", detail=(
            f"the map has no words in '{lang}'; use one of {', '.join(strings)}")))
    return strings[lang]


@dataclass(frozen=True)
class MapOptions:
    """How to draw the map (see :func:`stakegraph.render.map_html.render_map`)."""

    color: str = "sector"
    size: str = "degree"
    iwg: str | None = None
    theme: str | None = None
    anonymize: bool = False
    show_contacts: bool = False
    title: str | None = None
    lang: str = "en"
    highlight: Mapping[str, Any] | None = None
    missing_sectors: list[str] | None = None
    seed: int = 7
    physics_max_nodes: int = 300
    font: str = "sans-serif"
    label_top: int = 25


@dataclass
class BuiltMap:
    """The page's data: vis nodes and edges, facts by id, legend, filters."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    info: dict[str, dict[str, Any]]
    edge_info: dict[str, dict[str, Any]]
    legend: list[dict[str, Any]]
    filters: dict[str, list[list[Any]]]
    initial: dict[str, Any]
    title: str
    subtitle: str
    physics: bool
    strings: dict[str, str]
    counts: dict[str, Any]

    def payload(self, options: dict[str, Any]) -> dict[str, Any]:
        """Everything the page's script reads, with the vis ``options``."""
        return {
            "strings": self.strings, "physics": self.physics, "nodes": self.nodes,
            "edges": self.edges, "info": self.info, "edgeInfo": self.edge_info,
            "legend": self.legend, "filters": self.filters, "initial": self.initial,
            "options": options,
        }

    def summary(self) -> dict[str, Any]:
        """What was drawn, for the command's output."""
        return {"nodes": len(self.nodes), "edges": len(self.edges), **self.counts, "physics": self.physics}


def build_map(
    G: nx.MultiDiGraph,
    *,
    metrics: Any = None,
    communities: Mapping[str, int] | None = None,
    glosses: Mapping[str, str] | None = None,
    options: MapOptions = MapOptions(),
) -> BuiltMap:
    """Decide everything the map shows for ``G`` (which is not changed)."""
    o = options
    strings = map_strings(o.lang)
    if o.anonymize and o.show_contacts:
        raise StakegraphError(problem("map-option-conflict", detail=(
            "--anonymize and --show-contacts cannot be used together: an anonymous map shows no contacts")))
    if o.color not in COLOR_MODES:
        raise ValueError(f"color must be one of {COLOR_MODES}, not {o.color!r}")
    if o.color == "community" and communities is None:
        raise ValueError("color='community' needs the communities")
    cb = default_codebook()
    people, groups = stakeholder_nodes(G), iwg_nodes(G)
    codes = anonymous_codes(G) if o.anonymize else {}

    def pid(n: str) -> str:
        return codes.get(n, n)

    def name(n: str) -> str:
        return codes[n] if n in codes else str(G.nodes[n].get("name") or n)

    table = _metric_table(G, metrics)
    if o.size not in table:
        raise ValueError(f"no measure {o.size!r} to size the nodes by; have {sorted(table)}")
    focus = _resolve_iwg(G, o.iwg) if o.iwg else None
    theme = _resolve_theme(G, cb, o.theme) if o.theme else None
    members = iwg_members(G, focus) if focus else []
    present = {G.nodes[m].get("sector") for m in members}
    missing = [] if not focus else (
        list(o.missing_sectors) if o.missing_sectors is not None else [s for s in SECTORS if s not in present])
    holes = [f"missing:{s}" for s in missing]
    ties = [(u, v, d) for u, v, d in G.edges(data=True) if d.get("kind") == "tie"]
    tied = {u for u, _, _ in ties} | {v for _, v, _ in ties}
    roles = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "member":
            roles[u].append((v, d.get("role")))
    pos = _positions(G, focus, members, holes, o.seed)
    colour, colour_legend = _colouring(G, people, o.color, communities, cb, o.lang, strings, name, table)
    sizes = size_scale({n: table[o.size].get(n) for n in people})
    top = set(people) if len(people) <= _ALL_LABELS else set(
        sorted(people, key=lambda n: (-sizes[n], n))[: o.label_top])
    hl = o.highlight or {}
    hl_nodes = set(hl.get("nodes", ()))
    hl_edges = {frozenset(e) for e in hl.get("edges", ())}
    lit = set(members) | {focus} if focus else None
    total = len(people) + len(groups) + len(holes)
    # the ring of an IWG is drawn on purpose: physics would pull it apart
    physics = total <= o.physics_max_nodes and focus is None

    nodes: list[dict[str, Any]] = []
    info: dict[str, dict[str, Any]] = {}
    for n in people:
        a = G.nodes[n]
        faded = lit is not None and n not in lit
        fill = colour.get(n, UNKNOWN_COLOUR)
        border = MIGRANT_BORDER if a.get("migrant_led") else ("#000000" if n not in tied else "#ffffff")
        node: dict[str, Any] = {
            "id": pid(n), "label": name(n) if (n in top or n in hl_nodes) else "",
            "x": pos[n][0], "y": pos[n][1], "size": sizes[n], "shape": "dot",
            "borderWidth": 5 if a.get("migrant_led") else (3 if n not in tied else 2),
            "color": _colour(fade(fill) if faded else fill, fade(border) if faded else border),
        }
        if n not in tied:
            node["shapeProperties"] = {"borderDashes": [4, 3]}
        if faded:
            node["font"] = {"color": "rgba(26,26,26,0.35)"}
        if n in hl_nodes:
            node["shadow"] = {"enabled": True, "color": HALO, "size": 28, "x": 0, "y": 0}
        nodes.append(node)
        info[pid(n)] = {
            "kind": "stakeholder", "name": name(n), "sector": a.get("sector") or "",
            "level": a.get("level") or "", "themes": list(a.get("themes") or []),
            "iwgs": [g for g, _ in roles[n]], "migrantLed": bool(a.get("migrant_led")),
            "isolate": n not in tied, "faded": faded, "top": n in top, "highlight": n in hl_nodes,
            "facts": _facts(G, n, cb, o, strings, roles[n], name),
            "measures": _measures(table, n, glosses or {}, strings),
        }
    for g in groups:
        faded = lit is not None and g not in lit
        nodes.append({
            "id": g, "label": name(g), "x": pos[g][0], "y": pos[g][1], "size": 26, "shape": "diamond",
            "borderWidth": 2, "color": _colour(fade(IWG_COLOUR) if faded else IWG_COLOUR, "#ffffff"),
            **({"font": {"color": "rgba(26,26,26,0.35)"}} if faded else {}),
        })
        inside = iwg_members(G, g)
        info[g] = {
            "kind": "iwg", "name": name(g), "faded": faded, "top": True, "iwgs": [g],
            "members": [[name(m), next((r or "" for x, r in roles[m] if x == g), "")] for m in inside],
            "facts": [], "measures": [],
        }
    for sector, hole in zip(missing, holes, strict=True):
        what = strings["sector_name"].format(sector=cb.label("sector", sector, o.lang))
        label = strings["missing"].format(what=what)
        nodes.append({
            "id": hole, "label": label, "x": pos[hole][0], "y": pos[hole][1], "shape": "box",
            "borderWidth": 3, "shapeProperties": {"borderDashes": [6, 4]},
            "color": _colour("#ffffff", SECTOR_COLOURS.get(sector, UNKNOWN_COLOUR)),
            "font": {"color": "#333333"},
        })
        info[hole] = {"kind": "placeholder", "name": label, "sector": sector, "iwgs": [focus],
                      "faded": False, "top": True, "facts": [], "measures": []}

    edges, edge_info = _edges(G, pid, lit, hl_edges, focus, holes, cb, o)
    legend = _legend(G, colour_legend, strings, o, tied, people, groups, holes, focus, name, ties)
    return BuiltMap(
        nodes=nodes, edges=edges, info=info, edge_info=edge_info, legend=legend,
        filters=_filters(G, people, groups, cb, o.lang, strings, name),
        initial={"theme": theme, "iwg": None},
        title=o.title or G.graph.get("title") or strings["map_title"],
        subtitle=_subtitle(G, people, groups, ties, strings, focus, name, theme, cb, o.lang),
        physics=physics, strings=strings,
        counts={"stakeholders": len(people), "ties": len(ties), "iwgs": len(groups),
                "placeholders": len(holes), "anonymized": o.anonymize,
                "contacts_shown": o.show_contacts},
    )


def _colour(fill: str, border: str) -> dict[str, Any]:
    return {"background": fill, "border": border,
            "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"}}


def _metric_table(G: nx.MultiDiGraph, metrics: Any) -> dict[str, dict[str, Any]]:
    if metrics is None:
        H = stakeholder_graph(G)
        return {"degree": dict(H.degree()), "weighted_degree": dict(H.degree(weight="weight"))}
    if hasattr(metrics, "to_dict") and hasattr(metrics, "columns"):
        metrics = metrics.to_dict(orient="dict")
    return {str(k): {str(n): plain(v) for n, v in col.items()} for k, col in metrics.items()}


def _resolve_iwg(G: nx.MultiDiGraph, text: str) -> str:
    names = {g: str(G.nodes[g].get("name") or g) for g in iwg_nodes(G)}
    for g, label in names.items():
        if fold_name(label) == fold_name(text) or g == text:
            return g
    close = difflib.get_close_matches(text, list(names.values()), n=1, cutoff=0.6)
    raise StakegraphError(problem("unknown-iwg", value=text, detail=", ".join(names.values()) or "none",
                                  suggestion=close[0] if close else None))


def _resolve_theme(G: nx.MultiDiGraph, cb: Codebook, text: str) -> str:
    present = {t for n in stakeholder_nodes(G) for t in (G.nodes[n].get("themes") or [])}
    code = cb.value("theme", text) or text
    if code in present:
        return code
    close = difflib.get_close_matches(text, sorted(present), n=1, cutoff=0.6)
    raise StakegraphError(problem("unknown-map-theme", value=text, detail=", ".join(sorted(present)) or "none",
                                  suggestion=close[0] if close else None))


def _positions(G: nx.MultiDiGraph, focus: str | None, members: list[str], holes: list[str],
               seed: int) -> dict[str, tuple[float, float]]:
    links = [(u, v) for u, v in G.edges()]
    if focus is None:
        return spring_positions(list(G), links, seed=seed)
    ring_set = set(members) | {focus}
    others = [n for n in G if n not in ring_set]
    far = spring_positions(others, [(u, v) for u, v in links if u not in ring_set and v not in ring_set],
                           seed=seed)
    order = {s: i for i, s in enumerate(SECTORS)}
    ring = sorted(members, key=lambda m: (order.get(G.nodes[m].get("sector"), 9), m)) + holes
    return focus_positions(focus, ring, far)


def _labelled(cb: Codebook, vocab: str, code: Any, lang: str) -> str:
    return cb.label(vocab, code, lang) if code in cb.codes(vocab) else str(code)


def _colouring(G, people, mode, communities, cb, lang, strings, name, table):  # noqa: ANN001, ANN202
    if mode == "sector":
        colour = {n: SECTOR_COLOURS[s] for n in people if (s := G.nodes[n].get("sector")) in SECTOR_COLOURS}
        items = [[cb.label("sector", s, lang), SECTOR_COLOURS[s]] for s in SECTORS
                 if any(G.nodes[n].get("sector") == s for n in people)]
        unknown = len(colour) < len(people)
        return colour, _legend_colours(strings["sector"], items, unknown, False, strings)
    if mode == "community":
        groups = defaultdict(list)
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
        return colour, _legend_colours(strings["community"], items, len(colour) < len(people),
                                       len(palette) < len(order), strings)
    vocab = _VOCAB[mode]
    values = {n: G.nodes[n].get(mode) for n in people}
    palette = category_colours(values.values(), cb.codes(vocab))
    colour = {n: palette[v] for n, v in values.items() if v in palette}
    items = [[_labelled(cb, vocab, v, lang), c] for v, c in palette.items()]
    unknown = any(v is None for v in values.values())
    other = any(v is not None and v not in palette for v in values.values())
    return colour, _legend_colours(strings[mode], items, unknown, other, strings)


def _legend_colours(title: str, items: list[list[str]], unknown: bool, other: bool,
                    strings: dict[str, str]) -> dict[str, Any]:
    rows = [{"kind": "dot", "label": label, "colour": c} for label, c in items]
    if other:
        rows.append({"kind": "dot", "label": strings["other"], "colour": UNKNOWN_COLOUR})
    elif unknown:
        rows.append({"kind": "dot", "label": strings["unknown"], "colour": UNKNOWN_COLOUR})
    return {"title": title, "items": rows}


def _facts(G, n, cb, o, strings, roles, name):  # noqa: ANN001, ANN202
    a = G.nodes[n]
    rows: list[list[str]] = []

    def label(field: str) -> str:
        try:
            return cb.column_label("stakeholders", field, o.lang)
        except KeyError:
            return field

    for field in _FACTS:
        value = a.get(field)
        if value is None or value == [] or value == "":
            continue
        if field in _VOCAB:
            text = _labelled(cb, _VOCAB[field], value, o.lang)
        elif field == "themes":
            text = ", ".join(_labelled(cb, "theme", t, o.lang) for t in value)
        elif field == "migrant_led":
            text = strings["yes"] if value else strings["no"]
        else:
            text = str(plain(value))
        rows.append([label(field), text])
    if o.show_contacts:
        rows += [[label(f), str(plain(a[f]))] for f in PERSONAL_FIELDS if a.get(f) not in (None, "")]
    if not o.anonymize:
        for header in G.graph.get("extra_columns", []):
            if a.get(header) not in (None, ""):
                rows.append([str(header), str(plain(a[header]))])
    for g, role in roles:
        rows.append([strings["member_of"], f"{name(g)} ({role})" if role else name(g)])
    return rows


def _measures(table, n, glosses, strings):  # noqa: ANN001, ANN202
    order = [m for m in MEASURES if m in table] + sorted(m for m in table if m not in MEASURES)
    rows = []
    for m in order:
        value = plain(table[m].get(n))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = str(int(value)) if float(value).is_integer() else f"{value:.3g}"
            rows.append([strings.get(m, m.replace("_", " ")), text, glosses.get(m, "")])
    return rows


def _edges(G, pid, lit, hl_edges, focus, holes, cb, o):  # noqa: ANN001, ANN202
    edges, edge_info = [], {}
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        eid = f"e{i}"
        faded = lit is not None and not (u in lit and v in lit)
        if d.get("kind") == "tie":
            style = tie_style(d.get("type"), d.get("weight"), bool(d.get("directed")))
            edge_info[eid] = {
                "kind": "tie", "type": _labelled(cb, "tie_type", d.get("type"), o.lang),
                "weight": plain(d.get("weight")), "since": plain(d.get("since")),
                "notes": None if o.anonymize else plain(d.get("notes")),
                "information": d.get("type") == "information", "directed": bool(d.get("directed")),
            }
        else:
            style = {"width": 1, "dashes": [2, 5], "color": {"color": MEMBER_COLOUR, "opacity": 0.8},
                     "arrows": {"to": {"enabled": False}}}
            edge_info[eid] = {"kind": "member", "type": str(d.get("role") or "member")}
        if faded:
            style["color"] = {"color": style["color"]["color"], "opacity": 0.12}
        if frozenset((u, v)) in hl_edges:
            style["width"] = max(3.0, style["width"] * 1.8)
            style["color"] = {"color": HALO_EDGE, "opacity": 1.0}
            style["shadow"] = {"enabled": True, "color": HALO, "size": 12, "x": 0, "y": 0}
            edge_info[eid]["highlight"] = True
        edges.append({"id": eid, "from": pid(u), "to": pid(v), **style})
    for j, hole in enumerate(holes):
        edges.append({"id": f"p{j}", "from": focus, "to": hole, "width": 1.5, "dashes": [6, 4],
                      "color": {"color": MEMBER_COLOUR, "opacity": 0.9}, "arrows": {"to": {"enabled": False}}})
        edge_info[f"p{j}"] = {"kind": "placeholder", "type": ""}
    return edges, edge_info


def _legend(G, colour_legend, strings, o, tied, people, groups, holes, focus, name, ties):  # noqa: ANN001, ANN202
    marks = []
    if groups:
        marks.append({"kind": "diamond", "label": strings["iwg_node"], "colour": IWG_COLOUR})
    if any(G.nodes[n].get("migrant_led") for n in people):
        marks.append({"kind": "migrant", "label": strings["migrant_led"], "colour": MIGRANT_BORDER})
    if any(n not in tied for n in people):
        marks.append({"kind": "isolate", "label": strings["isolate"], "colour": "#000000"})
    if holes:
        marks.append({"kind": "placeholder", "label": strings["missing_node"], "colour": UNKNOWN_COLOUR})
    if focus:
        marks.append({"kind": "faded", "label": strings["faded"].format(iwg=name(focus)), "colour": UNKNOWN_COLOUR})
    if o.highlight:
        marks.append({"kind": "halo", "label": str(o.highlight.get("label") or "highlight"), "colour": HALO})
    lines = [{"kind": "line", "label": strings["tie"], "colour": "#5f5f5f"}] if ties else []
    if any(d.get("type") == "information" for _, _, d in ties):
        lines.append({"kind": "dashed", "label": strings["information"], "colour": "#5f5f5f"})
    if any(d.get("directed") for _, _, d in ties):
        lines.append({"kind": "arrow", "label": strings["directed"], "colour": "#5f5f5f"})
    if len(G.edges()) > len(ties):
        lines.append({"kind": "dotted", "label": strings["membership"], "colour": MEMBER_COLOUR})
    size = strings.get(o.size, o.size.replace("_", " "))
    return [colour_legend,
            {"title": f"{strings['size']}: {size}", "items": []},
            {"title": strings["shape"], "items": marks},
            {"title": strings["ties"], "items": lines}]


def _filters(G, people, groups, cb, lang, strings, name):  # noqa: ANN001, ANN202
    def options(field: str, vocab: str) -> list[list[str]]:
        counts = Counter(G.nodes[n].get(field) for n in people)
        known = [c for c in cb.codes(vocab) if c in counts]
        rest = sorted(str(c) for c in counts if c is not None and c not in known)
        rows = [[c, _labelled(cb, vocab, c, lang)] for c in known + rest]
        return rows + ([["", strings["unknown"]]] if None in counts else [])

    themes = Counter(t for n in people for t in (G.nodes[n].get("themes") or []))
    known = [t for t in cb.codes("theme") if t in themes]
    theme_rows = [[t, _labelled(cb, "theme", t, lang)] for t in known + sorted(set(themes) - set(known))]
    return {
        "sector": options("sector", "sector"), "level": options("level", "level"),
        "theme": theme_rows, "iwg": [[g, name(g)] for g in groups],
    }


def _subtitle(G, people, groups, ties, strings, focus, name, theme, cb, lang) -> str:  # noqa: ANN001
    places = Counter()
    for n in people:
        a = G.nodes[n]
        place = a.get("region") or a.get("municipality") or a.get("country")
        if place:
            places[str(place)] += 1
    ranked = [p for p, _ in places.most_common()]
    where = ", ".join(ranked) if len(ranked) <= 3 else f"{ranked[0]} +{len(ranked) - 1}"
    counts = strings["counts"].format(stakeholders=len(people), ties=len(ties), iwgs=len(groups))
    parts = [where, dt.date.today().isoformat(), counts]
    if focus:
        parts.append(f"{strings['focus']}: {name(focus)}")
    if theme:
        parts.append(f"{strings['theme']}: {_labelled(cb, 'theme', theme, lang)}")
    return " · ".join(p for p in parts if p)
