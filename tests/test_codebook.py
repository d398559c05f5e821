"""The codebook: the words of sheets, columns and values in eight languages.

The tables below are what an integration officer in each country writes;
each must reach the right code, and no word may mean two codes in one table
(the codebook would silently keep the first)."""

from __future__ import annotations

import pytest

from stakegraph.codebook import LANGUAGES, VOCABULARIES, Codebook, default_codebook, fold

CB = default_codebook()


def _tables(cb: Codebook) -> dict[str, dict[str, dict[str, list[str]]]]:
    """Every table a word is looked up in: sheets, columns per sheet kind, vocabularies."""
    tables = {"sheets": cb.sheets}
    tables.update({f"columns.{kind}": fields for kind, fields in cb.columns.items()})
    tables.update({f"vocab.{name}": codes for name, codes in cb.vocab.items()})
    return tables


def conflicts(table: dict[str, dict[str, list[str]]]) -> list[str]:
    """The words of ``table`` that fold to a word of another code."""
    owner: dict[str, tuple[str, str]] = {}
    found = []
    for code, langs in table.items():
        for lang, words in [("code", [code]), *langs.items()]:
            for word in words:
                key = fold(word)
                first = owner.setdefault(key, (code, word))
                if first[0] != code:
                    found.append(f"{lang} '{word}' ({code}) is also '{first[1]}' ({first[0]})")
    return found


@pytest.mark.parametrize("table", sorted(_tables(CB)))
def test_no_word_means_two_codes_in_one_table(table):
    assert conflicts(_tables(CB)[table]) == []


def test_the_conflict_check_finds_a_false_friend():
    # Swedish "Departement" is a ministry; French "Département" a regional authority
    table = {"national_authority": {"sv": ["Departement"]},
             "regional_authority": {"fr": ["Département"]}}
    assert conflicts(table) == [
        "fr 'Département' (regional_authority) is also 'Departement' (national_authority)"]


@pytest.mark.parametrize("table", sorted(_tables(CB)))
def test_every_code_has_words_in_all_eight_languages(table):
    missing = [f"{code}: {lang}" for code, langs in _tables(CB)[table].items()
               for lang in LANGUAGES if not langs.get(lang)]
    assert missing == []


def test_the_vocabularies_are_the_documented_ones():
    assert tuple(CB.vocab) == VOCABULARIES
    assert CB.codes("sector") == ["public", "private", "civil_society"]
    assert CB.codes("role") == ["chair", "co_chair", "secretariat", "member", "observer"]


def test_no_theme_word_holds_a_separator_of_multi_value_cells():
    # "a; b", "a, b" and "a | b" split a themes cell, so no theme word may hold them
    words = [w for langs in CB.vocab["theme"].values() for ws in langs.values() for w in ws]
    assert [w for w in words if any(s in w for s in ";,|\n")] == []


