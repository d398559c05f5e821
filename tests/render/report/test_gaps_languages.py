"""The gap report and the recommendations in Spanish and Swedish: no English
sentence of the ``gaps`` catalogue is left, the IWG is called by the
language's own term, codebook values are words of the language, and counts
take the right plural for one and for many."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from stakegraph.analysis.gaps import Finding
from stakegraph.i18n import speaking
from stakegraph.jobs.gaps import find_gaps as gaps
from stakegraph.jobs.recommend import recommend
from stakegraph.render.report.gaps import describe, scope_phrase
from stakegraph.render.report.gaps_excel import gaps_sheet, recommendations_sheet

ROOT = Path(__file__).resolve().parents[3]
LOCALE = ROOT / "stakegraph" / "locale"
EXAMPLES = {"limerick_iwg_en.xlsx": "Shannonmouth City IWG",
            "andalucia_es.xlsx": "Foro Municipal de Integración de Málaga",
            "varese_it.xlsx": None}
#: the language's own word for an integration working group
IWG = {"es": "mesa de trabajo de integración", "sv": "arbetsgruppen för integration"}


def _catalog(lang: str):
    with (LOCALE / lang / "LC_MESSAGES" / "gaps.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _english_fragments(lang: str) -> list[str]:
    """The words of every English sentence of the catalogue between its
    placeholders, long enough to be a phrase and not kept as they are by
    the translation (a command such as ``pip install playwright``)."""
    fragments = set()
    for msg in _catalog(lang):
        if not msg.id:
            continue
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
        said = " ".join(msg.string if isinstance(msg.string, tuple) else (msg.string,))
        for text in ids:
            for literal, *_ in string.Formatter().parse(text):
                literal = literal.strip(" .;:,()'")
                if len(literal) >= 12 and " " in literal and literal not in said:
                    fragments.add(literal)
    return sorted(fragments)


def _first_iwg(book: Path) -> str:
    from stakegraph.io import load
    from stakegraph.model import iwg_nodes

    G = load(book).graph
    return str(G.nodes[iwg_nodes(G)[0]]["name"])


@pytest.fixture(scope="module", params=sorted(EXAMPLES))
def example(request):
    book = ROOT / "examples" / request.param
    return book, EXAMPLES[request.param] or _first_iwg(book)


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_reports_on_the_examples_hold_no_english_sentence(example, lang):
    book, iwg = example
    found = gaps(book, iwg=iwg, lang=lang)
    advice = recommend(book, iwg=iwg, size=3, lang=lang)
    text = found.text() + "\n" + advice.text()
    with speaking(lang):
        sheets = repr(gaps_sheet(found.found)) + repr(recommendations_sheet(advice.found))
    fragments = _english_fragments(lang)
    assert len(fragments) > 150  # the check has the catalogue's sentences to look for
    left = [f for f in fragments if f in text or f in sheets]
    assert left == []
    assert f"{IWG[lang]} «{iwg}»" in text if lang == "es" else f"{IWG[lang]} ”{iwg}”" in text
    assert "the IWG" not in text and "the IWG" not in sheets


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_sentences_name_sectors_types_and_themes_in_words_of_the_language(example, lang):
    book, iwg = example
    text = gaps(book, iwg=iwg, lang=lang).text() + recommend(book, iwg=iwg, size=3, lang=lang).text()
    sentences = [line for line in text.splitlines() if not re.match(r"^[a-z_]+(:[a-z_-]+)? ", line)]
    codes = {"civil_society", "statutory_agency", "local_authority", "migrant_led", "education_training",
             "social_cohesion"}
    assert [c for c in codes if any(c in s for s in sentences)] == []


def test_the_spanish_gap_report_of_the_andalusian_example_reads_as_spanish():
    text = gaps(ROOT / "examples" / "andalucia_es.xlsx", iwg="Foro Municipal de Integración de Málaga",
                lang="es").text()
    assert text.splitlines()[0].startswith(
        "Carencias en la mesa de trabajo de integración «Foro Municipal de Integración de Málaga» (9 miembros)")
    assert "  - El grupo no tiene ningún miembro del sector privado." in text
    assert "  - Nadie del grupo trabaja en educación y formación." in text
    assert "  - Ningún miembro de la sociedad civil tiene un vínculo con un miembro del sector privado." in text
    assert ("  - El sector de la sociedad civil reúne el 67 % de los miembros (6 de 9); más del 60 % se "
            "considera un equilibrio débil.") in text
    assert "\nsector privado                   falta " in text, "the requirement in words, not its id"
    assert "sector:private" not in text


def test_the_swedish_recommendations_say_scores_with_a_decimal_comma():
    text = recommend(ROOT / "examples" / "limerick_iwg_en.xlsx", iwg="Shannonmouth City IWG", lang="sv").text()
    assert text.splitlines()[1].startswith("Gruppen behöver fortfarande privat sektor, arbete med frågor om hälsa")
    assert "poäng 24,2 = privat sektor (saknas) 20 + regional nivå (saknas) 1" in text


@pytest.mark.parametrize("lang, one, many", [
    ("es", "El grupo solo tiene 1 miembro del sector privado (A); el perfil pide 2.",
     "El grupo solo tiene 3 miembros del sector privado (A, B, C); el perfil pide 4."),
    ("sv", "Gruppen har bara 1 medlem från privat sektor (A); profilen kräver 2.",
     "Gruppen har bara 3 medlemmar från privat sektor (A, B, C); profilen kräver 4."),
    ("en", "The group has only 1 private-sector member (A); the profile asks for 2.",
     "The group has only 3 private-sector members (A, B, C); the profile asks for 4."),
])
def test_counts_take_the_plural_of_the_language_for_one_and_for_many(lang, one, many):
    with speaking(lang):
        assert describe(Finding("sector:private", "sector", "private", "weak", 1, 2, ["A"])) == one
        assert describe(Finding("sector:private", "sector", "private", "weak", 3, 4, ["A", "B", "C"])) == many


@pytest.mark.parametrize("lang, one, many", [
    ("es", "la mesa de trabajo de integración «X» (1 miembro)", "todo el mapeo (12 actores)"),
    ("sv", "arbetsgruppen för integration ”X” (1 medlem)", "hela kartläggningen (12 aktörer)"),
])
def test_the_scope_is_named_in_the_language(lang, one, many):
    with speaking(lang):
        assert scope_phrase({"kind": "iwg", "iwg": "X", "size": 1}) == one
        assert scope_phrase({"kind": "mapping", "iwg": None, "size": 12}) == many


@pytest.mark.parametrize("lang, said", [
    ("es", "El grupo no tiene ningún miembro de tipo «ONG»."),
    ("sv", "Gruppen har ingen medlem av typen ”Ideell organisation”."),
])
def test_a_type_is_the_codebooks_word(lang, said):
    with speaking(lang):
        assert describe(Finding("type:ngo", "type", "ngo", "missing", 0, 1)) == said


@pytest.mark.parametrize("lang", ["es", "sv"])
def test_the_demo_gaps_text_matches_its_golden_copy(lang):
    """The demo's gaps.txt in the language, as committed in
    tests/data/gaps_golden (rewrite with ``python tests/render/report/test_gaps_languages.py``
    after a deliberate change, and read the difference)."""
    assert _demo_gaps(lang) == (ROOT / "tests" / "data" / "gaps_golden" / f"demo_gaps_{lang}.txt").read_text("utf-8")


def _demo_gaps(lang: str) -> str:
    from stakegraph.jobs.demo import DEMO_SIZE, example_workbook

    book = example_workbook()
    iwg = _first_iwg(book)
    return gaps(book, iwg=iwg, lang=lang).text() + "\n\n" + recommend(book, iwg=iwg, size=DEMO_SIZE,
                                                                      lang=lang).text() + "\n"


if __name__ == "__main__":
    for code in ("es", "sv"):
        (ROOT / "tests" / "data" / "gaps_golden" / f"demo_gaps_{code}.txt").write_text(_demo_gaps(code), "utf-8")
