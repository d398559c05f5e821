"""Two rounds of one mapping around Varese, before and after the
capacity-building sessions, for ``stakegraph diff``.

Round 1: 20 organisations, 25 ties, mostly within one sector.
Round 2: 23 organisations and 33 ties. It adds 3 organisations and 10 ties
(7 of them across sectors), removes 2 ties, turns one collaboration into a
partnership, writes "Comunità Ucraina del Varesotto" as "COMUNITA UCRAINA DEL
VARESOTTO" (the same organisation: case and accents do not count), and
renames "Caritas Varese" to "Caritas Ambrosiana Varese" (a new name, which the
diff offers as a possible rename).
"""

from __future__ import annotations

from typing import Any

__all__ = ["ADDED", "ADDED_TIES", "ORGANISATIONS", "REMOVED_TIES", "RETYPED", "TIES", "sheets"]

HEADER = ["name", "sector", "type", "level", "themes", "migrant_led"]

ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "CVA": ("Comune di Varese", "public", "local authority", "local", "housing; social cohesion", "no"),
    "PRE": ("Prefettura di Varese", "public", "national authority", "national", "legal status", "no"),
    "CPI": ("Centro per l'Impiego di Varese", "public", "statutory agency", "regional", "employment", "no"),
    "ATS": ("ATS Insubria", "public", "statutory agency", "regional", "health", "no"),
    "CPA": ("CPIA Varese", "public", "statutory agency", "regional", "language; education", "no"),
    "UNI": ("Università dell'Insubria", "public", "university", "regional", "education", "no"),
    "BUS": ("Comune di Busto Arsizio", "public", "local authority", "local", "housing", "no"),
    "CAR": ("Caritas Varese", "civil society", "faith-based organisation", "local", "housing; welfare", "no"),
    "CLI": ("Cooperativa Lavoro Insieme", "civil society", "service provider", "regional",
            "employment; training", "no"),
    "CPO": ("Cooperativa Ponte Aperto", "civil society", "service provider", "local", "housing; language", "no"),
    "CSV": ("Circolo Solidarietà Varese", "civil society", "community group", "local", "social cohesion", "no"),
    "SEN": ("Associazione Senegalesi di Varese", "civil society", "migrant-led organisation", "local",
            "culture; employment", "yes"),
    "UCR": ("Comunità Ucraina del Varesotto", "civil society", "migrant-led organisation", "regional",
            "language; housing", "yes"),
    "ISL": ("Centro Islamico di Varese", "civil society", "faith-based organisation", "local", "religion", "no"),
    "PAR": ("Parrocchia San Vittore", "civil society", "faith-based organisation", "local", "social cohesion", "no"),
    "SIN": ("Camera del Lavoro di Varese", "civil society", "trade union", "regional", "employment", "no"),
    "FON": ("Fondazione Comunitaria del Varesotto", "civil society", "NGO", "regional", "social cohesion", "no"),
    "ART": ("Associazione Artigiani del Varesotto", "private", "business association", "regional",
            "employment", "no"),
    "CCI": ("Camera di Commercio di Varese", "private", "chamber of commerce", "regional", "employment", "no"),
    "MEC": ("Meccanica Prealpi S.p.A.", "private", "employer", "regional", "employment", "no"),
}

#: organisations new in round 2
ADDED: dict[str, tuple[str, ...]] = {
    "ALG": ("Hotel Lago Maggiore Srl", "private", "employer", "local", "employment", "no"),
    "ALB": ("Associazione Donne Albanesi Insieme", "civil society", "migrant-led organisation", "local",
            "equality; language", "yes"),
    "GAL": ("Comune di Gallarate", "public", "local authority", "local", "housing; social cohesion", "no"),
}

#: round 1's ties: (source, target, type)
TIES = [
    ("CVA", "PRE", "collaboration"), ("CVA", "CPI", "information"), ("CVA", "CAR", "funding"),
    ("CVA", "CPO", "partnership"), ("PRE", "CPO", "funding"), ("CPI", "CPA", "collaboration"),
    ("CPI", "CLI", "partnership"), ("ATS", "CVA", "collaboration"), ("CPA", "UNI", "collaboration"),
    ("CAR", "PAR", "collaboration"), ("CAR", "CSV", "collaboration"), ("CAR", "ATS", "referral"),
    ("CLI", "CPO", "collaboration"), ("CSV", "SEN", "information"), ("SEN", "ISL", "collaboration"),
    ("UCR", "CAR", "collaboration"), ("UCR", "CPA", "information"), ("SIN", "CLI", "collaboration"),
    ("ART", "CCI", "partnership"), ("CCI", "MEC", "information"), ("ART", "MEC", "collaboration"),
    ("FON", "CAR", "funding"), ("FON", "CSV", "funding"), ("BUS", "CVA", "information"),
    ("CCI", "CPI", "collaboration"),
]
REMOVED_TIES = [("BUS", "CVA", "information"), ("UCR", "CPA", "information")]
#: the tie whose type changes in round 2, and its new type
RETYPED = (("CLI", "CPO", "collaboration"), "partnership")
ADDED_TIES = [
    ("MEC", "CLI", "partnership"), ("MEC", "CPA", "collaboration"), ("CCI", "SEN", "information"),
    ("ALG", "CPO", "partnership"), ("ALG", "CPI", "collaboration"), ("ALB", "CSV", "information"),
    ("ALB", "CPA", "collaboration"), ("GAL", "PRE", "information"), ("ART", "SIN", "collaboration"),
    ("UCR", "ATS", "referral"),
]

#: how round 2 writes the names that change
RESPELT = {"UCR": "COMUNITA UCRAINA DEL VARESOTTO", "CAR": "Caritas Ambrosiana Varese"}


def sheets(round_number: int) -> dict[str, list[list[Any]]]:
    """Round 1 or round 2 of the mapping: Stakeholders and Relationships."""
    later = round_number == 2
    people = {**ORGANISATIONS, **ADDED} if later else dict(ORGANISATIONS)
    name = {k: (RESPELT.get(k, row[0]) if later else row[0]) for k, row in people.items()}
    ties = list(TIES)
    if later:
        old, new_type = RETYPED
        ties = [(a, b, new_type) if (a, b, t) == old else (a, b, t)
                for a, b, t in ties if (a, b, t) not in REMOVED_TIES] + ADDED_TIES
    return {
        "Stakeholders": [HEADER] + [[name[k], *row[1:]] for k, row in people.items()],
        "Relationships": [["source", "target", "type"]] + [[name[a], name[b], t] for a, b, t in ties],
    }
