"""Forty participants and the projector at once, in Chromium, against the real server.

Every organisation of the Limerick example (40) joins from its own browser
context on a 360 px wide phone page; all forty pages stay open while they
claim, mark two partners each and, for five of them, propose a missing
organisation (one named like a script). The projector page (1280×720)
must then hold exactly the ties and newcomers entered: the pairs that
both sides named as confirmed, the others one-sided, and the five
newcomers, with no dialog opened by any page.
"""

from __future__ import annotations

import time

import pytest

from tests.session.served import Phone

pytestmark = [pytest.mark.timeout(900), pytest.mark.long]  # forty Chromium contexts: minutes on a busy 2-core machine

NEWCOMERS = {0: "Amber Lantern Trust", 8: "Blue Heron Cooperative", 16: "Copper Kettle Kitchen",
             24: "Delta Weavers Guild", 32: "<script>alert('x')</script> Echo Forum"}


def partners(i: int, n: int) -> list[int]:
    """Whom participant ``i`` marks: its pair's other half (2k with 2k+1,
    so both sides name it) and the one five places on (one side only)."""
    return [i + 1 if i % 2 == 0 else i - 1, (i + 5) % n]


def test_forty_phones_and_the_projector(serve, browser):
    served = serve()
    people = Phone(served).hello().directory()
    n = len(people)
    assert n == 40
    dialogs: list[str] = []
    projector = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    projector.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    projector.goto(f"{served.url}/projector?key={served.key}")
    projector.wait_for_selector("body[data-version]")

    phones = []
    for _ in people:  # forty browsers, all open at once
        page = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                   has_touch=True).new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{served.url}/#code={served.code}", wait_until="commit")  # they load together
        phones.append(page)
    for page, me in zip(phones, people):
        page.wait_for_selector("#search")
        page.fill("#search", me["name"][:12].upper())  # case ignored
        page.click(f'button.org[data-id="{me["id"]}"]')
    for step in range(2):
        for i, page in enumerate(phones):
            other = people[partners(i, n)[step]]
            page.wait_for_selector("#add-search")
            page.fill("#add-search", other["name"])
            page.click(f'button.add[data-id="{other["id"]}"]')
            page.wait_for_selector(f'li.partner[data-id="{other["id"]}"][data-answer="yes"]')
    for i, name in NEWCOMERS.items():
        page = phones[i]
        page.fill("#new-name", name)
        page.select_option("#new-sector", "civil_society")
        page.click("#new-add")
        page.wait_for_selector("#mine li, #dym-no")
        if page.query_selector("#dym-no"):
            page.click("#dym-no")
        page.wait_for_selector("#mine li")
        assert page.text_content("#mine li .who").startswith(name)  # shown as typed: text, not HTML

    # what was entered, computed here from the plan, not read from the server
    said = {(people[i]["id"], people[j]["id"]) for i in range(n) for j in partners(i, n)}
    expected = {frozenset(p): ("confirmed" if (p[1], p[0]) in said else "one-sided") for p in said}
    ids = {frozenset(p) for p in expected}
    deadline = time.monotonic() + 30
    shown: dict[frozenset[str], str] = {}
    while time.monotonic() < deadline:  # bounded: the projector catches up within seconds
        drawn = projector.evaluate("""() => ({
            edges: window.stakegraphLive.edges.get().filter((e) => !e.member && e.status !== 'mapping')
                .map((e) => [e.from, e.to, e.status]),
            newcomers: window.stakegraphLive.nodes.get().filter((n) => n.newcomer).map((n) => n.name)})""")
        shown = {frozenset((a, b)): status for a, b, status in drawn["edges"]}
        if len(drawn["newcomers"]) == len(NEWCOMERS) and ids <= set(shown):
            break
        time.sleep(0.2)
    newcomer_ties = {k: v for k, v in shown.items() if k not in ids}
    assert {k: v for k, v in shown.items() if k in ids} == expected
    assert sorted(drawn["newcomers"]) == sorted(NEWCOMERS.values())
    assert len(newcomer_ties) == len(NEWCOMERS) and set(newcomer_ties.values()) == {"one-sided"}
    counts = projector.text_content("#counts")
    assert f"{n} joined" in counts and f"{n}/{n} answered" in counts
    assert int(projector.get_attribute("body", "data-named")) >= 10  # names drawn, none overlapping
    assert phones[0].evaluate("document.documentElement.scrollWidth") <= 360  # fits a 360 px phone
    assert dialogs == []
