"""Profiles: the two built-in ones say what the issue asks for, a region's
edited copy is read key by key, and every mistake in a profile file is named
by file and key, with a suggestion where one is close."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from stakegraph.errors import StakegraphError
from stakegraph.i18n import speaking
from stakegraph.io.profile import BUILT_IN_PROFILES, load_profile, parse_profile, read_names
from stakegraph.model.profile import Profile

INTEGREAT_THEMES = {"employment": 1, "education_training": 1, "health": 1, "social_cohesion": 1}
ALL_SECTORS = {"public": 1, "private": 1, "civil_society": 1}


def test_the_iwg_profile_is_the_limerick_model():
    p = load_profile("iwg")
    assert p == Profile(
        name="iwg",
        title="Integration Working Group on the Limerick model",
        description=p.description,
        min_size=7,
        sectors=ALL_SECTORS,
        types={"local_authority": 1, "statutory_agency": 2, "ngo": 2, "migrant_led": 1},
        themes=INTEGREAT_THEMES,
        levels={"local": 1, "regional": 1},
        theme_min_sectors=2,
        max_sector_share=0.6,
        sector_pair_ties=1,
        no_isolated_members=True,
        weights={"sector": 20, "type": 3, "ties": 2, "isolated_members": 2, "theme": 1, "level": 1,
                 "size": 1, "balance": 1},
        weak=0.5,
        source="built-in profile 'iwg'",
    )
    assert p.description.startswith("A local authority, statutory agencies, NGOs")


def test_the_capacity_building_profile_asks_for_20_stakeholders_of_all_sectors_and_themes():
    p = load_profile("capacity-building")
    assert (p.min_size, p.sectors, p.themes, p.types, p.levels) == (
        20, ALL_SECTORS, INTEGREAT_THEMES, {}, {})
    assert (p.theme_min_sectors, p.max_sector_share, p.sector_pair_ties, p.no_isolated_members) == (
        2, None, 0, False)


def test_the_iwg_weights_rank_a_missing_sector_then_type_then_ties_then_the_rest():
    p = load_profile("iwg")
    assert p.weight("sector:private") > p.weight("type:ngo") > p.weight("ties:private-public") > max(
        p.weight("theme:health"), p.weight("level:regional"), p.weight("size"))
    assert 0 < p.weak < 1


def test_weights_left_out_weigh_1_and_a_weak_requirement_half():
    p = parse_profile("[weights]\nsector = 5.5\n", "p.toml")
    assert (p.weights, p.weight("sector:public"), p.weight("theme:health"), p.weak) == (
        {"sector": 5.5}, 5.5, 1.0, 0.5)


def test_the_default_profile_is_iwg():
    assert load_profile(None).name == "iwg"


def test_the_iwg_requirement_ids_in_report_order():
    assert load_profile("iwg").requirement_ids() == [
        "size", "sector:public", "sector:private", "sector:civil_society",
        "type:local_authority", "type:statutory_agency", "type:ngo", "type:migrant_led",
        "theme:employment", "theme:education_training", "theme:health", "theme:social_cohesion",
        "level:local", "level:regional",
        "ties:civil_society-private", "ties:civil_society-public", "ties:private-public",
        "isolated_members", "balance",
    ]


@pytest.mark.parametrize("name", BUILT_IN_PROFILES)
def test_a_copied_built_in_file_reads_back_as_the_same_profile(tmp_path, name):
    text = resources.files("stakegraph").joinpath(f"data/profiles/{name}.toml").read_text("utf-8")
    copy = tmp_path / "mine.toml"
    copy.write_text(text, "utf-8")
    built_in = load_profile(name)
    assert load_profile(copy) == Profile(**{**built_in.__dict__, "source": str(copy)})


def test_a_region_edits_a_copy_and_gets_its_own_requirements(tmp_path):
    mine = tmp_path / "skane.toml"
    mine.write_text(
        '[profile]\ntitle = "Skåne IWG"\n'
        '[sectors]\n"Offentlig" = 2\n'
        '[themes]\nlanguage = 1\n"capacity building" = 1\n'
        '[rules]\nmax_sector_share = 0.5\nno_isolated_members = false\n', "utf-8")
    p = load_profile(mine)
    assert (p.name, p.title, p.sectors, p.themes) == (
        "skane", "Skåne IWG", {"public": 2}, {"language": 1, "education_training": 1})
    assert (p.max_sector_share, p.no_isolated_members, p.min_size, p.types) == (0.5, False, 0, {})


def test_a_minimum_of_0_leaves_the_requirement_out():
    assert parse_profile("[levels]\nlocal = 0\nregional = 1\n", "p.toml").levels == {"regional": 1}


def test_an_empty_profile_requires_nothing():
    assert parse_profile("", "empty.toml").requirement_ids() == []


@pytest.mark.parametrize(("text", "code", "message"), [
    ("[rules]\nmax_share = 0.5\n", "profile-unknown-key",
     "the profile has an unknown key 'rules.max_share' (the keys of [rules] are theme_min_sectors, "
     "max_sector_share, sector_pair_ties, no_isolated_members); did you mean 'rules.max_sector_share'?"),
    ("[themes]\nhelth = 1\n", "profile-unknown-key",
     "the profile has an unknown key 'themes.helth' ('helth' is not a theme); did you mean 'themes.health'?"),
    ("[types]\nwizard = 1\n", "profile-unknown-key",
     "the profile has an unknown key 'types.wizard' ('wizard' is not a stakeholder type)"),
    ("[sector]\npublic = 1\n", "profile-unknown-key",
     "the profile has an unknown key 'sector' (a profile has the sections profile, size, sectors, "
     "types, themes, levels, rules, weights); did you mean 'sectors'?"),
    ("name = 'x'\n", "profile-unknown-key",
     "the profile has an unknown key 'name' (a profile has the sections profile, size, sectors, types, "
     "themes, levels, rules, weights); did you mean 'profile.name'?"),
    ("[size]\nmin = 'twenty'\n", "profile-bad-value",
     "the profile key 'size.min' must be a whole number of at least 0, not 'twenty'"),
    ("[size]\nmin = -1\n", "profile-bad-value",
     "the profile key 'size.min' must be a whole number of at least 0, not -1"),
    ("[sectors]\npublic = true\n", "profile-bad-value",
     "the profile key 'sectors.public' must be a whole number of at least 0 (the fewest members), not true"),
    ("[sectors]\npublic = 1\n\"Público\" = 2\n", "profile-bad-value",
     "the profile key 'sectors.Público' means the same as 'sectors.public'; keep one of the two"),
    ("[rules]\nmax_sector_share = 60\n", "profile-bad-value",
     "the profile key 'rules.max_sector_share' must be a share above 0 and at most 1 (0.6 means 60%), not 60"),
    ("[rules]\ntheme_min_sectors = 4\n", "profile-bad-value",
     "the profile key 'rules.theme_min_sectors' must be a whole number from 1 to 3, not 4"),
    ("[rules]\nno_isolated_members = 'yes'\n", "profile-bad-value",
     "the profile key 'rules.no_isolated_members' must be true or false, not 'yes'"),
    ("[profile]\nname = 3\n", "profile-bad-value",
     "the profile key 'profile.name' must be text in quotes, not 3"),
    ("sectors = ['public']\n", "profile-bad-value",
     "the profile key 'sectors' must be a section, written [sectors] on a line of its own"),
    ("[weights]\nsectors = 20\n", "profile-unknown-key",
     "the profile has an unknown key 'weights.sectors' (the keys of [weights] are sector, type, ties, "
     "isolated_members, theme, level, size, balance, weak); did you mean 'weights.sector'?"),
    ("[weights]\nsector = 'high'\n", "profile-bad-value",
     "the profile key 'weights.sector' must be a number from 0 to 1000 (what closing a missing "
     "requirement of that kind is worth), not 'high'"),
    ("[weights]\nweak = 1\n", "profile-bad-value",
     "the profile key 'weights.weak' must be a share above 0 and below 1 (0.5: a weak requirement "
     "counts half a missing one), not 1"),
    ("[sectors\npublic = 1\n", "profile-not-toml",
     "the profile is not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 9)"),
])
def test_a_mistake_in_a_profile_names_the_file_and_key(tmp_path, text, code, message):
    path = tmp_path / "mine.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(StakegraphError) as info:
        load_profile(path)
    assert (info.value.code, info.value.message, info.value.file) == (code, message, str(path))


@pytest.mark.parametrize(("lang", "said"), [
    ("es", "la clave del perfil «rules.theme_min_sectors» debe ser un número entero de 1 a 3, no 4"),
    ("sv", "måste vara ett heltal från 1 till 3, inte 4"),
])
def test_a_mistake_in_a_profile_is_said_whole_in_the_readers_language(tmp_path, lang, said):
    path = tmp_path / "mine.toml"
    path.write_text("[rules]\ntheme_min_sectors = 4\n[themes]\nhelth = 1\n", "utf-8")
    with pytest.raises(StakegraphError) as info:
        load_profile(path)
    with speaking(lang):
        text = info.value.said()
    assert said in text
    for english in ("must be", "whole number", "is not a theme", ", not "):
        assert english not in text


def test_a_misspelt_built_in_name_is_suggested():
    with pytest.raises(StakegraphError) as info:
        load_profile("capacity-bulding")
    assert info.value.code == "profile-not-found"
    assert str(info.value) == (
        "'capacity-bulding' is neither a built-in profile (iwg, capacity-building) nor a profile "
        "file; did you mean 'capacity-building'?")


@pytest.mark.parametrize("written", ["IWG", " Capacity Building ", "capacity_building"])
def test_a_built_in_name_is_found_whatever_its_case_spaces_or_underscores(written, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    expected = "iwg" if "iwg" in written.lower() else "capacity-building"
    assert load_profile(written).name == load_profile(expected).name


def test_a_file_named_like_a_built_in_profile_is_read_as_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "IWG").write_text('[profile]\nname = "ours"\n[size]\nmin = 3\n', "utf-8")
    assert load_profile("IWG").name == "ours"


def test_a_profile_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "profile.toml"
    path.write_bytes(b"\xff\xfe[\x00s\x00")
    with pytest.raises(StakegraphError) as info:
        load_profile(path)
    assert info.value.message == ("the profile is not valid TOML: it is not UTF-8 text "
                                  "(invalid start byte)")


def test_the_built_in_files_use_only_documented_keys():
    readme = (Path(__file__).parents[2] / "README.md").read_text("utf-8")
    docs = readme[readme.index("## Profiles"):]
    for name in BUILT_IN_PROFILES:
        text = resources.files("stakegraph").joinpath(f"data/profiles/{name}.toml").read_text("utf-8")
        for section, table in tomllib.loads(text).items():
            assert f"[{section}]" in docs
            for key in table:
                assert f"`{key}`" in docs, f"{section}.{key} is not documented"


def test_a_member_list_is_one_name_a_line(tmp_path):
    path = tmp_path / "members.txt"
    path.write_bytes("\ufeff# our proposed IWG\r\nDoras\r\n\r\n  Cáritas Varese \r\n".encode())
    assert read_names(path) == ["Doras", "Cáritas Varese"]


def test_a_member_list_that_is_not_text_is_refused(tmp_path):
    path = tmp_path / "members.xlsx"
    path.write_bytes(b"PK\x03\x04\xff\xff")
    with pytest.raises(StakegraphError) as info:
        read_names(path)
    assert info.value.message == (f"the member list '{path}' cannot be read as text "
                                  "(it is not UTF-8 text: invalid start byte)")


def test_every_mistake_of_a_profile_is_said_at_once_each_with_its_code(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("[size]\nmin = -1\n[rules]\nmax_share = 0.5\n[themes]\nhelth = 1\n", "utf-8")
    with pytest.raises(StakegraphError) as info:
        load_profile(path)
    assert [(p.code, p.message) for p in info.value.problems] == [
        ("profile-bad-value", "the profile key 'size.min' must be a whole number of at least 0, not -1"),
        ("profile-unknown-key",
         "the profile has an unknown key 'rules.max_share' (the keys of [rules] are theme_min_sectors, "
         "max_sector_share, sector_pair_ties, no_isolated_members); did you mean 'rules.max_sector_share'?"),
        ("profile-unknown-key",
         "the profile has an unknown key 'themes.helth' ('helth' is not a theme); did you mean 'themes.health'?"),
    ]
    assert info.value.file == str(path)
    assert str(info.value).splitlines() == [
        "3 problems:",
        "  profile-bad-value: the profile key 'size.min' must be a whole number of at least 0, not -1",
        "  profile-unknown-key: the profile has an unknown key 'rules.max_share' (the keys of [rules] are "
        "theme_min_sectors, max_sector_share, sector_pair_ties, no_isolated_members); did you mean "
        "'rules.max_sector_share'?",
        "  profile-unknown-key: the profile has an unknown key 'themes.helth' ('helth' is not a theme); "
        "did you mean 'themes.health'?",
    ]


def test_a_key_above_its_section_is_one_mistake_not_two(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("name = 'x'\n", "utf-8")
    with pytest.raises(StakegraphError) as info:
        load_profile(path)
    assert [p.code for p in info.value.problems] == ["profile-unknown-key"]
