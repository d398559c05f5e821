"""An English IWG mapping on the Limerick model, in the fictional city and
county of Shannonmouth (Mid-West region, Ireland): 40 organisations, 92 ties,
one IWG of 19 members with joint chairs and a secretariat.

The IWG is built with gaps for a gap analysis to find: no private-sector
member, no member working on health, every member at local level (none
regional), and one member (Shannonmouth Polish Association) tied to no other
member. Three organisations have no tie at all, and Shannonmouth Chamber of
Commerce is the one bridge between the employers and everyone else.
"""

from __future__ import annotations

from typing import Any

from example_data import email

__all__ = ["IWG", "MEMBERS", "ORGANISATIONS", "TIES", "sheets"]

IWG = "Shannonmouth City IWG"

HEADER = ["name", "sector", "type", "level", "themes", "migrant_led", "influence", "interest",
          "region", "municipality", "country", "contact", "email", "phone", "website"]

# key: (name, sector, type, level, themes, migrant_led, influence, interest, municipality, contact)
ORGANISATIONS: dict[str, tuple[Any, ...]] = {
    # the IWG's members
    "CC": ("Shannonmouth City and County Council", "public", "local authority", "local",
           "housing; social cohesion; political participation", "no", 5, 5, "Shannonmouth", "A. Murphy"),
    "WP": ("Welcome Point Shannonmouth", "NGO", "NGO", "local",
           "legal status; employment; anti-discrimination", "no", 3, 5, "Shannonmouth", "B. O'Brien"),
    "IP": ("Shannonmouth Integration Partnership", "civil society", "service provider", "local",
           "employment; education and training; social cohesion", "no", 3, 5, "Shannonmouth", "C. Walsh"),
    "ETB": ("Shannonmouth Education and Training Board", "public", "statutory agency", "local",
            "education and training; language", "no", 4, 4, "Shannonmouth", "D. Ryan"),
    "INT": ("Intreo Centre Shannonmouth", "public", "statutory agency", "local",
            "employment; social security", "no", 4, 3, "Shannonmouth", "E. Byrne"),
    "GAR": ("Garda Community Engagement Unit Shannonmouth", "public", "statutory agency", "local",
            "anti-discrimination; social cohesion", "no", 4, 3, "Shannonmouth", "F. Kelly"),
    "RC": ("Shannonmouth Red Cross Branch", "civil society", "NGO", "local",
           "housing; social cohesion", "no", 2, 4, "Shannonmouth", "G. Doyle"),
    "FRC": ("Kilcarrig Family Resource Centre", "civil society", "community group", "local",
            "education and training; social cohesion", "no", 2, 4, "Kilcarrig", "H. Quinn"),
    "PAR": ("St Munchin's Parish Outreach", "civil society", "faith-based organisation", "local",
            "social cohesion; culture and religion", "no", 2, 3, "Shannonmouth", "I. Brennan"),
    "ICC": ("Shannonmouth Islamic Cultural Centre", "civil society", "faith-based organisation", "local",
            "culture and religion; language", "no", 2, 4, "Shannonmouth", "J. Rahman"),
    "SUD": ("Sudanese Community Shannonmouth", "civil society", "migrant-led organisation", "local",
            "culture and religion; language", "yes", 1, 5, "Shannonmouth", "K. Osman"),
    "CON": ("Congolese Women's Network", "civil society", "migrant-led organisation", "local",
            "social cohesion; employment", "yes", 1, 5, "Shannonmouth", "L. Mbuyi"),
    "POL": ("Shannonmouth Polish Association", "civil society", "migrant-led organisation", "local",
            "culture and religion; employment", "yes", 1, 3, "Shannonmouth", "M. Nowak"),
    "UKR": ("Ukrainian Community Shannonmouth", "civil society", "migrant-led organisation", "local",
            "housing; language", "yes", 1, 5, "Shannonmouth", "N. Kovalenko"),
    "YS": ("Shannonmouth Youth Service", "civil society", "NGO", "local",
           "education and training; social cohesion", "no", 2, 4, "Shannonmouth", "O. Daly"),
    "LIB": ("Shannonmouth City Library", "public", "service provider", "local",
            "language; culture and religion", "no", 2, 3, "Shannonmouth", "P. Lynch"),
    "VC": ("Shannonmouth Volunteer Centre", "civil society", "community group", "local",
           "social cohesion; political participation", "no", 2, 3, "Shannonmouth", "Q. Nolan"),
    "LAW": ("Shannonmouth Community Law Centre", "civil society", "NGO", "local",
            "legal status; anti-discrimination", "no", 2, 4, "Shannonmouth", "R. Fitzgerald"),
    "SP": ("Shannonmouth Sports Partnership", "public", "service provider", "local",
           "social cohesion; culture and religion", "no", 2, 3, "Shannonmouth", "S. Hayes"),
    # everyone else
    "RA": ("Mid-West Regional Authority", "public", "regional authority", "regional",
           "employment; housing", "no", 5, 3, "Shannonmouth", "T. Burke"),
    "HSE": ("HSE Mid-West Social Inclusion Office", "public", "statutory agency", "regional",
            "health; social security", "no", 5, 4, "Shannonmouth", "U. Kennedy"),
    "NIO": ("National Integration Office", "public", "national authority", "national",
            "legal status; housing; social cohesion", "no", 5, 4, "Dublin", "V. Gallagher"),
    "RAC": ("Riverside Accommodation Centre", "private", "service provider", "local",
            "housing", "no", 2, 2, "Kilcarrig", "W. Moore"),
    "UNI": ("Shannonmouth University", "public", "university/research", "national",
            "education and training; language", "no", 4, 3, "Shannonmouth", "X. Power"),
    "CHA": ("Shannonmouth Chamber of Commerce", "Business", "chamber of commerce", "local",
            "employment", "no", 4, 2, "Shannonmouth", "Y. Carroll"),
    "AM": ("Atlantic Meats Ltd", "private", "employer", "regional",
           "employment", "no", 3, 2, "Kilcarrig", "Z. Foley"),
    "RH": ("Riverbank Hotel Group", "private", "employer", "local",
           "employment", "no", 3, 2, "Shannonmouth", "A. Healy"),
    "TN": ("TechNorth Software", "private", "employer", "national",
           "employment; education and training", "no", 3, 1, "Shannonmouth", "B. Cronin"),
    "UN": ("Services Workers Union Mid-West", "civil society", "trade union", "regional",
           "employment; anti-discrimination", "no", 3, 3, "Shannonmouth", "C. Duffy"),
    "HAV": ("Haven Trauma Support Mid-West", "NGO", "NGO", "regional",
            "health; social cohesion", "no", 2, 5, "Shannonmouth", "D. Maher"),
    "MHC": ("Mid-West Migrant Health Clinic", "NGO", "NGO", "regional",
            "health", "no", 2, 5, "Shannonmouth", "E. Sheehan"),
    "RAD": ("Shannon Local Radio", "private", "media", "local",
            "anti-discrimination; culture and religion", "no", 3, 1, "Shannonmouth", "F. Barry"),
    "GMO": ("Global Migration Organisation, Ireland Office", "public", "international organisation",
            "international", "legal status", "no", 3, 2, "Dublin", "G. Costa"),
    "NRC": ("National Refugee Rights Council", "NGO", "NGO", "national",
            "legal status; housing", "no", 3, 4, "Dublin", "H. Reilly"),
    "CU": ("Shannonmouth Credit Union", "private", "other", "local",
           "social security", "no", 2, 1, "Shannonmouth", "I. Hogan"),
    "NIG": ("Nigerian Community Association Shannonmouth", "civil society", "migrant-led organisation",
            "local", "culture and religion; political participation", "yes", 1, 4, "Shannonmouth", "J. Okafor"),
    "CAP": ("Shannonmouth Capoeira Group", "civil society", "community group", "local",
            "culture and religion", "yes", 1, 2, "Shannonmouth", "K. Silva"),
    "HA": ("Mid-West Housing Association", "civil society", "service provider", "regional",
           "housing", "no", 3, 3, "Shannonmouth", "L. Whelan"),
    "WR": ("Shannonmouth Women's Refuge", "NGO", "NGO", "local",
           "housing; health", "no", 2, 4, "Shannonmouth", "M. Kavanagh"),
    "PPN": ("Shannonmouth Public Participation Network", "civil society", "community group", "local",
            "political participation", "no", 2, 3, "Shannonmouth", "N. Connolly"),
}

