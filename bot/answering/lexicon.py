"""Words the matcher treats specially: function words, chit-chat, and the phrasings of each topic.

Everything here is folded (lowercase, no accents), as `bot.knowledge.text.fold` produces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from bot.knowledge.dates import FOLDED_MONTHS
from bot.knowledge.text import fold, lemmas

# Function words carry no topic: they are dropped before matching.
STOPWORDS_FR = frozenset(
    [
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "c",
        "ca",
        "d",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "elles",
        "en",
        "est",
        "et",
        "etait",
        "etaient",
        "ete",
        "etre",
        "eu",
        "il",
        "ils",
        "j",
        "je",
        "l",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "m",
        "ma",
        "me",
        "mes",
        "moi",
        "mon",
        "n",
        "ne",
        "ni",
        "nos",
        "notre",
        "nous",
        "on",
        "ont",
        "ou",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "quel",
        "quelle",
        "quelles",
        "quels",
        "qui",
        "s",
        "sa",
        "sans",
        "se",
        "ses",
        "si",
        "son",
        "sont",
        "sur",
        "t",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "avait",
        "avaient",
        "aura",
        "auront",
        "sera",
        "seront",
        "serait",
        "fait",
        "faire",
        "font",
        "fera",
        "ferait",
        "fut",
        "doit",
        "doivent",
        "peut",
        "peuvent",
        "pu",
        "donc",
        "alors",
        "aussi",
        "tres",
        "tant",  # degree adverbs: "pourquoi Trump veut-il tant la paix ?" asks what "why does Trump want peace" asks
        "tellement",
        "autant",
        "plutot",
        "assez",
        "plus",
        "moins",
        "bien",
        "tout",
        "tous",
        "toute",
        "toutes",
        "concernant",
        "envers",
        "vis",
        "egard",
        "entre",
        "pendant",
        "durant",
        "avant",
        "apres",
        "quand",
        "combien",
        "comment",
        "pourquoi",
        "quoi",
        "dont",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "ceux",
        "celle",
        "celles",
        "celui",
        "cela",
        "ceci",
        "sait",
        "savoir",
        "etc",
        "ces",
        "ici",
        "vers",  # a preposition: summaries say "vers le 11 avril" of a date worked out
        "lors",
        "chez",
        "parmi",
        "aupres",  # "auprès de Trump": beside whom, as "chez" and "envers" are
        "comme",  # "as", "like": function words in English
        "afin",
        "malgre",
        "pourtant",
        "cependant",
        "ainsi",
        "lorsque",
        "lorsqu",  # elided: "lorsqu'il parle", as "puisqu'il", "quoiqu'il"
        "puisque",
        "puisqu",
        "quoiqu",
        "tandis",
        "parce",
        "eux",
        "soi",
        # Prepositions and conjunctions no fact is about, and the forms of "être" that fold to no noun.
        "dedans",
        "dehors",
        "sauf",
        "chaque",
        "quoique",
        "etes",
        "sommes",
        "etais",
        "etant",
        # Indefinite pronouns, as "some" is: "comment certains à Washington voient-ils la mission ?" (not "quelques",
        # which counts: "quelques jours avant l'échéance")
        "certains",
        "certaines",
    ]
)
STOPWORDS_EN = frozenset(
    [
        "through",  # prepositions: "signals sent through Witkoff"
        "throughout",
        "amid",
        "along",
        "alongside",
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "among",
        "despite",  # as "malgré"
        "within",
        "upon",
        "onto",
        "around",
        "away",  # a particle: "drove away", "walked away"; the verb carries the meaning
        "beside",
        "across",
        "while",
        "whilst",
        "whether",
        "though",
        "although",
        "however",
        "because",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "them",
        "they",
        "he",
        "she",
        "his",
        "her",
        "him",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "as",
        "into",
        "than",
        "then",
        "so",
        "if",
        "about",
        "any",
        "some",
        "all",
        "just",
        "also",
        "still",
        "ever",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "not",
        "no",
        "yes",
        "up",
        "out",
        "between",
        "during",
        "before",
        "after",
        "over",
        "under",
        "again",
        "very",
        "too",
        "more",
        "most",
        "much",
        "many",
        "such",
        "own",
        "same",
        "other",
        "only",
        "both",
        "each",
        "few",
        "nor",
        "s",
        "t",
        "regarding",
        "concerning",
        "towards",
        "toward",
        "via",
        "per",
        # Prepositions, conjunctions and pronouns no fact is about: "received inside the Kremlin", "whoever".
        "against",
        "above",
        "below",
        "inside",
        "outside",
        "beyond",
        "amongst",
        "near",
        "till",
        "every",  # determiners: "dying every week", "chaque semaine", "another summit"
        "another",
        "unless",
        "whereas",
        "here",
        "ought",
        "whatever",
        "whoever",
        "whichever",
        "myself",
        "yourself",
        "yourselves",
        "ourselves",
        "ours",
        "yours",
        "hers",
        "theirs",
        "ve",
        "ll",
        "re",
        "d",
        "m",
    ]
)
# Chit-chat and meta words: a reader's filler, never what the question is about.
FILLER = frozenset(
    [
        "salut",
        "bonjour",
        "bonsoir",
        "coucou",
        "hello",
        "encore",  # "il a fait quoi encore ?", "qu'on voit partout": adverbs readers add freely, asking nothing
        "enfin",
        "partout",
        "entendu",  # "j'ai entendu la Crimée…", "bien entendu": the reader's own report
        "crois",  # the reader's own hedge: "c'était quand, Osaka je crois ?" ("croit" is someone else's belief)
        "monsieur",  # a courtesy title before a name: "le monsieur dmitriev", "Mr Witkoff"
        "madame",
        "mister",
        "mr",
        "mrs",
        "hi",
        "hey",
        "yo",
        "please",
        "pls",
        "plz",
        "stp",
        "svp",
        "merci",
        "thanks",
        "thank",
        "lol",  # texting's asides: "trump veut le nobel?? srsly", "mdr"
        "mdr",
        "srsly",
        "ok",
        "okay",
        "tell",
        "dis",
        "dites",
        "explique",
        "expliquer",
        "explain",
        "resume",
        "resumer",
        "resumes",
        "summarize",
        "summarise",
        "summary",
        "recap",
        "give",
        "donne",
        "donner",
        "moi",
        "peux",
        "pouvez",
        "voudrais",
        "veux",
        "wanna",
        "gonna",
        "gotta",
        "whats",
        "what's",
        "wheres",  # "wheres the summit": "where's" typed without its apostrophe, as "whats" and "whos" are
        "wat",  # "wat did the us do…": "what" as chat types it
        "anything",
        "something",
        "nothing",
        "everything",
        "anyone",
        "someone",
        "anybody",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
        "rien",
        "quelque",
        "whos",
        "who's",
        "abt",
        "u",
        "ur",
        "r",
        "ya",
        "know",
        "sais",
        "savez",
        "really",
        "actually",
        "like",
        "basically",
        "news",
        "nouvelles",
        "coverage",
        "according",
        "selon",
        "articles",
        "article",
        "piece",  # "in the 'Witkoff va se rendre en Russie' piece", "d'après le papier"
        "papier",
        "sources",
        "source",
        "info",
        "infos",
        "information",
        "informations",
        "question",
        "questions",
        "answer",
        "reponse",
        "apart",
        "else",
        "besides",
        "except",
        "far",
        "stuff",
        "story",
        "thing",
        "things",
        "chose",
        "choses",
        "truc",
        "trucs",
        "doing",
        "kind",
        "sort",
        "genre",
        "svp",
        "tldr",
        "tl",
        "dr",
    ]
)
STOPWORDS = STOPWORDS_FR | STOPWORDS_EN | FILLER
# Function words as typed with their accents; another accented word that folds into a function word is content ("né").
ACCENTED_FUNCTION_WORDS = frozenset(
    [
        "à",
        "où",
        "là",
        "déjà",
        "été",
        "être",
        "ça",
        "çà",
        "même",
        "mêmes",
        "après",
        "très",
        "voilà",
        "était",
        "étaient",
        "êtes",
        "dès",
        "auprès",
        "malgré",
        "égard",
        "plutôt",  # "plutôt qu'une négociation…": a function word, as "plutot" typed without its accent is
        "dû",  # "aurait dû": the modal, not "du"
        "étais",
        "fût",
    ]
)

# Everyday verbs and words of questions: they count, but little, since readers pick them freely.
LIGHT_WORDS = frozenset(
    [
        "together",  # "in the room together", "ensemble": of people who met, which facts say in other words
        "ensemble",
        "reveal",
        "revealed",
        "reveals",
        "happen",
        "happened",
        "happens",
        "mean",
        "means",
        "think",
        "thinks",
        "thought",
        "try",  # "how is Russia trying to…", "who was waiting to greet him?": the verb after says what was done
        "tried",
        "trying",
        "wait",
        "waited",
        "waiting",
        "miss",  # "what if Russia misses the deadline?": fails to meet it, in the facts' words ("sous peine de")
        "misses",
        "missed",
        "view",  # "how does Kyiv view / regard Moscow's conditions?": what it thinks of them, in the facts' words
        "views",
        "viewed",
        "regard",
        "regards",
        "regarded",
        "consider",
        "considers",
        "considered",
        "expect",
        "expected",
        "get",
        "got",
        "go",
        "going",
        "went",
        "make",
        "made",
        "take",
        "took",
        "see",
        "seen",
        "look",
        "find",
        "found",
        "come",
        "came",
        "need",
        "needs",
        "use",
        "used",
        "utiliser",
        "utilise",
        "utilises",
        "utilisee",
        "utilisees",
        "supposed",
        "cense",
        "censee",
        "censes",
        "censees",
        "talk",
        "talked",
        "ask",
        "asked",
        "seem",
        "seems",
        "show",
        "showed",
        "shown",
        "become",
        "became",
        "keep",
        "kept",
        "let",
        "put",
        "tell",
        "told",
        "call",
        "called",
        "bring",
        "passe",
        "passer",
        "arrive",
        "arrivee",
        "pense",
        "penser",
        "trouve",
        "trouver",
        "voir",
        "venir",
        "vient",
        "fallait",
        "faut",
        "falloir",
        "mettre",
        "mis",
        "prendre",
        "pris",
        "donner",
        "donne",
        "rendre",
        "parler",
        "parle",
        "entretenir",  # "s'entretenir avec", to talk with: formal "parler"
        "entretenus",
        "montrer",
        "montre",
        "semble",
        "sembler",
        "devenir",
        "tenir",
        "hold",
        "held",
        "avoir",
        "have",
        "etre",
        "be",
        "aller",
        "actually",
        "currently",
        "now",
        "today",
        "aujourd",
        "hui",
        "maintenant",
        "actuellement",
        "exactly",
        "exactement",
        "vraiment",
        "vrai",  # "une vraie désescalade", "en vrai": how real, not what
        "vraie",
        "vrais",
        "vraies",
    ]
)
LIGHT_WEIGHT = 1.0


# What a question asks for (a place, a length of time, a date), and the cues that say so.
# Cues with accents are matched on the question as typed: "où" is not "ou".
ASPECT_CUES: dict[str, tuple[str, ...]] = {
    "place": (
        "où",
        "where",
        "wheres",
        "lieu",
        "endroit",
        "venue",
        "location",
        "quelle ville",
        "quelles villes",
        "which city",
        "what city",
        "which cities",
        "what cities",
        "quel batiment",  # the building: a venue, as the city is
        "dans quel batiment",
        "which building",
        "what building",
        "quel pays",
        "quels pays",
        "which country",
        "which countries",
        "what countries",
    ),
    "duration": ("combien de temps", "how long", "durée", "duree", "duration", "length", "a duré", "lasted"),
    "date": (
        "quand",
        "when",
        "date",  # "summit date", "date du sommet": the noun asks it, as "durée" and "lieu" do theirs
        "quelle date",
        "what date",
        "what day",
        "quel jour",
        "day of the week",
        "weekday",
        "jour de la semaine",
        "quel moment",
        "quelle est la date",
        "what is the date",
        "what was the date",
        "quelle annee",
        "what year",
        "quel mois",
        "what month",
    ),
    "clock": ("à quelle heure", "what time", "at what hour", "vers quelle heure", "heure"),  # "heure départ convoi"
    "who": ("qui", "who", "whos", "whom", "par qui", "by whom"),
    "quantity": (
        "combien",
        "combien de",
        "combien d",
        "how many",
        "how much",
        "quel nombre",
        "what number",
        "quel montant",
        "nombre de",  # "quel est le nombre de sous-marins…", "what is the number of…"
        "number of",
        "toll",  # "the death toll of the war": a count of the dead
    ),
}

# The value of the number words that have one, French and English: "trois heures" and "3 hours" name one figure.
NUMBER_VALUES = {
    word: value
    for value, words in enumerate(
        [(), ("un", "une", "one"), ("deux", "two"), ("trois", "three"), ("quatre", "four"), ("cinq", "five")]
        + [("six",), ("sept", "seven"), ("huit", "eight"), ("neuf", "nine"), ("dix", "ten"), (), ("douze", "twelve")]
    )
    for word in words
} | {"quinze": 15, "fifteen": 15, "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30, "cent": 100}
NUMBER_VALUES |= {"hundred": 100, "mille": 1000, "thousand": 1000}
COUNTS_WITHOUT_VALUE = frozenset(["milliers", "dizaines", "centaines", "thousands", "hundreds", "dozens", "tens"])
# Words that make a fact able to answer "how many": numbers written out, those with a value and the others.
NUMBER_WORDS = frozenset(NUMBER_VALUES) | COUNTS_WITHOUT_VALUE
# Words before a number that make it approximate: "environ trois heures", "plus de deux", "nearly thirty".
APPROXIMATORS = frozenset(
    ["environ", "pres", "plus", "moins", "quelque", "approximativement", "about", "around", "nearly", "almost"]
    + ["over", "more", "less", "fewer", "some", "roughly", "approximately", "than", "under"]
)

# Words that mark a language; shared words ("a", "on") are left out.
FRENCH_MARKERS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "sont",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "qui",
        "que",
        "quoi",
        "quand",
        "comment",
        "combien",
        "pourquoi",
        "ou",
        "avec",
        "pour",
        "dans",
        "sur",
        "entre",
        "apres",
        "avant",
        "pas",
        "ne",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "je",
        "tu",
        "ce",
        "cette",
        "ces",
        "au",
        "aux",
        "et",
        "mais",
        "donc",
        "ont",
        "rencontre",
        "sommet",
        "ultimatum",
        "exige",
        "demande",
        "salut",
        "bonjour",
        "qu",
        "c",
    ]
)
ENGLISH_MARKERS = frozenset(
    [
        "the",
        "of",
        "and",
        "is",
        "are",
        "was",
        "were",
        "what",
        "which",
        "who",
        "when",
        "where",
        "why",
        "whos",  # chat spellings of "who's", "where's", "what": English too ("whats" is below)
        "wheres",
        "wat",
        "how",
        "did",
        "does",
        "do",
        "with",
        "from",
        "about",
        "after",
        "before",
        "between",
        "meeting",
        "summit",
        "said",
        "say",
        "says",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "there",
        "their",
        "they",
        "them",
        "this",
        "that",
        "these",
        "those",
        "any",
        "many",
        "much",
        "long",
        "deadline",
        "demands",
        "hey",
        "hi",
        "please",
        "whats",
        "can",
    ]
)

# Phrasings that point at a topic, in French and English. Multi-word cues match as phrases.
TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "rencontre",
        "rencontres",
        "rencontrer",
        "rencontrera",
        "rencontreront",
        "rencontre t il",
        "reunion",
        "entretien",
        "entretiens",
        "entretenu",  # "se sont-ils entretenus ?": the verb of "entretien"
        "entretenus",
        "entretiendra",
        "entretiendront",
        "entrevue",
        "visite",
        "recu",
        "accueilli",
        "vus",
        "vu",
        "se sont vus",
        "discussions",
        "pourparlers",
        "meet",
        "met",
        "meeting",
        "meetings",
        "talks",
        "visit",
        "visited",
        "received",
        "welcomed",
        "saw",
        "see",
        "seen",
    ),
    "deadline": (
        "ultimatum",
        "date limite",
        "date butoir",
        "echeance",
        "deadline",
        "expire",
        "expiration",
        "delai",
        "compte a rebours",
        "due",
        "cutoff",
        "time limit",
    ),
    "demand": (
        "exige",
        "exigences",
        "exigent",
        "demande",
        "demandes",
        "demande t elle",
        "conditions",
        "revendications",
        "revendique",
        "reclame",
        "reclament",
        "reclamer",
        "reclames",
        "reclamees",
        "veut",
        "veulent",
        "souhaite",  # to wish for is to want
        "souhaitent",
        "wish",
        "wishes",
        "demands",
        "demand",
        "conditions",
        "want",
        "wants",
        "terms",
        "claims",
        "requirements",
        "position",
        "positions",
    ),
    "sanction": (
        "sanction",
        "sanctions",
        "sanctionner",
        "penalites",
        "penalties",
        "punir",
        "punish",
        "tarifs",
        "tariffs",
    ),
    "summit": ("sommet", "summit", "face a face", "face to face", "trilateral", "trilaterale", "bilateral"),
    "ceasefire": ("cessez le feu", "treve", "ceasefire", "cease fire", "truce", "armistice"),
    "statement": (
        "dit",
        "a dit",
        "declare",
        "declaration",
        "declarations",
        "affirme",
        "ecrit",
        "a ecrit",
        "qualifie",
        "decrit",  # as "described": how someone described something is what they said of it
        "decrire",
        "selon lui",
        "reagi",
        "propos",
        "cite",
        "said",
        "say",
        "says",
        "told",
        "wrote",
        "write",
        "described",
        "describe",
        "declared",
        "stated",
        "statement",
        "quote",
        "quoted",
        "tweet",
        "posted",
        # Where words were put out says they were said: "il a écrit quoi sur internet ?", "what did he post online?"
        # (not "réseaux sociaux", "social media": a cue's every word is one, and "Truth Social" is no statement)
        "internet",
        "online",
        "commented",
        # What someone warned of, insisted on or stressed, they said: "what did Zelensky warn about?"
        "warn about",
        "warned about",
        "warn of",
        "warned of",
        "warning",
        "insisted",
        "stressed",
        "claimed",
        "insiste",
        "souligne",
        "avertit",  # "met en garde", read as "avertit": what someone warned of, they said
        "averti",
    ),
    "person": (
        "qui est",
        "c qui",
        "c est qui",
        "qui c est",
        "who is",
        "who s",
        "whos",
        "role",
        "fonction",
        "poste",
        "titre",
        "job",
        "title",
        "metier",  # what someone does or did for a living: their entry says it
        "profession",
        "carriere",
        "career",
        "occupation",
        "parcours",
        "background",
        "for a living",  # "what did he do for a living?", "que fait-il dans la vie ?": the same
        "dans la vie",
        "nationalite",  # their entry's title says it: "émissaire américain", "président russe"
        "nationality",
        "dirige",  # what someone heads, runs: their entry's title says it ("chef du fonds souverain")
        "diriger",
        "dirigeait",
        "heads",
        "headed",
        "work for",  # whom someone works for: their entry's title says it
        "works for",
        "worked for",
        "travaille pour",
        "pour qui travaille",
        "comment s appelle",
        "s appelle",
        "name of",
        "named",
    ),
}

# Words that ask for a value to the letter: "la date exacte", "exactly when". An approximate date does not answer them.
PRECISION_CUES = frozenset(
    ["exact", "exacte", "exacts", "exactes", "exactement", "exactly", "precisement", "precisely"]
)  # not "précis(e)": "il a précisé" folds to it

# Questions asking how something turned out: the articles answer them only where a fact settles it.
OUTCOME_CUES = (
    "finalement",
    "au final",
    "en fin de compte",
    "fini par",
    "in the end",
    "end up",
    "ended up",
    "ultimately",
    "eventually",
)

# Questions asking what came of an event: "quel a été le résultat du sommet ?", "what came out of the meeting?". Of an
# event the articles only announce, they say nothing.
RESULT_CUES = (
    "resultat",
    "resultats",
    "result",
    "results",
    "outcome",
    "sorti de",
    "sorti du",
    "came out of",
    "come out of",
    "decide lors",
    "decide au",
    "decided at",
    "decided during",
)

# Questions about what is to come ("aura lieu", "will take place", "pourrait"): a date worked out from an article's
# day says when it was reported, not when it will happen. Also any French future or conditional verb ("se tiendra").
FUTURE_CUES = (
    "aura",
    "auront",
    "sera",
    "seront",
    "va",
    "vont",
    "doit",
    "doivent",
    "prevu",
    "prevue",
    "will",
    "would",
    "could",
    "might",
    "going to",
    "planned",
    "scheduled",
    "expected",
)
# "When is the next G20?", "le prochain sommet": what is to come, unless the question is in the past ("where did
# Witkoff go next?").
UPCOMING_CUES = ("next", "upcoming", "prochain", "prochaine", "prochains", "prochaines")
FUTURE_ENDINGS = ("ra", "ront", "rait", "raient")
# The past conditional: what is reported or supposed to have happened ("aurait duré selon Tass", "would have").
PAST_CONDITIONAL_HAVE = frozenset(["aurait", "auraient"])
PAST_CONDITIONAL_BE = frozenset(["serait", "seraient"])  # "se serait tenue"; "serait organisé" may look ahead
# Verbs whose compound tenses take "être": after it, their participle is a past ("est arrivé", "serait venu"), where
# another verb's is the passive ("est prévu", "serait organisé").
ETRE_VERBS = frozenset(
    ["aller", "venir", "revenir", "arriver", "partir", "repartir", "entrer", "rentrer", "sortir", "rester"]
    + ["retourner", "devenir", "tomber", "monter", "descendre", "passer", "naitre", "mourir", "parvenir"]
)
PAST_CONDITIONAL_MODALS = frozenset(["would", "could", "might"])  # with "have" soon after: "would the talks have"

# Yes/no questions asking whether something is known ("sait-on où…", "do we know when…"): the value is the answer.
KNOWN_CUES = (
    "sait on",
    "sait t on",
    "savons nous",
    "on sait",
    "connait on",
    "connu",
    "connue",
    "connus",
    "connues",
    "do we know",
    "does anyone know",
    "is it known",
    "known",
)

# How a question says the contact it asks about was made: by phone, or in person. "Call" and "appel" alone may be a
# call for something ("un appel à un cessez-le-feu"): only with whom ("call with", "appel entre") or "phone".
PHONE_CUES = (
    "telephone",
    "telephonique",
    "telephoniques",
    "telephoner",
    "telephoned",
    "phone",
    "phoned",
    "coup de fil",
    "au bout du fil",
    "call with",
    "call between",
    "appel avec",
    "appel entre",
)
IN_PERSON_CUES = ("en personne", "in person", "face to face", "face a face", "physiquement", "in the flesh")

# Nouns that say what kind of answer "quel est le …", "what is the …" asks, not what it is about: the facts give
# an aim or a position in their own words. Any other noun there ("le secrétaire", "the capital") must be in the fact.
ANSWER_NOUNS = frozenset(
    ["but", "objectif", "aim", "goal", "purpose", "objective", "role", "position", "raison", "reason", "cause"]
    + ["sens", "meaning", "nature", "contenu", "content", "sujet", "subject", "enjeu", "message", "idee", "idea"]
    + ["point", "avis", "opinion", "view", "reaction", "reponse", "response", "ton", "tone", "statut", "status"]
)

# Nouns for what a fact may say is not yet set (its `unsettled`): "has a date been fixed?", "le lieu est-il connu ?".
UNSET_NOUNS = {
    "date": frozenset(["date", "dates", "calendrier", "timetable", "timing", "schedule", "jour", "day"]),
    "place": frozenset(["lieu", "lieux", "venue", "location", "endroit", "site", "place"]),
}

# Nouns for a person by role: "quel responsable…", "which official…" ask who, as "qui…" does. Not "envoyé", "porte"
# ("sent", "carries" as often as envoy, spokesman).
PERSON_NOUNS = frozenset(
    ["responsable", "official", "dirigeant", "leader", "conseiller", "adviser", "advisor", "aide", "diplomate"]
    + ["diplomat", "ministre", "minister", "president", "spokesman", "spokesperson", "spokeswoman", "emissaire"]
    + ["envoy", "representant", "representative", "negociateur", "negotiator", "chef", "personne", "person"]
    + ["homme", "femme", "man", "woman", "ambassadeur", "ambassador", "interprete", "interpreter", "observateur"]
    + ["observer", "analyste", "analyst", "journaliste", "journalist", "collaborateur", "homologue", "counterpart"]
)

# Verbs of issuing a deadline: "when did Trump issue his ultimatum?", "quand a-t-il lancé l'ultimatum ?" ask when it
# was set, which its due day does not answer; a word of its falling due ("quand expire…", "la date limite") does.
ISSUING = frozenset(
    [
        "issue",
        "issued",
        "set",
        "sets",
        "launch",
        "launched",
        "give",
        "gave",
        "given",
        "impose",
        "imposed",
        "announce",
        "announced",
    ]
    + ["deliver", "delivered", "lancer", "lance", "lancee", "fixer", "fixe", "fixee", "poser", "pose", "posee"]
    + ["emettre", "emis", "emise", "donner", "donne", "donnee", "annoncer", "annonce", "annoncee", "imposer", "imposee"]
)
DUE_WORDS = frozenset(
    ["deadline", "echeance", "limite", "expire", "expires", "expired", "expirer", "expiration", "expiry", "due", "end"]
    + ["ends", "fin", "finit", "tombe", "until", "jusqu", "runs", "run", "out", "court", "prend", "lapse", "lapses"]
)

# Words asking whether something is set: "has a location been picked?", "le lieu est-il connu ?".
SETTLING = frozenset(
    ["fixe", "fixee", "decide", "decidee", "choisi", "choisie", "connu", "connue", "confirme", "confirmee", "arrete"]
    + ["arretee", "determine", "determinee", "precise", "precisee", "set", "fixed", "decided", "chosen", "picked"]
    + ["known", "confirmed", "settled", "agreed", "finalised", "finalized", "determined", "specified"]
    + ["annonce", "annoncee", "announced"]  # made known: "le lieu du sommet a-t-il été annoncé ?"
)

# Verbs of wanting or demanding: "l'Ukraine exige-t-elle la Crimée ?" asks of Ukraine's own demands.
DEMANDING = frozenset(
    ["exige", "exigent", "exiger", "demande", "demandent", "demander", "reclame", "reclament", "reclamer", "revendique"]
    + ["veut", "veulent", "vouloir", "want", "wants", "wanted", "demand", "demands", "demanded", "require", "requires"]
)
# A count by the day, week…: "des milliers par semaine", "thousands a week" (as written or folded).
RATE = re.compile(
    r"\b(?:par|per|a|an|each|every|chaque)\s+(jour|semaine|mois|an|année|annee|day|week|month|year)\b", re.IGNORECASE
)
# The period each unit of a rate counts by, in either language: "par semaine" is "a week".
RATE_PERIODS = {"jour": "day", "day": "day", "semaine": "week", "week": "week", "mois": "month", "month": "month"} | {
    "an": "year",
    "annee": "year",
    "année": "year",
    "year": "year",
}


def period_of(unit: str) -> str:
    """The period a rate's unit counts by, in either language ("semaine", "week": "week"); "" for no known unit."""
    return RATE_PERIODS.get(fold(unit), "")


