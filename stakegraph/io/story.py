"""Reading a story file (TOML): the views a facilitator steps through.

A story is a list of ``[[view]]`` tables, each with any of ``caption``,
``focus`` (a stakeholder's name), ``iwg`` (an IWG's name) and ``filter``
(``sector`` and ``level``: one or a list; ``theme``: one). Every key is
checked here, and every sector and level against the codebook, in any of
its languages; a problem names the view, the line and the key. Names of
stakeholders, IWGs and themes are checked by the map, against the workbook.

Examples
--------
>>> story = parse_story('[[view]]\\ncaption = "Health"\\nfilter = {theme = "health", sector = "Público"}\\n',
...                     "s.toml")
>>> story.views[0].sectors, story.views[0].theme, story.views[0].lines["filter"]
(('public',), 'health', 3)
>>> try:
...     parse_story('[[view]]\\ncaption = "All"\\n\\n[[view]]\\nfocs = "Doras"\\n', "s.toml")
... except Exception as exc:
...     print(exc.code, "|", exc.message)
story-unknown-key | s.toml, view 2, line 5, key focs: not a key of a story's view (the keys are caption, focus, \
iwg, filter); did you mean 'focus'?
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any, NoReturn

from stakegraph.codebook import LOOSE_CUTOFF, Codebook, default_codebook, did_you_mean
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.io.containers import refuse_irregular
from stakegraph.io.profile import MAX_NESTING, nesting
from stakegraph.model.story import Story, StoryView

__all__ = ["MAX_VIEWS", "load_story", "parse_story"]

#: a story longer than this is not a session's story
MAX_VIEWS = 200
_KEYS = ("caption", "focus", "iwg", "filter")
_FILTERS = ("sector", "level", "theme")
_KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=""")
_HEADER = re.compile(r"^\s*\[\[\s*view\s*\]\]")
_SUBTABLE = re.compile(r"^\s*\[\s*view\.filter\s*\]")


def load_story(path: str | os.PathLike[str], *, codebook: Codebook | None = None) -> Story:
    """The story in the TOML file at ``path``."""
    source = os.fspath(path)
    file = Path(path)
    if file.exists() and not file.is_dir():
        refuse_irregular(file, source)  # a named pipe would block for ever
    if not file.is_file():
        raise StakegraphError(problem("file-not-found", value=source), file=source)
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StakegraphError(problem("story-not-toml", value=source,
                                      detail=Phrase.of(N_("it is not UTF-8 text ({reason})"), reason=exc.reason)),
                              file=source) from None
    return parse_story(text, source, codebook=codebook)


def parse_story(text: str, source: str, *, codebook: Codebook | None = None) -> Story:
    """Check the TOML ``text`` of a story (``source`` names it in messages)."""
    depth = nesting(text)
    if depth > MAX_NESTING:
        raise StakegraphError(problem("story-not-toml", value=source, detail=(
            f"its lists and tables nest {depth:,} deep, and a story needs at most 3")), file=source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StakegraphError(problem("story-not-toml", value=source, detail=str(exc)), file=source) from None
    cb = codebook or default_codebook()
    lines = _key_lines(text)
    extra = [k for k in data if k != "view"]
    if extra:
        _fail("story-unknown-key", f"{source}, key {extra[0]}",
              "a story is a list of views, each written [[view]]", "view" if extra[0] != "view" else None,
              source)
    views = data.get("view", [])
    if not isinstance(views, list) or not views or not all(isinstance(v, dict) for v in views):
        raise StakegraphError(problem("story-no-views", value=source), file=source)
    if len(views) > MAX_VIEWS:
        _fail("story-bad-value", f"{source}, view {MAX_VIEWS + 1}", f"a story has at most {MAX_VIEWS} views",
              None, source)
    return Story(tuple(_view(v, i + 1, lines.get(i, {}), cb, source) for i, v in enumerate(views)), source)


def _view(raw: dict[str, Any], number: int, lines: dict[str, int], cb: Codebook, source: str) -> StoryView:
    def where(key: str) -> str:
        return f"{source}, view {number}, line {lines.get(key, lines.get(key.split('.')[0], 0))}, key {key}"

    for key, value in raw.items():
        if key not in _KEYS:
            close = did_you_mean(key, _KEYS, cutoff=LOOSE_CUTOFF, key=str)
            _fail("story-unknown-key", where(key),
                  f"the keys are {', '.join(_KEYS)}", close, source)
        if key != "filter" and not isinstance(value, str):
            _fail("story-bad-value", where(key), "must be text in quotes", None, source)
    found = raw.get("filter", {})
    if not isinstance(found, dict):
        _fail("story-bad-value", where("filter"),
              "must be a table, such as filter = {sector = \"public\", theme = \"health\"}", None, source)
    picked: dict[str, tuple[str, ...]] = {}
    for key, value in found.items():
        if key not in _FILTERS:
            close = did_you_mean(key, _FILTERS, cutoff=LOOSE_CUTOFF, key=str)
            _fail("story-unknown-key", where(f"filter.{key}"),
                  f"a filter has the keys {', '.join(_FILTERS)}", f"filter.{close}" if close else None, source)
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values) or (
                key == "theme" and len(values) > 1):
            _fail("story-bad-value", where(f"filter.{key}"),
                  "must be one theme in quotes" if key == "theme" else f"must be a {key} or a list of them",
                  None, source)
        if key == "theme":
            picked[key] = (cb.value("theme", values[0]) or values[0],)
            continue
        codes = []
        for v in values:
            code = cb.value(key, v)
            if code is None:
                _fail("story-bad-value", where(f"filter.{key}"), f"'{v}' is not a {key}", cb.suggest(key, v), source)
            codes.append(str(code))
        picked[key] = tuple(codes)
    return StoryView(caption=str(raw.get("caption", "")), focus=raw.get("focus"), iwg=raw.get("iwg"),
                     sectors=picked.get("sector", ()), levels=picked.get("level", ()),
                     theme=picked.get("theme", (None,))[0], number=number, lines=lines)


def _key_lines(text: str) -> dict[int, dict[str, int]]:
    """view index -> key -> the line (from 1) where the key is written."""
    out: dict[int, dict[str, int]] = {}
    view, prefix = -1, ""
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADER.match(line):
            view, prefix = view + 1, ""
            continue
        if _SUBTABLE.match(line):
            prefix = "filter."
            out.setdefault(view, {}).setdefault("filter", number)
            continue
        match = _KEY_LINE.match(line)
        if match and view >= 0:
            key = prefix + next(g for g in match.groups() if g)
            out.setdefault(view, {}).setdefault(key, number)
    return out


def _fail(code: str, where: str, detail: str, suggestion: str | None, source: str) -> NoReturn:
    raise StakegraphError(problem(code, value=where, detail=detail, suggestion=suggestion), file=source)
