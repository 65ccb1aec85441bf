"""How a question is put, read from its words alone: which aspect its interrogative asks, its clauses of time and
place, tense and voice, who speaks and who is named, days, months and figures. The matcher builds its reading of a
question from these; none needs the facts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile

from bot.answering.gazetteer import READERS_LANGUAGES
from bot.answering.lexicon import (
    ACCENTED_FUNCTION_WORDS,
    ADDITIVES,
    ANSWER_NOUNS,
    BREAKDOWNS,
    ENGLISH_MARKERS,
    ENGLISH_PARTICIPLES,
    ETRE_VERBS,
    FRENCH_MARKERS,
    FRENCH_PARTICIPLE_ENDINGS,
    FUTURE_ENDINGS,
    GOING_ON,
    IRREGULAR_VERBS,
    LIGHT_WORDS,
    NEGATIONS,
    NUMBER_VALUES,
    NUMBER_WORDS,
    ORDINALS,
    PAST_CONDITIONAL_BE,
    PAST_CONDITIONAL_HAVE,
    PAST_CONDITIONAL_MODALS,
    PERSON_NOUNS,
    PLURAL_SUBJECTS,
    PUBLISHING,
    REACT,
    RESTRICTING,
    SAY,
    SINCE_WORDS,
    SPEECH_VERBS,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    TALK_VERBS,
)
from bot.knowledge.dates import FOLDED_MONTHS_EN, FOLDED_MONTHS_FR
from bot.knowledge.loading import Fact
from bot.knowledge.text import among, english_stem, fold, known_in, lemmas, raw_words


def following(words: list[str]) -> frozenset[str]:
    """The words of a clause opened by "après", "after", to the end: not "d'après Peskov", read as "d apres"."""
    at = next((at for at, word in enumerate(words) if word in _AFTER_WORDS and words[at - 1 : at] != ["d"]), None)
    return frozenset(words[at:]) if at is not None else frozenset()


def language_asked(name: str, words: list[str]) -> bool:
    """Tell whether a capitalised word is the language a reader asks answers in: "in English", "en français"."""
    word = fold(name)
    return word in READERS_LANGUAGES and any(
        words[at - 1 : at] in (["in"], ["en"]) for at, typed in enumerate(words) if typed == word
    )


EACH_OTHER = re.compile(r"\bse\s+(?:re)?(?:voi|ver|vu|voy)\w*")  # "se voient", "se verront", "se revoir"
NO_APOSTROPHE = re.compile(r"\b([cC])(est)\b")


def ordinals(words: list[str]) -> list[str]:
    """Folded words with an ordinal typed in figures read as its word ("1st" -> "first"), unless a month stands
    beside it: "August 1st", "le 1er août" are days."""
    return [
        ORDINALS[word] if word in ORDINALS and MONTHS.keys().isdisjoint(words[max(0, at - 1) : at + 2]) else word
        for at, word in enumerate(words)
    ]


KINDS = frozenset(["type", "types", "sorte", "sortes", "genre", "genres", "kind", "kinds", "sort", "sorts"])


def kind_asked(asked: list[str], at: int) -> bool:
    """Tell whether the word at a position asks a kind: "quel type de…", "what kind of…", "which sort of…" (asked:
    the question's words, its interrogatives as _SAME_INTERROGATIVE reads them)."""
    return asked[at - 1 : at] in (["quel"], ["what"]) and asked[at + 1 : at + 2] in (["de"], ["d"], ["of"])


# A request to translate: the articles answer questions on the story, they translate nothing (folded text).
TRANSLATION = re.compile(
    r"\b(?:tradui\w*|traduction|translate|translated|translating|translation)\b"
    r"|\b(?:comment (?:dit|dire|on dit|dit on)|how (?:do|would|to|does one|do you) (?:you )?say)\b.* (?:en|in) "
    r"(?:russe|anglais|ukrainien|francais|allemand|chinois|russian|english|ukrainian|french|german|chinese)\b"
)


def during(text: str) -> frozenset[str]:
    """The folded words of a clause opened by "pendant", "durant", "during", "while", to its comma or its end."""
    found = _DURING.search(text)
    return frozenset(fold(found.group(1)).split()) if found else frozenset()


_DURING = re.compile(r"\b(?:pendant|durant|during|while|lors)\b([^,;?]*)")


def dating_clause(words: list[str]) -> int:
    """Where a question's clause of time opened by "depuis", "since", "at the time of" or "au moment de" starts,
    running to its end (past the last word if none): "depuis le retour de Trump à la Maison-Blanche en janvier". Not
    "depuis quand", "since when", which ask when."""
    for at, word in enumerate(words):
        if word in SINCE_WORDS and words[at + 1 : at + 2] not in _ASKING_SINCE:
            return at
        if word in _TIME_OF and words[at + 1 : at + 2] in (["of"], ["de"], ["du"], ["des"]) and at:
            return at  # "around the time of the Moscow talks", "au moment de la visite": when, not where
    return len(words)


# Words saying a figure is near, not above or below it ("more", "less" compare: see `compares`).
NEAR_FIGURE = frozenset(["roughly", "approximately", "approximativement", "environ", "about", "around", "nearly"])
_TIME_OF = frozenset(["time", "moment"])
_AFTER_WORDS = frozenset(["apres", "after"])
_ASKING_SINCE = (["quand"], ["combien"], ["when"], ["how"])
SINCE = re.compile(
    r"\b(depuis combien de temps|il y a combien de temps|depuis quand"
    r"|how long (?:(?:has|had|is|was) it been )?since|how long ago|in how long|since when)\b"
)


# Cues of a place asked that ask which countries act ("quels pays Moscou courtise-t-elle ?"), not where.
COUNTRIES_ASKED = frozenset([("quel", "pays"), ("what", "country"), ("what", "countries")])
# What may follow a verb of talking with someone: "talk with", "parler avec", "spoke by phone", "parlé au téléphone".
TALK_TO = frozenset(["with", "to", "avec", "a", "by", "on", "over", "au", "par", "ensemble", "together", "again"])
PART = frozenset(["partie", "part"])
BEING_PART = frozenset(["fait", "font", "faisait", "faisaient", "fera", "feront", "faire", "is", "are", "was", "were"])
EMPHATIC_EN = frozenset(["himself", "herself", "itself", "themselves"])
EMPHATIC_FR = frozenset(["meme", "memes"])  # "lui-même", "eux-mêmes"
OR = frozenset(["or", "ou"])
OPTION_PREPOSITIONS = frozenset(["a", "au", "en", "de", "du", "par", "in", "at", "to", "from", "with", "by", "avec"])
# A clause of time opening a question before an interrogative asking no value: "When Moscow talks of X, what does it
# mean?" (not "when he says 'them', who is it?": the clause is what "who" is asked of).
OPENING_WHEN = re.compile(
    r"\s*((?:when|whenever|quand|lorsque|lorsqu['’])\b[^,?]*?),\s*"
    r"(?=(?:what|why|how|que|qu['’]|quoi|pourquoi|comment)\b)",
    re.IGNORECASE,
)
# "How does a nuclear submarine work?", "comment fonctionne le Conseil de sécurité ?": how something works.
WORKINGS = re.compile(
    r"(?:how (?:does|do) \S+(?: \S+)* (?:actually |really )?(?:work|function|operate)$"
    r"|comment (?:fonctionne|fonctionnent|marche|marchent)\b)"
)
# "Depuis quand…", "since what year…": when a state began.
SINCE_WHEN = re.compile(r"\b(?:depuis (?:quand|quelle (?:annee|date|epoque))|since (?:when|what (?:year|date|time)))\b")
# "Dans combien de temps…", "how soon…": how far off something is, which its day or "next week" answers.
HOW_SOON = re.compile(r"\b(dans combien de temps|d ici combien de temps|how soon)\b")
# "How long before the deadline was it announced?": a time set against another event's, not a length.
BEFORE_AFTER = re.compile(r"\b(combien de temps (?:avant|apres)|how long (?:before|after))\b")
# Month names folded, French and English, from the catalogue; and the abbreviations questions use.
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9}
_ABBREVIATIONS |= {"oct": 10, "nov": 11, "dec": 12}
MONTHS = {
    **{name: number for number, name in enumerate(FOLDED_MONTHS_FR, start=1)},
    **{name: number for number, name in enumerate(FOLDED_MONTHS_EN, start=1)},
    **_ABBREVIATIONS,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DIGIT = re.compile(r"\d")
_UNITS = frozenset(
    ["minute", "minutes", "heure", "heures", "hour", "hours", "jour", "jours", "day", "days", "semaine", "semaines"]
    + ["week", "weeks", "mois", "month", "months", "an", "ans", "annee", "annees", "year", "years"]
)
_ONE = frozenset(["un", "une", "one", "a", "an"])  # before a unit, a count ("moins d'une heure"); else an article


def figures_named(words: Sequence[str], *, every_number: bool = False) -> frozenset[str]:
    """The numbers and months folded words name: digits, number words before what they count (every one, with
    every_number: a fact's "des milliers par semaine"), as digits where they have a value ("trois", "three": "3"), "une
    heure" (an article before a unit counts one), and "month:5" for "mai", "May" ("May" only after "in", "of" or beside
    a number: else it is the verb)."""
    found: set[str] = set()
    for at, word in enumerate(words):
        before, after = words[at - 1] if at else "", words[at + 1] if at + 1 < len(words) else ""
        counts = every_number or bool(after) and after not in STOPWORDS
        if word.isdigit() or (word in NUMBER_WORDS and word not in _ONE and counts):
            # a number word counts what follows it: "un sommet à trois avec Zelensky" counts nothing
            found.add(str(NUMBER_VALUES.get(word, word)))
        elif word in _ONE and after in _UNITS:
            found.add(f"1 {after}")
        elif word in MONTHS and (word != "may" or before in ("in", "of") or before.isdigit() or after.isdigit()):
            found.add(f"month:{MONTHS[word]}")
            # "the end of August", "début août": which part of the month, which a day must fall in
            qualifier = next((w for w in reversed(words[max(0, at - 3) : at]) if w not in _PART_LINKS), "")
            if part := _MONTH_PARTS.get(qualifier):
                found.add(f"part:{part}:{MONTHS[word]}")
    return frozenset(found)


def month_part(day: dt.date) -> str:
    """The figure of the part of its month a day falls in: "part:late:8" for 25 August."""
    return f"part:{'early' if day.day <= 10 else 'mid' if day.day <= 20 else 'late'}:{day.month}"


_PART_LINKS = frozenset(["of", "the", "de", "d", "du", "la", "le", "en"])
_MONTH_PARTS = {
    **dict.fromkeys(["end", "late", "fin"], "late"),
    **dict.fromkeys(["early", "beginning", "start", "debut"], "early"),
    **dict.fromkeys(["mid", "middle", "mi", "milieu"], "mid"),
}


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
BY_DAY = re.compile(
    rf"\b(?:d ici|avant|jusqu au|jusqu a|by|before|until|till)\s+(?:le\s+|the\s+)?"
    rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
# A yes/no question: French subject inversion ("était-ce…", not the tag "n'est-ce pas") or "est-ce que", English
# auxiliary first; no question word before.
_INVERSION = re.compile(r"\b\w+-(?:t-)?(?:il|elle|ils|elles|on)\b|\b\w+-ce\b(?! pas)|\best[- ]ce qu")
_SPACED_INVERSION = re.compile(
    r"\b\w+ t (?:il|elle|ils|elles|on)\b|\b(?:est|sont|ont|sera|seront) (?:il|elle|ils|elles)\b"
)
# "A ou B ?", "A or B?" ask which; "… ou non ?", "… or not?", "oui ou non ?" still ask whether.
_ALTERNATIVE = re.compile(r"\w (?<!\boui )\b(ou|or) (?!non\b|pas\b|not\b)\w")
_WH_FR = re.compile(
    r"\b(qui|que|qu|quoi|quand|ou|où|comment|combien|pourquoi|quel|quelle|quels|quelles|lequel|laquelle)\b"
)
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
    ]
)


# Verbs and adjectives with an impersonal "il" ("faut-il", "s'agit-il", "est-il vrai que…"): it stands for no one.
_IMPERSONAL = frozenset(["faut", "agit", "reste", "existe", "suffit", "vrai", "possible", "probable", "exact"])
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "lui", "eux"])  # "did Trump meet him?": someone not named
# Nouns of a role held for someone: who holds it acts, not the one whose it is ("l'émissaire de Trump"). Folded.
_ROLES = frozenset(
    ["envoy", "emissary", "aide", "adviser", "advisor", "spokesman", "spokesperson", "representative", "negotiator"]
    + ["emissaire", "envoye", "conseiller", "parole", "representant", "negociateur"]  # "parole": "porte-parole"
)
# Words before a place that name it as where something happens ("à Moscou", "in Saint Petersburg"), not as an actor
# ("avec Washington", "the Kremlin says").
_LOCATIVES = frozenset(["à", "au", "aux", "en", "dans", "in", "at", "near", "près"])  # as typed


