"""Words the matcher treats specially: function words, chit-chat, and the phrasings of each topic.

Everything here is folded (lowercase, no accents), as `bot.text.fold` produces.
"""

from __future__ import annotations

# Function words carry no topic: they are dropped before matching.
STOPWORDS_FR = frozenset(
    """
    a au aux avec ce ces cet cette c ca d dans de des du elle elles en est et etait etaient ete etre eu
    il ils j je l la le les leur leurs lui m ma me mes moi mon n ne ni nos notre nous on ont ou par pas
    pour qu que quel quelle quelles quels qui s sa sans se ses si son sont sur t ta te tes toi ton tu un
    une vos votre vous y avait avaient aura auront sera seront serait fait faire font fera ferait fut
    doit doivent peut peuvent pu  donc alors aussi tres plus moins bien tout tous toute toutes
    concernant envers vis egard entre pendant durant avant apres quand combien comment pourquoi quoi dont lequel laquelle lesquels lesquelles ceux celle celles celui cela ceci
    sait savoir  etc ces  ici
    """.split()
)
STOPWORDS_EN = frozenset(
    """
    a an the of to in on at for with by from and or is are was were be been being do does did done have
    has had having it its it's this that these those there their them they he she his her him i me my
    we us our you your what which who whom whose when where why how as into than then so if about any
    some all just also still ever can could would should will shall may might must not no yes up out
    between during before after over under again very too more most much many such own same other only both each few nor s t
    regarding concerning towards toward via per
    ve ll re d m
    """.split()
)
# Chit-chat and meta words: a reader's filler, never what the question is about.
FILLER = frozenset(
    """
    salut bonjour bonsoir coucou hello hi hey yo please pls plz stp svp merci thanks thank ok okay
    tell dis dites explique expliquer explain resume resumer resumes summarize summarise summary
    recap give donne donner moi peux pouvez  voudrais veux wanna gonna gotta whats what's
    anything something nothing everything anyone someone anybody somebody everyone everybody nobody rien quelque
    whos who's abt u ur r ya  know sais savez  really actually like basically
    news nouvelles coverage according selon articles article
    sources source info infos information informations question questions answer reponse
    apart else besides except far stuff thing things chose choses truc trucs doing kind sort genre
     svp tldr tl dr 
    """.split()
)
STOPWORDS = STOPWORDS_FR | STOPWORDS_EN | FILLER
# Function words as typed with their accents; another accented word that folds into a function word is content ("né").
ACCENTED_FUNCTION_WORDS = frozenset("à où là déjà été être ça çà même mêmes après très voilà était étaient êtes dès".split())

# Everyday verbs and words of questions: they count, but little, since readers pick them freely.
LIGHT_WORDS = frozenset(
    """
    reveal revealed reveals happen happened happens mean means think thinks thought expect expected get got
    go going went make made take took see seen look find found come came need needs use used talk talked
    ask asked seem seems show showed shown become became keep kept let put tell told call called bring
    passe passer arrive arrivee pense penser trouve trouver voir venir vient fallait faut falloir mettre
    mis prendre pris donner donne rendre parler parle montrer montre semble sembler devenir
    tenir hold held avoir have etre be aller
    actually currently now today aujourd hui maintenant actuellement exactly exactement vraiment
    """.split()
)
LIGHT_WEIGHT = 1.0


# What a question asks for (a place, a length of time, a date), and the cues that say so.
# Cues with accents are matched on the question as typed: "où" is not "ou".
ASPECT_CUES: dict[str, tuple[str, ...]] = {
    "place": ("où", "where", "lieu", "endroit", "venue", "location", "quelle ville", "which city", "quel pays", "quels pays", "which country", "which countries", "what countries"),
    "duration": ("combien de temps", "how long", "durée", "duree", "duration", "a duré", "lasted"),
    "date": ("quand", "when", "quelle date", "what date", "what day", "quel jour"),
    "clock": ("à quelle heure", "what time", "at what hour", "vers quelle heure"),
    "who": ("qui", "who", "whom", "par qui", "by whom"),
    "quantity": ("combien de", "how many", "how much", "quel nombre", "what number", "quel montant"),
}
# Words that make a fact able to answer "how many": numbers written out.
NUMBER_WORDS = frozenset(
    """
    un une deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente cent mille milliers
    dizaines centaines one two three four five six seven eight nine ten twelve fifteen twenty thirty
    hundred hundreds thousand thousands dozens tens
    """.split()
)