MEASURES = frozenset(["taille", "size", "ampleur", "extent", "superficie", "area", "longueur", "length", "poids"])

# Questions asking for a name: only a fact naming someone the question does not can answer them.
# Questions asking for the words someone used: "comment Peskov a-t-il qualifié les discussions ?", "how did Trump
# describe the meeting?", "quels mots…". The first line gives the words the fact quotes.
WORDS_CUES = (
    "qualifie",
    "qualifies",
    "qualifiee",
    "qualifiees",
    "qualifier",
    "qualified",
    "decrit",
    "decrite",
    "decrire",
    "describe",
    "described",
    "describes",
    "characterise",
    "characterised",
    "characterize",
    "characterized",
    "quels mots",
    "quels termes",
    "en quels termes",
    "what words",
    "which words",
    "what terms",
    "adjectifs",  # "les 3 adjectifs de Peskov": the words he used
    "adjectives",
    "wording",
    "propres mots",  # "selon ses propres mots", "in his own words"
    "own words",
)

# Verbs of using words, which such a cue asks with: "quels termes a-t-il employés ?", "what words did he use?".
WORDS_USED = frozenset(
    ["utilise", "utilises", "utilisee", "utilisees", "utiliser", "employe", "employes", "employee", "employees"]
    + ["employer", "choisi", "choisis", "use", "used", "uses", "using", "employ", "employed", "chose", "choose"]
)

