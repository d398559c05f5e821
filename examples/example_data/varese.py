"""An Italian mapping around Varese (Lombardia): 25 organisations in Italian,
ties from the ``Partner`` column (names separated by ``;``: 36 partnerships,
some listed by both partners) and memberships from the ``Tavolo`` column (two
tables, 11 and 7 members, 18 memberships). ``Sito web`` is kept as an extra
column. Radio Prealpi Comunità has no partner.
"""

from __future__ import annotations

from typing import Any

from example_data import email

__all__ = ["ORGANISATIONS", "PARTNERS", "TABLES", "sheets"]

HEADER = ["Nome", "Settore", "Tipologia", "Livello", "Temi", "Guidata da migranti", "Influenza",
          "Interesse", "Regione", "Comune", "Referente", "Email", "Telefono", "Partner", "Tavolo",
          "Sito web"]

# key: (Nome, Settore, Tipologia, Livello, Temi, Guidata da migranti, Influenza, Interesse, Comune, Referente)
ORGANISATIONS: dict[str, tuple[Any, ...]] = {
    "CVA": ("Comune di Varese", "Pubblico", "Comune", "Comunale",
            "Casa; Coesione sociale", "No", 5, 4, "Varese", "A. Colombo"),
    "REG": ("Regione Lombardia, Sede territoriale di Varese", "Pubblico", "Regione", "Regionale",
            "Lavoro; Formazione", "No", 5, 3, "Varese", "B. Bianchi"),
    "PRE": ("Prefettura di Varese", "Pubblico", "Prefettura", "Nazionale",
            "Asilo; Casa", "No", 5, 4, "Varese", "C. Ferrari"),
    "QUE": ("Questura di Varese, Ufficio Immigrazione", "Pubblico", "Questura", "Nazionale",
            "Permesso di soggiorno", "No", 4, 2, "Varese", "D. Esposito"),
    "CPI": ("Centro per l'Impiego di Varese", "Pubblico", "Centro per l'impiego", "Provinciale",
            "Lavoro", "No", 3, 3, "Varese", "E. Romano"),
    "ATS": ("ATS Insubria", "Pubblico", "Ente pubblico", "Provinciale",
            "Salute", "No", 4, 3, "Varese", "F. Gallo"),
    "CPA": ("CPIA Varese", "Pubblico", "Ente pubblico", "Provinciale",
            "Lingua; Istruzione", "No", 3, 5, "Varese", "G. Costa"),
    "UNI": ("Università dell'Insubria, Centro studi migrazioni", "Pubblico", "Università", "Regionale",
            "Istruzione e formazione", "No", 3, 3, "Varese", "H. Fontana"),
    "CAR": ("Caritas Varese", "Società civile", "Ente religioso", "Comunale",
            "Casa; Protezione sociale", "No", 4, 5, "Varese", "I. Conti"),
    "CLI": ("Cooperativa Sociale Lavoro Insieme", "Terzo settore", "Cooperativa sociale", "Provinciale",
            "Lavoro; Formazione", "No", 3, 4, "Varese", "L. Ricci"),
    "CPO": ("Cooperativa Ponte Aperto", "Terzo settore", "Cooperativa sociale", "Comunale",
            "Casa; Lingua", "No", 3, 5, "Varese", "M. Bruno"),
    "CSV": ("Circolo Solidarietà Varese", "Società civile", "Associazione", "Comunale",
            "Coesione sociale", "No", 2, 4, "Varese", "N. Greco"),
    "SEN": ("Associazione Senegalesi di Varese", "Società civile", "Associazione di migranti", "Comunale",
            "Cultura; Lavoro", "Sì", 1, 5, "Varese", "O. Ndiaye"),
    "UCR": ("Comunità Ucraina del Varesotto", "Società civile", "Associazione di migranti", "Provinciale",
            "Lingua; Casa", "Sì", 1, 5, "Varese", "P. Melnyk"),
    "ALB": ("Associazione Donne Albanesi Insieme", "Società civile", "Associazione di migranti", "Comunale",
            "Pari opportunità; Lingua", "Sì", 1, 4, "Gallarate", "Q. Hoxha"),
    "ISL": ("Centro Islamico di Varese", "Società civile", "Ente religioso", "Comunale",
            "Cultura e religione", "No", 2, 3, "Varese", "R. Haddad"),
    "PAR": ("Parrocchia San Vittore, Centro di ascolto", "Società civile", "Parrocchia", "Comunale",
            "Coesione sociale", "No", 2, 3, "Varese", "S. Marino"),
    "SIN": ("Camera del Lavoro di Varese", "Società civile", "Sindacato", "Provinciale",
            "Lavoro; Antidiscriminazione", "No", 3, 3, "Varese", "T. Rizzo"),
    "ART": ("Associazione Artigiani del Varesotto", "Privato", "Associazione di categoria", "Provinciale",
            "Lavoro", "No", 3, 2, "Varese", "U. Lombardi"),
    "CCI": ("Camera di Commercio di Varese", "Privato", "Camera di commercio", "Provinciale",
            "Lavoro; Formazione", "No", 4, 2, "Varese", "V. Moretti"),
    "MEC": ("Meccanica Prealpi S.p.A.", "Privato", "Azienda", "Provinciale",
            "Lavoro", "No", 3, 2, "Busto Arsizio", "Z. Barbieri"),
    "ALG": ("Albergo Lago Maggiore Srl", "Privato", "Impresa", "Comunale",
            "Lavoro", "No", 2, 2, "Luino", "A. Santoro"),
    "BUS": ("Comune di Busto Arsizio", "Pubblico", "Comune", "Comunale",
            "Casa; Servizi sociali", "No", 4, 3, "Busto Arsizio", "B. Mariani"),
    "FON": ("Fondazione Comunitaria del Varesotto", "Società civile", "Fondazione", "Provinciale",
            "Coesione sociale", "No", 3, 3, "Varese", "C. Rinaldi"),
    "RAD": ("Radio Prealpi Comunità", "Privato", "Media", "Comunale",
            "Antidiscriminazione", "No", 2, 1, "Varese", "D. Caruso"),
}