def locative(before: list[str]) -> bool:
    """Tell whether the words typed before a place set something there: "à Moscou", "in the United States"; the
    verb "a" typed right before it is "à" typed without its accent ("rencontré Poutine a Moscou")."""
    return not _LOCATIVES.isdisjoint(before) or before[-1:] == ["a"]


# Words before a place offered as whom something is done with, not where: "un accord avec Kiev ou avec Washington ?".
PARTNERED = (["avec"], ["with"], ["contre"], ["against"], ["entre"], ["between"])
# Words before whom a demand is made of, as typed ("qu'a exigé": "a" is no "à"): "que demande Kiev à Moscou ?",
# "what does Kyiv want from Russia?"
ADDRESSEES = frozenset(["à", "au", "aux", "auprès", "envers", "contre", "to", "from", "against", "towards"])

# Words that may stand before a question's interrogative: "et où ?", "and when?", "à quelle heure", "by whom".
_LEADING = frozenset(
    [
        "et",
        "and",
        "so",
        "mais",
        "but",
        "alors",
        "then",
        "a",
        "in",
        "on",
        "at",
        "by",
        "par",
        "de",
        "depuis",
        "since",
        "for",
        "pour",
        "from",
        "until",
        "jusqu",
    ]
)


# The question words of both languages, folded ("ou" is "où" typed without its accent, or "or").
_WH_WORDS = frozenset(
    ["qui", "que", "qu", "quoi", "quand", "ou", "comment", "combien", "pourquoi", "quel", "quelle", "quels", "quelles"]
    + ["lequel", "laquelle", "lesquels", "lesquelles"]
    + ["who", "whom", "whose", "what", "whats", "when", "where", "why", "how", "which"]
)
# "How did the summit go?", "comment s'est passé le sommet ?": how an event turned out, what came of it.
HOW_IT_WENT = re.compile(
    r"^(?:how (?:did|has|have)|comment (?:s est|se sont|s etait|ca s est)) .*\b(?:go|gone|went|passee?s?|deroulee?s?)\b"
)
# Idioms of "at once", which no fact words so: "happen right away", "tout de suite".
AT_ONCE = re.compile(r"\b(?:right|straight)\s+away\b|\btout\s+de\s+suite\b", re.IGNORECASE)
# A country's title by the possessive: "Russia's president", "russias president" (the apostrophe left out).
OWNED_TITLE = re.compile(
    r"\b([A-Za-z]+?)['’]?s\s+(president|prime\s+minister|foreign\s+minister|spokesman|spokesperson|envoy|leader)\b",
    re.IGNORECASE,
)
# "Who X is", as a request puts it ("tell me who Kirill Dmitriev is"): the question "who is X", a name capitalised.
EMBEDDED_WHO = re.compile(r"\b(who|what)\s+((?:[A-ZÀ-Ý][\w'’-]*\s+){0,2}[A-ZÀ-Ý][\w'’-]*)\s+(is|was|are|were)\b")
PLAIN_OU = re.compile(r"\bou\b", re.IGNORECASE)
OCCASIONS = frozenset(["fois", "times"])  # what "combien de fois", "how many times" count
_WHICH = frozenset(["quel", "what"])  # as read through _SAME_INTERROGATIVE: "quelles", "which" too
# Words asking which value right before the noun "date": "quelle date…", "c'est quoi la date butoir ?".
_ASKING_DATE = _WHICH | {"quoi"}
# A request opening a question: "can you tell me…", "est-ce que vous pouvez me dire…".
_REQUEST = re.compile(
    r"\s*(?:(?:can|could|would|will)\s+(?:you|u)|(?:do|does|did)\s+(?:you|u|anyone)\s+know"
    r"|est[- ]ce\s+qu(?:e\s+|')(?:tu\s+peux|vous\s+pouvez|on\s+peut)|(?:peux|pouvez|pourrais|pourriez)[- ](?:tu|vous)"
    r"|(?:tu\s+(?:peux|pourrais)|vous\s+(?:pouvez|pourriez)))\b"
)
# Whether what was said or done is known, asked of its content: "do we know what…" (not "sait-on ce qui…", whose
# "qui" the reading would take for "who").
_KNOWN_WHAT = re.compile(r"\s*(?:do|does)\s+(?:we|one|anyone)\s+know\s+what\b")
# What a reader asks the bot itself to do, after "can you", "peux-tu": tell, not answer yes or no.
_TELLINGS = frozenset(
    ["summarize", "summarise", "sum", "recap", "explain", "describe", "give", "list", "outline", "brief", "remind"]
    + ["tell", "show", "provide", "share", "update", "walk", "break", "fill", "resumer", "expliquer", "decrire"]
    + ["donner", "lister", "rappeler", "dire", "faire", "presenter", "detailler", "raconter", "briefer"]
)
_TO_WHOM = frozenset(["me", "moi", "us", "nous", "please", "pls", "svp", "stp", "m", "briefly", "quickly", "just"])
_WHETHER = frozenset(["whether", "if", "si", "s"])  # "can you tell me if…", "peux-tu me dire si…": yes or no


def _asks_a_telling(words: list[str]) -> bool:
    """Tell whether what follows "can you", "peux-tu" asks the bot to tell something ("summarize the meeting", "me
    résumer le sommet", "tell me about…"), not whether it is so ("tell me if…", "confirm that…")."""
    verb = next((word for word in words if word not in _TO_WHOM), "")
    return verb in _TELLINGS and _WHETHER.isdisjoint(words)


# A request to say what follows, "dire" being no word to match: "pouvez-vous me dire qui…", "tu peux nous dire quand…".
REQUEST_TO_SAY = re.compile(_REQUEST.pattern + r"\s+(?:me|nous|m['’])?\s*(?:dire|rappeler)\b", re.IGNORECASE)


WHETHER_FR = re.compile(r"\s*(?:si\s+|s['’](?=il))", re.IGNORECASE)  # "… me dire si Poutine a accepté…", "s'il…"


def asks_wh(text: str) -> bool:
    """Tell whether text opens with an interrogative: "qui a accueilli…", "quand…" (not "si…", whether)."""
    words = fold(text).split()
    return bool(words) and words[0] in _WH_WORDS


# What may ask a place of "lieu" alone: "dans quel bâtiment a eu lieu la rencontre ?".
_PLACE_ASKERS = frozenset(["quel", "quelle", "quels", "quelles", "lequel", "laquelle", "where", "which", "what"])
_DISCOURSE_MARKERS = frozenset(["so", "and", "but", "ok", "okay", "well", "then", "alors", "donc", "bon"])
# Interrogatives that ask for no place, time, length, person or number: a later "quand" or "où" opens a clause.
OTHER_INTERROGATIVES = frozenset(["comment", "pourquoi", "how", "why", "what", "que", "qu", "quoi"])
# What stands between "quel", "what" and the noun they ask for in "quelle est la durée", "what was the date".
_COPULAS = frozenset(
    ["est", "etait", "sont", "etaient", "fut", "furent", "sera", "seront", "serait", "seraient"]
    + ["is", "was", "are", "were", "will", "would"]
)
_TRAILING = 4  # words after a last "et", "and" that may ask something besides: "et à quelle date"
_BEFORE_NOUN = frozenset(["a", "ete", "be", "le", "la", "l", "les", "the", "un", "une", "an"])


def behind_which(asked: list[str]) -> int | None:
    """Where the noun of "quelle durée…", "quelle est la durée…", "what was the date…" stands; None when the question
    does not open with "quel", "what"."""
    start = past_leading(asked)
    if start >= len(asked) or asked[start] not in _WHICH:
        return None
    at = start + 1
    while at < len(asked) and (asked[at] in _COPULAS or asked[at] in _BEFORE_NOUN):
        at += 1
    return at


def names_a_role(words: list[str]) -> bool:
    """Tell whether one of a question's first words after "quel", "which" is a noun for a person by role, singular
    or plural: "quels responsables", "quel haut responsable", "which European leaders"."""
    return any(word in PERSON_NOUNS or word[:-1] in PERSON_NOUNS for word in words)


def trailing_aspects(asked: list[str], typed: list[str], hits: dict[str, set[tuple[str, ...]]]) -> set[str]:
    """What a question asks besides, at its end: "…, et quand ?", "…, et à quelle date ?", "…, and by when?"."""
    ands = [at for at, word in enumerate(asked) if word in ("et", "and")]
    if not ands or len(asked) - ands[-1] - 1 > _TRAILING:
        return set()
    return opening_aspects(asked[ands[-1] + 1 :], typed[ands[-1] + 1 :], hits)


# "Qui est le …", "what is the …": the noun after opens what is asked.
_HEAD_ASKERS = frozenset(["qui", "quel", "who", "what"])  # "qui est le…", "what was the…", read with a copula
_DETERMINERS = frozenset(["le", "la", "l", "les", "the"])


def asks_due_day(asked: list[str]) -> bool:
    """Tell whether a question asks which deadline, the day it falls due: "what deadline did the US give Russia?",
    "what was the deadline?", "quelle échéance… ?"; not "what was the ultimatum?", what it demanded."""
    if head_noun(asked) in DUE_NOUNS:
        return True
    return any(word in _WHICH_WORDS and after in DUE_NOUNS for word, after in pairwise(asked))


DUE_NOUNS = frozenset(["deadline", "deadlines", "echeance", "echeances", "cutoff"])
_WHICH_WORDS = frozenset(["what", "which", "quel", "quelle", "quels", "quelles"])


def head_noun(asked: list[str]) -> str | None:
    """The noun a question opening "qui est le…", "what is the…" asks about, unless it only says what kind of answer
    is asked ("le but", "the aim"): "secretaire" in "qui est le secrétaire d'État ?"."""
    start = past_leading(asked)
    opening, rest = asked[start : start + 2], asked[start + 2 : start + 4]
    if len(opening) < 2 or opening[0] not in _HEAD_ASKERS or opening[1] not in _COPULAS:
        return None
    if len(rest) < 2 or rest[0] not in _DETERMINERS:
        return None
    noun = rest[1]
    # "What was the stated purpose…", "quel est le principal objectif…": a word before the noun asking the answer.
    if asked[start + 4 : start + 5] and asked[start + 4] in ANSWER_NOUNS:
        return None
    return None if noun in STOPWORDS or noun in ANSWER_NOUNS else noun


def past_leading(words: list[str]) -> int:
    """Where a question's interrogative may stand: past up to two leading words ("et", "and", "à"…)."""
    start = 0
    while start < len(words) and words[start] in _LEADING and start < 2:
        start += 1
    return start


def opens_with(words: list[str], interrogatives: frozenset[str]) -> bool:
    """Tell whether a question's first word, past a leading "et", "and"…, is one of interrogatives."""
    start = past_leading(words)
    return start < len(words) and words[start] in interrogatives


def opening_aspects(words: list[str], typed: list[str], hits: dict[str, set[tuple[str, ...]]]) -> set[str]:
    """The aspects of the interrogative a question opens with; empty when none does (a French in-situ question)."""
    # A cue may open with a leading word itself ("à quelle heure"); else the interrogative stands past them ("et où").
    start = 0 if _cues_at(words, typed, hits, 0) else past_leading(words)
    found: set[str] = set()
    while start < len(words):
        here = _cues_at(words, typed, hits, start)
        if not here:
            break
        found |= {aspect for aspect, _ in here}
        start += max(size for _, size in here)
        if start < len(words) and words[start] in ("et", "and"):  # "quand et où", "when and where": both are asked
            start += 1
    return found


def _cues_at(
    words: list[str], typed: list[str], hits: dict[str, set[tuple[str, ...]]], start: int
) -> set[tuple[str, int]]:
    """The aspects whose cue phrases stand at start, with each phrase's length."""
    return {
        (aspect, len(phrase))
        for aspect, phrases in hits.items()
        for phrase in phrases
        if tuple(words[start : start + len(phrase)]) == phrase
        and not (phrase == ("ou",) and typed[start : start + 1] != ["où"])
    }


# Nouns of a measure: "quel effectif …", "what rate …" ask for a number as "combien" does.
_MEASURES = frozenset(
    [
        "effectif",
        "effectifs",
        "taille",
        "size",
        "taux",
        "rate",
        "pourcentage",
        "percentage",
        "montant",
        "amount",
        "age",
        "poids",
        "weight",
        "distance",
        "population",
    ]
)
# "How old", "how tall"…: a measure asked with an adjective, as "quel âge" asks it with a noun.
# What "how" and an adjective measure; a size is no count ("how big an army?" is not "four regions"), while the
# articles would give an age or a fortune as a number of years or dollars, which a count answers.
_MEASURED_ADJECTIVES = {
    "old": "",
    "tall": "size",
    "big": "size",
    "large": "size",
    "high": "",  # "how high is the death toll?" asks a count
    "heavy": "poids",
    "rich": "",
    "wealthy": "",
}


