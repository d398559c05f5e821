"""Every problem code is documented: a title and a description, under one
section of docs/problems.md, which is generated and kept up to date."""

from __future__ import annotations

from pathlib import Path

from stakegraph.errors import CATALOGUE
from stakegraph.problem_docs import DOCS, SECTIONS, catalogue_markdown

DOC = Path(__file__).parents[1] / "docs" / "problems.md"


def test_every_code_has_a_title_and_a_description_and_nothing_else_does():
    assert sorted(DOCS) == sorted(CATALOGUE)
    for code, (title, description) in DOCS.items():
        assert title and title[0].isupper() and not title.endswith("."), code
        assert description.endswith("."), code


def test_every_code_stands_in_exactly_one_section():
    listed = [code for codes in SECTIONS.values() for code in codes]
    assert sorted(listed) == sorted(CATALOGUE)


def test_no_library_message_names_a_command_line_flag():
    """The library is used from Python too; flags are the command line's words."""
    assert [code for code, (_, template) in CATALOGUE.items() if " --" in f" {template}"] == []


def test_docs_problems_md_is_what_the_catalogue_says_today():
    assert DOC.read_text("utf-8") == catalogue_markdown(), "run: python -m stakegraph.problem_docs > docs/problems.md"
