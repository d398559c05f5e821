"""``--lang``: every command speaks the workbook's language by default
(``auto``), or the one asked for; ``--lang en`` writes what stakegraph always
wrote, and a report in another language holds no English sentence of the
catalogue."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from english import catalogue_runs

from stakegraph.cli import main

ROOT = Path(__file__).parents[2]
SPANISH = ROOT / "examples" / "andalucia_es.xlsx"
CATALAN = ROOT / "tests" / "data" / "catalan" / "mapatge_ca.xlsx"

#: a Spanish workbook with one mistake of each kind validate names
FAULTY = {
    "Actores": [["Nombre", "Sector", "Tipo", "Nivel", "Temas", "Dirigida por migrantes", "Influencia"],
                ["Ayuntamiento de Murcia", "Público", "Ayuntamiento", "Local", "Vivienda", "No", 5],
                ["Cáritas Murcia", "Sociedad civl", "ONG", "Regional", "Salud", "No", 3],
                [None, "Público", None, None, None, None, None],
                ["Murcia Acoge", None, "ONG", "Local", "Empleo; Deportes", "Quizás", 9],
                ["Ayuntamiento de Murcia", "Público", "Ayuntamiento", "Local", "Vivienda", "No", 4]],
    "Relaciones": [["Origen", "Destino", "Tipo", "Peso"],
                   ["Ayuntamiento de Murcia", "Cáritas Murcia", "Financiación", 3],
                   ["Cáritas Murcia", "Cáritas Murcia", "Colaboración", 2],
                   ["Murcia Acoge", "Cruz Roja Murcia", "Información", "mucho"],
                   [None, "Murcia Acoge", "Colaboración", 1]],
    "Grupos de trabajo": [["Grupo de trabajo", "Organización", "Rol"],
                          ["Mesa de Murcia", "Cáritas Murcia", "Presidencia"],
                          ["Mesa de Murcia", "Cáritas Murcia", "Miembro"],
                          ["Mesa de Murcia", "Asociación Rumiñahui", "Observador"]],
}


def test_auto_speaks_the_spanish_example_in_spanish(runner):
    result = runner("validate", SPANISH)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:4] == [
        f"{SPANISH}: 0 errores, 0 avisos",
        "Se importaron 30 actores, 63 vínculos, 1 mesa de trabajo y 9 pertenencias.",
        "",
        "hoja               filas  importadas  fusionadas  rechazadas",
    ]
    assert runner("validate", SPANISH, "--lang", "auto").stdout == result.stdout


def test_lang_en_writes_the_english_report(runner):
    result = runner("validate", SPANISH, "--lang", "en")
    assert result.stdout.splitlines()[:2] == [
        f"{SPANISH}: 0 errors, 0 warnings",
        "Imported 30 stakeholders, 63 ties, 1 IWG, 9 memberships.",
    ]
    assert "NOTES\n  Actores, row 1, column Persona de contacto: the column 'Persona de contacto' is treated as " \
           "personal data (its header is read as the contact column)" in result.stdout


def test_the_catalan_workbook_is_answered_in_catalan(runner):
    result = runner("validate", CATALAN)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        f"{CATALAN}: 0 errors, 0 avisos",
        "S'han importat 6 actors, 4 vincles, 1 taula de treball i 3 pertinences.",
    ]


def test_each_problem_is_said_in_spanish_with_its_place(runner, make_workbook):
    result = runner("validate", make_workbook(FAULTY))
    assert result.exit_code == 1
    said = result.stdout
    assert "  Actores, fila 3, columna Sector: «Sociedad civl» no es un sector; ¿quería decir «Sociedad civil»?" in said
    assert "  Actores, fila 4, columna Nombre: el nombre está vacío; la fila se omite" in said
    assert ("  Actores, fila 5, columna Sector: el sector de «Murcia Acoge» está vacío; escriba Público, Privado o "
            "Sociedad civil") in said
    assert ("  Relaciones, fila 3, columna Destino: «Cáritas Murcia» está vinculado consigo mismo; el vínculo se "
            "omite") in said
    assert ("  Relaciones, fila 5, columna Origen: el campo «origen» está vacío; la fila se omite") in said
    assert "ERRORES\n" in said and "AVISOS\n" in said


def test_a_spanish_report_holds_no_english_sentence_of_the_catalogue(runner, make_workbook):
    result = runner("validate", make_workbook(FAULTY))
    said = result.stdout + result.stderr
    runs = sorted(catalogue_runs("es"))  # every domain's sentences
    assert len(runs) > 100  # the catalogue is read, not an empty list
    assert [run for run in runs if run in said] == []
    # and the same report in English does hold them: the comparison can fail
    english = runner("validate", make_workbook(FAULTY, name="en.xlsx"), "--lang", "en").stdout
    assert sum(run in english for run in runs) >= 8


def test_an_unknown_language_is_a_usage_error_listing_the_languages(runner, tmp_path):
    # refused in the workbook's language, as --lang auto would have spoken
    result = runner("validate", SPANISH, "--lang", "ess")
    assert result.exit_code == 2
    assert ("Error: Valor no válido para '--lang': «ess» no es un idioma que hable stakegraph (auto, en, es, it, "
            "el, pt, fr, de, sv, ca); ¿quería decir «es»?") in result.stderr
    # no workbook to tell the language: English
    result = runner("template", tmp_path / "t.xlsx", "--lang", "klingon")
    assert result.exit_code == 2
    assert "'klingon' is not a language stakegraph speaks (auto, en, es, it, el, pt, fr, de, sv, ca)\n" in result.stderr
    assert not (tmp_path / "t.xlsx").exists()


def test_an_error_is_said_in_the_language_asked_for(runner, tmp_path):
    book = tmp_path / "mapa.xlsx"
    book.write_text("no es una hoja de cálculo", "utf-8")
    result = runner("validate", book, "--lang", "es")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {book}: «mapa.xlsx» no es una hoja de cálculo que stakegraph pueda leer (")


@pytest.mark.parametrize("lang", ["es", "sv", "ca"])
def test_every_command_takes_lang(lang):
    for name, command in main.commands.items():
        lang_options = [p for p in command.params if "--lang" in getattr(p, "opts", ())]
        assert len(lang_options) == 1, name
        assert lang_options[0].default == "auto", name
        assert lang_options[0].process_value(click.Context(command), lang) == lang


def test_auto_reads_the_workbook_once(runner, monkeypatch):
    from stakegraph.io import files

    reads = []
    original = files._read_file
    monkeypatch.setattr(files, "_read_file", lambda *a: reads.append(a[0]) or original(*a))
    assert runner("validate", SPANISH).exit_code == 0
    assert reads == [SPANISH]