NAME_CUES = ("le nom", "du nom", "quel nom", "son nom", "s appelle", "the name", "what name", "his name", "her name")
NAME_WORDS = frozenset(["nom", "name"])  # the noun a name is asked with: "porte-parole du kremlin nom", "the name of"

# Questions asking for several things at once get every matching fact of the topic, not only the best.
LIST_CUES = (
    "quelles",
    "quels",
    "lesquelles",
    "tous",
    "toutes",
    "liste",
    "which",
    "what are",
    "list",
    "all",
    "demands",
    "conditions",
    "exigences",
    "sanctions",
    "ceasefires",
    "cessez le feu",
)

# "Besides Putin", "à part Poutine": the person named next is whom the answer is not.
BESIDES_CUES = ("besides", "apart from", "other than", "aside from", "a part", "hormis", "outre", "en dehors de")
# "Who else…", "qui d'autre…", "besides Putin": people other than those named are asked for.
ELSE_CUES = ("else", "d autre", "d autres", *BESIDES_CUES)
# Asking who else, whom the answer comes after is whom it is not: "qui d'autre après Poutine ?", "who else after Putin?"
AFTER_CUES = ("apres", "after", "a la suite de", "following")

# Words saying that an event took place, and no more: "a eu lieu", "s'est tenu", "was held", "took place".
HAPPENING = frozenset(
    ["lieu", "eu", "tenu", "tenue", "tenir", "deroule", "derouler", "finalement", "enfin", "vraiment"]
    + ["hold", "held", "take", "took", "taken", "place", "happen", "happened", "finally", "eventually", "actually"]
)

