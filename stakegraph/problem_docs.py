"""What each problem code means, for the people who meet it: a title and a
description for every code of :data:`stakegraph.errors.CATALOGUE`, kept in
``stakegraph/data/problems.toml``, from which ``docs/problems.md`` is written.

The catalogue says what stakegraph prints; this says why it happens and what
to do. A test keeps the two in step, and ``docs/problems.md`` equal to
:func:`catalogue_markdown` (rebuild it with ``python -m stakegraph.problem_docs``).

>>> DOCS["self-tie"][0]
'A stakeholder tied to itself'
>>> catalogue_markdown().splitlines()[0]
'# Problems stakegraph reports'
"""

from __future__ import annotations

import tomllib
from importlib import resources

from stakegraph.errors import CATALOGUE

__all__ = ["DOCS", "SECTIONS", "catalogue_markdown"]

def _read() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """The sections and the text of every code, from ``data/problems.toml``."""
    with resources.files("stakegraph").joinpath("data/problems.toml").open("rb") as f:
        data = tomllib.load(f)
    sections = {s["heading"]: tuple(s["codes"]) for s in data["section"]}
    docs = {code: (text["title"], text["description"]) for code, text in data["problem"].items()}
    return sections, docs


#: the order and headings of ``docs/problems.md``: heading -> codes
SECTIONS: dict[str, tuple[str, ...]]
#: code -> (title, description): what it means and what to do
DOCS: dict[str, tuple[str, str]]
SECTIONS, DOCS = _read()


def catalogue_markdown() -> str:
    """``docs/problems.md``: every code under its section, with its severity,
    what stakegraph prints, its title and description."""
    lines = ["# Problems stakegraph reports", "",
             "Every problem in `stakegraph validate` and in the `problems` list of the JSON "
             "reports has one of these codes. An *error* in a row means the workbook cannot be "
             "analysed as meant (the command still runs, says what it left out, and exits with "
             "status 1); a *warning* means a value was kept, merged or left out, and the "
             "analysis goes on; an *info* note says how stakegraph read something it had to judge. "
             "A file that cannot be read at all, or an option that cannot "
             "be used, stops the command with one `Error:` line and exit status 2. In what "
             "stakegraph says, `{value}` stands for the cell or option as written and "
             "`{detail}` for the particulars.",
             "", "This page is generated from `stakegraph/data/problems.toml` and "
             "`stakegraph/errors.py`; rebuild it with `python -m stakegraph.problem_docs`.", ""]
    for heading, codes in SECTIONS.items():
        lines += [f"## {heading}", ""]
        for code in codes:
            severity, template = CATALOGUE[code]
            title, description = DOCS[code]
            lines += [f"### `{code}`: {title}", "",
                      f"*{severity}*. stakegraph says: “{template}”", "", description, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(catalogue_markdown(), end="")
