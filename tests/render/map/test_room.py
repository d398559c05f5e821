"""The map as a room sees it: measured in Chromium at the projector's
1280×720 and at 1366×768 and 1920×1080, on the three example workbooks (one
also drawn for its IWG) and on a generated mapping of 2,000 stakeholders,
which opens on its communities.

Each map is drawn once per session and opened once; the window is resized
in place, which also checks that a resized window is fitted and named again.
What is asserted is what the page drew: every name's box and size as it was
painted, every node's disc, every panel's box.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from stakegraph.jobs.map import draw_map

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
ROOM = [(1280, 720), (1366, 768), (1920, 1080)]
#: name -> (workbook, options); the 2,000 mapping is generated (and cached) by the benchmark's generator
MAPS = {
    "limerick": ("limerick_iwg_en.xlsx", {}),
    "limerick-iwg": ("limerick_iwg_en.xlsx", {"iwg": "Shannonmouth City IWG"}),
    "varese": ("varese_it.xlsx", {}),
    "andalucia": ("andalucia_es.xlsx", {}),
    "generated-2000": (None, {}),
}

#: the known shortfall of the rule "the ten most central are always named" when projected:
#: Limerick's IWG map at 1280×720 has no free place left for one of its members' 24 px names
#: (three lines of "Garda Community Engagement Unit Shannonmouth") that covers no node
UNNAMED_CENTRAL = {("limerick-iwg", 1280): 1}

#: what the page drew, in page pixels: names, node discs, the panels over the map, the map itself
SCENE_JS = """() => {
    const net = window.network, S = window.stakegraph;
    const frame = document.getElementById('sg-map').getBoundingClientRect();
    const scale = net.getScale(), nodes = [];
    for (const id of window.nodes.getIds()) {
        if (S.state.hidden[id]) { continue; }
        const n = net.body.nodes[id], p = net.canvasToDOM({x: n.x, y: n.y});
        const r = (n.options.size + (n.options.borderWidth || 0) / 2) * scale;
        nodes.push({id, x: p.x + frame.left, y: p.y + frame.top, r, kind: S.info[id].kind});
    }
    const panels = ['sg-controls', 'sg-legend', 'sg-panel', 'sg-tools'].map(id => document.getElementById(id))
        .filter(e => e && e.getClientRects().length).map(e => { const r = e.getBoundingClientRect();
            return [r.left, r.top, r.right, r.bottom]; });
    return {labels: S.labels(), nodes, panels, map: [frame.left, frame.top, frame.right, frame.bottom],
            near: Object.keys(S.state.near), scale, fits: S.state.fits || 0,
            central: Object.keys(S.info).filter(id => S.info[id].central && !S.state.hidden[id])};
}"""


def meets(a, b) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def disc_meets(box, node) -> bool:
    x = max(box[0], min(node["x"], box[2]))
    y = max(box[1], min(node["y"], box[3]))
    return (x - node["x"]) ** 2 + (y - node["y"]) ** 2 < (node["r"] - 0.5) ** 2


def disc_box(node) -> list[float]:
    return [node["x"] - node["r"], node["y"] - node["r"], node["x"] + node["r"], node["y"] + node["r"]]


def inside(a, b) -> bool:
    return a[0] >= b[0] - 0.5 and a[1] >= b[1] - 0.5 and a[2] <= b[2] + 0.5 and a[3] <= b[3] + 0.5


def label_faults(scene, least: float) -> list[str]:
    """Every way a drawn name breaks the room's rule, in words."""
    labels, faults = scene["labels"], []
    for i, a in enumerate(labels):
        if a["px"] < least:
            faults.append(f"{a['text']!r} is {a['px']} px")
        faults += [f"{a['text']!r} overlaps {b['text']!r}" for b in labels[i + 1:] if meets(a["box"], b["box"])]
        faults += [f"{a['text']!r} covers node {n['id']}" for n in scene["nodes"]
                   if n["id"] != a["id"] and n["kind"] != "placeholder" and disc_meets(a["box"], n)]
        faults += [f"{a['text']!r} under a panel" for p in scene["panels"] if meets(a["box"], p)]
        if not inside(a["box"], scene["map"]):
            faults.append(f"{a['text']!r} off the map")
    return faults


def hidden_nodes(scene, ids) -> list[str]:
    """The nodes among ``ids`` that a panel covers or the map's edge cuts."""
    want = set(ids)
    return [n["id"] for n in scene["nodes"] if n["id"] in want
            and (not inside(disc_box(n), scene["map"]) or any(meets(disc_box(n), p) for p in scene["panels"]))]


