"""No command writes over what it reads.

``analyze BOOK -o BOOK`` (or ``./BOOK``, a symbolic link or a hard link to
it), ``export FOLDER -o FOLDER/``, ``map FOLDER -o FOLDER/map.html``: each stops
before writing anything, names the output and the input, exits 2, and the
input keeps every byte. ``template`` replaces an existing file only with
``--overwrite``, and never one that holds data.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakegraph.cli import main
from stakegraph.errors import StakegraphError
from stakegraph.jobs.demo import demo
from tests.conftest import write_workbook

PEOPLE = [["name", "sector"], ["City Council", "public"], ["Doras", "NGO"], ["Dell", "private"]]
TIES = [["source", "target"], ["City Council", "Doras"]]
SAME = "(the same file, whatever the path or link), which would be lost; write to another name"


def fingerprint(path: Path) -> dict[str, str]:
    """The bytes of a file, or of every file in a folder, as hashes by name."""
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    return {str(f): hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()}


def book_named(folder: Path, name: str) -> Path:
    """A small mapping saved as an xlsx under ``name`` (stakegraph reads by content)."""
    return write_workbook(folder / name, {"Stakeholders": PEOPLE, "Relationships": TIES})


def csv_mapping(folder: Path) -> Path:
    folder.mkdir()
    (folder / "Stakeholders.csv").write_text("name,sector\nCity Council,public\nDoras,NGO\n", "utf-8")
    (folder / "Relationships.csv").write_text("source,target\nCity Council,Doras\n", "utf-8")
    return folder


#: command -> (the input's file name, the arguments given that input and the output)
COMMANDS = {
    "analyze": ("book.xlsx", lambda i, o: ["analyze", i, "-o", o]),
    "analyze json": ("book.json", lambda i, o: ["analyze", i, "-o", o]),
    "export kumu": ("book.kumu.xlsx", lambda i, o: ["export", i, "-o", o]),
    "export graphml": ("book.graphml", lambda i, o: ["export", i, "-o", o]),
    "map": ("book.html", lambda i, o: ["map", i, "-o", o]),
    "diff after": ("after.html", lambda i, o: ["diff", i, i, "-o", o]),
}

# how the output may name the input: the same text, a relative path, a symbolic link, a hard link

def same_path(book: Path) -> str:
    return str(book)


def relative_path(book: Path) -> str:
    return os.path.join(".", "sub", "..", book.name)


def symbolic_link(book: Path) -> str:
    link = book.with_name("link-" + book.name)
    link.symlink_to(book)
    return str(link)


def hard_link(book: Path) -> str:
    link = book.with_name("hard-" + book.name)
    os.link(book, link)
    return str(link)


#: every way the output may name the input
ROUTES = [same_path, relative_path, symbolic_link, hard_link]


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.__name__)
@pytest.mark.parametrize("command", COMMANDS)
def test_an_output_that_is_the_input_is_refused_before_anything_is_written(runner,
        command, route, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    name, arguments = COMMANDS[command]
    book = book_named(tmp_path, name)
    before = fingerprint(book)
    out = route(book)
    result = runner(*arguments(book, out))
    assert result.exit_code == 2
    assert result.stderr == f"Error: will not write '{out}': it is the input '{book}' {SAME}\n"
    assert result.stdout == ""
    assert fingerprint(book) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_diff_refuses_to_draw_over_the_earlier_round_too(runner, tmp_path):
    before_round = book_named(tmp_path, "round1.html")
    after_round = book_named(tmp_path, "round2.xlsx")
    result = runner("diff", before_round, after_round, "-o", before_round)
    assert result.exit_code == 2
    assert result.stderr == f"Error: will not write '{before_round}': it is the input '{before_round}' {SAME}\n"


def test_analyze_refuses_to_write_over_its_profile(runner, tmp_path):
    book = book_named(tmp_path, "book.xlsx")
    profile = tmp_path / "profile.json"  # a TOML profile under an odd name
    profile.write_text('name = "mine"\n', "utf-8")
    result = runner("analyze", book, "--profile", profile, "-o", profile)
    assert result.exit_code == 2
    assert result.stderr == f"Error: will not write '{profile}': it is the input '{profile}' {SAME}\n"
    assert profile.read_text("utf-8") == 'name = "mine"\n'


@pytest.mark.parametrize("out", ["mapping/", "mapping.csv", "./mapping.csv", "sub/../mapping/"])
def test_a_csv_export_into_its_own_input_folder_is_refused(runner, out, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = csv_mapping(tmp_path / "mapping")
    before = fingerprint(folder)
    (tmp_path / "sub").mkdir()
    result = runner("export", "mapping", "-o", out)
    assert result.exit_code == 2
    shown = out.rstrip("/") if out.startswith("sub") else "mapping"  # the folder the export fills
    assert result.stderr == f"Error: will not write '{shown}': it is the input 'mapping' {SAME}\n"
    assert fingerprint(folder) == before


@pytest.mark.parametrize("command, out", [
    ("map", "mapping/map.html"), ("analyze", "mapping/report.xlsx"),
    ("export", "mapping/net.graphml"), ("export", "mapping/inner.csv"),
])
def test_an_output_inside_a_csv_folder_input_is_refused(runner, command, out, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = csv_mapping(tmp_path / "mapping")
    before = fingerprint(folder)
    result = runner(command, "mapping", "-o", out)
    assert result.exit_code == 2
    shown = out[:-len(".csv")] if out.endswith(".csv") else out
    assert result.stderr == (f"Error: will not write '{shown}': it is inside the input folder 'mapping', "
                             "whose CSV files are the workbook; write outside that folder\n")
    assert fingerprint(folder) == before


def test_a_csv_export_refuses_to_replace_the_folder_that_holds_its_input(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = csv_mapping(tmp_path / "mapping")
    before = fingerprint(folder)
    result = runner("export", "mapping/Stakeholders.csv", "-o", "mapping.csv")
    assert result.exit_code == 2
    assert result.stderr == ("Error: will not replace the folder 'mapping': it holds the input "
                             "'mapping/Stakeholders.csv', which would be lost; write to another folder\n")
    assert fingerprint(folder) == before


def test_a_csv_export_never_empties_a_folder_holding_other_files(runner, tmp_path):
    book = book_named(tmp_path, "book.xlsx")
    out = tmp_path / "exports"
    out.mkdir()
    (out / "notes.txt").write_text("keep me\n", "utf-8")
    result = runner("export", book, "-o", f"{out}/")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: will not replace the folder '{out}': it holds 'notes.txt', which "
                             "stakegraph did not write; write to a new or empty folder\n")
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_a_csv_export_replaces_its_own_earlier_export(runner, tmp_path):
    book = book_named(tmp_path, "book.xlsx")
    assert runner("export", book, "-o", tmp_path / "net.csv").exit_code == 0
    (tmp_path / "net" / "Stakeholders.csv").write_text("stale\n", "utf-8")
    assert runner("export", book, "-o", tmp_path / "net.csv").exit_code == 0
    assert "Doras" in (tmp_path / "net" / "Stakeholders.csv").read_text("utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.xlsx", "net"]


def test_demo_refuses_a_book_that_one_of_its_outputs_would_replace(tmp_path):
    book = book_named(tmp_path, "report.xlsx")
    before = fingerprint(book)
    with pytest.raises(StakegraphError) as caught:
        demo(tmp_path, book=book, picture=False)
    assert caught.value.code == "output-is-input"
    assert fingerprint(book) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


# ---- template: an existing file needs --overwrite, and a filled-in one is never replaced

def test_template_refuses_an_existing_file_without_overwrite(runner, tmp_path):
    out = tmp_path / "mapping.xlsx"
    assert runner("template", out).exit_code == 0
    before = fingerprint(out)
    result = runner("template", out, "--lang", "it")
    assert result.exit_code == 2
    # --lang is the language of what the command says, too
    assert result.stderr.endswith(f"\nErrore: «{out}» esiste già; aggiungete --overwrite per sostituirlo con un "
                                  "modello vuoto\n")
    assert result.stderr.startswith("Uso: ")
    assert fingerprint(out) == before


def test_template_overwrite_replaces_a_blank_template(runner, tmp_path):
    out = tmp_path / "mapping.xlsx"
    runner("template", out)
    result = runner("template", out, "--lang", "it", "--overwrite")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Salvato {out}: fogli Attori, ")


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.__name__)
def test_template_never_replaces_a_workbook_that_holds_data_even_with_overwrite(runner, route, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    book = book_named(tmp_path, "mapping.xlsx")
    before = fingerprint(book)
    out = route(book)
    result = runner("template", out, "--overwrite")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: will not replace '{out}' with a blank template, even when asked to "
                             "overwrite it: it has 3 filled rows in the sheet 'Stakeholders'; write the template to "
                             "another name\n")
    assert fingerprint(book) == before


def test_template_never_replaces_a_file_it_cannot_read(runner, tmp_path):
    out = tmp_path / "mapping.xlsx"
    out.write_bytes(b"PK\x03\x04 not really a workbook")
    result = runner("template", out, "--overwrite")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: will not replace '{out}' with a blank template, even when "
                                    "asked to overwrite it: it cannot be read as a workbook (")
    assert out.read_bytes() == b"PK\x03\x04 not really a workbook"


# ---- the property: whatever the workbook and whichever of its inputs is named as output

#: names with at least one letter (a row of blanks is no data, and template may replace it)
NAMES = st.tuples(st.text(alphabet=" =+-@\u200b", max_size=3), st.sampled_from("ABCdéf"),
                  st.text(alphabet="ABCdéf =+-@\u200b", max_size=5)).map("".join)
SECTORS = st.sampled_from(["public", "private", "NGO", "pubic", ""])
#: command -> the input's file name and the arguments, as in COMMANDS, for a folder too
PROPERTY_COMMANDS = [*COMMANDS.values(), ("mapping", lambda i, o: ["export", i, "-o", f"{o}/"]),
                     ("mapping", lambda i, o: ["map", i, "-o", os.path.join(o, "map.html")]),
                     ("mapping.xlsx", lambda i, o: ["template", o, "--overwrite"])]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(NAMES, SECTORS), min_size=1, max_size=6),
       command=st.sampled_from(PROPERTY_COMMANDS), route=st.sampled_from(ROUTES),
       relative=st.booleans())
def test_no_command_changes_an_input_byte_whatever_the_workbook_and_the_output(runner,
        people, command, route, relative):
    name, arguments = command
    with TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "sub").mkdir()
        rows = [["name", "sector"], *map(list, people)]
        if name == "mapping":
            book = root / "mapping"
            book.mkdir()
            (book / "Stakeholders.csv").write_text("\n".join(",".join(r) for r in rows) + "\n", "utf-8")
            if route is hard_link:
                route = same_path  # a folder cannot be hard-linked
        else:
            book = write_workbook(root / name, {"Stakeholders": rows})
        before = fingerprint(book)
        out = route(book)
        cwd = os.getcwd()
        os.chdir(root)
        try:
            result = runner(*arguments(book.name if relative else book, out))
        finally:
            os.chdir(cwd)
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("Error: will not ")
        assert fingerprint(book) == before


def test_a_built_in_profile_name_is_no_input_even_where_a_folder_has_that_name(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    book = book_named(tmp_path, "book.xlsx")
    (tmp_path / "iwg").mkdir()
    result = runner("analyze", book, "--profile", "iwg", "-o", "iwg/report.json")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "iwg" / "report.json").exists()


def test_evaluate_and_tables_never_write_over_their_inputs(tmp_path):
    """The annex and the seating are written only beside their inputs, never over one."""
    import shutil



    examples = Path(__file__).parents[2] / "examples"
    before, after = (shutil.copy(examples / "before_after" / f"round{i}.xlsx", tmp_path / f"round{i}.xlsx")
                     for i in (1, 2))
    kept = {p: p.read_bytes() for p in (before, after)}
    annex = CliRunner().invoke(main, ["evaluate", str(before), str(after), "-o", str(after),
                                      "--permutations", "19"])
    seating = CliRunner().invoke(main, ["tables", str(before), "--iwg", "nobody", "--tables", "2",
                                        "-o", str(tmp_path / "." / "round1.xlsx")])
    assert (annex.exit_code, seating.exit_code) == (2, 2)
    assert "it is the input" in annex.stderr and "it is the input" in seating.stderr
    assert {p: p.read_bytes() for p in kept} == kept
