"""The map page, read as a file: what it contains, what it never contains,
and how the graph becomes nodes, edges, legend and filters.

The page's behaviour in a real browser is in ``test_browser.py``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import fields
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stakegraph.errors import StakegraphError
from stakegraph.model import Membership, Stakeholder, Tie, build_graph
from stakegraph.render.map.build import MapOptions, build_map
from stakegraph.render.map.data import (
    CATEGORY_PALETTE,
    FADED_BORDER,
    GAP_ARC,
    HALO,
    HALO_EDGE,
    INVITEE,
    IWG_COLOUR,
    MEMBER_COLOUR,
    MIGRANT_BORDER,
    SECTOR_COLOURS,
    UNKNOWN_COLOUR,
    anonymous_codes,
    script_json,
    size_scale,
    tie_style,
)
from stakegraph.render.map.inputs import MapInputs
from stakegraph.render.map.layout import SCREEN_ASPECT, spring_positions
from stakegraph.render.map.page import PHYSICS_MAX_NODES, render_map
from stakegraph.render.map.rounds import GHOST

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def limerick():
    """A small mapping with an IWG that lacks the private sector."""
    people = [
        Stakeholder("Limerick City Council", "public", "local_authority", "local", ["housing"],
                    email="clerk@council.example", phone="+353 61 000000", contact="Mary Byrne"),
        Stakeholder("Cáritas Limerick", "civil_society", "faith_based", "local", ["housing", "health"]),
        Stakeholder("Doras", "civil_society", "ngo", "regional", ["legal_status"], migrant_led=False),
        Stakeholder("Sudanese Community", "civil_society", "migrant_led", "local", ["culture_religion"],
                    migrant_led=True, extra={"Notes": "ask Ahmed about the hall"}),
        Stakeholder("Dell Ireland", "private", "employer", "national", ["employment"]),
        Stakeholder("Lonely Trust", "civil_society", "ngo", "local", ["housing"]),
    ]
    ties = [
        Tie("limerick-city-council", "caritas-limerick", "funding", 3, True),
        Tie("caritas-limerick", "doras", "information", 1, False, notes="met Ahmed in May"),
        Tie("doras", "sudanese-community", "collaboration", 5),
        Tie("doras", "dell-ireland", "referral", 2, True),
    ]
    members = [
        Membership("limerick-city-council", "Limerick IWG", "chair"),
        Membership("doras", "Limerick IWG", "co_chair"),
        Membership("sudanese-community", "Limerick IWG"),
    ]
    return build_graph(people, ties, members, title="Limerick mapping")


def page_data(path: Path) -> dict:
    text = path.read_text("utf-8")
    found = re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', text, re.S)
    assert found, "the page carries its data in one JSON script element"
    return json.loads(found.group(1))


def draw(tmp_path: Path, G=None, **asked) -> tuple[str, dict]:
    """The page of ``G`` (Limerick by default); ``asked`` names both what a
    user chooses and what a job computes, and is split into the two objects."""
    out = tmp_path / "map.html"
    given = {f.name: asked.pop(f.name) for f in fields(MapInputs) if f.name in asked}
    render_map(limerick() if G is None else G, out, MapOptions(**asked), MapInputs(**given))
    return out.read_text("utf-8"), page_data(out)


def ring(n: int, sectors=("public", "private", "civil_society"), alone=()):
    """``n`` stakeholders tied in a ring, and the ``alone`` names with no tie."""
    people = [Stakeholder(f"Org {i:05d}", sectors[i % len(sectors)]) for i in range(n)]
    ties = [Tie(people[i].id, people[(i + 1) % n].id) for i in range(n)]
    return build_graph(people + [Stakeholder(name, "civil_society") for name in alone], ties)


# ------------------------------------------------------------------ JSON in a script element

@pytest.mark.parametrize("text", [XSS_SCRIPT, "</SCRIPT >", "<!-- x", "a & b", "line\u2028break\u2029"])
def test_script_json_has_no_character_that_can_end_a_script_element(text):
    encoded = script_json({"name": text})
    assert not set("<>&\u2028\u2029") & set(encoded)
    assert json.loads(encoded) == {"name": text}


def test_script_json_turns_numpy_and_nan_into_plain_json():
    encoded = script_json({"a": np.int64(3), "b": np.float32(0.5), "c": float("nan"), "d": {2, 1}})
    assert json.loads(encoded) == {"a": 3, "b": 0.5, "c": None, "d": [1, 2]}


# ------------------------------------------------------------------ the page is self-contained

def test_the_page_links_to_nothing_and_forbids_every_request(tmp_path):
    text, _ = draw(tmp_path)
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert not re.search(r"<link\b", text, re.I)
    assert not re.search(r"<img\b|<iframe\b|<object\b|<embed\b|@import", text, re.I)
    styles = "".join(re.findall(r"<style>(.*?)</style>", text, re.S))
    assert styles.count("url(") == styles.count('url("data:'), "stylesheets use data: images only"
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp


def test_the_only_web_addresses_are_inside_the_inlined_vis_network_text(tmp_path):
    import pyvis

    text, _ = draw(tmp_path)
    vis = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    vis_js = (vis / "vis-network.min.js").read_text("utf-8")
    vis_css = (vis / "vis-network.css").read_text("utf-8")
    assert vis_js in text and vis_css in text, "vis-network is inlined whole, from the installed pyvis"
    ours = text.replace(vis_js, "").replace(vis_css, "")
    # our print script names the SVG namespace, as vis-network does: a name, not a request
    assert re.findall(r"https?://[^\s\"'),]+", ours) == ["http://www.w3.org/2000/svg"]
    # what vis-network itself contains: its licence comment, the SVG namespace
    # (a name, not a request) and links in error messages
    assert sorted(set(re.findall(r"https?://[^\s\"'),]+", vis_js))) == [
        "http://almende.com", "http://opensource.org/licenses/MIT",
        "http://www.apache.org/licenses/LICENSE-2.0", "http://www.w3.org/2000/svg",
        "https://github.com/uuidjs/uuid#getrandomvalues-not-supported", "https://github.com/visjs",
        "https://github.com/zloirock/core-js", "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
        "https://visjs.github.io/vis-network/",
    ]
    assert not re.search(r"url\(\s*['\"]?https?:", vis_css)


def test_the_page_uses_system_fonts_only(tmp_path):
    text, data = draw(tmp_path)
    assert "@font-face" not in text
    assert data["options"]["nodes"]["font"]["face"].startswith("system-ui")


# ------------------------------------------------------------------ escaping

def test_hostile_names_titles_and_notes_never_reach_the_page_as_markup(tmp_path):
    people = [Stakeholder(XSS_SCRIPT, "public", extra={"Notes": XSS_IMG}),
              Stakeholder(XSS_IMG, "civil_society", themes=["</script><b>x"])]
    G = build_graph(people, [Tie(people[0].id, people[1].id, notes=XSS_SCRIPT)],
                    [Membership(people[0].id, XSS_IMG)])
    text, data = draw(tmp_path, G, title=XSS_SCRIPT)
    assert XSS_SCRIPT not in text and XSS_IMG not in text and "</script><b>" not in text
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in text
    assert text.count("</script>") == 6, "only the data, vis-network and our scripts (map, gaps, story, print) close"
    names = sorted(i["name"] for i in data["info"].values())
    assert names == sorted([XSS_SCRIPT, XSS_IMG, XSS_IMG]), "the JSON keeps the exact text"


# ------------------------------------------------------------------ privacy

def test_contacts_are_left_out_unless_asked_for(tmp_path):
    text, _ = draw(tmp_path)
    for value in ("clerk@council.example", "+353 61 000000", "Mary Byrne"):
        assert value not in text
    shown, data = draw(tmp_path, show_contacts=True)
    facts = dict(data["info"]["limerick-city-council"]["facts"])
    assert facts["email"] == "clerk@council.example" and facts["contact"] == "Mary Byrne"


@pytest.mark.parametrize(("lang", "heading", "where"), [
    ("en", "Power–interest", "keep satisfied"), ("es", "Poder–interés", "mantener satisfecho"),
    ("sv", "Makt–intresse", "hålla nöjd")])
def test_the_panel_gives_the_power_interest_quadrant_in_the_maps_language(tmp_path, lang, heading, where):
    G = build_graph([Stakeholder("Dell Ireland", "private", influence=4, interest=2),
                     Stakeholder("Doras", "ngo", influence=4)], [Tie("dell-ireland", "doras")])
    _, data = draw(tmp_path, G, lang=lang)
    assert dict(data["info"]["dell-ireland"]["facts"])[heading] == where
    assert heading not in dict(data["info"]["doras"]["facts"]), "rated for influence only: no quadrant"


def test_anonymous_codes_are_numbered_by_sorted_id_within_sector():
    G = build_graph([Stakeholder("Zeta", "public"), Stakeholder("Alpha", "public"),
                     Stakeholder("Beta", "private"), Stakeholder("Gamma", None),
                     Stakeholder("Delta", "civil_society")])
    assert anonymous_codes(G) == {"beta": "PRI-01", "alpha": "PUB-01", "zeta": "PUB-02",
                                  "delta": "CIV-01", "gamma": "UNK-01"} | {}
    many = build_graph([Stakeholder(f"Org {i}", "public") for i in range(120)])
    codes = anonymous_codes(many)
    assert codes["org-0"] == "PUB-001" and codes["org-99"] == "PUB-120"


def test_an_anonymous_map_holds_no_real_name_anywhere(tmp_path):
    text, data = draw(tmp_path, anonymize=True)
    G = limerick()
    for n, attrs in G.nodes(data=True):
        if attrs["kind"] == "stakeholder":
            assert attrs["name"] not in text and n not in text, attrs["name"]
    assert "Ahmed" not in text, "notes and unknown columns may hold names: they are left out"
    labels = {i["name"] for i in data["info"].values() if i["kind"] == "stakeholder"}
    assert labels == {"PUB-01", "PRI-01", "CIV-01", "CIV-02", "CIV-03", "CIV-04"}
    members = data["info"]["iwg:limerick-iwg"]["members"]
    assert [m[0] for m in members] == ["PUB-01", "CIV-02", "CIV-04"]


def test_anonymize_and_show_contacts_together_are_refused(tmp_path):
    with pytest.raises(StakegraphError, match="^an anonymous map shows no contacts: anonymize and show_contacts"):
        render_map(limerick(), tmp_path / "m.html", MapOptions(anonymize=True, show_contacts=True))


# ------------------------------------------------------------------ what the map shows

def test_every_node_and_edge_of_the_graph_is_drawn_once(tmp_path):
    G = limerick()
    _, data = draw(tmp_path, G)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(G.nodes)
    assert len(data["edges"]) == G.number_of_edges()
    assert len({e["id"] for e in data["edges"]}) == len(data["edges"])


def test_sectors_get_their_colours_and_iwgs_their_own_shape(tmp_path):
    _, data = draw(tmp_path)
    node = {n["id"]: n for n in data["nodes"]}
    assert node["limerick-city-council"]["color"]["background"] == "#0072B2"
    assert node["dell-ireland"]["color"]["background"] == "#C17A00"
    assert node["doras"]["color"]["background"] == "#009E73"
    assert node["iwg:limerick-iwg"]["shape"] == "diamond"
    assert {n["shape"] for n in data["nodes"] if not n["id"].startswith("iwg:")} == {"dot"}
    assert SECTOR_COLOURS == {"public": "#0072B2", "private": "#C17A00", "civil_society": "#009E73"}


# ------------------------------------------------------------------ colours for a projector and for every eye

def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str = "#ffffff") -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over_white(colour: str, opacity: float) -> str:
    """``colour`` drawn at ``opacity`` on the white page, as the eye gets it."""
    return "#" + "".join(f"{round(int(colour[i:i + 2], 16) * opacity + 255 * (1 - opacity)):02x}" for i in (1, 3, 5))


#: Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB
CVD = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
}


def seen_as(colour: str, vision: str) -> tuple[float, float, float]:
    """CIELAB (D65) of ``colour`` as seen with ``vision``."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    rgb = [channel(int(colour[i:i + 2], 16)) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb, strict=True)))) for row in CVD[vision])
    x, y, z = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_every_mark_has_three_to_one_contrast_on_the_white_page():
    marks = {f"sector {k}": v for k, v in SECTOR_COLOURS.items()}
    marks |= {f"category {i}": c for i, c in enumerate(CATEGORY_PALETTE)}
    marks |= {"unknown": UNKNOWN_COLOUR, "IWG": IWG_COLOUR, "migrant-led ring": MIGRANT_BORDER,
              "faded node's outline": FADED_BORDER, "membership": MEMBER_COLOUR, "halo": HALO,
              "highlighted tie": HALO_EDGE, "removed (ghost)": GHOST, "missing tie arc": GAP_ARC,
              "recommended invitee": INVITEE}
    low = {name: round(contrast(c), 2) for name, c in marks.items() if contrast(c) < 3}
    assert low == {}
    # a tie as drawn, at the opacity of a small and of a crowded map
    for m in (10, 5000):
        built = build_map(ring(m), options=MapOptions())
        tie = over_white(built.edge_colour["color"], built.edge_colour["opacity"])
        assert contrast(tie) >= 3, (m, tie)
    # the orange the issue measured, for the record
    assert round(contrast("#E69F00"), 2) == 2.25


