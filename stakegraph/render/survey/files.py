"""File names every system accepts, for the survey workbooks.

A stakeholder's name becomes a file name that Windows, macOS and Linux all
accept: characters they refuse are replaced, names Windows reserves get a
suffix, the length is capped. Two names that fold to the same file name (case,
accents, what was replaced) get ``(2)``, ``(3)``: case-insensitive file
systems would otherwise write one over the other.

Examples
--------
>>> safe_file_name('ACME: "Jobs/Training"?')
'ACME- -Jobs-Training--'
>>> safe_file_name("<NGO>")
'NGO-'
>>> safe_file_name("CON"), safe_file_name(" .. "), safe_file_name("Caritas.")
('CON_', 'stakeholder', 'Caritas')
>>> unique_file_names(["Doras", "DORAS", "Dorás", "A/B", "A:B"])
['Doras', 'DORAS (2)', 'Dorás (3)', 'A-B', 'A-B (2)']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from stakegraph.codebook import fold_name

__all__ = ["safe_file_name", "unique_file_names"]

#: refused by Windows (and "/" everywhere), and control characters
_REFUSED = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}
#: characters of a name kept in its file name (the rest of a long name is cut)
MAX_NAME = 80


def safe_file_name(name: str) -> str:
    """``name`` as a file name (without ending) every system accepts."""
    text = _REFUSED.sub("-", unicodedata.normalize("NFC", name))
    # no leading "-": a file named "-x" reads as an option to every command line
    text = " ".join(text.split())[:MAX_NAME].strip(" .").lstrip("-").strip(" .")
    if not text:
        return "stakeholder"
    if text.split(".")[0].lower() in _RESERVED:
        text += "_"
    return text


def unique_file_names(names: Iterable[str]) -> list[str]:
    """:func:`safe_file_name` of each name, numbered where two would be the
    same file on a system that ignores case and accents."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        base = safe_file_name(name)
        key = fold_name(base)
        count = seen.get(key, 0) + 1
        seen[key] = count
        candidate = base if count == 1 else f"{base} ({count})"
        while count > 1 and fold_name(candidate) in seen:
            count += 1
            candidate = f"{base} ({count})"
        seen.setdefault(fold_name(candidate), 1)
        out.append(candidate)
    return out
