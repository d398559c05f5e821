"""``stakegraph gaps`` and ``stakegraph recommend``: the sentences a
coordinator reads, the JSON a program reads, and the exit status (0 done,
1 the workbook has errors, 2 the profile, the IWG or a name is unusable)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from stakegraph.cli import main

STAKEHOLDERS = [
    ["name", "sector", "type", "level", "themes", "migrant_led", "iwg"],
    ["Limerick City Council", "public", "local authority", "local", "social cohesion", "no", "Limerick IWG"],
    ["Limerick ETB", "public", "statutory agency", "local", "education; employment", "no", "Limerick IWG"],
    ["Tusla", "public", "statutory agency", "local", "social cohesion", "no", "Limerick IWG"],
    ["Doras", "NGO", "NGO", "local", "employment; education", "no", "Limerick IWG"],
    ["Novas", "NGO", "NGO", "local", "social cohesion", "no", "Limerick IWG"],
    ["Sudanese Community", "civil society", "community group", "local", "social cohesion", "yes",
     "Limerick IWG"],
    ["Dell Ireland", "private", "employer", "regional", "employment; health", "no", None],
    ["HSE Mid-West", "public", "statutory agency", "regional", "health", "no", None],
]
RELATIONSHIPS = [
    ["source", "target"],
    ["Limerick City Council", "Limerick ETB"], ["Limerick City Council", "Doras"],
    ["Doras", "Novas"], ["Limerick ETB", "Tusla"], ["Doras", "Dell Ireland"],
    ["Dell Ireland", "HSE Mid-West"],
]


@pytest.fixture
def book(make_workbook):
    return make_workbook(Stakeholders=STAKEHOLDERS, Relationships=RELATIONSHIPS)


def run(*args):
    result = CliRunner().invoke(main, list(map(str, args)))
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_gaps_of_an_iwg_end_with_every_requirement_in_a_table(book):
    result = run("gaps", book, "--iwg", "limerick iwg")
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[10:12] == ["  - The group has 6 members; the profile asks for at least 7.",
                            "  - Sudanese Community has no tie to another member."]
    table = lines[lines.index("requirement                 status   have  need  evidence"):]
    assert len(table) == 2 + 19
    assert table[2] == "size                        weak        6     7"
    assert "theme:employment            met         2     1  Doras, Limerick ETB" in table
    assert "isolated_members            weak        1     0  Sudanese Community" in table


def test_gaps_json_is_the_documented_document(book):
    result = run("gaps", book, "--iwg", "Limerick IWG", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["schema_version", "scope", "profile", "summary", "requirements",
                          "import_errors", "import_warnings"]
    assert data["scope"]["members"] == ["Limerick City Council", "Limerick ETB", "Tusla", "Doras",
                                        "Novas", "Sudanese Community"]
    assert {r["id"]: r["status"] for r in data["requirements"] if r["status"] != "met"} == {
        "size": "weak", "sector:private": "missing", "theme:health": "missing",
        "level:regional": "missing", "ties:civil_society-private": "missing",
        "ties:private-public": "missing", "isolated_members": "weak"}


def test_a_proposed_group_from_names_and_a_file(book, tmp_path):
    names = tmp_path / "proposed.txt"
    names.write_text("# a group that does not exist yet\nDell Ireland\nhse mid-west\n", "utf-8")
    result = run("gaps", book, "--members", names, "--member", "Doras", "--profile",
                 "capacity-building", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["scope"] == {"kind": "members", "iwg": None, "size": 3,
                             "members": ["Doras", "Dell Ireland", "HSE Mid-West"]}
    assert data["profile"] == "capacity-building"
    assert [(r["id"], r["status"]) for r in data["requirements"]] == [
        ("size", "weak"), ("sector:public", "met"), ("sector:private", "met"),
        ("sector:civil_society", "met"), ("theme:employment", "met"),
        ("theme:education_training", "weak"), ("theme:health", "met"),
        ("theme:social_cohesion", "missing")]


@pytest.mark.parametrize(("args", "stderr"), [
    (["--iwg", "Limerik"],
     "Error: 'Limerik' is not an IWG of this workbook (it has: Limerick IWG); did you mean 'Limerick IWG'?\n"),
    (["--member", "Dorass", "--member", "Tusla"],
     "Error: not in the Stakeholders sheet: 'Dorass' (did you mean 'Doras'?)\n"),
    (["--iwg", "Limerick IWG", "--member", "Tusla"],
     "Error: give either --iwg or a list of members (--member, --members), not both\n"),
    (["--profile", "iwgg"],
     "Error: 'iwgg' is neither a built-in profile (iwg, capacity-building) nor a profile file; "
     "did you mean 'iwg'?\n"),
])
@pytest.mark.parametrize("command", ["gaps", "recommend"])
def test_an_unusable_scope_or_profile_exits_2_with_one_line(book, command, args, stderr):
    result = run(command, book, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", stderr)


def test_a_profile_file_with_a_mistake_exits_2_naming_file_and_key(book, tmp_path):
    profile = tmp_path / "my-iwg.toml"
    profile.write_text("[sectors]\npublic = 1\n[rules]\nmax_sector_share = 60\n", "utf-8")
    result = run("gaps", book, "--profile", profile)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {profile}: the profile key 'rules.max_sector_share' must be a share above 0 and "
        "at most 1 (0.6 means 60%), not 60\n")


def test_an_edited_profile_file_is_used(book, tmp_path):
    profile = tmp_path / "health.toml"
    profile.write_text('[profile]\nname = "health check"\n[themes]\nhealth = 1\n', "utf-8")
    result = run("gaps", book, "--iwg", "Limerick IWG", "--profile", profile)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:5] == [
        "Gaps of the IWG 'Limerick IWG' (6 members) against the profile 'health check'.",
        "",
        "Missing (1):",
        "  - Nobody in the group works on health.",
        "",
    ]


def test_import_errors_exit_1_and_the_report_is_still_printed(make_workbook):
    book = make_workbook(Stakeholders=[*STAKEHOLDERS, ["Garda", "pubic", None, None, None, None, None]],
                         Relationships=RELATIONSHIPS)
    result = run("gaps", book, "--iwg", "Limerick IWG")
    assert result.exit_code == 1
    assert result.stdout.startswith("Gaps of the IWG 'Limerick IWG' (6 members)")
    assert result.stderr == ("Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")
    data = json.loads(run("recommend", book, "--iwg", "Limerick IWG", "--format", "json").stdout)
    assert data["import_errors"] == 1


def test_recommend_says_whom_to_call_first_and_who_introduces_them(book):
    result = run("recommend", book, "--iwg", "Limerick IWG")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[3] == (
        "Call first: Dell Ireland — closes size, sector:private, level:regional and "
        "ties:civil_society-private; helps theme:health; already works with Doras; Doras can "
        "introduce them (Doras → Dell Ireland).")


def test_recommend_with_a_size_lists_the_chosen_invitees(book):
    result = run("recommend", book, "--iwg", "Limerick IWG", "--size", "2")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-4:] == [
        "Best 2 to invite (greedy cover of sector × theme × level, weighted by reach = "
        "organisations within two steps):",
        "  1. Dell Ireland — covers sector:private, theme:health, level:regional, "
        "private/employment/regional, private/health/regional; reaches 4 organisations; closes size, "
        "sector:private, level:regional and ties:civil_society-private",
        "  2. HSE Mid-West — covers public/health/regional; reaches 2 organisations; closes size and "
        "level:regional",
        "After these invitations, still open: isolated_members.",
    ]


def test_recommend_json_and_a_size_below_1_is_a_usage_error(book):
    data = json.loads(run("recommend", book, "--iwg", "Limerick IWG", "--format", "json").stdout)
    assert data["schema_version"] == 1
    assert [c["name"] for c in data["candidates"]] == ["Dell Ireland", "HSE Mid-West"]
    assert data["unclosable"] == ["ties:private-public", "isolated_members"]
    assert (data["selection"], data["open_after_selection"]) == ([], None)
    result = run("recommend", book, "--size", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--size'" in result.stderr


def test_recommend_for_the_whole_mapping_advises_recruiting_from_outside(book):
    result = run("recommend", book)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        "Recommendations for the whole mapping (8 stakeholders), profile 'iwg'.",
        "Open requirements: isolated_members.",
        "",
        "For the whole mapping every stakeholder already counts as a member, so nobody inside it "
        "can be invited: close these gaps by recruiting from outside the mapping, or, for missing "
        "ties, by bringing stakeholders together:",
    ]


@pytest.mark.parametrize("command", ["gaps", "recommend"])
def test_each_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "--profile FILE" in result.stdout and "--iwg NAME" in result.stdout


EXAMPLE = Path(__file__).parents[1] / "examples" / "limerick_iwg_en.xlsx"


def test_the_example_iwg_lacks_private_sector_health_regional_level_and_ties_one_member():
    result = run("gaps", EXAMPLE, "--iwg", "shannonmouth city iwg")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[:13] == [
        "Gaps of the IWG 'Shannonmouth City IWG' (19 members) against the profile 'iwg' "
        "(Integration Working Group (the Limerick IWG model)).",
        "",
        "Missing (5):",
        "  - The group has no private-sector member.",
        "  - Nobody in the group works on health.",
        "  - Nobody in the group works at regional level.",
        "  - No civil-society member has a tie to a private-sector member.",
        "  - No private-sector member has a tie to a public-sector member.",
        "",
        "Weak (2):",
        "  - Shannonmouth Polish Association has no tie to another member.",
        "  - The civil society sector holds 68% of the members (13 of 19); more than 60% is weak balance.",
        "",
    ]


def test_the_example_iwg_is_told_whom_to_call_and_who_introduces_them():
    result = run("recommend", EXAMPLE, "--iwg", "Shannonmouth City IWG", "--format", "json")
    data = json.loads(result.stdout)
    assert data["open"] == ["sector:private", "theme:health", "level:regional",
                            "ties:civil_society-private", "ties:private-public", "isolated_members",
                            "balance"]
    first = data["candidates"][0]
    # the lone member's own partner brings the private sector, regional level and its first tie
    assert (first["name"], first["sector"], first["closes"]) == (
        "Atlantic Meats Ltd", "private",
        ["sector:private", "level:regional", "ties:civil_society-private", "isolated_members"])
    assert first["introducers"] == [["Shannonmouth Polish Association", "Atlantic Meats Ltd"]]
    assert data["unclosable"] == []