def test_the_sectors_stay_apart_under_deuteranopia_and_protanopia():
    for vision in CVD:
        seen = {s: seen_as(c, vision) for s, c in SECTOR_COLOURS.items()}
        for a, b in [("public", "private"), ("public", "civil_society"), ("private", "civil_society")]:
            assert math.dist(seen[a], seen[b]) > 30, (vision, a, b)


def test_the_migrant_led_mark_is_a_pattern_not_only_a_hue(tmp_path):
    html, data = draw(tmp_path)
    node = {n["id"]: n for n in data["nodes"]}
    # a thick dark ring that holds 3:1 against white whatever the eye: the page draws a white ring inside it
    assert node["sudanese-community"]["borderWidth"] == 5 and node["doras"]["borderWidth"] == 2
    for vision in CVD:
        ring_l = seen_as(MIGRANT_BORDER, vision)[0]
        assert ring_l < 45, (vision, ring_l)  # dark under every vision: reads as a ring on the white ring
    assert "drawMigrantRings" in html
    assert contrast(MIGRANT_BORDER) > 7


def test_migrant_led_organisations_and_isolates_are_marked(tmp_path):
    _, data = draw(tmp_path)
    node = {n["id"]: n for n in data["nodes"]}
    assert node["sudanese-community"]["borderWidth"] == 5
    assert node["sudanese-community"]["color"]["border"] == MIGRANT_BORDER
    assert node["lonely-trust"]["shapeProperties"] == {"borderDashes": [4, 3]}
    assert data["info"]["lonely-trust"]["isolate"] and not data["info"]["doras"]["isolate"]
    legend = [item["label"] for section in data["legend"] for item in section["items"]]
    assert "Migrant-led" in legend and "No ties (isolate)" in legend