def measure_asked(words: list[str]) -> str | None:
    """The measure a question asks for: "effectif" in "quel effectif maximal…", "rate" in "what rate…"."""
    if _WHICH.isdisjoint(words) or _MEASURES.isdisjoint(words):  # most questions: no need to pair the words
        return None
    return next(
        (after for word, after in zip(words, words[1:], strict=False) if word in _WHICH and after in _MEASURES), None
    )


def how_measure(words: list[str]) -> str | None:
    """The measure a question asks with "how" and an adjective: "size" of "how big"; "" of "how old", a number."""
    return next(
        (
            _MEASURED_ADJECTIVES[after]
            for word, after in zip(words, words[1:], strict=False)
            if word == "how" and after in _MEASURED_ADJECTIVES
        ),
        None,
    )


def counted(
    words: list[str], phrases: set[tuple[str, ...]], question: str = "", known: Callable[[str], bool] = bool
) -> str | None:
    """The first content word after "combien de", "how many": what the question counts; past a capitalised adjective
    before it ("how many Ukrainian civilians…" counts civilians), or a word in the singular the facts never use before
    a plural they do ("the number of partial ceasefires" counts ceasefires; "nuclear subs", nuclear ones)."""
    for at in range(len(words)):
        for phrase in phrases:
            if len(phrase) == 1:  # "combien pèse…": the next word is the verb or its subject, not what is counted
                continue
            if tuple(words[at : at + len(phrase)]) == phrase:
                rest = [w for w in words[at + len(phrase) :] if w not in STOPWORDS and len(w) > 1]
                if not _COUNTING_EN.isdisjoint(phrase):
                    # In English the noun a compound counts comes last: "number of previous Witkoff Putin meetings".
                    run = list(takewhile(lambda w: w not in STOPWORDS, words[at + len(phrase) :]))
                    if len(run) > 1 and run[-1].endswith("s") and known(run[-1]):
                        return run[-1]
                plural = len(rest) > 1 and _plural_after(rest[0], rest[1]) and known(rest[1]) and not known(rest[0])
                if len(rest) > 1 and _capitalised_in(rest[0], question) or plural:
                    return rest[1]
                return rest[0] if rest else None
    return None


_COUNTING_EN = frozenset(["how", "number"])  # "how many", "the number of": English cues of a count


def _plural_after(word: str, after: str) -> bool:
    """Tell whether a word in the singular stands before one in the plural: an adjective before what is counted."""
    return after.endswith("s") and not word.endswith(("s", "x"))


_RAW_WORD = re.compile(r"[^\W\d_]+")  # a word as typed, its case kept


def _capitalised_in(word: str, question: str) -> bool:
    """Tell whether a folded word is typed with a capital in a question, past its first word."""
    return any(fold(raw) == word and raw[:1].isupper() for raw in _RAW_WORD.findall(question)[1:])


@lru_cache(maxsize=1024)
def question_words(question: str) -> tuple[str, ...]:
    """A question's words with their accents, split once however many checks read them."""
    return tuple(raw_words(question))


def accented_content(question: str) -> list[str]:
    """Words that fold into a function word but are not one: "né" is not "ne", "été" can be summer; "ne" typed
    without its accent after "est" with no negation closing it ("ou est ne witkoff") is "né"."""
    if question.isascii():  # no accent, so nothing folds
        words = fold(question).split()
        return [
            "né"
            for at, w in enumerate(words)
            if w in _BORN and at and words[at - 1] in _BORN_AFTER and _NEGATION_ENDS.isdisjoint(words[at + 1 :])
        ]
    return [
        w
        for w in question_words(question)
        if w != fold(w) and fold(w) in STOPWORDS and w not in ACCENTED_FUNCTION_WORDS
    ]


_BORN = frozenset(["ne", "nee", "nes", "nees"])
_BORN_AFTER = frozenset(["est", "etait", "sont", "etaient", "suis", "es"])
_NEGATION_ENDS = frozenset(["pas", "plus", "jamais", "rien", "guere", "point", "personne", "aucun", "aucune", "que"])


def in_dictionary(token: str, question: str) -> bool:
    """Tell whether a question word, as typed, is a French or English dictionary word (so not a typo)."""
    return any(
        dictionary_word(raw) for raw in [raw for raw in question_words(question) if fold(raw) == token] or [token]
    )


def dictionary_word(word: str) -> bool:
    """Tell whether a lowercase word is in simplemma's French or English dictionary."""
    return known_in(word, "fr") or known_in(word, "en")


@lru_cache(maxsize=65536)
def future_verb(typed: str) -> bool:
    """Tell whether a word as typed reads as a French verb in the future or conditional ("tiendra", "aurait"): its
    ending, and a verb for lemma ("tenir"), not a noun that ends so ("retrait", "caméra", "Ankara")."""
    if len(typed) < 5 or not typed.endswith(FUTURE_ENDINGS):
        return False
    return any(lemma.endswith(("er", "ir", "re")) for lemma in lemmas(typed))


@lru_cache(maxsize=8192)
def speech_verb(token: str) -> bool:
    """Tell whether a question word is a verb of speech ("dit", "annoncé", "said"), in any of its forms."""
    return among(token, SPEECH_VERBS)


def first_person(tokens: Sequence[str], person_named: Callable[[str], str | None]) -> tuple[int, str] | None:
    """The person a question's words name first, and where: (position, person id), or None."""
    return next(((at, person) for at, token in enumerate(tokens) if (person := person_named(token))), None)


def speaker(tokens: tuple[str, ...], named: dict[str, str | None], said: list[int], aspects: set[str]) -> str | None:
    """Of a speech question, who speaks: the person named first ("qu'a dit Poutine sur Trump ?", "qui Trump a-t-il
    menacé ?"), unless "who" is the subject of a verb before the name: "who called Zelensky?" asks who spoke to him."""
    first = first_person(tokens, named.get)
    if not said or first is None or "who" in aspects and said[0] < first[0]:
        return None
    return first[1]


def _after_sources(words: list[str]) -> Iterator[list[str]]:
    """The two words after each phrase a question gives its source with: "selon", "d'après", "according to"."""
    for at, word in enumerate(words):
        before = words[at - 1 : at]
        if word == "selon" or word == "apres" and before == ["d"] or word == "to" and before == ["according"]:
            yield words[at + 1 : at + 3]


def source_place(words: list[str], place_named: Callable[[str], str | None]) -> str | None:
    """The place a question gives as its source, standing for those who speak there: "selon le Kremlin", "d'après
    Kiev", "according to Washington"."""
    for following in _after_sources(words):
        named = [w for w in following if w not in _DETERMINERS][:1]
        if named and (place := place_named(named[0])):
            return place
    return None


def speaker_slot(
    words: list[str], person_named: Callable[[str], str | None], *, inverted: bool
) -> tuple[str, bool] | None:
    """The word of a speech question naming who speaks, other than a person, and whether it stands after the verb:
    next to its verb of speech, before it ("what did the Kremlin say…", "la Russie dit quoi", "l'article dit que…")
    or after it ("qu'a répondu Moscou ?"); not a word after a preposition ("à Moscou, qu'a dit Witkoff ?"), nor where
    a person stands there."""
    verb = next((at for at, word in enumerate(words) if among(word, SAY | REACT)), None)
    if verb is None:
        return None
    at = next((at for at in range(verb - 1, -1, -1) if _may_speak(words[at])), None)
    after = at is None and inverted
    # The verb first ("qu'a dit le Kremlin ?"), who speaks is after it; not where "who" is asked ("who wrote 'la
    # Russie doit se bouger'?"): what follows is what was said.
    if after:
        at = next((at for at in range(verb + 1, len(words)) if _may_speak(words[at])), None)
    if at is None or person_named(words[at]) or at and words[at - 1] in _PREPOSITIONS:
        return None
    return words[at], after


def _may_speak(word: str) -> bool:
    """Tell whether a word may name who speaks: not a function word, nor one saying how ("Putin himself said",
    "publicly"); an article does ("l'article dit que…")."""
    return word in _WRITINGS or word not in STOPWORDS and word not in _HOW_SAID


_WRITINGS = frozenset(["article", "articles", "piece", "papier", "story"])  # function words elsewhere
_HOW_SAID = EMPHATIC_EN | EMPHATIC_FR | frozenset(["personally", "publicly", "personnellement", "publiquement"])


# Before a place, what makes it where something happens or of what, not who speaks ("à Moscou", "sur Kiev").
_PREPOSITIONS = OPTION_PREPOSITIONS | frozenset(
    ["sur", "about", "on", "of", "des", "aux", "pour", "for", "entre", "between", "dans", "into", "vers", "chez"]
)


def according_to(words: list[str], person_named: Callable[[str], str | None]) -> str | None:
    """Whom a question gives as its source: "selon Peskov", "d'après Ouchakov", "according to Zelensky"; their own
    words answer before others' on the same thing."""
    for following in _after_sources(words):
        if following and (person := person_named(following[0])):
            return person
    return None


_SOURCE_WORDS = frozenset(["selon", "apres"])  # "selon Peskov", "d'après Peskov"


def whose_words(tokens: tuple[str, ...], named: dict[str, str | None], flags: set[str]) -> str | None:
    """Whose words a question asks with no verb of speech: the person it names first ("Qu'attend Zelensky du
    sommet, selon ses propres mots ?", "les 3 adjectifs de Peskov")."""
    first = first_person(tokens, named.get) if "words" in flags else None
    return first[1] if first else None


def titled_speaker(
    speaker: str | None, folded: list[str], titled: list[tuple[int, int, str]], owners: frozenset[str], said: bool
) -> str | None:
    """Who speaks where a title names them: "qu'a dit le conseiller de Poutine ?", "d'après le conseiller de
    Poutine, …" are the adviser's words, not Putin's, whom the title names as whose adviser."""
    if speaker is not None and speaker not in owners or not titled:
        return speaker
    sources = [at for at, word in enumerate(folded) if word in _SOURCE_WORDS]
    start, _, person = min(titled)
    if speaker is not None or said or any(0 < start - at <= 3 for at in sources):
        return person
    return None


def contact(flags: set[str]) -> bool | None:
    """The contact a question asks about, from its cues: by phone (True), in person (False), or either (None)."""
    if ("phone" in flags) == ("in_person" in flags):  # neither, or both ("did they meet in person or by phone?")
        return None
    return "phone" in flags


# "Avoir lieu" is to happen, "au lieu de" is instead of: "lieu" after them asks no place ("aura lieu quand ?").
_LIEU_IDIOMS = frozenset(
    ["a", "ait", "aura", "auront", "aurait", "auraient", "avait", "avaient", "avoir", "eu", "ont", "au", "ayant"]
)
_INVERTED = frozenset(["t", "il", "elle", "ils", "elles", "on"])  # "aura-t-il lieu": the subject after the verb
_IDIOM_ADVERBS = frozenset(["bien", "vraiment", "finalement", "deja", "effectivement", "toujours", "enfin", "pas"])


def weather(words: list[str]) -> list[str]:
    """The words to match, "quel temps" read as the weather it asks with "faire" ("quel temps fait-il à Moscou ?",
    "il fera quel temps ?", "il fait beau ?"), not the time of "gagner du temps" nor of "quel temps a pris la réunion
    ?"."""
    if _WEATHER_VERBS.isdisjoint(words):
        return words
    return [
        "meteo"
        if w == "temps" and at and words[at - 1] == "quel" or w in _WEATHER_WORDS and words[at - 1 : at] == ["fait"]
        else w
        for at, w in enumerate(words)
    ]


_WEATHER_VERBS = frozenset(["fait", "fera", "faisait", "ferait", "fasse", "faire"])
_WEATHER_WORDS = frozenset(["beau", "chaud", "froid", "mauvais", "doux", "frais", "gris"])  # "il fait beau à Moscou ?"


def asks_where(asked: list[str], hits: dict[str, set[tuple[str, ...]]]) -> bool:
    """Tell whether a question asking a place asks where ("où", "where", "dans quelle ville"): not which countries
    act ("quels pays Moscou courtise-t-elle ?"), nor only "lieu" of "avoir lieu" ("n'aurait pas eu lieu si quoi ?")."""
    cues = hits.get("place", set()) - COUNTRIES_ASKED
    if ("lieu",) in cues and all(after_idiom(asked, at) for at, word in enumerate(asked) if word == "lieu"):
        cues = cues - {("lieu",)}
    return bool(cues)


