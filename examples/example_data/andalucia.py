"""A Spanish regional mapping around Málaga (Andalucía): 30 organisations,
their ties as a symmetric adjacency matrix of weights 1-5 (sheet ``Matriz``:
63 ties, one per pair), and one working group of 9 members. Sheet names,
headers and values are in Spanish; ``Provincia`` is a column stakegraph does
not know and keeps. The Ayuntamiento de Marbella has no tie.
"""

from __future__ import annotations

from typing import Any

from example_data import email

__all__ = ["GROUP", "MEMBERS", "ORGANISATIONS", "TIES", "sheets"]

HEADER = ["Nombre", "Sector", "Tipo", "Ámbito", "Temas", "Dirigida por migrantes", "Influencia",
          "Interés", "Comunidad autónoma", "Provincia", "Municipio", "País", "Persona de contacto",
          "Correo electrónico", "Teléfono"]

# key: (Nombre, Sector, Tipo, Ámbito, Temas, Dirigida por migrantes, Influencia, Interés, Municipio, Contacto)
ORGANISATIONS: dict[str, tuple[Any, ...]] = {
    "AYM": ("Ayuntamiento de Málaga", "Público", "Ayuntamiento", "Local",
            "Vivienda; Cohesión social", "No", 5, 4, "Málaga", "A. García"),
    "JUN": ("Junta de Andalucía, Delegación de Inclusión Social", "Público", "Administración autonómica",
            "Autonómico", "Protección social; Empleo", "No", 5, 4, "Málaga", "B. Fernández"),
    "DIP": ("Diputación Provincial de Málaga", "Público", "Diputación", "Provincial",
            "Cohesión social; Servicios sociales", "No", 4, 3, "Málaga", "C. López"),
    "SUB": ("Subdelegación del Gobierno en Málaga", "Público", "Subdelegación del Gobierno", "Estatal",
            "Extranjería", "No", 5, 3, "Málaga", "D. Martínez"),
    "SAE": ("Servicio Andaluz de Empleo, Oficina Málaga Centro", "Público", "Organismo público",
            "Autonómico", "Empleo", "No", 4, 3, "Málaga", "E. Sánchez"),
    "SAS": ("Distrito Sanitario Málaga", "Público", "Organismo público", "Autonómico",
            "Salud", "No", 4, 3, "Málaga", "F. Pérez"),
    "UMA": ("Universidad de Málaga, Observatorio de Migraciones", "Público", "Universidad", "Autonómico",
            "Educación y formación; Antidiscriminación", "No", 3, 3, "Málaga", "G. Gómez"),
    "CEP": ("Centro de Educación Permanente Málaga Centro", "Público", "Organismo público", "Local",
            "Idioma; Educación", "No", 2, 4, "Málaga", "H. Martín"),
    "CAR": ("Cáritas Diocesana de Málaga", "Sociedad civil", "Entidad religiosa", "Provincial",
            "Vivienda; Empleo; Protección social", "No", 4, 5, "Málaga", "I. Jiménez"),
    "CRZ": ("Cruz Roja Española en Málaga", "Sociedad civil", "ONG", "Provincial",
            "Vivienda; Salud; Empleo", "No", 4, 5, "Málaga", "J. Ruiz"),
    "PAB": ("Puerta Abierta Málaga", "Sociedad civil", "ONG", "Local",
            "Extranjería; Idioma; Empleo", "No", 3, 5, "Málaga", "K. Hernández"),
    "RSU": ("Refugio Sur", "ONG", "ONG", "Autonómico",
            "Asilo; Vivienda", "No", 3, 5, "Málaga", "L. Díaz"),
    "SEN": ("Asociación Senegalesa de Málaga", "Sociedad civil", "Asociación de migrantes", "Local",
            "Cultura; Empleo", "Sí", 1, 5, "Málaga", "M. Diop"),
    "MAR": ("Asociación de Mujeres Marroquíes de la Costa", "Sociedad civil", "Asociación de migrantes",
            "Local", "Igualdad; Idioma", "Sí", 1, 5, "Torremolinos", "N. El Amrani"),
    "LAT": ("Asociación Latinoamericana Sol de Málaga", "Sociedad civil", "Asociación de migrantes",
            "Local", "Participación; Cultura", "Sí", 1, 4, "Málaga", "O. Quispe"),
    "UCR": ("Asociación Ucraniana de Andalucía", "Sociedad civil", "Asociación de migrantes",
            "Autonómico", "Idioma; Vivienda", "Sí", 1, 5, "Málaga", "P. Shevchenko"),
    "PAR": ("Parroquia de San Andrés, Acogida", "Sociedad civil", "Parroquia", "Local",
            "Cohesión social", "No", 2, 3, "Málaga", "Q. Moreno"),
    "ISL": ("Comunidad Islámica de Málaga", "Sociedad civil", "Entidad religiosa", "Local",
            "Cultura y religión", "No", 2, 3, "Málaga", "R. Benali"),
    "VEC": ("Asociación Vecinal Trinidad-Perchel", "Sociedad civil", "Asociación vecinal", "Local",
            "Convivencia", "No", 2, 3, "Málaga", "S. Romero"),
    "SIN": ("Sindicato Provincial de Trabajadores de Málaga", "Sociedad civil", "Sindicato", "Provincial",
            "Empleo; Antidiscriminación", "No", 3, 3, "Málaga", "T. Navarro"),
    "AEC": ("Asociación de Empresarios de la Costa del Sol", "Privado", "Asociación empresarial",
            "Provincial", "Empleo", "No", 4, 2, "Marbella", "U. Torres"),
    "CAM": ("Cámara de Comercio de Málaga", "Privado", "Cámara de comercio", "Provincial",
            "Empleo; Formación", "No", 4, 2, "Málaga", "V. Domínguez"),
    "HOT": ("Hoteles Costa Azul S.L.", "Privado", "Empresa", "Local",
            "Empleo", "No", 3, 2, "Torremolinos", "W. Vázquez"),
    "AGR": ("Agroexport Axarquía S.A.", "Privado", "Empresa", "Provincial",
            "Empleo", "No", 3, 2, "Vélez-Málaga", "X. Ramos"),
    "FUN": ("Fundación Formación y Empleo Sur", "Sociedad civil", "Fundación", "Autonómico",
            "Formación; Empleo", "No", 3, 4, "Málaga", "Y. Gil"),
    "RAD": ("Onda Costa Radio", "Privado", "Medios de comunicación", "Local",
            "Antidiscriminación", "No", 2, 2, "Málaga", "Z. Serrano"),
    "VEL": ("Ayuntamiento de Vélez-Málaga", "Público", "Ayuntamiento", "Local",
            "Vivienda; Empleo", "No", 3, 3, "Vélez-Málaga", "A. Molina"),
    "MBL": ("Ayuntamiento de Marbella", "Público", "Ayuntamiento", "Local",
            "Cohesión social", "No", 3, 2, "Marbella", "B. Blanco"),
    "CSP": ("Centro de Salud El Palo", "Público", "Organismo público", "Local",
            "Salud", "No", 2, 3, "Málaga", "C. Suárez"),
    "ABO": ("Colegio de Abogados, Turno de Extranjería", "Sociedad civil", "Otro", "Provincial",
            "Extranjería; Antidiscriminación", "No", 3, 3, "Málaga", "D. Castro"),
}

