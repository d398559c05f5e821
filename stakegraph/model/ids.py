"""Stable ids for stakeholders and IWGs, derived from their names.

The same organisation gets the same id in two rounds of a mapping, however
its name is spaced, cased or accented.

Examples
--------
>>> stakeholder_id("Cáritas  Varese")
'caritas-varese'
>>> stakeholder_id("CARITAS VARESE")
'caritas-varese'
>>> iwg_id("Limerick IWG")
'iwg:limerick-iwg'
"""

from __future__ import annotations

import hashlib
import re

from stakegraph.codebook import fold_name

__all__ = ["iwg_id", "stakeholder_id"]

_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)


def _slug(name: str) -> str:
    key = fold_name(name)
    slug = _SEPARATORS.sub("-", key).strip("-")
    if slug.replace("-", " ") != key:
        # names that differ only in punctuation ("A.B.C." and "ABC") must not
        # share an id, so a name with punctuation gets a short hash of its key
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        slug = f"{slug}-{digest[:6]}" if slug else f"x-{digest[:10]}"
    return slug


def stakeholder_id(name: str) -> str:
    """The id of the stakeholder called ``name``."""
    return _slug(name)


def iwg_id(name: str) -> str:
    """The id of the IWG called ``name`` (prefixed so it never meets a stakeholder's)."""
    return "iwg:" + _slug(name)
