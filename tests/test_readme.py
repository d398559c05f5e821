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
    assert first[0] == "pip install . && stakegraph demo -o demo-output"
    assert first[1].endswith("python3 -m pytest")
    ci = (Path(__file__).parents[1] / ".ci" / "run").read_text("utf-8")
    assert "\npython3 -m pytest\n" in ci
