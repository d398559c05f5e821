"""Benchmark the map: time to write the HTML, file size, and time from load
to a steady picture in headless Chromium, against pyvis's default output
(physics on, vis-network inlined by pyvis, its Bootstrap CDN links blocked).

Run: ``python benchmarks/bench_map.py [--sizes 200 2000 10000] [--timeout 180] [--no-baseline]``
(``--end-to-end`` instead times the whole ``stakegraph map`` job on the
``make_workbook.py`` workbooks: import, measures, layout, page;
``--no-baseline`` leaves pyvis out, to compare our page before and after a change).
Above 1,000 stakeholders the page opens on its communities: "layout" is
then the community detection and the layouts of the community graph and of
each community, and "open" the time from a click on the largest community
until it is drawn.
Prints a Markdown table (results go in ``benchmarks/README.md``, ``## Map``).
Each size has 5 ties per stakeholder (10,000 stakeholders, 50,000 ties) and
one IWG per 50 stakeholders.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from stakegraph.model import Membership, Stakeholder, Tie, build_graph, stakeholder_graph
from stakegraph.model.graph import stakeholder_nodes
from stakegraph.render.map.layout import spring_positions
from stakegraph.render.map.page import CHROMIUM, CHROMIUM_ARGS, render_map

try:
    from stakegraph.render.map.communities import aggregates, group
except ImportError:  # a checkout from before big maps opened on their communities
    aggregates = group = None

SECTORS = ("public", "private", "civil_society")
THEMES = ("employment", "housing", "health", "language", "education_training", "social_cohesion")
#: pyvis's own add_node/add_edge check for repeats with list scans; above
#: this many ties building through them takes many minutes, so the baseline
#: page is built by filling pyvis's lists the same way (the page is the same)
PYVIS_API_MAX_TIES = 10_000


def synthetic(n: int, seed: int = 1):
    """``n`` stakeholders in three sectors, ``5 n`` ties, ``n / 50`` IWGs."""
    rng = random.Random(seed)
    people = [Stakeholder(f"Organisation {i}", SECTORS[rng.randrange(3)], themes=rng.sample(THEMES, 2),
                          migrant_led=rng.random() < 0.1) for i in range(n)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 5 * n:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    ties = [Tie(people[a].id, people[b].id, rng.choice(["collaboration", "information", "funding"]),
                rng.randint(1, 5), rng.random() < 0.2) for a, b in sorted(pairs)]
    members = [Membership(people[i].id, f"IWG {i % max(1, n // 50)}") for i in rng.sample(range(n), n // 5)]
    return build_graph(people, ties, members)


def pyvis_default(G, path: Path) -> str:
    """pyvis's usual output for the stakeholder view: physics on, default options."""
    from pyvis.network import Network

    H = stakeholder_graph(G)
    net = Network(cdn_resources="in_line")
    if H.number_of_edges() <= PYVIS_API_MAX_TIES:
        net.from_nx(H)
        how = "from_nx"
    else:
        net.nodes = [{"id": n, "label": str(d.get("name")), "shape": "dot", "size": 10,
                      "color": "#97c2fc", "font": {"color": False}} for n, d in H.nodes(data=True)]
        net.edges = [{"from": u, "to": v, "width": 1} for u, v in H.edges()]
        net.node_ids = list(H)
        how = "lists filled directly"
    net.write_html(str(path))
    return how


#: attaches to pyvis's ``network`` as soon as its script makes it
_HOOK = """
(function () { var t = setInterval(function () {
  if (!(window.network && window.network.on)) { return; }
  clearInterval(t);
  window.network.on('stabilizationIterationsDone', function () { window.__shownAt = performance.now(); });
  window.network.on('stabilized', function () { window.__stillAt = performance.now(); });
}, 5); })();
"""


#: from a click on the largest community until the browser has drawn it open
_OPEN = """() => new Promise(done => {
  const S = window.stakegraph, first = Object.keys(S.info).find(id => S.info[id].kind === 'community');
  if (!first) { done(null); return; }
  const t = performance.now();
  S.focusNode(first);
  requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t)));
})"""


