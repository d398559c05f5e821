"""From the graph to what the map page holds: styled nodes and edges, the
side-panel facts, the legend, the filters, the title.

:func:`build_map` does the deciding (what is faded, what is missing, which
labels show, what is anonymised); :mod:`stakegraph.render.map.page` writes
the page. Nothing here touches files.

Examples
--------
>>> from stakegraph.model import Stakeholder, Membership, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public")],
...                 memberships=[Membership("doras", "IWG"), Membership("city", "IWG")])
>>> built = build_map(G, options=MapOptions(iwg="iwg:iwg"))
>>> [built.info[n["id"]]["name"] for n in built.nodes if built.info[n["id"]]["kind"] == "placeholder"]
['missing: private sector']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from stakegraph.analysis.glossary import GLOSSARY
from stakegraph.codebook import Codebook, default_codebook
from stakegraph.errors import StakegraphError, problem
from stakegraph.model import (
    iwg_members,
    iwg_nodes,
    stakeholder_graph,
    stakeholder_nodes,
)
from stakegraph.model.jsonsafe import json_safe
from stakegraph.model.personal import looks_personal
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.map.choices import COLOR_MODES
from stakegraph.render.map.communities import AGGREGATE_MIN, aggregates, group
from stakegraph.render.map.data import (
    DENSE_TIE_COLOUR,
    FADED_BORDER,
    HALO,
    HALO_EDGE,
    IWG_COLOUR,
    MEMBER_COLOUR,
    MIGRANT_BORDER,
    SECTOR_COLOURS,
    SECTORS,
    TIE_COLOUR,
    UNKNOWN_COLOUR,
    anonymous_codes,
    fade,
    size_scale,
    tie_style,
)
from stakegraph.render.map.gaps import gap_card
from stakegraph.render.map.layout import (
    focus_positions,
    label_order,
    spaced_labels,
    spread,
    spring_positions,
)
from stakegraph.render.map.words import (
    Namer,
    Table,
    colouring,
    facts,
    filters,
    labelled,
    map_strings,
    measures,
    subtitle,
)
from stakegraph.render.map.words import legend as legend_rows

__all__ = ["BuiltMap", "MapOptions", "build_map"]

#: a map of at most this many stakeholders names them all (room allowing);
#: so does the page when a filter leaves at most this many shown
_ALL_LABELS = 40
#: at most this many isolates are named before the biggest stakeholders
_NAMED_ISOLATES = 10
#: the page always names this many of the most central stakeholders first
_CENTRAL = 10
#: the size of an IWG's diamond
_IWG_SIZE = 26


@dataclass(frozen=True)
class MapOptions:
    """How to draw the map (see :func:`stakegraph.render.map.page.render_map`)."""

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
    seed: int = DEFAULT_SEED
    physics_max_nodes: int = 300
    font: str = "sans-serif"
    label_top: int = 25
    aggregate_min: int = AGGREGATE_MIN


@dataclass
class BuiltMap:
    """The page's data: vis nodes and edges, facts by id, legend, filters."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    info: dict[str, dict[str, Any]]
    edge_info: dict[str, list[Any]]
    legend: list[dict[str, Any]]
    filters: dict[str, list[list[Any]]]
    initial: dict[str, Any]
    title: str
    subtitle: str
    physics: bool
    strings: dict[str, str]
    counts: dict[str, Any]
    label_limit: int | None = None
    glosses: dict[str, str] = field(default_factory=dict)
    gaps: dict[str, Any] | None = None
    aggregate: dict[str, Any] | None = None

    @property
    def edge_colour(self) -> dict[str, Any]:
        """The default colour of a tie: the more ties, the fainter each, so
        that thousands of ties do not hide the nodes; a darker grey as they
        fade, so that one tie alone keeps 3:1 on the white page."""
        m = len(self.edges)
        return {"color": TIE_COLOUR, "opacity": 0.8} if m <= 300 else {"color": DENSE_TIE_COLOUR, "opacity": 0.6}

    def payload(self, options: dict[str, Any]) -> dict[str, Any]:
        """Everything the page's script reads, with the vis ``options``."""
        return {
            "strings": self.strings, "physics": self.physics, "nodes": self.nodes,
            "edges": self.edges, "info": self.info, "edgeInfo": self.edge_info,
            "legend": self.legend, "filters": self.filters, "initial": self.initial,
            "labelLimit": self.label_limit, "labelAll": _ALL_LABELS, "glosses": self.glosses, "options": options,
            "gaps": self.gaps, "aggregate": self.aggregate,
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
    gaps: Iterable[Mapping[str, Any]] = (),
    options: MapOptions = MapOptions(),
) -> BuiltMap:
    """Decide everything the map shows for ``G`` (which is not changed);
    ``gaps`` are the ``--iwg`` group's judged requirements, for its gap card."""
    o = options
    strings = map_strings(o.lang)
    if o.anonymize and o.show_contacts:
        raise StakegraphError(problem("map-option-conflict", detail=(
            "an anonymous map shows no contacts: anonymize and show_contacts cannot both be asked for")))
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
    # the job resolved the names a user wrote (stakegraph.jobs.map): here they are the graph's own
    focus, theme = o.iwg, o.theme
    if focus is not None and G.nodes.get(focus, {}).get("kind") != "iwg":
        raise ValueError(f"iwg must be the node id of an IWG (stakegraph.model.find_iwg), not {focus!r}")
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
    # a big map opens on its communities, laid out community by community
    clusters = group(G, people, seed=o.seed) if aggregates(len(people), focus, o.aggregate_min) else None
    pos = clusters.positions() if clusters else _positions(G, focus, members, holes, o.seed)
    colour, colour_legend = colouring(G, people, o.color, communities, cb, o.lang, strings, name, table)
    # the more nodes, the smaller the biggest: a crowded map stays legible
    sizes = size_scale({n: table[o.size].get(n) for n in people}, 10.0 if len(people) <= 300 else 6.0,
                       45.0 if len(people) <= 60 else 34.0 if len(people) <= 300 else 24.0)
    hl = o.highlight or {}
    hl_nodes = set(hl.get("nodes", ()))
    # an IWG's members and what a diff highlights are the subject: named first
    always = set(members) | hl_nodes
    # a small map may name everyone, a large one its biggest: never overlapping
    # each other or an IWG's name; a few isolates are a gap worth naming first
    limit = max(len(always), len(people) if len(people) <= _ALL_LABELS else o.label_top)
    isolates = [n for n in people if n not in tied]
    first = always | set(isolates if len(isolates) <= _NAMED_ISOLATES else ())
    top = spaced_labels(pos, {**sizes, **dict.fromkeys(groups, _IWG_SIZE)},
                        {n: name(n) for n in [*people, *groups]}, limit=limit, first=first, fixed=groups)
    # drawn for an IWG, the most central are its members' most central: the others are faded context
    subject = set(members) or set(people)
    ranked = label_order({n: sizes[n] for n in people if n in subject}, first=first, central=_CENTRAL)
    ranked += label_order({n: sizes[n] for n in people if n not in subject}, first=first, central=0)
    rank = {n: i for i, n in enumerate(ranked)}
    hl_edges = {frozenset(e) for e in hl.get("edges", ())}
    hl_label = str(hl.get("label") or "highlight") if o.highlight else None
    lit = set(members) | {focus} if focus else None
    total = len(people) + len(groups) + len(holes)
    # the ring of an IWG is drawn on purpose: physics would pull it apart
    physics = 0 < total <= o.physics_max_nodes and focus is None

    scene = _Scene(G, o, cb, strings, pid, name, pos, sizes, colour, tied, top, first, hl_nodes, lit,
                   roles, table, rank)
    drawn = ([_stakeholder(scene, n) for n in people] + [_iwg(scene, g) for g in groups]
             + [_placeholder(scene, s, hole, focus) for s, hole in zip(missing, holes, strict=True)])
    nodes = [node for node, _ in drawn]
    info = {node["id"]: facts_of for node, facts_of in drawn}

    edges, edge_info = _edges(G, pid, lit, hl_edges, focus, holes, cb, o)
    legend = legend_rows(G, colour_legend, strings, o.size, hl_label, tied, people, groups, holes, focus, name, ties)
    aggregate = None
    if clusters:
        made = clusters.drawn(pid, name, strings, colour, colour_legend["items"], o.lang)
        nodes += made["nodes"]
        edges += made["edges"]
        info.update(made["info"])
        edge_info.update(made["edge_info"])
        legend.append(made["legend"])
        aggregate = made["page"]
    return BuiltMap(
        nodes=nodes, edges=edges, info=info, edge_info=edge_info, legend=legend,
        filters=filters(G, people, groups, cb, o.lang, strings, name),
        initial={"theme": theme, "iwg": None},
        title=o.title or _sheet_title(G, o) or strings["map_title"],
        subtitle=subtitle(G, people, groups, ties, strings, focus, name, theme, cb, o.lang),
        physics=physics, strings=strings, label_limit=limit,
        glosses={m: g for m, g in (GLOSSARY if glosses is None else glosses).items() if m in table},
        gaps=gap_card(gaps, name(focus), cb, o.lang, strings) if focus else None, aggregate=aggregate,
        counts={"stakeholders": len(people), "ties": len(ties), "iwgs": len(groups),
                "placeholders": len(holes), "anonymized": o.anonymize,
                "contacts_shown": o.show_contacts, "clusters": len(clusters.ids) if clusters else 0},
    )