#: (key, role, since) of the IWG's 19 members: joint chairs, a secretariat, members
MEMBERS = [
    ("CC", "co-chair", 2019), ("WP", "co-chair", 2019), ("IP", "secretariat", 2019),
    ("ETB", "member", 2019), ("INT", "member", 2019), ("GAR", "member", 2020),
    ("RC", "member", 2019), ("FRC", "member", 2020), ("PAR", "member", 2021),
    ("ICC", "member", 2021), ("SUD", "member", 2020), ("CON", "member", 2022),
    ("POL", "member", 2023), ("UKR", "member", 2022), ("YS", "member", 2020),
    ("LIB", "member", 2021), ("VC", "member", 2020), ("LAW", "member", 2021),
    ("SP", "member", 2022),
]

# (source, target, type, weight, directed, since, notes); funding and referral
# are directed unless the directed column says no
TIES = [
    # among the IWG's members (POL has none)
    ("CC", "WP", "collaboration", 4, None, 2016, "co-chair the IWG"),
    ("CC", "IP", "partnership", 5, None, 2015, "local development plan"),
    ("CC", "IP", "funding", 4, None, 2019, "integration strategy grant"),
    ("CC", "ETB", "collaboration", 3, None, None, None),
    ("CC", "INT", "information", 2, None, None, None),
    ("CC", "GAR", "collaboration", 2, None, None, None),
    ("CC", "LIB", "partnership", 4, None, None, "council library service"),
    ("CC", "SP", "partnership", 3, None, None, None),
    ("CC", "FRC", "funding", 3, None, 2018, None),
    ("CC", "PAR", "information", 1, None, None, None),
    ("WP", "IP", "collaboration", 4, None, None, None),
    ("WP", "LAW", "referral", 3, None, None, "immigration advice"),
    ("WP", "ETB", "referral", 3, None, None, "English classes"),
    ("WP", "INT", "referral", 2, None, None, "job seekers"),
    ("WP", "SUD", "collaboration", 3, None, None, None),
    ("WP", "CON", "collaboration", 2, None, None, None),
    ("WP", "UKR", "collaboration", 3, None, 2022, None),
    ("WP", "RC", "partnership", 3, None, None, None),
    ("WP", "GAR", "information", 2, None, None, None),
    ("IP", "ETB", "partnership", 4, None, None, None),
    ("IP", "INT", "partnership", 4, None, None, "activation programme"),
    ("IP", "VC", "collaboration", 3, None, None, None),
    ("IP", "YS", "collaboration", 2, None, None, None),
    ("IP", "FRC", "collaboration", 3, None, None, None),
    ("ETB", "LIB", "collaboration", 3, None, None, "conversation classes"),
    ("ETB", "UKR", "information", 2, None, None, None),
    ("ETB", "ICC", "collaboration", 2, None, None, None),
    ("INT", "ETB", "referral", 4, None, None, None),
    ("GAR", "ICC", "information", 2, None, None, None),
    ("GAR", "YS", "collaboration", 2, None, None, None),
    ("RC", "UKR", "collaboration", 4, None, 2022, None),
    ("RC", "VC", "collaboration", 2, None, None, None),
    ("RC", "PAR", "collaboration", 2, None, None, None),
    ("FRC", "CON", "collaboration", 3, None, None, None),
    ("FRC", "SUD", "information", 1, None, None, None),
    ("FRC", "YS", "collaboration", 2, None, None, None),
    ("PAR", "VC", "information", 1, None, None, None),
    ("ICC", "SUD", "collaboration", 3, None, None, None),
    ("SUD", "CON", "information", 1, None, None, None),
    ("YS", "SP", "collaboration", 3, None, None, None),
    ("LIB", "UKR", "information", 1, None, None, None),
    ("LAW", "GAR", "information", 1, None, None, None),
    ("SP", "VC", "information", 1, None, None, None),
    ("YS", "VC", "information", 1, None, None, None),
    ("LIB", "FRC", "collaboration", 2, None, None, None),
    # with the rest of the city, the region and the country
    ("RA", "CC", "funding", 4, None, 2020, None),
    ("RA", "IP", "partnership", 3, None, None, None),
    ("RA", "HSE", "collaboration", 3, None, None, None),
    ("RA", "UNI", "collaboration", 2, None, None, None),
    ("NIO", "CC", "funding", 5, None, 2019, "local integration strategy"),
    ("NIO", "WP", "funding", 3, None, None, None),
    ("NIO", "RAC", "partnership", 3, "yes", None, "accommodation contract"),
    ("NIO", "GMO", "information", 2, None, None, None),
    ("NIO", "NRC", "information", 2, None, None, None),
    ("HSE", "CC", "collaboration", 3, None, None, None),
    ("HSE", "HAV", "funding", 3, None, None, None),
    ("HSE", "WR", "funding", 2, None, None, None),
    ("HSE", "MHC", "partnership", 3, None, None, None),
    ("WP", "HAV", "referral", 3, None, None, "trauma counselling"),
    ("WP", "MHC", "referral", 2, None, None, None),
    ("RC", "MHC", "referral", 2, None, None, None),
    ("HAV", "MHC", "collaboration", 2, None, None, None),
    ("WR", "FRC", "collaboration", 2, None, None, None),
    ("WR", "HA", "information", 2, None, None, None),
    ("HA", "CC", "partnership", 3, None, None, None),
    ("HA", "RAC", "information", 1, None, None, None),
    ("RAC", "RC", "collaboration", 3, None, None, None),
    ("RAC", "WP", "information", 2, None, None, None),
    ("UNI", "ETB", "partnership", 3, None, None, None),
    ("UNI", "WP", "collaboration", 2, None, None, "research on access to services"),
    ("UNI", "LAW", "information", 1, None, None, None),
    ("NRC", "WP", "partnership", 3, None, None, None),
    ("NRC", "LAW", "collaboration", 2, None, None, None),
    ("GMO", "WP", "information", 1, None, None, None),
    ("PPN", "CC", "information", 2, None, None, None),
    ("PPN", "VC", "collaboration", 2, None, None, None),
    ("PPN", "SUD", "information", 1, None, None, None),
    ("UKR", "HAV", "referral", 1, None, None, None),
    ("SUD", "MHC", "information", 1, None, None, None),
    ("GAR", "WR", "referral", 2, None, None, None),
    # the employers reach everyone else only through the Chamber of Commerce
    ("CHA", "INT", "collaboration", 3, None, None, "jobs fair"),
    ("CHA", "AM", "partnership", 3, None, None, None),
    ("CHA", "RH", "partnership", 3, None, None, None),
    ("CHA", "TN", "partnership", 2, None, None, None),
    ("CHA", "RAD", "information", 1, None, None, None),
    ("AM", "RH", "information", 1, None, None, None),
    ("AM", "UN", "collaboration", 2, None, None, None),
    ("RH", "UN", "collaboration", 1, None, None, None),
    ("TN", "RH", "information", 1, None, None, None),
    ("RAD", "RH", "information", 1, None, None, None),
    # the member tied to no other member
    ("POL", "AM", "collaboration", 2, None, None, "recruitment days"),
    ("POL", "UN", "information", 1, None, None, None),
]


