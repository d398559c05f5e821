"""The README is documentation that runs: its Python example works, and the
commands it starts with exist."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")


def test_the_python_examples_run(monkeypatch):
    monkeypatch.chdir(Path(__file__).parents[1])
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_the_notebook_example_runs_as_shown(tmp_path, monkeypatch):
    """The front door's example, run as a doctest in a fresh folder beside the examples."""
    (tmp_path / "examples").symlink_to(Path(__file__).parents[1] / "examples")
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"```pycon\n(.*?)```", README, flags=re.S)
    assert blocks
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README-{i}", "README.md", 0))
    assert runner.summarize(verbose=False).failed == 0
    assert (tmp_path / "map.html").exists() and (tmp_path / "network.graphml").exists()


def test_the_readme_starts_with_the_two_commands():
    first = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)[:2]
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert first[0] == venv + "pip install . && stakegraph demo -o demo-output"
    assert venv + 'pip install -e ".[test]" && python3 -m pytest' in first[1]
    test_command = first[1].rsplit(" && ", 1)[1]
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text("utf-8")
    # CI installs as the README says, in the same kind of environment, and runs its test command
    for step in ("\npython3 -m venv .venv\n", "\n. .venv/bin/activate\n",
                 '\npython3 -m pip install -q -e ".[test]"\n', f"\n{test_command}\n"):
        assert step in ci


def test_the_validate_example_is_what_validate_prints(make_workbook, monkeypatch):
    import json

    from click.testing import CliRunner

    from stakegraph.cli import main

    book = make_workbook(name="mapping.xlsx", Stakeholders=[
        ["Mapping of Shannonmouth, autumn 2026"],
        ["name", "sector", "influence"],
        ["City Council", "public", 5],
        ["Doras", "NGO", 3],
        ["Welcome Point", "pubic", 9],
        ["DORAS", "NGO", 3],
        ["Dell Ireland", "private", 2],
    ], IWGs=[["iwg", "stakeholder"], ["Shannonmouth IWG", "Doras"], ["Shannonmouth IWG", "City Council"]],
        Relationships=[["source", "target", "type"], ["Doras", "City Council", "partnership"],
                       ["Doras", "Welcome Piont", "collaboration"], ["Dell Ireland", "Doras", "colaboration"]])
    monkeypatch.chdir(book.parent)
    shown = re.search(r"```text\n\$ stakegraph validate mapping.xlsx\n(.*?)```", README, flags=re.S)
    assert shown
    result = CliRunner().invoke(main, ["validate", "mapping.xlsx"])
    assert result.exit_code == 1
    assert result.stdout == shown.group(1)
    sample = re.search(r"`--format json` prints:\n\n```json\n(.*?)```", README, flags=re.S)
    assert sample
    documented = json.loads(sample.group(1))
    printed = json.loads(CliRunner().invoke(main, ["validate", "mapping.xlsx", "--format", "json"]).stdout)
    assert {k: printed[k] for k in ("schema_version", "file", "layout", "ok", "counts")} == {
        k: documented[k] for k in ("schema_version", "file", "layout", "ok", "counts")}
    assert printed["accounting"][0] == documented["accounting"][0]
    assert printed["problems"][0] == documented["problems"][0]


def test_the_commands_shown_on_the_examples_run():
    import shlex

    from click.testing import CliRunner

    from stakegraph.cli import main

    blocks = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)[2:]
    commands = [shlex.split(line) for block in blocks for line in block.replace("\\\n", " ").splitlines()
                if line.startswith("stakegraph ")]
    assert commands
    root = Path(__file__).parents[1]
    for words in commands:
        assert "-o" not in words, "a README example that writes a file needs its own test"
        result = CliRunner().invoke(main, [w if not w.startswith("examples/") else str(root / w)
                                           for w in words[1:]])
        assert result.exit_code == 0, (words, result.output)


def test_the_commands_summary_names_every_option_of_every_command():
    import click

    from stakegraph.cli import main

    block = README.split("## Commands\n\n```\n")[1].split("```")[0]
    lines: dict[str, str] = {}
    name = ""
    for line in block.splitlines():
        if line.startswith("stakegraph "):
            name = line.split()[1]
        lines[name] = lines.get(name, "") + line
    assert sorted(lines) == sorted(main.commands)
    for command, cmd in main.commands.items():
        for param in cmd.params:
            if isinstance(param, click.Option):
                for opt in param.opts + param.secondary_opts:
                    if opt.startswith("--") and opt != "--output":
                        assert opt in lines[command], (command, opt)


def test_the_analyze_example_is_how_analyze_begins():
    from click.testing import CliRunner

    from stakegraph.cli import main

    shown = re.search(r"read aloud \(`stakegraph analyze examples/limerick_iwg_en.xlsx`\):\n\n```text\n(.*?)```",
                      README, flags=re.S)
    assert shown
    example = Path(__file__).parents[1] / "examples" / "limerick_iwg_en.xlsx"
    printed = CliRunner().invoke(main, ["analyze", str(example)]).stdout
    assert printed.startswith(shown.group(1))


def test_the_recommend_example_is_what_recommend_and_the_demo_say():
    from click.testing import CliRunner

    from stakegraph.cli import main

    shown = re.search(r"each candidate's line says how it adds up:\n\n```text\n(.*?)\n```", README, flags=re.S)
    assert shown
    root = Path(__file__).parents[1]
    printed = CliRunner().invoke(main, ["recommend", str(root / "examples" / "limerick_iwg_en.xlsx"),
                                        "--iwg", "Shannonmouth City IWG", "--size", "5"]).stdout
    assert shown.group(1) in printed.splitlines()
    assert shown.group(1) in (root / "examples" / "output" / "gaps.txt").read_text("utf-8").splitlines()


def test_the_spanish_example_is_what_validate_prints():
    from click.testing import CliRunner

    from stakegraph.cli import main

    block = README.split("## Languages: `--lang`")[1].split("```console\n")[1].split("```")[0]
    command, *shown = block.splitlines()
    words = command.removeprefix("$ stakegraph ").split()
    root = Path(__file__).parents[1]
    result = CliRunner().invoke(main, [str(root / w) if w.startswith("examples/") else w for w in words])
    assert result.stdout.replace(str(root / words[-1]), words[-1]).splitlines() == shown