@dataclass
class _Scene:
    """What every node's drawing needs to know about the whole map."""

    G: nx.MultiDiGraph
    o: MapOptions
    cb: Codebook
    strings: dict[str, str]
    pid: Namer
    name: Namer
    pos: dict[str, tuple[float, float]]
    sizes: dict[str, float]
    colour: dict[str, str]
    tied: set[str]
    top: set[str]
    first: set[str]
    highlighted: set[str]
    lit: set[str] | None
    roles: dict[str, list[tuple[str, Any]]]
    table: Table
    rank: dict[str, int]


Drawn = tuple[dict[str, Any], dict[str, Any]]
_FADED_FONT = {"color": "#6b6b6b"}


def _stakeholder(sc: _Scene, n: str) -> Drawn:
    """A stakeholder: a dot in its colour and size; a thick reddish-purple
    border if migrant-led; a halo if highlighted. One with no tie (its facts
    say ``isolate``) gets a dashed ring outside its border from the page, in
    screen pixels, so that it shows at any zoom and beside a migrant-led border."""
    a = sc.G.nodes[n]
    faded = sc.lit is not None and n not in sc.lit
    isolate = n not in sc.tied
    fill = sc.colour.get(n, UNKNOWN_COLOUR)
    border = MIGRANT_BORDER if a.get("migrant_led") else "#ffffff"
    node: dict[str, Any] = {
        "id": sc.pid(n), "label": sc.name(n) if n in sc.top else "",
        "x": sc.pos[n][0], "y": sc.pos[n][1], "size": sc.sizes[n], "shape": "dot",
        "borderWidth": 5 if a.get("migrant_led") else 2,
        "color": _colour(fade(fill), FADED_BORDER) if faded else _colour(fill, border),
    }
    if isolate and not a.get("migrant_led"):
        # its own thin border dashed too; a migrant-led ring stays whole
        node["shapeProperties"] = {"borderDashes": [4, 3]}
    if faded:
        node["font"] = _FADED_FONT
    if n in sc.highlighted:
        node["shadow"] = {"enabled": True, "color": HALO, "size": 28, "x": 0, "y": 0}
    facts_of = {
        "kind": "stakeholder", "name": sc.name(n), "sector": a.get("sector") or "",
        "level": a.get("level") or "", "themes": list(a.get("themes") or []),
        "iwgs": [g for g, _ in sc.roles[n]], "migrantLed": bool(a.get("migrant_led")),
        "isolate": isolate, "faded": faded, "top": n in sc.top, "first": n in sc.first,
        "rank": sc.rank[n], "central": sc.rank[n] < _CENTRAL, "fill": fill,
        "highlighted": n in sc.highlighted,
        "facts": facts(sc.G, n, sc.cb, sc.o.lang, sc.strings, sc.roles[n], sc.name,
                       contacts=sc.o.show_contacts, extras=not sc.o.anonymize),
        "measures": measures(sc.table, n, sc.strings),
    }
    return node, facts_of


