"""Who works on what: stakeholders counted by sector and theme.

Rows are the three sectors (always, so a sector with nobody shows as a row
of zeros) and ``unknown`` when some sector is not known; columns are every
theme of the codebook (so a theme nobody works on shows as a column of
zeros; ``other`` only when someone wrote it), then themes written outside
it, as written. A stakeholder with
several themes counts once under each.

Examples
--------
>>> import networkx as nx
>>> H = nx.Graph()
>>> H.add_node("a", sector="public", themes=["housing", "health"])
>>> H.add_node("b", sector="civil_society", themes=["health"])
>>> M = theme_matrix(H)
>>> M.loc[:, ["health", "housing", "employment"]]
               health  housing  employment
public              1        1           0
private             0        0           0
civil_society       1        0           0
>>> themes_without(M)
['employment', 'education_training', 'language', 'social_cohesion', 'social_security', \
'culture_religion', 'legal_status', 'political_participation', 'anti_discrimination']
"""

from __future__ import annotations

from collections import Counter

import networkx as nx
import pandas as pd

from stakegraph.analysis.accepts import stakeholder_view
from stakegraph.analysis.mixing import UNKNOWN
from stakegraph.codebook import default_codebook

__all__ = ["theme_matrix", "themes_without", "themes_of_one_sector"]


@stakeholder_view
def theme_matrix(H: nx.Graph) -> pd.DataFrame:
    """Stakeholders of ``H`` counted by sector (rows) and theme (columns).

    Parameters
    ----------
    H : networkx.Graph
        The stakeholder view, :func:`stakegraph.model.stakeholder_graph` (not changed).

    Returns
    -------
    pandas.DataFrame
        Stakeholders counted by sector (rows) and theme (columns).
    """
    cb = default_codebook()
    counts: Counter[tuple[str, str]] = Counter()
    sectors_seen = set()
    for _, a in H.nodes(data=True):
        sector = a.get("sector") or UNKNOWN
        sectors_seen.add(sector)
        for theme in dict.fromkeys(a.get("themes") or ()):
            counts[sector, str(theme)] += 1
    sectors = cb.codes("sector") + sorted(sectors_seen - set(cb.codes("sector")) - {UNKNOWN})
    sectors += [UNKNOWN] if UNKNOWN in sectors_seen else []
    present = {t for _, t in counts}
    # "other" is a catch-all: a column only when someone wrote it
    known = [t for t in cb.codes("theme") if t != "other" or t in present]
    themes = known + sorted(present - set(known), key=str.casefold)
    M = pd.DataFrame(0, index=sectors, columns=themes, dtype="int64")
    for (sector, theme), k in counts.items():
        M.loc[sector, theme] = k
    return M


def themes_without(M: pd.DataFrame) -> list[str]:
    """The themes of :func:`theme_matrix` ``M`` that no stakeholder works on.

    Parameters
    ----------
    M : pandas.DataFrame
        A matrix of :func:`theme_matrix` or :func:`stakegraph.analysis.mixing.mixing_matrix`.

    Returns
    -------
    list[str]
        The themes no stakeholder works on.
    """
    return [str(t) for t in M.columns if not M[t].any()]


def themes_of_one_sector(M: pd.DataFrame) -> dict[str, str]:
    """The themes of ``M`` that only one known sector works on, with that sector.

    Parameters
    ----------
    M : pandas.DataFrame
        A matrix of :func:`theme_matrix` or :func:`stakegraph.analysis.mixing.mixing_matrix`.

    Returns
    -------
    dict[str, str]
        Theme -> the one sector that works on it.
    """
    known = M.drop(index=UNKNOWN, errors="ignore")
    return {str(t): str(known[t].idxmax()) for t in M.columns if (known[t] > 0).sum() == 1}