#: partnerships (a, b); both: b also lists a, as people often do
PARTNERS = [
    ("CVA", "PRE", False), ("CVA", "CPI", False), ("CVA", "CAR", True), ("CVA", "CPO", False),
    ("CVA", "ATS", False), ("CVA", "BUS", True), ("CVA", "CSV", False), ("REG", "CPI", False),
    ("REG", "UNI", False), ("REG", "ATS", False), ("PRE", "QUE", True), ("PRE", "CPO", True),
    ("PRE", "CAR", False), ("CPI", "CPA", False), ("CPI", "CLI", True), ("CPI", "CCI", False),
    ("ATS", "CAR", False), ("CPA", "UNI", False), ("CPA", "UCR", False), ("CPA", "SEN", False),
    ("CAR", "PAR", True), ("CAR", "CSV", False), ("CAR", "UCR", False), ("CAR", "FON", False),
    ("CLI", "CPO", False), ("CLI", "SIN", False), ("CLI", "MEC", False), ("CSV", "SEN", False),
    ("CSV", "FON", False), ("SEN", "ISL", True), ("ALB", "CSV", False), ("SIN", "ART", False),
    ("ART", "CCI", True), ("CCI", "MEC", False), ("ALG", "CPO", False), ("BUS", "MEC", False),
]

#: the two tables (IWGs) and their members
TABLES = {
    "Tavolo Immigrazione Varese": ["CVA", "PRE", "QUE", "CAR", "CPO", "CSV", "SEN", "UCR", "ISL",
                                   "ATS", "CPA"],
    "Tavolo Lavoro e Inclusione": ["CVA", "CPI", "CLI", "SIN", "ART", "CCI", "SEN"],
}


def sheets() -> dict[str, list[list[Any]]]:
    """The workbook's one sheet, Portatori di interesse, with Partner and Tavolo columns."""
    listed: dict[str, list[str]] = {k: [] for k in ORGANISATIONS}
    for a, b, both in PARTNERS:
        listed[a].append(b)
        if both:
            listed[b].append(a)
    rows = [HEADER]
    for number, (key, row) in enumerate(ORGANISATIONS.items(), start=1):
        name, sector, kind, level, themes, led, infl, intr, town, contact = row
        tables = [t for t, members in TABLES.items() if key in members]
        rows.append([name, sector, kind, level, themes, led, infl, intr, "Lombardia", town, contact,
                     email(contact), f"0332 555 {number:03d}",
                     "; ".join(ORGANISATIONS[k][0] for k in listed[key]) or None,
                     "; ".join(tables) or None, f"https://org{number:02d}.example.org"])
    return {"Portatori di interesse": rows}
