"""The printed table cards of a seating: one A4 page per table and round, in
the session's language, every name escaped; the PDF is read back with pypdf."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdf
import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from stakegraph.analysis.seating import Attendee, Seating
from stakegraph.cli import main
from stakegraph.i18n import missing
from stakegraph.render.report.tables import cards_html

EXAMPLES = Path(__file__).parents[3] / "examples"
CARDS = Path(__file__).parents[3] / "stakegraph" / "render" / "report" / "tables"
LOCALE = Path(__file__).parents[3] / "stakegraph" / "locale"
LANGUAGES = ("es", "it", "el", "pt", "fr", "de", "sv", "ca")


def pdf_pages(path: Path) -> list[str]:
    # pypdf breaks a long cell over lines; the words of a page, one space apart
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_of_the_cards_is_in_the_language(lang):
    assert missing(lang, CARDS) == []
    with (LOCALE / lang / "LC_MESSAGES" / "tables.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain="tables")
    words = {(m.context, m.id): m.string for m in catalog if m.id}
    for word in ("Table {table}", "Round {round}", "Organisation", "Sector", "Type", "Seating plan"):
        assert words[("seating", word)].strip()
    assert "{table}" in words[("seating", "Table {table}")]
    assert "{round}" in words[("seating", "Round {round}")]


def test_names_are_escaped_and_codes_are_words():
    people = {"a": Attendee("a", '<img src=x onerror="alert(1)">', "civil_society", "local", type="migrant_led"),
              "b": Attendee("b", "Ajuntament & Co", "public", "local", type="local_authority"),
              "c": Attendee("c", "Club", None, None, type="club")}
    page = cards_html(Seating([[["a", "b", "c"]]], 0, 0, True, "OPTIMAL"), people, lang="ca")
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "Ajuntament &amp; Co" in page
    # the codebook's Catalan words, the catalogue's for the cards' own
    assert "Taula 1" in page and "Ronda 1" in page and "Societat civil" in page
    assert "Entitat de persones migrades" in page and "Administració local" in page
    assert "migrant_led" not in page and ">club<" in page  # a value not in the codebook, as written
    assert '<html lang="ca">' in page


def run(*args: str):
    return CliRunner().invoke(main, ["tables", *args, "--time-limit", "1"])


@pytest.mark.browser
def test_the_example_session_prints_its_plan_then_a_card_per_table_and_round(tmp_path, browser):
    out = tmp_path / "seating.pdf"
    attendees = EXAMPLES / "session_attendees_en.txt"
    result = run(str(EXAMPLES / "limerick_iwg_en.xlsx"), "--attendees", str(attendees),
                 "--tables", "4", "--rounds", "2", "-o", str(out), "--lang", "es", "--format", "json")
    assert result.exit_code == 0, result.stderr
    seating = json.loads(result.stdout)["rounds"]
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1 + 8
    # A4 landscape, in points
    assert all(round(float(p.mediabox.width)) == 842 and round(float(p.mediabox.height)) == 595
               for p in reader.pages)
    plan, *pages = pdf_pages(out)
    # the plan: both rounds, each table's attendees under it, and the sectors' key
    assert plan.startswith("Distribución de las mesas Ronda 1 Mesa 1 ")
    assert plan.index("Ronda 1") < plan.index("Ronda 2")
    assert plan.endswith("Público Privado Sociedad civil")
    for tables in seating:
        for names in tables:
            assert all(" ".join(n.split()) in plan for n in names)
    for r, tables in enumerate(seating, start=1):
        for t, names in enumerate(tables, start=1):
            text = pages[(r - 1) * 4 + (t - 1)]
            assert text.startswith(f"Mesa {t} Ronda {r} Organización Sector Tipo ")
            for name in names:
                assert " ".join(name.split()) in text
            others = {n for ts in tables for n in ts} - set(names)
            assert not any(n in text for n in others)
    first = pages[0]
    assert re.search(r"Público|Privado|Sociedad civil", first)
    assert "public" not in first and "civil_society" not in first


@pytest.mark.browser
def test_the_cards_speak_the_workbooks_language(tmp_path, browser):
    out = tmp_path / "mesas.pdf"
    result = run(str(EXAMPLES / "andalucia_es.xlsx"), "--iwg", "Foro Municipal de Integración de Málaga",
                 "--tables", "2", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    plan, *pages = pdf_pages(out)
    assert plan.startswith("Distribución de las mesas Ronda 1 Mesa 1 ")
    assert [p.split(" Organización")[0] for p in pages] == ["Mesa 1 Ronda 1", "Mesa 2 Ronda 1"]


def test_cards_without_chromium_are_a_clear_error(tmp_path, monkeypatch):
    from stakegraph.errors import StakegraphError
    from stakegraph.render import chromium
    from stakegraph.render.report.tables import write_cards_pdf

    monkeypatch.setattr(chromium, "CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setattr(chromium.shutil, "which", lambda name: None)
    people = {"a": Attendee("a", "Doras")}
    with pytest.raises(StakegraphError) as err:
        write_cards_pdf(Seating([[["a"]]], 0, 0, True, "OPTIMAL"), people, tmp_path / "seating.pdf")
    assert str(err.value).endswith(f"Chromium is not installed at {tmp_path / 'no-chromium'}; install it "
                                   "(apt-get install chromium) or write the seating as .xlsx")
    assert not (tmp_path / "seating.pdf").exists()
