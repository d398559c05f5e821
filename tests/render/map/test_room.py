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
            assert unnamed == set(), f"presentation, {where}"
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


@pytest.mark.parametrize("name", ["limerick", "limerick-iwg", "andalucia"])
def test_projected_the_legend_shows_every_row_beside_the_gap_card(browser, room_map, name):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(room_map(name).resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        page.evaluate("window.stakegraph.setPresentation(true)")
        legend = page.eval_on_selector("#sg-legend", """e => ({hidden: e.scrollHeight - e.clientHeight,
            bottom: e.getBoundingClientRect().bottom, px: parseFloat(getComputedStyle(e).fontSize)})""")
        assert legend["hidden"] <= 1, "no legend row behind a scrollbar the room cannot see"
        assert legend["bottom"] <= 720 and legend["px"] >= 10
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
    finally:
        page.close()


STORY = """
[[view]]
caption = "Everyone we mapped"

[[view]]
caption = "The council and its partners"
focus = "Shannonmouth City and County Council"

[[view]]
caption = "Health, public and civil society"
filter = { theme = "health", sector = ["public", "civil society"] }

[[view]]
caption = "Our IWG"
iwg = "Shannonmouth City IWG"
"""


def test_a_story_steps_view_by_view_with_a_clickers_keys_and_a_link_opens_a_view(browser, tmp_path):
    (tmp_path / "story.toml").write_text(STORY, "utf-8")
    draw_map(EXAMPLES / "limerick_iwg_en.xlsx", tmp_path / "map.html", story=tmp_path / "story.toml")
    url = (tmp_path / "map.html").resolve().as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto(url)
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        assert not page.locator("#sg-caption").is_visible(), "no view chosen yet"
        page.evaluate("window.stakegraph.setPresentation(true)")
        captions = ["Everyone we mapped", "The council and its partners", "Health, public and civil society",
                    "Our IWG"]
        council = page.evaluate("Object.keys(window.stakegraph.info).find(id => "
                                "window.stakegraph.info[id].name === 'Shannonmouth City and County Council')")
        fits = page.evaluate(SCENE_JS)["fits"]
        for k, key in enumerate(["ArrowRight", "PageDown", "ArrowDown", "PageDown"], start=1):
            page.keyboard.press(key)
            scene = settled(page, fits)
            fits = scene["fits"]
            where = f"view {k}"
            assert page.locator("#sg-caption").inner_text() == captions[k - 1], where
            assert page.evaluate("location.hash") == f"#view={k}", where
            assert page.locator("#sg-story-at").inner_text() == f"View {k} of 4", where
            assert label_faults(scene, 24) == [], where
            if k == 2:  # the focused council's neighbourhood clear of the side panel
                assert council in scene["near"] and council in {label["id"] for label in scene["labels"]}
                assert hidden_nodes(scene, scene["near"]) == [], where
            else:  # the whole of what is shown, fitted
                assert hidden_nodes(scene, [n["id"] for n in scene["nodes"]]) == [], where
            status = page.locator("#sg-status")
            if k == 3:
                assert status.is_visible() and "health" in status.inner_text()
                shown = {n["id"] for n in scene["nodes"] if n["kind"] == "stakeholder"}
                sectors = set(page.evaluate(f"{sorted(shown)!r}.map(id => window.stakegraph.info[id].sector)"))
                assert shown and sectors <= {"public", "civil_society"}
            elif k == 4:
                assert status.is_visible() and status.inner_text().startswith("Shannonmouth City IWG · 19 of 40")
            else:
                assert not status.is_visible(), where
        page.keyboard.press("PageDown")  # past the last view: it stays
        assert page.evaluate("location.hash") == "#view=4"
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("PageUp")
        assert page.locator("#sg-caption").inner_text() == captions[1]
        assert page.evaluate("location.hash") == "#view=2"

        # a link opens its view, on a desk too, where the arrows keep moving the map
        other = browser.new_page(viewport={"width": 1280, "height": 720})
        try:
            other.goto(url + "#view=3")
            other.wait_for_function("() => window.mapSteady === true", timeout=120_000)
            assert other.locator("#sg-caption").inner_text() == captions[2]
            assert other.locator("#sg-status").is_visible()
            other.keyboard.press("ArrowRight")
            assert other.evaluate("location.hash") == "#view=3"
        finally:
            other.close()
        assert problems == []
    finally:
        page.close()


def test_without_a_story_file_the_story_is_the_whole_its_brokers_each_sector_and_the_gaps(browser, room_map):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(room_map("limerick-iwg").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        page.evaluate("window.stakegraph.setPresentation(true)")
        seen = []
        for _ in range(6):
            fits = page.evaluate(SCENE_JS)["fits"]
            page.keyboard.press("PageDown")
            scene = settled(page, fits)
            seen.append(page.locator("#sg-caption").inner_text())
            assert label_faults(scene, 24) == [], seen[-1]
            if len(seen) == 2:  # the brokers are lit, and every one of them named
                named = {label["id"] for label in scene["labels"]}
                assert scene["near"] and set(scene["near"]) <= named
        assert seen == ["The whole network", "Brokers: who links the others", "public sector", "private sector",
                        "civil society sector", "What Shannonmouth City IWG lacks"]
    finally:
        page.close()


#: every drawn node's place on screen, by id: what must not move when the rounds toggle
PLACES_JS = """() => { const out = {}; for (const id of window.nodes.getIds()) {
    if (window.stakegraph.state.hidden[id]) { continue; }
    const n = window.network.body.nodes[id], p = window.network.canvasToDOM({x: n.x, y: n.y});
    out[id] = [p.x, p.y]; } return out; }"""
LEGEND_JS = "rows => rows.filter(r => !r.hidden && !r.closest('[hidden]')).map(r => r.textContent)"


def test_the_diff_map_toggles_the_rounds_in_place_with_ghosts_named_and_in_the_legend(browser, tmp_path):
    from stakegraph.analysis.diff import diff_ties, match_stakeholders
    from stakegraph.model import Stakeholder, Tie, build_graph
    from stakegraph.render.map.inputs import MapInputs
    from stakegraph.render.map.page import render_map
    from stakegraph.render.map.rounds import Rounds

    people = [Stakeholder(f"Org {i}", ["public", "private", "civil_society"][i % 3]) for i in range(12)]
    ring = [Tie(people[i].id, people[(i + 1) % 10].id) for i in range(10)]
    G0 = build_graph(people[:11] + [Stakeholder("Closed Shelter", "civil_society")],
                     ring + [Tie("org-10", "org-3"), Tie("closed-shelter", "org-4"), Tie("closed-shelter", "org-5")])
    G1 = build_graph(people, ring[1:] + [Tie("org-11", "org-2"), Tie("org-11", "org-6")])
    added, removed, renamed = match_stakeholders(G0, G1)
    ties = diff_ties(G0, G1, renamed)
    render_map(G1, tmp_path / "diff.html", inputs=MapInputs(
        rounds=Rounds(G0, removed, renamed, ties["removed"], added, ties["added"]),
        highlight={"nodes": set(added), "edges": {(u, v) for u, v, _ in ties["added"]}, "label": "new"}))
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto((tmp_path / "diff.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        after = page.evaluate(SCENE_JS)
        named = {label["text"] for label in after["labels"]}
        # the removed stakeholder is a ghost, named; so is the one that lost every tie (Org 10), and the newcomer
        assert {"Closed Shelter", "Org 10", "Org 11"} <= named
        kinds = {n["id"]: n["kind"] for n in after["nodes"]}
        assert kinds["was:closed-shelter"] == "ghost"
        assert page.evaluate("window.stakegraph.info['org-10'].change") == "lost every tie"
        legend = page.eval_on_selector_all("#sg-legend .sg-legend-row", LEGEND_JS)
        assert {"New since the earlier round", "Removed since the earlier round",
                "Tie removed since the earlier round"} <= set(legend)
        ghost_ties = page.evaluate("window.network.body.data.edges.get().filter(e => e.id.startsWith('was'))"
                                   ".map(e => [e.from, e.to, !!e.dashes])")
        assert sorted(ghost_ties) == sorted([["org-0", "org-1", True], ["org-10", "org-3", True],
                                             ["was:closed-shelter", "org-4", True],
                                             ["was:closed-shelter", "org-5", True]])
        assert label_faults(after, 14) == []
        places = page.evaluate(PLACES_JS)

        page.locator("#sg-round-before").click()
        before = page.evaluate(SCENE_JS)
        assert page.locator("#sg-round-before").get_attribute("aria-pressed") == "true"
        assert before["scale"] == after["scale"], "the view does not move"
        moved = {i: p for i, p in page.evaluate(PLACES_JS).items() if places.get(i) != p}
        assert moved == {}, "every node stays where it was"
        shown = {n["id"] for n in before["nodes"]}
        assert "org-11" not in shown and "was:closed-shelter" in shown, "the newcomer is not in the earlier round"
        assert page.evaluate("window.network.body.data.edges.get().filter(e => e.id.startsWith('was'))"
                             ".every(e => !e.dashes)"), "the earlier round's ties drawn as they were"
        legend = page.eval_on_selector_all("#sg-legend .sg-legend-row", LEGEND_JS)
        assert not {"New since the earlier round", "Removed since the earlier round"} & set(legend)
        assert label_faults(before, 14) == []

        page.locator("#sg-round-after").click()
        again = page.evaluate(SCENE_JS)
        assert {n["id"] for n in again["nodes"]} == set(kinds) and again["scale"] == after["scale"]
        assert problems == []
    finally:
        page.close()


def test_the_example_rounds_diff_map_toggles_and_names_who_lost_every_tie(browser, tmp_path):
    from stakegraph.jobs.diff import diff

    rounds = EXAMPLES / "before_after"
    diff(rounds / "round1.xlsx", rounds / "round2.xlsx", tmp_path / "diff.html")
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto((tmp_path / "diff.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        changed = page.evaluate("Object.keys(window.stakegraph.info).filter(id => window.stakegraph.info[id].change)")
        assert changed, "round 2 has a stakeholder that lost every tie"
        scene = page.evaluate(SCENE_JS)
        assert set(changed) <= {label["id"] for label in scene["labels"]}
        page.keyboard.press("b")
        assert page.locator("#sg-round-before").get_attribute("aria-pressed") == "true"
        assert label_faults(page.evaluate(SCENE_JS), 14) == []
    finally:
        page.close()


PLACEHOLDERS_JS = """() => { const frame = document.getElementById('sg-map').getBoundingClientRect(), out = [];
    for (const id of window.nodes.getIds()) {
        if (window.stakegraph.info[id].kind !== 'placeholder' || window.stakegraph.state.hidden[id]) { continue; }
        const bb = window.network.body.nodes[id].shape.boundingBox;
        const a = window.network.canvasToDOM({x: bb.left, y: bb.top});
        const z = window.network.canvasToDOM({x: bb.right, y: bb.bottom});
        out.push({id, text: window.stakegraph.info[id].name,
                  box: [a.x + frame.left, a.y + frame.top, z.x + frame.left, z.y + frame.top]}); }
    return out; }"""


def test_an_iwg_map_draws_every_missing_kind_and_lights_the_invitees_with_their_introducers(browser, tmp_path):
    from stakegraph.analysis.scope import iwg_scope
    from stakegraph.jobs.map import iwg_gaps, iwg_invitees
    from stakegraph.model import Membership, Stakeholder, Tie, build_graph, find_iwg
    from stakegraph.render.map.build import MapOptions
    from stakegraph.render.map.inputs import MapInputs
    from stakegraph.render.map.page import render_map

    people = [Stakeholder("City Council", "public", "local_authority", "local", ["employment"]),
              Stakeholder("Doras", "civil_society", "ngo", "regional", ["legal_status"]),
              Stakeholder("Migrant Women Network", "civil_society", "migrant_led", "local", ["social_cohesion"]),
              Stakeholder("Refugee Council", "civil_society", "ngo", "national", ["housing"]),
              Stakeholder("Health Service", "public", "statutory_agency", "regional", ["health"]),
              Stakeholder("Education Board", "public", "statutory_agency", "regional", ["education_training"]),
              Stakeholder("Chamber of Commerce", "private", "business_association", "local", ["employment"]),
              Stakeholder("Hotel Group", "private", "employer", "local", ["employment"])]
    ties = [Tie("city-council", "doras"), Tie("doras", "migrant-women-network"),
            Tie("doras", "refugee-council"), Tie("health-service", "education-board"),
            Tie("refugee-council", "health-service"), Tie("chamber-of-commerce", "hotel-group"),
            Tie("health-service", "chamber-of-commerce")]
    members = [Membership(p, "IWG") for p in ("city-council", "doras", "migrant-women-network", "refugee-council")]
    G = build_graph(people, ties, members, title="Gaps")
    iwg = find_iwg(G, "IWG")  # the job resolves the name; the page is given the IWG's node
    group = iwg_scope(G, iwg)
    render_map(G, tmp_path / "map.html", MapOptions(iwg=iwg),
               MapInputs(gaps=iwg_gaps(G, group), invitees=iwg_invitees(G, group)))
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        page.goto((tmp_path / "map.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        for presentation in (False, True):
            fits = page.evaluate(SCENE_JS)["fits"]
            page.evaluate(f"window.stakegraph.setPresentation({str(presentation).lower()})")
            scene = settled(page, fits) if presentation else page.evaluate(SCENE_JS)
            holes = page.evaluate(PLACEHOLDERS_JS)
            # the sector and the type the IWG lacks, each a placeholder no name is printed over
            assert sorted(h["text"] for h in holes) == ["missing: private sector", "missing: statutory agency"]
            assert [(label["text"], h["text"]) for label in scene["labels"] for h in holes
                    if label["id"] != h["id"] and meets(label["box"], h["box"])] == []
            assert label_faults(scene, 24 if presentation else 14) == []
        # a dashed arc for each pair of sectors it has no tie between
        arcs = page.evaluate("window.stakegraph.gapShapes().filter(s => s.kind === 'curve').length")
        assert arcs == len(page.evaluate("window.stakegraph.data.gapArcs")) == 2
        legend = page.eval_on_selector_all("#sg-legend .sg-legend-row", LEGEND_JS)
        assert "No tie between these sectors" in legend and "Missing type (placeholder)" in legend
        assert "Recommended invitee, and who can introduce it" not in legend

        invitees = page.evaluate("window.stakegraph.data.invitees")
        assert invitees and all(i["paths"] for i in invitees[:1])
        fits = page.evaluate(SCENE_JS)["fits"]
        page.locator("#sg-invitees").click()
        lit = settled(page, fits)
        wanted = {i["id"] for i in invitees} | {n for i in invitees for path in i["paths"] for n in path}
        assert wanted <= set(lit["near"])
        assert {i["id"] for i in invitees} <= {label["id"] for label in lit["labels"]}, "every invitee named"
        assert hidden_nodes(lit, wanted) == []
        paths = page.evaluate("window.stakegraph.gapShapes().filter(s => s.kind === 'line').length")
        assert paths == sum(len(i["paths"]) for i in invitees)
        legend = page.eval_on_selector_all("#sg-legend .sg-legend-row", LEGEND_JS)
        assert "Recommended invitee, and who can introduce it" in legend
        page.locator("#sg-invitees").click()
        assert page.evaluate("window.stakegraph.state.near") == {}
        assert problems == []
    finally:
        page.close()