def offered(words: list[str], names: frozenset[str]) -> frozenset[str]:
    """The names of their own a question offers to choose from, folded: "Tass ou Ria ?", "Bloomberg or Tass?"."""
    if len(names) < 2:
        return frozenset()
    return frozenset(
        name
        for at, word in enumerate(words[1:-1], 1)
        if word in OR and words[at - 1] in names and words[at + 1] in names
        for name in (words[at - 1], words[at + 1])
    )


def event_places(folded: list[str], places: frozenset[str], place_named: Callable[[str], str | None]) -> frozenset[str]:
    """The places a question names as naming a meeting: after its noun and "de", "à", "in", "at" ("la rencontre de
    Moscou", "the meeting in Moscow"), or before it ("the Moscow meeting", "Kremlin talks")."""
    if not places:
        return frozenset()
    found = set()
    for at, word in enumerate(folded):
        if word not in _MEETING_NOUNS:
            continue
        after = folded[at + 1 : at + 3]
        if len(after) == 2 and after[0] in _OF_PLACE and (place := place_named(after[1])) in places:
            found.add(place)
        if at and (place := place_named(folded[at - 1])) in places:
            found.add(place)
    return frozenset(found)


_MEETING_NOUNS = frozenset(
    ["rencontre", "reunion", "entretien", "entretiens", "visite", "discussions", "pourparlers", "sommet"]
    + ["meeting", "talks", "visit", "summit", "trip", "voyage"]
)
_OF_PLACE = frozenset(["de", "du", "d", "a", "au", "in", "at", "en"])


def tells_going_on(fact: Fact) -> bool:
    """Tell whether a fact's summary says something went on or broke down, in either language."""
    text = fold(f"{fact.data.summary.fr} {fact.data.summary.en}").split()
    return any(word.startswith(GOING_ON + BREAKDOWNS) for word in text)


def relative_qui(asked: list[str]) -> bool:
    """Tell whether every "qui" of a question follows a determiner and its noun: "les pays qui achètent aux Russes"
    names countries, it does not ask who; "Witkoff a rencontré qui ?" does, and so does a cleft ("n'est-ce pas la
    Russie qui a proposé le sommet ?")."""
    return all(
        at > 1
        and asked[at - 2] in _FRENCH_DETERMINERS
        and asked[at - 1] not in STOPWORDS
        and _CLEFT_OPENERS.isdisjoint(asked[max(0, at - 5) : at - 2])
        for at, word in enumerate(asked)
        if word == "qui"
    )


_CLEFT_OPENERS = frozenset(["est", "ce", "c", "etait"])  # "c'est la Russie qui…", "est-ce la Russie qui…"
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year, as a question or a summary names it


def years_named(text: str) -> frozenset[str]:
    """The years a text names: "2019" of "au G20 d'Osaka en 2019"."""
    return frozenset(YEAR.findall(text))


# Everyday words of a cue of several words, no cue alone: "name" of "his name" is in "the names of the submarines",
# "time" of "time limit" in any question of time; the whole cue still names its topic.
EVERYDAY_CUE_WORDS = frozenset(["time", "date", "face", "name"])
ELIDED = frozenset("ldjnsmt")  # "l'", "d'", "j'", "n'", "s'", "m'", "t'": typed without the apostrophe, one word
VOWELS_H = frozenset("aeiouyh")
# The function words an elided "j'", "d'", "l'", "n'", "s'" stands before ("j'ai", "d'une", "s'il"): not "aux", which
# "taux" ends with (simplemma's dictionary lacks some base forms, "taux" among them).
AFTER_ELISION = frozenset(
    ["ai", "a", "as", "avait", "avais", "ont", "un", "une", "autre", "autres", "il", "ils", "elle", "elles", "on"]
    + ["est", "etait", "en", "y", "etre", "avoir"]
)
_FRENCH_DETERMINERS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces", "ses", "son", "sa"]
)


def idiom_lieu(asked: list[str], hits: dict[str, set[tuple[str, ...]]], placed: bool) -> bool:
    """Tell whether the cue "lieu" is only in "avoir lieu"/"au lieu de" where the question asks something else: "le
    sommet aura lieu quand ?" asks when. Alone, "dans quel bâtiment … a eu lieu la rencontre ?" may still ask where,
    and so may "ou et quand aura lieu…", "où" typed without its accent, and a claim naming a place (placed:
    "aura-t-il lieu à Genève ?"); not a claim naming none ("la guerre aurait eu lieu s'il avait été président ?")."""
    if "ou" in asked:
        return False
    if not _asks_besides(hits, "place") and (placed or not _PLACE_ASKERS.isdisjoint(asked)):
        return False
    return all(after_idiom(asked, at) for at, word in enumerate(asked) if word == "lieu")


def _asks_besides(hits: dict[str, set[tuple[str, ...]]], aspect: str) -> bool:
    """Tell whether a question's cues ask another aspect than one."""
    return any(phrases for other, phrases in hits.items() if other != aspect)


def clause_quand(asked: list[str], hits: dict[str, set[tuple[str, ...]]]) -> bool:
    """Tell whether every "quand" of a question asking something else opens a clause, its subject pronoun after it:
    "il était où quand il a dit ça ?"; not "quand ils se sont vus ?" alone, which asks when."""
    if not _asks_besides(hits, "date"):
        return False
    return all(asked[at + 1 : at + 2] and asked[at + 1] in _SUBJECT_PRONOUNS for at in positions(asked, "quand"))


def positions(words: list[str], word: str) -> list[int]:
    """Where a word stands among words."""
    return [at for at, each in enumerate(words) if each == word]


_SUBJECT_PRONOUNS = frozenset(["il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous"])


def being_part(words: list[str], at: int) -> bool:
    """Tell whether a word makes the idiom of being among: "Kherson fait partie de…", "is Kherson part of…"."""
    return words[at] in PART and not BEING_PART.isdisjoint(words[max(0, at - 3) : at])


def published(before: str) -> bool:
    """Tell whether the words before an article named by what it is about end in a verb publishing it: "quel média a
    publié l'article sur…", "who ran the piece on…"; not "what title does the article on his trip give…"."""
    return not _PUBLISHED.isdisjoint(fold(before).split()[-3:])


def date_asked(asked: list[str]) -> bool:
    """Tell whether the noun "date" asks the date: in a query with no question word ("summit date"), or right after
    "quel", "what" ("quelle était la date limite ?"); not in a clause of a question asking something else ("de quoi
    la Russie est-elle menacée avant la date limite ?")."""
    if _WH_WORDS.isdisjoint(asked):
        return True
    return any(
        word == "date" and not _ASKING_DATE.isdisjoint(asked[max(0, at - 3) : at]) for at, word in enumerate(asked)
    )


def asks_status(asked: list[str]) -> bool:
    """Tell whether every "où" or "where" of a question is an idiom asking how things stand, not a place: "où en
    sont les négociations ?", "where do the negotiations stand?", "where are we with the ceasefire talks?"."""
    at = [n for n, word in enumerate(asked) if word in ("ou", "where")]
    return bool(at) and all(
        asked[n + 1 : n + 2] == ["en"] and asked[n + 2 : n + 3] in _STATUS_VERBS
        if asked[n] == "ou"
        else asked[n + 1 : n + 2] in _PRESENT
        and not _STANDING.isdisjoint(asked[n + 2 : n + 1 + _STANDING_SPAN])
        or asked[n + 1 : n + 3] in _WHERE_WE_ARE
        for n in at
    )


_STANDING = frozenset(["stand", "stands", "standing"])  # "where do things stand", "where does diplomacy stand"
_STANDING_SPAN = 5  # the words between "where" and "stand": "where do the ceasefire talks stand"
_PRESENT = (["do"], ["does"], ["is"], ["are"], ["s"])  # "where do things stand", not "where did Witkoff stand?"
_WHERE_WE_ARE = (["are", "we"], ["are", "things"], ["s", "things"])  # "where are we with…", "where's things at"


def without_recall(words: list[str]) -> list[str]:
    """The words of a question but "déjà" asking to be reminded, closing it or after its question word ("c'était quand
    déjà, la rencontre ?"), as "again" does ("who is he again?", a function word). Not "a-t-il déjà rencontré…"."""
    return [
        w
        for at, w in enumerate(words)
        if w not in RECALL or not (at == len(words) - 1 or at and words[at - 1] in _ASKING_FR)
    ]


RECALL = frozenset(["deja"])
_WAS_FR = frozenset(["etait", "etaient"])
_ASKING_FR = frozenset(["qui", "quand", "ou", "quoi", "combien", "comment", "pourquoi", "quel", "quelle", "quels"])
_STATUS_VERBS = [[w] for w in ("est", "sont", "etait", "etaient", "sommes", "etes", "sera", "seront", "serait")]


def after_idiom(words: list[str], at: int) -> bool:
    """Tell whether the word at `at` follows a form of "avoir" or "au", past an inverted subject ("aura-t-il lieu")."""
    before = [w for w in words[:at] if w not in _INVERTED and w not in _IDIOM_ADVERBS][-1:]
    return bool(before) and before[0] in _LIEU_IDIOMS


_PARTICIPLE_ENDINGS = (*FRENCH_PARTICIPLE_ENDINGS, "e", "es")  # "-é" too, as a question may type it: "rencontre"
_NEGATIONS = frozenset(["pas", "jamais", "plus", "point", "guere", "rien"])  # "n'aurait pas eu lieu"
_BEEN = frozenset(["eu", "ete"])  # participles of avoir and être, which are function words too
_HAVE = frozenset(["a", "ont", "avait", "avaient", "eut", "eurent"])  # as typed: "à" is no auxiliary
_BE = frozenset(["est", "sont", "était", "étaient", "etait", "etaient", "fut", "furent"])
# What may stand between an auxiliary and its participle: "n'a-t-il pas encore vu", "avait-il déjà rencontré".
_SKIPPED = _NEGATIONS | _INVERTED | {"deja", "encore", "bien", "vraiment", "finalement", "already", "really", "finally"}
_SKIPPED |= {"ever", "never"}  # "have they ever met?"
_SKIPPED |= ADDITIVES  # "a-t-il aussi rencontré", "has he also met"
_REFLEXIVE = frozenset(["s", "se"])  # "s'est tenue": a past; "est prévue" alone may be the present passive
CONDITIONALS = PAST_CONDITIONAL_HAVE | PAST_CONDITIONAL_BE | PAST_CONDITIONAL_MODALS
# Nouns "avoir" takes in set phrases: "aurait-il lieu", "a besoin" hold no participle.
_AVOIR_NOUNS = frozenset(["lieu", "besoin", "peur", "raison", "tort", "envie", "droit", "honte"])
_ENGLISH_AUXILIARIES = frozenset(["was", "were", "had", "has", "have"])
_WHO_AUXILIARIES = frozenset(["a", "ont", "avait", "avaient", "aura", "has", "have", "will", "would", "va"])
# "Avoir", "have" as verbs: "qui a eu un échange…", "who had a call…" ask of what they name, no verb of their own.
_LIGHT_VERBS = frozenset(["eu", "had", "avoir", "fait", "made"])
_ENGLISH_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_PASSIVE_BE = _ENGLISH_BE | {"été", "ete", "sera", "seront", "serait", "seraient", "soit", "soient"}


def past_conditional(parts: list[str]) -> bool:
    """Tell whether a question's words as typed (verb and inverted subject apart) hold a past conditional ("aurait
    duré", "n'aurait pas eu lieu", "se serait tenue", "serait venu", "would have lasted"): what is reported to have
    happened. "Durerait", "pourrait se tenir", "aurait-il lieu", "serait-il organisé" look ahead, as the future does."""
    folded = [fold(part) for part in parts]
    for at, word in enumerate(folded):
        if word in PAST_CONDITIONAL_MODALS and "have" in folded[at + 1 : at + 4]:
            return True
        auxiliary = word in PAST_CONDITIONAL_HAVE or word in PAST_CONDITIONAL_BE
        if auxiliary and _participle_follows(parts, at, be=word in PAST_CONDITIONAL_BE):
            return True
    return False


def named_after(
    typed: list[str], named: Callable[[str], str | None], parts: Callable[[str], Collection[str]] | None = None
) -> Iterator[tuple[str, list[str]]]:
    """What each word as typed names (a place, a party), in order, with the two words typed before it ("à Moscou");
    with parts (the words of what is named), before its whole name: "in the | United States"."""
    for at, word in enumerate(typed):
        folded = fold(word).split()
        if folded and (found := named(folded[-1])):
            start = at
            while parts is not None and start and fold(typed[start - 1]) in parts(found):
                start -= 1
            yield found, typed[max(0, start - 2) : start]


