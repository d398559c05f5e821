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

from stakegraph.render.text import format_table, plural

__all__ = ["format_forums"]


def format_forums(found: Mapping[str, Any], *, top: int = 20) -> str:
    """The groups, the pairs that share members, and the ``top`` linking organisations."""
    kind = found["kind"]
    lines = [plural(len(found["groups"]), kind),
             format_table([[g["name"], g["members"]] for g in found["groups"]], ["name", "members"])]
    if found["group_ties"]:
        lines += ["", f"{kind[:1].upper()}{kind[1:]}s that share members:", format_table(
            [[*t["groups"], t["shared"]] for t in found["group_ties"]], [kind, kind, "shared members"])]
    if found["linking"]:
        lines += ["", f"Organisations that link {kind}s (alone: pairs of {kind}s no one else links):",
                  format_table([[r["name"], r["groups"], r["links"], r["sole_links"]]
                                for r in found["linking"][:top]],
                               ["name", f"{kind}s", "pairs linked", "alone"])]
    else:
        lines += ["", f"No organisation belongs to two {kind}s."]
    return "\n".join(lines)