def test_edges_are_styled_by_tie_type():
    assert tie_style("information", 1, False)["dashes"] == [8, 6]
    assert tie_style("funding", 1, True)["arrows"]["to"]["enabled"] is True
    assert tie_style("collaboration", 1, False) == {"width": 1.0}, "solid, grey and no arrow by default"
    widths = [tie_style("collaboration", w, False)["width"] for w in (1, 3, 5, 9, None)]
    assert widths == [1.0, 2.5, 4.0, 4.0, 1.0]


def test_edge_widths_scale_to_the_heaviest_tie_of_the_map_when_weights_are_counts():
    widths = [tie_style("collaboration", w, False, heaviest=13)["width"] for w in (1, 5, 13, 0.5)]
    assert widths == [1.0, 2.0, 4.0, 1.0], "13 shared committees is the widest line, not the thinnest"


def test_sizes_grow_with_the_measure_by_area_within_a_sensible_range():
    sizes = size_scale({"a": 0, "b": 4, "c": 16, "d": None})
    assert sizes["a"] == 10.0 and sizes["c"] == 45.0 and sizes["d"] == 10.0
    assert sizes["b"] == pytest.approx(10 + 35 * math.sqrt(0.25))
    assert set(size_scale({"a": 2, "b": 2}).values()) == {18.0}


