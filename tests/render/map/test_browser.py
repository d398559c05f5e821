"""The map page in a real browser (headless Chromium): it loads cleanly, asks
the network for nothing, and its search, filters, panel and presentation
mode work; hostile names stay text; an anonymous map shows no name.

Speed is measured in ``benchmarks/bench_map.py``, never asserted here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from stakegraph.jobs.map import draw_map
from stakegraph.model import Membership, Stakeholder, Tie, build_graph
from stakegraph.render.map.build import MapOptions
from stakegraph.render.map.data import SECTOR_COLOURS
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.page import render_map, write_png

XSS_SCRIPT = "<script>window.__xss = 1; alert(1)</script>"
XSS_IMG = "<img src=x onerror=\"window.__xss = 2; alert(2)\">"
#: the bundled example, whose long title a new user sees first
EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "limerick_iwg_en.xlsx"
LANGS = ["en", "es", "it", "el", "pt", "fr", "de", "sv", "ca"]
#: the window of the walkthrough that found the layout problems
WIDE = {"width": 1400, "height": 900}


@dataclass
class Opened:
    """A map open in a page, with everything it asked for and said."""

    page: object
    url: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def open_map(browser):
    pages = []

    def open_(path: Path, viewport: dict[str, int] | None = None) -> Opened:
        page = browser.new_page(viewport=viewport or {"width": 1280, "height": 800})
        pages.append(page)
        opened = Opened(page, path.resolve().as_uri())

        def route(r):
            opened.requests.append(r.request.url)
            if r.request.url == opened.url:
                r.continue_()
            else:
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda req: opened.requests.append(req.url))
        page.on("console", lambda msg: opened.problems.append(msg.text) if msg.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: opened.problems.append(str(exc)))

        def dialog(d):
            opened.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        page.goto(opened.url)
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        return opened

    yield open_
    for page in pages:
        page.close()


def limerick():
    people = [
        Stakeholder("Limerick City Council", "public", "local_authority", "local", ["housing"],
                    email="clerk@council.example"),
        Stakeholder("Cáritas Limerick", "civil_society", "faith_based", "local", ["housing", "health"]),
        Stakeholder("Doras", "civil_society", "ngo", "regional", ["legal_status"]),
        Stakeholder("Sudanese Community", "civil_society", "migrant_led", "local", ["culture_religion"],
                    migrant_led=True, extra={"Notes": "ask Ahmed"}),
        Stakeholder("Dell Ireland", "private", "employer", "national", ["employment"]),
        Stakeholder("Garda Síochána", "public", "statutory_agency", "national", ["legal_status"]),
        Stakeholder("Lonely Trust", "civil_society", "ngo", "local", ["housing"]),
    ]
    ties = [
        Tie("limerick-city-council", "caritas-limerick", "funding", 3, True),
        Tie("caritas-limerick", "doras", "information"),
        Tie("doras", "sudanese-community", "collaboration", 5),
        Tie("doras", "dell-ireland", "referral", 2, True),
        Tie("garda-siochana", "limerick-city-council"),
    ]
    members = [Membership("limerick-city-council", "Limerick IWG", "chair"),
               Membership("doras", "Limerick IWG", "co_chair")]
    return build_graph(people, ties, members, title="Limerick")


def synthetic(n: int, seed: int = 1, name: str = "Org {i}", alone=()):
    """``n`` stakeholders with random ties, and the ``alone`` names with none."""
    rng = random.Random(seed)
    sectors = ["public", "private", "civil_society"]
    people = [Stakeholder(name.format(i=i), sectors[i % 3]) for i in range(n)]
    pairs = {(i, rng.randrange(n)) for i in range(n) for _ in range(2)}
    ties = [Tie(people[a].id, people[b].id) for a, b in pairs if a != b]
    return build_graph(people + [Stakeholder(a, "civil_society") for a in alone], ties)


def count_of(opened: Opened, expression: str):
    return opened.page.evaluate(expression)


def test_the_map_loads_without_errors_and_holds_the_whole_graph(tmp_path, open_map):
    G = limerick()
    render_map(G, tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    assert opened.problems == []
    assert count_of(opened, "window.nodes.length") == G.number_of_nodes()
    assert count_of(opened, "window.edges.length") == G.number_of_edges()
    assert count_of(opened, "window.network.body.data.nodes.length") == G.number_of_nodes()
    assert opened.page.locator("#sg-title").inner_text() == "Limerick"
    assert "Sector" in opened.page.locator("#sg-legend").inner_text()


def test_the_page_asks_for_nothing_but_itself(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html", MapOptions(iwg="iwg:limerick-iwg"),
               MapInputs(highlight={"nodes": {"doras"}, "label": "new"}))
    opened = open_map(tmp_path / "map.html")
    opened.page.locator("#sg-search").fill("dor")
    opened.page.locator("#sg-search").press("Enter")
    opened.page.locator("#sg-presentation").click()
    opened.page.wait_for_timeout(300)
    assert set(opened.requests) == {opened.url}


def test_search_is_accent_and_case_insensitive_and_highlights_the_neighbourhood(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    page.locator("#sg-search").fill("CARITAS")
    assert page.locator("#sg-matches li").all_inner_texts() == ["Cáritas Limerick"]
    page.locator("#sg-search").press("Enter")
    assert page.evaluate("window.network.getSelectedNodes()") == ["caritas-limerick"]
    near = page.evaluate("Object.keys(window.stakegraph.state.near).sort()")
    assert near == ["caritas-limerick", "doras", "limerick-city-council"]
    colour = "id => window.nodes.get(id).color.background"
    assert page.evaluate(f"({colour})('doras')") == SECTOR_COLOURS["civil_society"]
    assert page.evaluate(f"({colour})('dell-ireland')") != SECTOR_COLOURS["private"]
    assert page.locator("#sg-panel h2").inner_text() == "Cáritas Limerick"
    page.locator("#sg-search").fill("siochana")
    assert page.locator("#sg-matches li").all_inner_texts() == ["Garda Síochána"]


def test_a_sector_filter_hides_exactly_that_sectors_stakeholders(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    page.locator('input[data-filter="sector"][value="public"]').uncheck()
    hidden = page.evaluate("window.nodes.get({filter: n => n.hidden === true}).map(n => n.id).sort()")
    assert hidden == ["garda-siochana", "limerick-city-council"]
    page.locator('select[data-filter="theme"]').select_option("housing")
    hidden = page.evaluate("window.nodes.get({filter: n => n.hidden === true}).map(n => n.id).sort()")
    assert hidden == ["dell-ireland", "doras", "garda-siochana", "limerick-city-council",
                      "sudanese-community"]
    page.locator('input[data-filter="sector"][value="public"]').check()
    page.locator('select[data-filter="theme"]').select_option("")
    page.locator('select[data-filter="iwg"]').select_option("iwg:limerick-iwg")
    shown = page.evaluate("window.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()")
    assert shown == ["doras", "iwg:limerick-iwg", "limerick-city-council"]


def test_a_click_shows_the_attributes_and_each_measure_with_its_gloss(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html",
               inputs=MapInputs(glosses={"degree": "how many organisations this one has ties with"}))
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    page.evaluate("window.stakegraph.showPanel('doras')")
    panel = page.locator("#sg-panel")
    assert panel.is_visible()
    text = panel.inner_text()
    assert "Doras" in text and "regional" in text and "Limerick IWG (co_chair)" in text
    assert "how many organisations this one has ties with" in text
    assert "clerk@council.example" not in page.content()


def test_presentation_mode_hides_the_filters_keeps_the_legend_and_panel_and_enlarges_labels(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    assert {label["px"] for label in page.evaluate(LABELS_JS)} == {16}
    page.locator("#sg-presentation").click()
    assert not page.locator("#sg-controls").is_visible()
    assert page.locator("#sg-legend").is_visible()
    assert {label["px"] for label in page.evaluate(LABELS_JS)} == {24}
    page.evaluate("window.stakegraph.focusNode('doras')")
    assert page.locator("#sg-panel").is_visible(), "the side panel works in presentation mode too"
    page.keyboard.press("p")
    assert page.locator("#sg-controls").is_visible()


@pytest.mark.parametrize("payload", [XSS_SCRIPT, XSS_IMG])
def test_a_hostile_name_is_shown_as_text_and_runs_nothing(tmp_path, open_map, payload):
    people = [Stakeholder(payload, "public", extra={"Notes": payload}), Stakeholder("Doras", "civil_society")]
    G = build_graph(people, [Tie(people[0].id, "doras", notes=payload)],
                    [Membership(people[0].id, payload)])
    render_map(G, tmp_path / "map.html", MapOptions(title=payload))
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    page.evaluate(f"window.stakegraph.showPanel({people[0].id!r})")
    page.locator("#sg-search").fill(payload[:12])
    page.wait_for_timeout(200)
    assert opened.dialogs == [] and page.evaluate("window.__xss") is None
    assert page.locator("#sg-title").inner_text() == payload
    assert page.locator("#sg-panel h2").inner_text() == payload
    assert payload in page.locator("#sg-matches").inner_text()
    assert page.locator("#sg-panel img, #sg-matches img, header img, #sg-legend img").count() == 0
    assert opened.problems == []


def test_an_anonymous_map_shows_no_real_name_in_the_page(tmp_path, open_map):
    G = limerick()
    render_map(G, tmp_path / "map.html", MapOptions(anonymize=True))
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    page.evaluate("window.stakegraph.showPanel('CIV-02')")
    page.locator("#sg-search").fill("civ")
    html = page.content()
    text = (tmp_path / "map.html").read_text("utf-8")
    everything = html + page.evaluate("JSON.stringify(window.nodes.get()) + JSON.stringify(window.stakegraph.info)")
    for n, name in G.nodes(data="name"):
        if G.nodes[n]["kind"] == "stakeholder":
            assert name not in everything and name not in text
            assert n not in everything
    assert "Ahmed" not in everything
    assert "CIV-01" in page.locator("#sg-matches").inner_text()


def test_a_five_thousand_node_map_is_drawn_steady_with_physics_off(tmp_path, open_map):
    G = synthetic(5000)
    drawn = render_map(G, tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    assert opened.problems == []
    # it opens on its communities (test_room.py), each a node, linked where they have ties
    assert count_of(opened, "window.nodes.length") == drawn["clusters"] > 1
    assert count_of(opened, "window.nodes.getIds().every(id => id.startsWith('cluster:'))")
    assert count_of(opened, "window.edges.get().every(e => [e.from, e.to].every(i => i.startsWith('cluster:')))")
    assert count_of(opened, "window.network.physics.physicsEnabled") is False
    before = count_of(opened, "JSON.stringify(window.network.getPositions(['cluster:1', 'cluster:2']))")
    opened.page.wait_for_timeout(500)
    assert count_of(opened, "JSON.stringify(window.network.getPositions(['cluster:1', 'cluster:2']))") == before


def test_a_small_map_settles_and_then_stays_still(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    assert count_of(opened, "window.network.physics.physicsEnabled") is False
    before = count_of(opened, "JSON.stringify(window.network.getPositions())")
    opened.page.wait_for_timeout(500)
    assert count_of(opened, "JSON.stringify(window.network.getPositions())") == before


def test_a_png_snapshot_is_a_picture_of_the_map(tmp_path):
    drawn = write_png(limerick(), tmp_path / "map.png", MapOptions(iwg="iwg:limerick-iwg"))
    data = (tmp_path / "map.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1600, 1000)
    assert drawn["path"] == str(tmp_path / "map.png") and drawn["placeholders"] == 1


#: every name the page draws: {id, text, px, box: [left, top, right, bottom] in page pixels}
LABELS_JS = "() => window.stakegraph.labels()"


def named(page) -> set[str]:
    return {label["text"] for label in page.evaluate(LABELS_JS)}


def test_labels_shown_on_a_crowded_map_never_overlap_as_drawn(tmp_path, open_map):
    render_map(synthetic(150, name="Association for Integration {i}"), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    boxes = opened.page.evaluate(LABELS_JS)
    assert len(boxes) >= 10 and labels_overlapping(boxes) == []
    opened.page.evaluate("window.stakegraph.setPresentation(true)")
    big = opened.page.evaluate(LABELS_JS)
    assert big and labels_overlapping(big) == []


def test_a_few_isolates_keep_their_names_as_drawn_and_in_presentation(tmp_path, open_map):
    alone = ["Lonely Association for Integration", "Quiet Forum for Integration"]
    render_map(synthetic(150, name="Association for Integration {i}", alone=alone), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    assert set(alone) <= named(opened.page)
    opened.page.evaluate("window.stakegraph.setPresentation(true)")
    assert set(alone) <= named(opened.page)


def test_the_pages_own_policy_refuses_any_request_a_script_might_try(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    blocked = opened.page.evaluate("""() => new Promise(resolve => {
        const seen = [];
        document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));
        const img = document.createElement('img');
        img.src = 'https://example.invalid/pixel.png';
        document.body.appendChild(img);
        fetch('https://example.invalid/data.json').catch(() => null);
        setTimeout(() => resolve(seen.sort()), 300);
    })""")
    assert blocked == ["connect-src", "img-src"], "the policy itself refuses, whatever the browser's route"


def test_a_theme_given_on_the_command_line_opens_the_page_filtered_to_it(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html", MapOptions(theme="housing"))
    opened = open_map(tmp_path / "map.html")
    shown = opened.page.evaluate(
        "window.nodes.get({filter: n => !n.hidden && window.stakegraph.info[n.id].kind === 'stakeholder'})"
        ".map(n => n.id).sort()")
    assert shown == ["caritas-limerick", "limerick-city-council", "lonely-trust"]
    assert opened.page.locator('select[data-filter="theme"]').input_value() == "housing"


def test_a_map_with_nothing_in_it_still_opens_cleanly(tmp_path, open_map):
    render_map(build_graph([]), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    assert opened.problems == [] and count_of(opened, "window.nodes.length") == 0


def test_unlabelled_nodes_show_their_name_on_hover_and_more_are_named_zoomed_in(tmp_path, open_map):
    render_map(synthetic(150, name="Association for Integration {i}"), tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html")
    page = opened.page
    first = named(page)
    quiet = page.evaluate("Object.keys(window.stakegraph.info).find(id => !window.stakegraph.state.chosen[id])")
    page.evaluate(f"() => {{ window.network.body.emitter.emit('hoverNode', {{node: {quiet!r}}}); }}")
    assert page.evaluate("window.stakegraph.state.hovered") == quiet
    name = page.evaluate(f"window.stakegraph.info[{quiet!r}].name")
    assert name in named(page)
    page.evaluate(f"() => {{ window.network.body.emitter.emit('blurNode', {{node: {quiet!r}}}); }}")
    assert named(page) == first
    page.evaluate(f"""() => {{ const at = window.network.getPositions([{quiet!r}])[{quiet!r}];
        window.network.moveTo({{position: at, scale: 3}}); window.network.body.emitter.emit('zoom', {{}}); }}""")
    page.wait_for_timeout(300)
    assert name in named(page), "zoomed in to it, a stakeholder has room for its name"
    assert {label["px"] for label in page.evaluate(LABELS_JS)} == {16}, "names keep their size on screen"


# ---------------------------------------------------------------- geometry as drawn

#: every visible node's mark, as a box [left, top, right, bottom] in page pixels
DRAWN_JS = """() => {
    const net = window.network, map = document.getElementById('sg-map').getBoundingClientRect();
    const dom = (x, y) => { const p = net.canvasToDOM({x, y}); return [p.x + map.left, p.y + map.top]; };
    const out = [];
    for (const id of window.nodes.getIds()) {
        if (window.nodes.get(id).hidden) { continue; }
        const n = net.body.nodes[id], r = n.options.size + (n.options.borderWidth || 0);
        out.push({id, what: 'node', text: id, box: [...dom(n.x - r, n.y - r), ...dom(n.x + r, n.y + r)]});
    }
    return out;
}"""


def rect(page, selector: str) -> list[float]:
    return page.eval_on_selector(selector, "e => { const r = e.getBoundingClientRect(); "
                                           "return [r.left, r.top, r.right, r.bottom]; }")


def meets(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a, b, slack: float = 0.5) -> bool:
    return a[0] >= b[0] - slack and a[1] >= b[1] - slack and a[2] <= b[2] + slack and a[3] <= b[3] + slack


@pytest.fixture(scope="module")
def example_maps(tmp_path_factory):
    """The bundled example drawn as the walkthrough drew it: ``(lang, theme) -> page``."""
    folder, made = tmp_path_factory.mktemp("example"), {}

    def get(lang: str = "en", theme: str | None = None) -> Path:
        if (lang, theme) not in made:
            made[lang, theme] = folder / f"map-{lang}-{theme}.html"
            draw_map(EXAMPLE, made[lang, theme], lang=lang, theme=theme)
        return made[lang, theme]

    return get


TITLE_LINES_JS = """() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('sg-title'));
    return [...range.getClientRects()].map(r => [r.left, r.top, r.right, r.bottom]);
}"""


def assert_the_title_is_whole_and_clear_of_the_button(page):
    lines, button = page.evaluate(TITLE_LINES_JS), rect(page, "#sg-presentation")
    width = page.evaluate("window.innerWidth")
    assert lines and button[2] > button[0]
    assert [line for line in lines if meets(line, button) or line[2] > width or line[0] < 0] == []
    assert page.eval_on_selector("#sg-title", "h => h.scrollWidth <= h.clientWidth")


@pytest.mark.parametrize("lang", LANGS)
def test_the_long_title_and_every_control_fit_in_each_language(example_maps, open_map, lang):
    opened = open_map(example_maps(lang), WIDE)
    page = opened.page
    assert page.locator("#sg-title").inner_text() == (
        "Shannonmouth City and County: stakeholder mapping for the Integration Working Group")
    assert_the_title_is_whole_and_clear_of_the_button(page)
    # the heading, however many lines it takes, is never covered by a panel
    for part in ("#sg-title", "#sg-subtitle"):
        assert not meets(rect(page, part), rect(page, "#sg-controls")), part
    controls, search = rect(page, "#sg-controls"), rect(page, ".sg-search")
    clear, box = rect(page, "#sg-clear"), rect(page, "#sg-search")
    assert page.locator("#sg-clear").inner_text().strip() != ""
    assert inside(clear, search) and inside(search, controls) and not meets(clear, box)
    assert box[2] - box[0] >= 100, "the search box keeps room to type in"
    assert page.eval_on_selector("#sg-search", """i => {
        const style = getComputedStyle(i), pen = document.createElement('canvas').getContext('2d');
        pen.font = style.font;
        return i.placeholder !== '' && pen.measureText(i.placeholder).width
            <= i.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) + 1;
    }"""), "the search box's hint shows whole"
    for panel in ("#sg-controls", "#sg-legend"):
        assert page.eval_on_selector(panel, "e => e.scrollWidth <= e.clientWidth"), f"{panel} scrolls sideways"
    assert opened.problems == []
    page.locator("#sg-presentation").click()
    assert_the_title_is_whole_and_clear_of_the_button(page)


def labels_overlapping(drawn):
    labels = [d for d in drawn if d.get("what", "label") == "label"]
    return [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1:] if meets(a["box"], b["box"])]


def test_every_stakeholder_a_theme_filter_leaves_is_named(example_maps, open_map):
    opened = open_map(example_maps(theme="health"), WIDE)
    page = opened.page
    shown_js = ("window.nodes.get({filter: n => !n.hidden && window.stakegraph.info[n.id].kind === 'stakeholder'})"
                ".map(n => window.stakegraph.info[n.id].name)")
    shown = page.evaluate(shown_js)
    assert len(shown) == 4 and set(shown) <= named(page)
    assert labels_overlapping(page.evaluate(LABELS_JS)) == []
    # and when the filter is chosen by hand, from the whole map
    select = page.locator('select[data-filter="theme"]')
    select.select_option("")
    assert len(page.evaluate(shown_js)) == 40
    select.select_option("health")
    shown = page.evaluate(shown_js)
    assert len(shown) == 4 and set(shown) <= named(page)


def test_a_filter_leaving_a_few_dozen_of_a_big_map_names_more_than_its_biggest(tmp_path, open_map):
    rng = random.Random(3)
    people = [Stakeholder(f"Forum {i}", ["public", "private", "civil_society"][i % 3],
                          themes=["health"] if i % 5 == 0 else ["housing"]) for i in range(150)]
    pairs = {(i, rng.randrange(150)) for i in range(150) for _ in range(2)}
    render_map(build_graph(people, [Tie(people[a].id, people[b].id) for a, b in pairs if a != b]),
               tmp_path / "map.html")
    opened = open_map(tmp_path / "map.html", WIDE)
    page = opened.page
    before = len(named(page))
    assert before < 150, "a big map names only what has room"
    page.locator('select[data-filter="theme"]').select_option("health")
    assert page.evaluate("window.nodes.get({filter: n => !n.hidden}).length") == 30
    assert len(named(page)) / 30 > before / 150, "the view is fitted to what is left, with room for more names"
    assert labels_overlapping(page.evaluate(LABELS_JS)) == []


@pytest.mark.parametrize("theme", [None, "health"])
def test_the_fitted_map_keeps_every_node_and_label_clear_of_the_panels(example_maps, open_map, theme):
    opened = open_map(example_maps(theme=theme), WIDE)
    page = opened.page
    drawn = page.evaluate(DRAWN_JS) + [{**label, "what": "label"} for label in page.evaluate(LABELS_JS)]
    labels = [d["text"] for d in drawn if d["what"] == "label"]
    assert len(labels) >= (20 if theme is None else 5)
    if theme is None:
        assert {"Shannonmouth Capoeira Group", "Nigerian Community Association Shannonmouth"} <= set(labels)
    panels = {p: rect(page, p) for p in ("#sg-controls", "#sg-legend", "#sg-tools")}
    under = [(d["text"], p) for d in drawn for p, box in panels.items() if meets(d["box"], box)]
    assert under == []
    whole = rect(page, "#sg-map")
    assert [d["text"] for d in drawn if not inside(d["box"], whole)] == []
    # fitted into the free part, not merely shrunk: the drawing fills it one way or the other
    left, top = min(d["box"][0] for d in drawn), min(d["box"][1] for d in drawn)
    right, bottom = max(d["box"][2] for d in drawn), max(d["box"][3] for d in drawn)
    free = whole[2] - max(panels["#sg-controls"][2], panels["#sg-legend"][2])
    natural = page.evaluate("window.network.getScale()") == pytest.approx(1)  # a few nodes are not blown up
    assert natural or right - left >= 0.75 * free or bottom - top >= 0.75 * (whole[3] - whole[1])
    assert theme is None or natural


#: around a node, the ring of pixels just outside its border: how much of it is
#: dark and how often dark turns to light (a dashed ring turns often)
RING_JS = """id => {
    const net = window.network, n = net.body.nodes[id], canvas = document.querySelector('#sg-map canvas');
    const ratio = canvas.width / canvas.clientWidth, scale = net.getScale();
    const img = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const px = (x, y) => { const i = (Math.round(y * ratio) * canvas.width + Math.round(x * ratio)) * 4;
                           return [img[i], img[i + 1], img[i + 2], img[i + 3]]; };
    const c = net.canvasToDOM({x: n.x, y: n.y}), edge = (n.options.size + n.options.borderWidth / 2) * scale;
    let best = {turns: 0, dark: 0, r: 0};
    for (let r = edge + 0.5; r <= edge + 8; r += 0.5) {
        const marks = [];
        /* all round but the bottom, where the label hangs */
        for (let k = 0; k <= 220; k++) {
            const t = Math.PI * (160 - k) / 180, [R, G, B, A] = px(c.x + r * Math.cos(t), c.y - r * Math.sin(t));
            marks.push(A > 160 && R + G + B < 300);
        }
        let turns = 0;
        for (let k = 1; k < marks.length; k++) { if (marks[k] !== marks[k - 1]) { turns += 1; } }
        if (turns > best.turns) { best = {turns, dark: marks.filter(Boolean).length / marks.length, r}; }
    }
    const ring = px(c.x, c.y - n.options.size * scale);
    const inner = (n.options.size - n.options.borderWidth / 2) * scale - 1;
    const gap = [-0.5, 0, 0.5].map(d => px(c.x, c.y - inner - d))
        .sort((a, b) => (b[0] + b[1] + b[2]) - (a[0] + a[1] + a[2]))[0];
    return {best, scale, ring, gap, migrant: window.stakegraph.info[id].migrantLed};
}"""


def test_an_isolate_shows_its_dashed_ring_even_when_migrant_led(example_maps, open_map):
    opened = open_map(example_maps(), WIDE)
    page = opened.page
    ids = {page.evaluate(f"Object.keys(window.stakegraph.info).find(k => window.stakegraph.info[k].name === {n!r})"): n
           for n in ("Shannonmouth Capoeira Group", "Nigerian Community Association Shannonmouth",
                     "Shannonmouth Credit Union")}
    assert None not in ids
    for id_, name in ids.items():
        assert page.evaluate(f"window.stakegraph.info[{id_!r}].isolate") is True
        seen = page.evaluate(RING_JS, id_)
        assert seen["best"]["turns"] >= 6 and 0.2 <= seen["best"]["dark"] <= 0.85, (name, seen)
        if seen["migrant"]:
            red, green, blue = seen["ring"][:3]
            assert red > green + 40 and blue > green + 20, ("the migrant-led ring stays", name, seen)
            assert min(seen["gap"][:3]) > 200, ("a white ring inside it makes the mark a pattern", name, seen)
    assert sum(page.evaluate(f"window.stakegraph.info[{i!r}].migrantLed") for i in ids) == 2
    # the legend names both marks, the isolate's as a dashed ring
    legend = page.locator("#sg-legend").inner_text()
    assert "Migrant-led" in legend and "No ties (isolate)" in legend
    assert page.eval_on_selector("#sg-legend .sg-swatch.isolate", "e => getComputedStyle(e).borderTopStyle") == "dashed"


#: contacts in columns no template names: a referent, an office phone, a free "reach us" column
CONTACT_REGISTER = [
    ["Nome", "Settore", "Referente", "Tel. ufficio", "Reach us at", "Partner"],
    ["Caritas Ambrosiana", "Terzo settore", "Giulia Verdi", "02 7602 1234", "giulia.verdi@caritas-amb.example",
     "Comune di Milano"],
    ["Comune di Milano", "Pubblico", "Luca Neri", "+39 02 8845 1111", "+39 333 123 4567", "Naga"],
    ["Naga", "Terzo settore", "Sara Bassi", "(02) 5810 2599", "sara.bassi@naga.example", None],
]
_CONTACTS = [v for row in CONTACT_REGISTER[1:] for v in row[2:5]]
_PERSONAL_JS = r"""() => {
    const text = document.documentElement.outerHTML + document.body.innerText
        + JSON.stringify(window.stakegraph.info) + JSON.stringify(window.nodes.get())
        + JSON.stringify(window.edges.get()) + document.title;
    return text;
}"""


def _everything_a_viewer_can_reach(opened: Opened) -> str:
    """The page's DOM and data after opening every side panel, hovering every
    node and clicking each one."""
    page = opened.page
    seen = [page.evaluate(_PERSONAL_JS)]
    for node in page.evaluate("window.nodes.getIds()"):
        page.evaluate(f"window.stakegraph.showPanel({node!r})")
        page.evaluate(f"() => window.network.body.emitter.emit('hoverNode', {{node: {node!r}}})")
        seen.append(page.evaluate(_PERSONAL_JS))
        page.evaluate(f"() => window.network.body.emitter.emit('blurNode', {{node: {node!r}}})")
        box = page.evaluate(f"() => window.network.canvasToDOM(window.network.getPositions([{node!r}])[{node!r}])")
        page.mouse.click(box["x"], box["y"])
        seen.append(page.evaluate(_PERSONAL_JS))
    return "\n".join(seen)


@pytest.mark.parametrize("show_contacts", [False, True])
def test_a_default_map_of_a_register_shows_no_email_address_or_phone_number(
        tmp_path, open_map, make_workbook, show_contacts):
    from stakegraph.model.personal import looks_like_email, looks_like_phone

    book = make_workbook(Stakeholders=CONTACT_REGISTER)
    out = tmp_path / "map.html"
    draw_map(book, out, show_contacts=show_contacts)
    opened = open_map(out)
    everything = _everything_a_viewer_can_reach(opened) + out.read_text("utf-8")
    assert opened.problems == []
    if show_contacts:
        assert all(value in everything for value in _CONTACTS)
        return
    for value in _CONTACTS:
        assert value not in everything
    # nor anything else shaped like one, anywhere in the page or the file
    assert not looks_like_email(everything)
    words = [w for w in everything.replace("<", " ").replace(">", " ").split('"') if 8 <= len(w) <= 25]
    assert [w for w in words if looks_like_phone(w)] == []
def test_the_map_is_a_tab_stop_that_keys_zoom_pan_focus_and_step_between_neighbours(tmp_path, open_map):
    render_map(limerick(), tmp_path / "map.html")
    page = open_map(tmp_path / "map.html").page
    assert page.eval_on_selector("#sg-map", "m => m.tabIndex") == 0
    assert "Escape" in page.eval_on_selector("#sg-map", "m => m.getAttribute('aria-label')")
    fitted = page.evaluate("window.network.getScale()")
    page.focus("#sg-map")
    page.keyboard.press("+")
    assert page.evaluate("window.network.getScale()") == pytest.approx(fitted * 1.25)
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Escape")
    assert page.evaluate("window.network.getScale()") == pytest.approx(fitted)
    page.keyboard.press("Enter")
    hub = page.evaluate("window.stakegraph.state.focus")
    assert hub == page.evaluate("Object.keys(window.stakegraph.info).find(id => window.stakegraph.info[id].rank === 0)")
    neighbours = set(page.evaluate(f"window.network.getConnectedNodes({hub!r})"))
    stepped = set()
    for key in ("ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"):
        page.keyboard.press(key)
        stepped.add(page.evaluate("window.stakegraph.state.focus"))
        page.evaluate(f"window.stakegraph.focusNode({hub!r})")
    assert stepped - {hub} and stepped - {hub} <= neighbours, "an arrow steps to a neighbour that lies that way"
    page.locator("#sg-fit").click()
    assert page.evaluate("window.stakegraph.state.focus") is None
    assert page.evaluate("window.network.getScale()") == pytest.approx(fitted)


def test_the_label_size_control_and_all_names_toggle(tmp_path, open_map):
    render_map(synthetic(150, name="Association for Integration {i}"), tmp_path / "map.html")
    page = open_map(tmp_path / "map.html").page
    few = len(named(page))
    page.locator("#sg-larger").click()
    assert {label["px"] for label in page.evaluate(LABELS_JS)} == {18}
    for _ in range(5):
        page.locator("#sg-smaller").click()
    assert {label["px"] for label in page.evaluate(LABELS_JS)} == {14}, "never under 14 px"
    page.locator("#sg-all-names input").check()
    assert len(named(page)) == 150 > few
    assert page.locator("#sg-all-names").inner_text().strip() == "All names"


def test_the_gap_card_shows_beside_the_map_and_when_projected(tmp_path, open_map):
    gaps = [{"kind": "theme", "code": "health", "status": "missing"},
            {"kind": "level", "code": "regional", "status": "weak"}]
    render_map(limerick(), tmp_path / "map.html", MapOptions(iwg="iwg:limerick-iwg"), MapInputs(gaps=gaps))
    page = open_map(tmp_path / "map.html", {"width": 1280, "height": 720}).page
    card = page.locator("#sg-gaps")
    assert card.is_visible() and card.inner_text().split("\n") == [
        "What Limerick IWG lacks", "Theme", "health", "missing", "Level", "regional", "weak"]
    page.evaluate("window.stakegraph.setPresentation(true)")
    assert card.is_visible()
    assert labels_overlapping(page.evaluate(LABELS_JS)) == []
