"""Rebuild the corpus of files "as regions really have them".

Every file here reproduces the structure of a real public file (sheets,
title block, headers, vocabularies, quirks) with invented names; README.md
says which file each one copies and why the original is not committed.
Run from the repository root: ``python -m tests.data.real.build``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from tests.conftest import write_workbook as xlsx

HERE = Path(__file__).parent


def text(path: Path, rows: list[list[Any]], delimiter: str = ",") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=delimiter, lineterminator="\n").writerows(rows)


def kumu() -> None:
    xlsx(HERE / "kumu_northbay.xlsx", {
        "Elements": [
            ["Label", "Type", "Description", "Tags"],
            ["Northbay City Council", "Public", "Municipal council", "core"],
            ["Northbay Refugee Action", "NGO", "Advice and advocacy", "core|legal"],
            ["Harbour Employers Forum", "Business", "Employers' network", None],
            ["St Brendan's Parish Outreach", "NGO", "Food bank and drop-in", None],
            ["Northbay Adult Learning Centre", "Public", "Language classes", "language"],
            ["Welcome Women Network", "NGO", "Migrant women's group", None],
            ["Coastline Logistics Ltd", "Business", "Employer", None],
            ["Northbay Integration Working Group", "IWG", "The working group", None],
        ],
        "Connections": [
            ["From", "To", "Type", "Direction", "Strength"],
            ["Northbay City Council", "Northbay Refugee Action|Northbay Adult Learning Centre", "funding",
             "directed", 3],
            ["Northbay Refugee Action", "Welcome Women Network", "referral", "directed", None],
            ["Harbour Employers Forum", "Coastline Logistics Ltd", "collaboration", "undirected", 2],
            ["Northbay Refugee Action", "Harbour Employers Forum", "information", "undirected", None],
            ["St Brendan's Parish Outreach", "Northbay Refugee Action", "collaboration", "mutual", 1],
            ["Northbay City Council", "Northbay Integration Working Group", "chair", None, None],
            ["Northbay Refugee Action", "Northbay Integration Working Group", "member", None, None],
            ["Coastline Logistics Ltd", "Northbay Adult Learning Centre", "partnership", "undirected", 4],
        ],
    })


def onodo() -> None:
    xlsx(HERE / "onodo_villaverde.xlsx", {
        "Nodes": [
            ["Name", "Type", "Description", "Visible"],
            ["Ayuntamiento de Villaverde del Río", "Administración pública", "Servicios sociales", 1],
            ["Cáritas Parroquial San Roque", "ONG", "Acogida", 1],
            ["Asociación Sin Fronteras Villaverde", "ONG", "Mediación intercultural", 1],
            ["Cooperativa Agrícola La Vega", "Empresa", "Empleo de temporada", 1],
            ["Centro de Salud Villaverde", "Administración pública", "Atención primaria", 1],
            ["Servicio Regional de Empleo", "Administración pública", "Orientación laboral", 1],
            ["Panadería Hermanos Ruiz", "Empresa", None, 0],
        ],
        "Relations": [
            ["Source", "Type", "Target", "Directed"],
            ["Ayuntamiento de Villaverde del Río", "financiación", "Asociación Sin Fronteras Villaverde", 1],
            ["Cáritas Parroquial San Roque", "derivación", "Centro de Salud Villaverde", 1],
            ["Asociación Sin Fronteras Villaverde", "colaboración", "Cooperativa Agrícola La Vega", 0],
            ["Servicio Regional de Empleo", "colaboración", "Cooperativa Agrícola La Vega", 0],
            ["Ayuntamiento de Villaverde del Río", "información", "Cáritas Parroquial San Roque", 0],
            ["Panadería Hermanos Ruiz", "colaboración", "Asociación Sin Fronteras Villaverde", 0],
        ],
    })


POLICY_ACTORS = [
    ["ID", "Kürzel", "Name", "Akteurstyp"],
    [1, "LMS", "Landesministerium für Soziales Nordmark", "Regierung"],
    [2, "LAM", "Landesamt für Migration Nordmark", "Verwaltung"],
    [3, "AGV", "Arbeitgeberverband Nordmark", "Wirtschaftsverband"],
    [4, "GBN", "Gewerkschaftsbund Nordmark", "Gewerkschaft"],
    [5, "FRN", "Flüchtlingsrat Nordmark", "Zivilgesellschaft"],
    [6, "IMF", "Institut für Migrationsforschung Nordstadt", "Wissenschaft"],
    [7, "PdM", "Partei der Mitte Nordmark", "Partei"],
    [8, "HWK", "Handwerkskammer Nordmark", "Wirtschaft"],
]
#: shared committees, symmetric, by Kürzel (the diagonal left blank, as published)
POLICY_COMMITTEES = [
    [None, "LMS", "LAM", "AGV", "GBN", "FRN", "IMF", "PdM", "HWK"],
    ["LMS", None, 13, 4, 3, 2, 1, 5, 0],
    ["LAM", 13, None, 2, 0, 3, 0, 0, 1],
    ["AGV", 4, 2, None, 6, 0, 0, 1, 9],
    ["GBN", 3, 0, 6, None, 1, 0, 2, 0],
    ["FRN", 2, 3, 0, 1, None, 2, 0, 0],
    ["IMF", 1, 0, 0, 0, 2, None, 0, 0],
    ["PdM", 5, 0, 1, 2, 0, 0, None, 0],
    ["HWK", 0, 1, 9, 0, 0, 0, 0, None],
]


def policy_network() -> None:
    text(HERE / "policy_network_de" / "Akteure.csv", POLICY_ACTORS, ";")
    text(HERE / "policy_network_de" / "Ausschuesse.csv", POLICY_COMMITTEES, ";")


KANSAS_NAMES = [
    ["Name", "Label"],
    ["Pine County Sheriff's Office", "Sheriff"],
    ["Pine County Civil Defence Office", "Civil Def."],
    ["Pine County Coroner's Office", "Coroner"],
    ["State Highway Patrol", "Highway P"],
    ["State Parks Authority", "Parks"],
    ["State Game and Fish Commission", "Game & Fish"],
    ["Army Corps of Engineers, District 4", "Army Corps"],
    ["Redwater Ambulance Service", "Redwater Amb"],
    ["Lakeside Underwater Rescue Team", "Lake Rescue"],
    ["Red Cross Pine County Chapter", "Red Cross"],
]
#: how often the row organisation coordinated with the column one (0-4), not symmetric
KANSAS_MATRIX = [
    [None, "Sheriff", "Civil Def.", "Coroner", "Highway P", "Parks", "Game & Fish", "Army Corps",
     "Redwater Amb", "Lake Rescue", "Red Cross"],
    ["Sheriff", 0, 4, 4, 4, 4, 4, 4, 4, 0, 3],
    ["Civil Def.", 4, 0, 2, 4, 4, 4, 3, 0, 0, 2],
    ["Coroner", 4, 0, 0, 4, 4, 0, 4, 3, 0, 1],
    ["Highway P", 4, 0, 4, 0, 4, 4, 0, 2, 4, 2],
    ["Parks", 4, 0, 3, 4, 0, 3, 3, 4, 0, 0],
    ["Game & Fish", 4, 0, 1, 3, 4, 0, 3, 0, 0, 0],
    ["Army Corps", 4, 0, 4, 3, 4, 4, 0, 4, 0, 2],
    ["Redwater Amb", 4, 0, 3, 4, 4, 3, 3, 0, 0, 0],
    ["Lake Rescue", 3, 0, 0, 3, 0, 0, 0, 0, 0, 0],
    ["Red Cross", 4, 4, 2, 4, 4, 4, 4, 0, 0, 0],
]


def kansas() -> None:
    text(HERE / "kansas_sar" / "Organisations.csv", KANSAS_NAMES)
    text(HERE / "kansas_sar" / "Coordination.csv", KANSAS_MATRIX)


def interreg() -> None:
    rows: list[list[Any]] = [
        ["Interreg Europe – BRIDGES (a fictitious project)"],
        ["List of stakeholders – Region of Westmark, 2024"],
        [],
        ["No.", "Name of organisation", "Type of organisation", "Country", "NUTS 2", "Contact e-mail"],
    ]
    listed = [
        ("Westmark Regional Government", "Regional public authority"),
        ("Municipality of Eastport", "Local public authority"),
        ("Municipality of Greenfield", "Local public authority"),
        ("Westmark Employment Agency", "Sectoral agency"),
        ("Westmark Water and Transport Company", "Infrastructure and (public) service provider"),
        ("Migrant Voices Westmark", "Interest groups including NGOs"),
        ("University of Westmark", "Higher education and research"),
        ("Eastport Vocational School", "Education/training centre and school"),
        ("Westmark Chamber of Commerce", "Business support organisation"),
        ("Greenfield Bakeries", "SME"),
        ("Ministry of the Interior of Westland", "National public authority"),
    ]
    for i, (name, kind) in enumerate(listed, 1):
        rows.append([i, name, kind, "Westland", "WL01", f"contact{i}@example.org"])
    xlsx(HERE / "interreg_stakeholder_list.xlsx", {"Stakeholders list": rows})


def transparency_register() -> None:
    text(HERE / "transparency_register.csv", [
        ["Identification number", "Registration date", "Category of registration", "Name", "Acronym",
         "Head office country", "Website address"],
        ["123456789012-01", "2021-09-14", "Non-governmental organisations, platforms and networks and similar",
         "European Network for Newcomers", "ENN", "Belgium", "https://enn.example.org"],
        ["223456789012-02", "2022-01-03", "Trade and business associations", "Federation of Fictional Employers",
         "FFE", "Belgium", "https://ffe.example.org"],
        ["323456789012-03", "2020-05-21", "Trade unions and professional associations",
         "Union of Care Workers in Europe", "UCWE", "Germany", "https://ucwe.example.org"],
        ["423456789012-04", "2019-11-30", "Companies & groups", "Atlas Staffing Group", None, "Netherlands",
         "https://atlas.example.org"],
        ["523456789012-05", "2023-02-17", "Think tanks and research institutions", "Centre for Mobility Studies",
         "CMS", "France", "https://cms.example.org"],
        ["623456789012-06", "2021-06-08", "Academic institutions", "University of Nordhaven", None, "Sweden",
         "https://nordhaven.example.org"],
        ["723456789012-07", "2018-03-12", "Organisations representing churches and religious communities",
         "Conference of Welcoming Churches", "CWC", "Italy", "https://cwc.example.org"],
        ["823456789012-08", "2022-10-01", "Regional structures", "Region of Southmark EU Office", None, "Spain",
         "https://southmark.example.org"],
        ["923456789012-09", "2017-07-19", "Professional consultancies", "Bridgeway Public Affairs", None,
         "Belgium", "https://bridgeway.example.org"],
    ])


def mapa_actores() -> None:
    xlsx(HERE / "mapa_de_actores_es.xlsx", {
        "Lista de actores": [
            ["Mapa de actores – Plan Local de Inclusión de Villarreal del Monte (ficticio)"],
            [],
            ["Nº", "Entidad", "Tipo de actor", "Ámbito", "Temas"],
            [1, "Ayuntamiento de Villarreal del Monte", "Administración pública", "Local", "vivienda; empleo"],
            [2, "Diputación Provincial de Sierra Alta", "Administración pública", "Regional", "empleo"],
            [3, "Fundación Acoge Sierra", "Tercer sector", "Regional", "vivienda"],
            [4, "Asociación de Mujeres Inmigrantes Amanecer", "Sociedad civil", "Local", "salud"],
            [5, "Conservas del Monte S.L.", "Empresa", "Local", "empleo"],
            [6, "Cruz Roja Villarreal", "Tercer sector", "Local", "salud; vivienda"],
            [7, "Instituto de Educación Secundaria Monte Alto", "Administración pública", "Local", "educación"],
        ],
        "Relaciones entre actores": [
            ["Actor origen", "Actor destino", "Tipo de relación"],
            ["Ayuntamiento de Villarreal del Monte", "Fundación Acoge Sierra", "financiación"],
            ["Fundación Acoge Sierra", "Asociación de Mujeres Inmigrantes Amanecer", "colaboración"],
            ["Cruz Roja Villarreal", "Ayuntamiento de Villarreal del Monte", "información"],
            ["Conservas del Monte S.L.", "Fundación Acoge Sierra", "colaboración"],
            ["Diputación Provincial de Sierra Alta", "Ayuntamiento de Villarreal del Monte", "financiación"],
        ],
    })


def mappatura() -> None:
    xlsx(HERE / "mappatura_stakeholder_it.xlsx", {
        "Mappatura degli stakeholder": [
            ["Progetto FICTUM – Mappatura degli stakeholder della Provincia di Valverde"],
            ["Aggiornata al 30/06/2024"],
            ["Denominazione", "Categoria", "Livello", "Influenza", "Interesse"],
            ["Comune di Valverde", "Autorità pubblica locale", "Locale", 5, 4],
            ["Regione Fittizia – Direzione Welfare", "Autorità pubblica regionale", "Regionale", 5, 3],
            ["Associazione Ponti Aperti", "Gruppi di interesse, incluse le ONG", "Locale", 2, 5],
            ["Cooperativa sociale Il Faro", "Gruppi di interesse, incluse le ONG", "Locale", 3, 5],
            ["Università di Valverde", "Istruzione superiore e ricerca", "Regionale", 3, 3],
            ["Officine Meccaniche Rossi", "PMI", "Locale", 2, 2],
        ],
        "Legami": [
            ["Ente A", "Ente B", "Tipo"],
            ["Comune di Valverde", "Associazione Ponti Aperti", "collaborazione"],
            ["Comune di Valverde", "Cooperativa sociale Il Faro", "collaborazione"],
            ["Associazione Ponti Aperti", "Università di Valverde", "collaborazione"],
            ["Officine Meccaniche Rossi", "Cooperativa sociale Il Faro", "collaborazione"],
        ],
    })


def gephi_rete() -> None:
    folder = HERE / "rete_gephi_it"
    nodes = [
        ["Id", "Label", "Type", "Org_type", "Settori", "Url"],
        [1, "Naturalmente Valverde", "org", "associazione", "bio", "http://example.org/node/1"],
        [2, "Mercato Solidale", "project", None, "bio", "http://example.org/node/2"],
        [4, "Mutua Valverde", "org", "società di mutuo soccorso", "beni comuni", "http://example.org/node/4"],
        [5, "Rete Valverde", "project", None, "beni comuni", "http://example.org/node/5"],
        [8, "Villa Aperta onlus", "org", "associazione", "natura", "http://example.org/node/8"],
        [11, "Festa dei Popoli Valverde", "project", None, "interculturalità", "http://example.org/node/11"],
        [17, "Casa Ramia", "org", None, None, "http://example.org/node/17"],
        [19, "Jamii", "org", None, None, "http://example.org/node/19"],
        [23, "Cooperativa agricola Le Magre", "org", "cooperativa agricola", "beni comuni", "http://example.org/node/23"],
        [25, "Centro Missionario Valverde", "org", None, None, "http://example.org/node/25"],
    ]
    edges = [
        ["Source", "ORG_NAME", "Target", "PROJECT_NAME", "Label", "Url"],
        [1, "Naturalmente Valverde", 2, "Mercato Solidale", "organizzatore principale", "http://example.org/node/3"],
        [1, "Naturalmente Valverde", 5, "Rete Valverde", "organizzatore principale", "http://example.org/node/6"],
        [4, "Mutua Valverde", 5, "Rete Valverde", "organizzatore principale", "http://example.org/node/7"],
        [8, "Villa Aperta onlus", 11, "Festa dei Popoli Valverde", "organizzatore principale", "http://example.org/node/12"],
        [17, "Casa Ramia", 11, "Festa dei Popoli Valverde", "collaboratore", "http://example.org/node/18"],
        [19, "Jamii", 11, "Festa dei Popoli Valverde", "collaboratore", "http://example.org/node/20"],
        [23, "Cooperativa agricola Le Magre", 2, "Mercato Solidale", "collaboratore", "http://example.org/node/24"],
        [4, "Mutua Valverde", 2, "Mercato Solidale", "collaboratore", "http://example.org/node/35"],
        [25, "Centro Missionario Valverde", 11, "Festa dei Popoli Valverde", "organizzatore", "http://example.org/node/26"],
    ]
    text(folder / "nodes.csv", nodes)
    text(folder / "edges.csv", edges)


def foerderungen() -> None:
    text(HERE / "Foerderungen_2023.csv", [
        ["Förderjahr", "Fördergeber", "Förderempfänger", "Förderbetrag", "Förderzweck"],
        [2023, "Stadt Nordheim", "Verein Zusammenleben Nordheim", "12.500,00 €", "Deutschkurse"],
        [2023, "Stadt Nordheim", "Verein Zusammenleben Nordheim", "3.000,00 €", "Sommerfest"],
        [2023, "Stadt Nordheim", "Caritasverband Nordheim", "48.200,00 €", "Migrationsberatung"],
        [2023, "Stadt Nordheim", "Frauentreff Mosaik", "7.450,50 €", "Elterncafé"],
        [2023, "Land Nordmark", "Caritasverband Nordheim", "120.000,00 €", "Integrationslotsen"],
        [2023, "Land Nordmark", "Bildungswerk Nordheim gGmbH", "65.000,00 €", "Berufssprachkurse"],
        [2023, "Land Nordmark", "Sportverein Blau-Weiß Nordheim", "2.000,00 €", "Integration durch Sport"],
        [2023, "Stadt Nordheim", "Sportverein Blau-Weiß Nordheim", "1.500,00 €", "Integration durch Sport"],
    ], ";")


def scdl() -> None:
    header = ["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
              "idBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement",
              "idRAE", "notificationUE", "pourcentageSubvention"]
    commune = ("Commune de Saint-Aubin-sur-Lys", "21000000000017")
    dept = ("Département du Val-Fictif", "22000000000015")
    rows = [
        [*commune, "2023-03-14", "DEL-2023-041", "Association Accueil Lys", "80000000000011",
         "Accueil des primo-arrivants",
         "22000,80", "aide en numéraire", "échelonné", "2023-04-01_2023-12-31", None, "non", "0.8"],
        [*commune, "2023-03-14", "DEL-2023-041", "Amicale des Familles du Monde", "80000000000029",
         "Accueil des primo-arrivants", "5500,20", "aide en numéraire", "unique", "2023-04-15", None, "non", "0.2"],
        [*commune, "2023-06-20", "DEL-2023-077", "Association Accueil Lys", "80000000000011", "Cours de français",
         "4000", "aide en numéraire", "unique", "2023-07-01", None, "non", "1"],
        [*dept, "2023-02-02", "CP-2023-12", "Association Accueil Lys", "80000000000011", "Insertion professionnelle",
         "30000.00", "aide en numéraire", "échelonné", "2023-03-01_2023-12-31", None, "non", "1"],
        [*dept, "2023-02-02", "CP-2023-12", "Mission Locale du Val", "80000000000037", "Insertion professionnelle",
         "18500.00", "aide en numéraire", "échelonné", "2023-03-01_2023-12-31", None, "non", "1"],
        [*dept, "2023-09-11", "CP-2023-48", "Épicerie Solidaire du Lys", "80000000000045", "Aide alimentaire",
         "2500.00", "aide en nature", "unique", "2023-10-01", None, "non", "1"],
    ]
    text(HERE / "subventions_scdl.csv", [header, *rows])


def samverkan() -> None:
    text(HERE / "samverkan_skane.csv", [
        ["Aktör A", "Aktör B", "Typ av samverkan", "År"],
        ["Lunds kommun (fiktiv)", "Röda Korset Lundagård", "avtal", 2021],
        ["Lunds kommun (fiktiv)", "Arbetsförmedlingen Lundagård", "samråd", 2022],
        ["Röda Korset Lundagård", "Studieförbundet Vuxenskolan Lundagård", "projekt", 2022],
        ["Arbetsförmedlingen Lundagård", "Företagarna Lundagård", "nätverk", 2023],
        ["Region Skåne Syd (fiktiv)", "Lunds kommun (fiktiv)", "avtal", 2020],
        ["Somaliska föreningen i Lundagård", "Röda Korset Lundagård", "projekt", 2023],
        ["Studieförbundet Vuxenskolan Lundagård", "Somaliska föreningen i Lundagård", "projekt", 2023],
    ], ";")


def foreis() -> None:
    xlsx(HERE / "foreis_el.xlsx", {
        "Φορείς": [
            ["Α/Α", "Επωνυμία", "Τομέας", "Επίπεδο"],
            [1, "Δήμος Νέας Φανταστικής", "Δημόσιος", "Τοπικό"],
            [2, "Περιφέρεια Φανταστικής Μακεδονίας", "Δημόσιος", "Περιφερειακό"],
            [3, "Σύλλογος Μεταναστών Ελπίδα", "ΜΚΟ", "Τοπικό"],
            [4, "Κέντρο Ένταξης Μεταναστών Νέας Φανταστικής", "Δημόσιος", "Τοπικό"],
            [5, "Βιοτεχνία Ελαιολάδου Αφοί Παππά", "Ιδιωτικός", "Τοπικό"],
            [6, "Ένωση Εθελοντών Αλληλεγγύης", "Κοινωνία των πολιτών", "Περιφερειακό"],
        ],
    })


def who_does_what_where() -> None:
    # OCHA's 3W layout as HDX publishes it: a header, a row of HXL hashtags,
    # one row per organisation, place and activity (so organisations repeat)
    text(HERE / "3w_refugee_response.csv", [
        ["Country", "Region", "Organisation", "Acronym", "Organisation type", "Sector / cluster", "Activity"],
        ["#country+name", "#adm1+name", "#org+name", "#org+acronym", "#org+type", "#sector", "#activity"],
        ["Portugal", "Lisboa", "Ajuda Solidária Lisboa", "ASL", "National NGO", "Protection", "Legal counselling"],
        ["Portugal", "Porto", "Ajuda Solidária Lisboa", "ASL", "National NGO", "Protection", "Legal counselling"],
        ["Portugal", "Lisboa", "Agência das Migrações", "AM", "Government", "Coordination", "Registration"],
        ["Portugal", "Lisboa", "Refugee Relief International", "RRI", "International NGO", "Shelter", "Housing"],
        ["Portugal", "Faro", "Refugee Relief International", "RRI", "International NGO", "Education",
         "Language classes"],
        ["Portugal", "Lisboa", "UN Refugee Office Lisbon", "UNRO", "UN Agency", "Protection", "Case management"],
        ["Portugal", "Porto", "Cruz Vermelha do Norte", "CVN", "Red Cross/Red Crescent", "Health", "First aid"],
        ["Portugal", "Porto", "Tecelagem Norte SA", "TN", "Private Sector", "Livelihoods", "Job placement"],
        ["Portugal", "Lisboa", "Vozes da Diáspora", "VD", "Community-based organization", "Protection", "Peer support"],
    ])


def gephi_edges() -> None:
    text(HERE / "gephi_edges.csv", [
        ["Source", "Target", "Type", "Id", "Label", "Weight"],
        ["Harbourside Council", "Newcomers' Law Centre", "Undirected", 0, None, 13],
        ["Harbourside Council", "Harbourside College", "Undirected", 1, None, 4],
        ["Newcomers' Law Centre", "Refugee Youth Club", "Undirected", 2, None, 2],
        ["Harbourside College", "Dockside Employers Group", "Undirected", 3, None, 7],
        ["Refugee Youth Club", "Harbourside College", "Undirected", 4, None, 1],
        ["Dockside Employers Group", "Harbourside Council", "Undirected", 5, None, 3],
    ])


if __name__ == "__main__":
    for build in (kumu, onodo, policy_network, kansas, interreg, transparency_register, mapa_actores,
                  mappatura, gephi_rete, foerderungen, scdl, samverkan, foreis, gephi_edges,
                  who_does_what_where):
        build()