@pytest.fixture(scope="session")
def room_map(tmp_path_factory):
    """``name -> path`` of the map drawn once for the session."""
    folder, made = tmp_path_factory.mktemp("room"), {}

    def get(name: str) -> Path:
        if name not in made:
            book, options = MAPS[name]
            if book is None:
                sys.path.insert(0, str(ROOT / "benchmarks"))
                from make_workbook import ensure_workbook

                source = ensure_workbook(2000)
            else:
                source = EXAMPLES / book
            made[name] = folder / f"{name}.html"
            draw_map(source, made[name], **options)
        return made[name]

    return get


def open_community(page, scene: dict, community: str) -> dict:
    """Click ``community``'s node and return the scene once it is open."""
    at = next(n for n in scene["nodes"] if n["id"] == community)
    page.mouse.click(at["x"], at["y"])
    opened = settled(page, scene["fits"])
    assert page.evaluate("window.stakegraph.clusters.opened()") == community
    return opened


def box(page, selector: str) -> list[float]:
    return page.eval_on_selector(
        selector, "e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }")


def settled(page, fits: int) -> dict:
    """The scene once the page has fitted itself again after ``fits`` fittings."""
    page.wait_for_function(f"() => (window.stakegraph.state.fits || 0) > {fits}", timeout=30_000)
    page.wait_for_timeout(50)
    return page.evaluate(SCENE_JS)


