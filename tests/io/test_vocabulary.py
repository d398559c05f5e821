"""The words people write for types, levels and themes, in each of the eight
languages; suggestions only in the sheet's language or English; the sheet's
language told by its values as well as its headers; a partner found by its
one distinctive word."""

from __future__ import annotations

import pytest

from stakegraph.codebook import LANGUAGES, default_codebook
from stakegraph.io.load import load

CB = default_codebook()

#: (language, vocabulary, word as written, code): the everyday words per language
EVERYDAY = [
    ("en", "type", "city hall", "local_authority"),
    ("en", "type", "regional government", "regional_authority"),
    ("en", "type", "health service", "statutory_agency"),
    ("en", "type", "social enterprise", "service_provider"),
    ("en", "type", "mosque", "faith_based"),
    ("en", "type", "trade association", "business_association"),
    ("en", "type", "think tank", "research"),
    ("en", "level", "nationwide", "national"),
    ("en", "theme", "school", "education_training"),
    ("en", "theme", "human rights", "anti_discrimination"),
    ("es", "type", "Autoridad regional", "regional_authority"),
    ("es", "type", "Agencia estatal", "statutory_agency"),
    ("es", "type", "Organización religiosa", "faith_based"),
    ("es", "type", "Ayuntamiento", "local_authority"),
    ("es", "type", "Asociación de empresas", "business_association"),
    ("es", "type", "Cooperativa social", "service_provider"),
    ("es", "type", "Asociación de vecinos", "community_group"),
    ("es", "level", "Autonómica", "regional"),
    ("es", "level", "Comarcal", "local"),
    ("es", "theme", "Escuela", "education_training"),
    ("es", "theme", "Protección internacional", "legal_status"),
    ("es", "theme", "Integración", "social_cohesion"),
    ("it", "type", "Agenzia sanitaria", "statutory_agency"),
    ("it", "type", "Associazione di imprese", "business_association"),
    ("it", "type", "Comune", "local_authority"),
    ("it", "type", "Giunta regionale", "regional_authority"),
    ("it", "type", "Associazione di volontariato", "ngo"),
    ("it", "type", "Cooperativa", "service_provider"),
    ("it", "type", "Moschea", "faith_based"),
    ("it", "level", "Sovracomunale", "regional"),
    ("it", "theme", "Scuola", "education_training"),
    ("it", "theme", "Accoglienza", "housing"),
    ("it", "theme", "Italiano L2", "language"),
    ("el", "type", "Τοπική αρχή", "local_authority"),
    ("el", "type", "Δήμος", "local_authority"),
    ("el", "type", "Αστυνομία", "statutory_agency"),
    ("el", "type", "Μη κερδοσκοπική οργάνωση", "ngo"),
    ("el", "type", "Σύλλογος μεταναστών", "migrant_led"),
    ("el", "level", "Εθνική", "national"),
    ("el", "theme", "Σχολείο", "education_training"),
    ("el", "theme", "Διεθνής προστασία", "legal_status"),
    ("pt", "type", "Câmara", "local_authority"),
    ("pt", "type", "Autoridade regional", "regional_authority"),
    ("pt", "type", "Instituto de emprego", "statutory_agency"),
    ("pt", "type", "Associação sem fins lucrativos", "ngo"),
    ("pt", "type", "Associação de empresas", "business_association"),
    ("pt", "level", "Intermunicipal", "regional"),
    ("pt", "theme", "Escola", "education_training"),
    ("pt", "theme", "Acolhimento", "housing"),
    ("fr", "type", "Mairie", "local_authority"),
    ("fr", "type", "Autorité régionale", "regional_authority"),
    ("fr", "type", "France Travail", "statutory_agency"),
    ("fr", "type", "Association loi 1901", "ngo"),
    ("fr", "type", "Mosquée", "faith_based"),
    ("fr", "level", "Départementale", "regional"),
    ("fr", "theme", "École", "education_training"),
    ("fr", "theme", "Accès aux soins", "health"),
    ("de", "type", "Landkreis", "local_authority"),
    ("de", "type", "Gemeinde", "local_authority"),
    ("de", "type", "Verein", "community_group"),
    ("de", "type", "Ausländerbehörde", "statutory_agency"),
    ("de", "type", "Wohlfahrtsverband", "ngo"),
    ("de", "type", "Genossenschaft", "service_provider"),
    ("de", "level", "Überregional", "regional"),
    ("de", "level", "Bundesweit", "national"),
    ("de", "theme", "Schule", "education_training"),
    ("de", "theme", "Integrationskurse", "language"),
    ("sv", "type", "Kommun", "local_authority"),
    ("sv", "type", "Länsstyrelsen", "regional_authority"),
    ("sv", "type", "Arbetsförmedlingen", "statutory_agency"),
    ("sv", "type", "Ideell förening", "ngo"),
    ("sv", "type", "Moské", "faith_based"),
    ("sv", "level", "Rikstäckande", "national"),
    ("sv", "theme", "Skola", "education_training"),
    ("sv", "theme", "Socialtjänst", "social_security"),
]


