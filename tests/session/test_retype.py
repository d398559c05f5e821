"""A participant changes the type of its own ties in place, on the phone page.

The real server, a phone page in Chromium at 360 px and the projector page:
the participant changes the type of a tie the mapping holds and of one it
has just added; the projector's ties carry the new types, the session
file's log says what each change replaced, and the round written by
``--export`` holds the new types with the participant as reporter.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from click.testing import CliRunner

from stakegraph.cli import main
from stakegraph.io import load
from stakegraph.session.store import session_path

pytestmark = [pytest.mark.timeout(300), pytest.mark.long]


def _tie_types(G, a: str, b: str) -> set[str]:
    return {d.get("type") for u, v, d in G.edges(data=True)
            if d.get("kind") == "tie" and {u, v} == {a, b}}


def test_a_participant_changes_a_ties_type_and_the_projector_and_round_follow(serve, book_copy, browser, tmp_path):
    G = load(book_copy).graph
    people = sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "stakeholder")
    # an organisation with a tie in the mapping, and one it is not tied to
    me = next(n for n in people if any(d.get("kind") == "tie" for *_, d in G.out_edges(n, data=True)))
    mapped = next(v for _, v, d in G.out_edges(me, data=True) if d.get("kind") == "tie")
    (old_type,) = _tie_types(G, me, mapped)
    new_type = "funding" if old_type != "funding" else "referral"
    added = next(n for n in people if n != me and not _tie_types(G, me, n))

    served = serve()
    dialogs: list[str] = []
    projector = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    projector.goto(f"{served.url}/projector?key={served.key}")
    projector.wait_for_selector("body[data-version]")
    phone = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True).new_page()
    phone.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    phone.goto(f"{served.url}/#code={served.code}")
    phone.wait_for_selector("#search")
    phone.fill("#search", G.nodes[me]["name"])
    phone.click(f'button.org[data-id="{me}"]')

    # the mapping's tie: its selector shows the mapping's type, and changes it
    choice = f'select.retype[data-id="{mapped}"]'
    phone.wait_for_selector(choice)
    assert phone.input_value(choice) == old_type
    phone.select_option(choice, new_type)
    phone.wait_for_selector(f'li.partner[data-id="{mapped}"][data-answer="yes"]')
    assert phone.input_value(choice) == new_type
    # a tie just added, changed from collaboration to information
    phone.fill("#add-search", G.nodes[added]["name"])
    phone.select_option("#tie-type", "collaboration")
    phone.click(f'button.add[data-id="{added}"]')
    phone.wait_for_selector(f'select.retype[data-id="{added}"]')
    assert phone.input_value(f'select.retype[data-id="{added}"]') == "collaboration"
    phone.select_option(f'select.retype[data-id="{added}"]', "information")
    phone.wait_for_function(f"""() => document.querySelector('select.retype[data-id="{added}"]').value
                                      === 'information'""")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    wanted = {frozenset((me, mapped)): new_type, frozenset((me, added)): "information"}
    shown: dict[frozenset[str], str] = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # bounded: the projector catches up within seconds
        drawn = projector.evaluate("""() => window.stakegraphLive.edges.get()
            .filter((e) => !e.member).map((e) => [e.from, e.to, e.type])""")
        shown = {frozenset((a, b)): t for a, b, t in drawn if frozenset((a, b)) in wanted}
        if shown == wanted:
            break
        time.sleep(0.2)
    assert shown == wanted
    assert dialogs == []
    served.stop()

    # the log keeps who changed what, and from what
    db = sqlite3.connect(session_path(book_copy))
    log = [json.loads(d) for (d,) in db.execute("SELECT data FROM log WHERE action = 'retype' ORDER BY seq")]
    db.close()
    assert [(e["other"], e["was"], e["type"]) for e in log] == [
        (mapped, old_type, new_type), (added, "collaboration", "information")]
    assert {e["stakeholder"] for e in log} == {me}

    out = tmp_path / "round2.xlsx"
    result = CliRunner().invoke(main, ["session", str(book_copy), "--export", str(out)])
    assert result.exit_code == 0, result.output
    R = load(out).graph
    assert _tie_types(R, me, mapped) == {new_type}
    assert _tie_types(R, me, added) == {"information"}
    for other in (mapped, added):
        notes = [d.get("notes") or "" for u, v, d in R.edges(data=True)
                 if d.get("kind") == "tie" and {u, v} == {me, other}]
        assert G.nodes[me]["name"] in notes[0]  # the reporter, kept in the notes
