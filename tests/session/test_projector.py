"""The projector's filters and side panel, in Chromium at 1280×720, against the real server.

A sector filter and an IWG filter leave the stakeholders expected from the
workbook (counted here from the graph, not from the page), a line states the
filter and the counts, and the view is fitted to what is left: no shown node
is off the map or under a panel. A click on a node opens a panel with its
public facts in the session's words and its ties in this session; no
contact of the workbook is anywhere on the page, and a name typed as HTML
stays text.
"""

from __future__ import annotations

import time

import pytest

from stakegraph.codebook import default_codebook
from stakegraph.io import load
from tests.session.served import Phone

pytestmark = [pytest.mark.timeout(300), pytest.mark.long]

HOSTILE = "<img src=x onerror=alert(1)> Night Café"

#: every shown node, as (id, left, top, right, bottom) in the page's pixels
SHOWN = """() => {
  const live = window.stakegraphLive, net = live.network, box = document.getElementById('map').getBoundingClientRect();
  const pos = net.getPositions(), scale = net.getScale();
  return live.nodes.get({filter: (n) => !n.hidden}).map((n) => {
    const c = net.canvasToDOM(pos[n.id]), r = (n.size || 10) * scale;
    return [n.id, box.left + c.x - r, box.top + c.y - r, box.left + c.x + r, box.top + c.y + r];
  });
}"""


def _rect(page, selector: str) -> tuple[float, float, float, float]:
    r = page.evaluate(f"() => {{ const r = document.querySelector('{selector}').getBoundingClientRect();"
                      " return [r.left, r.top, r.right, r.bottom]; }")
    return tuple(r)


def _assert_fitted(page, expected: set[str]) -> None:
    """The shown nodes are ``expected``, all inside the map, none under the
    panel, and the view fitted to them: they fill the map's width or height
    (or the view is at its largest zoom, 1)."""
    shown = page.evaluate(SHOWN)
    assert {n[0] for n in shown} == expected
    left, top, right, bottom = _rect(page, "#map")
    width = max(n[3] for n in shown) - min(n[1] for n in shown)
    height = max(n[4] for n in shown) - min(n[2] for n in shown)
    scale = page.evaluate("() => window.stakegraphLive.network.getScale()")
    assert width >= 0.75 * (right - left) or height >= 0.75 * (bottom - top) or scale >= 0.99, (width, height)
    panel = _rect(page, "#panel") if page.is_visible("#panel") else None
    for node, x0, y0, x1, y1 in shown:
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom, node
        if panel:
            assert x1 <= panel[0] or x0 >= panel[2] or y1 <= panel[1] or y0 >= panel[3], node


def _click_node(page, node: str) -> None:
    x, y = page.evaluate("""(id) => {
      const net = window.stakegraphLive.network, box = document.getElementById('map').getBoundingClientRect();
      const c = net.canvasToDOM(net.getPositions([id])[id]);
      return [box.left + c.x, box.top + c.y];
    }""", node)
    page.mouse.click(x, y)


def test_filters_and_side_panel_on_the_projector(serve, book_copy, browser):
    G = load(book_copy).graph
    cb = default_codebook()
    people = sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "stakeholder")
    (iwg,) = [n for n, d in G.nodes(data=True) if d.get("kind") == "iwg"]
    members = {u for u, v, d in G.edges(data=True) if d.get("kind") == "member" and v == iwg}
    contacts = {str(G.nodes[n][c]) for n in people for c in ("email", "phone", "contact") if G.nodes[n].get(c)}
    public = {n for n in people if G.nodes[n]["sector"] == "public"}
    a = sorted(public)[0]
    b, c = [n for n in people if n != a][:2]

    served = serve()
    phones = {}
    for who in (a, b):
        phones[who] = Phone(served).hello()
        assert phones[who].claim(who)[1]["approved"] is True
    assert phones[a].answer(b, "yes", "funding")[0] == 200
    assert phones[b].answer(a, "yes", "funding")[0] == 200
    assert phones[a].answer(c, "yes", "referral")[0] == 200
    assert phones[a].propose(HOSTILE, sector="public", org_type="ngo", force=True)[0] == 200

    dialogs: list[str] = []
    page = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{served.url}/projector?key={served.key}")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # bounded: the answers reach the projector within seconds
        if page.evaluate("() => (window.stakegraphLive.state || {newcomers: []}).newcomers.length") == 1:
            break
        time.sleep(0.2)
    newcomer = page.evaluate("() => window.stakegraphLive.state.newcomers[0].id")
    total = len(people) + 1

    assert page.text_content("#filter-line") == f"All sectors · {total} of {total} stakeholders"
    _assert_fitted(page, {*people, iwg, newcomer})

    page.select_option("#filter-sector", "public")
    word = cb.label("sector", "public", "en")
    assert page.text_content("#filter-line") == f"{word} · {len(public) + 1} of {total} stakeholders"
    _assert_fitted(page, {*public, newcomer})
    assert page.get_attribute("body", "data-shown") == str(len(public) + 1)

    page.select_option("#filter-sector", "")
    page.select_option("#filter-iwg", iwg)
    name = G.nodes[iwg]["name"]
    assert page.text_content("#filter-line") == f"All sectors · {name} · {len(members)} of {total} stakeholders"
    _assert_fitted(page, {*members, iwg})
    page.select_option("#filter-iwg", "")

    # the panel of a: its facts in words, its ties of this session with their status
    page.select_option("#filter-sector", "public")
    _click_node(page, a)
    page.wait_for_selector("#panel:not([hidden])")
    assert page.text_content("#panel-name") == G.nodes[a]["name"]
    facts = page.text_content("#panel-facts")
    assert cb.label("sector", "public", "en") in facts
    assert cb.label("type", G.nodes[a]["type"], "en") in facts
    ties = dict(page.evaluate("""() => [...document.querySelectorAll('#panel-ties li')]
        .map((li) => [li.textContent, li.dataset.status])"""))
    funding, referral = cb.label("tie_type", "funding", "en"), cb.label("tie_type", "referral", "en")
    assert ties[f"{G.nodes[b]['name']} · {funding} · Confirmed tie (both named it)"] == "confirmed"
    assert ties[f"{G.nodes[c]['name']} · {referral} · One-sided tie"] == "one-sided"
    assert ties[f"{HOSTILE} · {cb.label('tie_type', 'collaboration', 'en')} · One-sided tie"] == "one-sided"
    mapped = {v if u == a else u for u, v, d in G.edges(data=True) if d.get("kind") == "tie" and a in (u, v)}
    assert len(ties) == len(mapped | {b, c}) + 1
    _assert_fitted(page, {*public, newcomer})

    # the newcomer named like HTML: its panel says it as typed, as text
    _click_node(page, newcomer)
    page.wait_for_function("(n) => document.getElementById('panel-name').textContent === n", arg=HOSTILE)
    assert page.query_selector("#panel img") is None
    assert G.nodes[a]["name"] in page.text_content("#panel-facts")  # proposed by a
    page.keyboard.press("Escape")
    assert page.is_hidden("#panel")

    seen = page.content() + page.evaluate("() => document.body.innerText")
    assert [x for x in contacts if x in seen] == []
    assert dialogs == []