@pytest.mark.parametrize("kind", ["stakeholders", "relationships", "memberships", "lists",
                                  "instructions", "dropdowns"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sheet_label_is_a_legal_excel_sheet_name(kind, lang):
    label = CB.sheet_label(kind, lang)
    assert 0 < len(label) <= 31 and not set(label) & set("[]:*?/\\")
    assert CB.sheet_kind(label) == kind


SHEETS = [
    ("en", "Stakeholders", "stakeholders"), ("en", "organisations", "stakeholders"),
    ("es", "Partes interesadas", "stakeholders"), ("es", "Actores", "stakeholders"),
    ("it", "Portatori di interesse", "stakeholders"), ("it", "Attori", "stakeholders"),
    ("it", "Stakeholder", "stakeholders"), ("el", "Ενδιαφερόμενα μέρη", "stakeholders"),
    ("el", "ΦΟΡΕΙΣ", "stakeholders"), ("pt", "Partes interessadas", "stakeholders"),
    ("fr", "Parties prenantes", "stakeholders"), ("fr", "Acteurs", "stakeholders"),
    ("de", "Akteure", "stakeholders"), ("de", "Interessengruppen", "stakeholders"),
    ("sv", "Aktörer", "stakeholders"), ("sv", "Intressenter", "stakeholders"),
    ("es", "Relaciones", "relationships"), ("it", "Relazioni", "relationships"),
    ("el", "Σχέσεις", "relationships"), ("pt", "Relações", "relationships"),
    ("fr", "Liens", "relationships"), ("de", "Beziehungen", "relationships"),
    ("sv", "Relationer", "relationships"), ("es", "Grupos de trabajo", "memberships"),
    ("it", "Tavoli", "memberships"), ("el", "Ομάδες εργασίας", "memberships"),
    ("pt", "Grupos de trabalho", "memberships"), ("fr", "Groupes de travail", "memberships"),
    ("de", "Arbeitsgruppen", "memberships"), ("sv", "Arbetsgrupper", "memberships"),
    ("es", "Listas", "lists"), ("it", "Elenchi", "lists"), ("el", "Λίστες", "lists"),
    ("fr", "Listes", "lists"), ("de", "Listen", "lists"), ("sv", "Listor", "lists"),
    ("es", "Instrucciones", "instructions"), ("it", "Istruzioni", "instructions"),
    ("el", "Οδηγίες", "instructions"), ("pt", "Instruções", "instructions"),
    ("de", "Anleitung", "instructions"), ("sv", "Instruktioner", "instructions"),
]


@pytest.mark.parametrize(("lang", "name", "kind"), SHEETS)
def test_sheet_names_in_every_language(lang, name, kind):
    assert CB.sheet_kind(name) == kind


COLUMNS = [
    ("stakeholders", "es", "Nombre", "name"), ("stakeholders", "it", "Nome", "name"),
    ("stakeholders", "el", "Όνομα", "name"), ("stakeholders", "pt", "Nome", "name"),
    ("stakeholders", "fr", "Nom", "name"), ("stakeholders", "de", "Name", "name"),
    ("stakeholders", "sv", "Namn", "name"), ("stakeholders", "es", "Entidad", "name"),
    ("stakeholders", "it", "Settore", "sector"), ("stakeholders", "el", "Τομέας", "sector"),
    ("stakeholders", "pt", "Setor", "sector"), ("stakeholders", "fr", "Secteur", "sector"),
    ("stakeholders", "de", "Sektor", "sector"), ("stakeholders", "es", "Tipo", "type"),
    ("stakeholders", "it", "Tipologia", "type"), ("stakeholders", "de", "Typ", "type"),
    ("stakeholders", "es", "Ámbito", "level"), ("stakeholders", "de", "Ebene", "level"),
    ("stakeholders", "sv", "Nivå", "level"), ("stakeholders", "fr", "Thèmes", "themes"),
    ("stakeholders", "de", "Handlungsfelder", "themes"), ("stakeholders", "el", "Θεματικές", "themes"),
    ("stakeholders", "sv", "Migrantledd", "migrant_led"),
    ("stakeholders", "es", "Dirigida por migrantes", "migrant_led"),
    ("stakeholders", "it", "Influenza", "influence"), ("stakeholders", "sv", "Inflytande", "influence"),
    ("stakeholders", "fr", "Intérêt", "interest"), ("stakeholders", "el", "Ενδιαφέρον", "interest"),
    ("stakeholders", "es", "Comunidad autónoma", "region"), ("stakeholders", "sv", "Län", "region"),
    ("stakeholders", "it", "Comune", "municipality"), ("stakeholders", "pt", "Concelho", "municipality"),
    ("stakeholders", "de", "Land", "country"), ("stakeholders", "fr", "Pays", "country"),
    ("stakeholders", "it", "Referente", "contact"), ("stakeholders", "de", "Ansprechperson", "contact"),
    ("stakeholders", "fr", "Courriel", "email"), ("stakeholders", "sv", "E-post", "email"),
    ("stakeholders", "pt", "Telefone", "phone"), ("stakeholders", "el", "Τηλέφωνο", "phone"),
    ("stakeholders", "it", "Partner", "partners"), ("stakeholders", "fr", "Partenaires", "partners"),
    ("stakeholders", "it", "Tavolo", "iwg"), ("stakeholders", "es", "Grupo de trabajo", "iwg"),
    ("relationships", "es", "Origen", "source"), ("relationships", "de", "Quelle", "source"),
    ("relationships", "sv", "Till", "target"), ("relationships", "fr", "Cible", "target"),
    ("relationships", "it", "Tipo di relazione", "type"), ("relationships", "el", "Βάρος", "weight"),
    ("relationships", "pt", "Direção", "directed"), ("relationships", "de", "Seit", "since"),
    ("relationships", "fr", "Remarques", "notes"),
    ("memberships", "it", "Tavolo", "iwg"), ("memberships", "de", "Mitglied", "stakeholder"),
    ("memberships", "es", "Organización", "stakeholder"), ("memberships", "sv", "Roll", "role"),
    ("memberships", "fr", "Rôle", "role"), ("memberships", "pt", "Desde", "since"),
    ("lists", "es", "Lista", "list"), ("lists", "fr", "Mot", "value"), ("lists", "de", "Bedeutung", "code"),
]


@pytest.mark.parametrize(("kind", "lang", "header", "field"), COLUMNS)
def test_column_headers_in_every_language(kind, lang, header, field):
    assert CB.column(kind, header) == field


@pytest.mark.parametrize("kind", ["stakeholders", "relationships", "memberships", "lists"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_column_label_reads_back_as_its_field(kind, lang):
    assert [CB.column(kind, CB.column_label(kind, f, lang)) for f in CB.fields(kind)] == CB.fields(kind)


VALUES = [
    # sector, with the aliases of DESIGN.md
    ("sector", "es", "Público", "public"), ("sector", "it", "Pubblico", "public"),
    ("sector", "el", "Δημόσιος", "public"), ("sector", "sv", "Offentlig", "public"),
    ("sector", "fr", "public", "public"), ("sector", "de", "Öffentliche Hand", "public"),
    ("sector", "en", "Public sector", "public"), ("sector", "pt", "Setor público", "public"),
    ("sector", "es", "Privado", "private"), ("sector", "it", "Privato", "private"),
    ("sector", "el", "Ιδιωτικός", "private"), ("sector", "de", "Privat", "private"),
    ("sector", "sv", "Näringsliv", "private"), ("sector", "en", "Business", "private"),
    ("sector", "fr", "Privé", "private"), ("sector", "pt", "Privado", "private"),
    ("sector", "en", "NGO", "civil_society"), ("sector", "es", "ONG", "civil_society"),
    ("sector", "it", "Terzo settore", "civil_society"), ("sector", "es", "Tercer sector", "civil_society"),
    ("sector", "sv", "Ideell sektor", "civil_society"), ("sector", "de", "Zivilgesellschaft", "civil_society"),
    ("sector", "el", "ΜΚΟ", "civil_society"), ("sector", "pt", "Sociedade civil", "civil_society"),
    ("sector", "fr", "Société civile", "civil_society"), ("sector", "sv", "Idéburen", "civil_society"),
    # type
    ("type", "es", "Ayuntamiento", "local_authority"), ("type", "it", "Comune", "local_authority"),
    ("type", "el", "Δήμος", "local_authority"), ("type", "sv", "Kommun", "local_authority"),
    ("type", "pt", "Câmara municipal", "local_authority"), ("type", "fr", "Mairie", "local_authority"),
    ("type", "es", "Junta", "regional_authority"), ("type", "it", "Regione", "regional_authority"),
    ("type", "fr", "Département", "regional_authority"), ("type", "sv", "Länsstyrelsen", "regional_authority"),
    ("type", "it", "Prefettura", "national_authority"), ("type", "de", "Bundesministerium", "national_authority"),
    ("type", "de", "Jobcenter", "statutory_agency"), ("type", "sv", "Myndighet", "statutory_agency"),
    ("type", "it", "Cooperativa sociale", "service_provider"), ("type", "de", "Träger", "service_provider"),
    ("type", "es", "Fundación", "ngo"), ("type", "it", "Onlus", "ngo"), ("type", "el", "ΜΚΟ", "ngo"),
    ("type", "de", "Migrantenselbstorganisation", "migrant_led"),
    ("type", "fr", "Association de migrants", "migrant_led"),
    ("type", "es", "Parroquia", "faith_based"), ("type", "sv", "Församling", "faith_based"),
    ("type", "it", "Associazione", "community_group"), ("type", "de", "Verein", "community_group"),
    ("type", "fr", "Entreprise", "employer"), ("type", "el", "Εργοδότης", "employer"),
    ("type", "it", "Camera di commercio", "business_association"), ("type", "de", "IHK", "business_association"),
    ("type", "pt", "Sindicato", "trade_union"), ("type", "sv", "Fackförbund", "trade_union"),
    ("type", "fr", "Université", "research"), ("type", "de", "Hochschule", "research"),
    ("type", "es", "Organismo internacional", "international_organisation"),
    ("type", "fr", "Presse", "media"), ("type", "de", "Sonstige", "other"),
    # level
    ("level", "it", "Comunale", "local"), ("level", "sv", "Lokal", "local"),
    ("level", "es", "Autonómico", "regional"), ("level", "fr", "Départemental", "regional"),
    ("level", "es", "Estatal", "national"), ("level", "de", "Bundesweit", "national"),
    ("level", "el", "ΕΕ", "european"), ("level", "it", "UE", "european"),
    ("level", "pt", "Internacional", "international"), ("level", "sv", "Global", "international"),
    # themes
    ("theme", "es", "Empleo", "employment"), ("theme", "it", "Lavoro", "employment"),
    ("theme", "de", "Arbeitsmarkt", "employment"), ("theme", "fr", "Formation", "education_training"),
    ("theme", "sv", "Utbildning", "education_training"), ("theme", "sv", "SFI", "language"),
    ("theme", "el", "Γλώσσα", "language"), ("theme", "pt", "Saúde", "health"),
    ("theme", "it", "Sanità", "health"), ("theme", "es", "Vivienda", "housing"),
    ("theme", "fr", "Logement", "housing"), ("theme", "es", "Convivencia", "social_cohesion"),
    ("theme", "de", "Zusammenhalt", "social_cohesion"), ("theme", "it", "Servizi sociali", "social_security"),
    ("theme", "el", "Θρησκεία", "culture_religion"), ("theme", "es", "Extranjería", "legal_status"),
    ("theme", "it", "Permesso di soggiorno", "legal_status"),
    ("theme", "fr", "Citoyenneté", "political_participation"),
    ("theme", "de", "Teilhabe", "political_participation"),
    ("theme", "pt", "Igualdade", "anti_discrimination"), ("theme", "sv", "Diskriminering", "anti_discrimination"),
    # tie types
    ("tie_type", "es", "Colaboración", "collaboration"), ("tie_type", "de", "Zusammenarbeit", "collaboration"),
    ("tie_type", "el", "Συνεργασία", "collaboration"), ("tie_type", "it", "Convenzione", "partnership"),
    ("tie_type", "pt", "Parceria", "partnership"), ("tie_type", "fr", "Subvention", "funding"),
    ("tie_type", "sv", "Bidrag", "funding"), ("tie_type", "it", "Scambio di informazioni", "information"),
    ("tie_type", "es", "Derivación", "referral"), ("tie_type", "pt", "Encaminhamento", "referral"),
    ("tie_type", "sv", "Remiss", "referral"),
    # roles
    ("role", "es", "Presidenta", "chair"), ("role", "sv", "Ordförande", "chair"),
    ("role", "fr", "Coprésidente", "co_chair"), ("role", "de", "Co-Vorsitz", "co_chair"),
    ("role", "it", "Segreteria", "secretariat"), ("role", "de", "Geschäftsstelle", "secretariat"),
    ("role", "el", "Μέλος", "member"), ("role", "sv", "Ledamot", "member"),
    ("role", "pt", "Observador", "observer"),
    # yes / no, false friends included: "ja" is yes in German and Swedish alike
    ("yes_no", "de", "ja", "yes"), ("yes_no", "sv", "JA", "yes"), ("yes_no", "es", "Sí", "yes"),
    ("yes_no", "it", "si", "yes"), ("yes_no", "el", "ΝΑΙ", "yes"), ("yes_no", "pt", "Sim", "yes"),
    ("yes_no", "fr", "oui", "yes"), ("yes_no", "de", "Nein", "no"), ("yes_no", "sv", "nej", "no"),
    ("yes_no", "el", "οχι", "no"), ("yes_no", "pt", "Nao", "no"), ("yes_no", "fr", "Non", "no"),
]


@pytest.mark.parametrize(("vocab", "lang", "word", "code"), VALUES)
def test_values_in_every_language(vocab, lang, word, code):
    assert CB.value(vocab, word) == code


@pytest.mark.parametrize("vocab", VOCABULARIES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_label_reads_back_as_its_code(vocab, lang):
    assert [CB.value(vocab, CB.label(vocab, c, lang)) for c in CB.codes(vocab)] == CB.codes(vocab)


def test_one_word_may_mean_different_things_in_different_vocabularies():
    # "Región" is a place column, "Region" a regional authority, "regional" a level
    assert CB.column("stakeholders", "Región") == "region"
    assert CB.value("type", "Region") == "regional_authority"
    assert CB.value("level", "regional") == "regional"
    assert CB.value("level", "Region") is None


LABELS = [
    ("sector", "civil_society", {"en": "civil society", "es": "Sociedad civil", "it": "Società civile",
                                 "el": "Κοινωνία των πολιτών", "pt": "Sociedade civil",
                                 "fr": "Société civile", "de": "Zivilgesellschaft", "sv": "Civilsamhälle",
                                 "ca": "Societat civil"}),
    ("yes_no", "yes", {"en": "yes", "es": "Sí", "it": "Sì", "el": "Ναι", "pt": "Sim", "fr": "Oui",
                       "de": "Ja", "sv": "Ja", "ca": "Sí"}),
    ("role", "co_chair", {"en": "co-chair", "es": "Copresidencia", "it": "Copresidente",
                          "el": "Συμπρόεδρος", "pt": "Copresidência", "fr": "Coprésidence",
                          "de": "Co-Vorsitz", "sv": "Medordförande", "ca": "Copresidència"}),
    ("theme", "health", {"en": "health", "es": "Salud", "it": "Salute", "el": "Υγεία", "pt": "Saúde",
                         "fr": "Santé", "de": "Gesundheit", "sv": "Hälsa", "ca": "Salut"}),
]


@pytest.mark.parametrize(("vocab", "code", "labels"), LABELS)
def test_labels_in_each_language(vocab, code, labels):
    assert {lang: CB.label(vocab, code, lang) for lang in LANGUAGES} == labels


def test_sheet_and_column_labels_in_each_language():
    assert [CB.sheet_label("stakeholders", lang) for lang in LANGUAGES] == [
        "Stakeholders", "Actores", "Attori", "Φορείς",
        "Atores", "Acteurs", "Akteure", "Aktörer", "Actors"]
    assert [CB.column_label("stakeholders", "name", lang) for lang in LANGUAGES] == [
        "name", "Nombre", "Nome", "Όνομα", "Nome", "Nom", "Name", "Namn", "Nom"]


def test_a_code_without_words_in_a_language_falls_back_to_english_then_the_code():
    cb = default_codebook()
    cb.extend("theme", "Sport", "sport")
    assert cb.label("theme", "sport", "es") == "sport"
    assert cb.label("theme", "nonexistent", "de") == "nonexistent"