def test_metrics_may_come_as_a_dataframe_of_numpy_numbers(tmp_path):
    G = limerick()
    ids = [n for n, k in G.nodes(data="kind") if k == "stakeholder"]
    frame = pd.DataFrame({"betweenness": np.arange(len(ids), dtype=np.float64),
                          "degree": np.arange(len(ids), dtype=np.int64)}, index=ids)
    _, data = draw(tmp_path, G, metrics=frame, size="betweenness",
                   glosses={"betweenness": "how often it lies between two others"})
    node = {n["id"]: n for n in data["nodes"]}
    assert node[ids[0]]["size"] == 10.0 and node[ids[-1]]["size"] == 45.0
    measures = data["info"][ids[2]]["measures"]
    assert ["betweenness", "2", "betweenness"] in measures
    assert data["glosses"] == {"betweenness": "how often it lies between two others"}


def test_only_the_biggest_nodes_are_labelled_on_a_large_map(tmp_path):
    _, data = draw(tmp_path, ring(120))
    labelled = [n for n in data["nodes"] if n["label"]]
    assert len(labelled) == MapOptions().label_top
    assert all(i["name"] for i in data["info"].values()), "every node keeps its name for hover and search"


def test_colour_by_community_names_each_after_its_most_connected_member(tmp_path):
    G = limerick()
    communities = {"limerick-city-council": 0, "caritas-limerick": 0, "doras": 1,
                   "sudanese-community": 1, "dell-ireland": 1, "lonely-trust": 2}
    _, data = draw(tmp_path, G, color="community", communities=communities)
    legend = data["legend"][0]
    assert legend["title"] == "Community"
    assert [item["label"] for item in legend["items"]] == ["Doras (+2)", "Cáritas Limerick (+1)",
                                                           "Lonely Trust (+0)"]