# Verbs of speaking with someone, in person or by phone: "Trump a-t-il parlé avec Zelensky ?", "did they talk?".
TALK_VERBS = frozenset(
    ["parler", "parle", "parlent", "discuter", "discute", "speak", "spoke", "spoken", "talk", "talked"]
)

# Verbs of going somewhere: "when will Witkoff go to Moscow?" asks when he is there, in whatever words.
GOING = frozenset(["go", "went", "gone", "come", "came", "aller", "alle", "va", "ira", "venir", "venu", "viendra"])

# Verbs of putting words in writing: "where did Trump post…?" asks on what, a network or a paper, not a place.
PUBLISHING = frozenset(
    ["post", "posted", "write", "wrote", "written", "publish", "published", "tweet", "tweeted"]
    + ["poster", "poste", "ecrire", "ecrit", "publier", "publie"]
)
# Verbs of saying; writing or posting says something too ("qu'a écrit Medvedev ?").
SAY = frozenset(["dire", "dit", "declarer", "declare", "say", "said", "state", "stated", "tell", "told"]) | PUBLISHING
# Verbs of reacting: "comment Medvedev a-t-il réagi… ?" asks what he said or did in answer, which a fact having
# him say nothing at all does not tell.
# Nouns of what someone thinks ask the same: "l'avis de Medvedev", "Trump's view", "la réaction de Poutine".
REACT = frozenset(
    ["reagir", "reagi", "react", "reacted", "respond", "responded", "repondre", "repondu"]
    + ["avis", "opinion", "reaction", "reactions", "view", "views", "stance"]
)

