"""The map: one self-contained HTML file that opens offline.

:func:`render_map` lays the graph out in Python, styles every node and edge
(:mod:`stakegraph.render.map.data`), keeps them in a pyvis ``Network`` for
its vis-network options, and writes our own page: vis-network's script and
stylesheet (from the installed pyvis package) and our controls, inlined; the
data as escaped JSON; a Content-Security-Policy that forbids every request.
:func:`snapshot_png` photographs a map in headless Chromium
(:mod:`stakegraph.render.chromium`), and :func:`print_map` prints it (an A3
PDF, or an SVG).

Examples
--------
>>> import pathlib, tempfile
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> from stakegraph.render.map.build import MapOptions
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public")],
...                 [Tie("doras", "city")])
>>> out = pathlib.Path(tempfile.mkdtemp()) / "map.html"
>>> summary = render_map(G, out, MapOptions(title="<Limerick>"))
>>> summary["nodes"], summary["edges"], summary["physics"]
(2, 1, True)
>>> page = out.read_text("utf-8")
>>> "&lt;Limerick&gt;" in page and "<Limerick>" not in page and "//cdn" not in page
True
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.render.atomic import write_bytes, write_text
from stakegraph.render.chromium import in_chromium
from stakegraph.render.map.build import PHYSICS_MAX_NODES, MapOptions, build_map
from stakegraph.render.map.data import script_json
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.rounds import add_rounds
from stakegraph.render.safe import html_text

__all__ = ["A3_PX", "PHYSICS_MAX_NODES", "print_map", "render_map", "snapshot_png", "vis_assets", "write_png",
           "write_print"]

#: the page may run its own inline code and show inline images; nothing else
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
)
_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif'
_SLOT = re.compile(r"\{\{([A-Z_]+)\}\}")


def render_map(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    options: MapOptions = MapOptions(),
    inputs: MapInputs = MapInputs(),
) -> dict[str, Any]:
    """Write the map of ``G`` to ``path`` as one self-contained HTML file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The stakegraph graph (not changed).
    path : path-like
        Where to write the page.
    options : MapOptions
        What the user chose: ``color`` ({"sector", "community", "level",
        "type", "forum"}), ``size`` (the measure that sizes the nodes),
        ``iwg`` (an IWG's node id, which :func:`stakegraph.model.find_iwg`
        resolves from a name: its members drawn around it, the others faded,
        the sectors it lacks shown as dashed placeholders), ``theme`` (a theme
        of ``G`` the page opens filtered to), ``anonymize`` (every name
        replaced with a code, notes and unknown columns left out),
        ``show_contacts`` (contact columns and those the import judged
        personal, never shown otherwise), ``title``, ``lang`` and ``seed``.
    inputs : MapInputs
        What the job computed for the page: measures, communities, glosses,
        the ``iwg``'s gaps, missing sectors and invitees, a highlight, a story
        and an earlier round (see :class:`~stakegraph.render.map.inputs.MapInputs`).

    Returns
    -------
    dict
        What was drawn: ``path``, ``nodes``, ``edges``, ``stakeholders``,
        ``ties``, ``iwgs``, ``placeholders``, ``physics``, ``anonymized``,
        ``contacts_shown``.
    """
    built = build_map(G, options=options, inputs=inputs)
    if inputs.rounds is not None:
        add_rounds(built, G, inputs.rounds, built.strings)
    net = _network(built.physics, len(built.nodes), built.edge_colour)
    net.nodes, net.edges = built.nodes, built.edges
    data = {**built.payload(net.options), "nodes": net.nodes, "edges": net.edges}
    page = _page(script_json(data), built.title, built.subtitle, options.lang)
    out = write_text(path, page)
    return {"path": str(out), **built.summary()}


def _network(physics: bool, n: int, edge_colour: dict[str, Any]) -> Any:
    """A pyvis ``Network`` holding the vis-network options (pyvis's defaults,
    tuned); the caller fills its ``nodes`` and ``edges`` lists directly because
    pyvis's ``add_node`` and ``from_nx`` are quadratic."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", cdn_resources="in_line")
    net.toggle_physics(physics)
    net.toggle_stabilization(True)
    net.toggle_hide_edges_on_drag(n > 1000)
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["layout"] = {"improvedLayout": False}
    options["physics"].update({
        "solver": "barnesHut",
        # gentle forces: the Python layout is already good; physics only eases overlaps
        "barnesHut": {"gravitationalConstant": -1500, "centralGravity": 0.05, "springLength": 140,
                      "springConstant": 0.015, "damping": 0.6, "avoidOverlap": 0.6},
        "stabilization": {"enabled": physics, "iterations": 80, "updateInterval": 40, "fit": True},
        "minVelocity": 1.5,
    })
    options["edges"] = {
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.15} if n <= 1000 else False,
        "selectionWidth": 1.5, "hoverWidth": 0.5, "color": edge_colour,
        "arrows": {"to": {"enabled": False}}, "dashes": False,
    }
    options["nodes"] = {
        "shape": "dot", "borderWidth": 2,
        "font": {"size": 16, "face": _FONTS, "color": "#1a1a1a", "strokeWidth": 4, "strokeColor": "#ffffff"},
    }
    options["interaction"].update({
        "hover": True, "tooltipDelay": 120, "hideEdgesOnZoom": n > 1000, "keyboard": False,
        "navigationButtons": False, "multiselect": False,
    })
    net.options = options
    return net


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the installed pyvis package
    (no network), made safe to inline in a page."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text("utf-8")
    style = (folder / "vis-network.css").read_text("utf-8")
    # neither file contains these today; if a future copy did, the page must still hold
    return script.replace("</script", "<\\/script"), style.replace("</style", "<\\/style")