def test_an_iwg_is_drawn_as_a_ring_with_its_missing_sectors_as_placeholders(tmp_path):
    _, data = draw(tmp_path, iwg="iwg:limerick-iwg")
    node = {n["id"]: n for n in data["nodes"]}
    assert node["iwg:limerick-iwg"]["x"] == 0 and node["iwg:limerick-iwg"]["y"] == 0
    ring_ids = ["limerick-city-council", "doras", "sudanese-community", "missing:private"]

    def reach(i: str) -> float:  # the ring is widened to the screen's shape
        return math.hypot(node[i]["x"] / SCREEN_ASPECT, node[i]["y"])

    radii = {round(reach(i)) for i in ring_ids}
    assert len(radii) == 1
    radius = radii.pop()
    outside = ["caritas-limerick", "dell-ireland", "lonely-trust"]
    assert all(reach(i) > radius * 1.25 for i in outside)
    assert all(data["info"][i]["faded"] for i in outside)
    assert not any(data["info"][i]["faded"] for i in ring_ids)
    hole = node["missing:private"]
    assert hole["label"] == "missing: private sector" and hole["shapeProperties"]["borderDashes"]
    assert hole["color"]["border"] == SECTOR_COLOURS["private"]
    assert data["physics"] is False, "physics would pull the ring apart"


def test_the_page_is_given_the_iwg_the_job_resolved_not_a_name(tmp_path):
    # resolving what a user wrote, with its did-you-mean, is the job's (tests/jobs/test_map.py)
    with pytest.raises(ValueError, match="iwg must be the node id of an IWG"):
        render_map(limerick(), tmp_path / "m.html", MapOptions(iwg="Limerick IWG"))
    assert not (tmp_path / "m.html").exists()


def test_a_theme_opens_the_page_filtered_to_it(tmp_path):
    _, data = draw(tmp_path, theme="housing")
    assert data["initial"]["theme"] == "housing"
    assert ["housing", "housing"] in data["filters"]["theme"]


def test_highlighted_nodes_and_ties_get_a_halo_and_a_legend_entry(tmp_path):
    highlight = {"nodes": {"dell-ireland"}, "edges": {("dell-ireland", "doras")}, "label": "new"}
    _, data = draw(tmp_path, highlight=highlight)
    node = {n["id"]: n for n in data["nodes"]}
    assert node["dell-ireland"]["shadow"]["color"] == HALO and node["dell-ireland"]["label"]
    assert "shadow" not in node["doras"]
    lit = [e for e in data["edges"] if "shadow" in e]
    assert [(e["from"], e["to"]) for e in lit] == [("doras", "dell-ireland")]
    assert lit[0]["width"] >= 3
    assert {"kind": "halo", "label": "new", "colour": HALO} in data["legend"][2]["items"]


def test_the_title_and_subtitle_say_what_the_map_is(tmp_path):
    text, _ = draw(tmp_path)
    assert "<h1 id=\"sg-title\">Limerick mapping</h1>" in text
    assert "6 stakeholders · 4 ties · IWGs: 1" in text


def test_the_page_speaks_the_chosen_language(tmp_path):
    text, data = draw(tmp_path, lang="it", iwg="iwg:limerick-iwg")
    assert '<html lang="it">' in text and data["strings"]["search"] == "Cerca un attore"
    assert data["info"]["missing:private"]["name"].startswith("manca: ")
    with pytest.raises(StakegraphError, match="no words in 'xx'"):
        render_map(limerick(), tmp_path / "m.html", MapOptions(lang="xx"))


