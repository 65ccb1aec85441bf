"""The line that answers first: the date, place, length, person or number asked for, or yes or no."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum

from bot.answering.doers import all_surnames, passive_agents, who_did
from bot.answering.index import LENGTH, announced, by_phone, gives, published, reported_done
from bot.answering.lexicon import (
    CLAUSE_WORDS,
    COUNTRIES,
    MEASURES,
    NUMBER_VALUES,
    NUMBER_WORDS,
    OUTCOME_CUES,
    RESULT_CUES,
    SAME_PLACE,
    STOPWORDS,
    TOPIC_CUES,
    denies,
    hedges,
)
from bot.answering.matching import Decline, Reading, Result, figures_named, light_word
from bot.knowledge.dates import FOLDED_MONTHS_EN, FOLDED_MONTHS_FR, fact_date, format_date
from bot.knowledge.loading import PERSON, Fact, Knowledge
from bot.knowledge.schema import DeadlineFact, MeetingFact
from bot.knowledge.text import fold, lemmas
from bot.messages import say

MAX_DATES = 3
_BACKGROUND = frozenset(["context", PERSON])  # what led up to events, and who people are: no plan to meet
YES_NO_COVERAGE = 0.8  # "yes" only when the best fact holds nearly every word of the question
CONTRASTED_DENIAL = 0.3  # "in principle, but not…": a no when the "not" says enough of what is asked (set on K)
NO_COVERAGE = 0.6  # "no" when it holds most of them and denies what the question asks
WHO_COVERAGE = 0.8  # "Qui : X" names X as the answer: only when the best fact holds nearly all the question
_CONTRASTS = frozenset(
    ["mais", "cependant", "toutefois", "pourtant", "neanmoins", "but", "however", "yet", "although", "though"]
)
_WISHES = frozenset(
    ["hope", "hopes", "want", "wants", "wish", "espere", "esperent", "souhaite", "souhaitent", "veut"]
    + ["attend", "attendre", "attendent"]  # "quels résultats Trump attend-il du sommet ?"
)
_ANY = frozenset(["any", "toute", "quelconque"])  # "avant toute rencontre", "before any meeting"
# The words of those cues as a question's tokens hold them: as typed, or as the lemma a token is known by ("sortir").
_RESULT_WORDS = frozenset(
    form for phrase in (*RESULT_CUES, *OUTCOME_CUES) for word in phrase.split() for form in (word, *lemmas(word))
)
_MONTH_WORDS = frozenset((*FOLDED_MONTHS_FR, *FOLDED_MONTHS_EN))
# As in the index's counts: "un", "une", "one" are articles far more often ("mettre un terme") than a count.
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS - {"un", "une", "one"}, key=len, reverse=True))
_NUMBER = re.compile(
    r"(?<![\w:])(\d+(?:[.,]\d+)?|" + _NUMBER_WORD + r")\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3})", re.IGNORECASE
)
_RATE = re.compile(
    r"(?:par|per|a|an|each|chaque)\s+(?:jour|semaine|mois|an|année|day|week|month|year)\b", re.IGNORECASE
)
_UNITS = frozenset(["jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees"]) | frozenset(
    ["day", "days", "daily", "week", "weeks", "weekly", "month", "months", "monthly", "year", "years", "yearly"]
)  # what a question asking a rate counts by
_NOT_COUNTED = frozenset(["gmt", "utc", "locale", "local", "time", "pm", "am"]) | _MONTH_WORDS
_UNIT_STEM = 5  # "heure", "heures"; "sous" of "sous-marins"
_YEAR_OR_ID = re.compile(r"(19|20)\d\d|0\d+")  # a year, or an article's number ("000")
# A length as the summary words it, with its hedge: "près de trois heures", "about three hours".
_LENGTH = re.compile(r"(?:(?:près|environ|plus|moins) d[e']\s*|(?:nearly|about|almost|over|some)\s+)?" + LENGTH, re.I)


@dataclass(frozen=True, slots=True)
class Value:
    """One part of a first line: the value asked ("Où : Moscou."), or that a fact says it is not yet set."""

    text: str
    settled: bool = True


def first_line(result: Result, facts: list[Fact], knowledge: Knowledge, lang: str) -> str:
    """What answers the question itself, before the facts that support it; "" when the facts say it best."""
    reading = result.reading
    if not facts:
        return ""
    asked = [a for a in ("date", "place", "duration", "who", "quantity") if a in reading.aspects]
    if reading.yes_no and not (asked and reading.known):  # "did Trump inform them when it ended?": yes or no
        return yes_or_no(reading, result, facts[0], knowledge, lang)
    # "Who won the Nobel?" over a fact saying Trump dreams of it: the facts may be shown, but no name as the answer.
    named = [a for a in asked if a != "who" or _stated(result) >= WHO_COVERAGE]
    # Facts holding as much of the question as the best: another meeting's place is given only from one of them.
    peers = frozenset(m.fact.id for m in result.matches if m.coverage >= result.matches[0].coverage)
    values = [
        value
        for aspect in named
        if (
            value := _aspect_value(aspect, reading, facts, knowledge, lang, peers)
            or _not_set(aspect, reading, facts, knowledge, lang)
        )
    ]
    parts = [value.text for value in values]
    if reading.yes_no:  # "Sait-on où se tiendra le sommet ?": yes, and where, only when a fact gives it
        if values and not all(value.settled for value in values):  # "Non. Où : non précisé (article 002)."
            return " ".join([say("no", lang), *parts])
        said = verdict(reading, result, facts[0], knowledge, lang)
        if said in (Verdict.NO, Verdict.NO_HEDGED):
            return _verdict_line(said, lang)
        if said is Verdict.UNSAID or not parts:  # no bare yes: the value asked is the answer
            return _verdict_line(Verdict.UNSAID, lang)
        return " ".join([_verdict_line(said, lang), *parts])
    return " ".join(parts)


class Verdict(Enum):
    """What the best fact says to a yes/no question."""

    YES = "yes"
    YES_HEDGED = "yes_hedged"  # yes, as the article has it: reported or possible ("aurait", "pourrait", "reportedly")
    NO = "no"
    NO_HEDGED = "no_hedged"  # no, as the article has it: expected, reported ("s'attendent à … sans annonce majeure")
    UNSAID = "unsaid"  # the articles do not answer yes or no


def yes_or_no(reading: Reading, result: Result, fact: Fact, knowledge: Knowledge, lang: str) -> str:
    """ "Oui", "Non", or that the articles do not answer yes or no, for a yes/no question."""
    return _verdict_line(verdict(reading, result, fact, knowledge, lang), lang)


def _verdict_line(said: Verdict, lang: str) -> str:
    """How a verdict reads as a first line."""
    if said is Verdict.YES:
        return say("yes", lang)
    if said is Verdict.YES_HEDGED:
        return say("yes_hedged", lang)
    if said is Verdict.NO:
        return say("no", lang)
    if said is Verdict.NO_HEDGED:
        return say("no_hedged", lang)
    return say("yes_no_unsaid", lang)


def verdict(reading: Reading, result: Result, fact: Fact, knowledge: Knowledge, lang: str) -> Verdict:
    """Whether the best fact answers a yes/no question yes, no, or neither."""
    if reading.identity:  # "Is Ushakov the Kremlin spokesman?": the title names someone, the same or another
        named, titled = reading.identity
        return Verdict.YES if named == titled else Verdict.NO
    coverage = result.matches[0].coverage if result.matches else 0.0
    summary = set(fold(fact.data.summary.get(lang)).split())
    if (
        _other_figure(reading, fact)
        or held_elsewhere(reading, fact, knowledge)
        or dated_otherwise(reading, fact, knowledge)
    ):
        return Verdict.NO
    if reading.pronoun_led:  # "did they agree?", "did he call Zelensky?": of whom, the question does not say
        return Verdict.UNSAID
    denied = bool(result.matches) and result.matches[0].denies
    asks_denial = denies(reading.tokens)
    differs = denied != asks_denial
    # "No" may rest on a fact worded otherwise ("accept?" / "declined"); "yes" needs nearly every word of the question.
    # A hedge the question itself holds ("did Moscow expect…?") is what it asks about, not a doubt on the answer.
    asked = {form for token in reading.tokens for form in (token, *lemmas(token))}
    hedged = hedges(word for word in summary if asked.isdisjoint((word, *lemmas(word))))
    contrasted = bool(summary & _CONTRASTS)  # "in principle, but…": the facts say it best, unless…
    # …the "but" denies most of what is asked: "did Putin commit to a deal?" of "in principle, but did not commit to
    # concluding a deal"; not "did he give his agreement in principle to a ceasefire?", of which it denies "accord".
    if differs and coverage >= NO_COVERAGE and (not contrasted or _denial(result) >= CONTRASTED_DENIAL):
        return Verdict.NO_HEDGED if hedged else Verdict.NO
    if contrasted:
        return Verdict.UNSAID
    # "Le sommet a-t-il été proposé par la Russie ?": the best fact, or one as close, names another.
    if any(_other_agent(reading, m.fact, knowledge, lang) for m in result.matches if m.coverage >= coverage):
        return Verdict.NO
    if (
        not differs
        and not _denied_beside(result, asks_denial)
        and (_stated(result) >= YES_NO_COVERAGE or _call_between(reading, fact) and coverage >= YES_NO_COVERAGE)
        and _met_as_asked(reading, fact, knowledge)
        and _set_where_asked(reading, fact, knowledge)
        and not (hedged and reading.past and not reading.asks_speech and _foreseen(fact, knowledge))
        and reading.figures <= _figures_stated(fact)
        and _predicate_stated(reading, fact, knowledge)
    ):  # "les sanctions ont-elles été appliquées ?": "seraient probablement mises en œuvre le 8 août" foresaw it
        return Verdict.YES_HEDGED if hedged else Verdict.YES
    return Verdict.UNSAID


def _denial(result: Result) -> float:
    """The share of what a yes/no question asks that a clause of the best fact denies."""
    return result.matches[0].denial if result.matches else 0.0


def _denied_beside(result: Result, asks_denial: bool) -> bool:
    """Tell whether another fact shown with the best, holding as much of the question and naming all it names,
    denies what it asks: "Zelensky sera-t-il au sommet ?" is no "Oui" from contacts before its announcement when
    Russia declined a format with him. Not "y a-t-il un accord sur un sommet ?" for a fact saying its place is not set
    (it names no one), nor a question itself asking of a refusal ("was it declined by Russia?")."""
    best = result.matches[0] if result.matches else None
    people = result.reading.people
    return (
        best is not None
        and not asks_denial
        and bool(people)
        and any(
            other.denies and other.coverage >= best.coverage and people <= set(other.fact.data.people)
            for other in result.matches[1:]
        )
    )


def _other_agent(reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool:
    """For a yes/no question naming who did it ("proposé par la Russie ?"), whether the fact's passive on the same
    verb, in either language, names another person or country ("proposed by the US side"); not where it names the
    question's own, or no one the registry knows ("la partie américaine")."""
    if reading.agent is None:
        return False
    verb, *asked = reading.agent
    objects = [
        token for token in reading.tokens if token != verb and token not in asked and token not in _names(knowledge)
    ]
    known = _registry(knowledge)
    named_asked = {i for word in asked for i in known.get(word, ())}
    if not named_asked:  # "par la partie américaine ?": no one the registry knows, so no one else to tell apart
        return False
    wanted = {*asked, *named_asked}
    other = False
    # The question's other words are looked for in its language's summary; the other language's tells the agent.
    for text, held in (
        (fact.data.summary.get(lang), objects),
        (fact.data.summary.get("en" if lang == "fr" else "fr"), ()),
    ):
        for words in passive_agents(verb, text, held):
            named = {i for word in words for i in known.get(word, ())}
            if wanted & ({*words} | named):
                return False
            other = other or bool(named)
    return other


