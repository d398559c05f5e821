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
    stakeholder_nodes,
)
from stakegraph.model.personal import looks_personal
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.map.choices import COLOR_MODES
from stakegraph.render.map.communities import AGGREGATE_MIN, aggregates, group
from stakegraph.render.map.data import (
    DENSE_TIE_COLOUR,
    FADED_BORDER,
    GAP_ARC,
    HALO,
    INVITEE,
    IWG_COLOUR,
    MIGRANT_BORDER,
    SECTOR_COLOURS,
    SECTORS,
    TIE_COLOUR,
    UNKNOWN_COLOUR,
    anonymous_codes,
    fade,
    size_scale,
)
from stakegraph.render.map.edges import draw_edges
from stakegraph.render.map.gaps import gap_arcs, gap_card, missing_types
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.layout import (
    label_order,
    spaced_labels,
)
from stakegraph.render.map.resolve import metric_table, positions
from stakegraph.render.map.story import default_story, story_views
from stakegraph.render.map.words import (
    Namer,
    Table,
    colouring,
    facts,
    filters,
    map_strings,
    measures,
    subtitle,
)
from stakegraph.render.map.words import legend as legend_rows
from stakegraph.render.words import vocab_word

__all__ = ["PHYSICS_MAX_NODES", "BuiltMap", "MapOptions", "build_map"]

#: a map of at most this many stakeholders names them all (room allowing);
#: so does the page when a filter leaves at most this many shown
_ALL_LABELS = 40
#: at most this many isolates are named before the biggest stakeholders
_NAMED_ISOLATES = 10
#: the page always names this many of the most central stakeholders first
_CENTRAL = 10
#: the size of an IWG's diamond
_IWG_SIZE = 26
#: above this many nodes the map opens with physics off (the layout is final)
PHYSICS_MAX_NODES = 300


@dataclass(frozen=True)
class MapOptions:
    """How the user asked the map to be drawn (see :func:`stakegraph.render.map.page.render_map`);
    what the job computed for it is a :class:`~stakegraph.render.map.inputs.MapInputs`."""

    color: str = "sector"
    size: str = "degree"
    iwg: str | None = None
    theme: str | None = None
    anonymize: bool = False
    show_contacts: bool = False
    title: str | None = None
    lang: str = "en"
    seed: int = DEFAULT_SEED
    physics_max_nodes: int = PHYSICS_MAX_NODES
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
    story: list[dict[str, Any]] = field(default_factory=list)
    rounds: dict[str, Any] | None = None
    gap_arcs: list[list[str]] = field(default_factory=list)
    invitees: list[dict[str, Any]] = field(default_factory=list)

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
            "gaps": self.gaps, "aggregate": self.aggregate, "story": self.story, "rounds": self.rounds,
            "gapArcs": self.gap_arcs, "invitees": self.invitees,
        }

    def summary(self) -> dict[str, Any]:
        """What was drawn, for the command's output."""
        return {"nodes": len(self.nodes), "edges": len(self.edges), **self.counts, "physics": self.physics}