# Words that mark a language; shared words ("a", "on") are left out.
FRENCH_MARKERS = frozenset(
    """
    le la les des du une est sont quel quelle quels quelles qui que quoi quand comment combien pourquoi
    ou avec pour dans sur entre apres avant pas ne il elle ils elles nous vous je tu ce cette ces au aux
    et mais donc ont rencontre sommet ultimatum exige demande salut bonjour qu c
    """.split()
)
ENGLISH_MARKERS = frozenset(
    """
    the of and is are was were what which who when where why how did does do with from about after
    before between meeting summit said say says has have had will would could there their they them this
    that these those any many much long deadline demands hey hi please whats can
    """.split()
)

# Phrasings that point at a topic, in French and English. Multi-word cues match as phrases.
TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "rencontre", "rencontres", "rencontre t il", "reunion", "entretien", "entretiens", "entrevue",
        "visite", "recu", "accueilli", "vus", "vu", "se sont vus", "discussions", "pourparlers",
        "meet", "met", "meeting", "meetings", "talks", "visit", "visited", "received", "welcomed", "saw",
    ),
    "deadline": (
        "ultimatum", "date limite", "echeance", "deadline", "expire", "expiration", "delai", "compte a rebours",
        "due", "cutoff", "time limit",
    ),
    "demand": (
        "exige", "exigences", "exigent", "demande", "demandes", "demande t elle", "conditions", "revendications",
        "revendique", "veut", "veulent", "demands", "demand", "conditions", "want", "wants", "terms", "claims", "requirements",
        "position", "positions",
    ),
    "sanction": ("sanction", "sanctions", "sanctionner", "penalites", "penalties", "punir", "punish", "tarifs", "tariffs"),
    "summit": ("sommet", "summit", "face a face", "face to face", "trilateral", "trilaterale", "bilateral"),
    "ceasefire": ("cessez le feu", "treve", "ceasefire", "cease fire", "truce", "armistice"),
    "statement": (
        "dit", "a dit", "declare", "declaration", "declarations", "affirme", "ecrit", "a ecrit", "qualifie",
        "selon lui", "reagi", "propos", "cite", "said", "say", "says", "told", "wrote", "write", "described",
        "describe", "declared", "stated", "statement", "quote", "quoted", "tweet", "posted", "commented",
    ),
    "person": (
        "qui est", "c qui", "c est qui", "qui c est", "who is", "who s", "whos", "role", "fonction", "poste",
        "titre", "job", "title", "comment s appelle", "s appelle", "name of", "named",
    ),
}

# Questions asking for several things at once get every matching fact of the topic, not only the best.
LIST_CUES = (
    "quelles", "quels", "lesquelles", "tous", "toutes", "liste", "which", "what are", "list", "all",
    "demands", "conditions", "exigences", "sanctions", "ceasefires", "cessez le feu",
)

# A capital stands for its country and its seat of power ("Moscou exige…"): a fact set in one is about the others.
SAME_PLACE: dict[str, tuple[str, ...]] = {
    "moscow": ("russia", "kremlin"), "kremlin": ("russia", "moscow"), "russia": ("moscow", "kremlin"),
    "washington": ("united-states",), "united-states": ("washington",), "kyiv": ("ukraine",), "ukraine": ("kyiv",),
}

COUNTRIES = frozenset({"russia", "united-states", "ukraine"})  # places the briefs name that are never a venue themselves

# Openings of a question that leans on the one before ("et où ?", "and Trump?", "what about the summit?").
FOLLOW_UP_OPENERS = frozenset({"et", "and", "what about", "how about", "et pour", "et sur", "puis", "also", "aussi"})
# Words that point at someone already named ("et lui ?", "and her?").
PRONOUNS = frozenset("lui elle eux elles il ils him her he she them they".split())