def people_spans(
    words: list[str], named: Callable[[str], str | None], titled: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Where a question's words (folded) name people, in order: (start, end, person), by name or by title; of
    titles one within another, the longer ("ancien président russe" is not "président russe")."""
    titles = [s for s in titled if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in titled)]
    return sorted([(at, at + 1, person) for at, word in enumerate(words) if (person := named(word))] + titles)


def unnamed(words: list[str], spans: list[tuple[int, int, str]], place_named: Callable[[str], str | None]) -> bool:
    """Tell whether a pronoun stands for someone the question does not name: a subject pronoun before any person
    named ("did he meet Zelensky?", "l'Ukraine a-t-elle rencontré la Russie ?": a country is no one who met; not
    "Trump a-t-il…"), or an object pronoun ("did Trump meet him?", "l'a-t-il reçu ?"). Not a pronoun after the
    noun it stands for: "la rencontre a-t-elle eu lieu… ?", "les discussions portaient-elles… ?" name no one."""
    if has_object_pronoun(words):
        return True
    at = _first_pronoun(words)
    if at is None or spans and at >= spans[0][0]:
        return False
    before = [word for word in words[:at] if word not in STOPWORDS]
    return not before or all(map(place_named, before))


def pronoun_led(words: list[str]) -> bool:
    """Tell whether a question's subject is a pronoun, with only function words before it ("did they agree?", "a-t-il
    appelé Zelensky ?"), or it holds an object pronoun: of whom it asks, it does not say. Not an impersonal "il"
    ("faut-il…", "y a-t-il…": no subject pronoun), nor a pronoun after its noun ("les diplomates s'attendent-ils…")."""
    if has_object_pronoun(words):
        return True
    at = _subject_at(words)
    return at is not None and not _impersonal(words, at)


def _impersonal(words: list[str], at: int) -> bool:
    """Tell whether the pronoun at words[at] is an impersonal "il", standing for no one: "faut-il…", "s'agit-il…",
    "est-il vrai ?"."""
    return words[at] == "il" and not _IMPERSONAL.isdisjoint(words[max(0, at - 2) : at + 2])


def has_object_pronoun(words: list[str]) -> bool:
    """Tell whether a question's words (folded) hold an object pronoun: "did Trump meet him?", "l'a-t-il reçu ?"."""
    return not _OBJECT_PRONOUNS.isdisjoint(words) or "l" in words and " l a " in f" {' '.join(words)} "


def pronoun_subject(words: list[str]) -> str | None:
    """The pronoun a question's words (folded) have for subject, if only function words stand before it: "he" in
    "did he meet Zelensky?", "ils" in "se sont-ils vus ?"; none in "Trump a-t-il…", "la Russie a-t-elle…", "y
    a-t-il…" (an impersonal "il")."""
    at = _subject_at(words)
    return None if at is None else words[at]


def _subject_at(words: list[str]) -> int | None:
    """Where the pronoun a question's words (folded) have for subject stands: see pronoun_subject."""
    at = _first_pronoun(words)
    if at is None or "y" in words[:at] or not STOPWORDS.issuperset(words[:at]):
        return None
    return at


def _first_pronoun(words: list[str]) -> int | None:
    """Where the first subject pronoun stands among a question's words (folded), if any."""
    return next((at for at, word in enumerate(words) if word in SUBJECT_PRONOUNS or word in PLURAL_SUBJECTS), None)


def owned(words: list[str], start: int, end: int) -> bool:
    """Tell whether the person named at words[start:end] is named as whose envoy or aide: "Trump's envoy", "Putin's
    foreign-policy aide", "l'émissaire de Trump", "the envoy of Trump", "l'envoyé spécial américain de Trump" (two
    words may stand between the role and its owner)."""
    possessive = words[end : end + 1] == ["s"] and not _ROLES.isdisjoint(words[end + 1 : end + 3])  # "trump s envoy"
    of_whom = start > 0 and words[start - 1] in ("de", "du", "of")
    return possessive or of_whom and not _ROLES.isdisjoint(words[max(0, start - 4) : start - 1])


# A question closed by asking for yes or no: what comes before it is a statement to confirm or deny.
# "…, true?", "…. Correct?", "… c'est vrai", "c vrai ?": a word of truth alone tags only after a break, where "did
# Trump get it right?" asks of being right. Not "…ou pas ?", which closes questions that ask what as often.
YES_OR_NO_TAG = re.compile(
    r"(?:[\s,;:–—-]*\b(?:yes or no|oui ou non|yes\s*/\s*no|oui\s*/\s*non|true or false|vrai ou faux"
    r"|c(?:['’ ]?est)? (?:vrai|exact)|c['’ ]?est (?:bien )?(?:ça|ca)|n['’ ]?est[- ]ce pas)"
    r"|\s*[,.;:!?–—-]\s*(?:is (?:that|it) |is this )?(?:true|correct|right|vrai|exact))\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_NOT_TAG = re.compile(r"\b(?:isn't|wasn't|aren't|weren't|didn't|doesn't|don't) (?:it|he|she|they|that)\s*\?")


def restricts(words: list[str]) -> bool:
    """Tell whether folded words restrict what they claim to what they name: "only", "seulement", "uniquement", or
    "ne … que" ("n'a-t-il parlé qu'avec Trump ?")."""
    if not RESTRICTING.isdisjoint(words):
        return True
    return any(word in ("ne", "n") and "qu" in words[at + 1 : at + 1 + _NE_QUE] for at, word in enumerate(words))


_NE_QUE = 5  # "n'a-t-il parlé qu'avec…": the words between "ne" and its "que"


def side_negated(words: list[str], question: str) -> bool:
    """Tell whether a question negates something beside its verb and not the verb itself: "…with nothing tangible to
    show for it?", "…sans annonce ?"; not "didn't he…?", "ne se sont-ils pas vus ?", nor a closing "…, non ?"."""
    return not _SIDE_NEGATIONS.isdisjoint(words) and _VERB_NEGATIONS.isdisjoint(words) and "n't" not in question.lower()


_VERB_NEGATIONS = frozenset(["pas", "not", "ni", "nor", "non"])  # a verb's own ("ne … pas"), or a tag's ("…, non ?")
_SIDE_NEGATIONS = NEGATIONS - _VERB_NEGATIONS  # "sans", "without", "nothing", "aucun"…


def negated_question(words: list[str], question: str) -> bool:
    """Tell whether a question holds a negation ("not working", "ne fonctionne pas", "isn't"), not only the tag of
    one asking for agreement ("n'est-ce pas la Russie qui… ?", "isn't it…?")."""
    text = " ".join(words)
    for tag in ("n est ce pas", "est ce pas", "is it not"):
        text = text.replace(tag, " ")
    typed = _NOT_TAG.sub(" ", question.lower().replace("’", "'"))
    return not NEGATIONS.isdisjoint(text.split()) or "n't" in typed


_CONDITIONS = frozenset(["if", "si", "unless", "faute"])


def reports_denial(words: list[str]) -> bool:
    """Tell whether folded words deny something after a verb of speech: "did Trump say the war would never have
    happened?", "Zelensky a-t-il dit que Moscou ne négociait pas… ?"."""
    said = next((at for at, word in enumerate(words) if speech_verb(word)), None)
    if said is None:
        return False
    clause = list(takewhile(lambda word: word not in _CONDITIONS, words[said + 1 :]))  # "if no deal": a condition
    return not NEGATIONS.isdisjoint(clause)


def talk_with(typed: list[str]) -> bool:
    """Tell whether a question asks whether people spoke with each other: a verb of talking before "with", "to",
    "avec", "à", "by phone", or ending it ("se sont-ils parlé ?"); not "speak Russian", which says how."""
    folded = [fold(word).strip("?!.") for word in typed]
    return any(
        word in TALK_VERBS and (folded[at + 1 : at + 2] in ([], [""]) or folded[at + 1] in TALK_TO)
        for at, word in enumerate(folded)
    )


def without_else(typed: list[str]) -> list[str]:
    """A question's words as typed without "else", "d'autre" right after its opening "who" or "qui"."""
    if not typed or fold(typed[0]) not in ("qui", "who"):
        return typed
    rest = typed[1:]
    if rest[:1] == ["else"]:
        rest = rest[1:]
    elif rest[:1] == ["d"] and rest[1:2] in (["autre"], ["autres"]):
        rest = rest[2:]
    return [typed[0], *rest]


def first(spans: list[tuple[int, int, str]], owners: frozenset[str]) -> str | None:
    """Who a question names first as taking part, by name or title, not as whose envoy or aide."""
    return next((person for _, _, person in spans if person not in owners), None)


def besides(words: list[str], spans: list[tuple[int, int, str]], cues: list[tuple[int, int, str]]) -> frozenset[str]:
    """The people a question names right after "besides", "à part"…: whom the answer is not."""
    ends = {end for _, end, _ in cues}
    return frozenset(
        person for start, _, person in spans if start in ends or start - 1 in ends and words[start - 1] in STOPWORDS
    )


def unhyphenated(typed: list[str]) -> list[str]:
    """Words as typed, a verb and its inverted subject apart ("verront-ils": "verront", "ils")."""
    return [part for word in typed for part in (word.split("-") if "-" in word else (word,)) if part]


def past(parts: list[str]) -> bool:
    """Tell whether a question's words as typed (verb and inverted subject apart) ask about what happened: a compound
    past ("a-t-il rencontré", "se sont-ils vus", "est-il arrivé", "avait annoncé"), "did", or "was", "had", "has"
    before a participle ("was held"); an English simple past right after "who" ("who met Witkoff?") or after "which"
    and its noun ("which building hosted…"), or "was" near "when", "where", "how", "what" opening the question."""
    if parts[:1] == ["who"] and len(parts) > 1 and (parts[1] in IRREGULAR_VERBS or _english_participle(parts[1])):
        return True
    # …or after "which", "what" and their noun: "which building hosted the talks?", "what agency reported…?"
    which = [part.lower() for part in parts[:3]]
    if which[:1] in (["which"], ["what"]) and len(which) > 2 and _english_participle(which[2]):
        return True
    opening = [part.lower() for part in parts[:7]]
    if opening[:1] in (["when"], ["where"], ["how"], ["what"]) and not {"was", "were"}.isdisjoint(opening[1:]):
        return True  # "when was the Moscow meeting?", "what day of the week was it?": the simple past of "be"
    if not _WAS_FR.isdisjoint(said := set(map(fold, opening))) and not _ASKING_FR.isdisjoint(said):
        return True  # "c'était quand, la rencontre de Moscou ?", "où était Zelensky ?": the same in French
    for at, part in enumerate(parts):
        if part == "did":
            return True
        auxiliary = part in _HAVE or part in _BE or part in _ENGLISH_AUXILIARIES
        if auxiliary and _participle_follows(parts, at, be=part in _BE):
            return True
    return False


def participle_of(word: str) -> bool:
    """Tell whether a folded dictionary word is a verb's past participle: "founded" (of "found"), "construit", "fondee"
    (of "construire", "fonder"); not a noun ("library") nor a verb's own dictionary form."""
    forms = set(lemmas(word)) - {word}
    if word.endswith("ed"):
        return bool(forms)
    if not word.endswith(_PARTICIPLE_ENDINGS):
        return False
    # Folding took the accent the dictionary reads a participle by: "fondee" is "fondée", of "fonder".
    forms.update(lemmas(_ACCENTED_ENDING.sub("é", word, count=1)))
    return any(form.endswith(("er", "ir", "re")) for form in forms)


_ACCENTED_ENDING = re.compile(r"e(?=e?s?$)")  # the "é" of "-é", "-ée", "-és", "-ées", as folding writes them


def one_per_stem(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A question's content words, each English stem once: "an official visiting officially" asks of one word, which
    counted twice outweighed the rest ("official" of "Tass, the official agency")."""
    seen: set[str] = set()
    kept = []
    for token in tokens:
        stem = english_stem(token)
        if stem is None or stem not in seen:
            kept.append(token)
        if stem is not None:
            seen.add(stem)
    return tuple(kept)


def who_verb(typed: list[str]) -> str | None:
    """The verb a question opening with "qui" or "who" asks about, folded, past its auxiliary: "qui a reçu Poutine ?"
    -> "recu", "who welcomed…" -> "welcomed"; None when another word opens it ("who did Witkoff meet?")."""
    rest = _after_who(typed)
    if not rest or rest[0] in _LIGHT_VERBS:
        return None
    at = next((n for n, word in enumerate(rest) if word not in STOPWORDS), None)
    if at is None:
        return None
    if rest[at + 1 : at + 2] == ["to"] and rest[at + 2 :]:  # "who was waiting to greet…": greeting is what was done
        return rest[at + 2]
    return rest[at]


def support_noun(typed: list[str]) -> str | None:
    """The noun a "qui"/"who" question's light verb supports, folded: "idee" of "qui a eu l'idée du sommet ?",
    "decision" of "who made the decision…?"; None for any other question, and for a noun had with someone ("qui a eu
    un échange avec Trump ?"), a contact of which whoever else a fact names is the other side."""
    rest = _after_who(typed)
    if not rest or rest[0] not in _LIGHT_VERBS or not _WITH.isdisjoint(rest):
        return None
    return next((word for word in rest[1:] if word not in STOPWORDS), None)


_WITH = frozenset(["avec", "with"])


def _after_who(typed: list[str]) -> list[str] | None:
    """The words, folded, of a question opening with "qui" or "who", past it and its auxiliaries ("qui a reçu
    Poutine ?": "recu", "poutine"); None for any other question."""
    if not typed or fold(typed[0]) not in ("qui", "who"):
        return None
    return [fold(word) for word in typed[1:] if fold(word) not in _WHO_AUXILIARIES]


def frames_clause(typed: list[str], verb: str) -> bool:
    """Tell whether a verb is followed by a clause it frames: "who thinks that…", "qui pense que…"."""
    words = [fold(word) for word in typed]
    at = words.index(verb) if verb in words else len(words)
    return words[at + 1 : at + 2] in (["que"], ["qu"], ["that"])


def asks_whom(typed: list[str], named: Mapping[str, str | None], given: frozenset[str]) -> bool:
    """Tell whether a question asks whom something was done to or with, not who did it: "qui Witkoff a-t-il reçu ?"
    (a name after "qui", or a given name: "qui Kirill Dmitriev…"), "who did Witkoff meet?", "whom…", "à qui…", "de
    qui…", "avec qui…", "with whom…"."""
    words = [fold(word) for word in typed[:3]]
    if not words:
        return False
    if words[0] == "whom" or words[0] in ("a", "de", "avec", "with", "to") and words[1:2] in (["qui"], ["whom"]):
        return True
    if words[0] not in ("qui", "who") or len(words) < 2:
        return False
    return words[1] in ("did", "does", "do", "will") or words[1] in given or bool(named.get(words[1]))


def passive(parts: list[str]) -> bool:
    """Tell whether a question's words as typed ask in the passive: a form of "être" or "be", then a participle
    ("qui a été accueilli ?", "qui sera reçu ?", "who was welcomed?", "who has been tasked…?")."""
    for at, part in enumerate(parts):
        if at and fold(parts[at - 1]) in _REFLEXIVE:  # "qui s'est voulu rassurant ?": a reflexive verb's past
            continue
        if part in _PASSIVE_BE or part in _BE:
            after = [p for p in parts[at + 1 : at + 5] if fold(p) not in _SKIPPED]
            if after and _english_participle(after[0]):
                return True
            if after and part not in _ENGLISH_BE and fold(after[0]).endswith(_PARTICIPLE_ENDINGS):
                return fold(after[0]) not in STOPWORDS and ETRE_VERBS.isdisjoint(_verb_lemmas(after[0]))
    return False


_CALLS = frozenset(["call", "calls", "called", "appele", "appelle", "appeler"])  # speech, or a phone call to someone
# Nouns asking a place, as LENGTH_NOUNS ask a length.
PLACE_NOUNS = frozenset(["venue", "location", "endroit", "batiment", "building"])
LENGTH_NOUNS = frozenset(["duree", "duration", "length"])
CUE_TYPO_LENGTH = 5  # shorter words are too close to each other to repair ("quand", "quant")
# One swap or one letter off in a word of five or more ("lenght", "combein"); not two ("comedien" is no "combien").
CUE_TYPO_EDITS = 1
COMPARISONS = frozenset(["plus", "moins", "more", "less", "over", "under", "than", "least", "depasse", "exceed"])
PAST_COPULA = re.compile(r"\betait (?:il|elle)\b")
COPULA = re.compile(r"\best (?:il|elle)\b|^est ce que\b")


def phoned(tokens: tuple[str, ...], words: list[str], named: Mapping[str, str | None]) -> set[int]:
    """Where a question's words call someone: "call", "appeler" right before a person named, not before their
    possession ("did the Kremlin call Witkoff's visit preliminary?")."""
    possessed = {words[at - 1] for at in range(1, len(words)) if words[at] == "s"}
    return {
        at
        for at, token in enumerate(tokens[:-1])
        if token in _CALLS and named.get(tokens[at + 1]) and tokens[at + 1] not in possessed
    }


def quoted(question: str) -> tuple[str, ...]:
    """The phrases of two words or more a question quotes, folded: « fidèle parmi les fidèles », "very productive"."""
    found = (" ".join(fold(match.group(1) or match.group(2)).split()) for match in _QUOTES.finditer(question))
    return tuple(phrase for phrase in found if len(phrase.split()) > 1)


_QUOTES = re.compile(r"[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]|(?<!\w)'([^']+?)'(?!\w)")


def asks_passive(words: list[str], passive: bool) -> bool:
    """Tell whether a yes/no question asks in the passive, its subject then being who underwent it: "was Witkoff
    received at the Kremlin?", "a-t-il été reçu ?" (or asks with "be", whose subject does nothing)."""
    return passive or words[:1] in (["was"], ["were"], ["is"], ["are"]) or "ete" in words


def title_words(
    words: list[str], titles: list[tuple[int, int, str]], tokens: Sequence[str], surnames: Mapping[str, str]
) -> tuple[tuple[str, str], ...]:
    """The question's words within a title naming someone ("emissaire", "americain" of "l'émissaire américain"), each
    with the surname of whom it names."""
    return tuple(
        (word, surnames[person])
        for start, end, person in titles
        if _ASKING_WHO.isdisjoint(words[max(0, start - 2) : start])  # "qui est l'envoyé…": the name is the answer
        for word in words[start:end]
        if word in tokens
    )


# Words that, right before a title, make whom it names what is asked: "qui est l'envoyé…", "quel émissaire…".
_ASKING_WHO = frozenset(["quel", "quelle", "quels", "quelles", "which", "qui", "who", "est", "is"])


def cleft(words: list[str]) -> bool:
    """Tell whether a question sets apart who did it: "was it Moscow that proposed…?", "est-ce Moscou qui a
    proposé… ?", "c'est la Russie qui…", "était-ce Trump qui…". Its "was" is no passive: the one set apart did it."""
    opens = words[:2] in (["was", "it"], ["is", "it"], ["est", "ce"], ["c", "est"], ["etait", "ce"], ["c", "etait"])
    # Someone set apart stands between: "c'est qui le porte-parole ?" asks who, and so does "c'est qui qui a
    # proposé… ?", which sets apart the one asked; "est-ce que…" opens a yes/no question, no cleft.
    return opens and words[2:3] not in _NOT_SET_APART and not _CLEFT_RELATIVES.isdisjoint(words[3:_CLEFT_REACH])


_CLEFT_RELATIVES = frozenset(["that", "who", "qui"])
_NOT_SET_APART = (["qui"], ["who"], ["que"], ["quoi"], ["what"])
_CLEFT_REACH = 7  # "was it the Russian side that…": the words the one set apart may take


def agent_asked(words: list[str]) -> tuple[str, ...] | None:
    """For a yes/no question in the passive, its verb and the words after "par" or "by" that may name who did it,
    folded: "le sommet a-t-il été proposé par la Russie ?" -> ("propose", "russie"), "reçu par Kirill Dmitriev" ->
    ("recu", "kirill", "dmitriev"); None when no "par" or "by" follows a participle."""
    for at, word in enumerate(words[1:], 1):
        verb = words[at - 1]
        participle = verb.endswith(_PARTICIPLE_ENDINGS) or verb.endswith("ed") or verb in ENGLISH_PARTICIPLES
        if word in ("par", "by") and participle and verb not in STOPWORDS:
            after = words[at + 1 : at + 4]
            # "…par Lavrov à Moscou ?": where, not who.
            after = after[: next((i for i, w in enumerate(after) if w in _AGENT_ENDS), len(after))]
            agent = tuple(w for w in after if w not in STOPWORDS)
            return (words[at - 1], *agent) if agent else None
    return None


def cleft_agent(words: list[str]) -> tuple[str, ...] | None:
    """For a yes/no question setting apart who did it, its verb and the words naming them, folded: "c'est Reuters
    qui a révélé le coup de fil ?" -> ("revele", "reuters"); None for any other question."""
    if not cleft(words):
        return None
    relative = next(at for at in range(3, _CLEFT_REACH) if words[at] in _CLEFT_RELATIVES)
    focus = tuple(w for w in words[2:relative] if w not in STOPWORDS)
    verb = next((w for w in words[relative + 1 :] if w not in STOPWORDS), None)
    return (verb, *focus) if verb and focus else None


_AGENT_ENDS = frozenset(["a", "au", "en", "in", "at", "on", "pendant", "during", "lors", "dans", "when", "quand"])


def _english_participle(word: str) -> bool:
    """Tell whether a word as typed is an English past participle: "held", or "-ed" of a verb ("lasted", of "last"),
    not "indeed" or "red", which have no other form."""
    return word in ENGLISH_PARTICIPLES or word.endswith("ed") and bool(lemmas(word))


def _participle_follows(parts: list[str], at: int, *, be: bool = False) -> bool:
    """Tell whether a participle follows the auxiliary at `at`, past a negation, an adverb or an inverted subject:
    "rencontré", "rencontre" typed without its accent, "held", "lasted"; not a noun of "avoir lieu", "avoir besoin",
    nor a determiner. After "être" (be), only a reflexive verb's ("s'est tenue") or a verb of motion's ("est arrivé"):
    "est prévue", "serait organisé" are the passive, of now or of what is to come."""
    after = [p for p in parts[at + 1 : at + 6] if fold(p) not in _SKIPPED]
    if parts[at] in _ENGLISH_AUXILIARIES:  # "had Trump's envoy met": a subject may come between
        return any(map(_english_participle, after[:4]))
    if not after:
        return False
    word = fold(after[0])
    if word in _BEEN:
        return True
    if not word.endswith(_PARTICIPLE_ENDINGS) or word in STOPWORDS or word in _AVOIR_NOUNS:
        return False
    reflexive = at > 0 and fold(parts[at - 1]) in _REFLEXIVE
    return not be or reflexive or not ETRE_VERBS.isdisjoint(_verb_lemmas(after[0]))


@lru_cache(maxsize=8192)
def _verb_lemmas(typed: str) -> frozenset[str]:
    """The lemmas of a word as typed, twice: simplemma takes an agreed participle to the participle first ("venue" ->
    "venu" -> "venir")."""
    return frozenset(second for first in lemmas(typed) for second in (first, *lemmas(first)))


# What a meeting or talk was about, asked: "de quoi ont-ils parlé ?", "quels sujets ont été abordés ?", "what did they
# discuss?", "what topics were covered?" (folded text).
TOPICS_ASKED = re.compile(
    r"\bde quoi\b.*\b(?:parle|parles|parler|discute|discutes|discuter|entretenu|entretenus)\b"
    r"|\bsur quoi\b.*\b(?:porte|portait|portaient|discute|discutes)\b"
    r"|\b(?:quels?|quelles?) (?:sujets?|themes?)\b"
    r"|\bqu? ?\w*\b.{0,40}\bdiscut(?:e|es|ee|ees|er)\b"
    r"|\b(?:what|which) (?:topics|subjects|issues)\b"
    r"|\bwhat\b.*\b(?:discuss|discussed|talk about|talked about|talking about|on the agenda)\b"
)


def beside_role(words: list[str], at: int) -> bool:
    """Tell whether a word stands right after or before a noun asking someone's role ("parcours professionnel",
    "professional background")."""
    return (at > 0 and words[at - 1] in _ROLE_NOUNS) or (at + 1 < len(words) and words[at + 1] in _ROLE_NOUNS)


_ROLE_NOUNS = frozenset(
    noun + plural
    for noun in ["role", "fonction", "poste", "titre", "job", "title", "metier", "profession", "carriere", "career"]
    + ["occupation", "background"]
    for plural in ("", "s")
) | {"parcours"}


def voweless(word: str) -> bool:
    """Tell whether a word of letters has no vowel: no French or English word, a short form typed ("mtg")."""
    return word.isalpha() and _VOWELS.isdisjoint(word)


_VOWELS = frozenset("aeiouy")


def light_word(token: str) -> bool:
    """Tell whether a question word is an everyday verb or word of questions, in any of its forms: a French past
    participle too, which a dictionary may read as a noun ("quelle date a-t-il donnée ?": "donner", not "donnée")."""
    if among(token, LIGHT_WORDS):
        return True
    stem = token.removesuffix("s").removesuffix("e")
    return stem != token and stem.endswith("e") and stem[:-1] + "er" in LIGHT_WORDS


def days_named(folded: str, *, limits: bool = False) -> tuple[tuple[int, int], ...]:
    """The (month, day) pairs a folded question names: "6 aout", "august 6th", "11 avril"; with limits, those it
    names as a limit too ("by August 8")."""
    if not DIGIT.search(folded):  # most questions name no day: skip the month patterns
        return ()
    if not limits:  # "d'ici le 8 août", "by August 8": a limit, not the day of what is asked about
        folded = BY_DAY.sub(" ", folded)
    found = [(MONTHS[m], int(d)) for d, m in _DAY_MONTH.findall(folded)]
    found += [(MONTHS[m], int(d)) for m, d in _MONTH_DAY.findall(folded)]
    return tuple(dict.fromkeys((m, d) for m, d in found if 1 <= d <= 31))


def expiry_days(words: list[str]) -> tuple[tuple[int, int], ...]:
    """The days an expiry question asks of, limits included ("by August 6"); "before August 8" asks of the day
    before: had it expired by 7 August."""
    days = days_named(" ".join(words), limits=True)
    if _BEFORE.isdisjoint(words):
        return days
    eve = (dt.date(2000, month, day) - dt.timedelta(days=1) for month, day in days)  # 2000: any leap year
    return tuple((day.month, day.day) for day in eve)


def asks_expiry(words: list[str]) -> bool:
    """Tell whether a question's folded words ask if something expired: "expiré", "expired", "échu", "lapsed"."""
    return any(word.startswith(_EXPIRY) for word in words)


_EXPIRY = ("expir", "echu", "echoi", "laps")
PERFECT = frozenset(["had", "avait", "avaient", "deja", "already"])  # "had it expired", "avait-il déjà expiré"


def months_named(words: list[str], days: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The months a question's folded words name by their full name, other than those of the days it names: "the
    April meeting", "en août". Not "may", which is most often the verb, nor a month after "by", "d'ici", a limit."""
    found = {
        MONTHS[word]
        for at, word in enumerate(words)
        if word in _MONTH_NAMES
        and (at == 0 or words[at - 1] not in _LIMITS)
        and _ANCHORS.isdisjoint(words[max(0, at - 4) : at])  # "avant sa visite d'août": where it starts from
    }
    return frozenset(found - {month for month, _ in days})


def months_after(words: list[str]) -> frozenset[int]:
    """The months a question's folded words start from: "après la rencontre d'avril", "since April"."""
    return _months_anchored(words, _STARTING)


def months_before(words: list[str]) -> frozenset[int]:
    """The months a question's folded words look back from: "avant la rencontre d'août", "before the August meeting";
    not "before August 8", a day, nor a limit ("by August")."""
    return _months_anchored(words, _BEFORE)


def _months_anchored(words: list[str], anchors: frozenset[str]) -> frozenset[int]:
    """The months a question's folded words name within a few words after one of anchors, not as a day's ("avant le
    8 août", "before August 8": that day reads as one)."""
    return frozenset(
        MONTHS[word]
        for at, word in enumerate(words)
        if word in _MONTH_NAMES
        and not anchors.isdisjoint(words[max(0, at - 4) : at])
        and not any(near.isdigit() for near in words[max(0, at - 1) : at] + words[at + 1 : at + 2])
    )


_MONTH_NAMES = frozenset((*FOLDED_MONTHS_FR, *FOLDED_MONTHS_EN)) - {"may"}
_BEFORE = frozenset(["avant", "before"])
_LIMITS = _BEFORE | {"ici", "by", "until", "till"}  # "d'ici août", "by August": a limit
# "After the April meeting, when did they next meet?": the month is where the question starts from, not its subject.
_STARTING = frozenset(["after", "apres", "since", "depuis", "following", "suite"])
_ANCHORS = _BEFORE | _STARTING


def states_a_figure(question: str) -> bool:
    """Tell whether a question states something holding a figure, asked by intonation alone: "trump a déployé trois
    sous-marins ?", "le convoi a quitté le Kremlin vers 17h ?"; no interrogative, a question mark closing it."""
    if not question.rstrip().endswith("?"):
        return False
    words = fold(question).split()
    return _WH_WORDS.isdisjoint(words) and any(word[:1].isdigit() or word in NUMBER_VALUES for word in words)


def is_yes_no(question: str) -> bool:
    """Tell whether a question asks for yes or no ("Poutine a-t-il accepté… ?", "Did Putin accept…?")."""
    text = question.strip().lower().replace("’", "'")
    if (" ou " in text or " or " in text) and _ALTERNATIVE.search(text):  # "à Moscou ou à Saint-Pétersbourg ?"
        return False
    words = fold(text).split()
    if _KNOWN_WHAT.match(text):  # "do we know what was said in the talks?": what was said, not whether one knows
        return False
    if request := _REQUEST.match(text):
        asked = fold(text[request.end() :]).split()
        if not _WH_WORDS.isdisjoint(asked):
            return False  # "can you tell me who welcomed Witkoff?", "est-ce que tu peux me dire quand…": it asks who
        if _asks_a_telling(asked):
            return False  # "can you summarize the meeting?", "peux-tu me résumer le sommet ?": no yes or no
    while words[1:] and words[0] in _DISCOURSE_MARKERS:  # "So were the sanctions dropped?", "and did he…?"
        words = words[1:]
    if words and words[0] in _AUXILIARIES:
        return True
    if cleft(words):  # "est-ce Moscou qui a proposé le sommet ?", "c'est la Russie qui… ?": whether it was them
        return True
    # Both forms hold a dash or "est ce qu": most questions skip the pattern, which tries every word. Typed on a phone,
    # the dashes go: "zelensky a t il parlé avec trump", "est il venu".
    # A dash elsewhere ("Etats-Unis ont ils levé…") leaves the spaced form to try.
    dashed = _INVERSION.search(text) if "-" in text or "est ce qu" in text else None
    inversion = dashed or _SPACED_INVERSION.search(text)
    return inversion is not None and not _WH_FR.search(text[: inversion.start()].replace("'", " "))


# A question opening on the source it asks: "selon quelle agence…", "d'après quel média…", "according to which…".
SOURCE_ASKED = re.compile(r"(?:selon|d apres|according to) (?:quel|quelle|quels|quelles|which|what|whom)\b")
# A count of hours typed short ("3h", "2 h"), not a time of day: none after "à", "vers", "at", "around"…
HOURS = re.compile(
    r"(?<![\d:])(?<!\b[aà] )(?<!\bvers )(?<!\bat )(?<!\baround )(?<!\bdès )(?<!\bdes )(?<!\bby )"
    r"(\d{1,2})\s?h(?![a-z\d])",
    re.IGNORECASE,
)
# A frame asking whether its clause is true: "is it true that…", "est-il vrai que…", "est-ce exact qu'…".
TRUTH_FRAME = re.compile(
    r"\s*(?:(?:claim|affirmation|rumeur|rumou?r)\s*:"
    r"|is it (?:the case|so) that|is it (?:true|correct|right)(?: that)?(?= \w)|is true(?: that)?\b"  # "is true…"
    r"|est[- ](?:il|ce) (?:vrai|exact|juste) qu(?:e\s+|['’])"
    r"|(?:est[- ]ce que )?c['’]est (?:vrai|exact) qu(?:e\s+|['’]))\s*",
    re.IGNORECASE,
)
# An article named by what it is about: "selon l'article sur la rencontre de Saint-Pétersbourg", "per the piece on
# Witkoff's upcoming trip", up to the end of its clause.
SIT_DOWN = re.compile(r"\b(sit|sits|sat|sitting)[ -]down(s?) with\b", re.IGNORECASE)
WARNS = re.compile(r"\b(?:met|mets|mettent|mettre|mis|mettait)[- ](?:t[- ]il[- ])?en garde\b", re.IGNORECASE)
SIT_DOWN_NOUN = re.compile(r"\bsit-down(s?)\b", re.IGNORECASE)  # the noun, with no "with" after it
PRECISE = frozenset(["precis", "precise", "precises"])
PRECISE_VALUES = frozenset(
    ["date", "jour", "heure", "moment", "chiffre", "nombre", "montant", "bilan", "duree", "lieu", "endroit"]
)
# "Due to" a determiner, a possessive or "being" is "because of"; before a verb, "going to". Neither sets a
# deadline ("falls due").
# "What is Russia asking for?", "asking of Kyiv": demanding; not the reader's "can I ask for…", "like to ask for…".
ASKING_FOR = re.compile(r"(?<!\bi )(?<!\bwe )(?<!\bto )\b(ask|asks|asking|asked)(?= (?:for|of|from)\b)", re.IGNORECASE)
DEMANDING = {"ask": "demand", "asks": "demands", "asking": "demanding", "asked": "demanded"}
TELL = re.compile(r"\btell\b(?!\s+(?:me|us|moi)\b)")
DUE_TO = re.compile(
    r"\bdue to\b(?=\s+((?:the|a|an|his|her|its|their|this|that|these|those|being|new|growing|russian|us)\b)?)"
)
# Asking what something is for, in words no fact uses: "à quoi devait servir la réunion ?", "what was the meeting
# supposed to achieve?" ask its aim, which the facts call "but", "objectif", "purpose".
PURPOSE = re.compile(
    r"\b([aà] quoi (?:(?:devait|doit|devrait|va|allait|pourrait|aurait dû)\s+)?"
    r"(?:sert|servait|servira|servir|servirait)|(?:sert|servait|servira|servirait)(?:-(?:t-)?(?:il|elle))? [aà] quoi)\b"
    r"|\b(?:supposed|meant|intended|designed) to (?:achieve|accomplish|deliver|produce|yield)\b"
    r"|(?<=\bthe )point(?= of\b)",  # "what was the point of his trip?": its purpose
    re.IGNORECASE,
)
MEETING_FORMS = {"sit": "meet", "sits": "meets", "sat": "met", "sitting": "meeting"}  # "sit-down" too is "meet"

ARTICLE_ABOUT = re.compile(
    r",?\s*\b(?:selon|d['’]apr[eè]s|dans|according to|per|in|from)\s+(?:l['’]|le |la |cet |cette |ce |the |that )\s*"
    r"(?:article|papier|texte|reportage|piece|story|report|coverage|couverture)\s+"
    r"(?:sur|consacr[ée]e? (?:à|au|aux)|qui parle d[eu']|on|about|de|du|of|annon[cç]ant|\w+ing)\b[^,;?!]*",
    re.IGNORECASE,
)
# An article named by what it is about as what the question asks of, not as a source: "qui a publié l'article sur…".
ARTICLE_NAMED = re.compile(
    r"\b(?:l['’]|the\s+)(?:article|papier|piece|story|report)\s+(?:sur|on|about)\b[^,;?!]*", re.IGNORECASE
)
# A newspaper "ran" a piece; "signé", "rédigé" one.
_PUBLISHED = PUBLISHING | frozenset(["ran", "run", "runs", "signe", "redige"])
# An article named in English by the words before its noun: "in the St Petersburg article", "per the summit piece".
ARTICLE_BEFORE = re.compile(
    r",?\s*\b(?:in|from|per|according to)\s+the\s+((?:[\w'’-]+\s+){1,3}?)(?:article|piece|story|report)\b",
    re.IGNORECASE,
)
THE_SOURCES = re.compile(
    r",?\s*\b(?:in|according to|from|per|across|dans|selon|d['’]apr[eè]s)\s+(?:these|the|those|ces|les|vos|your)\s+"
    r"(?:reports|articles|sources|stories|textes|papiers|reportages)\b",
    re.IGNORECASE,
)
# The articles as the subject of a verb of saying: "what do the articles say about…", "que dit l'article 004 sur…".
# Their number, if any, stays: it names the article asked of.
ARTICLE_NUMBER = re.compile(r"\b0\d\d\b")  # "004": an article's number, as the articles number them
# A verb of saying right after an article's name: the article reports it ("where did Epoch Times say they met?").
SAYING = re.compile(r"^\s*(?:say|says|said|report|reports|reported|write|writes|wrote|claim|claims|dit|rapporte)\b")
SOURCES_SAY = re.compile(
    r"\bwhat\s+(?:do|does|did)\s+(?:the\s+|these\s+|those\s+)?"
    r"(?:(?:articles?|reports?|sources?|stories|story|texts?|press|papers?|pieces?)\s*(\d{3})?|(0\d\d))\s+"
    r"(?:say|tell us|report)(?:\s+(?:about|on|of|regarding))?\b"
    r"|\b(?:que|qu['’]est-ce\s+que)\s+(?:disent|dit|racontent|raconte|rapportent|rapporte)\s+"
    r"(?:les\s+|l['’]|ces\s+|cet\s+|le\s+)(?:articles?|sources|textes?|papiers?|reportages?|presse|médias)\s*(\d{3})?"
    r"(?:\s+(?:sur|à\s+propos\s+d(?:e|u|es|['’])|au\s+sujet\s+d(?:e|u|es|['’])))?"
    # …or of describing: "comment l'article 000 qualifie-t-il Dmitriev ?", "how does article 004 describe Witkoff?"
    r"|\bcomment\s+(?:les\s+|l['’]|ces\s+|cet\s+|le\s+)(?:articles?|sources|textes?|papiers?|reportages?)\s*(\d{3})?"
    r"\s+(?:qualifient|qualifie|d[ée]crivent|d[ée]crit|pr[ée]sentent|pr[ée]sente)"
    r"(?:[- ]t)?(?:[- ](?:il|elle|ils|elles))?"
    r"|\bhow\s+(?:do|does|did)\s+(?:the\s+|these\s+)?(?:(?:articles?|reports?|sources?|stories|story|texts?|press"
    r"|papers?|pieces?)\s*(\d{3})?|(0\d\d))\s+(?:describe|call|portray|present|characteri[sz]e)\b",
    re.IGNORECASE,
)
# The words naming an article and how it is named ("selon l'article sur", "per the piece on"): what is left says what
# it is about.
# An article named by its place in their order: "le premier article", "the latest piece", "l'article le plus récent".
ARTICLE_ORDINAL = re.compile(
    r"\b(?:(?:le|du|au|the)\s+)?(premier|first|dernier|last|latest)\s+(?:article|papier|texte|piece|story|report)\b",
    re.IGNORECASE,
)
# Where in an article, before what names it: "the opening of", "à la fin de", "le chapeau de".
ARTICLE_PART = re.compile(
    r"\b(?:(?:in|at|dans|à|au)\s+)?(?:the\s+|le\s+|la\s+|l['’]\s*)?(?:opening|beginning|end|intro|introduction|lede"
    r"|headline|chapeau|début|debut|fin|conclusion)\s+(?:of|de|du|d['’])\s*(?=(?:the\s+|l['’]\s*|le\s+|la\s+)?"
    r"(?:(?:first|last|latest|premier|dernier)\s+)?(?:article|papier|texte|piece|story|report|\d{3})\b)",
    re.IGNORECASE,
)
ARTICLE_NOUNS = re.compile(
    r"\b(?:selon|d['’]apr[eè]s|dans|according to|per|in|from|l['’]|le|la|cet|cette|ce|the|that|article|papier|texte"
    r"|reportage"
    r"|piece|story|report|coverage|couverture|sur|consacr[ée]e?|qui parle|on|about|of)\b",
    re.IGNORECASE,
)
CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w-]+")
# The story as a whole, which every fact is of: "dans cette affaire", "in this story". No word to match.
THE_STORY = re.compile(
    r"\b(?:dans|in)\s+(?:cette|ce|this|the|that)\s+(?:affaire|histoire|dossier|story|affair|saga|matter)\b",
    re.IGNORECASE,
)
# How a reader came to ask: "i keep hearing about…", "I've read that…", "j'ai entendu dire que…", "on dit que…".
# The reader's remark, after the question, that the sources disagree: the answer shows both sides where the briefs
# record it. Not the question itself ("les articles se contredisent-ils sur… ?").
SOURCES_DIFFER = re.compile(
    r"(?<=[?.!,;:(–—-])\s*(?:(?:et\s+|mais\s+)?(?:les|ces|des)\s+(?:articles|sources|m[ée]dias)\s+(?:ne\s+disent\s+pas\s+la\s+m[êe]me"
    r"\s+chose|se\s+contredisent|divergent|diff[èe]rent)|(?:and\s+|but\s+)?(?:the\s+)?(?:articles|sources|reports)\s+"
    r"(?:disagree|differ|contradict\s+each\s+other|don['’]t\s+say\s+the\s+same(?:\s+thing)?))\s*[?.!)]*",
    re.IGNORECASE,
)
HEARSAY = re.compile(
    r"\b(?:i|we)\s+(?:keep|kept)\s+(?:hearing|seeing|reading)(?:\s+(?:about|that))?\b"
    r"|\b(?:i|we)(?:['’]ve|\s+have)?\s+(?:heard|read|seen)\s+(?:that|about)\b"
    r"|\bj['’]ai\s+(?:entendu|lu|vu)\s+(?:dire\s+)?(?:que|qu['’]|parler\s+d(?:e|u|es|['’]))"
    r"|\bon\s+(?:dit|entend|lit)\s+(?:que|qu['’])",
    re.IGNORECASE,
)
# A clause opening with the reader as its subject, after a greeting: "Salut ! Je m'y perds…", "hey, I'm writing…";
# or announcing the question: "petite question rapide pour ma revue de presse : …".
READER_OPENING = re.compile(
    r"\W*(?:(?:hey|hi|hello|salut|bonjour|coucou|ok|okay|so|alors|bon)\b\W*)*"
    r"(?:i|i['’]m|im|i['’]ve|je|j['’]|moi|(?:petite|une|quick|one|a|small)\s+question|question\s+rapide|quick\s+one)"
    r"(?=\W|$)",
    re.IGNORECASE,
)
HEARSAY_WORD = re.compile("hear|read|seen|seeing|entendu|j'ai lu|j’ai lu|j'ai vu|j’ai vu|on dit|on entend|on lit")
THE_STORY_WORD = re.compile("ffaire|istoire|ossier|tory|ffair|aga|atter")  # as typed, any case: a quick test first
# As typed, any case: a quick test first ("stories" holds "tori", not "tory").
_ARTICLE_NOUN = re.compile("rticle|apier|exte|eportage|iece|tory|tori|eport|ource|overage|ouverture")


def names_article(question: str) -> bool:
    """Tell whether a question holds a word for an article, as ARTICLE_ABOUT needs: a quick test before it."""
    return _ARTICLE_NOUN.search(question) is not None


# "US", "U.S." after a word setting a place: "in the US", "to the U.S.", "aux US".
US_PLACE = re.compile(r"\b(?i:in|to|into|inside|at|aux|en) (?i:the )?(?:US|U\.S\.?)(?!\w)")

APOSTROPHES = re.compile(r"['’?!.,;:]")
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÀ-Ý][\w\u00C0-\u024F-]+(?:\s+[A-ZÀ-Ý][\w\u00C0-\u024F-]+)*)")
_CAPITAL = re.compile("[A-ZÀ-Ý]")
# "Lavrov …", "Sergueï Lavrov …"; not "L'Ukraine", "Est-ce".
_OPENING_NAME = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:\s+[A-ZÀ-Ý][a-zà-ÿ]+)*)\b(?![-'’])")
_FRENCH_LETTER = re.compile("[éèêàâùûçîôœ]")


def proper_names(question: str) -> list[str]:
    """Capitalized words past the first word of a sentence, and a first word no dictionary holds: the names a
    question mentions."""
    text = question.strip()
    # Its first word names someone only where no dictionary holds it: "Lavrov était-il là ?", not "Latest on…".
    opening = _OPENING_NAME.match(text)
    first = [_without_day(text, opening.group(1))] if opening and not _word_of(opening.group(1), text) else []
    if text[1:] == text[1:].lower():  # no capital past the first letter: no name
        return first
    past = opening.end() if first and opening else 0  # "Sergueï Lavrov …" is one name, not "Lavrov" again
    names = first + [
        _without_day(text, m.group(1))  # "Witkoff Putin Aug 6": "Putin", the month is the day's
        for m in _names_in(text)
        if m.start(1) > past
        and not _sentence_start(text, m.start(1))
        and not names_a_day(text, m.group(1))  # "the Aug 6 meeting", "le 6 Août": a day, not a name
    ]
    return [name for name in names if name]


def _word_of(opening: str, text: str) -> bool:
    """Tell whether a question's capitalised first word is a word of its language, not a name: of either dictionary,
    but of French alone where the rest is plainly French ("Macron a réagi comment… ?": an English word, no French
    one, and a name here)."""
    first = opening.split()[0].lower()
    if fold(first) in STOPWORDS:  # "Comment…", "Quand…": simplemma's dictionaries lack some base forms
        return True
    rest = set(fold(text).split()[1:])
    if not rest.isdisjoint(FRENCH_MARKERS) and rest.isdisjoint(ENGLISH_MARKERS):
        return known_in(first, "fr")
    return dictionary_word(first)


def _without_day(text: str, name: str) -> str:
    """A capitalised name without a month closing it before a day's number: "Putin Aug" of "Putin Aug 6"."""
    words = name.split()
    if len(words) > 1 and names_a_day(text, words[-1]):
        return " ".join(words[:-1])
    return name


_NAME_PARTS = re.compile(r"[\s'’-]+")


def names_capitalised(question: str, proper: list[str]) -> list[str]:
    """The words, as typed, of the names a question capitalises: those past its first word, and its first word too
    where no dictionary knows it ("Tass a-t-elle rapporté…")."""
    first = question.strip().split()[:1]
    opening = first[0].strip("«\"“'") if first else ""
    named = [*proper]
    if opening[:1].isupper() and fold(opening) not in STOPWORDS and not dictionary_word(opening.lower()):
        named.append(opening)
    return [word for name in named for word in _NAME_PARTS.split(name) if word] if named else []


def _names_in(text: str) -> list[re.Match[str]]:
    """The matches _NAME.finditer(text) finds, tried only where a capital stands: every name starts with one."""
    # finditer tries the pattern (look-behinds first) at every position; a capital is found by a fast scan.
    found: list[re.Match[str]] = []
    end = 0
    for capital in _CAPITAL.finditer(text, 1):  # _NAME never matches at the start ("(?<!^)")
        if capital.start() >= end and (name := _NAME.match(text, capital.start())):
            found.append(name)
            end = name.end()
    return found


def names_a_day(text: str, name: str) -> bool:
    """Tell whether a capitalized word is a month next to a day's number ("Aug 6", "6 Août")."""
    if not all(fold(word).rstrip(".") in MONTHS for word in name.split()):
        return False
    return re.search(rf"\d\s*{re.escape(name)}|{re.escape(name)}\.?\s*\d", text) is not None


def _sentence_start(text: str, index: int) -> bool:
    """Tell whether index begins a sentence (after . ? ! or a quote mark)."""
    before = text[:index].rstrip()
    return not before or before[-1] in '.?!«"“:'


def detect_language(words: list[str], original: str = "", spellings: Mapping[str, str] | None = None) -> str | None:
    """Guess French or English from marker words and accents, else from how names are spelled ("Poutine",
    "Moscow": spellings maps such words to their language), else from words only one dictionary has; None when
    the question gives no sign."""
    # Counted with map and one regular expression: this runs on every question.
    french = sum(map(FRENCH_MARKERS.__contains__, words))
    if not original.isascii():
        french += len(_FRENCH_LETTER.findall(original.lower()))
    english = sum(map(ENGLISH_MARKERS.__contains__, words))
    if french == english and words and words[0] in _OPENING_INTERROGATIVES:
        # "Who set an ultimatum?": an interrogative opening the question is its language's.
        french += words[0] in FRENCH_MARKERS
        english += words[0] in ENGLISH_MARKERS
    if french == english and spellings:  # no marker word: "poutine witkof duree", "Moscow wants to cap…"
        french = sum(1 for w in words if spellings.get(w) == "fr")
        english = sum(1 for w in words if spellings.get(w) == "en")
    if french == english:  # a capitalised word is a name, in every language ("Osaka?")
        names = _capitalised(original)
        common = [w for w in words if w not in names]
        french = sum(1 for w in common if _only_in(w, "fr"))
        english = sum(1 for w in common if _only_in(w, "en"))
    if french == english:
        return None
    return "fr" if french > english else "en"


_OPENING_INTERROGATIVES = frozenset(
    ["who", "whom", "what", "when", "where", "why", "how", "which", "qui", "que", "quand", "ou", "pourquoi"]
    + ["comment", "quel", "quelle", "quels", "quelles", "combien", "est"]
    + ["did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"]
)  # and the auxiliaries opening a yes/no question: "Did Trump set an ultimatum?"


def _capitalised(text: str) -> set[str]:
    """The folded words of text typed with a capital; past its first in a sentence ("Latest on Witkoff?": "latest"
    opens it), not in a name alone ("Osaka 2019", "Truth Social")."""
    words = text.split()
    return {fold(w) for w in words[1 if len(words) > 2 else 0 :] if w[:1].isupper()}


def _only_in(word: str, lang: str) -> bool:
    """Tell whether a folded word is in simplemma's dictionary of lang and not in the other's."""
    return known_in(word, lang) and not known_in(word, "en" if lang == "fr" else "fr")