def build_map(G: nx.MultiDiGraph, *, options: MapOptions = MapOptions(), inputs: MapInputs = MapInputs()) -> BuiltMap:
    """Decide everything the map shows for ``G`` (which is not changed), as
    the user chose in ``options``, from what the job computed in ``inputs``
    (the measures, the ``--iwg`` group's judged requirements for its gap card …)."""
    o, given = options, inputs
    metrics, communities, glosses, gaps = given.metrics, given.communities, given.glosses, given.gaps
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

    table = metric_table(G, metrics)
    if o.size not in table:
        raise ValueError(f"no measure {o.size!r} to size the nodes by; have {sorted(table)}")
    # the job resolved the names a user wrote (stakegraph.jobs.map): here they are the graph's own
    focus, theme = o.iwg, o.theme
    if focus is not None and G.nodes.get(focus, {}).get("kind") != "iwg":
        raise ValueError(f"iwg must be the node id of an IWG (stakegraph.model.find_iwg), not {focus!r}")
    members = iwg_members(G, focus) if focus else []
    present = {G.nodes[m].get("sector") for m in members}
    missing = [] if not focus else (
        list(given.missing_sectors) if given.missing_sectors is not None else [s for s in SECTORS if s not in present])
    findings = list(gaps)
    # the types it lacks are drawn beside the sectors it lacks
    lacking = missing_types(findings) if focus else []
    holes = [f"missing:{s}" for s in missing] + [f"missing-type:{t}" for t in lacking]
    ties = [(u, v, d) for u, v, d in G.edges(data=True) if d.get("kind") == "tie"]
    tied = {u for u, _, _ in ties} | {v for _, v, _ in ties}
    roles = defaultdict(list)
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "member":
            roles[u].append((v, d.get("role")))
    # a big map opens on its communities, laid out community by community
    clusters = group(G, people, seed=o.seed) if aggregates(len(people), focus, o.aggregate_min) else None
    pos = clusters.positions() if clusters else positions(G, focus, members, holes, o.seed)
    colour, colour_legend = colouring(G, people, o.color, communities, cb, o.lang, strings, name, table)
    # the more nodes, the smaller the biggest: a crowded map stays legible
    sizes = size_scale({n: table[o.size].get(n) for n in people}, 10.0 if len(people) <= 300 else 6.0,
                       45.0 if len(people) <= 60 else 34.0 if len(people) <= 300 else 24.0)
    hl = given.highlight or {}
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
    hl_label = str(hl.get("label") or "highlight") if given.highlight else None
    lit = set(members) | {focus} if focus else None
    total = len(people) + len(groups) + len(holes)
    # the ring of an IWG is drawn on purpose: physics would pull it apart
    physics = 0 < total <= o.physics_max_nodes and focus is None

    scene = _Scene(G, o, cb, strings, pid, name, pos, sizes, colour, tied, top, first, hl_nodes, lit,
                   roles, table, rank)
    drawn = ([_stakeholder(scene, n) for n in people] + [_iwg(scene, g) for g in groups]
             + [_placeholder(scene, s, hole, focus) for s, hole in zip(missing, holes, strict=False)]
             + [_placeholder(scene, t, hole, focus, vocab="type") for t, hole in zip(lacking, holes[len(missing):],
                                                                                   strict=True)])
    nodes = [node for node, _ in drawn]
    info = {node["id"]: facts_of for node, facts_of in drawn}

    edges, edge_info = draw_edges(G, pid, lit, hl_edges, focus, holes, cb, o)
    legend = legend_rows(G, colour_legend, strings, o.size, hl_label, tied, people, groups, holes, focus, name, ties)
    arcs = gap_arcs(findings) if focus else []
    if arcs:
        legend[3]["items"].append({"kind": "gaparc", "label": strings["gap_arc"], "colour": GAP_ARC})
    if focus and given.invitees:
        legend[2]["items"].append({"kind": "invitee", "label": strings["invitee_mark"], "colour": INVITEE})
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
        gaps=gap_card(findings, name(focus), cb, o.lang, strings) if focus else None, aggregate=aggregate,
        gap_arcs=arcs, invitees=_invitees(given.invitees, pid) if focus else [],
        story=story_views(G, given.story, pid) if given.story is not None else default_story(
            G, pid, name, cb, o.lang, strings, table, focus, tuple(holes)),
        counts={"stakeholders": len(people), "ties": len(ties), "iwgs": len(groups),
                "placeholders": len(missing), "type_placeholders": len(lacking), "anonymized": o.anonymize,
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


def _placeholder(sc: _Scene, code: str, hole: str, focus: str | None, vocab: str = "sector") -> Drawn:
    """A sector or a type the IWG lacks: a dashed box, "missing: …", in that
    sector's colour (a type's is grey)."""
    if vocab == "sector":
        what = sc.strings["sector_name"].format(sector=sc.cb.label("sector", code, sc.o.lang))
    else:
        what = vocab_word("type", code, sc.o.lang)
    label = sc.strings["missing"].format(what=what)
    node = {
        "id": hole, "label": label, "x": sc.pos[hole][0], "y": sc.pos[hole][1], "shape": "box",
        "borderWidth": 3, "shapeProperties": {"borderDashes": [6, 4]},
        "color": _colour("#ffffff", SECTOR_COLOURS.get(code, UNKNOWN_COLOUR)), "font": {"color": "#333333"},
    }
    return node, {"kind": "placeholder", "name": label, "sector": code if vocab == "sector" else "",
                  "missing": vocab, "iwgs": [focus], "faded": False, "top": True, "facts": [], "measures": []}


def _invitees(invitees: Iterable[Mapping[str, Any]] | None, pid: Namer) -> list[dict[str, Any]]:
    """The recommended invitees for the page: ids, and each introduction path as ids."""
    return [{"id": pid(i["id"]), "paths": [[pid(n) for n in path] for path in i.get("paths", [])]}
            for i in invitees or ()]


def _colour(fill: str, border: str) -> dict[str, Any]:
    return {"background": fill, "border": border,
            "highlight": {"background": fill, "border": "#000000"},
            "hover": {"background": fill, "border": "#000000"}}


def _sheet_title(G: nx.MultiDiGraph, o: MapOptions) -> str | None:
    """The title written above the workbook's header, unless it holds a contact."""
    title = G.graph.get("title")
    return None if not o.show_contacts and looks_personal(title) else title