# Where words are put out: a fact naming one says where something was posted ("sur sa plateforme Truth", "on social
# media", "le service de presse du Kremlin").
MEDIA = frozenset(
    ["plateforme", "platform", "reseaux", "sociaux", "social", "media", "medias", "truth", "telegram", "twitter"]
    + ["ligne", "online", "presse", "press", "television", "journal", "newspaper", "site", "blog", "communique"]
)

# Kinds whose members go by a name of their own: "which missile", "le nom de la plateforme". A fact speaking of one
# with no capitalised name or figure beside it does not say which ("des missiles à capacité nucléaire").
NAMED_KINDS = frozenset(
    ["missile", "missiles", "plateforme", "plateformes", "platform", "platforms", "reseau", "reseaux", "network"]
    + ["networks", "aeroport", "aeroports", "airport", "airports", "entreprise", "entreprises", "company", "companies"]
    + ["banque", "banques", "bank", "banks", "fonds", "fund", "funds", "source", "sources"]
    + ["pays", "country", "countries", "ville", "villes", "city", "cities", "capitale", "capitales"]
)
PLACE_KINDS = frozenset(["pays", "country", "countries", "ville", "villes", "city", "cities", "capitale", "capitales"])
# Nouns for people, or for people killed, that any toll counts: "deaths" for "how many people…?", "how many dead?";
# "gens" for "combien de personnes meurent ?".
PEOPLE_COUNTED = frozenset(
    ["people", "person", "persons", "personne", "personnes", "gens", "individus", "humains", "dead", "killed"]
    + ["victims", "casualties", "victimes", "tues"]
)

# Words insisting on which ones, beside the kind: "which specific countries", "quels pays précis".
SPECIFIC = frozenset(["specific", "particular", "precis", "precise", "precises", "nommement", "name", "nom", "named"])

# Words of a comparison: what two articles or two people say, set side by side ("how do the lists of demands differ
# between…", "russian demands april vs august", "le ton a-t-il changé ?").
COMPARING = frozenset(
    ["compare", "comparing", "comparison", "comparer", "compares", "comparaison", "vs", "versus", "differ", "differs"]
    + ["difference", "differences", "different", "differently", "differe", "differente", "differentes", "differents"]
    + ["shift", "shifted", "evolve", "evolved", "evolue", "changed", "change", "presente", "presented"]
)

# Verbs of meeting, which is mutual: whom someone met is who met them ("who did Witkoff meet?").
MUTUAL_VERBS = frozenset(["meet", "met", "see", "saw", "seen", "rencontrer", "rencontre", "voir", "vu", "vus"])

# Verbs of a contact that are no cue of the meeting topic (they would rank facts): only who met whom reads them.
CONTACT_VERBS = frozenset(["receive", "welcome", "greet", "greeted", "host", "hosted", "accueillir", "recevoir"])

# Ordinals, units, titles and question words as typed in short, folded: "la 1ère fois", "son 2e voyage", "3 hrs",
# "special rep", "c ki". Not "1er", "1st", "2nd": days of a month too.
SHORT_FORMS = {
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "st": "saint",  # "St Petersburg"
    "negos": "negociations",  # "dans les négos"
    "nego": "negociation",
    "cv": "parcours",  # a curriculum vitae: someone's career, which their entry gives
    "immo": "immobilier",  # "promoteur immo"
    "bosse": "travaille",  # "il bosse sur Gaza ?": works, in everyday French
    "bosser": "travailler",
    "boulot": "travail",
    "jai": "ai",  # "j'ai", as texted (a dictionary word, so not read as elided: see Matcher._unelided)
    "pics": "pictures",  # "what do the kremlin pics show?"
    "pic": "picture",
    "subs": "submarines",  # "did the US move nuclear subs…?"
    "sub": "submarine",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "rep": "representative",
    "reps": "representatives",
    "govt": "government",
    "admin": "administration",
    "intl": "international",
    "ki": "qui",  # French question words as texted: "c ki iouri ouchakov", "pk trump a fixe un ultimatum"
    "koi": "quoi",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "qd": "quand",
    "cmt": "comment",
    "cb": "combien",
    "cmb": "combien",
    "rdv": "rencontre",  # "le rdv witkoff poutine", a rendez-vous
    "pr": "pour",
    "ds": "dans",
    "mtn": "maintenant",
    "ppl": "people",
    "abt": "about",
    "1ere": "premiere",
    "1re": "premiere",
    "2e": "deuxieme",
    "2eme": "deuxieme",
    "3e": "troisieme",
    "3eme": "troisieme",
}

# Ordinals typed in figures that are also days of a month ("1st", "1er"): read as words away from a month.
ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "1er": "premier"}

# Verbs of describing that the facts never use, read as the one they do: "how did Trump characterize the meeting?",
# "comment Trump a-t-il caractérisé la rencontre ?" ask how he described it, which his statement says. Not
# "résumer", a summary asked for ("tu peux me résumer la rencontre ?"), nor a request ("can you summarize the
# summit?", "summarize the meeting"): see describing().
DESCRIBING = {
    form: "describe"
    for form in ["characterize", "characterized", "characterise", "characterised", "summarize", "summarized"]
    + ["summarise", "summarised", "sum", "sums", "summed", "portray", "portrayed"]
} | {
    form: "qualifie"
    for form in ["caracterise", "caracteriser", "caracterisee", "caracterises"]
    + ["caracterisees", "depeint", "depeindre"]
}
_ASKING_OF = frozenset(["you", "u", "please", "to", "pls", "vous", "tu", "pouvez", "peux", "svp", "me", "moi", "nous"])


def describing(words: list[str]) -> list[str]:
    """Folded words with a verb of describing read as the facts' own ("characterized" as "describe"), unless it opens
    the question or follows whom it is asked of: "summarize the summit", "can you summarize…" ask for a summary."""
    return [
        DESCRIBING[word] if word in DESCRIBING and at and words[at - 1] not in _ASKING_OF else word
        for at, word in enumerate(words)
    ]


# "Avoir lieu", to happen, in a folded text: "a eu lieu", "n'aurait pas eu lieu", "pourrait avoir lieu"; not the
# noun of "le lieu n'est pas précisé".
TAKING_PLACE = re.compile(
    r"\b(?:a|ont|aura|auront|aurait|auraient|avait|avaient|avoir|eu|ait|ayant)\s+"
    r"(?:(?:bien|pas|jamais|deja|vraiment|finalement|effectivement)\s+)?(?:eu\s+)?lieu\b"
)

# A capital stands for its country and its seat of power ("Moscou exige…"): a fact set in one is about the others.
SAME_PLACE: dict[str, tuple[str, ...]] = {
    "moscow": ("russia", "kremlin"),
    "kremlin": ("russia", "moscow"),
    "russia": ("moscow", "kremlin"),
    "washington": ("united-states",),
    "united-states": ("washington",),
    "kyiv": ("ukraine",),
    "ukraine": ("kyiv",),
    "presidential-library": ("saint-petersburg",),  # a venue within its city (not every fact there is set in it)
}

COUNTRIES = frozenset(
    {"russia", "united-states", "ukraine"}
)  # places the briefs name that are never a venue themselves

# Openings of a question that leans on the one before ("et où ?", "and Trump?", "what about the summit?").
FOLLOW_UP_OPENERS = frozenset({"et", "and", "what about", "how about", "et pour", "et sur", "puis", "also", "aussi"})
# Words that point at someone already named ("et lui ?", "and her?").
PRONOUNS = frozenset(["lui", "elle", "eux", "elles", "il", "ils", "him", "her", "he", "she", "them", "they"])
THERE = frozenset(["there", "y"])  # "will Zelensky be there?", "y sera-t-il ?": where the question before was
SUBJECT_PRONOUNS = frozenset(["il", "elle", "he", "she"])  # "did he meet Zelensky too?": the one asked about before
PLURAL_SUBJECTS = frozenset(["ils", "elles", "they"])  # "did they meet Zelensky?": those asked about before
ADDITIVES = frozenset(["too", "also", "aussi", "egalement"])  # "did he meet Zelensky too?" adds to the one before

