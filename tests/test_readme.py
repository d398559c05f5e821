"""The README is documentation that runs: its Python example works, and the
commands it starts with exist."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).parents[1] / "README.md").read_text("utf-8")


def test_the_python_examples_run(monkeypatch):
    monkeypatch.chdir(Path(__file__).parents[1])
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_the_readme_starts_with_the_two_commands():
    first = re.findall(r"```bash\n(.*?)\n```", README, flags=re.S)[:2]
    venv = "python3 -m venv .venv && . .venv/bin/activate && "
    assert first[0] == venv + "pip install . && stakegraph demo -o demo-output"
    assert venv + 'pip install -e ".[test]" && python3 -m pytest' in first[1]
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text("utf-8")
    # CI installs as the README says, in the same kind of environment, and runs its test command
    for step in ("\npython3 -m venv .venv\n", "\n. .venv/bin/activate\n",
                 '\npython3 -m pip install -q -e ".[test]"\n', "\npython3 -m pytest\n"):
        assert step in ci
