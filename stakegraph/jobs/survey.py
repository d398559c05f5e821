"""The ``survey`` job: one signed survey workbook per stakeholder, and the
key that lets ``collect`` check the returns.

The key (``survey.key`` in the folder) holds a random survey id, the round
and a random 256-bit secret; each survey carries an HMAC-SHA256 seal, made
with that secret, over the survey id, the stakeholder's id, the round, the
language and the survey's rows. The coordinator keeps the key and sends
only the workbooks.

What the seal protects against: a return from another survey or round; a
survey altered so that it answers for another organisation or has its rows
moved; a broken or edited signature sheet. What it does not: anyone who
holds a survey file can fill it in (it seals the file, not the person);
answers are not sealed (they are written after); anyone who holds the key
can make surveys; sheet protection, which has no password, only keeps
answers from breaking the layout by accident.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "Stakeholders.csv").write_text(
...     "name,sector,language\\nCity Council,public,it\\nDoras,NGO,\\n", "utf-8")
>>> result = survey(root / "Stakeholders.csv", root / "surveys")
>>> [(s["stakeholder"], s["file"], s["lang"]) for s in result.to_dict()["surveys"]]
[('City Council', 'City Council.xlsx', 'it'), ('Doras', 'Doras.xlsx', 'en')]
>>> sorted(p.name for p in (root / "surveys").iterdir())
['City Council.xlsx', 'Doras.xlsx', 'survey.key']
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from stakegraph.analysis.engine import default_workers, worker_context
from stakegraph.codebook import LANGUAGES, default_codebook, fold
from stakegraph.errors import Problem, StakegraphError, problem
from stakegraph.io.language import book_language
from stakegraph.io.returns import KEY_FILE
from stakegraph.jobs.book import BookLike, as_book
from stakegraph.jobs.output import refuse_inputs
from stakegraph.jobs.result import Result
from stakegraph.jobs.steps import SURVEY, Progress, announcer
from stakegraph.model import stakeholder_nodes
from stakegraph.model.report import ImportReport
from stakegraph.model.survey import Signature, SurveyKey, language_code
from stakegraph.render.atomic import cannot_write, write_text
from stakegraph.render.survey.files import unique_file_names
from stakegraph.render.survey.printable import write_printable
from stakegraph.render.survey.workbook import write_survey

__all__ = ["PARALLEL_MIN_SURVEYS", "SurveyResult", "survey"]

#: from this many surveys on, they are written by worker processes (one per core, at most 2)
PARALLEL_MIN_SURVEYS = 100

#: the headers a mapping may use for each stakeholder's language (folded)
_LANGUAGE_COLUMNS = {fold(w) for w in ("language", "lang", "idioma", "lingua", "γλώσσα", "língua",
                                       "langue", "sprache", "språk")}


@dataclass
class SurveyResult(Result):
    """What ``stakegraph survey`` wrote, and the mapping's import report."""

    folder: Path
    key: Path
    surveys: list[dict[str, Any]]
    report: ImportReport
    problems: list[Problem] = field(default_factory=list)

    def reports(self) -> dict[str, ImportReport]:
        return {"book": self.report}

    def payload(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "key": str(self.key),
                "surveys": self.surveys, "problems": [p.to_dict() for p in self.problems]}


def _language(G: nx.MultiDiGraph, node: str, default: str, problems: list[Problem]) -> str:
    """The survey language of ``node``: its language column, else ``default``."""
    attrs = G.nodes[node]
    written = next((v for k, v in attrs.items() if fold(k) in _LANGUAGE_COLUMNS and v), None)
    if written is None:
        return default
    lang = language_code(written)
    if lang is None:
        problems.append(problem("unknown-survey-language", value=written, detail=", ".join(LANGUAGES)))
        return default
    return lang


def survey(book: BookLike, out: str | os.PathLike[str], *, lang: str = "auto",
           round: int = 1, printable: bool = False, progress: Progress | None = None) -> SurveyResult:
    """Write a survey for every stakeholder of ``book`` into folder ``out``
    (made if missing), and the key ``out/survey.key``.

    ``lang="auto"`` writes each survey in the stakeholder's ``language``
    column, or else the mapping's language; another language code writes
    them all in it. ``printable`` also writes each survey as a page to print
    (``Doras.html`` beside ``Doras.xlsx``). Raises StakegraphError when the workbook cannot be read
    or ``out`` already holds a survey key (its returns could no longer be
    checked).
    """
    say = announcer(progress)
    folder = Path(out)
    if (folder / KEY_FILE).exists():
        raise StakegraphError(problem("survey-folder-in-use", value=str(folder)))
    opened = as_book(book)
    say(SURVEY[0])
    G = opened.graph
    default = book_language(opened.path) if lang == "auto" else lang
    problems: list[Problem] = []
    key = SurveyKey.new(opened.path.name, round)
    people = stakeholder_nodes(G)
    files = unique_file_names(str(G.nodes[n].get("name", n)) for n in people)
    say(SURVEY[1])
    plan = [(node, folder / f"{file}.xlsx",
             _language(G, node, default, problems) if lang == "auto" else lang)
            for node, file in zip(people, files)]
    refuse_inputs([folder / KEY_FILE, *(path for _, path, _ in plan)], [opened.path])
    with cannot_write(folder):
        folder.mkdir(parents=True, exist_ok=True)
        key_path = write_text(folder / KEY_FILE, key.to_json(), private=True)
        workers = default_workers() if len(plan) >= PARALLEL_MIN_SURVEYS else 1
        if workers > 1:
            with ProcessPoolExecutor(workers, mp_context=worker_context()) as pool:
                list(pool.map(_write_part, [(G, plan[i::workers], key, printable)
                                            for i in range(workers)]))
        else:
            _write_part((G, plan, key, printable))
    surveys = [{"stakeholder": G.nodes[node].get("name", node), "file": target.name, "lang": language,
                "printable": target.with_suffix(".html").name if printable else None}
               for node, target, language in plan]
    return SurveyResult(folder, key_path, surveys, opened.report, problems)


def _write_part(part: tuple[nx.MultiDiGraph, list[tuple[str, Path, str]], SurveyKey, bool]) -> None:
    """Write the surveys of one share of the plan (in a worker process, for many)."""
    G, plan, key, printable = part
    cb = default_codebook()
    for node, target, language in plan:
        write_survey(G, node, target, Signature(key.mapping, node, key.round, language, ""),
                     key.secret, cb)
        if printable:
            write_printable(G, node, target.with_suffix(".html"), language, key.mapping, key.round, cb)
