"""Big maps: the communities as nodes, their layout and their words.

The page's behaviour in Chromium is in ``test_room.py``.
"""

from __future__ import annotations

import itertools
import json
import math
import re

import networkx as nx
import pytest

from stakegraph.analysis.structure import communities
from stakegraph.codebook import LANGUAGES
from stakegraph.model import (
    Membership,
    Stakeholder,
    Tie,
    build_graph,
    find_iwg,
    stakeholder_graph,
    stakeholder_nodes,
)
from stakegraph.render.map.build import MapOptions, build_map
from stakegraph.render.map.communities import AGGREGATE_MIN, CLUSTER_PREFIX, group
from stakegraph.render.map.data import SECTOR_COLOURS, UNKNOWN_COLOUR
from stakegraph.render.map.page import render_map

XSS = "<script>alert(1)</script>"
SECTORS = ("public", "private", "civil_society")


def stars(hubs: list[str], leaves: int, alone: int = 0):
    """One star per hub (the hub tied to each of its ``leaves``), each pair of
    neighbouring stars joined by one tie, and ``alone`` stakeholders with no tie."""
    people, ties = [], []
    for k, hub in enumerate(hubs):
        centre = Stakeholder(hub, SECTORS[k % 3])
        ring = [Stakeholder(f"Leaf {k}-{i}", SECTORS[(k + i) % 3]) for i in range(leaves)]
        people += [centre, *ring]
        ties += [Tie(centre.id, leaf.id) for leaf in ring]
        ties += [Tie(ring[i].id, ring[i + 1].id) for i in range(0, leaves - 1, 2)]
        if k:
            ties.append(Tie(people[-leaves - 2].id, centre.id))
    people += [Stakeholder(f"Alone {i}", "public") for i in range(alone)]
    members = [Membership(people[0].id, "IWG North"), Membership(people[-1].id, "IWG North")]
    return build_graph(people, ties, members)


@pytest.fixture(scope="module")
def big():
    G = stars([f"Hub {k}" for k in range(8)], 24, alone=5)
    return G, group(G, stakeholder_nodes(G))


def test_the_communities_are_the_ones_analyze_reports_with_the_same_seed(big):
    G, found = big
    analysed = communities(stakeholder_graph(G))
    assert [found.members[f"{CLUSTER_PREFIX}{c.id}"] for c in analysed.clusters] == [
        [str(m) for m in c.members] for c in analysed.clusters]
    assert found.anchors[:len(analysed.clusters)] == [str(c.anchor) for c in analysed.clusters]
    # the stakeholders alone are gathered last, in a node of their own
    assert found.ids[-1] == f"{CLUSTER_PREFIX}alone" and found.anchors[-1] is None
    assert found.members[found.ids[-1]] == [f"alone-{i}" for i in range(5)]
    everyone = [m for c in found.ids for m in found.members[c]]
    assert sorted(everyone) == sorted(stakeholder_nodes(G)), "each stakeholder in exactly one community"


def test_the_links_between_communities_count_the_ties_between_them(big):
    G, found = big
    H = stakeholder_graph(G)
    expected = {}
    for a, b in itertools.combinations(found.ids, 2):
        cut = nx.cut_size(H, found.members[a], found.members[b])
        if cut:
            expected[(a, b)] = cut
    assert found.links == expected
    assert sum(len(t) for t in found.inside.values()) + sum(found.links.values()) == H.number_of_edges()


def test_each_community_owns_a_disc_that_holds_its_members_and_no_other(big):
    _, found = big
    pos = found.positions()
    for a, b in itertools.combinations(found.ids, 2):
        assert math.dist(pos[a], pos[b]) >= found.radius[a] + found.radius[b], (a, b)
    for c in found.ids:
        assert all(math.dist(pos[m], pos[c]) <= found.radius[c] for m in found.members[c]), c
        assert found.sizes[c] < found.radius[c], "the node fits inside the disc its members fill when opened"
    assert pos == group(big[0], stakeholder_nodes(big[0])).positions(), "the same graph, the same picture"