def _iwg(sc: _Scene, g: str) -> Drawn:
    """An IWG: a black diamond, always named; its panel lists the members."""
    faded = sc.lit is not None and g not in sc.lit
    node: dict[str, Any] = {
        "id": g, "label": sc.name(g), "x": sc.pos[g][0], "y": sc.pos[g][1], "size": _IWG_SIZE, "shape": "diamond",
        "borderWidth": 2, "color": _colour(fade(IWG_COLOUR), FADED_BORDER) if faded else _colour(IWG_COLOUR, "#ffffff"),
    }
    if faded:
        node["font"] = _FADED_FONT
    members = [[sc.name(m), next((r or "" for x, r in sc.roles[m] if x == g), "")]
               for m in iwg_members(sc.G, g)]
    return node, {"kind": "iwg", "name": sc.name(g), "faded": faded, "top": True, "iwgs": [g],
                  "members": members, "facts": [], "measures": []}


def _placeholder(sc: _Scene, sector: str, hole: str, focus: str | None) -> Drawn:
    """A sector the IWG lacks: a dashed box in that sector's colour, "missing: …"."""
    what = sc.strings["sector_name"].format(sector=sc.cb.label("sector", sector, sc.o.lang))
    label = sc.strings["missing"].format(what=what)
    node = {
        "id": hole, "label": label, "x": sc.pos[hole][0], "y": sc.pos[hole][1], "shape": "box",
        "borderWidth": 3, "shapeProperties": {"borderDashes": [6, 4]},
        "color": _colour("#ffffff", SECTOR_COLOURS.get(sector, UNKNOWN_COLOUR)), "font": {"color": "#333333"},
    }
    return node, {"kind": "placeholder", "name": label, "sector": sector, "iwgs": [focus],
                  "faded": False, "top": True, "facts": [], "measures": []}