# Words that deny or refuse: a fact stating one may answer "no" to a question that states none.
NEGATIONS = frozenset(
    ["pas", "jamais", "aucun", "aucune", "ni", "non", "rien", "not", "no", "never", "nor", "none", "nothing"]
    + ["without", "sans"]
)
REFUSALS = (
    ("refus", "rejet", "rejett", "declin", "reject", "refuse", "ecart", "inacceptab", "unacceptab", "exclu")
    + ("rebuff", "spurn", "snub")  # "did Moscow rebuff the three-way meeting?" asks of its refusal
)
_DEMANDS = ("demand", "exig", "reclam", "want", "veut", "veul", "voul", "requi")  # what a refusal after them asks
_TURN = frozenset(["turn", "turns", "turned", "turning"])  # "turned down" refuses
JUDGED_REFUSALS = ("inacceptab", "unacceptab")  # a judgment of what is proposed: it refuses accepting it, no more
_WITHOUT = frozenset(["sans", "without"])  # negations that deny only what follows them
# Words that start a new clause: "Peskov told the media | that no breakthrough was expected".
_CONNECTIVES = frozenset(["que", "qu", "that", "et", "and", "mais", "but", "si", "if", "than"])
_CONDITIONS = frozenset(["si", "s", "if", "unless"])  # "si la Russie ne parvenait pas…" states no denial
_CONCESSIVE = frozenset(["meme", "even"])
# What ends a clause: a denial in one ("sans que leur nature soit précisée") says nothing of the clause beside it.
# A dash breaks only when spaced: "Trump–Putin summit" is one phrase.
_GLOSS = re.compile(r"\(([^()]*)\)")
# What a summary says of its article, not of the event: "Selon l'article 000, qui ne dit pas de qui il tient
# l'information, Moscou aurait…" denies nothing Moscow did, nor that anyone said it.
_OF_THE_ARTICLE = re.compile(r"(\barticles? \d{3}), (?:qui|which) [^,;.]*")
# Prepositions of several words whose noun says nothing: "au sujet de la paix" is about peace, no "sujet" (a subject
# asked: "sur quels sujets…"), "à propos de Poutine" no remark ("propos") made; "with respect to Moscow" no respect;
# "à cette période", "at the time" point back at what is asked about, no period of a fact; "y compris" is including;
# "quand même" is "even so", no "when" asked; "sur le plan militaire" is "militarily", no plan; "ça veut dire quoi ?"
# asks what it means, as "what does it mean?" does: no one wants or says anything.
LOCUTIONS = re.compile(
    r"\b(?:(?:au sujet|[aà] propos|au sein|au cours|[aà] l['’]issue) (?=d)|with (?:respect|regard) to\b"
    r"|[aà] cette (?:p[ée]riode|[ée]poque)\b|[aà] ce moment[- ]l[aà]\b|at (?:that|the) time\b|\by compris\b"
    r"|\bquand m[eê]me\b|\bsome people\b|\bsur le plan (?!d[eu]\b|des\b|d['’])(?=\w)"
    r"|\b(?:veut|veulent|voulait|voulaient|voudrait|vouloir) dire\b)",
    re.IGNORECASE,
)
SINCE_WORDS = frozenset(["depuis", "since"])  # opening a clause of time: "depuis le retour de Trump", "since Geneva"
CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"“”]|\s[—–-]\s")


# Verbs of speech, folded, as typed or as their lemma: "qui a annoncé…", "who said…" asks a statement's speaker.
# Not "qui a proposé…": a statement answers that with the one it says proposed, not with who said so.
SPEECH_VERBS = frozenset(
    ["dire", "dit", "declarer", "declare", "annoncer", "annonce", "affirmer", "affirme", "confirmer", "confirme"]
    + ["qualifier", "qualifie", "estimer", "estime", "souligner", "souligne", "assurer", "assure", "indiquer"]
    + ["indique", "expliquer", "explique", "ecrire", "ecrit", "repondre", "repondu", "juger", "juge", "decrire"]
    + ["decrit", "evoquer", "evoque", "avertir", "averti", "insister", "insiste", "reagir", "reagi", "commenter"]
    + ["commente", "say", "said", "tell", "told", "announce", "confirm", "called", "describe", "claim", "write"]
    + ["wrote", "reply", "respond", "warn", "insist", "stress", "comment", "react", "qualify"]
    + ["accuser", "accuse", "critiquer", "critique", "denoncer", "denonce", "menacer", "menace", "saluer", "salue"]
    + ["demander", "demande", "rappeler", "rappelle", "nier", "nie", "exiger", "exige", "reconnaitre", "reconnu"]
    + ["criticise", "criticize", "denounce", "threaten", "urge", "ask", "asked", "demand", "praise", "deny", "denied"]
    + ["acknowledge", "admit", "post", "posted", "tweet", "tweeted"]  # put out in writing: "what did Medvedev post?"
    + ["penser", "pense", "pensent", "think", "thinks", "thought"]  # "que pense Zelensky du sommet ?": what he said
    + sorted(REACT)  # "comment Trump a-t-il réagi ?", "l'avis de Zelensky", "Trump's reaction"
)

# Words that restrict a claim to what it names: "did he speak only with Trump?" is no yes from "with Trump and European
# leaders", nor from a fact on his call with Trump, which never says he spoke with no one else.
RESTRICTING = frozenset(["only", "solely", "exclusively", "seulement", "uniquement", "exclusivement"])

# Words that hedge a statement: a fact saying something "aurait" happened says it was reported, not that it did.
HEDGES = frozenset(
    ["aurait", "auraient", "pourrait", "pourraient", "serait", "seraient", "probablement", "eventuellement"]
    + ["reportedly", "allegedly", "could", "might", "probably", "possibly", "likely"]  # not "may": the month
    + ["attendent", "attendu", "attendue", "attendus", "attendues", "expect", "expects", "expected"]  # not done yet
)

# Verbs of wishing and seeking: what someone dreams of or seeks, they do not have; "Trump rêve du prix Nobel" is no yes
# to "a-t-il eu le prix Nobel ?", nor "il cherche à mettre fin à la guerre" to "a-t-il mis fin à la guerre ?".
WISHES = frozenset(
    ["reve", "revent", "rever", "espere", "esperent", "esperer", "souhaite", "souhaitent", "aspire", "aspirent"]
    + ["dreams", "dreamed", "dreamt", "hoped", "wished", "aspires"]  # not "wish", "hope": nouns as well
    + ["cherche", "cherchent", "tente", "tentent", "seeks", "tries", "trying"]  # "il cherche à mettre fin à la guerre"
)
# Asked of, wishing is what the question is about: "veut-il…", "does Trump dream of…?" (any form, nouns too).
WANTS = frozenset(["veut", "veulent", "voulait", "vouloir", "want", "wants", "wanted", "dream", "hope", "wish", "seek"])
WISHING = WISHES | WANTS  # a wish, in the question's words or a fact's


def cue_words(topics: Iterable[str]) -> set[str]:
    """The words of the cues of topics ("sommet", "rencontre"): what names a topic, not what is asked of it."""
    return {word for topic in topics for phrase in TOPIC_CUES.get(topic, ()) for word in phrase.split()}


def hedges(words: Iterable[str]) -> bool:
    """Tell whether folded words hedge what they state."""
    return not HEDGES.isdisjoint(words)


def denies(words: Iterable[str]) -> bool:
    """Tell whether folded words deny or refuse something."""
    words = list(words)
    return not NEGATIONS.isdisjoint(words) or refuses(words)


def refuses(words: list[str]) -> bool:
    """Tell whether folded words refuse something: a word of refusal, not what a demand before it asks ("Poutine a
    demandé que l'Ukraine soit exclue de l'OTAN"), nor the noun naming such a demand ("lists Ukraine's formal
    exclusion from NATO"); "turn down" as one."""
    if any(word in _TURN and after == "down" for word, after in pairwise(words)):
        return True
    for at, word in enumerate(words):
        if word.startswith(REFUSALS) and word != "exclusion":
            return not any(w.startswith(_DEMANDS) for w in words[:at])
    return False