# ------------------------------------------------------------------ layout and physics

def test_the_layout_is_seeded_and_spread_in_pixels():
    nodes = [str(i) for i in range(50)]
    edges = [(str(i), str((i * 7) % 50)) for i in range(50)]
    first = spring_positions(nodes, edges, seed=3)
    assert first == spring_positions(nodes, edges, seed=3)
    assert first != spring_positions(nodes, edges, seed=4)
    xs = [p[0] for p in first.values()]
    assert max(xs) - min(xs) == pytest.approx(max(700, 120 * math.sqrt(50)), rel=0.01)


def test_physics_is_off_above_the_threshold_so_big_maps_are_steady_at_once(tmp_path):
    small = build_map(ring(50), options=MapOptions())
    big = build_map(ring(PHYSICS_MAX_NODES + 1), options=MapOptions())
    assert small.physics is True and big.physics is False
    _, data = draw(tmp_path, ring(PHYSICS_MAX_NODES + 1))
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_rendering_does_not_change_the_graph(tmp_path):
    G = limerick()
    before = (dict(G.nodes(data=True)), list(G.edges(data=True, keys=True)), dict(G.graph))
    draw(tmp_path, G, iwg="iwg:limerick-iwg", anonymize=True, highlight={"nodes": {"doras"}})
    assert (dict(G.nodes(data=True)), list(G.edges(data=True, keys=True)), dict(G.graph)) == before


# ------------------------------------------------------------------ the command and its job

STAKEHOLDER_SHEET = [
    ["name", "sector", "type", "level", "themes", "migrant_led", "email", "Notes"],
    ["Limerick City Council", "public", "local authority", "local", "housing", "no", "clerk@lcc.example", ""],
    ["Cáritas Limerick", "civil society", "faith-based", "local", "housing; health", "no", "", "ask Ahmed"],
    ["Doras", "NGO", "NGO", "regional", "legal status", "no", "", ""],
    ["Sudanese Community", "civil society", "migrant-led organisation", "local", "culture", "yes", "", ""],
    ["Dell Ireland", "private", "employer", "national", "employment", "no", "", ""],
]
TIE_SHEET = [
    ["source", "target", "type", "weight"],
    ["Limerick City Council", "Cáritas Limerick", "funding", 3],
    ["Cáritas Limerick", "Doras", "information", 1],
    ["Doras", "Sudanese Community", "collaboration", 5],
    ["Doras", "Dell Ireland", "referral", 2],
]
IWG_SHEET = [["iwg", "stakeholder", "role"], ["Limerick IWG", "Limerick City Council", "chair"],
             ["Limerick IWG", "Doras", "co-chair"]]


def test_the_map_command_writes_the_page_and_says_what_it_drew(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, Relationships=TIE_SHEET, IWGs=IWG_SHEET)
    result = runner("map", book, "-o", tmp_path / "map.html")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == f"Wrote {tmp_path / 'map.html'}: 5 stakeholders, 4 ties, 1 IWG\n"
    data = page_data(tmp_path / "map.html")
    assert len(data["nodes"]) == 6 and len(data["edges"]) == 6
    assert "clerk@lcc.example" not in (tmp_path / "map.html").read_text("utf-8")


def test_the_map_command_prints_its_job_result_as_json(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, Relationships=TIE_SHEET, IWGs=IWG_SHEET)
    result = runner("map", book, "-o", tmp_path / "map.html", "--iwg", "Limerick IWG", "--format", "json")
    out = json.loads(result.stdout)
    assert result.exit_code == 0
    assert {k: out[k] for k in ("schema_version", "format", "stakeholders", "ties", "iwgs", "placeholders",
                                "physics", "import")} == {
        "schema_version": 1, "format": "html", "stakeholders": 5, "ties": 4, "iwgs": 1,
        "placeholders": 1, "physics": False, "import": {"ok": True, "errors": 0, "warnings": 0}}