def _slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())[:24]


def sheets() -> dict[str, list[list[Any]]]:
    """The workbook's sheets: Stakeholders under two title rows, Relationships, IWGs."""
    people: list[list[Any]] = [
        ["Shannonmouth City and County: stakeholder mapping for the Integration Working Group"],
        ["Illustrative data: the organisations, people and ties are fictional. Updated March 2026."],
        [],
        HEADER,
    ]
    for number, (name, sector, kind, level, themes, led, infl, intr, town, contact) in enumerate(
            ORGANISATIONS.values(), start=1):
        people.append([name, sector, kind, level, themes, led, infl, intr, "Mid-West", town, "Ireland",
                       contact, email(contact), f"061 555 {number:04d}",
                       f"https://{_slug(name)}.example.org"])
    name = {key: row[0] for key, row in ORGANISATIONS.items()}
    ties = [["source", "target", "type", "weight", "directed", "since", "notes"]]
    ties += [[name[a], name[b], kind, weight, directed, since, notes]
             for a, b, kind, weight, directed, since, notes in TIES]
    iwg = [["iwg", "stakeholder", "role", "since"]]
    iwg += [[IWG, name[key], role, since] for key, role, since in MEMBERS]
    return {"Stakeholders": people, "Relationships": ties, "IWGs": iwg}
