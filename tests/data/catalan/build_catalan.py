"""Build ``mapatge_ca.xlsx``: a Catalan mapping (invented organisations) with
Catalan sheet names, headers and values, as a Catalan coordinator would write
it. Run ``python tests/data/catalan/build_catalan.py`` to rebuild it."""

from __future__ import annotations

import sys
from pathlib import Path

SHEETS = {
    "Parts interessades": [
        ["Nom", "Sector", "Tipus", "Nivell", "Temes", "Dirigida per migrants", "Influència", "Interès",
         "Municipi"],
        ["Ajuntament de Vilanova del Riu", "Públic", "Administració local", "Local",
         "Habitatge; Ocupació", "No", 5, 4, "Vilanova del Riu"],
        ["Consell Comarcal de la Plana Alta", "Administració pública", "Consell comarcal", "Comarcal",
         "Serveis socials", "no", 4, 3, "Sant Pere de la Plana"],
        ["Fundació Acollida Oberta", "Societat civil", "Fundació", "Regional",
         "Assessorament jurídic; Llengua", "No", 3, 5, "Vilanova del Riu"],
        ["Associació Senegalesa del Vallès", "Tercer sector", "Associació de migrants", "Local",
         "Cohesió social; Cultura i religió", "Sí", 2, 5, "Terrassola"],
        ["Cooperativa Fruites del Camp", "Privat", "Empresa", "Comarcal", "Ocupació", "No", 1, 2,
         "Alcarràs de Baix"],
        ["Sindicat de Treballadors del Camp", "Societat civil", "Sindicat", "Regional",
         "Ocupació; Antidiscriminació", "No", 3, 3, "Lleida"],
    ],
    "Relacions": [
        ["Origen", "Destí", "Tipus", "Pes", "Dirigida"],
        ["Ajuntament de Vilanova del Riu", "Fundació Acollida Oberta", "Finançament", 4, "Sí"],
        ["Fundació Acollida Oberta", "Associació Senegalesa del Vallès", "Col·laboració", 5, "No"],
        ["Cooperativa Fruites del Camp", "Sindicat de Treballadors del Camp", "Informació", 2, "No"],
        ["Consell Comarcal de la Plana Alta", "Fundació Acollida Oberta", "Derivació", 3, "Sí"],
    ],
    "Grups de treball": [
        ["Grup de treball", "Organització", "Rol"],
        ["Taula d'acollida de la Plana", "Ajuntament de Vilanova del Riu", "Presidència"],
        ["Taula d'acollida de la Plana", "Fundació Acollida Oberta", "Secretaria tècnica"],
        ["Taula d'acollida de la Plana", "Associació Senegalesa del Vallès", "Membre"],
    ],
}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from conftest import write_workbook

    write_workbook(Path(__file__).with_name("mapatge_ca.xlsx"), SHEETS)
