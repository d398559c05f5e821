"""``stakegraph --help`` and ``--version`` answer at once: the command line
loads the analysis libraries only when a command runs. Checked by what is
imported, not by the clock (speed is never asserted in a unit test)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "networkx", "openpyxl", "igraph", "scipy", "numpy", "python_calamine", "pyvis")


def imported_after(*args: str) -> set[str]:
    code = ("import sys\nfrom stakegraph.cli import main\n"
            f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
            "print(' '.join(sorted(m for m in sys.modules if '.' not in m)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split()[-1000:])


def test_help_and_version_load_no_analysis_library():
    for args in (["--help"], ["--version"], ["map", "--help"], ["analyze", "--help"]):
        assert imported_after(*args) & set(HEAVY) == set(), args


def test_a_command_that_runs_loads_what_it_needs(tmp_path):
    out = tmp_path / "template.xlsx"
    assert {"openpyxl"} <= imported_after("template", str(out))
    assert out.exists()


def test_the_model_names_its_exports_once_and_each_loads():
    import stakegraph.model as model

    assert sorted(model.__all__) == sorted(model._HOME)
    for name in model.__all__:
        assert getattr(model, name) is not None


def test_the_front_door_loads_nothing_heavy_until_a_verb_is_used():
    code = ("import sys, stakegraph\nbefore = {m for m in sys.modules if '.' not in m}\n"
            "stakegraph.find_gaps\nafter = {m for m in sys.modules if '.' not in m}\n"
            "print(' '.join(sorted(before)), '|', ' '.join(sorted(after)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = (set(part.split()) for part in done.stdout.split("|"))
    assert before & set(HEAVY) == set()
    assert "networkx" in after


def test_the_front_door_names_each_verb_once_and_each_loads():
    import stakegraph
    from stakegraph.jobs.book import open_book
    from stakegraph.jobs.map import draw_map

    assert sorted(stakegraph.__all__) == sorted([*stakegraph._HOME, "__version__"])
    assert stakegraph.load is open_book and stakegraph.draw_map is draw_map
    for name in stakegraph._HOME:
        assert callable(getattr(stakegraph, name))
