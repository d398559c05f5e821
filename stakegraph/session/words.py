"""Every word the session's pages show, in one table keyed by the English sentence.

The table holds the languages the map speaks and Catalan, in the order
of :data:`LANGUAGES` after English, so that the gettext catalogue of
issue 12 can take it over mechanically (one ``msgid`` a key, one
``msgstr`` per column). ``{name}`` is filled in by the page, as text.

Examples
--------
>>> words("sv")["Your partners"]
'Era partner'
>>> words("en")["Add"]
'Add'
>>> all(len(row) == len(LANGUAGES) - 1 for row in _TABLE.values())
True
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "words"]

#: the session's languages: the map's eight and Catalan
LANGUAGES = ("en", "es", "it", "el", "pt", "fr", "de", "sv", "ca")

# English: (es, it, el, pt, fr, de, sv, ca)
_TABLE: dict[str, tuple[str, ...]] = {
    "Join the mapping": ("Únete al mapeo", "Partecipa alla mappatura", "Συμμετοχή στη χαρτογράφηση",
                         "Participe no mapeamento", "Rejoindre la cartographie", "Bei der Kartierung mitmachen",
                         "Delta i kartläggningen", "Uneix-te al mapatge"),
    "Join code": ("Código de acceso", "Codice di accesso", "Κωδικός συμμετοχής", "Código de acesso",
                  "Code d'accès", "Zugangscode", "Kod", "Codi d'accés"),
    "Join": ("Entrar", "Entra", "Είσοδος", "Entrar", "Entrer", "Beitreten", "Gå med", "Entra"),
    "This join code is not right.": ("Este código no es correcto.", "Questo codice non è corretto.",
                                     "Ο κωδικός δεν είναι σωστός.", "Este código não está correto.",
                                     "Ce code n'est pas le bon.", "Dieser Code stimmt nicht.",
                                     "Koden är fel.", "Aquest codi no és correcte."),
    "Who are you? Pick your organisation.": (
        "¿Quién eres? Elige tu organización.", "Chi sei? Scegli la tua organizzazione.",
        "Ποιος είστε; Επιλέξτε τον οργανισμό σας.", "Quem é você? Escolha a sua organização.",
        "Qui êtes-vous ? Choisissez votre organisation.", "Wer sind Sie? Wählen Sie Ihre Organisation.",
        "Vem är du? Välj din organisation.", "Qui ets? Tria la teva organització."),
    "Search": ("Buscar", "Cerca", "Αναζήτηση", "Pesquisar", "Rechercher", "Suchen", "Sök", "Cerca"),
    "Someone already answers for this organisation: the facilitator must approve you.": (
        "Alguien ya responde por esta organización: la persona facilitadora debe aprobarte.",
        "Qualcuno risponde già per questa organizzazione: il facilitatore deve approvarti.",
        "Κάποιος απαντά ήδη για αυτόν τον οργανισμό: ο συντονιστής πρέπει να σας εγκρίνει.",
        "Alguém já responde por esta organização: o facilitador tem de o aprovar.",
        "Quelqu'un répond déjà pour cette organisation : l'animateur doit vous accepter.",
        "Jemand antwortet bereits für diese Organisation: die Moderation muss Sie zulassen.",
        "Någon svarar redan för organisationen: samtalsledaren måste godkänna dig.",
        "Algú ja respon per aquesta organització: la persona facilitadora t'ha d'aprovar."),
    "Waiting for the facilitator…": ("Esperando a la persona facilitadora…", "In attesa del facilitatore…",
                                     "Αναμονή για τον συντονιστή…", "À espera do facilitador…",
                                     "En attente de l'animateur…", "Warten auf die Moderation…",
                                     "Väntar på samtalsledaren…", "Esperant la persona facilitadora…"),
    "You answer for": ("Respondes por", "Rispondi per", "Απαντάτε για", "Responde por", "Vous répondez pour",
                       "Sie antworten für", "Du svarar för", "Respons per"),
    "Your partners": ("Tus socios", "I tuoi partner", "Οι συνεργάτες σας", "Os seus parceiros",
                      "Vos partenaires", "Ihre Partner", "Era partner", "Els teus socis"),
    "In the mapping": ("En el mapeo", "Nella mappatura", "Στη χαρτογράφηση", "No mapeamento",
                       "Dans la cartographie", "In der Kartierung", "I kartläggningen", "Al mapatge"),
    "Still a partner": ("Sigue siendo socio", "Ancora partner", "Ακόμα συνεργάτης", "Ainda parceiro",
                        "Toujours partenaire", "Noch Partner", "Fortfarande partner", "Encara és soci"),
    "Not a partner": ("No es socio", "Non è partner", "Όχι συνεργάτης", "Não é parceiro", "Pas partenaire",
                      "Kein Partner", "Inte partner", "No és soci"),
    "Remove": ("Quitar", "Togli", "Αφαίρεση", "Retirar", "Retirer", "Entfernen", "Ta bort", "Treu"),
    "Add a partner": ("Añadir un socio", "Aggiungi un partner", "Προσθήκη συνεργάτη", "Adicionar um parceiro",
                      "Ajouter un partenaire", "Partner hinzufügen", "Lägg till en partner", "Afegeix un soci"),
    "Type of tie": ("Tipo de relación", "Tipo di relazione", "Είδος σχέσης", "Tipo de relação",
                    "Type de lien", "Art der Beziehung", "Typ av relation", "Tipus de relació"),
    "Add": ("Añadir", "Aggiungi", "Προσθήκη", "Adicionar", "Ajouter", "Hinzufügen", "Lägg till", "Afegeix"),
    "Missing from the list? Add an organisation": (
        "¿Falta en la lista? Añade una organización", "Manca nella lista? Aggiungi un'organizzazione",
        "Λείπει από τη λίστα; Προσθέστε οργανισμό", "Falta na lista? Adicione uma organização",
        "Absente de la liste ? Ajoutez une organisation", "Fehlt in der Liste? Organisation hinzufügen",
        "Saknas i listan? Lägg till en organisation", "Falta a la llista? Afegeix una organització"),
    "Name": ("Nombre", "Nome", "Όνομα", "Nome", "Nom", "Name", "Namn", "Nom"),
    "Sector": ("Sector", "Settore", "Τομέας", "Setor", "Secteur", "Sektor", "Sektor", "Sector"),
    "Type of organisation": ("Tipo de organización", "Tipo di organizzazione", "Είδος οργανισμού",
                             "Tipo de organização", "Type d'organisation", "Art der Organisation",
                             "Typ av organisation", "Tipus d'organització"),
    "(not given)": ("(sin indicar)", "(non indicato)", "(χωρίς στοιχείο)", "(não indicado)", "(non précisé)",
                    "(keine Angabe)", "(ej angivet)", "(sense indicar)"),
    "Did you mean {name}?": ("¿Querías decir {name}?", "Intendevi {name}?", "Εννοείτε {name};",
                             "Queria dizer {name}?", "Vouliez-vous dire {name} ?", "Meinten Sie {name}?",
                             "Menade du {name}?", "Volies dir {name}?"),
    "{name} is on the list.": ("{name} está en la lista.", "{name} è nella lista.", "{name} είναι στη λίστα.",
                               "{name} está na lista.", "{name} est dans la liste.", "{name} steht in der Liste.",
                               "{name} finns i listan.", "{name} és a la llista."),
    "Yes, that one": ("Sí, esa", "Sì, quella", "Ναι, αυτός", "Sim, essa", "Oui, celle-là", "Ja, diese",
                      "Ja, den", "Sí, aquesta"),
    "No, add it as new": ("No, añadirla como nueva", "No, aggiungila come nuova", "Όχι, προσθήκη ως νέου",
                          "Não, adicionar como nova", "Non, l'ajouter comme nouvelle", "Nein, als neu hinzufügen",
                          "Nej, lägg till som ny", "No, afegeix-la com a nova"),
    "Saved": ("Guardado", "Salvato", "Αποθηκεύτηκε", "Guardado", "Enregistré", "Gespeichert", "Sparat", "Desat"),
    "Not saved. Try again.": ("No guardado. Inténtalo de nuevo.", "Non salvato. Riprova.",
                              "Δεν αποθηκεύτηκε. Δοκιμάστε ξανά.", "Não guardado. Tente de novo.",
                              "Non enregistré. Réessayez.", "Nicht gespeichert. Bitte erneut versuchen.",
                              "Inte sparat. Försök igen.", "No desat. Torna-ho a provar."),
    "Answers are paused by the facilitator.": (
        "La persona facilitadora ha pausado las respuestas.", "Il facilitatore ha sospeso le risposte.",
        "Ο συντονιστής έχει διακόψει προσωρινά τις απαντήσεις.", "O facilitador pausou as respostas.",
        "L'animateur a mis les réponses en pause.", "Die Moderation hat die Antworten pausiert.",
        "Samtalsledaren har pausat svaren.", "La persona facilitadora ha aturat les respostes."),
    "The session has ended. Thank you!": (
        "La sesión ha terminado. ¡Gracias!", "La sessione è finita. Grazie!", "Η συνεδρία τελείωσε. Ευχαριστούμε!",
        "A sessão terminou. Obrigado!", "La séance est terminée. Merci !", "Die Sitzung ist beendet. Danke!",
        "Passet är slut. Tack!", "La sessió ha acabat. Gràcies!"),
    "Organisations you added": ("Organizaciones que añadiste", "Organizzazioni che hai aggiunto",
                                "Οργανισμοί που προσθέσατε", "Organizações que adicionou",
                                "Organisations que vous avez ajoutées", "Von Ihnen hinzugefügte Organisationen",
                                "Organisationer du lagt till", "Organitzacions que has afegit"),
    "Too many requests: wait a moment.": (
        "Demasiadas peticiones: espera un momento.", "Troppe richieste: attendi un momento.",
        "Πάρα πολλά αιτήματα: περιμένετε λίγο.", "Pedidos a mais: espere um momento.",
        "Trop de requêtes : attendez un instant.", "Zu viele Anfragen: bitte einen Moment warten.",
        "För många förfrågningar: vänta en stund.", "Massa peticions: espera un moment."),
    "Language": ("Idioma", "Lingua", "Γλώσσα", "Idioma", "Langue", "Sprache", "Språk", "Llengua"),
    "Join with your phone": ("Únete con tu móvil", "Partecipa con il telefono", "Συμμετοχή από το κινητό",
                             "Participe com o telemóvel", "Rejoignez avec votre téléphone",
                             "Mit dem Handy mitmachen", "Gå med från mobilen", "Uneix-t'hi amb el mòbil"),
    "answered": ("respondieron", "hanno risposto", "απάντησαν", "responderam", "ont répondu", "haben geantwortet",
                 "har svarat", "han respost"),
    "joined": ("conectados", "collegati", "συνδεδεμένοι", "ligados", "connectés", "dabei", "anslutna",
               "connectats"),
    "new ties": ("relaciones nuevas", "relazioni nuove", "νέες σχέσεις", "relações novas", "nouveaux liens",
                 "neue Beziehungen", "nya relationer", "relacions noves"),
    "newcomers": ("organizaciones nuevas", "organizzazioni nuove", "νέοι οργανισμοί", "organizações novas",
                  "nouvelles organisations", "neue Organisationen", "nya organisationer", "organitzacions noves"),
    "Confirmed tie (both named it)": (
        "Relación confirmada (ambos la nombraron)", "Relazione confermata (l'hanno indicata entrambi)",
        "Επιβεβαιωμένη σχέση (την ανέφεραν και οι δύο)", "Relação confirmada (ambos a indicaram)",
        "Lien confirmé (nommé des deux côtés)", "Bestätigte Beziehung (beide nannten sie)",
        "Bekräftad relation (båda nämnde den)", "Relació confirmada (l'han esmentada tots dos)"),
    "One-sided tie": ("Relación unilateral", "Relazione unilaterale", "Μονόπλευρη σχέση", "Relação unilateral",
                      "Lien à sens unique", "Einseitige Beziehung", "Ensidig relation", "Relació unilateral"),
    "Facilitator": ("Facilitación", "Facilitatore", "Συντονιστής", "Facilitador", "Animation", "Moderation",
                    "Samtalsledare", "Facilitació"),
    "PIN": ("PIN", "PIN", "PIN", "PIN", "PIN", "PIN", "PIN", "PIN"),
    "Wrong PIN": ("PIN incorrecto", "PIN errato", "Λάθος PIN", "PIN errado", "PIN erroné", "Falsche PIN",
                  "Fel PIN", "PIN incorrecte"),
    "Pause answers": ("Pausar respuestas", "Sospendi le risposte", "Παύση απαντήσεων", "Pausar respostas",
                      "Mettre en pause", "Antworten pausieren", "Pausa svaren", "Atura les respostes"),
    "Resume answers": ("Reanudar respuestas", "Riprendi le risposte", "Συνέχιση απαντήσεων", "Retomar respostas",
                       "Reprendre les réponses", "Antworten fortsetzen", "Återuppta svaren", "Reprèn les respostes"),
    "End the session": ("Terminar la sesión", "Chiudi la sessione", "Τέλος συνεδρίας", "Terminar a sessão",
                        "Terminer la séance", "Sitzung beenden", "Avsluta passet", "Acaba la sessió"),
    "Hide": ("Ocultar", "Nascondi", "Απόκρυψη", "Ocultar", "Masquer", "Ausblenden", "Dölj", "Amaga"),
    "Show": ("Mostrar", "Mostra", "Εμφάνιση", "Mostrar", "Afficher", "Einblenden", "Visa", "Mostra"),
    "Approve": ("Aprobar", "Approva", "Έγκριση", "Aprovar", "Accepter", "Zulassen", "Godkänn", "Aprova"),
    "Refuse": ("Rechazar", "Rifiuta", "Απόρριψη", "Recusar", "Refuser", "Ablehnen", "Avvisa", "Rebutja"),
    "Second claim for {name}": ("Segunda solicitud para {name}", "Seconda richiesta per {name}",
                                "Δεύτερο αίτημα για {name}", "Segundo pedido para {name}",
                                "Deuxième demande pour {name}", "Zweite Anmeldung für {name}",
                                "Andra anspråk på {name}", "Segona sol·licitud per a {name}"),
    "Proposed organisations": ("Organizaciones propuestas", "Organizzazioni proposte", "Προτεινόμενοι οργανισμοί",
                               "Organizações propostas", "Organisations proposées", "Vorgeschlagene Organisationen",
                               "Föreslagna organisationer", "Organitzacions proposades"),
    "Connection lost; reconnecting…": ("Conexión perdida; reconectando…", "Connessione persa; riconnessione…",
                                       "Η σύνδεση χάθηκε· επανασύνδεση…", "Ligação perdida; a religar…",
                                       "Connexion perdue ; reconnexion…", "Verbindung verloren; neu verbinden…",
                                       "Anslutningen bröts; ansluter igen…", "Connexió perduda; reconnectant…"),
    "by sector": ("por sector", "per settore", "ανά τομέα", "por setor", "par secteur", "nach Sektor",
                  "per sektor", "per sector"),
}


def words(lang: str) -> dict[str, str]:
    """The pages' words in ``lang`` (English for a language not in the table)."""
    column = LANGUAGES.index(lang) - 1 if lang in LANGUAGES[1:] else None
    return {en: (row[column] if column is not None else en) for en, row in _TABLE.items()}