def _names(knowledge: Knowledge) -> set[str]:
    """The folded words of every name of a person or place."""
    return set(_registry(knowledge)) | all_surnames(knowledge)


def _registry(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """Each folded word naming a person or place, with what it stands for: the person and their country, or the
    place and its own places ("Kremlin" is in Moscow, in Russia). Built once per knowledge."""
    if not _REGISTRY or _REGISTRY[0][0] is not knowledge:  # one slot: briefs reloaded replace the knowledge
        _REGISTRY[:] = [(knowledge, _registry_of(knowledge))]
    return _REGISTRY[0][1]


_REGISTRY: list[tuple[Knowledge, dict[str, frozenset[str]]]] = []


def _registry_of(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """_registry, computed."""
    named: dict[str, set[str]] = {}
    for person in knowledge.people.values():
        for name in (person.name.fr, person.name.en, *person.aliases):
            words = fold(name).split()
            if words:
                named.setdefault(words[-1], set()).update({person.id, *([person.country] if person.country else [])})
    for place in knowledge.places.values():
        for name in (place.name.fr, place.name.en, *place.aliases):
            for word in fold(name).split()[-1:]:
                named.setdefault(word, set()).update({place.id, *knowledge.enclosing(place.id)})
    return {word: frozenset(ids) for word, ids in named.items()}


def _call_between(reading: Reading, fact: Fact) -> bool:
    """Tell whether a question asks of a phone call and the fact is one between all those it names: its curators
    marked it a call, which says "au téléphone", "by phone" however its summary words it."""
    return (
        bool(reading.by_phone)
        and by_phone(fact)
        and 1 < len(reading.participants) <= len(reading.participants & set(fact.data.met))
    )


def held_elsewhere(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is a meeting held on a day a yes/no question names, somewhere else than the place it sets
    it in: "Was the August 6 meeting held in Saint Petersburg?" of the 6 August meeting at the Kremlin."""
    data = fact.data
    if not (reading.yes_no and reading.days and reading.settings) or not gives(fact, "place") or data.date is None:
        return False
    # Of a meeting, and of its people: "did Zelensky speak in Kyiv on August 6?" is not the Kremlin meeting's.
    if not (reading.asks_contact and reading.people <= set(data.people)):
        return False
    on_day = (data.date.month, data.date.day) in reading.days and data.date_basis == "stated"
    return on_day and not _in_venue(reading, fact, knowledge) and not _in_venue_of(reading, fact, knowledge)


def dated_otherwise(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact sets the event a yes/no question asks of on another day than the one it names: the
    deadline ("was the US deadline August 10?" of 8 August), or the meeting held where it sets it ("did the Moscow
    meeting take place on August 7?" of 6 August, its date stated)."""
    if not (reading.yes_no and len(reading.days) == 1):
        return False
    data = fact.data
    # The deadline's own day, asked of no one ("did Trump set the deadline on July 29?" asks when it was set).
    if isinstance(data, DeadlineFact) and "deadline" in reading.topics and data.due is not None and not reading.people:
        return (data.due.month, data.due.day) not in reading.days
    # "The Moscow meeting" names its place too; a country named alone is more often an actor ("did Russia meet…").
    named = reading.settings or reading.places - COUNTRIES
    venue = data.places[0] if data.places and gives(fact, "place") else None
    held_there = (
        venue is not None and bool(named) and named <= {venue, *SAME_PLACE.get(venue, ()), *knowledge.enclosing(venue)}
    )
    day = data.date if data.date_basis == "stated" else None
    meeting = "meeting" in reading.topics and "deadline" not in reading.topics and reading.people <= set(data.people)
    if meeting and held_there and day is not None:
        return (day.month, day.day) not in reading.days
    return False


def _in_venue_of(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a place a question names is within the fact's venue, or one of its places ("in Russia" holds the
    Kremlin)."""
    places = {p for place in fact.data.places for p in (place, *knowledge.enclosing(place))}
    return not reading.settings.isdisjoint(places)


def _other_figure(reading: Reading, fact: Fact) -> bool:
    """Tell whether a fact counts what a yes/no question counts, by another number: "trois sous-marins ?" of "deux
    sous-marins", "cinq heures ?" of "près de trois heures". Not a comparison ("plus de deux heures ?")."""
    if not reading.figures or reading.compares:
        return False
    asked = _counts(list(reading.tokens))
    if not asked:
        return False
    data = fact.data
    stated = set()
    for text in (data.title.fr, data.title.en, data.summary.fr, data.summary.en):
        stated |= _counts([w for w in fold(text).split() if w not in STOPWORDS])
    units = {unit for _, unit in stated}
    return any(unit in units and (value, unit) not in stated for value, unit in asked)


def _counts(words: list[str]) -> set[tuple[str, str]]:
    """The numbers folded words give, with the first letters of what each counts: ("3", "heure") for "trois
    heures"."""
    found = set()
    for at, word in enumerate(words[:-1]):
        number = word.isdigit() and not _YEAR_OR_ID.fullmatch(word)  # not "l'article 003", nor "2025"
        value = str(NUMBER_VALUES[word]) if word in NUMBER_VALUES else word if number else None
        unit = words[at + 1]
        # What is counted is a word: not a time of day's ("11:30 GMT", "14 h 30"), a month's day, nor a year's.
        if value is not None and unit.isalpha() and len(unit) > 2 and unit not in _NOT_COUNTED:
            found.add((value, unit[:_UNIT_STEM]))
    return found


def _predicate_stated(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact states what a yes/no question ending on an everyday verb asks: in "les cessez-le-feu
    ont-ils tenu ?", "did the ceasefire hold?", the verb is all that is asked; a fact on the truces' acceptance, which
    holds every other word, says nothing of it."""
    if not reading.tokens or not light_word(asked := reading.tokens[-1]):
        return True
    if fact.topic in ("meeting", "summit") and not announced(fact, knowledge):
        return True  # a meeting reported, not announced, is one held or going on: "did the Kremlin meeting happen?"
    data = fact.data
    texts = [data.title.fr, data.title.en, data.summary.fr, data.summary.en, *(c.quote for c in data.citations)]
    said = {form for word in fold(" ".join(texts)).split() for form in (word, *lemmas(word))}
    return not said.isdisjoint((asked, *lemmas(asked)))


def _figures_stated(fact: Fact) -> frozenset[str]:
    """The numbers and months a fact states, in its titles, summaries and quotes, and its date's: a yes needs every
    one the question names ("a-t-il duré moins d'une heure ?" is no yes from "près de trois heures", nor "did they meet
    in May?" from a meeting of April)."""
    data = fact.data
    texts = [data.title.fr, data.title.en, data.summary.fr, data.summary.en, *(c.quote for c in data.citations)]
    stated = set(figures_named(fold(" ".join(texts)).split(), every_number=True))
    for day in (data.date, data.due if isinstance(data, DeadlineFact) else None):
        if day is not None:
            stated |= {str(day.day), str(day.year), f"month:{day.month}"}  # "hier" worked out as 11 April
    return frozenset(stated)


def _foreseen(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is dated after its articles' day: they foresee it ("aurait été reçu", dated their own
    day, reports what happened)."""
    return fact.data.date is not None and fact.data.date > published(fact, knowledge)


def _set_where_asked(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """For "le sommet se tiendra-t-il à Moscou ?", whether the fact sets its event where the question does: a meeting
    held there (its first place), not a fact naming Moscow as a party, nor one saying the place is not yet set. Only
    of a meeting or the summit, and not of what someone said: "did Peskov confirm he would come to Moscow?" is
    answered by Peskov's words, "does Russia demand an end to arms deliveries to Ukraine?" by a demand."""
    if not reading.settings or reading.asks_speech or reading.topics.isdisjoint(("meeting", "summit")):
        return True
    held = gives(fact, "place") or bool(fact.data.met and fact.data.places)  # a meeting, or a contact it reports
    if "place" in fact.data.unsettled or not held:
        return False
    return _in_venue(reading, fact, knowledge)


def _in_venue(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether the places a question sets its event in are the fact's venue or places it lies in ("in Russia"
    holds the presidential library in Saint Petersburg)."""
    venue = fact.data.places[0]  # a meeting's venue comes first; the others are parties ("Washington–Moscou")
    return reading.settings <= {venue, *SAME_PLACE.get(venue, ()), *knowledge.enclosing(venue)}


def _met_as_asked(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """For "did X and Y meet?", whether the fact reports that all those named met: its words alone do not tell
    ("Trump" and "Putin" are in a fact on Witkoff's meeting with Putin, "Trump, Witkoff et Poutine" in a fact on the
    last two); in person, unless a call is asked about; asked of the past, a meeting held, not one announced. Asked of
    the future, any fact but one on their meeting held: "will they meet?", "is their meeting being prepared?" ask of
    a plan, which facts on the summit's logistics report too. Not of what someone said of it ("Peskov a-t-il dit que
    la rencontre…"): the speaker's words answer."""
    if not reading.asks_contact or reading.asks_speech:
        return True
    if reading.unnamed:  # "did he meet Zelensky?", "will Trump meet him?": who he is the question does not say
        return False
    if len(reading.participants) < 2:
        return True
    if reading.future and not reading.past:
        # "Will Witkoff meet Dmitriev?", "… Ouchakov?": not from a meeting held, theirs or another's; from a fact naming
        # them all, and if it reports a contact, as those who meet in it: Peskov confirms the visit announced, he does
        # not meet Witkoff in it. What a summit could bring answers as its fact says.
        # Nor from what must come "before any meeting" between them: a meeting that may never be; nor from background
        # naming them (Trump's online row with Medvedev) or a person's entry.
        hypothetical = not _ANY.isdisjoint(fold(f"{fact.data.summary.fr} {fact.data.summary.en}").split())
        among = set(fact.data.met or fact.data.people)
        return (
            reading.participants <= among
            and not _contact_held(fact, knowledge)
            and not hypothetical
            and fact.topic not in _BACKGROUND
        )
    if not reading.past:
        return True
    if by_phone(fact) and not reading.by_phone:
        return False
    return _held(reading, fact, knowledge)


def _held(reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact reports a contact between all the people a question names as held."""
    return reading.participants <= set(fact.data.met) and _contact_held(fact, knowledge)


def _contact_held(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact reports a contact (its `met`) as held: dated before its articles' day, or undated
    (curators date the meetings their articles announce)."""
    return bool(fact.data.met) and (fact.data.date is None or reported_done(fact, knowledge))


def asks_what_came(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether a question asks what came of an event, as done, and nothing else: "quel a été le résultat du
    sommet Trump-Poutine ?". Not what it will bring, is expected or hoped to ("quels résultats sont attendus ?"), nor
    its place, day or who did it ("qui a décidé…"), nor what came of something else it names ("the contacts before
    the summit announcement", "les négociations sur le sommet")."""
    if not reading.result or reading.future or reading.conditional or reading.aspects or hedges(reading.tokens):
        return False
    if not _WISHES.isdisjoint(reading.tokens):  # "what outcome does Zelensky hope for?": a wish, not what came
        return False
    if reading.yes_no:  # "did the summit bring results?": whatever else it names, of an event not held, nothing came
        return True
    # Asked what, nothing but the event, its people and the result asked.
    cues = {word for topic in reading.topics for phrase in TOPIC_CUES.get(topic, ()) for word in phrase.split()}
    cues |= all_surnames(knowledge)
    return all(token in cues or token in _RESULT_WORDS for token in reading.tokens)


def not_held(reading: Reading, knowledge: Knowledge) -> bool:
    """Tell whether the event a question asks what came of is one the articles do not report held: the summit, whose
    day a fact says is not yet set, or a meeting between people no fact reports met ("what came out of the
    Putin–Zelensky meeting?"). Not when the question names a place or a day: that may be another occasion."""
    if reading.places or reading.days or reading.topics.isdisjoint(("meeting", "summit")):
        return False
    # Those it names met, if a fact beside the summit's own reports it: "the Witkoff–Putin summit meeting" is theirs on
    # 6 August; the summit's facts tell of Trump and Putin's last meeting, in 2019, as background.
    if len(reading.participants) > 1:
        return not any(_held(reading, fact, knowledge) for fact in knowledge.facts if fact.topic != "summit")
    return "summit" in reading.topics and any(
        f.topic == "summit" and "date" in f.data.unsettled for f in knowledge.facts
    )


def _stated(result: Result) -> float:
    """The share of the question the best fact's own words hold (its coverage, where the matcher did not count it)."""
    if not result.matches:
        return 0.0
    best = result.matches[0]
    return best.coverage if best.stated is None else best.stated


def _aspect_value(
    aspect: str, reading: Reading, facts: list[Fact], knowledge: Knowledge, lang: str, peers: frozenset[str]
) -> Value | None:
    """The value of one aspect from the first fact that gives it, as a labelled line part; every date for "when";
    or, from the first fact saying so, that it is not yet set ("Où : non précisé (article 002)."). Asked where or
    when people meet, only a fact reporting that they all met gives it: "where will Trump and Putin meet?" is not
    answered by the place of Witkoff's meeting that Peskov spoke of."""
    # Not of a meeting the question names by its day ("et la rencontre du 6 août, quand ?" after Trump and Putin).
    if aspect in ("date", "place") and reading.asks_contact and len(reading.participants) > 1 and not reading.days:
        facts = [fact for fact in facts if reading.participants <= set(fact.data.met)]
        if not facts:
            return None
    if aspect == "date":  # several events of one kind answer "when did they meet": each date, oldest first
        kind = facts[0].topic
        # "Quand aura lieu le sommet ?": only a day its article looked forward to, not the day it was reported.
        ahead = [fact for fact in facts if not reading.to_come or _ahead(fact, knowledge)]
        # "When did Witkoff meet Putin in Moscow?": not the day of a meeting held in Saint Petersburg.
        if reading.settings:
            ahead = [fact for fact in ahead if not gives(fact, "place") or _in_venue(reading, fact, knowledge)]
        if reading.past and not reading.future:  # "when did they meet?": not a visit announced, still to come
            ahead = [fact for fact in ahead if not announced(fact, knowledge)]
        # "Quelle est la date du sommet ?": where a fact says its day is not set, the days of others on it are when
        # it was agreed or announced; asked of the past ("when was it announced?"), they answer.
        if not reading.past and (unset := next((f for f in facts if "date" in f.data.unsettled), None)):
            return _unsettled(aspect, unset, lang)
        days = dict(sorted(day for fact in ahead if fact.topic == kind and (day := _lead_day(fact, lang))))
        shown = list(days.values())[:MAX_DATES]
        if shown:
            return Value(say("lead_date", lang, value=" ; ".join(shown)))
        return next((_unsettled(aspect, fact, lang) for fact in facts if aspect in fact.data.unsettled), None)
    if aspect == "place" and by_phone(facts[0]):
        return None  # a call happens nowhere: a later fact's place would be another event's
    # Who did it is the best fact's to say; a later fact, about something else, may only say who said it.
    found: list[tuple[Fact, str]] = []
    rated = ""  # a number per day, week… where none was asked: the answer only if no fact gives another
    for at, fact in enumerate(facts):
        if reading.sets_aside_done(aspect) and reported_done(fact, knowledge):
            continue  # "quelle ville accueillera le sommet ?": where a past meeting was held does not answer it
        # Where a fact answering less of the question was held may be another event's place.
        other_event = at and aspect == "place" and fact.id not in peers
        value = None if other_event else _value(aspect, reading, fact, knowledge, lang, speaker_only=at > 0)
        if value and aspect == "quantity" and _RATE.search(value) and _UNITS.isdisjoint(reading.tokens):
            # "How many has the war killed?": a total, which "thousands a week" is not; a later fact may give it.
            rated = rated or value
            continue
        if value and not found:
            found.append((fact, value))
            if aspect != "place":
                break
        elif value and _another_meeting(reading, fact, found, knowledge):
            found.append((fact, value))
        elif aspect in fact.data.unsettled and not found:
            return _unsettled(aspect, fact, lang)
    if len(found) > 1:  # "où se sont-ils rencontrés ?" over meetings in two cities: each, with its day
        each = [f"{value} ({_day(fact, lang)})" for fact, value in found]
        return Value(say("lead_place", lang, value=" ; ".join(each)))
    if not found and rated:
        return Value(say(f"lead_{aspect}", lang, value=rated))
    return Value(say(f"lead_{aspect}", lang, value=found[0][1])) if found else None


def _not_set(aspect: str, reading: Reading, facts: list[Fact], knowledge: Knowledge, lang: str) -> Value | None:
    """Where no fact shown gives what is asked of an event to come, that a fact on it, naming all the question names
    (or shown, if it names no one), says it is not set: "Where will the Trump–Putin summit be held?" over the
    agreement in principle; not "where will the next G20 be held?"."""
    if not reading.future or reading.past or aspect not in ("place", "date"):
        return None  # "when was the last time they met?" asks of a meeting held, whose day a fact may state
    topic = facts[0].topic
    unset = next(
        (
            fact
            for fact in knowledge.facts
            if fact.topic == topic
            and aspect in fact.data.unsettled
            and (reading.people <= set(fact.data.people) if reading.people else fact in facts)
        ),
        None,
    )
    return _unsettled(aspect, unset, lang) if unset else None


def _another_meeting(reading: Reading, fact: Fact, found: list[tuple[Fact, str]], knowledge: Knowledge) -> bool:
    """Tell whether a later fact is on another meeting, in another place, than those found: dated, on another day,
    in none of their places (Moscou and the Kremlin are one), and, unless the question asks what is to come, one
    its articles report as done, not a visit they announce."""
    days = [shown.data.date for shown, _ in found]
    seen = {
        same
        for shown, _ in found
        for place in set(shown.data.places) - COUNTRIES  # Saint Petersburg's "Russia" makes Moscow no same place
        for same in (place, *SAME_PLACE.get(place, ()))
    }
    return (
        fact.data.date is not None
        and None not in days
        and fact.data.date not in days
        and seen.isdisjoint(set(fact.data.places) - COUNTRIES)
        and (reading.to_come or reported_done(fact, knowledge))
    )


def _day(fact: Fact, lang: str) -> str:
    """The day a fact is dated, as a first line gives it."""
    day = _lead_day(fact, lang)
    return day[1] if day else ""


def _unsettled(aspect: str, fact: Fact, lang: str) -> Value:
    """That a fact says the place or date asked is not yet set, with the article saying so."""
    articles = ", ".join(sorted({c.article for c in fact.data.citations}))
    return Value(say(f"lead_unsettled_{aspect}", lang, articles=articles), settled=False)


def _ahead(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact's day is one its articles looked forward to: stated, and after they were published."""
    data = fact.data
    day = data.due if isinstance(data, DeadlineFact) and data.due else data.date
    if day is None or not isinstance(data, DeadlineFact) and data.date_basis != "stated":
        return False
    return day > published(fact, knowledge)


def _lead_day(fact: Fact, lang: str) -> tuple[dt.date, str] | None:
    """The day that answers "when" for a fact, as readers see it: a deadline's due day, else the event's date
    (approximate when worked out)."""
    data = fact.data
    # A day the articles state is given with its weekday ("mercredi 6 août 2025"): they often name it, and readers
    # ask it. Not a day worked out: its weekday would be as uncertain as the day.
    if isinstance(data, DeadlineFact) and data.due:
        return data.due, format_date(data.due, lang, weekday=True)
    if data.date is not None:
        if data.date_basis == "stated" and data.date_precision == "day":
            return data.date, format_date(data.date, lang, weekday=True)
        return data.date, fact_date(data, lang) or ""
    return None


def _value(
    aspect: str, reading: Reading, fact: Fact, knowledge: Knowledge, lang: str, *, speaker_only: bool = False
) -> str | None:
    """One fact's date, place, length, people or number, in lang; None when it does not state it.

    speaker_only: "who" is answered only by a statement's speaker, to a question asking who said it.
    """
    data = fact.data
    if aspect == "date":
        return _day(fact, lang) or None
    if aspect == "place":
        if not isinstance(data, MeetingFact) or data.by_phone:
            return None  # other facts name the places they concern, not where they happen; a call happens nowhere
        # Curators list the venue first; a second place is kept only when it is part of it (Moscou, Kremlin). A
        # country is never the venue ("dans quel lieu de Saint-Pétersbourg ?" is not answered "Russie"), and when
        # the question names the venue, only a place within it answers.
        places = [p for p in data.places if p in knowledge.places and p not in reading.places and p not in COUNTRIES]
        if data.places and data.places[0] in reading.places:
            places = [p for p in places if p in SAME_PLACE.get(data.places[0], ())]
        shown = places[:1] + [p for p in places[1:2] if p in SAME_PLACE.get(places[0], ())]
        return ", ".join(knowledge.places[p].name.get(lang) for p in shown) or None
    if aspect == "duration":
        if isinstance(data, MeetingFact) and data.duration:
            return data.duration.get(lang)
        found = _LENGTH.search(data.summary.get(lang))
        return found.group(0) if found else None
    if aspect == "who":
        return who_did(reading, fact, knowledge, lang, speaker_only=speaker_only)
    if aspect == "quantity":
        for number, noun in _NUMBER.findall(data.summary.get(lang)):
            # Not a date, a year, or an article's number ("l'article 000 rattache…"): no count starts with a zero.
            if fold(noun.split()[0]) not in _MONTH_WORDS and not _YEAR_OR_ID.fullmatch(number):
                words = noun.split()
                # The counted noun and its complements ("dizaines de milliers de morts", "two US submarines"): a
                # preposition or a clause word starts what is said of it ("deux sous-marins | à un échange").
                cut = next((i for i, w in enumerate(words) if fold(w) in CLAUSE_WORDS), len(words))
                # A rate belongs to its number: "des milliers par semaine", "thousands a week" is no total.
                rate = _RATE.match(" ".join(words[cut:]))
                words = words[:cut] + (rate.group(0).split() if rate else [])
                while words and fold(words[-1]) in STOPWORDS:  # "dizaines de milliers de" ends on its noun
                    words.pop()
                if reading.counted in MEASURES:
                    return None  # "quelle taille de l'armée ?": a count of regions is no size
                return f"{number} {' '.join(words)}".strip()
    return None


def not_said(result: Result, knowledge: Knowledge, lang: str) -> str | None:
    """What the articles do not say, for a decline that knows why ("… combien de temps a duré la rencontre …")."""
    reading = result.reading
    if result.decline is Decline.UNSETTLED:
        return say("not_said_outcome", lang)
    if result.decline is Decline.UNKNOWN_NAME:
        text = say("not_mentioned", lang, name=", ".join(reading.unknown_names))
        return re.sub(r"\bde ([AEIOUYÉÈÊÀÂÎÔÛH])", r"d'\1", text)  # "ne parlent pas d'Emmanuel Macron"
    if result.decline not in (Decline.MISSING, Decline.OTHER_EVENT):
        return None
    event = next((t for t in ("meeting", "summit") if t in reading.topics), None)
    if result.decline is Decline.OTHER_EVENT and reading.places and not (event or reading.days or reading.settings):
        # "Quelle condition … au dialogue avec Washington ?": a place named as an actor, not where something
        # happened. Facts on other places were set aside for it; that is no ground to say what the articles lack.
        return None
    aspect = next((a for a in ("duration", "quantity", "date", "place") if a in reading.aspects), "other")
    if reading.names_asked and aspect == "other":  # "le nom du responsable": a name, not an event's detail
        return say("not_said_name", lang)
    if not event and aspect == "other":  # "qui est le secrétaire d'État ?", "quelle condition … avec Washington ?"
        return say("not_said_plain", lang)  # a place alone is no event: not "cela de cet événement de Washington"
    if aspect == "quantity" and reading.counted:
        # "Combien de personnes…" declined: no count sentence names "personnes" where the question asks about, but
        # the articles may count them in other words ("des milliers de gens"), so the bot says what it did not
        # find, not what they lack.
        return say("not_found_number", lang)
    if not (event or reading.places or reading.days) and aspect == "quantity":  # "how old is…"
        return say("not_said_number", lang)
    subject = say(f"subject_{event or 'default'}", lang)
    if reading.places:
        # "à la bibliothèque présidentielle de Saint-Pétersbourg": the city says which meeting, not the venue in it.
        named = [p for p in sorted(reading.places) if not _within_another(p, reading.places)]
        names = [knowledge.places[p].name.get(lang) for p in named if p in knowledge.places]
        subject = say("subject_at", lang, subject=subject, place=say("and", lang).join(names))
    elif reading.days:
        month, day = reading.days[0]
        subject = say("subject_on", lang, subject=subject, day=_day_label(month, day, lang))
    if aspect == "date" and reading.exact:
        aspect = "exact_date"
    elif reading.to_come and aspect in ("date", "place", "duration"):  # "où se verront-ils ?": not "a eu lieu"
        aspect = f"{aspect}_to_come"
    return say(f"not_said_{aspect}", lang, subject=subject)


def _within_another(place: str, places: frozenset[str]) -> bool:
    """Tell whether a place is a venue within another of places (the library within Saint Petersburg), not one
    that stands for it as the Kremlin and Moscow stand for each other."""
    return any(other in SAME_PLACE.get(place, ()) and place not in SAME_PLACE.get(other, ()) for other in places)


def _day_label(month: int, day: int, lang: str) -> str:
    """A day without its year: "6 août", "6 August"."""
    return format_date(dt.date(2000, month, day), lang).rsplit(" ", 1)[0]
