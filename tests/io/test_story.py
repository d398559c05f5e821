"""Reading a story file: every key checked, every problem naming the view,
the line and the key, with a suggestion where one is close."""

from __future__ import annotations

import pytest

from stakegraph.errors import StakegraphError
from stakegraph.io.story import load_story, parse_story

GOOD = '''
# the May session
[[view]]
caption = "Everyone"

[[view]]
caption = "The council"
focus = "City Council"

[[view]]
caption = "Health"
iwg = "Limerick IWG"
[view.filter]
theme = "Salud"
sector = ["Público", "NGO"]
level = "local"
'''


def test_a_story_keeps_its_views_in_order_with_codes_for_the_codebook_words():
    story = parse_story(GOOD, "may.toml")
    assert [v.caption for v in story.views] == ["Everyone", "The council", "Health"]
    assert story.views[1].focus == "City Council" and story.views[0].focus is None
    health = story.views[2]
    assert (health.sectors, health.levels, health.theme, health.iwg) == (
        ("public", "civil_society"), ("local",), "health", "Limerick IWG")
    assert health.lines == {"caption": 11, "iwg": 12, "filter": 13, "filter.theme": 14,
                            "filter.sector": 15, "filter.level": 16}
    assert story.source == "may.toml" and [v.number for v in story.views] == [1, 2, 3]


@pytest.mark.parametrize("text, code, message", [
    ('[[view]]\ncaption = "All"\n\n[[view]]\nfocs = "Doras"\n', "story-unknown-key",
     "s.toml, view 2, line 5, key focs: not a key of a story's view (the keys are caption, focus, iwg, "
     "filter); did you mean 'focus'?"),
    ('[[view]]\ncaption = "All"\nfilter = { sectr = "public" }\n', "story-unknown-key",
     "s.toml, view 1, line 3, key filter.sectr: not a key of a story's view (a filter has the keys sector, "
     "level, theme); did you mean 'filter.sector'?"),
    ('[[view]]\nfilter = { sector = "pubic" }\n', "story-bad-value",
     "s.toml, view 1, line 2, key filter.sector: 'pubic' is not a sector; did you mean 'public'?"),
    ('[[view]]\ncaption = 3\n', "story-bad-value", "s.toml, view 1, line 2, key caption: must be text in quotes"),
    ('[[view]]\nfilter = { theme = ["health", "housing"] }\n', "story-bad-value",
     "s.toml, view 1, line 2, key filter.theme: must be one theme in quotes"),
    ('caption = "All"\n', "story-unknown-key",
     "s.toml, key caption: not a key of a story's view (a story is a list of views, each written [[view]]); "
     "did you mean 'view'?"),
    ("", "story-no-views", "the story 's.toml' has no views; write each as [[view]] with a caption"),
    ('[[view]\n', "story-not-toml", None),
])
def test_a_problem_in_a_story_names_the_view_line_and_key(text, code, message):
    with pytest.raises(StakegraphError) as caught:
        parse_story(text, "s.toml")
    assert caught.value.code == code and caught.value.file == "s.toml"
    if message is None:
        assert "line 1" in str(caught.value)
    else:
        assert str(caught.value) == message


def test_a_story_file_that_is_not_text_or_not_there_is_refused(tmp_path):
    (tmp_path / "s.toml").write_bytes(b"\xff\xfe\x00[[view]]")
    with pytest.raises(StakegraphError) as caught:
        load_story(tmp_path / "s.toml")
    assert caught.value.code == "story-not-toml"
    with pytest.raises(StakegraphError) as caught:
        load_story(tmp_path / "none.toml")
    assert caught.value.code == "file-not-found"