# Whether something lasted: "did the truce hold?", "la trêve a-t-elle tenu ?", "was it respected?". What broke down
# did not. "Hold", "last" and "tenir" say so only with no word after them: "did they hold talks?" asks of a meeting.
LASTED = frozenset(
    ["hold", "held", "holds", "last", "lasted", "survive", "survived", "tenir", "tenu", "tenue", "tenus", "tenues"]
    + ["tient", "tiennent"]
)
RESPECTED = frozenset(
    ["respect", "respected", "honored", "honoured", "respecter", "respecte", "respectee", "respectes", "respectees"]
)
BREAKDOWNS = ("effondr", "collaps", "echou", "echec", "fail", "rompu", "rompue")  # "collapsed", "s'est effondré"


# Whether something stopped: "les combats ont-ils cessé ?", "did Russia halt its strikes?". What went on did not.
STOPPED = frozenset(
    ["cesse", "cessee", "cesses", "cessees", "cesser", "cessent", "cease", "ceased", "stop", "stops", "stopped"]
    + ["halt", "halts", "halted", "suspendu", "suspendue", "suspendus", "suspendues", "suspendre", "suspend"]
    + ["suspended", "interrompu", "interrompue", "interrompus", "interrompre"]
    + ["arrete", "arretee", "arretes", "arretees", "arreter", "arretent"]  # "a-t-elle arrêté ses frappes ?"
    + ["abandonne", "abandonnee", "abandonnes", "abandonnees", "abandonner", "abandon", "abandoned", "drop", "dropped"]
    + ["tomber", "tombe", "tombee", "tombes", "tombees"]  # "ont-ils fait tomber la menace ?": dropped it
)
# "a continué ses frappes", "fighting persists", "reste d'actualité", "remains on the table"
GOING_ON = ("continu", "poursui", "persist", "kept", "keeps", "reste", "remain")


def went_on(text: str, asked: set[str]) -> bool:
    """Tell whether a clause of text says something asked of went on, holding one of the asked words (folded, with
    their dictionary forms): "la Russie a continué ses frappes", "fighting persists"; not on a condition, nor
    denied, nor another thing going on ("Moscou continue de poser des conditions" is no arms delivery going on)."""
    return any(
        NEGATIONS.isdisjoint(clause)
        and any(word.startswith(GOING_ON) for word in clause)
        and any(word in asked or not asked.isdisjoint(lemmas(word)) for word in clause)
        for clause in _stated_clauses(text)
    )


def wished(text: str, asked: set[str]) -> bool:
    """Tell whether a clause of text says someone wishes for something asked of, holding one of the asked words (folded,
    with their dictionary forms) besides the wish: "Trump rêve toujours du prix Nobel" of "a-t-il eu le prix Nobel ?";
    not of "veut-il mettre fin à la guerre ?", which the clause after it says."""
    if not WISHING.isdisjoint(asked):  # "veut-il mettre fin à la guerre ?" asks what he seeks
        return False
    return any(
        not WISHES.isdisjoint(clause) and not asked.isdisjoint(w for w in clause if w not in WISHES)
        for clause in _stated_clauses(text)
    )


def wished_share(text: str, tokens: Sequence[str]) -> float:
    """The largest share of a question's content words (folded) that one clause of text saying someone wishes for
    something holds, in any of their forms: all of "prix Nobel paix" in "Trump rêve toujours du prix Nobel de la
    Paix"; little of "who is Moscow getting cozy with?" in "while the US seeks a ceasefire"."""
    best = 0.0
    for clause in map(set, _stated_clauses(text)):
        if tokens and not WISHES.isdisjoint(clause):
            held = sum(1 for token in tokens if token in clause or not clause.isdisjoint(lemmas(token)))
            best = max(best, held / len(tokens))
    return best


def asks_if_lasted(tokens: tuple[str, ...]) -> bool:
    """Tell whether a question's content words (in order) ask whether something lasted or was respected: a verb of
    lasting last of them, or followed only by how long ("did the truces hold for several months?"), or of
    respecting anywhere."""
    if not RESPECTED.isdisjoint(tokens):
        return True
    at = next((at for at in range(len(tokens) - 1, -1, -1) if tokens[at] in LASTED), None)
    return at is not None and all(word in _HOW_LONG or word.isdigit() for word in tokens[at + 1 :])


# How long, after a verb of lasting: "hold for several months", "tenu plusieurs semaines", "last long".
_HOW_LONG = frozenset(
    ["several", "many", "few", "plusieurs", "quelques", "long", "longtemps", "longer", "two", "three", "deux", "trois"]
    + ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    + ["jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees"]
)


def broke_down(text: str) -> bool:
    """Tell whether a clause of text says something collapsed or failed, not on a condition ("if Russia failed…")."""
    return any(any(word.startswith(BREAKDOWNS) for word in clause) for clause in _stated_clauses(text))


def _stated_clauses(text: str) -> Iterator[list[str]]:
    """The folded words of each clause of text that states something, not on a condition ("if Russia failed…")."""
    for part in CLAUSE_BREAK.split(text):
        for clause in _clauses(fold(part).split()):
            if clause[0] not in _CONDITIONS:
                yield clause


def denying_clauses(text: str) -> tuple[frozenset[str], ...]:
    """The folded words each clause of text denies or refuses.

    A refusal denies its whole phrase, up to punctuation: "conditions que Kiev juge inacceptables" refuses the
    conditions. A negation denies its clause, cut also at "que", "et", "si"…: "Peskov a dit aux médias | qu'aucune
    percée n'était attendue" does not deny that he spoke. "Sans", "without" deny only what follows them ("reçu sans
    annonce majeure"), and a condition ("si la Russie ne parvenait pas…") denies nothing, nor a negated infinitive
    (see advising_clauses).
    """
    return _negated(text)[0]


def advising_clauses(text: str) -> tuple[frozenset[str], ...]:
    """The folded words of each clause of text that negates an infinitive, with the "ni…" clauses that carry it on:
    "l'importance de ne pas être trompé…, ni par la Russie, ni par les États-Unis", "not to be deceived"; and of each
    clause set after a comparison ("… que de négocier…", "than to negotiate"). What someone urges, fears or prefers
    less: it neither denies nor says that it happened."""
    return _negated(text)[1]


def _negates(text: str) -> bool:
    """Tell whether a bracketed gloss holds a negation or a refusal of its own."""
    words = fold(text).split()
    return not NEGATIONS.isdisjoint(words) or refuses(words)


def _negated(text: str) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """What the clauses of text deny or refuse, and what they advise against (denying_clauses, advising_clauses)."""
    denied: list[frozenset[str]] = []
    advised: list[frozenset[str]] = []
    carried = False  # whether the clause before advised: a "ni…" after it carries it on
    # A gloss in brackets belongs to its clause ("a trilateral (three-way) format including Zelensky"), unless it
    # negates something itself ("un haut responsable russe (non nommé)"): then it stands apart.
    text = _GLOSS.sub(lambda found: found.group(0) if _negates(found.group(1)) else f" {found.group(1)} ", text)
    text = _OF_THE_ARTICLE.sub(r"\1", text)
    for part in CLAUSE_BREAK.split(text):
        phrase = fold(part).split()
        if refuses(phrase):
            denied.append(frozenset(phrase))
            carried = False
            continue
        for words in _clauses(phrase):
            if carried and words[0] in _CARRIED:
                advised[-1] |= frozenset(words)
                continue
            if words[:2] == ["que", "de"] or words[0] == "than":
                # "plus soucieux de sceller un accord avec Washington que de négocier avec l'Ukraine": what is
                # preferred less, neither wanted nor refused.
                advised.append(frozenset(words))
                carried = False
                continue
            negated = next((at for at, w in enumerate(words) if w in NEGATIONS), None)
            carried = negated is not None and _infinitive_negation(words, negated)
            if carried:
                advised.append(frozenset(words))
            elif negated is not None and words[0] not in _CONDITIONS:
                denied.append(frozenset(words[negated + 1 :] if words[negated] in _WITHOUT else words))
    return tuple(denied), tuple(advised)


_CARRIED = frozenset(["ni", "neither", "nor"])  # "…ne pas être trompé, ni par la Russie, ni par…"


