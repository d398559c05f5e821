"""``stakegraph gaps`` and ``stakegraph recommend``: the sentences a
coordinator reads, the JSON a program reads, and the exit status (0 done,
1 the workbook has errors, 2 the profile, the IWG or a name is unusable)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from stakegraph.render.report.recommend import DIFFERS

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


def test_gaps_of_an_iwg_end_with_every_requirement_in_a_table(runner, book):
    result = runner("gaps", book, "--iwg", "limerick iwg")
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[10:12] == ["  - The group has 6 members; the profile asks for at least 7.",
                            "  - Sudanese Community has no tie to another member."]
    table = lines[lines.index("requirement                   status   have  need  evidence"):]
    assert len(table) == 2 + 19
    assert table[2] == "group size                    weak        6     7", "each requirement in words, not its id"
    assert "employment theme              met         2     1  Doras, Limerick ETB" in table
    assert "lone members                  weak        1     0  Sudanese Community" in table


def test_gaps_json_is_the_documented_document(runner, book):
    result = runner("gaps", book, "--iwg", "Limerick IWG", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data) == ["schema_version", "import", "scope", "profile", "summary", "requirements"]
    assert data["scope"]["members"] == ["Limerick City Council", "Limerick ETB", "Tusla", "Doras",
                                        "Novas", "Sudanese Community"]
    assert {r["id"]: r["status"] for r in data["requirements"] if r["status"] != "met"} == {
        "size": "weak", "sector:private": "missing", "theme:health": "missing",
        "level:regional": "missing", "ties:civil_society-private": "missing",
        "ties:private-public": "missing", "isolated_members": "weak"}


def test_a_proposed_group_from_names_and_a_file(runner, book, tmp_path):
    names = tmp_path / "proposed.txt"
    names.write_text("# a group that does not exist yet\nDell Ireland\nhse mid-west\n", "utf-8")
    result = runner("gaps", book, "--members", names, "--member", "Doras", "--profile",
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
    (["--profile", "iwgg"],
     "Error: 'iwgg' is neither a built-in profile (iwg, capacity-building) nor a profile file; "
     "did you mean 'iwg'?\n"),
])
@pytest.mark.parametrize("command", ["gaps", "recommend"])
def test_an_unusable_scope_or_profile_exits_2_with_one_line(runner, book, command, args, stderr):
    result = runner(command, book, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", stderr)


@pytest.mark.parametrize("command", ["gaps", "recommend"])
@pytest.mark.parametrize("group", [["--member", "Tusla"], ["--members", __file__]])
def test_an_iwg_and_a_member_list_together_are_a_usage_error_naming_both(runner, book, command, group):
    result = runner(command, book, "--iwg", "Limerick IWG", *group)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == ("Error: --iwg and --member/--members cannot be used together: "
                                              "a gap analysis judges one group, an IWG or a list")


def test_a_profile_file_with_a_mistake_exits_2_naming_file_and_key(runner, book, tmp_path):
    profile = tmp_path / "my-iwg.toml"
    profile.write_text("[sectors]\npublic = 1\n[rules]\nmax_sector_share = 60\n", "utf-8")
    result = runner("gaps", book, "--profile", profile)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {profile}: the profile key 'rules.max_sector_share' must be a share above 0 and "
        "at most 1 (0.6 means 60%), not 60\n")


def test_an_edited_profile_file_is_used(runner, book, tmp_path):
    profile = tmp_path / "health.toml"
    profile.write_text('[profile]\nname = "health check"\n[themes]\nhealth = 1\n', "utf-8")
    result = runner("gaps", book, "--iwg", "Limerick IWG", "--profile", profile)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:5] == [
        "Gaps of the IWG 'Limerick IWG' (6 members) against the profile 'health check'.",
        "",
        "Missing (1):",
        "  - Nobody in the group works on health.",
        "",
    ]


def test_import_errors_exit_1_and_the_report_is_still_printed(runner, make_workbook):
    book = make_workbook(Stakeholders=[*STAKEHOLDERS, ["Garda", "pubic", None, None, None, None, None]],
                         Relationships=RELATIONSHIPS)
    result = runner("gaps", book, "--iwg", "Limerick IWG")
    assert result.exit_code == 1
    assert result.stdout.startswith("Gaps of the IWG 'Limerick IWG' (6 members)")
    assert result.stderr == ("Warning: the workbook has 1 error (run `stakegraph validate` to see it): rows and ties "
                             "in error are left out, and a stakeholder whose sector is missing or unknown "
                             "counts as 'unknown'.\n")
    data = json.loads(runner("recommend", book, "--iwg", "Limerick IWG", "--format", "json").stdout)
    assert data["import"] == {"ok": False, "errors": 1, "warnings": 0}


def test_recommend_says_whom_to_call_first_and_who_introduces_them(runner, book):
    result = runner("recommend", book, "--iwg", "Limerick IWG")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[4] == (
        "Call first: Dell Ireland — brings a 7th member, the private sector, regional level, and a "
        "tie between civil society and the private sector; adds work on health from a first sector; "
        "already works with Doras; Doras can introduce them (Doras → Dell Ireland); score 24 = group "
        "size weak 0.5 + private sector missing 20 + health theme narrowed 0.5 + regional level "
        "missing 1 + civil society–private ties missing 2.")


def test_recommend_with_a_size_lists_the_chosen_invitees(runner, book):
    result = runner("recommend", book, "--iwg", "Limerick IWG", "--size", "2")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-4:] == [
        "Best 2 to invite, each in turn the one whose score is highest with those chosen before it "
        "already in the group, then reach, then name; once nobody closes or narrows anything, the one "
        "bringing the most sectors, themes, levels and combinations of them still lacking (reach: the "
        "organisations within two steps):",
        "  1. Dell Ireland — brings a 7th member, the private sector, regional level, and a tie between "
        "civil society and the private sector; adds work on health from a first sector; reaches 4 "
        "organisations; score 24 = group size weak 0.5 + private sector missing 20 + health theme "
        "narrowed 0.5 + regional level missing 1 + civil society–private ties missing 2",
        # Dell already brought the 7th member and regional level; HSE makes health two-sector
        # and ties the private sector (Dell) to the public one
        "  2. HSE Mid-West — brings work on health from another sector and a tie between the private "
        "and public sectors; reaches 2 organisations; score 2.5 = health theme weak 0.5 + "
        "private–public ties missing 2",
        "After these invitations, the group would still need a tie for a member who has none.",
    ]
    data = json.loads(runner("recommend", book, "--iwg", "Limerick IWG", "--size", "2",
                          "--format", "json").stdout)
    assert [(s["name"], s["closes"]) for s in data["selection"]] == [
        ("Dell Ireland", ["size", "sector:private", "level:regional", "ties:civil_society-private"]),
        ("HSE Mid-West", ["theme:health", "ties:private-public"])]
    assert data["open_after_selection"] == ["isolated_members"]


def test_recommend_json_and_a_size_below_1_is_a_usage_error(runner, book):
    data = json.loads(runner("recommend", book, "--iwg", "Limerick IWG", "--format", "json").stdout)
    assert data["schema_version"] == 1
    assert [c["name"] for c in data["candidates"]] == ["Dell Ireland", "HSE Mid-West"]
    assert data["unclosable"] == ["ties:private-public", "isolated_members"]
    assert (data["selection"], data["open_after_selection"]) == ([], None)
    result = runner("recommend", book, "--size", "0")
    assert result.exit_code == 2
    assert "Invalid value for '--size'" in result.stderr


def test_recommend_for_the_whole_mapping_advises_recruiting_from_outside(runner, book):
    result = runner("recommend", book)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        "Recommendations for the whole mapping (8 stakeholders), profile 'iwg'.",
        "The mapping still needs a tie for a stakeholder who has none.",
        "",
        "For the whole mapping every stakeholder already counts as a member, so nobody inside it "
        "can be invited: close these gaps by recruiting from outside the mapping, or, for missing "
        "ties, by bringing stakeholders together:",
    ]


@pytest.mark.parametrize("command", ["gaps", "recommend"])
def test_each_command_has_help(runner, command):
    result = runner(command, "--help")
    assert result.exit_code == 0
    assert "--profile FILE" in result.stdout and "--iwg NAME" in result.stdout


EXAMPLE = Path(__file__).parents[2] / "examples" / "limerick_iwg_en.xlsx"


def test_the_example_iwg_lacks_private_sector_health_regional_level_and_ties_one_member(runner):
    result = runner("gaps", EXAMPLE, "--iwg", "shannonmouth city iwg")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines()[:13] == [
        "Gaps of the IWG 'Shannonmouth City IWG' (19 members) against the profile 'iwg' "
        "(Integration Working Group on the Limerick model).",
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


def test_the_example_iwg_is_told_whom_to_call_and_who_introduces_them(runner):
    result = runner("recommend", EXAMPLE, "--iwg", "Shannonmouth City IWG", "--format", "json")
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


def test_one_of_anything_is_said_in_the_singular(runner, make_workbook, tmp_path):
    book = make_workbook(
        Stakeholders=[["name", "sector", "level", "themes", "iwg"],
                      ["Council", "public", "local", "employment", "Tiny IWG"],
                      ["Dell", "private", "regional", "employment", None]],
        Relationships=[["source", "target"], ["Council", "Dell"]])
    profile = tmp_path / "tiny.toml"
    profile.write_text('[profile]\nname = "tiny"\n[size]\nmin = 3\n[sectors]\npublic = 1\nprivate = 1\n'
                       '[levels]\nregional = 1\n', "utf-8")
    gaps = runner("gaps", book, "--iwg", "Tiny IWG", "--profile", profile).stdout.splitlines()
    assert gaps[:8] == [
        "Gaps of the IWG 'Tiny IWG' (1 member) against the profile 'tiny'.",
        "",
        "Missing (2):",
        "  - The group has no private-sector member.",
        "  - Nobody in the group works at regional level.",
        "",
        "Weak (1):",
        "  - The group has 1 member; the profile asks for at least 3.",
    ]
    advice = runner("recommend", book, "--iwg", "Tiny IWG", "--profile", profile, "--size", "1").stdout
    assert advice.splitlines() == [
        "Recommendations for the IWG 'Tiny IWG' (1 member), profile 'tiny'.",
        "The group still needs 2 more members, the private sector and regional level.",
        "",
        "Scores add up what a candidate closes or narrows; closing a missing requirement is worth, by "
        "kind: group size 1, sector 1, level 1; a weak one counts 0.5 of that.",
        # one more member of the 2 lacking: half the weak size's cost of 1 × 0.5
        "Call first: Dell — brings the private sector and regional level; brings the group closer to "
        "the 3 members the profile asks for; already works with Council; Council can introduce them "
        "(Council → Dell); score 2.25 = group size narrowed 0.25 + private sector missing 1 + regional "
        "level missing 1.",
        "",
        "Best 1 to invite, each in turn the one whose score is highest with those chosen before it "
        "already in the group, then reach, then name; once nobody closes or narrows anything, the one "
        "bringing the most sectors, themes, levels and combinations of them still lacking (reach: the "
        "organisations within two steps):",
        "  1. Dell — brings the private sector and regional level; brings the group closer to the 3 "
        "members the profile asks for; reaches 1 organisation; score 2.25 = group size narrowed 0.25 + "
        "private sector missing 1 + regional level missing 1",
        "After these invitations, the group would still need a 3rd member.",
    ]


def test_the_example_iwg_recommendations_speak_in_plain_words(runner):
    text = runner("recommend", EXAMPLE, "--iwg", "Shannonmouth City IWG", "--size", "5").stdout
    lines = text.splitlines()
    assert lines[1] == (
        "The group still needs the private sector, work on health, regional level, a tie between "
        "civil society and the private sector, a tie between the private and public sectors, a tie "
        "for a member who has none, and a more even sector balance.")
    assert lines[4] == (
        "Call first: Atlantic Meats Ltd — brings the private sector, regional level, a tie between "
        "civil society and the private sector, and a tie for a member who has none; makes the sector "
        "balance more even; already works with Shannonmouth Polish Association; Shannonmouth Polish "
        "Association can introduce them (Shannonmouth Polish Association → Atlantic Meats Ltd); "
        "score 24.2 = private sector missing 20 + regional level missing 1 + civil society–private "
        "ties missing 2 + lone members weak 1 + sector balance narrowed 0.2.")
    # every private-sector candidate ranks above the public health office that brings health
    # and the regional level: the missing sector weighs most
    assert [line.split(" — ")[0] for line in lines[6:15]] == [
        "  2. Riverside Accommodation Centre", "  3. Shannonmouth Chamber of Commerce",
        "  4. Riverbank Hotel Group", "  5. Shannon Local Radio", "  6. TechNorth Software",
        "  7. Shannonmouth Credit Union", "  8. Services Workers Union Mid-West",
        "  9. HSE Mid-West Social Inclusion Office", "  10. Mid-West Migrant Health Clinic"]
    start = next(i for i, line in enumerate(lines) if line.startswith("Best 5 to invite"))
    assert lines[start + 1:] == [
        # the first of the best set is the call above
        "  1. Atlantic Meats Ltd — brings the private sector, regional level, a tie between civil "
        "society and the private sector, and a tie for a member who has none; makes the sector balance "
        "more even; reaches 7 organisations; score 24.2 = private sector missing 20 + regional level "
        "missing 1 + civil society–private ties missing 2 + lone members weak 1 + sector balance "
        "narrowed 0.2",
        # the private sector came with Atlantic Meats: the Chamber is taken for its tie to the public one
        "  2. Shannonmouth Chamber of Commerce — brings a tie between the private and public sectors; "
        "makes the sector balance more even; reaches 11 organisations; score 2.31 = private–public "
        "ties missing 2 + sector balance narrowed 0.31",
        "  3. HSE Mid-West Social Inclusion Office — brings a more even sector balance; adds work on "
        "health from a first sector; reaches 21 organisations; score 1 = health theme narrowed 0.5 + "
        "sector balance weak 0.5",
        "  4. Mid-West Migrant Health Clinic — brings work on health from another sector; but makes the "
        "sector balance less even; reaches 25 organisations; score 0 = health theme weak 0.5 − sector "
        "balance set back 0.5",
        "  5. National Integration Office — brings a more even sector balance; reaches 25 "
        "organisations; score 0.5 = sector balance weak 0.5",
        DIFFERS,
        "After these invitations, the group would meet every requirement of the profile.",
    ]
    for code in ("sector:", "level:", "theme:", "ties:", "isolated_members", "×"):
        assert code not in text
    assert "balance" not in text.replace("sector balance", "")


def test_the_example_iwg_selection_json_closes_each_requirement_once(runner):
    data = json.loads(runner("recommend", EXAMPLE, "--iwg", "Shannonmouth City IWG", "--size", "5",
                          "--format", "json").stdout)
    assert [(s["name"], s["closes"]) for s in data["selection"]] == [
        ("Atlantic Meats Ltd", ["sector:private", "level:regional", "ties:civil_society-private",
                                "isolated_members"]),
        ("Shannonmouth Chamber of Commerce", ["ties:private-public"]),
        ("HSE Mid-West Social Inclusion Office", ["balance"]),
        # a civil-society clinic sets the balance back; the national office restores it
        ("Mid-West Migrant Health Clinic", ["theme:health"]),
        ("National Integration Office", ["balance"]),
    ]
    assert data["selection"][0]["covers"] == [
        "sector:private", "level:regional", "private/employment/regional"]
    assert data["open_after_selection"] == []
    # a candidate's closes is still what it closes invited alone
    assert {c["name"]: c["closes"] for c in data["candidates"]}["HSE Mid-West Social Inclusion Office"] == [
        "level:regional"]


def test_the_excel_gaps_sheet_says_each_requirement_as_the_text_does(runner, tmp_path):
    out = tmp_path / "r.xlsx"
    assert runner("analyze", EXAMPLE, "--iwg", "Shannonmouth City IWG", "-o", out).exit_code == 0
    book = openpyxl.load_workbook(out)
    rows = [[c.value for c in row] for row in book["Gaps"].iter_rows(min_row=4)]
    plain = {row[0]: row[4] for row in rows if row[0]}
    text = runner("gaps", EXAMPLE, "--iwg", "Shannonmouth City IWG").stdout.splitlines()
    assert [line[4:] for line in text if line.startswith("  - ")] == [
        plain[rid] for rid in ("sector:private", "theme:health", "level:regional",
                               "ties:civil_society-private", "ties:private-public",
                               "isolated_members", "balance")]
    assert plain["size"] == "The group has 19 members; the profile asks for at least 7."
    assert plain["type:local_authority"] == (
        "The group has 1 local authority (Shannonmouth City and County Council).")
    assert plain["type:statutory_agency"] == (
        "The group has 3 statutory agencies (Garda Community Engagement Unit Shannonmouth, Intreo "
        "Centre Shannonmouth, Shannonmouth Education and Training Board).")
    assert plain["level:local"].startswith("19 members work at local level (")
    assert plain["ties:civil_society-public"].startswith(
        "18 ties join civil-society and public-sector members (")
    assert not any(sentence.split(":")[0] in plain for sentence in plain.values())
    advice = [[c.value for c in row] for row in book["Recommendations"].iter_rows()]
    first = next(row for row in advice if row[0] == 1)
    assert first[1:8] == ["Atlantic Meats Ltd", "private", "employer", "regional",
                          "the private sector, regional level, a tie between civil society and the "
                          "private sector, and a tie for a member who has none",
                          "makes the sector balance more even", None]


def test_a_profile_with_several_mistakes_names_them_all_with_their_codes(runner, book, tmp_path):
    profile = tmp_path / "mine.toml"
    profile.write_text("[size]\nmin = -1\n[sectors]\npubic = 1\n", "utf-8")
    result = runner("gaps", book, "--profile", profile)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {profile}: 2 problems:\n"
        "  profile-bad-value: the profile key 'size.min' must be a whole number of at least 0, not -1\n"
        "  profile-unknown-key: the profile has an unknown key 'sectors.pubic' ('pubic' is not a sector); "
        "did you mean 'sectors.public'?\n")
