"""A column mapping: which header of a file holds which stakegraph field,
for files whose headers stakegraph does not recognise.

It is written either inline, ``field=header,…`` (quote a header holding a
comma), or as a small TOML file of ``field = "header"`` lines, with tables
``[relationships]`` or ``[memberships]`` for the fields of those sheets. A
field such as ``type`` that several sheet kinds have applies to each of them
unless written ``relationships.type``. This is the command line's form of
Gephi's import wizard and Kumu's field mapping.

Examples
--------
>>> m = parse_columns("name='Name of organisation', sector=Kategorie, relationships.type=Art")
>>> m.fields("stakeholders")
{'nameoforganisation': 'name', 'kategorie': 'sector'}
>>> m.fields("relationships")
{'art': 'type'}
>>> parse_columns("nmae=Org")
Traceback (most recent call last):
...
stakegraph.errors.StakegraphError: 'nmae' is not a field a column can be mapped to; did you mean 'name'?
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import process

from stakegraph.codebook import default_codebook, fold
from stakegraph.errors import StakegraphError, problem
from stakegraph.i18n import N_, Phrase

__all__ = ["ColumnMap", "parse_columns", "read_columns"]

#: the sheet kinds a mapping can name fields of
KINDS = ("stakeholders", "relationships", "memberships")
#: fields of tie and transfer lists beyond the codebook's columns
EXTRA_FIELDS = {"relationships": ("amount",)}
_PAIR = re.compile(r"""\s*([\w.]+)\s*=\s*(?:'([^']*)'|"([^"]*)"|([^,]*))\s*(?:,|$)""")


@cache
def _known(kind: str) -> tuple[str, ...]:
    return (*default_codebook().fields(kind), *EXTRA_FIELDS.get(kind, ()))


@dataclass
class ColumnMap:
    """Field → header as written, per sheet kind."""

    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.headers.values())

    def fields(self, kind: str) -> dict[str, str]:
        """Folded header → field for a sheet of ``kind`` (what
        :func:`~stakegraph.io.headers.find_header` takes as ``overrides``)."""
        return {fold(header): name for name, header in self.headers.get(kind, {}).items()}

    def add(self, key: str, header: str) -> None:
        """Map field ``key`` (``name``, ``relationships.type``) to ``header``."""
        kind, _, name = key.rpartition(".")
        kinds = [kind] if kind else [k for k in KINDS if name in _known(k)]
        if kind and kind not in KINDS or not kinds or any(name not in _known(k) for k in kinds):
            every = sorted({f for k in KINDS for f in _known(k)})
            near = process.extractOne(name, every, score_cutoff=60)
            raise StakegraphError(problem("unknown-column-field", value=key,
                                          suggestion=near[0] if near else None,
                                          hint=Phrase.of(N_("the fields are {fields}"), fields=", ".join(every))))
        if not header.strip():
            raise StakegraphError(problem("empty-column-header", value=key))
        for k in kinds:
            self.headers.setdefault(k, {})[name] = header.strip()


def parse_columns(text: str) -> ColumnMap:
    """A mapping written ``field=header,…``."""
    mapping = ColumnMap()
    position = 0
    text = text.strip()
    while position < len(text):
        match = _PAIR.match(text, position)
        if match is None or match.end() == position:
            raise StakegraphError(problem("bad-column-mapping", value=text[position:]))
        key, *values = match.groups()
        mapping.add(key, next(v for v in values if v is not None))
        position = match.end()
    return mapping


def read_columns(source: str | os.PathLike[str]) -> ColumnMap:
    """A mapping from a TOML file, when ``source`` names one, else written inline.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "columns.toml"
    >>> _ = path.write_text('name = "Organisation"\\n[relationships]\\nsource = "Payer"\\n', "utf-8")
    >>> read_columns(path).headers
    {'stakeholders': {'name': 'Organisation'}, 'relationships': {'source': 'Payer'}}
    """
    path = Path(source)
    if not str(source).lower().endswith(".toml"):
        return parse_columns(str(source))
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise StakegraphError(problem("file-not-found", value=str(source))) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise StakegraphError(problem("bad-column-mapping", value=str(source), detail=exc)) from None
    mapping = ColumnMap()
    for key, value in data.items():
        pairs = value.items() if isinstance(value, dict) else [(None, value)]
        for name, header in pairs:
            if not isinstance(header, str):
                raise StakegraphError(problem("bad-column-mapping", value=f"{key} = {header!r}"))
            mapping.add(key if name is None else f"{key}.{name}", header)
    return mapping