def load_to_steady(browser, path: Path, ours: bool, timeout: float,
                   opened: list[float | None] | None = None) -> tuple[float | None, float | None]:
    """Seconds from navigation start until the picture is shown (pyvis hides
    it behind a loading bar until its stabilisation ends) and until it stops
    moving; ``None`` when that did not happen within ``timeout`` seconds.
    On our page, the seconds to open a community are appended to ``opened``."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
    page.add_init_script(_HOOK)
    shown = still = None
    try:
        page.goto(url, wait_until="domcontentloaded", timeout=timeout * 1000)
        if ours:
            page.wait_for_function("() => window.mapSteady === true", timeout=timeout * 1000)
            shown = still = page.evaluate("window.mapSteadyAt") / 1000
            if opened is not None:
                took = page.evaluate(_OPEN)
                opened.append(None if took is None else took / 1000)
            return shown, still
        page.wait_for_function("() => window.__shownAt !== undefined", timeout=timeout * 1000, polling=100)
        shown = page.evaluate("window.__shownAt") / 1000
        page.wait_for_function("() => window.__stillAt !== undefined", timeout=30_000, polling=100)
        still = page.evaluate("window.__stillAt") / 1000
    except Exception:  # a timeout is a result here, not a failure
        pass
    finally:
        page.close()
    return shown, still


def end_to_end(sizes: list[int]) -> int:
    """Time ``draw_map`` (import, measures, layout, page) on generated workbooks."""
    from make_workbook import ensure_workbook

    from stakegraph.io import load
    from stakegraph.jobs.map import draw_map

    print("| stakeholders | `draw_map` to .html s | of which import s | page MB |")
    print("|---:|---:|---:|---:|")
    for n in sizes:
        book = ensure_workbook(n)
        t0 = time.perf_counter()
        load(book)
        read = time.perf_counter() - t0
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "map.html"
            t0 = time.perf_counter()
            draw_map(book, out)
            total = time.perf_counter() - t0
            print(f"| {n:,} | {total:.2f} | {read:.2f} | {out.stat().st_size / 1e6:.1f} |", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000, 10_000])
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for steady")
    parser.add_argument("--end-to-end", action="store_true", help="time the whole map job instead")
    parser.add_argument("--no-baseline", action="store_true", help="leave pyvis's page out")
    args = parser.parse_args()
    if args.end_to_end:
        return end_to_end(args.sizes)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for n in args.sizes:
            G = synthetic(n)
            t0 = time.perf_counter()
            if aggregates is not None and group is not None and aggregates(n, None):
                group(G, stakeholder_nodes(G)).positions()
            else:
                spring_positions(list(G), list(G.edges()), seed=7)
            layout = time.perf_counter() - t0
            ours = Path(folder) / f"ours-{n}.html"
            t0 = time.perf_counter()
            drawn = render_map(G, ours)
            write = time.perf_counter() - t0
            opened: list[float | None] = []
            steady = load_to_steady(browser, ours, True, args.timeout, opened)
            if args.no_baseline:
                rows.append((n, G.number_of_edges(), layout, write, ours.stat().st_size, steady,
                             opened[0] if opened else None,
                             drawn["physics"], None, "—", 0, (None, None)))
                print(f"done {n}", file=sys.stderr, flush=True)
                continue
            base = Path(folder) / f"pyvis-{n}.html"
            t0 = time.perf_counter()
            how = pyvis_default(G, base)
            base_write = time.perf_counter() - t0
            base_steady = load_to_steady(browser, base, False, args.timeout)
            rows.append((n, G.number_of_edges(), layout, write, ours.stat().st_size, steady,
                         opened[0] if opened else None, drawn["physics"], base_write, how, base.stat().st_size,
                         base_steady))
            print(f"done {n}", file=sys.stderr, flush=True)
        browser.close()

    def secs(value: float | None) -> str:
        return "not within the time limit" if value is None else f"{value:.2f}"

    print("| stakeholders | edges | ours: layout s | ours: write s | ours: MB | ours: load→steady s "
          "| ours: open a community s | ours: physics | pyvis: write s | pyvis: built with | pyvis: MB "
          "| pyvis: load→shown s | pyvis: load→still s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|")
    for n, m, lay, w, size, (_, st), op, phys, bw, how, bsize, (bshown, bstill) in rows:
        print(f"| {n:,} | {m:,} | {lay:.2f} | {w:.2f} | {size / 1e6:.1f} | {secs(st)} | "
              f"{'—' if op is None else f'{op:.2f}'} | {'on, then off' if phys else 'off'} | "
              f"{'—' if bw is None else f'{bw:.2f}'} | {how} | {bsize / 1e6:.1f} | "
              f"{secs(bshown) if bw is not None else '—'} | {secs(bstill) if bshown else '—'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