def _colour(fill: str, border: str) -> dict[str, Any]:
    return {"background": fill, "border": border,
            "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"}}


def _metric_table(G: nx.MultiDiGraph, metrics: Any) -> Table:
    if metrics is None:
        H = stakeholder_graph(G)
        return {"degree": dict(H.degree()), "weighted_degree": dict(H.degree(weight="weight"))}
    if hasattr(metrics, "to_dict") and hasattr(metrics, "columns"):
        metrics = metrics.to_dict(orient="dict")
    return {str(k): {str(n): json_safe(v) for n, v in col.items()} for k, col in metrics.items()}


def _positions(G: nx.MultiDiGraph, focus: str | None, members: list[str], holes: list[str],
               seed: int) -> dict[str, tuple[float, float]]:
    links = [(u, v) for u, v in G.edges()]
    if focus is None:
        return spread(spring_positions(list(G), links, seed=seed))
    ring_set = set(members) | {focus}
    others = [n for n in G if n not in ring_set]
    far = spring_positions(others, [(u, v) for u, v in links if u not in ring_set and v not in ring_set],
                           seed=seed)
    order = {s: i for i, s in enumerate(SECTORS)}
    ring: list[str | None] = sorted(members, key=lambda m: (order.get(G.nodes[m].get("sector"), 9), m))
    for hole in holes:  # a placeholder's label is wide: an empty slot either side
        ring += [None, hole, None]
    # the ring widened to the screen's shape, where names run sideways
    return spread(focus_positions(focus, ring, far), power=1.0)


def _sheet_title(G: nx.MultiDiGraph, o: MapOptions) -> str | None:
    """The title written above the workbook's header, unless it holds a contact."""
    title = G.graph.get("title")
    return None if not o.show_contacts and looks_personal(title) else title


def _notes(notes: Any, o: MapOptions) -> Any:
    """A tie's notes for its tooltip: none on an anonymous map, and none
    holding an e-mail address or a phone number unless contacts are shown."""
    if o.anonymize or (not o.show_contacts and looks_personal(notes)):
        return None
    return json_safe(notes)


def _edges(G: nx.MultiDiGraph, pid: Namer, lit: set[str] | None, hl_edges: set[frozenset[str]],
           focus: str | None, holes: list[str], cb: Codebook,
           o: MapOptions) -> tuple[list[dict[str, Any]], dict[str, list[Any]]]:
    """The vis edges, and each edge's tooltip facts as a short list
    ``[type or role, weight, since, notes]`` (trailing blanks left off)."""
    edges: list[dict[str, Any]] = []
    edge_info: dict[str, list[Any]] = {}
    # weights are kept as written (a count of 13 shared committees stays 13)
    heaviest = max((w for *_, w in G.edges(data="weight") if isinstance(w, (int, float))), default=5.0)
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        eid = f"e{i}"
        faded = lit is not None and not (u in lit and v in lit)
        if d.get("kind") == "tie":
            style = tie_style(d.get("type"), d.get("weight"), bool(d.get("directed")), heaviest,
                              one_sided=d.get("status") == "one-sided")
            tip = [labelled(cb, "tie_type", d.get("type"), o.lang), json_safe(d.get("weight")),
                   json_safe(d.get("since")), _notes(d.get("notes"), o)]
        else:
            style = {"width": 1, "dashes": [2, 5], "color": {"color": MEMBER_COLOUR, "opacity": 1.0}}
            tip = [str(d.get("role") or "member")]
        while tip and tip[-1] in (None, ""):
            tip.pop()
        edge_info[eid] = tip
        if faded:
            style["color"] = {"color": style.get("color", {}).get("color", TIE_COLOUR), "opacity": 0.12}
        if frozenset((u, v)) in hl_edges:
            style["width"] = max(3.0, style["width"] * 1.8)
            style["color"] = {"color": HALO_EDGE, "opacity": 1.0}
            style["shadow"] = {"enabled": True, "color": HALO, "size": 12, "x": 0, "y": 0}
        edges.append({"id": eid, "from": pid(u), "to": pid(v), **style})
    for j, hole in enumerate(holes):
        edges.append({"id": f"p{j}", "from": focus, "to": hole, "width": 1.5, "dashes": [6, 4],
                      "color": {"color": MEMBER_COLOUR, "opacity": 0.9}})
    return edges, edge_info