def test_community_nodes_grow_by_area_with_their_members(big):
    _, found = big
    found.positions()
    by_count = sorted(found.ids, key=lambda c: len(found.members[c]))
    sizes = [found.sizes[c] for c in by_count]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_only_a_big_map_without_an_iwg_opens_on_its_communities():
    G = stars([f"Hub {k}" for k in range(4)], 10)
    assert build_map(G).aggregate is None
    built = build_map(G, options=MapOptions(aggregate_min=20))
    assert built.aggregate is not None and built.summary()["clusters"] == 4
    north = find_iwg(G, "IWG North")  # the job resolves the name; the page is given the IWG's node
    assert build_map(G, options=MapOptions(aggregate_min=20, iwg=north)).aggregate is None
    assert AGGREGATE_MIN == 1_000


def test_a_community_node_is_named_after_its_anchor_and_sliced_by_its_members_colours():
    G = stars([f"Hub {k}" for k in range(4)], 10)
    built = build_map(G, options=MapOptions(aggregate_min=20))
    clusters = {n["id"]: n for n in built.nodes if n["id"].startswith(CLUSTER_PREFIX)}
    # equal sizes: the best-connected anchor first (hubs 1 to 3 have a tie to the star before them)
    assert [built.info[c]["name"] for c in clusters] == [f"the Hub {k} cluster (11)" for k in (1, 2, 3, 0)]
    for c, data in built.aggregate["clusters"].items():
        members = data["members"]
        colours = [SECTOR_COLOURS.get(G.nodes[m]["sector"], UNKNOWN_COLOUR) for m in members]
        assert sorted(data["mix"]) == sorted([col, colours.count(col)] for col in set(colours))
        assert [row[0] for row in built.info[c]["facts"]] == ["Members", *[
            name for name, col in [("public", SECTOR_COLOURS["public"]), ("private", SECTOR_COLOURS["private"]),
                                   ("civil society", SECTOR_COLOURS["civil_society"])] if col in colours]]
    # ten of them at most are named first, as the ten most central stakeholders are
    assert all(built.info[c]["central"] for c in clusters)


def test_the_faintest_link_between_communities_is_a_crowded_maps_tie(big):
    G, _ = big
    built = build_map(G, options=MapOptions(aggregate_min=20))
    links = [e for e in built.edges if e["id"] in set(built.aggregate["links"])]
    faintest = min(links, key=lambda e: e["color"]["opacity"])["color"]
    crowded = build_map(G, options=MapOptions(aggregate_min=20)).edge_colour
    # a crowded map's tie keeps 3:1 on white (test_page.py); no link is fainter
    assert faintest["color"] == crowded["color"] and faintest["opacity"] >= crowded["opacity"]
    assert {tuple(sorted((e["from"], e["to"]))) for e in links} == {tuple(sorted(k)) for k in group(
        G, stakeholder_nodes(G)).links}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_the_words_of_a_community_are_in_the_maps_language(lang):
    G = stars([f"Hub {k}" for k in range(3)], 10)
    english = build_map(G, options=MapOptions(aggregate_min=20))
    other = build_map(G, options=MapOptions(aggregate_min=20, lang=lang))
    for c in english.aggregate["clusters"]:
        assert "Hub" in other.info[c]["name"] and other.info[c]["name"] != english.info[c]["name"]
    assert other.legend[-1]["title"] != english.legend[-1]["title"]
    tip = next(iter(other.edge_info[e] for e in other.aggregate["links"]))
    assert tip != next(iter(english.edge_info[e] for e in english.aggregate["links"]))


def test_community_names_and_counts_reach_the_page_only_as_escaped_data(tmp_path):
    G = stars([XSS, "<img src=x onerror=alert(1)>", "Hub & Co", "Hub 3"], 300)
    out = tmp_path / "map.html"
    summary = render_map(G, out)
    assert summary["stakeholders"] > AGGREGATE_MIN and summary["clusters"] == 4
    page = out.read_text("utf-8")
    assert XSS not in page and "<img src=x" not in page
    data = json.loads(re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    names = [data["info"][c]["name"] for c in data["aggregate"]["clusters"]]
    assert names == ["the <img src=x onerror=alert(1)> cluster (301)", "the Hub & Co cluster (301)",
                     "the Hub 3 cluster (301)", f"the {XSS} cluster (301)"]
