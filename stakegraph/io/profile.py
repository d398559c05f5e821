"""Reading profiles (TOML) and member lists, and checking every key.

A profile is a built-in name (``iwg``, ``capacity-building``, shipped in
``stakegraph/data/profiles/``) or a TOML file a region copied from one and
edited. Every key is checked: an unknown key or a bad value raises a
:class:`~stakegraph.errors.StakegraphError` that names the file and the key,
with a suggestion where one is close.

Examples
--------
>>> load_profile("iwg").types
{'local_authority': 1, 'statutory_agency': 2, 'ngo': 2, 'migrant_led': 1}
>>> p = parse_profile('[sectors]\\n"Público" = 2\\n[rules]\\nmax_sector_share = 0.5\\n', "mine.toml")
>>> p.name, p.sectors, p.max_sector_share
('mine', {'public': 2}, 0.5)
>>> try:
...     parse_profile("[rules]\\nmax_share = 0.5\\n", "mine.toml")
... except Exception as exc:
...     print(exc.code, "|", exc)  # doctest: +NORMALIZE_WHITESPACE
profile-unknown-key | the profile has an unknown key 'rules.max_share' (the keys of [rules] are
theme_min_sectors, max_sector_share, sector_pair_ties, no_isolated_members); did you mean
'rules.max_sector_share'?
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from stakegraph.codebook import LOOSE_CUTOFF, Codebook, default_codebook, did_you_mean
from stakegraph.errors import Problem, StakegraphError, problem
from stakegraph.i18n import N_, Phrase
from stakegraph.io.containers import refuse_irregular
from stakegraph.model.profile import DEFAULT_WEAK, WEIGHT_KINDS, Profile

__all__ = ["BUILT_IN_PROFILES", "BUILT_IN_TITLES", "DEFAULT_PROFILE", "load_profile", "parse_profile", "read_names"]

#: how deep the lists and tables of a profile may nest (a profile needs 2)
MAX_NESTING = 32
#: the profiles shipped with stakegraph, by name
BUILT_IN_PROFILES = ("iwg", "capacity-building")
#: the built-in profiles' titles (``data/profiles/*.toml``), for the catalogue:
#: a report says them in the reader's language; a region's own title is shown as written
BUILT_IN_TITLES = (N_("Integration Working Group on the Limerick model"), N_("REGIN capacity-building session"))
DEFAULT_PROFILE = "iwg"

#: section -> the vocabulary its keys come from
_COUNTED = {"sectors": "sector", "types": "type", "themes": "theme", "levels": "level"}
_NOT_IN = {"sector": N_("'{key}' is not a sector"), "type": N_("'{key}' is not a stakeholder type"),
           "theme": N_("'{key}' is not a theme"), "level": N_("'{key}' is not a level")}


def _text(value: Any) -> Phrase | None:
    return None if isinstance(value, str) else Phrase.of(N_("must be text in quotes"))


def _whole(low: int, high: int | None = None) -> Callable[[Any], Phrase | None]:
    def check(value: Any) -> Phrase | None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= low and (
                high is None or value <= high):
            return None
        if high is None:
            return Phrase.of(N_("must be a whole number of at least {low}"), low=low)
        return Phrase.of(N_("must be a whole number from {low} to {high}"), low=low, high=high)
    return check


def _share(value: Any) -> Phrase | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1:
        return None
    return Phrase.of(N_("must be a share above 0 and at most 1 (0.6 means 60%)"))


def _weight(value: Any) -> Phrase | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1000:
        return None
    return Phrase.of(N_("must be a number from 0 to 1000 (what closing a missing requirement of that kind is worth)"))


def _weak(value: Any) -> Phrase | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 1:
        return None
    return Phrase.of(N_("must be a share above 0 and below 1 (0.5: a weak requirement counts half a missing one)"))


def _yes_no(value: Any) -> Phrase | None:
    return None if isinstance(value, bool) else Phrase.of(N_("must be true or false"))


#: section -> key -> check (returns what is wrong, or None)
_FIXED: dict[str, dict[str, Callable[[Any], Phrase | None]]] = {
    "profile": {"name": _text, "title": _text, "description": _text},
    "size": {"min": _whole(0)},
    "rules": {"theme_min_sectors": _whole(1, 3), "max_sector_share": _share,
              "sector_pair_ties": _whole(0), "no_isolated_members": _yes_no},
    "weights": {**{kind: _weight for kind in WEIGHT_KINDS}, "weak": _weak},
}
_SECTIONS = ["profile", "size", "sectors", "types", "themes", "levels", "rules", "weights"]
_ALL_KEYS = _SECTIONS + [f"{s}.{k}" for s, keys in _FIXED.items() for k in keys]


def load_profile(spec: str | os.PathLike[str] | None = None, *,
                 codebook: Codebook | None = None) -> Profile:
    """The profile named ``spec``: a built-in name, or the path of a TOML file
    (``None``: the default, ``iwg``)."""
    spec = DEFAULT_PROFILE if spec is None else spec
    named = str(spec).strip().lower().replace("_", "-").replace(" ", "-")
    if named in BUILT_IN_PROFILES and not Path(spec).is_file():  # "IWG", "Capacity building"
        spec = named
    if str(spec) in BUILT_IN_PROFILES:
        text = resources.files("stakegraph").joinpath(f"data/profiles/{spec}.toml").read_text("utf-8")
        return parse_profile(text, f"built-in profile '{spec}'", codebook=codebook,
                             default_name=str(spec))
    path = Path(spec)
    if path.exists() and not path.is_dir():
        refuse_irregular(path, str(spec))  # a named pipe would block for ever
    if not path.is_file():
        close = did_you_mean(path.stem, BUILT_IN_PROFILES, cutoff=LOOSE_CUTOFF, key=str)
        raise StakegraphError(problem("profile-not-found", value=str(spec),
                                      detail=", ".join(BUILT_IN_PROFILES),
                                      suggestion=close), file=str(spec))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StakegraphError(problem("profile-not-toml", value=str(path),
                                      detail=Phrase.of(N_("it is not UTF-8 text ({reason})"), reason=exc.reason)),
                              file=str(path)) from None
    return parse_profile(text, str(path), codebook=codebook, default_name=path.stem)


def parse_profile(text: str, source: str, *, codebook: Codebook | None = None,
                  default_name: str | None = None) -> Profile:
    """Check the TOML ``text`` of a profile and build the :class:`Profile`.

    ``source`` names the file in messages; the profile's name defaults to
    ``default_name``, else the file's stem. Every mistake is collected, and
    one StakegraphError carries them all (``exc.problems``, each with its
    code), so that a profile with three mistakes is mended in one go:

    >>> try:
    ...     parse_profile("[size]\\nmin = -1\\n[rules]\\nmax_share = 0.5\\n[themes]\\nhelth = 1\\n", "mine.toml")
    ... except StakegraphError as exc:
    ...     print([p.code for p in exc.problems])
    ['profile-bad-value', 'profile-unknown-key', 'profile-unknown-key']
    """
    depth = nesting(text)
    if depth > MAX_NESTING:
        raise StakegraphError(problem("profile-not-toml", value=source, detail=Phrase.of(
            N_("its lists and tables nest {depth} deep, and a profile needs at most {most}"),
            depth=f"{depth:,}", most=MAX_NESTING)), file=source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StakegraphError(problem("profile-not-toml", value=source, detail=str(exc)),
                              file=source) from None
    cb = codebook or default_codebook()
    problems: list[Problem] = []

    def fail(code: str, key: str, detail: Phrase, suggestion: str | None = None) -> None:
        problems.append(problem(code, value=key, detail=detail, suggestion=suggestion))

    sections: dict[str, dict[str, Any]] = {}
    for key, value in data.items():
        if key not in _SECTIONS:
            # a key written above its section ("name" for "profile.name") is the usual slip
            # (not a weight: "sector" above the sections means [sectors] more often than [weights])
            placed = [k for k in _ALL_KEYS if k.endswith(f".{key}") and not k.startswith("weights.")]
            fail("profile-unknown-key", key, Phrase.of(N_("a profile has the sections {sections}"),
                                                       sections=", ".join(_SECTIONS)),
                 placed[0] if placed else _closest(key, _ALL_KEYS))
        elif not isinstance(value, dict):
            fail("profile-bad-value", key, Phrase.of(N_("must be a section, written [{key}] on a line of its own"),
                                                     key=key))
        else:
            sections[key] = value
    checked: dict[str, Any] = {}
    for section, checks in _FIXED.items():
        for key, value in sections.get(section, {}).items():
            if key not in checks:
                fail("profile-unknown-key", f"{section}.{key}",
                     Phrase.of(N_("the keys of [{section}] are {keys}"), section=section, keys=", ".join(checks)),
                     _closest(key, list(checks), prefix=f"{section}."))
            elif wrong := checks[key](value):
                fail("profile-bad-value", f"{section}.{key}", Phrase.of(N_("{wrong}, not {value}"), wrong=wrong,
                                                                        value=_shown(value)))
            else:
                checked[f"{section}.{key}"] = value
    counted = {section: _counted(sections.get(section, {}), section, vocab, cb, fail)
               for section, vocab in _COUNTED.items()}
    if problems:
        raise StakegraphError(*problems, file=source)
    return Profile(
        name=checked.get("profile.name") or default_name or Path(source).stem,
        title=checked.get("profile.title", ""),
        description=" ".join(checked.get("profile.description", "").split()),
        min_size=checked.get("size.min", 0),
        sectors=counted["sectors"], types=counted["types"], themes=counted["themes"],
        levels=counted["levels"],
        theme_min_sectors=checked.get("rules.theme_min_sectors", 1),
        max_sector_share=checked.get("rules.max_sector_share"),
        sector_pair_ties=checked.get("rules.sector_pair_ties", 0),
        no_isolated_members=checked.get("rules.no_isolated_members", False),
        weights={kind: float(checked[f"weights.{kind}"]) for kind in WEIGHT_KINDS
                 if f"weights.{kind}" in checked},
        weak=float(checked.get("weights.weak", DEFAULT_WEAK)),
        source=source,
    )


def nesting(text: str) -> int:
    """How deep the lists (``[``) and inline tables (``{``) of TOML ``text``
    nest, outside strings and comments; counted before parsing, because
    the parser recurses once a level and a file nested thousands deep would
    exhaust the interpreter's stack. Table headers (``[rules]``) count 1.

    >>> nesting('[rules]\\nnames = ["a [b]", {x = [1, 2]}]  # [[[\\n')
    3
    """
    depth = deepest = 0
    quote = ""
    at, end = 0, len(text)
    while at < end:
        char = text[at]
        if quote:
            if text.startswith(quote, at):
                at += len(quote)
                quote = ""
                continue
            at += 2 if char == "\\" and quote[0] == '"' else 1
            continue
        if char in "\"'":
            quote = char * 3 if text.startswith(char * 3, at) else char
            at += len(quote)
            continue
        if char == "#":
            at = text.find("\n", at)
            if at < 0:
                break
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(depth - 1, 0)
        at += 1
    return deepest


def _counted(table: dict[str, Any], section: str, vocab: str, cb: Codebook,
             fail: Callable[..., None]) -> dict[str, int]:
    """The section's minimums by code; each mistake is told to ``fail`` and its key left out."""
    out: dict[str, int] = {}
    written: dict[str, str] = {}
    for key, value in table.items():
        code = cb.value(vocab, key)
        if code is None:
            close = cb.suggest(vocab, key)
            fail("profile-unknown-key", f"{section}.{key}", Phrase.of(_NOT_IN[vocab], key=key),
                 f"{section}.{close}" if close else None)
        elif wrong := _whole(0)(value):
            fail("profile-bad-value", f"{section}.{key}",
                 Phrase.of(N_("{wrong} (the fewest members), not {value}"), wrong=wrong, value=_shown(value)))
        elif code in written:
            fail("profile-bad-value", f"{section}.{key}",
                 Phrase.of(N_("means the same as '{other}'; keep one of the two"), other=f"{section}.{written[code]}"))
        else:
            written[code] = key
            if value > 0:
                out[code] = value
    return out


def _closest(key: str, choices: list[str], prefix: str = "") -> str | None:
    best = did_you_mean(key, choices, cutoff=LOOSE_CUTOFF, key=str)
    return f"{prefix}{best}" if best else None


def _shown(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"  # as TOML writes them
    if isinstance(value, dict):
        return Phrase.of(N_("a section"))
    return repr(value)


def read_names(path: str | os.PathLike[str]) -> list[str]:
    """The names in a member list: one name per line; blank lines and lines
    starting with ``#`` are left out.

    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "members.txt"
    >>> _ = f.write_text("# proposed group\\nDoras\\n\\n  City Council  \\n", "utf-8")
    >>> read_names(f)
    ['Doras', 'City Council']
    """
    refuse_irregular(Path(path), os.fspath(path))  # a named pipe would block for ever
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StakegraphError(problem("members-not-text", value=os.fspath(path),
                                      detail=Phrase.of(N_("it is not UTF-8 text: {reason}"), reason=exc.reason)),
                              file=os.fspath(path)) from None
    except OSError as exc:
        raise StakegraphError(problem("members-not-text", value=os.fspath(path),
                                      detail=exc.strerror or type(exc).__name__),
                              file=os.fspath(path)) from None
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
