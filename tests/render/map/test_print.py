"""The map on paper: an A3 landscape PDF printed by Chromium whose words are
text (read back out of the PDF by pypdf, an independent reader), the same
drawing as an SVG file with real ``<text>``, the print stylesheet that leaves
every control off, and a PNG of a chosen size with no button on it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from defusedxml import ElementTree

from stakegraph.jobs.map import draw_map
from stakegraph.model import Membership, Stakeholder, Tie, build_graph, find_iwg
from stakegraph.render.map.build import MapOptions
from stakegraph.render.map.page import render_map, write_print

pypdf = pytest.importorskip("pypdf")

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "limerick_iwg_en.xlsx"
IWG = "Shannonmouth City IWG"
SVG = "{http://www.w3.org/2000/svg}"
#: words that only controls carry: none may be printed
CONTROLS = ("Find a stakeholder", "Presentation", "Zoom in", "All names", "Clear")
#: A3 landscape in PDF points (1/72 inch): 420 × 297 mm
A3_POINTS = (420 / 25.4 * 72, 297 / 25.4 * 72)


def flat(text: str) -> str:
    """Text with every run of white space made one space (a name may wrap)."""
    return " ".join(text.split())


def squeezed(text: str) -> str:
    """Text as a PDF reader gives it back, compared: ligatures (ﬃ) undone and
    no white space at all (a reader joins or splits lines as it likes)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory, browser):
    """The example's IWG map as a PDF and as an SVG, and the page they came from."""
    folder = tmp_path_factory.mktemp("print")
    draw_map(EXAMPLE, folder / "map.html", iwg=IWG)
    draw_map(EXAMPLE, folder / "map.pdf", iwg=IWG)
    draw_map(EXAMPLE, folder / "map.svg", iwg=IWG)
    return folder


def test_the_pdf_is_one_a3_landscape_page_whose_words_are_text(printed, browser):
    reader = pypdf.PdfReader(str(printed / "map.pdf"))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A3_POINTS, abs=1.5)
    # no picture of the map: the names, marks and legend are drawn, not pasted in
    resources = reader.pages[0]["/Resources"]
    images = [x for x in resources.get("/XObject", {}).values() if x.get_object().get("/Subtype") == "/Image"]
    assert images == []
    text = squeezed(reader.pages[0].extract_text())

    # what the page names when printed, read from the page itself
    page = browser.new_page(viewport={"width": 1587, "height": 1123})
    try:
        page.goto((printed / "map.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        page.evaluate("window.stakegraph.preparePrint()")
        names = {label["text"] for label in page.evaluate("window.stakegraph.labels()")}
        title = page.locator("#sg-title").inner_text()
        legend = page.eval_on_selector_all(".sg-legend-row > span:not(.sg-swatch)",
                                           "s => s.filter(e => !e.closest('[hidden]')).map(e => e.textContent)")
    finally:
        page.close()
    assert len(names) >= 20
    assert [n for n in names if squeezed(n) not in text] == []
    assert squeezed(title) in text
    assert [row for row in legend if squeezed(row) not in text] == []
    assert squeezed("missing: private sector") in text
    assert [word for word in CONTROLS if squeezed(word) in text] == []


def test_the_svg_holds_the_same_drawing_with_real_text(printed):
    root = ElementTree.parse(printed / "map.svg").getroot()
    assert root.tag == f"{SVG}svg"
    texts = [flat(t.text or "") for t in root.iter(f"{SVG}text")]
    assert "Shannonmouth City IWG" in texts and "missing: private sector" in texts
    assert any(t.startswith("Shannonmouth City and County") for t in texts), "the title"
    assert "Sector" in texts and "Migrant-led" in texts, "the legend"
    assert len(list(root.iter(f"{SVG}circle"))) >= 40, "every stakeholder's mark"
    assert [word for word in CONTROLS if word in texts] == []


def test_a_hostile_name_is_only_text_in_the_svg(tmp_path):
    hostile = '<script>alert(1)</script>"&<img src=x onerror=alert(2)>'
    G = build_graph([Stakeholder(hostile, "civil_society"), Stakeholder("City", "public")],
                    [Tie(Stakeholder(hostile, "civil_society").id, "city")],
                    [Membership("city", "IWG")], title=hostile)
    write_print(G, tmp_path / "map.svg", MapOptions(iwg=find_iwg(G, "IWG")))
    raw = (tmp_path / "map.svg").read_text("utf-8")
    assert "<script" not in raw and "<img" not in raw
    root = ElementTree.fromstring(raw)
    assert hostile in [t.text for t in root.iter(f"{SVG}text")]
    assert not [e for e in root.iter() if any(k.lower().startswith("on") for k in e.attrib)]


def test_the_print_stylesheet_shows_the_drawing_and_no_control(tmp_path, browser):
    render_map(build_graph([Stakeholder("Doras", "civil_society"), Stakeholder("City", "public")],
                           [Tie("doras", "city")], title="Limerick"), tmp_path / "map.html")
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto((tmp_path / "map.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        # as a browser prints: beforeprint draws the page, then the print media applies
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        page.emulate_media(media="print")
        shown = page.evaluate("""() => [...document.querySelectorAll('button, input, select, canvas')]
            .filter(e => e.getClientRects().length).length""")
        assert shown == 0
        texts = page.eval_on_selector_all("#sg-print text", "ts => ts.map(t => t.textContent)")
        assert {"Doras", "City", "Limerick"} <= set(texts)
        assert page.eval_on_selector("#sg-print svg", "s => s.getBoundingClientRect().width") > 1000
        page.emulate_media(media="screen")
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert page.locator("#sg-fit").is_visible() and page.locator("#sg-print svg").count() == 0
    finally:
        page.close()


def test_a_png_takes_its_size_and_carries_no_button(tmp_path, browser):
    draw_map(EXAMPLE, tmp_path / "map.png", width=1280, height=720)
    data = (tmp_path / "map.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1280, 720)
    # the picture is taken after the page's own still(): nothing to click on remains
    draw_map(EXAMPLE, tmp_path / "map.html")
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto((tmp_path / "map.html").resolve().as_uri())
        page.wait_for_function("() => window.mapSteady === true", timeout=120_000)
        assert page.locator("button:visible").count() > 0
        page.evaluate("window.stakegraph.setPresentation(true)")
        page.evaluate("window.stakegraph.still(true)")
        assert page.locator("button:visible, input:visible, select:visible").count() == 0
        assert len(page.evaluate("window.stakegraph.labels()")) >= 10
        assert page.locator("#sg-legend").is_visible() and page.locator("#sg-title").is_visible()
    finally:
        page.close()
