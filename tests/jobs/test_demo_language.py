"""The demo's summary and the group jobs' text follow the language asked
for; JSON keeps its keys and paths, only the words for people change."""

from __future__ import annotations

from stakegraph.jobs.demo import DemoResult
from stakegraph.jobs.gaps import find_gaps as gaps
from stakegraph.jobs.recommend import recommend
from stakegraph.model.report import ImportReport
from stakegraph.render.report.gaps import format_gaps
from stakegraph.render.report.recommend import format_recommendations


def test_the_demo_summary_is_written_in_the_language_asked_for():
    result = DemoResult("/x/limerick_iwg_en.xlsx", "out", ImportReport("b.xlsx"), ["out/map.html", "out/gaps.txt"],
                        lang="es")
    assert result.summary() == [
        "A partir del ejemplo incluido (limerick_iwg_en.xlsx, una copia de examples/limerick_iwg_en.xlsx), "
        "stakegraph ha generado:",
        "  out/map.html  —  el mapa interactivo: ábralo en un navegador, funciona sin conexión",
        "  out/gaps.txt  —  lo que le falta a la mesa de trabajo del ejemplo, y a quién invitar primero"]
    assert result.payload()["files"][0] == {
        "path": "out/map.html", "what": "el mapa interactivo: ábralo en un navegador, funciona sin conexión"}
    assert DemoResult("b", "f", ImportReport("b.xlsx"), lang="sv").closing() == (
        "Öppna map.html i en webbläsare (den behöver ingen internetuppkoppling) och läs gaps.txt.")


def test_english_stays_the_default(make_workbook):
    book = make_workbook(Stakeholders=[["name", "sector", "iwg"], ["Council", "public", "G"],
                                       ["Dell", "private", None]])
    found = gaps(book, iwg="G")
    advice = recommend(book, iwg="G")
    assert (found.lang, found.text()) == ("en", format_gaps(found.found))
    assert advice.text() == format_recommendations(advice.found)
    assert recommend(book, iwg="G", lang="sv").text().startswith("Rekommendationer för arbetsgruppen för integration")