def test_a_workbook_with_errors_is_drawn_as_read_and_exits_1(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET + [["Garda", "pubic"]])
    result = runner("map", book, "-o", tmp_path / "map.html")
    assert result.exit_code == 1
    assert result.stderr == ("Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")
    garda = {n["id"]: n for n in page_data(tmp_path / "map.html")["nodes"]}["garda"]
    assert garda["color"]["background"] == UNKNOWN_COLOUR, "a stakeholder without a known sector is grey"


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/map.svgz"],
     "Error: 'map.svgz' is not a map stakegraph can write; end the name in .html, .png, .pdf or .svg"),
    (["-o", "{tmp}/map.html", "--iwg", "Limerik"],
     "Error: 'Limerik' is not an IWG of this workbook (it has: Limerick IWG); did you mean 'Limerick IWG'?"),
    (["-o", "{tmp}/no/such/folder/map.html"],
     "Error: cannot write '{tmp}/no/such/folder/map.html': No such file or directory"),
])
def test_options_that_cannot_be_drawn_exit_2_with_one_line(runner, make_workbook, tmp_path, args, message):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, IWGs=IWG_SHEET)
    result = runner("map", book, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == message.format(tmp=tmp_path)


def test_an_anonymous_map_with_contacts_is_a_usage_error_naming_both_options(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET)
    result = runner("map", book, "-o", tmp_path / "map.html", "--anonymize", "--show-contacts")
    assert result.exit_code == 2 and not (tmp_path / "map.html").exists()
    assert result.stderr.splitlines()[-1] == ("Error: --anonymize and --show-contacts cannot be used together: "
                                              "an anonymous map shows no contacts")


def test_nodes_are_sized_by_the_chosen_measure_as_networkx_computes_it(runner, make_workbook, tmp_path):
    import networkx as nx

    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, Relationships=TIE_SHEET)
    runner("map", book, "-o", tmp_path / "map.html", "--size", "betweenness")
    sizes = {n["id"]: n["size"] for n in page_data(tmp_path / "map.html")["nodes"]}
    H = nx.Graph([("limerick-city-council", "caritas-limerick"), ("caritas-limerick", "doras"),
                  ("doras", "sudanese-community"), ("doras", "dell-ireland")])
    expected = nx.betweenness_centrality(H)
    assert sorted(sizes, key=lambda n: (-sizes[n], n)) == sorted(expected, key=lambda n: (-expected[n], n))
    assert max(sizes, key=sizes.get) == "doras"


def test_an_anonymous_map_from_a_workbook_holds_no_name_or_free_text(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, Relationships=TIE_SHEET, IWGs=IWG_SHEET)
    runner("map", book, "-o", tmp_path / "map.html", "--anonymize", "--color", "community")
    text = (tmp_path / "map.html").read_text("utf-8")
    for name, slug in [("Limerick City Council", "limerick-city-council"), ("Cáritas Limerick", "caritas-limerick"),
                       ("Doras", "doras"), ("Sudanese Community", "sudanese"), ("Dell Ireland", "dell-ireland")]:
        assert name not in text and slug not in text.lower()
    assert "Ahmed" not in text


def test_the_demo_draws_the_example_map_and_its_picture(make_workbook, tmp_path):
    from stakegraph.jobs.map import demo_map

    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, Relationships=TIE_SHEET, IWGs=IWG_SHEET)
    written = demo_map(book, tmp_path / "output")
    assert [p.name for p in written] == ["map.html", "map.png"]
    assert (tmp_path / "output" / "map.png").read_bytes()[:4] == b"\x89PNG"
    sizes = {n["id"]: n["size"] for n in page_data(tmp_path / "output" / "map.html")["nodes"]}
    assert max(sizes, key=sizes.get) == "doras", "the demo sizes by betweenness"


def test_on_a_large_map_an_iwgs_members_and_highlighted_nodes_are_named_first(tmp_path):
    G = ring(120)
    members = [f"org-{i:05d}" for i in range(0, 120, 4)]
    for m in members:
        G.add_edge(m, "iwg:forum", kind="member", role="member")
    G.nodes["iwg:forum"].update(kind="iwg", name="Forum")
    _, data = draw(tmp_path, G, iwg="iwg:forum", highlight={"nodes": {"org-00001"}, "label": "new"})
    labelled = {n["id"] for n in data["nodes"] if n["label"]}
    assert set(members) | {"org-00001", "iwg:forum"} <= labelled
    assert all(data["info"][m]["first"] for m in members)


def test_a_few_isolates_are_named_before_the_biggest_stakeholders(tmp_path):
    alone = ["Lonely Trust", "Quiet Forum", "Nobody's Club"]
    _, data = draw(tmp_path, ring(120, alone=alone))
    assert set(alone) <= {n["label"] for n in data["nodes"] if n["label"]}
    assert [data["info"][Stakeholder(name, "ngo").id]["first"] for name in alone] == [True] * 3