#: undirected ties and their weight (1-5); the matrix holds each twice
TIES = [
    ("AYM", "JUN", 4), ("AYM", "DIP", 3), ("AYM", "SUB", 2), ("AYM", "CAR", 4), ("AYM", "CRZ", 4),
    ("AYM", "PAB", 3), ("AYM", "VEC", 2), ("AYM", "CEP", 2), ("AYM", "SAE", 2), ("AYM", "RAD", 1),
    ("JUN", "DIP", 3), ("JUN", "SAE", 5), ("JUN", "SAS", 4), ("JUN", "UMA", 2), ("JUN", "FUN", 3),
    ("JUN", "CAR", 3), ("JUN", "CRZ", 3), ("JUN", "RSU", 3), ("DIP", "VEL", 3), ("DIP", "CAR", 2),
    ("SUB", "RSU", 3), ("SUB", "CRZ", 3), ("SUB", "ABO", 2), ("SAE", "FUN", 4), ("SAE", "CAM", 2),
    ("SAE", "PAB", 2), ("SAE", "AEC", 1), ("SAS", "CSP", 5), ("SAS", "CRZ", 2), ("CSP", "MAR", 1),
    ("CSP", "VEC", 1), ("UMA", "PAB", 2), ("UMA", "RSU", 2), ("UMA", "CEP", 1), ("CEP", "SEN", 2),
    ("CEP", "MAR", 2), ("CEP", "UCR", 3), ("CAR", "CRZ", 3), ("CAR", "PAR", 4), ("CAR", "LAT", 2),
    ("CAR", "UCR", 2), ("CRZ", "RSU", 3), ("CRZ", "UCR", 3), ("PAB", "SEN", 3), ("PAB", "MAR", 3),
    ("PAB", "LAT", 2), ("PAB", "ABO", 3), ("PAB", "SIN", 2), ("RSU", "ABO", 2), ("SEN", "ISL", 3),
    ("MAR", "ISL", 2), ("PAR", "VEC", 2), ("SIN", "AGR", 1), ("SIN", "HOT", 1), ("AEC", "CAM", 4),
    ("AEC", "HOT", 3), ("CAM", "AGR", 3), ("CAM", "FUN", 2), ("VEL", "AGR", 2), ("VEL", "CAR", 1),
    ("FUN", "SEN", 1), ("HOT", "RAD", 1), ("LAT", "VEC", 1),
]

GROUP = "Foro Municipal de Integración de Málaga"
#: (key, Rol, Desde)
MEMBERS = [("AYM", "Presidencia", 2018), ("PAB", "Secretaría técnica", 2018), ("CAR", "Miembro", 2018),
           ("CRZ", "Miembro", 2018), ("SEN", "Miembro", 2019), ("MAR", "Miembro", 2021),
           ("SAE", "Miembro", 2019), ("VEC", "Miembro", 2020), ("SUB", "Observador", 2018)]


def sheets() -> dict[str, list[list[Any]]]:
    """The workbook's sheets: Actores, Matriz and Grupos de trabajo."""
    actors = [HEADER]
    for number, (name, sector, kind, level, themes, led, infl, intr, town, contact) in enumerate(
            ORGANISATIONS.values(), start=1):
        actors.append([name, sector, kind, level, themes, led, infl, intr, "Andalucía", "Málaga",
                       town, "España", contact, email(contact),
                       f"952 555 {number:03d}"])
    keys = list(ORGANISATIONS)
    weight = {frozenset((a, b)): w for a, b, w in TIES}
    matrix: list[list[Any]] = [[None] + [ORGANISATIONS[k][0] for k in keys]]
    for a in keys:
        matrix.append([ORGANISATIONS[a][0]] + [weight.get(frozenset((a, b)), 0) for b in keys])
    group = [["Grupo de trabajo", "Organización", "Rol", "Desde"]]
    group += [[GROUP, ORGANISATIONS[k][0], role, since] for k, role, since in MEMBERS]
    return {"Actores": actors, "Matriz": matrix, "Grupos de trabajo": group}
