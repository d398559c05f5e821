"""One line of plain language for every measure, for reports and the map.

A facilitator reads these aloud; they say what a number means for an
organisation, not how it is computed (the module docstrings of
:mod:`stakegraph.analysis` do that).

Examples
--------
>>> gloss("betweenness")
'how often this organisation lies on the shortest path between two others'
>>> gloss("no such measure")
''
"""

from __future__ import annotations

__all__ = ["GLOSSARY", "LABELS", "gloss", "label"]

#: measure -> what it says about an organisation (or the network)
GLOSSARY: dict[str, str] = {
    "degree": "how many organisations this one has a tie with",
    "weighted_degree": "how many ties this organisation has, counting strong ties more",
    "betweenness": "how often this organisation lies on the shortest path between two others",
    "closeness": "how few steps this organisation needs to reach all the others",
    "eigenvector": "how well tied this organisation is to organisations that are themselves well tied",
    "pagerank": "how much attention flows to this organisation through its ties, strong ties counting more",
    "constraint": "how much this organisation's contacts are tied to each other (high: few independent contacts)",
    "effective_size": "how many of this organisation's contacts are not tied to each other",
    "core": "the largest group in which every organisation has at least this many ties inside the group",
    "community": "the cluster of organisations more tied to each other than to the rest",
    "coordinator": "links two organisations of its own sector",
    "consultant": "links two organisations of one sector while being of another",
    "gatekeeper": "lets an organisation of another sector reach its own sector",
    "representative": "carries its own sector's contact to another sector",
    "liaison": "links two organisations of two other sectors",
    "brokerage": "how often this organisation is the only link between two others, by the sectors involved",
    "density": "the share of all possible ties that exist",
    "components": "the separate pieces of the network that have no tie between them",
    "isolates": "organisations with no tie at all",
    "articulation_points": "organisations whose departure would split the network in pieces",
    "bridges": "ties whose loss would split the network in pieces",
    "ei_index": "from -1 (ties only inside sectors) to +1 (ties only across sectors)",
    "assortativity": "from -1 to +1: how much more ties stay inside a sector than chance would give",
    "mixing": "how many ties join each pair of sectors",
    "themes": "how many organisations of each sector work on each theme",
    "quadrant": "where the influence and interest ratings place this organisation, and how to engage it",
    "network_influence": "the influence the ties show, from 1 (the fifth of organisations "
                         "with the least PageRank) to 5 (the fifth with the most)",
    "manage_closely": "high influence, high interest: involve them fully",
    "keep_satisfied": "high influence, low interest: meet their needs without overloading them",
    "keep_informed": "low influence, high interest: keep them informed, they can help",
    "monitor": "low influence, low interest: watch, with little effort",
}

#: measure -> its name in a heading
LABELS: dict[str, str] = {
    "degree": "Degree",
    "weighted_degree": "Weighted degree",
    "betweenness": "Betweenness",
    "closeness": "Closeness",
    "eigenvector": "Eigenvector",
    "pagerank": "PageRank",
    "constraint": "Constraint",
    "effective_size": "Effective size",
    "core": "k-core",
    "community": "Community",
    "coordinator": "Coordinator",
    "consultant": "Consultant",
    "gatekeeper": "Gatekeeper",
    "representative": "Representative",
    "liaison": "Liaison",
    "brokerage": "Brokerage",
    "density": "Density",
    "components": "Components",
    "isolates": "Isolates",
    "articulation_points": "Cut points",
    "bridges": "Bridges",
    "ei_index": "E-I index",
    "assortativity": "Assortativity",
    "mixing": "Sector mixing",
    "themes": "Themes by sector",
    "quadrant": "Power–interest",
    "network_influence": "Influence the ties show",
    "manage_closely": "manage closely",
    "keep_satisfied": "keep satisfied",
    "keep_informed": "keep informed",
    "monitor": "monitor",
}


def gloss(measure: str) -> str:
    """The plain-language line for ``measure`` ('' when there is none).

    Parameters
    ----------
    measure : str
        A measure's column name, such as ``betweenness``.

    Returns
    -------
    str
        One plain-language line, or ``''``.
    """
    return GLOSSARY.get(measure, "")


def label(measure: str) -> str:
    """The heading for ``measure`` (the measure itself when there is none).

    Parameters
    ----------
    measure : str
        A measure's column name, such as ``betweenness``.

    Returns
    -------
    str
        The measure's heading for people.
    """
    return LABELS.get(measure, measure)