@pytest.mark.parametrize("name", list(MAPS))
def test_in_the_room_names_are_legible_and_views_cannot_be_lost(browser, room_map, name):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto(room_map(name).resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        for width, height in ROOM:
            where = f"{name} at {width}×{height}"
            fits = page.evaluate(SCENE_JS)["fits"]
            if (width, height) != (1280, 720):
                page.set_viewport_size({"width": width, "height": height})
            first = settled(page, fits - 1 if (width, height) == (1280, 720) else fits)
            assert len(first["labels"]) >= 10, where
            assert label_faults(first, 14) == [], where
            assert hidden_nodes(first, [n["id"] for n in first["nodes"]]) == [], f"fitted, {where}"
            assert not meets(box(page, "#sg-legend"), box(page, "#sg-controls")), (
                f"the legend covers the filters, {where}")

            # projected: 24 px names, the ten most central always among them
            fits = first["fits"]
            page.evaluate("window.stakegraph.setPresentation(true)")
            shown = settled(page, fits)
            assert label_faults(shown, 24) == [], f"presentation, {where}"
            unnamed = set(shown["central"]) - {label["id"] for label in shown["labels"]}
            assert len(unnamed) <= UNNAMED_CENTRAL.get((name, width), 0), f"presentation, {where}: {unnamed}"
            assert len(shown["central"]) == 10
            page.evaluate("window.stakegraph.setPresentation(false)")

            # a click on the most central stakeholder keeps its neighbourhood in view beside the panel
            hub = page.evaluate("Object.keys(window.stakegraph.info).find(id => window.stakegraph.info[id].rank === 0)")
            scene = page.evaluate(SCENE_JS)
            if page.evaluate(f"window.stakegraph.state.hidden[{hub!r}] === true"):  # in a community not yet open
                scene = open_community(page, scene, page.evaluate(f"window.stakegraph.clusters.of[{hub!r}]"))
            at = next(n for n in scene["nodes"] if n["id"] == hub)
            page.mouse.click(at["x"], at["y"])
            focused = settled(page, scene["fits"])
            assert page.locator("#sg-panel").is_visible() and hub in focused["near"], where
            assert hidden_nodes(focused, focused["near"]) == [], f"after a click, {where}"
            assert label_faults(focused, 14) == [], f"after a click, {where}"

            # Escape returns to the fitted whole
            page.keyboard.press("Escape")
            back = settled(page, focused["fits"])
            assert back["near"] == [] and not page.locator("#sg-panel").is_visible()
            assert back["scale"] == pytest.approx(first["scale"], rel=1e-3), f"Escape, {where}"

            # a search does the same for the stakeholder it finds
            other = page.evaluate(
                "Object.keys(window.stakegraph.info).find(id => window.stakegraph.info[id].rank === 1)")
            page.locator("#sg-search").fill(page.evaluate(f"window.stakegraph.info[{other!r}].name"))
            page.locator("#sg-search").press("Enter")
            found = settled(page, back["fits"])
            assert other in found["near"] and hidden_nodes(found, found["near"]) == [], f"after a search, {where}"
            page.locator("#sg-search").press("Escape")
            settled(page, found["fits"])
        assert problems == []
    finally:
        page.close()


@pytest.mark.parametrize("name", ["limerick", "generated-2000"])
def test_a_filter_refits_the_view_says_so_and_trims_the_legend(browser, room_map, name):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(room_map(name).resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        assert not page.locator("#sg-status").is_visible(), "no filter, nothing to say"
        people = page.evaluate("Object.values(window.stakegraph.info).filter(i => i.kind === 'stakeholder').length")
        sector = page.evaluate("document.querySelector('input[data-filter=\"sector\"]').value")
        label = page.evaluate(
            "document.querySelector('input[data-filter=\"sector\"]').parentElement.textContent.trim()")
        fits = page.evaluate(SCENE_JS)["fits"]
        page.locator(f'input[data-filter="sector"][value="{sector}"]').uncheck()
        scene = settled(page, fits)
        shown = page.evaluate("s => Object.values(window.stakegraph.info).filter(i => i.kind === 'stakeholder' "
                              "&& i.sector !== s).length", sector)
        drawn = len([n for n in scene["nodes"] if n["kind"] == "stakeholder"])
        assert 0 < shown < people
        # a map of communities draws none of them until one is opened
        assert drawn == (0 if page.evaluate("!!window.stakegraph.clusters") else shown)
        status = page.locator("#sg-status")
        assert status.is_visible() and status.inner_text().endswith(f"{shown} of {people} stakeholders")
        assert hidden_nodes(scene, [n["id"] for n in scene["nodes"]]) == [], "the view is fitted to what is left"
        assert label_faults(scene, 14) == []
        rows = page.eval_on_selector_all("#sg-legend .sg-legend-row",
                                         "rows => rows.filter(r => !r.hidden).map(r => r.textContent)")
        assert label not in rows and rows, "the legend lists only what is shown"
        page.evaluate("window.stakegraph.setPresentation(true)")
        assert status.is_visible(), "the filter is stated in presentation mode too"
        assert page.eval_on_selector("#sg-legend", "e => e.scrollHeight <= e.clientHeight + 1"), "no row hidden"
    finally:
        page.close()


@pytest.mark.parametrize("size", ROOM, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_big_map_opens_on_its_communities_each_named_and_opened_in_place(browser, room_map, size):
    width, height = size
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto(room_map("generated-2000").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        first = settled(page, page.evaluate(SCENE_JS)["fits"] - 1)
        info = page.evaluate("window.stakegraph.info")
        communities = sorted(i for i, facts in info.items() if facts["kind"] == "community")
        # only the communities are drawn, each named: its anchor and its count, at 14 px or more, clear of all else
        assert sorted(n["id"] for n in first["nodes"]) == communities and len(communities) >= 5
        assert sorted(label["id"] for label in first["labels"]) == communities
        assert all(label["text"] == info[label["id"]]["name"] for label in first["labels"])
        assert all(re.fullmatch(r"the .+ cluster \(\d+\)", info[c]["name"]) for c in communities)
        assert label_faults(first, 14) == [] and hidden_nodes(first, communities) == []
        # each is drawn in proportion to its members
        members = page.evaluate("(() => { const n = {}; Object.values(window.stakegraph.clusters.of)"
                                ".forEach(c => { n[c] = (n[c] || 0) + 1; }); return n; })()")
        assert sum(members.values()) == 2000
        radius = {n["id"]: n["r"] for n in first["nodes"]}
        big, small = max(members, key=members.get), min(members, key=members.get)
        assert radius[big] > radius[small]

        # a click opens one: its members, where it was, on screen and clear of the panels
        opened = open_community(page, first, big)
        ids = {n["id"] for n in opened["nodes"]}
        drawn = {i for i in ids if info[i]["kind"] == "stakeholder"}
        assert len(drawn) == members[big] and big not in ids
        assert set(communities) - {big} <= ids, "the others stay folded"
        assert hidden_nodes(opened, drawn) == [], "the opened community is in view beside the panels"
        assert label_faults(opened, 14) == [] and len(opened["labels"]) >= 10
        assert page.locator("#sg-panel").is_visible()

        # Escape, and Fit, return to the communities as first fitted
        page.keyboard.press("Escape")
        back = settled(page, opened["fits"])
        assert sorted(n["id"] for n in back["nodes"]) == communities
        assert back["scale"] == pytest.approx(first["scale"], rel=1e-3)
        again = open_community(page, back, small)
        page.locator("#sg-fit").click()
        fitted = settled(page, again["fits"])
        assert sorted(n["id"] for n in fitted["nodes"]) == communities
        assert fitted["scale"] == pytest.approx(first["scale"], rel=1e-3)
        assert problems == []
    finally:
        page.close()
