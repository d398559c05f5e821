"""Every file stakegraph writes is there whole or not at all.

A command interrupted with Ctrl-C while it writes exits 2 with "interrupted"
and leaves the previous file byte for byte (or, if the signal came after the
rename, the complete new one), and no temporary file behind. Two commands
writing different files into one folder at once both finish whole.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

from stakegraph.errors import StakegraphError
from stakegraph.io import load
from stakegraph.render.atomic import atomic_file, atomic_folder, write_text
from tests.conftest import STAKEHOLDERS, write_workbook

ROOT = Path(__file__).resolve().parents[2]
TIES = [["source", "target", "type"], ["Limerick City Council", "Doras", "funding"],
        ["Doras", "Sudanese Community Limerick", "collaboration"]]
IWGS = [["iwg", "stakeholder", "role"], ["Limerick IWG", "Doras", "chair"]]
PREVIOUS = b"the previous file, which must survive\n"

#: Python run as the command, with fsync slowed: the temporary file then
#: exists, complete but not yet renamed, for long enough to be signalled
#: (seconds; the test polls every 2 ms). When the kernel hands the signal to
#: another thread of the command (a numerical library's), the main thread's
#: sleep is not cut short and the command ends after it: keep it short.
SLOW_FSYNC = (
    "import os, sys, time\n"
    "real = os.fsync\n"
    "def slow(fd):\n"
    "    time.sleep(4)\n"
    "    real(fd)\n"
    "os.fsync = slow\n"
    "from stakegraph.cli import main\n"
    "sys.exit(main(sys.argv[1:], prog_name='stakegraph'))\n"
)
PLAIN = "import sys\nfrom stakegraph.cli import main\nsys.exit(main(sys.argv[1:], prog_name='stakegraph'))\n"


def parses(path: Path) -> None:
    """Raise unless ``path`` is a complete file (or CSV folder) of its kind."""
    name = path.name
    if path.is_dir():
        assert load(path).report.counts["stakeholders"] == 4
    elif name.endswith(".xlsx"):
        openpyxl.load_workbook(path)
    elif name.endswith(".json"):
        json.loads(path.read_text("utf-8"))
    elif name.endswith((".graphml", ".gexf")):
        ET.parse(path)
    else:
        assert path.read_text("utf-8").rstrip().endswith("</html>")


def previous(target: Path) -> dict[str, bytes]:
    """Put a previous file (or CSV folder) at ``target``; its bytes by name."""
    if target.suffix == "":
        target.mkdir()
        for name in ("Stakeholders.csv", "Relationships.csv", "IWGs.csv"):
            (target / name).write_bytes(PREVIOUS)
    else:
        target.write_bytes(PREVIOUS)
    return contents(target)


def contents(target: Path) -> dict[str, bytes]:
    files = sorted(target.iterdir()) if target.is_dir() else [target]
    return {f.name: f.read_bytes() for f in files}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


#: (what is written, the arguments after the book, the path written)
WRITERS = [
    ("report.xlsx", ["analyze", "{book}", "-o", "{out}/report.xlsx"], "report.xlsx"),
    ("report.json", ["analyze", "{book}", "-o", "{out}/report.json"], "report.json"),
    ("graphml", ["export", "{book}", "-o", "{out}/net.graphml"], "net.graphml"),
    ("gexf", ["export", "{book}", "-o", "{out}/net.gexf"], "net.gexf"),
    ("node-link json", ["export", "{book}", "-o", "{out}/net.json"], "net.json"),
    ("kumu", ["export", "{book}", "-o", "{out}/net.kumu.xlsx"], "net.kumu.xlsx"),
    ("csv folder", ["export", "{book}", "-o", "{out}/net.csv"], "net"),
    ("map", ["map", "{book}", "-o", "{out}/map.html"], "map.html"),
    ("diff map", ["diff", "{book}", "{book}", "-o", "{out}/diff.html"], "diff.html"),
]


def start(script: str, arguments: list[str], book: Path, out: Path) -> subprocess.Popen[str]:
    args = [a.format(book=book, out=out) for a in arguments]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, *args], env=env, cwd=out,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=as_from_a_terminal)


def as_from_a_terminal() -> None:
    """Ctrl-C back at its default in the command, as a terminal starts it: a
    test worker of pytest-xdist ignores SIGINT, and a child would inherit that."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_when_writing(process: subprocess.Popen[str], folder: Path, name: str) -> bool:
    """Send SIGINT the moment a temporary file for ``name`` appears in ``folder``
    (polled, for at most 60 s); whether it was seen before the command ended."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.name.startswith(f".{name}.") and p.name.endswith(".part") for p in folder.iterdir()):
            process.send_signal(signal.SIGINT)
            return True
        time.sleep(0.002)
    return False


@pytest.fixture
def book(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "mapping.xlsx", {"Stakeholders": STAKEHOLDERS, "Relationships": TIES,
                                                      "IWGs": IWGS})


def interrupted(script: str, arguments: list[str], written: str, book: Path, folder: Path):
    """Run the command over a previous ``written`` in ``folder``, and Ctrl-C it
    as soon as it starts writing: (signal sent, exit status, stderr, the
    previous bytes)."""
    folder.mkdir()
    before = previous(folder / written)
    process = start(script, arguments, book, folder)
    seen = interrupt_when_writing(process, folder, written)
    _, stderr = process.communicate(timeout=120)
    return seen, process.returncode, stderr, before


@pytest.mark.parametrize("arguments, written", [w[1:] for w in WRITERS], ids=[w[0] for w in WRITERS])
def test_ctrl_c_while_writing_leaves_the_previous_file_intact_and_no_temporary_file(
        arguments, written, book, tmp_path):
    out = tmp_path / "out"
    seen, status, stderr, before = interrupted(SLOW_FSYNC, arguments, written, book, out)
    assert seen, stderr
    assert (status, stderr) == (2, "Error: interrupted\n")
    assert contents(out / written) == before
    assert leftovers(out) == []


@pytest.mark.parametrize("arguments, written", [w[1:] for w in WRITERS], ids=[w[0] for w in WRITERS])
def test_ctrl_c_at_any_moment_leaves_the_previous_file_or_the_complete_new_one(
        arguments, written, book, tmp_path):
    out = tmp_path / "out"
    _, status, stderr, before = interrupted(PLAIN, arguments, written, book, out)
    if contents(out / written) != before:
        parses(out / written)
    assert leftovers(out) == []
    # a signal that lands once the command is done is click's "Aborted!" (exit 1)
    assert (status, stderr) in [(0, ""), (2, "Error: interrupted\n"), (1, "\nAborted!\n")]


def test_two_commands_writing_different_files_into_one_folder_at_once_both_finish_whole(book, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    runs = [start(PLAIN, ["analyze", "{book}", "-o", "{out}/report.xlsx"], book, out),
            start(PLAIN, ["export", "{book}", "-o", "{out}/net.csv"], book, out),
            start(PLAIN, ["map", "{book}", "-o", "{out}/map.html"], book, out)]
    for process in runs:
        _, stderr = process.communicate(timeout=180)
        assert process.returncode == 0, stderr
    assert sorted(p.name for p in out.iterdir()) == ["map.html", "net", "report.xlsx"]
    for name in ("map.html", "net", "report.xlsx"):
        parses(out / name)


# ---- the writer itself

def test_an_error_while_writing_removes_the_temporary_file_and_keeps_the_previous(tmp_path):
    target = tmp_path / "report.json"
    target.write_bytes(PREVIOUS)
    with pytest.raises(ValueError):
        with atomic_file(target) as handle:
            handle.write(b"{half")
            raise ValueError("the writer broke")
    assert target.read_bytes() == PREVIOUS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_usual_ones(tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_text("{}", "utf-8")
    kept.chmod(0o640)
    write_text(kept, "[]")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(write_text(tmp_path / "new.json", "[]").stat().st_mode) == 0o666 & ~mask


def test_writing_through_a_symbolic_link_replaces_the_file_it_names(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text(link, "new")
    assert link.is_symlink() and real.read_text("utf-8") == "new"


def test_a_folder_is_swapped_in_whole_and_an_interrupted_one_leaves_the_previous(tmp_path):
    target = tmp_path / "net"
    before = previous(target)
    with pytest.raises(KeyboardInterrupt):
        with atomic_folder(target, ["Stakeholders.csv", "Relationships.csv", "IWGs.csv"]) as fresh:
            (fresh / "Stakeholders.csv").write_text("new", "utf-8")
            raise KeyboardInterrupt
    assert contents(target) == before
    with atomic_folder(target, ["Stakeholders.csv", "Relationships.csv", "IWGs.csv"]) as fresh:
        (fresh / "Stakeholders.csv").write_text("new", "utf-8")
    assert contents(target) == {"Stakeholders.csv": b"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["net"]


def test_a_file_where_a_folder_should_go_is_refused_by_name(tmp_path):
    target = tmp_path / "net"
    target.write_bytes(PREVIOUS)
    with pytest.raises(StakegraphError) as caught:
        with atomic_folder(target, []):
            pass
    assert caught.value.message == f"cannot write '{target}': it is a file, not a folder"
    assert target.read_bytes() == PREVIOUS