def _infinitive_negation(words: list[str], at: int) -> bool:
    """Tell whether the negation at `at` of folded words negates an infinitive or a gerund: "de ne pas être trompé",
    "not to be deceived", "not being deceived", "don't be deceived". In French, "ne" right before "pas" negates only
    an infinitive: a conjugated verb stands between them ("n'a pas", "ne sont pas")."""
    following = words[at + 1] if at + 1 < len(words) else ""
    before = words[at - 1] if at else ""
    # "on not being", not "is not negotiating", nor a headline's "Moscow not negotiating", which is "is not".
    gerund = following.endswith("ing") and before in _BEFORE_GERUND
    return before in ("ne", "to") or following in ("to", "be") or gerund


# What a gerund negated as something urged or feared follows: "insisted on not being deceived", "the importance of
# not being fooled".
_BEFORE_GERUND = frozenset(["on", "of", "about", "for", "by", "from", "against", "without", "upon", "avoid"])


def _clauses(words: list[str]) -> list[list[str]]:
    """A phrase's folded words cut into clauses at the words that join them ("que", "et", "si"…)."""
    clauses: list[list[str]] = []
    clause: list[str] = []
    for word in words:
        if word in _CONNECTIVES and clause:
            # "même si", "even if" concede, not a condition: the "même" opens the new clause.
            carried = [clause.pop()] if clause[-1] in _CONCESSIVE and word in _CONDITIONS else []
            if clause:
                clauses.append(clause)
            clause = carried
        clause.append(word)
    if clause:
        clauses.append(clause)
    return clauses


# Words that end a count's or an agent's noun phrase, a preposition or a clause word: "deux sous-marins | à un
# échange", "two submarines | to the region", "par la Maison-Blanche | pour…".
CLAUSE_WORDS = frozenset(
    ["a", "au", "aux", "pour", "avec", "contre", "dans", "sur", "lors", "apres", "avant", "et", "qui", "que", "dont"]
    + ["en", "pendant", "selon"]  # "30 jours | en Ukraine"
    + ["to", "for", "with", "against", "in", "on", "at", "after", "before", "and", "which", "that", "who", "by"]
    + ["during"]
)

YEAR_OR_ID = re.compile(r"(19|20)\d\d|0\d+")  # a year, or an article's number ("000"): not a count
ZONES = frozenset(["gmt", "utc", "locale", "local", "time", "pm", "am"])  # what a time of day is given in
_NOT_COUNTED = ZONES | FOLDED_MONTHS
_UNIT_STEM = 5  # "heure", "heures"; "sous" of "sous-marins"


def counts(words: list[str]) -> set[tuple[str, str]]:
    """The numbers folded words give, with the first letters of what each counts: ("3", "heure") for "trois
    heures"."""
    found = set()
    for at, word in enumerate(words[:-1]):
        number = word.isdigit() and not YEAR_OR_ID.fullmatch(word)  # not "l'article 003", nor "2025"
        value = str(NUMBER_VALUES[word]) if word in NUMBER_VALUES else word if number else None
        unit = words[at + 1]
        # What is counted is a word: not a time of day's ("11:30 GMT", "14 h 30"), a month's day, nor a year's.
        if value is not None and unit.isalpha() and len(unit) > 2 and unit not in _NOT_COUNTED:
            found.add((value, unit[:_UNIT_STEM]))
    return found


# How French past participles end, folded, besides "-é": "reçu", "accueilli", "mis", "dit", "ouvert", "craint".
FRENCH_PARTICIPLE_ENDINGS = (
    "i",
    "ie",
    "is",
    "ies",
    "u",
    "ue",
    "us",
    "ues",
    "it",
    "ite",
    "its",
    "ert",
    "erte",
    "int",
    "inte",
)
# English past participles that do not end in "-ed": "held", "met"; "withheld" ends like "held".
ENGLISH_PARTICIPLES = frozenset(
    ["held", "met", "seen", "made", "done", "said", "told", "given", "taken", "been", "spent", "shown", "sent", "left"]
)
# Letters two forms of one word share, across agreement and language: "propose", "proposée", "proposed";
# "russia", "russian", "russe"; "president", "presidente".
STEM = 5

# A time of day, with the zone a text gives it in: "14h30", "11:30 GMT", "vers 11h30 heure locale".
_CLOCK_TIME = re.compile(
    r"(?<![\d:])(\d{1,2})\s*(?:h(?![a-z])|:)\s*(\d{2})?(?!\d)\s*(am|pm|a\.m\.|p\.m\.)?"  # not "3 hours"
    r"(?:\s*\(?\s*(GMT|UTC|heure locale|heure de Moscou|local time|Moscow time)\)?)?",
    re.IGNORECASE,
)


def clock_times(text: str) -> frozenset[tuple[int, int, str]]:
    """The times of day a text names, as (hour, minute, zone): zone "gmt" for GMT or UTC, "local" for local or Moscow
    time, "" where none is given ("14h30 (11h30 GMT)" names 14:30 and 11:30 GMT)."""
    found = set()
    for match in _CLOCK_TIME.finditer(text):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if (match.group(3) or "").lower().startswith("p") and hour < 12:  # "2:30 pm"
            hour += 12
        if hour < 24 and minute < 60:
            zone = (match.group(4) or "").lower()
            found.add((hour, minute, "gmt" if zone in ("gmt", "utc") else "local" if zone else ""))
    return frozenset(found)


def clock_words(text: str) -> frozenset[str]:
    """The words, folded, in which a text names times of day: "2", "30pm", "local", "time" of "2:30pm local time"."""
    return frozenset(word for match in _CLOCK_TIME.finditer(text) for word in fold(match.group(0)).split())


# Common English verbs whose past or participle does not begin like their base: "left" is "leave", "met" "meet".
IRREGULAR_VERBS = {
    form: base
    for base, forms in {
        "leave": ("left",),
        "meet": ("met",),
        "hold": ("held",),
        "say": ("said",),
        "tell": ("told",),
        "make": ("made",),
        "send": ("sent",),
        "go": ("went", "gone"),
        "come": ("came",),
        "take": ("took", "taken"),
        "give": ("gave", "given"),
        "see": ("saw", "seen"),
        "speak": ("spoke", "spoken"),
        "begin": ("began", "begun"),
        "find": ("found",),
        "get": ("got", "gotten"),
        "keep": ("kept",),
        "lead": ("led",),
        "win": ("won",),
        "fly": ("flew", "flown"),
        "bring": ("brought",),
        "think": ("thought",),
        "break": ("broke", "broken"),
        "fall": ("fell", "fallen"),
        "stand": ("stood",),
        "run": ("ran",),
        "know": ("knew", "known"),
        "write": ("wrote", "written"),
        "choose": ("chose", "chosen"),
        "become": ("became",),
        "lose": ("lost",),
        "spend": ("spent",),
        "seek": ("sought",),
        "hear": ("heard",),
        "sit": ("sat",),
        "draw": ("drew", "drawn"),
        "buy": ("bought",),
        "teach": ("taught",),
        "catch": ("caught",),
        "fight": ("fought",),
    }.items()
    for form in forms
}
# Each of those verbs' words with the others that state it: a form its base ("left": "leave"), a base its forms
# ("leave": "left").
IRREGULAR_FORMS = {
    **{form: frozenset([base]) for form, base in IRREGULAR_VERBS.items()},
    **{
        base: frozenset(form for form, of in IRREGULAR_VERBS.items() if of == base)
        for base in set(IRREGULAR_VERBS.values())
    },
}

# Words a question may open with: an interrogative, an auxiliary asking yes or no, or a request.
QUESTION_OPENERS = frozenset(
    ["qui", "que", "qu", "quoi", "quand", "ou", "comment", "combien", "pourquoi", "quel", "quelle", "quels"]
    + ["quelles", "est", "who", "what", "whats", "when", "where", "why", "how", "which", "is", "are", "was", "were"]
    + ["did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "pouvez", "pourriez", "peux"]
    + ["pourrais", "tu", "vous", "dis", "dites", "tell"]  # "tu peux me dire qui…", "dites-moi quand…", "tell me who…"
)
