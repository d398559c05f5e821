"""One line of plain language for every measure, for reports and the map.

A facilitator reads these aloud; they say what a number means for an
organisation, not how it is computed (the module docstrings of
:mod:`stakegraph.analysis` do that).

Examples
--------
>>> gloss("betweenness")
'how often this organisation lies on the shortest path between two others'
>>> from stakegraph.i18n import speaking
>>> with speaking("es"):
...     label("betweenness")
'Intermediación'
>>> gloss("no such measure")
''
"""

from __future__ import annotations

from stakegraph.i18n import N_, gettext

__all__ = ["GLOSSARY", "LABELS", "gloss", "label"]

#: measure -> what it says about an organisation (or the network)
GLOSSARY: dict[str, str] = {
    "degree": N_("how many organisations this one has a tie with"),
    "weighted_degree": N_("how many ties this organisation has, counting strong ties more"),
    "betweenness": N_("how often this organisation lies on the shortest path between two others"),
    "closeness": N_("how few steps this organisation needs to reach all the others"),
    "eigenvector": N_("how well tied this organisation is to organisations that are themselves well tied"),
    "pagerank": N_("how much attention flows to this organisation through its ties, strong ties counting more"),
    "constraint": N_("how much this organisation's contacts are tied to each other (high: few independent contacts)"),
    "effective_size": N_("how many of this organisation's contacts are not tied to each other"),
    "core": N_("the largest group in which every organisation has at least this many ties inside the group"),
    "community": N_("the cluster of organisations more tied to each other than to the rest"),
    "coordinator": N_("links two organisations of its own sector"),
    "consultant": N_("links two organisations of one sector while being of another"),
    "gatekeeper": N_("lets an organisation of another sector reach its own sector"),
    "representative": N_("carries its own sector's contact to another sector"),
    "liaison": N_("links two organisations of two other sectors"),
    "brokerage": N_("how often this organisation is a link between two others who are not tied to each other, "
                     "by the sectors involved"),
    "density": N_("the share of all possible ties that exist"),
    "components": N_("the separate pieces of the network that have no tie between them"),
    "isolates": N_("organisations with no tie at all"),
    "articulation_points": N_("organisations whose departure would split the network in pieces"),
    "bridges": N_("ties whose loss would split the network in pieces"),
    "ei_index": N_("from -1 (ties only inside sectors) to +1 (ties only across sectors)"),
    "assortativity": N_("from -1 to +1: how much more ties stay inside a sector than chance would give"),
    "mixing": N_("how many ties join each pair of sectors"),
    "themes": N_("how many organisations of each sector work on each theme"),
    "quadrant": N_("where the influence and interest ratings place this organisation, and how to engage it"),
    "network_influence": N_("the influence the ties show, from 1 (the fifth of organisations "
                            "with the least PageRank) to 5 (the fifth with the most)"),
    "manage_closely": N_("high influence, high interest: involve them fully"),
    "keep_satisfied": N_("high influence, low interest: meet their needs without overloading them"),
    "keep_informed": N_("low influence, high interest: keep them informed, they can help"),
    "monitor": N_("low influence, low interest: watch, with little effort"),
}

#: measure -> its name in a heading
LABELS: dict[str, str] = {
    "degree": N_("Degree"),
    "weighted_degree": N_("Weighted degree"),
    "betweenness": N_("Betweenness"),
    "closeness": N_("Closeness"),
    "eigenvector": N_("Eigenvector"),
    "pagerank": N_("PageRank"),
    "constraint": N_("Constraint"),
    "effective_size": N_("Effective size"),
    "core": N_("k-core"),
    "community": N_("Community"),
    "coordinator": N_("Coordinator"),
    "consultant": N_("Consultant"),
    "gatekeeper": N_("Gatekeeper"),
    "representative": N_("Representative"),
    "liaison": N_("Liaison"),
    "brokerage": N_("Brokerage"),
    "density": N_("Density"),
    "components": N_("Components"),
    "isolates": N_("Isolates"),
    "articulation_points": N_("Cut points"),
    "bridges": N_("Bridges"),
    "ei_index": N_("E-I index"),
    "assortativity": N_("Assortativity"),
    "mixing": N_("Sector mixing"),
    "themes": N_("Themes by sector"),
    "quadrant": N_("Power–interest"),
    "network_influence": N_("Influence the ties show"),
    "manage_closely": N_("manage closely"),
    "keep_satisfied": N_("keep satisfied"),
    "keep_informed": N_("keep informed"),
    "monitor": N_("monitor"),
}


def gloss(measure: str) -> str:
    """The plain-language line for ``measure`` in the current language ('' when
    there is none).

    Parameters
    ----------
    measure : str
        A measure's column name, such as ``betweenness``.

    Returns
    -------
    str
        One plain-language line, or ``''``.
    """
    return gettext(GLOSSARY[measure]) if measure in GLOSSARY else ""


def label(measure: str) -> str:
    """The heading for ``measure`` in the current language (the measure itself
    when there is none).

    Parameters
    ----------
    measure : str
        A measure's column name, such as ``betweenness``.

    Returns
    -------
    str
        The measure's heading for people.
    """
    return gettext(LABELS[measure]) if measure in LABELS else measure
