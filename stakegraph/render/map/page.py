"""The map: one self-contained HTML file that opens offline.

:func:`render_map` lays the graph out in Python, styles every node and edge
(:mod:`stakegraph.render.map.data`), keeps them in a pyvis ``Network`` for
its vis-network options, and writes our own page: vis-network's script and
stylesheet (from the installed pyvis package) and our controls, inlined; the
data as escaped JSON; a Content-Security-Policy that forbids every request.
:func:`snapshot_png` photographs a map in headless Chromium; :func:`print_pdf`
prints a page there (the seating's table cards).

Examples
--------
>>> import pathlib, tempfile
>>> from stakegraph.model import Stakeholder, Tie, build_graph
>>> G = build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public")],
...                 [Tie("doras", "city")])
>>> out = pathlib.Path(tempfile.mkdtemp()) / "map.html"
>>> summary = render_map(G, out, title="<Limerick>")
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
import shutil
import tempfile
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.errors import StakegraphError, problem
from stakegraph.model.seed import DEFAULT_SEED
from stakegraph.render.atomic import write_bytes, write_text
from stakegraph.render.map.build import MapOptions, build_map
from stakegraph.render.map.data import script_json
from stakegraph.render.safe import html_text

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "PHYSICS_MAX_NODES", "find_chromium", "print_pdf", "render_map",
           "snapshot_png", "vis_assets", "write_png"]

#: above this many nodes the map opens with physics off (the layout is final)
PHYSICS_MAX_NODES = 300
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
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
    *,
    metrics: Any = None,
    communities: Mapping[str, int] | None = None,
    glosses: Mapping[str, str] | None = None,
    gaps: Iterable[Mapping[str, Any]] = (),
    color: str = "sector",
    size: str = "degree",
    iwg: str | None = None,
    theme: str | None = None,
    anonymize: bool = False,
    show_contacts: bool = False,
    title: str | None = None,
    lang: str = "en",
    highlight: Mapping[str, Any] | None = None,
    missing_sectors: list[str] | None = None,
    seed: int = DEFAULT_SEED,
) -> dict[str, Any]:
    """Write the map of ``G`` to ``path`` as one self-contained HTML file.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The stakegraph graph (not changed).
    path : path-like
        Where to write the page.
    metrics : DataFrame or mapping, optional
        Measures per stakeholder: a DataFrame indexed by stakeholder id, or
        ``{measure: {id: value}}``. Without it, degree and weighted degree
        are counted from the ties.
    communities : mapping, optional
        Stakeholder id -> community number, needed for ``color="community"``.
    glosses : mapping, optional
        Measure -> one-line plain-language gloss for the side panel; by
        default :data:`stakegraph.analysis.glossary.GLOSSARY`.
    gaps : iterable of mappings, optional
        The ``iwg``'s requirements as judged by
        :func:`stakegraph.analysis.gaps.find_gaps` (``kind``, ``code``,
        ``status``): the weak and missing themes, levels, types and sector
        ties are listed in a gap card.
    color : {"sector", "community", "level", "type", "forum"}
    size : str
        The measure that sizes the nodes (a column of ``metrics``).
    iwg : str, optional
        An IWG's node id (:func:`stakegraph.model.find_iwg` resolves a name):
        its members are drawn around it, the others faded, and the sectors it
        lacks shown as dashed placeholders.
    theme : str, optional
        A theme of ``G`` the page opens filtered to
        (:func:`stakegraph.jobs.map.resolve_theme` resolves a word).
    anonymize : bool
        Replace every stakeholder name with a code (``PUB-01`` …) and leave
        out notes and unknown columns, which may hold names.
    show_contacts : bool
        Show contact, email, phone and every column the import judged
        personal (``G.graph["personal_columns"]``); never shown otherwise.
    title : str, optional
        The heading; by default the graph's title.
    lang : str
        The language of the page's words.
    highlight : mapping, optional
        ``{"nodes": ids, "edges": (u, v) pairs, "label": text}``: drawn with
        a halo and listed in the legend (the diff uses it for what is new).
    missing_sectors : list of str, optional
        The sectors the ``iwg`` lacks; by default those none of its members is in.
    seed : int
        Seeds the layout.

    Returns
    -------
    dict
        What was drawn: ``path``, ``nodes``, ``edges``, ``stakeholders``,
        ``ties``, ``iwgs``, ``placeholders``, ``physics``, ``anonymized``,
        ``contacts_shown``.
    """
    options = MapOptions(
        color=color, size=size, iwg=iwg, theme=theme, anonymize=anonymize,
        show_contacts=show_contacts, title=title, lang=lang, highlight=highlight,
        missing_sectors=missing_sectors, seed=seed, physics_max_nodes=PHYSICS_MAX_NODES,
        font=_FONTS,
    )
    built = build_map(G, metrics=metrics, communities=communities, glosses=glosses, gaps=gaps, options=options)
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


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return resources.files("stakegraph.render.map").joinpath("assets", name).read_text("utf-8")


def _page(data_json: str, title: str, subtitle: str, lang: str) -> str:
    vis_js, vis_css = vis_assets()
    slots = {
        "LANG": html_text(lang), "CSP": html_text(_CSP), "TITLE": html_text(title),
        "SUBTITLE": html_text(subtitle), "VIS_CSS": vis_css, "MAP_CSS": _asset("map.css"),
        # aggregate.js first: map.js asks it what a big map draws first
        "DATA": data_json, "VIS_JS": vis_js, "MAP_JS": _asset("aggregate.js") + "\n" + _asset("map.js"),
    }
    # one pass: text put into a slot is never searched for slots again
    return _SLOT.sub(lambda m: slots[m.group(1)], _asset("map.html"))


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
    ``presentation``, and captured at ``width`` × ``height``.
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
        # the page's own fit: beside its panels, with the names chosen again for it
        page.evaluate("window.stakegraph.fitFree()")
        page.wait_for_timeout(300)
        write_bytes(target, page.screenshot())

    _in_chromium(target, shoot, width=width, height=height)
    return target


def print_pdf(page_html: str, target: str | os.PathLike[str]) -> bytes:
    """``page_html`` (a page that needs nothing from outside) printed to PDF
    in headless Chromium, the paper and margins as its CSS ``@page`` says;
    ``target``, where the PDF will go, names it in a message."""
    printed: list[bytes] = []

    def print_page(page: Any) -> None:
        page.set_content(page_html, wait_until="load")
        printed.append(page.pdf(prefer_css_page_size=True, print_background=True))

    _in_chromium(Path(target), print_page, instead="write the seating as .xlsx")
    return printed[0]


def _in_chromium(target: Path, work: Any, *, width: int = 1280, height: int = 720,
                 instead: str = "write the map as .html") -> None:
    """Run ``work(page)`` on a new page of headless Chromium that may load
    nothing but local files; when Chromium or Playwright is missing or does
    not start, the message names ``target`` and says what to do ``instead``."""
    executable = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise StakegraphError(problem("no-browser", value=str(target),
                                      detail="the playwright package is not installed; pip install playwright"
                                             )) from exc
    if executable is None:
        raise StakegraphError(problem(
            "no-browser", value=str(target),
            detail=f"Chromium is not installed at {CHROMIUM}; install it "
                   f"(apt-get install chromium) or {instead}"))

    def run() -> None:
        with sync_playwright() as pw:
            try:
                browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
            except Exception as exc:  # playwright's own error type; the first line says why
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise StakegraphError(problem("no-browser", value=str(target),
                                              detail=f"Chromium at {executable} did not start ({reason})")) from exc
            try:
                page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith("file://") else route.abort())
                work(page)
            finally:
                browser.close()

    _in_own_thread(run)


def find_chromium() -> str | None:
    """Debian's Chromium, or the first Chromium or Chrome on the PATH."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _in_own_thread(work: Any) -> None:
    # Playwright's sync API refuses to run where an asyncio loop is running
    # (a notebook, or a test already driving a browser): a thread has none
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # handed back to the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=run, name="stakegraph-snapshot")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]


def write_png(G: nx.MultiDiGraph, png_path: str | os.PathLike[str], **options: Any) -> dict[str, Any]:
    """:func:`render_map` to a temporary page, then :func:`snapshot_png` of it."""
    with tempfile.TemporaryDirectory() as folder:
        summary = render_map(G, Path(folder) / "map.html", **options)
        snapshot_png(summary["path"], png_path)
    return {**summary, "path": str(png_path)}