@pytest.mark.parametrize(("lang", "vocab", "word", "code"), EVERYDAY,
                         ids=[f"{lang}-{word}" for lang, _, word, _ in EVERYDAY])
def test_everyday_words_in_each_language(lang, vocab, word, code):
    assert CB.value(vocab, word) == code


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("vocab", ["type", "level", "theme"])
def test_every_type_level_and_theme_has_words_in_every_language(lang, vocab):
    assert [code for code, langs in CB.vocab[vocab].items() if not langs.get(lang)] == []


def _languages_of(vocab: str, word: str) -> set[str]:
    return {lang for langs in CB.vocab[vocab].values() for lang, words in langs.items() if word in words} | (
        {"en"} if word in CB.vocab[vocab] else set())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("vocab", ["sector", "type", "level", "theme", "tie_type", "role"])
def test_a_suggestion_is_in_the_sheets_language_or_english(lang, vocab):
    wrong = []
    for langs in CB.vocab[vocab].values():
        for word in langs.get(lang, []):
            typo = word[:-2] + word[-1] if len(word) > 5 else word + "x"
            said = CB.suggest(vocab, typo, lang)
            if said is not None and not _languages_of(vocab, said) & {lang, "en"}:
                wrong.append(f"{typo} -> {said}")
    assert wrong == []


def suggestions(report):
    return [(p.value, p.suggestion) for p in report.problems if p.code.startswith("unknown-")]


def test_a_spanish_sheet_reads_its_everyday_words_and_gets_spanish_suggestions(make_workbook):
    loaded = load(make_workbook({"Partes interesadas": [
        ["Nombre", "Sector", "Tipo", "Nivel"],
        ["Consejería de Inclusión", "Público", "Autoridad regional", "Autonómica"],
        ["Cruz Roja", "ONG", "Organizacion no gubernamentall", "Nacional"],
    ]}))
    assert loaded.graph.nodes["consejeria-de-inclusion"]["type"] == "regional_authority"
    assert suggestions(loaded.report) == [("Organizacion no gubernamentall", "Organización no gubernamental")]


def test_typos_are_answered_in_the_language_of_the_sheet(make_workbook):
    es = load(make_workbook({"Actores": [["Nombre", "Sector", "Tipo"],
                                         ["Junta", "Público", "Autoridade regionall"]]}, name="es.xlsx"))
    it = load(make_workbook({"Attori": [["Nome", "Settore", "Tipo"],
                                        ["Confcommercio Varese", "Privato", "Associazione di imprse"]]},
                            name="it.xlsx"))
    assert suggestions(es.report) == [("Autoridade regionall", "Autoridad regional")]
    assert suggestions(it.report) == [("Associazione di imprse", "Associazione di imprese")]


def test_the_sheets_language_is_told_by_its_values_when_headers_are_shared(make_workbook):
    # "Nome" and "Tipo" are Italian and Portuguese alike; "Associação" and "Câmara" are Portuguese
    loaded = load(make_workbook(Stakeholders=[
        ["Nome", "Tipo", "Setor "],
        ["Câmara Municipal de Braga", "Câmara", "Pubblico amministrazione"],
        ["Associação Olho Vivo", "Associação", "xyz"],
    ]))
    hints = [p.message for p in loaded.report.problems if p.code == "unknown-sector"]
    assert hints[-1] == ("'xyz' is not a sector; write Público, Privado or Sociedade civil "
                         "(public, private, civil_society)")


def test_a_partner_sharing_its_one_distinctive_word_with_one_stakeholder_is_suggested(make_workbook):
    loaded = load(make_workbook(Stakeholders=[
        ["name", "sector", "partners"],
        ["Caritas Ambrosiana", "NGO", "Comune di Milano"],
        ["Comune di Milano", "public", "Caritas Diocesana; Comune di Varese; Centro Astalli"],
        ["Centro Come", "NGO", None],
        ["Casa della Carità", "NGO", None],
    ]))
    assert [(p.value, p.suggestion) for p in loaded.report.errors] == [
        ("Caritas Diocesana", "Caritas Ambrosiana"),
        ("Comune di Varese", None),  # "Comune" names no one in particular
        ("Centro Astalli", None),    # nor does "Centro"
    ]


def test_the_transparency_registers_2021_category_names_give_a_sector_as_the_older_names_do():
    from stakegraph.io.vocabularies import category

    renamed = {"Regional structures": "Associations and networks of public authorities",
               "Other public or mixed entities": "Other organisations, public or mixed entities"}
    for old, new in renamed.items():
        assert category(old) is not None and category(new) is not None
        assert category(new).sector == category(old).sector == "public"
    assert category("Associations and networks of public authorities").level is None, "any level"
