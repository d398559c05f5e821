"""The groups of a mapping (IWGs, forums, projects) as text: each group's
size, the pairs of groups that share members, and the organisations that
link groups.

Examples
--------
>>> found = {"kind": "forum", "groups": [{"name": "Forum A", "members": 3},
...                                      {"name": "Forum B", "members": 2}],
...          "group_ties": [{"groups": ["Forum A", "Forum B"], "shared": 2}],
...          "linking": [{"name": "Caritas", "groups": 2, "links": 1, "sole_links": 0}]}
>>> print(format_forums(found))
2 forums
name     members
-------  -------
Forum A        3
Forum B        2
<BLANKLINE>
Forums that share members:
forum    forum    shared members
-------  -------  --------------
Forum A  Forum B               2
<BLANKLINE>
Organisations that link forums (alone: pairs of forums no one else links):
name     forums  pairs linked  alone
-------  ------  ------------  -----
Caritas       2             1      0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from stakegraph.i18n import gettext, ngettext
from stakegraph.render.report.columns import column, columns
from stakegraph.render.text import format_table, localised

__all__ = ["format_forums"]


def _words(kind: str, n: int) -> dict[str, str]:
    """The sentences about groups of ``kind`` (``"IWG"`` or ``"forum"``),
    whole in each language (the two kinds differ in gender and number)."""
    if kind == "IWG":
        return {"count": ngettext("{n} IWG", "{n} IWGs", n), "one": column("IWG"), "many": column("IWGs"),
                "share": gettext("IWGs that share members:"),
                "link": gettext("Organisations that link IWGs (alone: pairs of IWGs no one else links):"),
                "none": gettext("No organisation belongs to two IWGs.")}
    return {"count": ngettext("{n} forum", "{n} forums", n), "one": column("forum"), "many": column("forums"),
            "share": gettext("Forums that share members:"),
            "link": gettext("Organisations that link forums (alone: pairs of forums no one else links):"),
            "none": gettext("No organisation belongs to two forums.")}


def format_forums(found: Mapping[str, Any], *, top: int = 20) -> str:
    """The groups, the pairs that share members, and the ``top`` linking
    organisations, in the current language."""
    n = len(found["groups"])
    say = _words(found["kind"], n)
    lines = [say["count"].format(n=localised(f"{n:,}")),
             format_table([[g["name"], g["members"]] for g in found["groups"]], columns(["name", "members"]))]
    if found["group_ties"]:
        lines += ["", say["share"], format_table(
            [[*t["groups"], t["shared"]] for t in found["group_ties"]],
            [say["one"], say["one"], column("shared members")])]
    if found["linking"]:
        lines += ["", say["link"],
                  format_table([[r["name"], r["groups"], r["links"], r["sole_links"]]
                                for r in found["linking"][:top]],
                               [column("name"), say["many"], column("pairs linked"), column("alone")])]
    else:
        lines += ["", say["none"]]
    return "\n".join(lines)