def test_many_isolates_do_not_crowd_out_the_biggest_stakeholders(tmp_path):
    alone = [f"Alone {i}" for i in range(30)]
    _, data = draw(tmp_path, ring(120, alone=alone))
    assert not any(data["info"][Stakeholder(name, "ngo").id]["first"] for name in alone)
    assert sum(1 for n in data["nodes"] if n["label"].startswith("Org ")) > 0


def test_a_picture_without_chromium_is_a_clear_error(tmp_path, monkeypatch):
    from stakegraph.render import chromium
    from stakegraph.render.map import page as map_html

    monkeypatch.setattr(chromium, "CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setattr(chromium.shutil, "which", lambda name: None)
    with pytest.raises(StakegraphError) as err:
        map_html.write_png(limerick(), tmp_path / "map.png")
    assert str(err.value) == (f"cannot draw '{tmp_path / 'map.png'}' as a picture: Chromium is not installed at "
                              f"{tmp_path / 'no-chromium'}; install it (apt-get install chromium) or write the "
                              "map as .html")


def test_a_chromium_that_does_not_start_is_a_clear_error(tmp_path, monkeypatch):
    from stakegraph.render import chromium
    from stakegraph.render.map import page as map_html

    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\nexit 1\n")
    broken.chmod(0o755)
    monkeypatch.setattr(chromium, "CHROMIUM", str(broken))
    with pytest.raises(StakegraphError, match=f"Chromium at {broken} did not start"):
        map_html.write_png(limerick(), tmp_path / "map.png")


def test_an_iwg_map_lists_what_the_iwg_lacks_in_a_gap_card(tmp_path):
    from stakegraph.jobs.map import draw_map

    out = tmp_path / "map.html"
    draw_map(Path(__file__).resolve().parents[3] / "examples" / "limerick_iwg_en.xlsx", out,
             iwg="Shannonmouth City IWG")
    card = page_data(out)["gaps"]
    assert card["title"] == "What Shannonmouth City IWG lacks"
    assert card["rows"] == [["Theme", "health", "missing"], ["Level", "regional", "missing"],
                            ["Ties", "civil society – private", "missing"], ["Ties", "private – public", "missing"]]
    # the sector it lacks is drawn as a placeholder, not repeated in the card
    assert [n["label"] for n in page_data(out)["nodes"] if n["id"].startswith("missing:")] == [
        "missing: private sector"]


def test_a_map_without_an_iwg_has_no_gap_card(tmp_path):
    _, data = draw(tmp_path)
    assert data["gaps"] is None


def test_a_story_naming_what_the_workbook_lacks_names_the_line_and_the_closest(runner, make_workbook, tmp_path):
    book = make_workbook(Stakeholders=STAKEHOLDER_SHEET, IWGs=IWG_SHEET)
    (tmp_path / "s.toml").write_text('[[view]]\ncaption = "x"\n\n[[view]]\nfocus = "Dorass"\n', "utf-8")
    result = runner("map", book, "-o", tmp_path / "map.html", "--story", tmp_path / "s.toml")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == (
        f"Error: {tmp_path / 's.toml'}, view 2, line 5, key focus: 'Dorass' is not a stakeholder of this "
        "workbook; did you mean 'Doras'?")
    assert not (tmp_path / "map.html").exists()


def test_a_story_files_views_reach_the_page_with_ids_and_codes():
    from stakegraph.io.story import parse_story

    G = build_graph([Stakeholder("Doras", "civil_society", themes=["health"]), Stakeholder("City", "public")],
                    [Tie("doras", "city")], [Membership("city", "Limerick IWG")])
    story = parse_story('[[view]]\nfocus = "DORAS"\ncaption = "<b>Doras</b>"\n[[view]]\niwg = "limerick iwg"\n'
                        'filter = {theme = "health", level = "local"}\n', "s.toml")
    built = build_map(G, options=MapOptions(anonymize=True), inputs=MapInputs(story=story))
    assert built.story == [{"caption": "<b>Doras</b>", "focus": "CIV-01"},
                           {"caption": "",
                            "filter": {"level": ["local"], "theme": "health", "iwg": "iwg:limerick-iwg"}}]