@lru_cache(maxsize=8)
def _asset(name: str) -> str:
    return resources.files("stakegraph.render.map").joinpath("assets", name).read_text("utf-8")


def _page(data_json: str, title: str, subtitle: str, lang: str) -> str:
    vis_js, vis_css = vis_assets()
    slots = {
        "LANG": html_text(lang), "CSP": html_text(_CSP), "TITLE": html_text(title),
        "SUBTITLE": html_text(subtitle), "VIS_CSS": vis_css, "MAP_CSS": _asset("map.css"),
        # aggregate.js first: map.js asks it what a big map draws first
        "DATA": data_json, "VIS_JS": vis_js, "MAP_JS": _asset("aggregate.js") + "\n" + _asset("map.js"),
        "STORY_JS": _asset("story.js"), "GAPS_JS": _asset("gaps.js"),
        "PRINT_JS": _asset("print.js"),
    }
    # one pass: text put into a slot is never searched for slots again
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("map.html"))


#: an A3 landscape sheet at CSS's 96 pixels to the inch: the page a print and an SVG are laid out on
A3_PX = (1587, 1123)


def snapshot_png(
    html_path: str | os.PathLike[str],
    png_path: str | os.PathLike[str],
    *,
    width: int = 1600,
    height: int = 1000,
    presentation: bool = True,
) -> Path:
    """Photograph the map at ``html_path`` in headless Chromium, into ``png_path``.

    The page is opened from disk with every request refused, left to settle,
    switched to presentation mode (filters hidden, names of 24 px) when
    ``presentation``, stripped of every button, and captured at ``width`` × ``height``.
    Raises :class:`~stakegraph.errors.StakegraphError` when Chromium or
    Playwright is missing.
    """
    target = Path(png_path)

    def shoot(page: Any) -> None:
        page.goto(Path(html_path).resolve().as_uri())
        # a function, not a string: the page's policy forbids evaluating strings
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        if presentation:
            page.evaluate("window.stakegraph.setPresentation(true)")
        # no button in a picture; the page's own fit beside its panels, names chosen again for it
        page.evaluate("window.stakegraph.still(true)")
        page.wait_for_timeout(300)
        write_bytes(target, page.screenshot())

    in_chromium(target, shoot, width=width, height=height)
    return target


def print_map(html_path: str | os.PathLike[str], out_path: str | os.PathLike[str]) -> Path:
    """Print the map at ``html_path`` to ``out_path``: an A3 landscape PDF
    (Chromium's own printing, so every name stays text) for ``.pdf``, the
    same drawing as one SVG file with real ``<text>`` for ``.svg``.

    Both are the page's print layout: the title, the filter line, the map
    as drawn, the legend and the gap card; no controls.
    """
    target = Path(out_path)

    def draw(page: Any) -> None:
        page.goto(Path(html_path).resolve().as_uri())
        # a function, not a string: the page's policy forbids evaluating strings
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        if target.suffix.lower() == ".svg":
            write_text(target, page.evaluate("window.stakegraph.svgText()"))
            return
        page.evaluate("window.stakegraph.preparePrint()")
        write_bytes(target, page.pdf(width="420mm", height="297mm", print_background=True,
                                     prefer_css_page_size=True))

    in_chromium(target, draw, width=A3_PX[0], height=A3_PX[1])
    return target


def write_png(G: nx.MultiDiGraph, png_path: str | os.PathLike[str], options: MapOptions = MapOptions(),
              inputs: MapInputs = MapInputs(), *, width: int = 1600, height: int = 1000) -> dict[str, Any]:
    """:func:`render_map` to a temporary page, then :func:`snapshot_png` of it at ``width`` × ``height``."""
    with tempfile.TemporaryDirectory() as folder:
        summary = render_map(G, Path(folder) / "map.html", options, inputs)
        snapshot_png(summary["path"], png_path, width=width, height=height)
    return {**summary, "path": str(png_path)}


def write_print(G: nx.MultiDiGraph, out_path: str | os.PathLike[str], options: MapOptions = MapOptions(),
                inputs: MapInputs = MapInputs()) -> dict[str, Any]:
    """:func:`render_map` to a temporary page, then :func:`print_map` of it (``.pdf`` or ``.svg``)."""
    with tempfile.TemporaryDirectory() as folder:
        summary = render_map(G, Path(folder) / "map.html", options, inputs)
        print_map(summary["path"], out_path)
    return {**summary, "path": str(out_path)}
