"""Match a question to the facts that answer it: topics, entities and the facts' own words, typo-tolerant."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.answering import grammar
from bot.answering.gazetteer import COUNTRIES, LANGUAGE_PEOPLES, PEOPLES
from bot.answering.index import AROUND_CREDIT, FactIndex, asks_first, same_claim
from bot.answering.lexicon import (
    AFTER_CUES,
    ASPECT_CUES,
    BESIDES_CUES,
    CLAUSE_BREAK,
    COMPARING,
    CONTACT_VERBS,
    DESCRIBING,
    ELSE_CUES,
    FUTURE_CUES,
    GOING,
    IN_PERSON_CUES,
    JUDGED_REFUSALS,
    KNOWN_CUES,
    LIGHT_WEIGHT,
    LIST_CUES,
    LOCUTIONS,
    MUTUAL_VERBS,
    NAME_CUES,
    NAME_WORDS,
    NEGATIONS,
    NUMBER_VALUES,
    ORDINALS,
    OUTCOME_CUES,
    PEOPLE_COUNTED,
    PHONE_CUES,
    PRECISION_CUES,
    PUBLISHING,
    RATE,
    REFUSALS,
    RESULT_CUES,
    SETTLING,
    SHORT_FORMS,
    SINCE_WORDS,
    STEM,
    STOPPED,
    STOPWORDS,
    TALK_VERBS,
    TOPIC_CUES,
    UNSET_NOUNS,
    UPCOMING_CUES,
    WORDS_CUES,
    WORDS_USED,
    clock_times,
    clock_words,
    counts,
    denies,
    describing,
)
from bot.answering.lexicon import (
    COUNTRIES as NATIONS,
)
from bot.answering.parts import question_clause
from bot.knowledge.dates import FOLDED_MONTHS_EN, FOLDED_MONTHS_FR, FOLDED_WEEKDAYS
from bot.knowledge.loading import PERSON, Fact, Knowledge
from bot.knowledge.schema import DemandFact, StatementFact
from bot.knowledge.text import among, fold, lemmas, surname
from bot.messages import say

TOPIC_BONUS = 0.08
ENTITY_BONUS = 0.1
ASPECT_BONUS = 0.1
TITLE_BONUS = 0.1
# A demand or position of another party than the one a question names first: not what it asks, but still shown
# after the ones that are (a demand fact of the party named is not raised above the facts on other topics).
PARTY_PENALTY = 0.2
ANNOUNCED_PENALTY = 0.1  # a meeting announced, for a question on what happened: after the ones held
HEADLINE_BONUS = 0.05  # between equals, the fact curators chose to lead its topic
SPECIFICITY = 0.0001  # between equals, the fact with fewer words: it is more likely about just this
STRICT_ASPECTS = (
    "date",
    "quantity",
    "duration",
    "clock",
    "subjects",
)  # … and "what time" a time of day  # "how many" needs a number, "how long" a length
NEAR = 3
CUE_CREDIT = 0.9  # a topic's cue word in a fact of that topic that does not hold it: below one that does
ABOUT_FACTS = 3  # the facts an article's description must match, all citing it, to name it
ABOUT_SHARE = 0.97  # …and any other fact scoring this share of the best one's score
TITLE_CREDIT = 0.75  # a title's word in a fact naming whom it names, not the title itself: below one that holds it
QUOTE_BONUS = 0.5  # a fact holding a phrase the question quotes: what the reader cites
CLOSE_SHARE = 0.85  # a fact scoring this share of the best one's score is shown with it
LIST_SHARE = 0.75  # the same for a question asking for a list ("quelles sont les exigences")
# Words of a question the closest fact holds and the best fact giving what it asks lacks, at this share of its weight
# (two at least: one word may be a verb said otherwise), set its subject apart from that fact's.
APART_SHARE = 0.3
ASKED_SHARE = 1.0  # weight of the length asked, as a share of the focus words' weight


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Under these the bot declines; set by tests/eval/calibrate.py on the development set (see its curve)."""

    coverage: float = 0.4  # share of the question's weight the best fact must hold
    coverage_unguided: float = 0.6  # the same when the question names no topic, person or aspect: words alone carry it
    score: float = 0.62  # coverage plus bonuses
    unknown: float = 1.5  # weight of a word neither briefs nor articles use, in multiples of the rarest known word
    focus: float = 0.4  # share of the weight of what is asked (words other than names) the best fact must hold
    together: float = 0.12  # share of the question's weight the best fact holds in one sentence (names: anywhere in it)


THRESHOLDS = Thresholds()


@dataclass(frozen=True, slots=True)
class Match:
    """A fact and how well it answers the question."""

    fact: Fact
    score: float
    coverage: float
    stated: float | None = None  # for a yes/no or who question: the share of its weight the fact's own words hold
    denial: float = 0.0  # for a yes/no question: the share of what it asks a clause of the fact denies or refuses
    advice: float = 0.0  # …and the share a clause advising against it says ("ne pas être trompé")
    together: float = 1.0  # …and the share of its weight one sentence of the fact holds (names: anywhere in it)

    @property
    def denies(self) -> bool:
        """Whether the fact denies or refuses what a yes/no question asks, in a clause saying some of it."""
        return self.denial > 0


# Topics of events, whose facts' days, places and lengths are the event's own.
_EVENTS = frozenset(["meeting", "summit", "deadline", "ceasefire", "sanction"])
# Asked of what is to come, an event reported as done cannot give them: where, how long, when.
_NOT_DONE = frozenset(["place", "duration", "date"])


@dataclass(frozen=True, slots=True)
class Reading:
    """What the matcher understood of a question."""

    lang: str | None
    tokens: tuple[str, ...]
    topics: frozenset[str]
    people: frozenset[str]
    aspects: frozenset[str]
    wants_list: bool
    posted: bool = False  # "where did Trump post…?", "où a-t-il écrit…": on what it was put out, not a place
    unknown_names: tuple[str, ...] = ()
    # Those of them offered only as a choice beside a known name ("à Osaka ou à Helsinki ?"): no decline rests on them
    # where a fact fits.
    offered_unknown: bool = False
    unknown_agent: frozenset[str] = frozenset()  # of a yes/no passive, its doer's words naming no one known
    world_settings: frozenset[str] = frozenset()  # of a yes/no question, places it sets it in that no brief mentions
    names: frozenset[str] = frozenset()  # the folded words of the names it capitalises ("Tass", "Ria Novosti")
    places: frozenset[str] = frozenset()
    name_options: frozenset[str] = frozenset()  # names of their own offered to choose from: "Tass ou Ria ?"
    # …those naming a meeting ("la rencontre de Moscou", "the Moscow meeting"): a fact on something else about that
    # meeting need not be set there, only not at another meeting's venue.
    event_places: frozenset[str] = frozenset()
    days: tuple[tuple[int, int], ...] = ()  # (month, day) the question names: "le 6 août", "April 11"
    months: frozenset[int] = frozenset()  # months named without a day: "the April meeting", "la rencontre d'avril"
    # Months a question starts from: "après la rencontre d'avril, quand…" asks of a later day.
    after: frozenset[int] = frozenset()
    before: frozenset[int] = frozenset()  # …and those it looks back from: "avant la rencontre d'août, quand…"
    clock: frozenset[tuple[int, int, str]] = frozenset()  # times of day a yes/no question names: "à 14h30 GMT ?"
    expires_on: tuple[tuple[int, int], ...] = ()  # the day a question asks whether something expired by, if it does
    expired_by: bool = False  # …asking whether it had by then ("had it expired by…", "avait-il déjà expiré"), not on it
    figures: frozenset[str] = (
        frozenset()
    )  # its numbers and months ("cinq", "une heure", "month:5"): see grammar.figures_named
    yes_no: bool = False
    dictionary: frozenset[str] = frozenset()  # words the French or English dictionary knows as typed: no typo repair
    counted: str | None = None  # what "combien de …", "how many …" counts: "civils", "attacks"
    per: frozenset[str] = frozenset()  # what it counts by: "par semaine", "a week" ("semaine", "week")
    outcome: bool = False  # "finalement", "in the end": how something turned out, which the articles may predate
    result: bool = False  # "le résultat du sommet", "what came out of the meeting": what came of an event
    passive: bool = False  # "qui a été accueilli ?", "who was welcomed?": who underwent it, not who did it
    cleft: bool = False  # "was it Peskov who announced…?": who did it, set apart
    verb: str | None = None  # the word a "who" question opens its verb with, folded: "qui a reçu…" -> "recu"
    acts_unknown: bool = False  # that verb is a dictionary word the briefs never use, in any form: "qui remplacera…"
    agent: tuple[str, ...] | None = None  # a passive's verb, then the words naming who did it: "proposé par la Russie"
    identity: tuple[str, str] | None = None  # "Ouchakov est-il le porte-parole du Kremlin ?": (ushakov, peskov)
    compares: bool = False  # "plus de deux heures", "more than", "at least": a figure compared, not stated
    quoted: tuple[str, ...] = ()  # phrases the question quotes, folded: "« fidèle parmi les fidèles »"
    whom: bool = False  # it asks whom, not who: "qui Witkoff a-t-il reçu ?", "who did Witkoff meet?", "à qui…"
    head: str | None = None  # the noun "qui est le …", "what is the …" asks about ("secretaire"): a fact must hold it
    names_asked: bool = False  # "quel est le nom…", "what is the name…": a person's name is what answers
    exact: bool = False  # "la date exacte", "exactly when": a day worked out ("vers le 11 avril") does not answer it
    calendar: bool = False  # "what date…", "à quelle date…": nor that, unless a fact says no date is set yet
    since_when: bool = False  # "depuis quand…", "since what year…": when a state began, which an event's day is not
    workings: bool = False  # "how does a nuclear submarine work?": how something works, which no news report explains
    future: bool = False  # "aura lieu", "will take place": a day worked out from an article's is not when it happens
    conditional: bool = False  # "aurait duré", "would have": reported or supposed to have happened, not to come
    past: bool = False  # "a-t-il rencontré", "se sont vus", "did", "was held": what happened, not what is announced
    settings: frozenset[str] = frozenset()  # places named where something happens ("à Moscou"), not as actors
    dating: frozenset[str] = frozenset()  # words of a clause of time ("depuis son retour à la Maison-Blanche")
    # Words of a clause opened by "après", "after": the event it follows ("a-t-il appelé Zelensky après la visite de
    # Witkoff ?"), not who took part in the one asked about.
    following: frozenset[str] = frozenset()
    # Words of a clause opened by "pendant", "during", "while": the event it happened in ("la Russie a-t-elle continué
    # ses frappes pendant les pourparlers ?"), which a fact may tell around what it states.
    during: frozenset[str] = frozenset()
    each_other: bool = False  # "se voient", "se verront", "se revoir": a verb of seeing each other
    known: bool = False  # "sait-on où…", "do we know when…": whether a value is known, so the value answers
    by_phone: bool | None = None  # the contact asked about: a phone call (True), in person (False), or either (None)
    asks_speech: bool = False  # what was said or who said it: "qu'a dit…", "who announced…"
    asks_words: bool = False  # the words someone used: "comment Peskov a-t-il qualifié…", "how did Trump describe…"
    speaker: str | None = None  # of such a question, the person it names first: "qu'a dit Poutine sur Trump ?"
    party: str | None = None  # the country whose demands it asks, named first: "qu'exige la Russie de Kiev ?"
    owners: frozenset[str] = frozenset()  # people named as whose envoy or aide: "Trump's envoy", "l'émissaire de Trump"
    titled: frozenset[str] = frozenset()  # people named by a title: "le président américain", "the US envoy"
    title_words: tuple[tuple[str, str], ...] = ()  # its words of such a title, each with the surname it stands for
    first: str | None = None  # who it names first as taking part, by name or title: whom "he" stands for next
    first_time: bool = False  # it asks of the first of something: "la première fois", "when did they first meet?"
    unnamed: bool = False  # a subject pronoun names someone it does not: "did he meet Zelensky?", "a-t-il vu Poutine ?"
    happens: bool = False  # "le sommet aura-t-il lieu ?": its "lieu" is of "avoir lieu", to happen, not a place
    pronoun_led: bool = False  # its subject is a pronoun for no one named, or it has an object one: "did they agree?"
    translation: bool = False  # it asks for a translation ("traduis…", "how do you say … in Russian?"): no fact's job
    # The country of a place it gives as its source: "selon le Kremlin", "according to Washington" (russia, the US).
    source_country: str | None = None
    world_speaker: str | None = None  # a country the briefs never place, asked what it said: "what did Japan say?"
    other_speaker: bool = False  # who speaks is no person: "l'article dit que…", "what did the Kremlin say…"
    restricted: bool = False  # it claims something only of what it names: "did he speak only with Trump?"
    due_day: bool = False  # it asks which deadline, by its noun: the day a deadline falls due answers, no other day
    # Of a yes/no question, a negation beside its verb, none on it: "…with nothing tangible to show for it?"
    side_negated: bool = False
    claimed: bool = False  # a claim to confirm: "is it true that…", "…, c'est vrai ?" ("no" would say it is false)
    negated: bool = False  # it holds a negation: "who said the pressure is not working?", "qui n'a pas…"
    # A negation in what it asks someone said: "did Trump say the war would never have happened?" asks of a denial.
    reports_denial: bool = False
    where: bool = False  # it asks where ("où", "where", "dans quelle ville"), not which countries (actors)
    talked: bool = False  # "did Trump talk with Zelensky?", "where did they talk?": people it names met or called
    others: bool = False  # "who else…", "qui d'autre…", "besides Putin": people other than those named are asked for
    besides: frozenset[str] = frozenset()  # the people named right after "besides", "à part": whom the answer is not
    options: frozenset[str] = frozenset()  # names offered to choose from, as tokens: "Washington's or Moscow's?"
    offered: frozenset[str] = frozenset()  # the places among them: "in Moscow or in St Petersburg?"
    optional: frozenset[str] = frozenset()  # the people among them: a fact need name only one

    @property
    def spoke(self) -> bool:
        """Whether it asks whether people spoke, of what happened: "did Zelensky and Trump talk?", not "will they
        talk again?", of a plan. Whatever word a fact uses for their contact answers it."""
        return self.talked and not self.future

    @property
    def required(self) -> frozenset[str]:
        """The people a fact must name to be about what is asked: those named, but for whom the answer is not ("who
        else did Witkoff see besides Putin?" is about Witkoff)."""
        return self.people - self.besides - self.optional

    @property
    def participants(self) -> frozenset[str]:
        """The people it names, by name or title, as taking part, not as whose envoy or aide ("did Trump's envoy meet
        Putin?": Witkoff and Putin)."""
        return (self.people | self.titled) - self.owners

    @property
    def guided(self) -> bool:
        """True when the question names a topic, a person or what it asks for, not only words."""
        return bool(self.topics or self.people or self.aspects)

    @property
    def to_come(self) -> bool:
        """Whether it asks about what is to come: in the future, not the past conditional of reported speech
        ("combien de temps aurait duré l'entretien selon Tass ?")."""
        return self.future and not self.conditional

    def sets_aside_done(self, aspect: str) -> bool:
        """Whether an event reported as done cannot give this aspect: a place, a length or a day asked of what is to
        come ("quelle ville accueillera le sommet ?" is not where a past meeting was held)."""
        return self.to_come and aspect in _NOT_DONE

    @property
    def asks_contact(self) -> bool:
        """Whether it asks of a contact between people: a meeting, or a verb of one ("did Putin receive…")."""
        # A call to come between people named is one too: "will Zelensky call Trump again?" is not answered by the
        # call held.
        called = self.by_phone is True and len(self.participants) > 1 and self.future
        # Two people seeing each other, in any form of the verb: "trump et poutine se voient quand ?"
        seeing = self.each_other and len(self.participants) > 1
        return "meeting" in self.topics or not CONTACT_VERBS.isdisjoint(self.tokens) or self.talked or called or seeing

    @property
    def asks_when_met(self) -> bool:
        """Whether it asks when, where, how long or how often people it names met, or did something together ("sit
        down")."""
        return (
            len(self.participants) > 1
            and self.past
            and not self.yes_no
            and not self.asks_speech
            and (not self.aspects.isdisjoint(("date", "place", "duration")) or self.counted in grammar.OCCASIONS)
        )

    @property
    def ranks_held_first(self) -> bool:
        """Whether meetings held come before one announced: a place or a day asked of what happened ("où Witkoff
        a-t-il eu des entretiens avec Poutine ?"), whether people met ("had Witkoff met Putin in Moscow before?": a
        yes rests only on a meeting held), or who met someone. Not a length: "how long did the exploratory meeting
        last?" names the visit announced, and the meeting before it lasted three hours (unless they are asked to have
        talked: then they did). Nor whether one person
        arrived: pushed down, the visit announced let Peskov's "arrivera à Moscou" say "Yes" to "has Witkoff arrived
        in Moscow?"."""
        if not self.past or self.future:
            return False
        met = self.yes_no and len(self.people) > 1 and "meeting" in self.topics
        # "Who met Witkoff in Moscow?": who did, not whom a visit still to come is to see; "how long did they talk?",
        # how long they did.
        held = not self.aspects.isdisjoint(("place", "date")) or self.talked
        return met or held or "who" in self.aspects and self.verb in _MET


class Decline(Enum):
    """Why a question gets no answer."""

    NOT_FOUND = "not_found"  # no fact covers the question well enough
    UNKNOWN_NAME = "unknown_name"  # it names someone or something the sources never mention
    MISSING = "missing"  # facts are about what it names, but none gives what it asks (a length, a number…)
    UNNAMED = "unnamed"  # it asks which ones ("quels dirigeants…"), of which the facts say only "several"
    OTHER_EVENT = "other_event"  # the closest facts answer it about another meeting, place or day
    UNSETTLED = "unsettled"  # it asks whether something turned out so, and no fact settles it yes or no
    NOT_HELD = "not_held"  # it asks when, where or how long an event took place that the articles only announce
    UNQUOTED = "unquoted"  # it asks what someone said, and the facts answering have them say nothing


@dataclass(frozen=True, slots=True)
class Result:
    """The facts that answer a question, best first, or none with the closest candidates and why."""

    reading: Reading
    matches: tuple[Match, ...]
    near: tuple[Match, ...]
    decline: Decline | None = None

    @property
    def found(self) -> bool:
        """True when some fact answers the question confidently."""
        return bool(self.matches)

    def declined(self, why: Decline) -> Result:
        """The same result declined for why: its matches become what a decline offers as what the articles say."""
        return replace(self, matches=(), near=self.matches, decline=why)


class Matcher:
    """Scores every fact against a question at once, over the arrays of a FactIndex."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.index = FactIndex(knowledge)
        self.facts = knowledge.facts
        self.thresholds = THRESHOLDS
        self._cues = PhraseTable({key: _with_plurals(cues) for key, cues in TOPIC_CUES.items()})
        # "le président russe", "Kremlin spokesman": what questions call people instead of their names.
        self._titles = PhraseTable({person.id: _title_forms(person.titles) for person in knowledge.people.values()})
        self._surnames = {person.id: surname(person.name.en) for person in knowledge.people.values()}
        # The words of each place's names: "in the United States" sets the place its last word names.
        self._place_words = {
            place.id: {w for name in place.names for w in fold(name).split()} for place in knowledge.places.values()
        }
        # Given names ("Kirill", "Vladimir"): the question names someone by them, though alone they name no one.
        self._given_names = frozenset(
            w for p in knowledge.people.values() for name in (p.name.fr, p.name.en) for w in fold(name).split()[:-1]
        )
        self._aspect_cues = PhraseTable(ASPECT_CUES, same=_SAME_INTERROGATIVE)
        self._aspect_words = frozenset(word for phrase in self._aspect_cues.keys for word in phrase)
        self._besides_cues = PhraseTable({"besides": BESIDES_CUES + AFTER_CUES})  # read only when "else" is asked
        # Words of the cues of what is asked, long enough to be mistyped: "lenght", "combein". Not topic cues: the
        # index repairs those as words of the facts ("sanctoins").
        # …and function words: "befor" is "before", no word to match.
        self._cue_spellings = sorted(
            {w for phrase in self._aspect_cues.keys for w in phrase if len(w) >= 5}
            | {w for w in STOPWORDS if len(w) >= grammar.CUE_TYPO_LENGTH + 1}
        )
        self._cue_typo = lru_cache(maxsize=4096)(self._cue_typo_of)
        self._unelided = lru_cache(maxsize=4096)(self._unelided_of)
        self._unpossessed = lru_cache(maxsize=4096)(self._unpossessed_of)
        self._of_event_at = lru_cache(maxsize=64)(self._of_event_at_place)
        self._of_years = lru_cache(maxsize=64)(self._of_years_named)
        # What else a question's phrasing says of it, read in one pass: a list, a name, an outcome, what is to come.
        self._flag_cues = PhraseTable(
            {
                "list": LIST_CUES,
                "name": NAME_CUES,
                "words": WORDS_CUES,
                "outcome": OUTCOME_CUES,
                "result": RESULT_CUES,
                "future": FUTURE_CUES,
                "upcoming": UPCOMING_CUES,
                "known": KNOWN_CUES,
                "else": ELSE_CUES,
                "phone": PHONE_CUES,
                "in_person": IN_PERSON_CUES,
            }
        )
        self._cue_words: dict[str, set[str]] = defaultdict(set)
        for phrase, topics in self._cues.keys.items():
            for word in phrase:
                if len(phrase) == 1 or word not in grammar.EVERYDAY_CUE_WORDS:
                    self._cue_words[word] |= topics
        self._cue_masks = {word: self.index.topic_mask(topics) for word, topics in self._cue_words.items()}
        # "Did Russia halt its strikes?": the facts answer in what went on or broke down ("a continué ses frappes",
        # "collapsed"), never in the verb of stopping asked, which they are taken to hold (see words_of).
        self._going_on = np.array([grammar.tells_going_on(fact) for fact in self.facts], dtype=bool)
        # What the facts count, by the first letters of the noun after a number: "heure" of "trois heures".
        self._counted = frozenset(
            unit
            for fact in self.facts
            for text in (fact.data.title.fr, fact.data.title.en, fact.data.summary.fr, fact.data.summary.en)
            for _, unit in counts([w for w in fold(text).split() if w not in STOPWORDS])
        )
        # The years each fact's summaries name: "lors du G20 à Osaka" is of 2019, no G20 of 2025.
        self._years = [grammar.years_named(f"{fact.data.summary.fr} {fact.data.summary.en}") for fact in self.facts]
        self._plain = -SPECIFICITY * self.index.sizes
        self._headline = self._plain + HEADLINE_BONUS * self.index.headline  # a headline is its topic's overview
        self._vectors = lru_cache(maxsize=4096)(self._token_vectors)
        self._words = lru_cache(maxsize=4096)(self._word)
        # Words that name, date or count rather than say what happened: no denial rests on them alone.
        self._naming_words = frozenset(
            (*self.index.aliases, *self.index.place_aliases, *FOLDED_MONTHS_FR, *FOLDED_MONTHS_EN)
        ) | {str(n) for n in range(1, 32)}
        self._topic_bonus = lru_cache(maxsize=256)(self._bonus_of_topics)
        # The places of the world the briefs never mention, by every word for them: named in lowercase too.
        elsewhere = {place for place, words in COUNTRIES.items() if not self._mentioned(words)}
        self._elsewhere = PhraseTable({place: COUNTRIES[place] for place in elsewhere})
        # Every country of the table by its one-word names, and those of them the briefs never mention: "minsk" sets a
        # question where no fact is; "japan", a keyword of Osaka, names a country they mention but never place.
        self._country_words = {word: place for place, words in COUNTRIES.items() for word in words if " " not in word}
        self._unmentioned = frozenset(elsewhere)
        self._people_of = {word: place for place in elsewhere for word in PEOPLES[place]} | {
            word: place for word, place in LANGUAGE_PEOPLES.items() if place in elsewhere
        }
        # The countries the briefs mention but set nothing in ("Japon", a keyword of the Osaka summit): a question
        # naming one is about what names it, as one naming a place is.
        self._unplaced = frozenset(
            word
            for place, words in COUNTRIES.items()
            if place not in elsewhere and not any(map(self.index.place_named, words))
            for word in words
            if " " not in word and word in self.index.idf
        )
        # Penalties computed once: a meeting announced; for each party, the demands of the others.
        self._announced = ANNOUNCED_PENALTY * self.index.announced
        # A contact reported (its `met`), unless announced, or a meeting reported done: held, not to come.
        reported = np.array([bool(fact.data.met) for fact in self.facts], dtype=bool) & ~self.index.announced
        self._held = ANNOUNCED_PENALTY * (self.index.done | reported)
        self._meetings = self.index.topic_mask(frozenset(["meeting"]))  # not the 2019 G20, background to the summit
        self._citing = {  # the facts citing each article
            article: np.array([any(c.article == article for c in fact.citations) for fact in self.facts], dtype=bool)
            for article in knowledge.articles
        }
        self._other_parties = {
            party: PARTY_PENALTY * (self.index.has_party & ~mask) for party, mask in self.index.party_mask.items()
        }
        # The outlets that published an article: "the Epoch Times piece", "l'article d'Epoch Times" name it.
        outlets = sorted({a.meta.outlet for a in knowledge.articles.values() if a.meta.outlet})
        # …and the one article of each, which naming it as a source names: "in the Epoch Times story" is article 003.
        published_by: dict[str, list[str]] = {}
        for number, article in knowledge.articles.items():
            if article.meta.outlet:
                published_by.setdefault(article.meta.outlet.casefold(), []).append(number)
        self._outlet_article = {outlet: numbers[0] for outlet, numbers in published_by.items() if len(numbers) == 1}
        self._outlet = (
            re.compile(
                r"(?:\b(?:(the)|(l['’]article\s+d(?:e\s+|['’])|selon|d['’]apr[eè]s|according\s+to))\s+)?\b("
                + "|".join(re.escape(outlet) for outlet in outlets)
                + r")\b(?:\s+((?:piece|article|story|report|paper)s?)\b)?",
                re.IGNORECASE,
            )
            if outlets
            else None
        )

    def read(self, question: str) -> Reading:
        """Extract language, content words, topics, aspects, people, places and days from a question."""
        # "…, selon l'article sur le voyage de Witkoff ?": which article says it, in words of its own, is no word to
        # match (its people and places would set aside the facts of other articles that answer). Opening the
        # question, only up to a comma: "selon l'article sur X que veut Poutine" runs on into the question.
        typed_in = question  # its language is that of all its words, frames and article names included
        if grammar.SOURCES_DIFFER.search(
            question
        ):  # "…? les articles ne disent pas la même chose": shown where they do
            question = grammar.SOURCES_DIFFER.sub(" ", question)
        if self._outlet is not None and (outlet := self._outlet.search(question)):
            # "Where did the Epoch Times piece say they met?": the outlet's name says which article, as "according to
            # Epoch Times" does; "piece" is no word to match, and what it says is what it reports, no one's statement.
            # Named as the source, it names the article by its number: only what that article reports answers ("in
            # the Epoch Times story, where did they sit down?" is not the Kremlin meeting); not "who founded the
            # Epoch Times?".
            _, source, name, noun = outlet.groups()
            number = self._outlet_article.get(name.casefold()) if source or noun else None
            rest = grammar.SAYING.sub("", question[outlet.end() :], count=1)
            question = f"{question[: outlet.start()]} {name} {number or ''} {rest}"
        article = grammar.names_article(question)
        if article:  # "in the opening of article 000", "le chapeau de l'article": where in it, no word to match
            question = grammar.ARTICLE_PART.sub(" ", question)
        if article and (ordinal := grammar.ARTICLE_ORDINAL.search(question)):
            # "selon le dernier article", "in the opening of the first article": the articles in their order, by number.
            numbers = sorted(self.knowledge.articles)
            nth = numbers[0] if fold(ordinal.group(1)) in ("premier", "first") else numbers[-1]
            question = f"{question[: ordinal.start()]} {nth} {question[ordinal.end() :]}"
            article = grammar.names_article(question)
        about = grammar.ARTICLE_ABOUT.search(question) if article else None  # most name none: no scan
        if (
            about is None
            and article
            and (before := grammar.ARTICLE_BEFORE.search(question))
            and self._names_any(before[1])
        ):
            # "in the St Petersburg article": a place named only to name the article would set aside the facts of
            # that article that answer, set nowhere ("how many regions does Putin claim…").
            about = before
        # Not an outlet the articles quote: "selon l'article de Bloomberg" names whom a claim is from.
        quoting = about is not None and any(map(self._brand, grammar.CAPITALISED.findall(about.group())))
        if about and not quoting and (about.start() or question[about.end() : about.end() + 1]):
            # Its number stands in for it where its words name one article's facts ("l'article annonçant son voyage":
            # 004), as "selon l'article 004" would.
            question = (
                f"{question[: about.start()]} {self._article_about(about.group()) or ''} {question[about.end() :]}"
            )
        elif about is None and article:  # "in these reports", "selon les articles": all of them
            question = grammar.THE_SOURCES.sub("", question)
            # "Quel média a publié l'article sur la rencontre de Saint-Pétersbourg ?": the article asked of, by number.
            asked_of = grammar.ARTICLE_NAMED.search(question)
            if (
                asked_of
                and grammar.published(question[: asked_of.start()])
                and (number := self._article_about(asked_of.group()))
            ):
                question = f"{question[: asked_of.start()]} {number} {question[asked_of.end() :]}"
        if article or grammar.ARTICLE_NUMBER.search(question):  # "que disent les articles sur…", "what does 004 say…"
            question = grammar.SOURCES_SAY.sub(lambda found: f" {next(filter(None, found.groups()), '')} ", question)
        if grammar.THE_STORY_WORD.search(question):  # "quel est son rôle dans cette affaire ?": the story as a whole
            question = grammar.THE_STORY.sub("", question)
        if grammar.HEARSAY_WORD.search(
            question
        ):  # "i keep hearing about a summit, …": how the reader came to ask, no word
            question = grammar.HEARSAY.sub(" ", question)
        question = self._without_reader(question)  # "Je prépare une note : qui…": the reader's own clauses
        if (when := grammar.OPENING_WHEN.match(question)) is not None:
            # "When Moscow talks of its interests, what does it mean?" asks what: the clause of time opening it says
            # of what, as it would after the question ("what does it mean when…?"), where it is read as such.
            question = f"{question[when.end() :].rstrip(' ?')} {when.group(1)} ?"
        if grammar.DIGIT.search(question):  # "a duré presque 3h": three hours, as the facts spell them; "à 14h" a time
            question = grammar.HOURS.sub(r"\1 heures", question)
        # "Is it true that Witkoff met Putin?" asks what its clause says, yes or no: the frame is no word to match.
        framed = grammar.TRUTH_FRAME.match(question)
        typed_question = question
        if framed:
            question = question[framed.end() :]
        if ("away" in question or "suite" in question) and not grammar.is_yes_no(question):
            # "Why won't they meet right away?": when, in no fact's words. Asked yes or no, it is what is asked ("peut-
            # elle se tenir tout de suite ?" is not answered by a meeting that may be held after preparation).
            question = grammar.AT_ONCE.sub(" ", question)
        if "serv" in question or " to " in question or "point" in question:
            # "à quoi devait servir…", "what was it meant to achieve?", "what was the point of…?"
            question = grammar.PURPOSE.sub(lambda found: "quel but" if found.group(1) else "purpose", question)
        if "down" in question:  # "sit down with Putin", "his sit-down with Putin": meeting, in the words facts use
            question = grammar.SIT_DOWN.sub(
                lambda found: (
                    ("meetings" if found.group(2) else grammar.MEETING_FORMS[found.group(1).lower()]) + " with"
                ),
                question,
            )  # "each of his sit-downs with Putin": his meetings
            question = grammar.SIT_DOWN_NOUN.sub(
                lambda found: "meeting" + found.group(1), question
            )  # "the 6 August sit-down"
        if (owned := grammar.OWNED_TITLE.search(question)) and self.index.place_named(fold(owned[1])):
            # "Is Medvedev Russia's president?", "russias president": the president of Russia, a title the briefs know.
            question = f"{question[: owned.start()]}{owned[2]} of {owned[1]}{question[owned.end() :]}"
        if request := grammar.REQUEST_TO_SAY.match(
            question
        ):  # "pouvez-vous me dire qui…", "… si…": "dire" asks no word
            rest = question[request.end() :]
            whether = grammar.WHETHER_FR.match(rest)
            question = f"est-ce que {rest[whether.end() :]}" if whether else rest if grammar.asks_wh(rest) else question
        if grammar.EMBEDDED_WHO.search(question):  # "can you tell me who Kirill Dmitriev is": who is Kirill Dmitriev
            question = grammar.EMBEDDED_WHO.sub(r"\1 \3 \2", question)
        if "ask" in question:  # "what is Russia asking for?": what it demands; "ask" alone is the reader's request
            question = grammar.ASKING_FOR.sub(lambda found: grammar.DEMANDING[found.group(1).lower()], question)
        if "tell" in question:  # "what did Witkoff tell reporters?" says something; "tell me about…" is a request
            question = grammar.TELL.sub("say", question)
        if "due to" in question:  # "was he due to travel?" is going to; "due to the tensions", because of
            question = grammar.DUE_TO.sub(lambda found: "" if found.group(1) else "going to", question)
        question = grammar.NO_APOSTROPHE.sub(r"\1'\2", question)  # "witkoff cest qui" is "c'est qui", typed in short
        question = LOCUTIONS.sub(" ", question)  # "au sujet de la paix": about peace
        if "garde" in question:  # "Zelensky met en garde contre quoi ?": he warns, a verb of speech
            question = grammar.WARNS.sub("avertit", question)
        if tagged := grammar.YES_OR_NO_TAG.search(question):  # "russia demands ukraine out of nato, yes or no?": a tag
            question = question[: tagged.start()] + "?"
        asks_yes_no = bool(tagged) or grammar.is_yes_no(
            question
        )  # the clause a frame asks of, read once: not rewritten
        yes_no = bool(framed) or asks_yes_no
        # "la date exacte", "what exact time": precision qualifies the value asked, so the cue reads without it.
        # "lenght" asks how long, "combein" how many; "1ere" is "premiere", as typed in short.
        folded = [
            self._cue_typo(SHORT_FORMS.get(word, word))
            for typed_word in fold(question).split()
            for word in self._unpossessed(self._unelided(typed_word))
        ]
        if not ORDINALS.keys().isdisjoint(folded):  # "1st us visit…" is the first; "August 1st" a day
            folded = grammar.ordinals(folded)
        if not DESCRIBING.keys().isdisjoint(folded):  # "how did Trump characterize it?": how he described it
            folded = describing(folded)
        lowered = question.lower()
        words, typed = folded, grammar.APOSTROPHES.sub(" ", lowered).split()
        # "À quelle date précise…": "précis" after a noun of a value; not "il a précisé", which folds to it.
        precise = {
            at
            for at, w in enumerate(folded)
            if w in grammar.PRECISE and at and folded[at - 1] in grammar.PRECISE_VALUES
        }
        exact = bool(precise) or not PRECISION_CUES.isdisjoint(folded)
        if exact:  # most questions ask nothing to the letter: no need to filter
            words = [w for at, w in enumerate(folded) if w not in PRECISION_CUES and at not in precise]
            typed = [w for w in typed if fold(w) not in PRECISION_CUES | grammar.PRECISE]
        if not grammar.RECALL.isdisjoint(words) and not asks_yes_no:  # "c'est qui déjà ?": remind me, no word
            words = grammar.without_recall(words)
        text = " ".join(words)  # for the patterns read over the whole question
        topics = set(self._cues.find(words))
        during = grammar.during(lowered) if yes_no else frozenset()
        if during and "meeting" in topics:
            # "La Russie a-t-elle continué ses frappes pendant les discussions ?": the talks say when, they are not
            # what is asked; a meeting named outside the clause is ("a-t-il vu Poutine pendant son voyage ?").
            outside = [w for w in words if w not in during]
            topics = set(self._cues.find(outside)) | (topics - {"meeting"})
        asked = [_SAME_INTERROGATIVE.get(w, w) for w in words]  # "which day" asks what "what day" asks
        aspect_hits = self._aspect_cues.find(asked)
        if (
            ("ou",) in aspect_hits.get("place", ())
            and "où" not in typed
            and asked[grammar.past_leading(asked) :][:1] != ["ou"]
            and asked[-1:] != ["ou"]  # "c'était ou ?": closing the question, "ou" joins nothing
        ):
            aspect_hits["place"].discard(("ou",))  # "ou" is "or"; only "où" asks where, or "ou" opening a question
        if ("lieu",) in aspect_hits.get("place", ()) and grammar.idiom_lieu(
            asked, aspect_hits, any(map(self.index.place_named, asked))
        ):
            aspect_hits["place"].discard(("lieu",))
        if ("heure",) in aspect_hits.get("clock", ()) and any(
            at and (asked[at - 1] in NUMBER_VALUES or asked[at - 1].isdigit() or asked[at - 1] in ("l", "d"))
            for at in grammar.positions(asked, "heure")
        ):
            aspect_hits["clock"].discard(("heure",))  # "n'a duré qu'une heure ?", "à l'heure actuelle": no time asked
        if ("quand",) in aspect_hits.get("date", ()) and grammar.clause_quand(asked, aspect_hits):
            aspect_hits["date"].discard(("quand",))  # "il était où quand il a dit ça ?" asks where
        if ("qui",) in aspect_hits.get("who", ()) and grammar.relative_qui(asked):
            aspect_hits["who"].discard(("qui",))  # "les pays qui achètent…, ce sera pour quand ?" asks when
        if grammar.asks_status(asked):  # "où en est le cessez-le-feu ?" asks how things stand, not where
            aspect_hits["place"].discard(("ou",))
            aspect_hits["place"].discard(("where",))
        if ("date",) in aspect_hits.get("date", ()) and not grammar.date_asked(asked):
            aspect_hits["date"].discard(("date",))  # "menacée de quoi avant la date limite ?" asks what, not when
        aspects = {aspect for aspect, phrases in aspect_hits.items() if phrases}
        opening = grammar.opening_aspects(asked, typed, aspect_hits)
        if opening:  # "Who welcomed him when he arrived?" asks who: a later "when" opens a clause, not the question
            aspects &= opening
        elif (noun := grammar.behind_which(asked)) is not None:
            # "Quelle durée…", "quelle est la durée…", "what was the date…" ask what their noun asks; "quelle agence a
            # rapporté la durée…", "which agency reported when…" ask for the agency: a later cue is in a clause.
            aspects &= grammar.opening_aspects(asked[noun:], typed[noun:], aspect_hits)
            aspects |= grammar.trailing_aspects(asked, typed, aspect_hits)
            if not aspects and grammar.names_a_role(asked[noun : noun + 2]):  # "quel (haut) responsable…" asks who
                aspects.add("who")
        elif grammar.opens_with(
            asked, grammar.OTHER_INTERROGATIVES
        ):  # "Comment … quand un accord semble proche ?": a clause too
            aspects = grammar.trailing_aspects(asked, typed, aspect_hits)
        if grammar.SOURCE_ASKED.match(
            text
        ):  # "selon quelle agence l'entretien a-t-il duré… ?": the source, not the length
            aspects = set()
        if not aspects and not yes_no and grammar.TOPICS_ASKED.search(text):
            aspects.add("subjects")  # "de quoi ont-ils parlé ?", "what did they discuss?": what a meeting was about
        posted = "place" in aspects and not PUBLISHING.isdisjoint(words)
        if posted:  # "where did Trump post…?": on Truth Social, no place
            aspects.discard("place")
        measure = grammar.measure_asked(asked) or grammar.how_measure(words)
        if measure is None and "%" in question and not asks_yes_no:  # "what % of Ukraine…": a percentage
            measure = "percentage"
        if measure is not None:  # "quel effectif", "what rate", "how old": a number is asked
            aspects.add("quantity")  # the noun or adjective stays a word to match
        if "duration" in aspects:
            aspects.discard("quantity")  # "combien de temps" asks for a length, not a count
            # "depuis combien de temps", "how long since": a time, not a length; "combien de temps avant l'expiration",
            # a time set against another event's, which a day alone does not answer.
            if grammar.SINCE.search(text) or grammar.BEFORE_AFTER.search(text):
                aspects.discard("duration")
        if grammar.HOW_SOON.search(
            text
        ):  # "dans combien de temps le sommet pourrait-il se tenir ?": when, not how long
            aspects.discard("duration")
            aspects.add("date")
        # A phrase such as "how long" says what is asked, not what it is about: its words are not matched.
        consumed = {w for phrases in aspect_hits.values() for phrase in phrases if len(phrase) > 1 for w in phrase}
        # So does a one-word cue no fact uses ("kremlin meeting weekday"): it can only lower what facts hold.
        consumed |= {
            w for phrases in aspect_hits.values() for (w, *more) in phrases if not more and w not in self.index.idf
        }
        # A noun asking a length says what is asked, not of what: "length of the ultimatum" is not the meeting's.
        # Not where another thing is asked ("quelle agence a rapporté la durée…"): the length there is what it is of.
        if "duration" in aspects:
            consumed |= {w for phrase in aspect_hits["duration"] for w in phrase if w in grammar.LENGTH_NOUNS}
        if "place" in aspects and not yes_no:  # "Witkoff St Petersburg venue": the venue asked, no French "sa venue"
            consumed |= {w for phrase in aspect_hits["place"] for w in phrase if w in grammar.PLACE_NOUNS}
        consumed_all = {w for phrases in aspect_hits.values() for phrase in phrases for w in phrase}
        flag_hits = self._flag_cues.find(words)
        flags = {key for key, phrases in flag_hits.items() if phrases}
        consumed |= {w for phrase in flag_hits.get("else", ()) for w in phrase}  # "qui d'autre": "autre" is no topic
        # "Quels mots Peskov a-t-il utilisés…", "in what terms": the words someone used are asked, none of a fact's.
        # One word no fact uses asks it alone: "les 3 adjectifs de Peskov", "what wording did he use?".
        if words_asked := {
            w
            for phrase in flag_hits.get("words", ())
            if len(phrase) > 1 or phrase[0] not in self.index.idf
            for w in phrase
        }:
            consumed |= words_asked | WORDS_USED
        if not asks_yes_no and not COMPARING.isdisjoint(words):
            # "How is Witkoff described differently in 000 and 004?", "russian demands april vs august": a comparison
            # asks what each says; its words say how the reader will read the facts, no fact's.
            consumed |= COMPARING
        # "Quel type d'accord…", "what kind of deal…": the kind asked is said in the facts' own words, never "type".
        consumed |= {w for at, w in enumerate(words) if w in grammar.KINDS and grammar.kind_asked(asked, at)}
        if PERSON in topics and not yes_no:
            # "son parcours professionnel", "quelle fonction occupe-t-il ?": a word next to a noun asking someone's
            # role asks nothing more; their entry says it. Not a claim: "is he a career diplomat?" asks "diplomat".
            consumed |= {w for at, w in enumerate(words) if grammar.beside_role(words, at) and not self._is_name(w)}
        # "Roughly three hours", "approximativement": how near the figure is, no fact's word (a fact says "près de").
        consumed |= {w for w in words if w in grammar.NEAR_FIGURE and w not in self.index.idf}
        if words and (words[-1] in NAME_WORDS or words[0] in NAME_WORDS):
            flags.add("name")  # "porte-parole du kremlin nom", "nom du porte-parole ?": its name, typed in short
        tokens = tuple(
            dict.fromkeys(
                [
                    self._as_known(w, question)
                    for at, w in enumerate(grammar.weather(words))
                    if w not in STOPWORDS
                    and w not in consumed
                    and (len(w) > 1 or w.isdigit())
                    and not (
                        grammar.voweless(w) and w not in self.index.idf
                    )  # "mtg", "pls": short forms it cannot read
                    and not self._emphatic(words, at)
                    and not grammar.being_part(words, at)
                ]
                + grammar.accented_content(question)
            )
        )
        tokens = grammar.one_per_stem(tokens)
        named = {t: self.index.person_named(t) for t in tokens}
        # "Who called Zelensky?" phones someone; "who called the talks productive?" speaks.
        phoned = grammar.phoned(tokens, words, named)
        said = [at for at, token in enumerate(tokens) if grammar.speech_verb(token) and at not in phoned]
        asking = grammar.without_else(typed)  # "who else did Witkoff meet?" asks as "who did Witkoff meet?" does
        verb = grammar.who_verb(asking)
        if verb is None and (noun := grammar.support_noun(asking)) and not self._cue_words.get(noun):
            # "Qui a eu l'idée du sommet ?" asks who had it, as "who proposed it?" asks who did; not a meeting had.
            verb = noun
        if verb and not grammar.speech_verb(verb) and not self._is_name(verb):
            said = []  # "qui refuse de reconnaître l'annexion ?" asks who refuses: the verb of speech is its object
        # "What did the Kremlin say about the meeting with Witkoff?": who speaks is the Kremlin, not Witkoff.
        slot = grammar.speaker_slot(words, self.index.person_named, inverted="who" not in aspects) if said else None
        speaking_place = self.index.place_named(slot[0]) if slot else None
        # "L'article dit que Trump veut…", "what does the report say Trump wants?": who speaks is no one named after.
        spoken_by_other = speaking_place is not None or slot is not None and not slot[1]
        # "…depuis le retour de Trump à la Maison-Blanche ?": a place in a clause of time dates what is asked, it is
        # not where it happened.
        dated_at = grammar.dating_clause(words)
        dating = frozenset(words[dated_at:])
        places = frozenset(p for t in tokens if t not in dating and (p := self.index.place_named(t)))
        people = frozenset(p for p in named.values() if p)
        proper = grammar.proper_names(question)
        # Names the briefs never mention, capitalised as typed: one may be offered beside a known one.
        strange = frozenset(fold(name) for name in proper if " " not in name and not self.index.known(name))
        options, absent = (
            self._options(words, question, strange) if len(people) + len(places) > 1 or strange else (frozenset(),) * 2
        )
        clock = clock_times(question) if yes_no and grammar.DIGIT.search(question) else frozenset()
        timed = clock_words(question) if clock else frozenset()
        # "Witkoff a-t-il été accueilli par Lavrov ?": an unknown name as who did it, the facts naming who did.
        # "proposé par la Russie", "c'est Reuters qui a révélé…": who did it, asked
        agent_asked = (grammar.agent_asked(words) or grammar.cleft_agent(words)) if yes_no else None
        unknown_agent = self._unknown_agent(proper, agent_asked)
        # "rencontre Witkoff-Poutine du 6 août à Minsk ?": a place the articles never mention, set as where it was.
        world = self._world_settings(typed) if yes_no else {}
        absent = absent | unknown_agent | world.keys()
        if (
            not aspects
            and len(options | absent) > 1
            and all(map(self.index.place_named, options))
            and not any(words[at - 1 : at] in grammar.PARTNERED for at, word in enumerate(words) if word in options)
        ):
            # "did they meet in Moscow or in Saint Petersburg?" asks where; "un accord avec Kiev ou avec Washington ?"
            # asks with whom.
            aspects = {"place"}
        due_day = not aspects and not yes_no and not grammar.DUE_NOUNS.isdisjoint(asked) and grammar.asks_due_day(asked)
        if due_day:
            aspects = {"date"}  # "what deadline did the US give Russia?", "quelle échéance… ?": the day it falls due
        # A bare name ("zelenskyy?") asks who that is; not "will Zelensky be there?", which asks yes or no.
        if tokens and all(named.values()) and len(people) == 1 and not yes_no:
            topics.add(PERSON)
        counted = measure or (
            grammar.counted(asked, aspect_hits.get("quantity", set()), question, known=self._in_facts)
            if "quantity" in aspects
            else None
        )
        names_asked = "name" in flags
        titled = self._titles.spans(folded) if not names_asked else []  # "comment s'appelle le porte-parole…"
        if names_asked and len({person for _, _, person in self._titles.spans(folded)}) == 1:
            # "Quel est le nom du porte-parole du Kremlin ?": whom the title names, his entry; "nom" is no fact's word.
            tokens = tuple(t for t in tokens if t not in NAME_WORDS)
            topics.add(PERSON)
            consumed_all = consumed_all | NAME_WORDS
        # Where the question names people: a word names someone only if it is a token that does.
        spans = grammar.people_spans(folded, named.get, titled) if people or titled else []
        owners = frozenset(person for start, end, person in spans if grammar.owned(folded, start, end))
        besides = grammar.besides(folded, spans, self._besides_cues.spans(folded)) if "else" in flags else frozenset()
        # Its language is the frame's too: "Trump met Zelensky" alone reads as French, "004 Witkoff" as neither.
        lang = grammar.detect_language(fold(typed_in).split(), typed_in, self.index.spellings)
        parts = grammar.unhyphenated(typed)  # "se verront-ils": the verb is typed with its inverted subject
        cleft = grammar.cleft(words)  # "c'est X qui a…", "was it X that…": X did it, no passive
        passive = grammar.passive(parts) and not cleft
        expiry = yes_no and grammar.asks_expiry(words)
        tense_flags, tense_parts = flags, parts
        if (clause := question_clause(question)) is not question:
            # "The Kremlin's diplomats planned on two days of talks — how long did Witkoff spend with Putin?": the
            # statement leading in has its own tense; the question's is its own clause's.
            clause_words = fold(clause).split()
            tense_flags = {key for key, phrases in self._flag_cues.find(clause_words).items() if phrases}
            tense_parts = grammar.unhyphenated(grammar.APOSTROPHES.sub(" ", clause.lower()).split())
        future = (
            "future" in tense_flags
            or "upcoming" in tense_flags
            and not grammar.past(tense_parts)
            or lang != "en"
            and any(map(grammar.future_verb, tense_parts))
        )
        # "Did Trump talk to Zelensky?", "où Witkoff et Poutine se sont-ils parlé ?": whether, when, where they met.
        talked = (
            (yes_no or not aspects.isdisjoint(("date", "place", "duration")))
            and len(people) > 1
            and grammar.talk_with(typed)
        )
        # As Reading.spoke, for yes or no: the verb is no word a fact must hold. "How long did they talk?" keeps it:
        # "the talks lasted" says how long.
        spoke = talked and not future and yes_no
        return Reading(
            translation=bool(grammar.TRANSLATION.search(text)),
            first_time=asks_first(text),
            source_country=self._country_of(grammar.source_place(words, self.index.place_named) or speaking_place),
            world_speaker=self._world_country(slot[0], mentioned=True) if slot and speaking_place is None else None,
            other_speaker=spoken_by_other,
            lang=lang,
            # "Who else did Witkoff see besides Putin?": Putin is whom the answer is not, no word a fact must hold.
            # "Did Zelensky and Trump talk?" asks whether they met or called: whatever word a fact uses for it.
            # "…around 2:30pm local time?": the time is checked as a time, its digits are no words to match.
            tokens=tuple(
                t
                for t in tokens
                if named.get(t) not in besides
                and not (spoke and t in TALK_VERBS)
                and t not in absent
                and t not in timed
            ),
            topics=frozenset(topics),
            people=people,
            aspects=frozenset(aspects),
            wants_list="list" in flags,
            posted=posted,
            unknown_names=self._unknown_names(proper, words, lang),
            unknown_agent=unknown_agent,
            world_settings=frozenset(world.values()),
            offered_unknown=bool(absent)
            and not self._unknown_names(
                [name for name in proper if not set(fold(name).split()) <= absent],
                [w for w in words if w not in absent],
                lang,
            ),
            names=(
                names := frozenset(fold(w) for w in grammar.names_capitalised(question, proper) if self._brand(w))
                | self._unplaced.intersection(tokens)
            ),
            name_options=grammar.offered(words, names),
            places=places,
            event_places=grammar.event_places(folded, places, self.index.place_named),
            # "Had the deadline expired by August 6?" asks of the deadline on that day: the day is no fact's date.
            dating=dating,
            following=grammar.following(words),
            during=during,
            each_other=bool(grammar.EACH_OTHER.search(lowered)),
            days=(days := grammar.days_named(" ".join(words[:dated_at])) if not expiry else ()),
            months=grammar.months_named(words[:dated_at], days),
            after=grammar.months_after(words),
            before=grammar.months_before(words) if "date" in aspects else frozenset(),
            expires_on=grammar.expiry_days(words) if expiry else (),
            expired_by=expiry and (not grammar.PERFECT.isdisjoint(words) or bool(grammar.BY_DAY.search(text))),
            # Only a yes needs them; a time of day's are checked as a time ("2:30pm" names no 2).
            figures=grammar.figures_named([w for w in words if w not in timed]) if yes_no else frozenset(),
            clock=clock,
            yes_no=yes_no,
            # Asked only of words the briefs do not know: the dictionaries are not read for the others.
            dictionary=(
                unknown := frozenset(
                    t for t in tokens if not self.index.resolve(t, False) and grammar.in_dictionary(t, question)
                )
            ),
            # "Qui remplacera Peskov ?": what someone did, in a verb the briefs never use; not an everyday one, nor
            # one framing a clause ("who thinks…", "qui pense que…", "who tweeted that…"): the clause is what is asked.
            acts_unknown=verb in unknown
            and not (
                grammar.light_word(verb) or among(verb, STOPWORDS) or grammar.frames_clause(asking, verb)
            ),  # "gave": "give"
            counted=self._as_known(counted, question) if counted else None,
            per=frozenset(found.group(1) for found in RATE.finditer(text)),
            exact=exact,
            # "What date…", "à quelle date…": a calendar date; "hier", worked out to "vers le 11 avril", is not one.
            calendar="date" in aspects and ("date",) in aspect_hits.get("date", ()) and not yes_no,
            since_when="date" in aspects and not yes_no and bool(grammar.SINCE_WHEN.search(text)),
            workings=bool(grammar.WORKINGS.match(text)),
            names_asked=names_asked,
            # Not a noun that itself asks the aspect ("quelle est la durée du cessez-le-feu ?"): the length answers.
            head=self._as_known(head, question)
            if (head := grammar.head_noun(asked)) and head not in consumed_all
            else None,
            outcome="outcome" in flags,
            result="result" in flags or bool(grammar.HOW_IT_WENT.search(text)),
            passive=passive,
            cleft=cleft,
            agent=(
                agent_asked
                or (None if grammar.asks_passive(words, passive) and not cleft else self._subject_asked(tokens, named))
            )
            if yes_no
            else None,
            compares=yes_no and not grammar.COMPARISONS.isdisjoint(words),
            quoted=grammar.quoted(question),
            identity=self._identity(folded, spans, titled) if yes_no and titled else None,
            verb=verb,
            whom=grammar.asks_whom(asking, named, self._given_names),
            future=future,
            conditional=not grammar.CONDITIONALS.isdisjoint(words)
            and grammar.past_conditional(parts),  # most questions hold none
            # "Is it true that Putin met Zelensky?": a claim of what happened, its simple past read as no tense.
            past=grammar.past(parts) or bool(framed) and not future,
            known="known" in flags,
            others="else" in flags,
            talked=talked,
            negated=grammar.negated_question(words, typed_question),
            claimed=bool(framed or tagged),
            side_negated=yes_no and grammar.side_negated(words, typed_question),
            due_day=due_day,
            restricted=yes_no and grammar.restricts(words),
            reports_denial=yes_no and grammar.reports_denial(words),
            where="place" in aspects and grammar.asks_where(asked, aspect_hits),
            besides=besides,
            options=options,
            offered=frozenset(place for token in options if (place := self.index.place_named(token))),
            optional=frozenset(p for t in options if (p := named.get(t))),
            by_phone=True if phoned else grammar.contact(flags),
            asks_speech=bool(said),
            asks_words="words" in flags,
            speaker=grammar.titled_speaker(
                (None if spoken_by_other else grammar.speaker(tokens, named, said, aspects))
                or grammar.according_to(words, self.index.person_named)
                or grammar.whose_words(tokens, named, flags),
                folded,
                [span for span in spans if span in titled],
                owners,
                bool(said),
            ),
            settings=(self._settings(typed) if places else frozenset()) | self._us_setting(question),
            party=self._party(typed) if people or places else None,  # a party is a person or a place named
            owners=owners,
            titled=frozenset(span[2] for span in spans if span in titled),
            title_words=grammar.title_words(folded, [span for span in spans if span in titled], tokens, self._surnames),
            first=grammar.first(spans, owners),
            unnamed=grammar.unnamed(folded, spans, self.index.place_named)
            if yes_no
            else False,  # only a yes rests on who met
            # …unless it asks where: "sait-on où aura lieu le sommet ?" is answered by "le lieu n'est pas précisé".
            happens="lieu" in words
            and not ("place" in aspects and grammar.asks_where(asked, aspect_hits))
            and all(grammar.after_idiom(words, at) for at, w in enumerate(words) if w == "lieu"),
            pronoun_led=grammar.pronoun_led(folded) if yes_no else False,  # or a no, on whom it asks about
        )

    def _without_reader(self, question: str) -> str:
        """The question without the clauses opening it that speak of the reader ("Bonjour, je prépare une note pour ma
        rédaction : qui…", "I only skimmed the piece, …"): the reader's doings are no fact's. Kept where what follows
        names nothing the briefs know ("I heard Putin met the Pope, is that true?" asks of its opening)."""
        rest = question
        while (opening := grammar.READER_OPENING.match(rest)) and (end := CLAUSE_BREAK.search(rest, opening.end())):
            rest = rest[end.end() :]
        if rest is question or not any(w not in STOPWORDS and self.index.resolve(w, False) for w in fold(rest).split()):
            return question
        return rest

    def _article_about(self, words: str) -> str | None:
        """The article that the words naming it by what it is about point to: the one every fact they match best
        cites ("the piece on Witkoff's upcoming trip": 004), or None where those facts cite several."""
        found = self.match_reading(self.read(grammar.ARTICLE_NOUNS.sub(" ", words)), limit=4 * ABOUT_FACTS)
        # Facts of other articles matching about as well make it ambiguous: "l'article sur la rencontre
        # Witkoff–Poutine" may be any of three.
        best = found.matches[0].score if found.matches else 0.0
        close = [m for at, m in enumerate(found.matches) if at < ABOUT_FACTS or m.score >= ABOUT_SHARE * best]
        cited = [{citation.article for citation in match.fact.citations} for match in close]
        common = set.intersection(*cited) if cited else set()
        return next(iter(common)) if len(common) == 1 else None

    def _emphatic(self, words: list[str], at: int) -> bool:
        """Tell whether a word stresses the one before it: "Putin himself", "the Kremlin itself", "Trump lui-même";
        not a reflexive object ("position himself as a peacemaker"), which says what is done."""
        word, before = words[at], words[at - 1] if at else ""
        if word in grammar.EMPHATIC_FR:
            return before in _STRESSED_FR
        return word in grammar.EMPHATIC_EN and self._is_name(before)

    def _names_any(self, text: str) -> bool:
        """Tell whether words name a person or a place."""
        return any(map(self._is_name, fold(text).split()))

    def _is_name(self, word: str) -> bool:
        """Tell whether a folded word names a person or a place."""
        return bool(self.index.person_named(word) or self.index.place_named(word))

    def _options(
        self, words: list[str], question: str, unknown: frozenset[str]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """The names a question offers to choose from, as tokens ("Washington's or Moscow's?", "Poutine ou Zelensky"),
        and those offered beside a known one that the briefs never mention (unknown, folded: "à Osaka ou à
        Helsinki ?" asks which, not of Helsinki)."""
        found: set[str] = set()
        absent: set[str] = set()
        where = "où" in question and not grammar.PLAIN_OU.search(
            question
        )  # "où" folds to "ou": it asks where, joins nothing
        for at, word in enumerate(words):
            if word in grammar.OR and at and not (where and word == "ou"):
                before = words[at - 2 if words[at - 1] == "s" and at > 1 else at - 1]  # "Washington's or…"
                after = words[at + 1 : at + 4]
                if after[:1] and after[0] in grammar.OPTION_PREPOSITIONS:  # "à Moscou ou à Washington"
                    after = after[1:]
                # A name of two words may be known by its second: "St Petersburg", "Saint-Pétersbourg".
                other = next((name for w in after[:2] if self._is_name(name := self._as_known(w, question))), None)
                first = self._as_known(before, question)
                if other is not None and self._is_name(first):
                    found.update([first, other])
                elif self._is_name(first) and after[:1] and after[0] in unknown:
                    found.add(first)
                    absent.add(after[0])
                elif other is not None and before in unknown:
                    found.add(other)
                    absent.add(before)
        return frozenset(found), frozenset(absent)

    def _identity(
        self, words: list[str], spans: list[tuple[int, int, str]], titled: list[tuple[int, int, str]]
    ) -> tuple[str, str] | None:
        """For "is X the Y?" where a title names Y ("Ouchakov est-il le porte-parole du Kremlin ?", "Is Ushakov the
        Kremlin spokesman?"): the person named and the one the title names. Only where "être" or "be" asks it and the
        title ends the question. Asked of the past ("was Medvedev the Russian president?"), X was Y if a title of X's
        holds Y's ("ancien président russe")."""
        # A name within the title is part of it: "le conseiller diplomatique de Poutine" names Ouchakov.
        spans = [s for s in spans if s in titled or not any(t[0] <= s[0] and s[1] <= t[1] for t in titled)]
        past = words[:1] == ["was"] or grammar.PAST_COPULA.search(" ".join(words))
        if not (words[:1] == ["is"] or grammar.COPULA.search(" ".join(words)) or past) or len(spans) != 2:
            return None
        (_, _, named), (start, end, title) = spans
        if (start, end, title) not in titled or any(w not in STOPWORDS for w in words[end:]):
            return None
        asked = {w[:STEM] for w in words[start:end] if w not in STOPWORDS}  # "russia", "russian", "russe"
        if past and named in self.knowledge.people:
            own = ({w[:STEM] for w in fold(t).split()} for t in self.knowledge.people[named].titles)
            if any(asked <= stems for stems in own):
                return named, named
        return named, title

    def _unknown_names(self, proper: list[str], words: list[str], lang: str | None) -> tuple[str, ...]:
        """The names a question gives that the briefs do not know: capitalised ones, as typed; else the places of the
        world they never mention, in any case ("que pense l'allemagne ?"), by their names in lang ("Friedrich Merz"
        says what "le chancelier allemand Friedrich Merz" is about)."""
        # A capitalised name for a place or its people, whole, is named as the place: "Indian goods" are India's;
        # "North Korea" stays as typed.
        unknown = tuple(
            dict.fromkeys(
                say(f"country_{place}", lang) if (place := self._people_of.get(fold(name))) else name
                for name in proper
                # "witkoff parcours / CV": a short form typed in capitals is its word, no name
                if not self.index.known(name)
                and not grammar.language_asked(name, words)
                and fold(name) not in SHORT_FORMS
                and fold(name) not in FOLDED_WEEKDAYS  # "Thursday": a day, capitalised in English
            )
        )
        places = sorted(self._elsewhere.find(words)) if not unknown else []
        return unknown or tuple(say(f"country_{place}", lang) for place in places)

    def _world_settings(self, typed: list[str]) -> dict[str, str]:
        """The places of the world the briefs never mention that a question sets what it asks in, by the word naming
        each: {"minsk": "belarus"} of "… à Minsk ?"."""
        return {
            word: place
            for at, raw in enumerate(typed)
            if at
            and (place := self._world_country(word := fold(raw), mentioned=False))
            and grammar.locative(typed[at - 1 : at])
        }

    def _world_country(self, word: str, *, mentioned: bool) -> str | None:
        """The country of the table a one-word name names, among those the briefs mention (mentioned) or those they
        never do; None for any other word."""
        place = self._country_words.get(word)
        return place if place is not None and (place in self._unmentioned) is not mentioned else None

    def _unknown_agent(self, proper: list[str], agent: tuple[str, ...] | None) -> frozenset[str]:
        """The words of a yes/no passive's doer (its verb, then them) that name no one the briefs know, capitalised as
        typed: "Lavrov" of "Witkoff a-t-il été accueilli par Lavrov ?"."""
        if agent is None:
            return frozenset()
        unknown = {word for name in proper if not self.index.known(name) for word in fold(name).split()}
        return frozenset(unknown.intersection(agent[1:]))

    def _mentioned(self, words: tuple[str, ...]) -> bool:
        """Tell whether the briefs or articles mention a country: one of its words of one word is a place of theirs or
        in their texts ("grande" of "grande bretagne" says nothing of Britain)."""
        return any(self.index.place_named(word) or word in self.index.idf for word in words if " " not in word)

    def _brand(self, typed: str) -> bool:
        """Tell whether a word of a capitalised name, as typed, is a name of its own that the briefs use, and no
        person's or place's: "Tass", "Bloomberg", "Novosti"; not "Witkof" (a typo), "Russian", "Américains" or "West"
        (dictionary words)."""
        word = fold(typed)
        return (
            word in self.index.idf
            and not grammar.dictionary_word(typed.lower())
            and not self.index.person_named(word)
            and not self.index.place_named(word)
        )

    def _subject_asked(self, tokens: tuple[str, ...], named: Mapping[str, str | None]) -> tuple[str, ...] | None:
        """For a yes/no question in the active voice ("la Russie a-t-elle proposé le sommet ?", "did Russia propose
        the summit?"), its verb and the word naming who it says did it: ("propose", "russie"). The first word is a
        person or place, the next one a word that is neither."""
        if len(tokens) < 2 or not (named.get(tokens[0]) or self.index.place_named(tokens[0])):
            return None
        verb = tokens[1]
        if named.get(verb) or self.index.place_named(verb) or grammar.light_word(verb):
            return None
        return verb, tokens[0]

    def _of_events_at(self, places: frozenset[str]) -> np.ndarray:
        """The facts that may be about a meeting held at each place (see _of_event_at_place)."""
        fits = self.index.everywhere
        for place in places:
            fits = fits & self._of_event_at(place)
        return fits

    def _of_event_at_place(self, place: str) -> np.ndarray:
        """The facts that may be about a meeting held at a place: set there, or at no other meeting's venue ("Trump
        a-t-il informé les Européens du résultat de la rencontre de Moscou ?": the briefing is set in Europe, where no
        meeting was held; Peskov's words on the 6 August talks are no words on the Saint Petersburg meeting)."""
        same = {place, *self.knowledge.enclosing(place)}
        elsewhere = {v for v in self.knowledge.venues if v not in same and place not in self.knowledge.enclosing(v)}
        at_no_other = np.array([elsewhere.isdisjoint(fact.data.places) for fact in self.facts], dtype=bool)
        fits: np.ndarray = self.index.about_places([place]) | at_no_other
        fits.flags.writeable = False  # shared by every question naming a meeting there
        return fits

    def _of_years_named(self, years: frozenset[str]) -> np.ndarray:
        """The facts naming no year in their summaries, or one of years."""
        fits = np.array([not named or not named.isdisjoint(years) for named in self._years], dtype=bool)
        fits.flags.writeable = False  # shared by every question naming these years
        return fits

    def _unelided_of(self, word: str) -> str:
        """A word typed with its elided article or pronoun and no apostrophe, without it: "jai" is "j'ai", "dautres"
        "d'autres", "lhistoire" "l'histoire"; only where neither the briefs nor the dictionaries know the word and
        the briefs know the rest, or it is a function word an elision stands before ("autres", "ai")."""
        if len(word) < 3 or word[0] not in grammar.ELIDED or word[1] not in grammar.VOWELS_H or word in self.index.idf:
            return word
        if word in STOPWORDS or grammar.dictionary_word(
            word
        ):  # "the", "many", "sun": words, not "t'he", "m'any", "s'un"
            return word
        rest = word[1:]
        return rest if rest in grammar.AFTER_ELISION or rest in self.index.idf else word

    def _unpossessed_of(self, word: str) -> tuple[str, ...]:
        """A name typed with its possessive and no apostrophe, as its apostrophe would fold: "witkoffs convoy" is
        "witkoff s convoy"; only where neither the briefs nor the dictionaries know the word ("trumps" is a verb)."""
        if (
            word[-1:] == "s"
            and word[:-1] in self.knowledge.surnames
            and word not in self.index.idf
            and not grammar.dictionary_word(word)
        ):
            return (word[:-1], "s")
        return (word,)

    def _cue_typo_of(self, word: str) -> str:
        """A word as a cue reads it: itself, or the word of a cue of what is asked it mistypes ("lenght" -> "length"),
        if the briefs, the articles and the dictionaries do not know it."""
        if (
            len(word) < grammar.CUE_TYPO_LENGTH
            or word in self.index.idf
            or not word.isalpha()
            or grammar.dictionary_word(word)
        ):
            return word
        found = process.extractOne(
            word, self._cue_spellings, scorer=DamerauLevenshtein.distance, score_cutoff=grammar.CUE_TYPO_EDITS
        )
        return found[0] if found else word

    def _us_setting(self, question: str) -> frozenset[str]:
        """The country "in the US", "aux US" set something in: "us" is otherwise read as the pronoun, and "US" is an
        adjective too ("the US envoy"). Only where it happens: as a word to match, it would weigh as a name."""
        country = self.index.place_named("usa") if grammar.US_PLACE.search(question) else None
        return frozenset([country]) if country else frozenset()

    def _settings(self, typed: list[str]) -> frozenset[str]:
        """The places a question names as where something happens ("à Moscou", "in the United States"), not as
        actors ("avec Washington", "qu'a proposé Moscou": read as typed, the verb "a" is no "à", unless right before
        the place, typed without its accent: "rencontré Poutine a Moscou")."""
        named = grammar.named_after(typed, self.index.place_named, lambda place: self._place_words.get(place, ()))
        return frozenset(place for place, before in named if grammar.locative(before))

    def _party(self, typed: list[str]) -> str | None:
        """Whose demands a question asks, as a country: that of the person or place it names first ("qu'exige la
        Russie ?", "what does Zelensky want from Putin?"), passing over one named as whom they are made of ("à
        Moscou"). The first named is most often the one whose position is asked ("l'Ukraine accepte-t-elle les
        exigences de la Russie ?"): blind judges preferred it to finer readings (whose "exigences de …", no party
        when two are named, passing over a source named with "selon" or "avec")."""
        named = grammar.named_after(typed, self.index.party_named)
        return next((party for party, before in named if grammar.ADDRESSEES.isdisjoint(before)), None)

    def _in_facts(self, word: str) -> bool:
        """Tell whether the facts' own words hold a word, or what it is a slip for: not their keywords only."""
        postings = self.index.postings
        return (
            word in postings or word not in self.index.idf and any(f in postings for f, _ in self.index.resolve(word))
        )

    def _as_known(self, token: str, question: str) -> str:
        """A word the briefs do not know as typed, replaced by its lemma when they know that ("posées" -> "poser");
        a month's abbreviation by its English name ("aug" -> "august")."""
        if token in self.index.idf:
            return token
        if token in grammar.MONTHS and (month := FOLDED_MONTHS_EN[grammar.MONTHS[token] - 1]) in self.index.idf:
            return month
        for raw in grammar.question_words(question):
            if fold(raw) == token:
                known = [lemma for lemma in lemmas(raw) if lemma in self.index.idf]
                if known:
                    return known[0]
        return token

    def match(self, question: str, *, limit: int = 4) -> Result:
        """Return the facts that answer question, or none, the nearest candidates and why."""
        return self.match_reading(self.read(question), limit=limit)

    def match_reading(
        self,
        reading: Reading,
        *,
        limit: int = 4,
        keep: Callable[[Fact], bool] | None = None,
        floor: float | None = None,
    ) -> Result:
        """Return the facts that answer what was read of a question, or none, the nearest candidates and why; with
        keep, only facts it keeps answer ("qu'a dit Poutine du sommet ?": those that have him say something), and
        with a floor, those holding that share of the question, not the confident ones ("what did Putin say?":
        whatever he said)."""
        words = self.words_of(reading)
        sheet = self._score(reading, words)
        scores, coverage = sheet.scores, sheet.coverage
        order = (-scores).argsort(kind="stable")
        if _says_nothing(reading) or reading.translation:
            # "Salut, ça va ?", "what's your name?": everyday words only, naming nothing the facts could be about.
            near = self._nearest(order, sheet, bool)
            return Result(reading, (), near, Decline.NOT_FOUND)
        fit = (sheet.confident if floor is None else coverage >= floor) & sheet.fits_aspect & sheet.fits_subject
        if keep is not None:
            fit = fit & np.array([bool(fitting) and keep(fact) for fact, fitting in zip(self.facts, fit, strict=True)])
        ranked = order[fit[order]]
        if PERSON in reading.topics and "who" in reading.aspects and reading.titled and len(ranked):
            # "Who is the Russian president?": the entry of whom the title names, before Dmitriev's, "special
            # representative of the Russian president", which holds the same words.
            titled = np.array([self.facts[i].topic == PERSON and self.facts[i].id in reading.titled for i in ranked])
            ranked = np.concatenate([ranked[titled], ranked[~titled]])
        if not len(ranked) or reading.unknown_names and not reading.offered_unknown:
            unfit = order[sheet.confident[order]]
            pool = unfit if len(unfit) else order
            if reading.unknown_names:
                reason, pool = Decline.UNKNOWN_NAME, order
            elif len(unfit) and not sheet.fits_subject[unfit[0]]:
                reason = Decline.OTHER_EVENT
                # Facts on what the question names, giving the kind of thing it asks, if less surely than the closest.
                about = order[(sheet.fits_subject & sheet.fits_aspect & (scores >= self.thresholds.score))[order]]
                if len(about):
                    # Some on this event may say it in other words: the bot did not find it, which is no claim that
                    # the articles do not say it. Those are offered first.
                    reason, pool = Decline.NOT_FOUND, np.concatenate([about, unfit])
            elif len(unfit):
                reason = Decline.MISSING
            else:
                reason = Decline.NOT_FOUND
            near = self._nearest(pool, sheet, lambda score: score > 0)
            return Result(reading, (), near, reason)
        best = ranked[0]
        if reading.exact and "date" in reading.aspects and not self.index.day_stated[best]:
            # "Quel jour exact Trump a-t-il écrit sur Truth ?": the post's day is worked out ("vendredi"); a fact on
            # another event that states its day does not give it.
            near = self._nearest(ranked, sheet)
            return Result(reading, (), near, Decline.MISSING)
        if (
            "date" in reading.aspects
            and not (reading.yes_no or reading.topics)
            and any(map(grammar.participle_of, reading.dictionary))
        ):
            # "When was the St Petersburg library founded?", "quand le Kremlin a-t-il été construit ?": an event the
            # briefs tell in no form of its verb; the day of the meeting held there is another event's. Not where the
            # question names a topic of the facts ("après la rencontre d'avril, quand a-t-il revu Poutine ?").
            near = self._nearest(ranked, sheet)
            return Result(reading, (), near, Decline.NOT_FOUND)
        if "who" in reading.aspects and reading.acts_unknown and not (reading.yes_no or reading.topics):
            # "Qui remplacera Peskov ?", "who won the Nobel peace prize?": what someone did, asked in a verb the
            # briefs never use, in any form; the facts on the others the question names do not say who did it.
            near = self._nearest(ranked, sheet)
            return Result(reading, (), near, Decline.MISSING)
        if (
            self._asked_of_another_topic(reading, sheet, order, best)
            or self._holds_only_the_asking(reading, words, best)
            or self._narrower_than_giving(words, sheet, order, best)
            or self._named_topic_unheld(reading, words, best)
        ):
            # "Quelle est la date exacte du sommet ?": the facts on the summit do not give it; a fact on another topic
            # that does (a deadline "à quelques jours" of a "rencontre au sommet") is of another event. So is one
            # lacking what sets the subject apart ("the energy-infrastructure ceasefire" is not the 30-day one).
            unfit = order[(sheet.confident & sheet.fits_subject)[order]]
            near = self._nearest(unfit, sheet)
            return Result(reading, (), near, Decline.MISSING)
        if (
            reading.calendar
            and not self.index.day_stated[best]
            # "What date has been fixed for the summit?": none yet, a fact found says, which answers it.
            and not any("date" in self.facts[i].data.unsettled for i in ranked[:NEAR])
        ):
            # "What date was the St Petersburg meeting?": "hier", worked out to c. 11 April, is no date of the calendar.
            # A fact of the same kind scoring as close may state it ("witkoff moscou date rencontre": the Kremlin
            # meeting's day, where the April meeting's aim ranked first); not a fact of another kind ("war start
            # date" is not the deadline's 8 August).
            dated = [
                i
                for i in ranked[:NEAR]
                if self.index.day_stated[i]
                and scores[i] >= CLOSE_SHARE * scores[best]
                and self.facts[i].topic == self.facts[best].topic
            ]
            if not dated:
                near = self._nearest(ranked, sheet)
                return Result(reading, (), near, Decline.MISSING)
            best = dated[0]
            ranked = np.concatenate([[best], ranked[ranked != best]])
        if self._other_contact(reading, best):
            # "Did Trump call Zelensky after the Moscow meeting?": the call, if it scores near the meeting's outcome.
            contact = [
                i for i in ranked if scores[i] >= CLOSE_SHARE * scores[best] and not self._other_contact(reading, i)
            ]
            if contact:
                best = contact[0]
                ranked = np.concatenate([[best], ranked[ranked != best]])
        if self._together(words, best) < self.thresholds.together or self._other_contact(reading, best):
            # Its words are scattered over unrelated sentences; or it is about a meeting in person when a call is
            # asked about ("how long did they talk on the phone?"), or the reverse: a weaker fact would be guessing.
            near = self._nearest(ranked, sheet)
            return Result(reading, (), near, Decline.NOT_FOUND)
        # Several facts answer together when they score close to the best, whatever their topic: the second may hold
        # what the first lacks. The best stays first, and trimming to the phone budget cuts from the end.
        floor = scores[best] * (LIST_SHARE if reading.wants_list else CLOSE_SHARE)
        close = scores[ranked] >= floor
        if PERSON in reading.topics:  # "qui est Ouchakov ?": the person's entry answers it; facts naming them are more
            close &= self.index.topic_codes[ranked] == self.index.topic_codes[best]
        chosen = ranked[close][:limit].tolist()
        if reading.yes_no and reading.party:
            chosen = self._party_first(reading.party, chosen)
        if len(reading.aspects & self.index.gives.keys()) > 1:  # "où et quand…": each asked, from its own best fact
            # Right after the best: the first line rests on it, and trimming to the phone budget cuts from the end.
            chosen[1:1] = self._each_aspect(reading, sheet, order, chosen, floor)
        elif reading.options and reading.aspects == {"place"}:
            # "Did Witkoff meet Putin in Moscow or in St Petersburg?": a meeting in each, where there is one.
            chosen[1:1] = self._each_option(reading, sheet, order, chosen)
        elif reading.aspects & self.index.unsettled.keys() and not reading.yes_no:
            # "Where will the summit be held?": the fact saying the place is not yet set answers, if less close;
            # "where was Zelensky when he accused Russia of stalling?", the statement on those words giving it.
            chosen[1:1] = self._not_yet_set(reading, sheet, order, chosen) or self._same_claim_giving(
                reading, sheet, order, chosen
            )
        if reading.yes_no and (not_set := self._unset_named(reading, sheet, order)) is not None:
            # "Has the venue for the summit been announced?": the fact saying the place is not yet set answers,
            # before the one on the summit's announcement, which holds more of the words.
            chosen = [not_set, *(i for i in chosen if i != not_set)]
        if reading.topics and self.facts[chosen[0]].topic not in reading.topics:
            # "Lieu du sommet connu ?": a fact on the summit saying its place is not set comes before the place of a
            # meeting that a closer fact is on ("connu pour ses missions"), and alone: that place answers nothing.
            unset = [
                i
                for aspect in reading.aspects & self.index.unsettled.keys()
                for i in chosen
                if self.index.unsettled[aspect][i] and self.facts[i].topic in reading.topics
            ]
            if unset:
                chosen = [i for i in chosen if self.facts[i].topic in reading.topics]
                chosen = [unset[0], *(i for i in chosen if i != unset[0])]
        # What "Oui" or "Qui : X" rest on, for the questions that may get one: the facts' own words.
        leads_on = reading.yes_no or "who" in reading.aspects
        stated: list[float | None] = self._stated(reading, words, chosen) if leads_on else [None] * len(chosen)
        none = [0.0] * len(chosen)
        denied = self._denied(reading, words, chosen, self.index.denials) if reading.yes_no else none
        advised = self._denied(reading, words, chosen, self.index.advice) if reading.yes_no else none
        together = [self._together(words, i) for i in chosen] if reading.yes_no else [1.0] * len(chosen)
        matches = tuple(
            Match(self.facts[i], float(scores[i]), float(coverage[i]), share, denies, advice, held)
            for i, share, denies, advice, held in zip(chosen, stated, denied, advised, together, strict=True)
        )
        return Result(reading, matches, ())

    @lru_cache(maxsize=64)  # noqa: B019 - one matcher lives as long as its knowledge
    def _acting_elsewhere(self, countries: frozenset[str]) -> np.ndarray:
        """True for the entries of people who act for a country other than these."""
        people = self.knowledge.people
        return np.array(
            [
                fact.topic == PERSON
                and (person := people.get(fact.id)) is not None
                and person.country is not None
                and person.country not in countries
                for fact in self.facts
            ],
            dtype=bool,
        )

    def _country_of(self, place: str | None) -> str | None:
        """The country a place lies in, itself if it is one: the Kremlin's is Russia."""
        return place and (self.knowledge.enclosing(place) or [place])[-1]

    @lru_cache(maxsize=16)  # noqa: B019 - one matcher lives as long as its knowledge
    def _spoken_from(self, country: str) -> np.ndarray:
        """For each fact, 1 for the statement of someone of this country or a demand of its own, -1 for the statement
        of someone of another, 0 for any other fact: what a country says is what its people say, and what it asks."""
        return np.array([self._voiced_from(fact, country) for fact in self.facts], dtype=np.int8)

    @lru_cache(maxsize=64)  # noqa: B019 - one matcher lives as long as its knowledge
    def heard_from(self, country: str) -> bool:
        """Tell whether some fact says what a country says: its people's statement, or a demand of its own."""
        return bool((self._spoken_from(country) > 0).any())

    def _voiced_from(self, fact: Fact, country: str) -> int:
        """1 where a fact says what a country says (its people's statement, its own demand), -1 where it says what
        another's people say, 0 where it says neither."""
        data = fact.data
        if isinstance(data, DemandFact):
            return 1 if country in data.by else 0
        if not isinstance(data, StatementFact) or (speaker := self.knowledge.people.get(data.speaker)) is None:
            return 0
        if speaker.country is None:
            return 0
        return 1 if speaker.country == country else -1

    @lru_cache(maxsize=64)  # noqa: B019 - one matcher lives as long as its knowledge
    def _entries_of_others(self, people: frozenset[str]) -> np.ndarray:
        """True for the entries of people other than these."""
        return np.array([fact.topic == PERSON and fact.id not in people for fact in self.facts], dtype=bool)

    def _asked_of_another_topic(self, reading: Reading, sheet: ScoreSheet, order: np.ndarray, best: int) -> bool:
        """Tell whether the best fact giving what is asked is on none of the event topics the question names, while
        the best confident fact about what it names is on one of them and does not give it."""
        # Of events: what someone said or demands may be filed under either ("« La Russie doit se bouger »", a
        # statement, and Trump's impatience, a demand, both give the day he wrote it).
        if reading.yes_no or not reading.aspects or not reading.topics or not reading.topics <= _EVENTS:
            return False  # "did Trump inform them when the meeting ended?" asks yes or no, "when" is a clause
        # A summit is a meeting: "où se tiendrait la rencontre entre Trump et Poutine ?" is the summit's place.
        kin = {"summit"} if "meeting" in reading.topics else {"meeting"} if "summit" in reading.topics else set()
        topics = self.index.topic_mask(reading.topics | kin)
        if topics[best]:
            return False
        about = order[(sheet.confident & sheet.fits_subject)[order]]
        return bool(len(about)) and bool(topics[about[0]]) and not sheet.fits_aspect[about[0]]

    def _named_topic_unheld(self, reading: Reading, words: Mapping[str, QuestionWord], best: int) -> bool:
        """Tell whether the question names the summit by its word and the best fact is on another meeting, which never
        says it: "What agenda did Ushakov give for the summit?" is not answered by the 6 August talks' topics."""
        if self.facts[best].topic != "meeting":
            return False
        return any(
            self._cue_words.get(token) == {"summit"} and words[token].block[len(self.facts) + best] <= 0
            for token in reading.tokens
            if token in words
        )

    def _nearest(
        self, indices: np.ndarray, sheet: ScoreSheet, scored: Callable[[float], bool] | None = None
    ) -> tuple[Match, ...]:
        """The facts a decline offers: the first few of indices (those whose score passes scored, if given)."""
        return tuple(
            Match(self.facts[i], float(sheet.scores[i]), float(sheet.coverage[i]))
            for i in indices[:NEAR]
            if scored is None or scored(sheet.scores[i])
        )

    def _holds_only_the_asking(self, reading: Reading, words: Mapping[str, QuestionWord], best: int) -> bool:
        """Tell whether the best fact's own words hold, of a "how many" or "how long" question, only what asks it: the
        noun it counts ("how many people were in the US delegation to Moscow?" of "too many people are dying" counts
        other people; its Russia holds Moscow, not its words), or the verb of lasting ("how long has the war lasted?"
        of the talks that lasted three hours)."""
        if "quantity" in reading.aspects and reading.counted:
            asking: frozenset[str] = frozenset([reading.counted])
        elif "duration" in reading.aspects and not reading.yes_no:
            asking = self._aspect_words
        else:
            return False
        if asking.isdisjoint(words):
            return False
        own = len(self.facts) + best  # the second vector of a word's block: its credit in the facts' own words
        rest = [word for token, word in words.items() if token not in asking and not word.light]
        return bool(rest) and all(word.block[own] <= 0 for word in rest)

    def _narrower_than_giving(
        self, words: Mapping[str, QuestionWord], sheet: ScoreSheet, order: np.ndarray, best: int
    ) -> bool:
        """Tell whether the closest fact on what the question names does not give what it asks, and the best that
        gives it lacks the words setting that subject apart ("when was the energy ceasefire agreed?": the 30-day
        ceasefire's agreement is dated, the energy truce is not)."""
        about = order[(sheet.confident & sheet.fits_subject)[order]]
        if not len(about) or about[0] == best or sheet.fits_aspect[about[0]]:
            return False
        top = about[0]
        total = sum(word.weight for word in words.values())
        apart = [
            word.weight for word in words.values() if not word.light and word.block[top] > 0 and word.block[best] <= 0
        ]
        return len(apart) > 1 and sum(apart) >= APART_SHARE * total

    def _quoting(self, phrases: tuple[str, ...]) -> np.ndarray:
        """The facts whose own words (titles, summaries, quotes) hold every phrase a question quotes."""
        return np.array([all(phrase in text for phrase in phrases) for text in self.index.own_texts], dtype=bool)

    def _each_aspect(
        self, reading: Reading, sheet: ScoreSheet, order: np.ndarray, chosen: list[int], floor: float
    ) -> list[int]:
        """For a question asking two things ("où et quand aura lieu le sommet ?"), the best confident fact on what it
        names giving each that no chosen fact gives: a date asked keeps a fact giving only the place out of the
        ranking."""
        added: list[int] = []
        for aspect in sorted(reading.aspects & self.index.gives.keys()):
            gives = self.index.gives[aspect]
            if reading.sets_aside_done(aspect):  # "où et quand aura lieu…": not a past meeting's place
                gives = gives & ~self.index.done
            if gives[chosen + added].any():
                continue
            fit = sheet.confident & sheet.fits_subject & gives & (sheet.scores >= floor)
            added += order[fit[order]][:1].tolist()
        return added

    def _each_option(self, reading: Reading, sheet: ScoreSheet, order: np.ndarray, chosen: list[int]) -> list[int]:
        """For a question offering places to choose from, the best confident fact on a meeting of those it names held
        in each, where no chosen fact reports one."""
        added: list[int] = []
        for place in sorted(reading.offered):
            held = self.index.met_in(place) & self._met_all(reading.participants) & self.index.gives["place"]
            if held[chosen + added].any():
                continue
            fit = sheet.confident & sheet.fits_subject & held
            added += order[fit[order]][:1].tolist()
        return added

    def _same_claim_giving(
        self, reading: Reading, sheet: ScoreSheet, order: np.ndarray, chosen: list[int]
    ) -> list[int]:
        """For a question asking one place that no chosen fact gives: the best confident fact giving it that rests
        on a quote of the best (the same words, so the same event)."""
        if reading.aspects != {"place"} or self.index.gives["place"][chosen].any():
            return []
        best = self.facts[chosen[0]]
        # Resting on a quote of the best, a statement of the one the question names is as sure as the best, however
        # little else of the question it holds: "where was Zelensky when he accused Russia?", his words in Paris.
        spoken = np.zeros(len(self.facts), dtype=bool)
        for person in reading.people:
            spoken = spoken | self.index.speaker_mask.get(person, False)
        fit = (sheet.confident | sheet.fits_subject & spoken) & self.index.gives["place"]
        return [int(i) for i in order[fit[order]] if same_claim(self.facts[i], best)][:1]

    def _party_first(self, party: str, chosen: list[int]) -> list[int]:
        """For a yes/no question on a party's position ("does Ukraine accept recognising the annexation?"): its own
        fact first, where the best states another party's demand (Russia's, that the annexation be recognised)."""
        own = self.index.party_mask.get(party)
        if own is None or own[chosen[0]] or not self.index.has_party[chosen[0]]:
            return chosen
        first = next((i for i in chosen if own[i]), None)
        return chosen if first is None else [first, *(i for i in chosen if i != first)]

    def _unset_named(self, reading: Reading, sheet: ScoreSheet, order: np.ndarray) -> int | None:
        """For a yes/no question asking whether a place or day named by its noun is set ("has the venue been
        announced?", "la date est-elle fixée ?"), the best confident fact on what it names that says it is not yet
        set, if any. Not "la guerre aurait-elle eu lieu… ?", which asks whether it happened."""
        if reading.happens or SETTLING.isdisjoint(reading.tokens):
            return None
        for aspect in sorted(reading.aspects & self.index.unsettled.keys()):
            if UNSET_NOUNS[aspect].isdisjoint(reading.tokens):
                continue
            fit = sheet.confident & sheet.fits_subject & self.index.unsettled[aspect]
            if reading.topics:  # "was the date of the deadline set?": not the summit's, still to be set
                fit = fit & self.index.topic_mask(reading.topics)
            found = order[fit[order]]
            if len(found):
                return int(found[0])
        return None

    def _not_yet_set(self, reading: Reading, sheet: ScoreSheet, order: np.ndarray, chosen: list[int]) -> list[int]:
        """For a question asking one place or day that no chosen fact gives ("where will the summit be held?"): the
        best confident fact on what it names, naming everyone it names, that says it is not yet set."""
        for aspect in sorted(reading.aspects & self.index.unsettled.keys()):
            # Asked of what is to come, the day a plan was agreed or reported does not give it: "what day of the week
            # will the summit be held?".
            if (
                self.index.unsettled[aspect][chosen].any()
                or self.index.gives[aspect][chosen].any()
                and not (reading.to_come and aspect == "date")
            ):
                continue
            fit = sheet.confident & sheet.fits_subject & self.index.unsettled[aspect]
            fit &= sheet.scores >= self.thresholds.score
            for person in reading.people:
                fit &= self.index.person_mask[person]
            return [int(i) for i in order[fit[order]][:1]]
        return []

    def _other_contact(self, reading: Reading, fact: int) -> bool:
        """Tell whether a fact is about another kind of contact than the one a question asks about: a question on a
        call needs a fact that speaks of one (the 6 August meeting's three hours, or Tass reporting them, do not say how
        long a call lasted); one on meeting in person is not answered by a meeting marked as a call. Only where the
        question asks something of the contact, or whether it was so: in "what did he say after the call?" the call
        only tells when."""
        if reading.by_phone is None or not (reading.aspects or reading.yes_no):
            return False
        if reading.by_phone:  # who is on the call: not whom a clause of time names ("after Witkoff met Putin")
            named = (self.index.person_named(t) for t in reading.tokens if t not in reading.following | reading.dating)
            return not self.index.on_call(fact, frozenset(person for person in named if person) or reading.people)
        return bool(self.index.by_phone[fact])

    def _met_others(self, reading: Reading) -> np.ndarray:
        """The facts reporting a contact of the people a question requires with someone it does not name."""
        return np.array(
            [
                reading.required <= set(f.data.met) and bool(set(f.data.met) - reading.participants - reading.besides)
                for f in self.facts
            ],
            dtype=bool,
        )

    def _met_all(self, people: frozenset[str]) -> np.ndarray:
        """The facts reporting that all these people met (their `met`)."""
        met = self.index.everywhere
        for person in people:
            met = met & self.index.met_mask.get(person, False)
        return met

    def _giving(self, aspects: frozenset[str]) -> np.ndarray:
        """The facts whose fields give any of these aspects (a place, a day, a length)."""
        giving = np.zeros(len(self.facts), dtype=bool)
        for aspect in aspects & self.index.gives.keys():
            giving |= self.index.gives[aspect]
        return giving

    def _stated(self, reading: Reading, words: Mapping[str, QuestionWord], facts: list[int]) -> list[float | None]:
        """Share of the question's weight each fact's own words hold: not its keywords, which say what it is about,
        nor the article around its quotes. "Oui" and "Qui : X" rest on what a fact states."""
        total = sum(word.weight for word in words.values())
        if not total:
            return [1.0] * len(facts)
        # A title's words are stated by a fact stating the name of whom it names ("l'émissaire américain": Witkoff).
        names = dict(reading.title_words)
        refusal_asked = reading.yes_no and "who" not in reading.aspects
        return [
            sum(
                word.weight
                * (
                    1.0
                    if self._verb_of(reading, token, fact)
                    # "La Russie a-t-elle refusé… ?" of "a clairement décliné l'idée…": a refusal, in another verb;
                    # not who refused, which the refusal's own subject says.
                    or refusal_asked
                    and self.index.refusing[fact]
                    and token.startswith(REFUSALS)
                    # "…pendant les pourparlers ?": the talks the fact tells around what it states.
                    or token in reading.during
                    and word.block[fact] > 0
                    else max(
                        self.index.stated(token, fact, word.typos),
                        TITLE_CREDIT * self.index.stated(names[token], fact, False) if token in names else 0.0,
                    )
                )
                for token, word in words.items()
            )
            / total
            for fact in facts
        ]

    def _verb_of(self, reading: Reading, token: str, fact: int) -> bool:
        """Tell whether a question's verb is what a fact states, whatever verb its summary uses: a verb of meeting of
        a fact reporting that the people asked about met ("will Witkoff see Putin again?" of the visit announced, "il
        doit avoir une entrevue avec Vladimir Poutine"); for a "who" question, a verb of speech of a statement ("qui a
        qualifié le dialogue de…": its speaker spoke). For yes or no, speech only of the statement of whom the question
        has speak: "did Trump say…?" rests on what he said, and a demand's "wants" may be claimed of someone by
        another."""
        data = self.facts[fact].data
        if token in MUTUAL_VERBS and len(reading.participants) > 1:
            return reading.participants <= set(data.met)
        if not isinstance(data, StatementFact):
            return False
        if reading.yes_no:  # "did Zelensky say the pressure works?": his own statement says he said it
            return token in _SAID and reading.speaker is not None and data.speaker == reading.speaker
        # "Who posted on Truth Social?" of "a écrit Donald Trump sur sa plateforme": a post is written, in any words.
        if token in _WRITTEN:
            return any(fact in self.index.holders(word) for word in _WRITTEN)
        return token in _SAID

    def _denied(
        self,
        reading: Reading,
        words: Mapping[str, QuestionWord],
        facts: list[int],
        clauses: Callable[[int, str], tuple[frozenset[str], ...]],
    ) -> list[float]:
        """For each fact, the share of what a yes/no question asks beyond its names that one of its clauses says
        (0: none of it), of those the index gives: denying or refusing ("Moscou aurait envoyé des signaux, sans que
        leur nature soit précisée" does not deny that Moscow sent signals; "conditions que Kiev juge inacceptables"
        does not say Moscow wants nothing), or advising against."""
        # What the question asks beyond its names, days and numbers ("ukrainienne" is read as "ukraine" too).
        naming, content = self._naming_words, words.values()
        asked = [forms for word in content if not word.named and not word.light if (forms := word.forms - naming)]
        asked = asked or [word.forms for word in content]
        if reading.spoke:  # "did Zelensky and Trump talk?": whether they met or called, which no clause denies
            return [0.0] * len(facts)
        # In the question's language: a French summary's wording says nothing of an English question's words.
        langs = (reading.lang,) if reading.lang in ("fr", "en") else ("fr", "en")
        # "Des conditions jugées inacceptables par Kiev" refuses accepting them, not that Moscow set them; asked of
        # accepting, or of a refusal itself ("did Kyiv deem them unacceptable?"), it answers.
        accepting = denies(reading.tokens) or any(form.startswith("accept") for forms in asked for form in forms)
        timed = bool(reading.dating or reading.days or reading.months)
        return [
            max(
                (
                    held / len(asked)
                    for lang in langs
                    for clause in clauses(fact, lang)
                    if accepting or not _judged_only(clause)
                    # A clause denying since a time holds more of the question than its verb, or the question names
                    # a time: "ne se sont pas vus depuis janvier" does not deny that they met in Osaka in 2019.
                    if (held := sum(not forms.isdisjoint(clause) for forms in asked)) > 1
                    or timed
                    or SINCE_WORDS.isdisjoint(clause)
                ),
                default=0.0,
            )
            for fact in facts
        ]

    def words_of(self, reading: Reading) -> dict[str, QuestionWord]:
        """A question's content words as scoring sees them, looked up once per question."""
        words = {token: self._words(token, token not in reading.dictionary) for token in reading.tokens}
        for token in words.keys() & self._citing.keys():
            # "Selon l'article 002": a fact citing it holds its number, whether or not its summary spells it.
            word, count = words[token], len(self.facts)
            block = word.block.copy()
            block[: 2 * count] = np.maximum(block[: 2 * count], np.tile(self._citing[token], 2))
            words[token] = replace(word, block=block, weighted=word.weight * block)
        if reading.happens and "lieu" in words:  # "aura-t-il lieu ?": facts saying it happens, not where
            word = words["lieu"]
            block = word.block * np.tile(self.index.happening, 3)
            words["lieu"] = replace(word, block=block, weighted=word.weight * block)
        if reading.yes_no:
            for token in words.keys() & STOPPED:  # "a-t-elle cessé ses frappes ?": "a continué ses frappes" holds it
                word, count = words[token], len(self.facts)
                block = word.block.copy()
                held = CUE_CREDIT * self._going_on
                block[:count] = np.maximum(block[:count], held)  # found in the fact, and in its own words
                block[count : 2 * count] = np.maximum(block[count : 2 * count], held)
                words[token] = replace(word, block=block, weighted=word.weight * block)
        if reading.figures:
            # "Poutine a-t-il accepté une trêve de 60 jours ?": a number no fact states, of what facts count, is what
            # the verdict checks against the fact's own ("30 jours"), not a word to find: it would sink the fact that
            # answers "No". Not a count of what no fact counts: "did 50 people attend?" asks of no count held.
            tokens = reading.tokens
            for at, token in enumerate(tokens[:-1]):
                value = counts([token, tokens[at + 1]])
                if value and value.pop()[1] in self._counted and token in words and not words[token].block.any():
                    del words[token]
        offered = [token for token in reading.options if token in words] if "place" not in reading.aspects else []
        if len(offered) > 1:
            # "Un accord avec Kiev ou avec Washington ?" asks which one: a fact holding either holds what is asked.
            # Not "in Moscow or in St Petersburg?", which the place each meeting was held answers.
            either = np.maximum.reduce([words[token].block for token in offered])
            for token in offered:
                words[token] = replace(words[token], block=either, weighted=words[token].weight * either)
        for token, name_word in reading.title_words:
            # "Qui a accueilli l'émissaire américain ?": a fact naming Witkoff holds the title, whatever it calls him.
            word, name = words[token], self._words(name_word, False)
            block = np.maximum(word.block, TITLE_CREDIT * name.block)  # the title itself, where a fact has it, first
            words[token] = replace(word, block=block, weighted=word.weight * block)
        return words

    def _held_by(self, words: Mapping[str, QuestionWord], fact: int, *, exclude: frozenset[str] | set[str]) -> int:
        """The sentences of a fact (bits) holding any of a question's content words but those excluded."""
        bits = self.index.sentence_bits[fact]
        held = 0
        for token, word in words.items():
            if token not in exclude and not word.named and not word.light:
                for form in word.forms:
                    held |= bits.get(form, 0)
        return held

    def _together(self, words: Mapping[str, QuestionWord], fact: int) -> float:
        """Share of the question's weight one sentence of a fact holds: names and everyday words count anywhere."""
        total = sum(word.weight for word in words.values())
        if not total:
            return 1.0
        anchored = 0.0
        asked: list[tuple[float, int]] = []  # each word asked about, and the fact's sentences holding it (bits)
        bits = self.index.sentence_bits[fact]
        for word in words.values():
            if word.named or word.light:
                anchored += word.weight if word.block[fact] > 0 else 0.0
            else:
                held = 0
                for form in word.forms:
                    held |= bits.get(form, 0)
                if held:
                    asked.append((word.weight, held))
                elif word.block[fact] > 0:  # in its keywords only, which are of the whole fact: with any sentence
                    asked.append((word.weight, (1 << len(self.index.sentences[fact])) - 1))
        return (anchored + _best_sentence(asked)) / total

    def _token_vectors(self, token: str, typos: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """A question word's credit in every fact, the same from the facts' own text only, and where in a title."""
        count = len(self.facts)
        found_in, values, titles = self.index.hits(token, typos)
        credit = np.zeros(count)
        credit[found_in] = values
        cue_mask = self._cue_masks.get(token)
        if (
            cue_mask is not None
        ):  # "dit", "rencontre": the question's own topic words count as found in facts of that topic
            credit[cue_mask] = np.maximum(credit[cue_mask], CUE_CREDIT)
        titled = np.zeros(count)
        titled[titles] = 1.0
        return credit, np.where(credit > AROUND_CREDIT, credit, 0.0), titled

    def _bonus_of_topics(self, topics: frozenset[str]) -> np.ndarray:
        """TOPIC_BONUS on the facts of any of topics, multiplied out once per set of topics."""
        bonus = TOPIC_BONUS * self.index.topic_mask(topics)
        bonus.flags.writeable = False  # shared by every question on these topics
        return bonus

    def cues(self, word: str | None, topic: str) -> bool:
        """Tell whether a folded word cues a topic ("accueilli", "met": a meeting): every fact of it is credited with
        the word."""
        return topic in self._cue_words.get(word or "", ())

    def clear_caches(self) -> None:
        """Forget every word looked up so far: benchmarks time cold lookups, and a word's weight depends on the
        unknown-word threshold, so calibration clears them for each setting."""
        self.index.clear_caches()
        self._topic_bonus.cache_clear()
        self._vectors.cache_clear()
        self._words.cache_clear()

    def _word(self, token: str, typos: bool) -> QuestionWord:
        """Everything scoring needs of one question word, computed once per word."""
        vectors = self._vectors(token, typos)
        place = self.index.place_named(token)
        named = bool(place or self.index.person_named(token))
        mentioned = vectors[0] > 0 if named else None
        if place:
            mentioned = mentioned | self.index.mentions_place(place)
        light = grammar.light_word(token)
        weight = LIGHT_WEIGHT if light else self._weight(token, typos)
        forms = frozenset(form for form, _ in self.index.resolve(token, typos)) or frozenset((token,))
        block = np.concatenate(vectors)
        return QuestionWord(weight, light, named, block, weight * block, mentioned, forms, typos)

    def _weight(self, token: str, typos: bool = True) -> float:
        """A question word's weight: its rarity; a word the briefs and articles never use, more (it is off-topic)."""
        if self.index.resolve(token, typos):
            return self.index.weight(token, typos)
        return self.index.max_idf * self.thresholds.unknown

    def _score(self, reading: Reading, words: Mapping[str, QuestionWord]) -> ScoreSheet:
        """Score every fact: the share of the question's weight it covers, plus bonuses; which are confident and fit."""
        index = self.index
        count = len(self.facts)
        weights = {token: word.weight for token, word in words.items()}
        total = sum(weights.values())
        if not total or not count:
            nothing = np.zeros(count, dtype=bool)
            return ScoreSheet(np.zeros(count), np.zeros(count), nothing, nothing, nothing)
        # What is asked about, beyond who and where: the words that are not names of people or places.
        named = {t for t, word in words.items() if word.named}
        # Nor, asked a time of day, the day a question names ("à quelle heure est-il arrivé au Kremlin le 6 août ?"): it
        # sets which facts fit; the verb tells arriving from leaving.
        timed = "clock" in reading.aspects and (reading.days or reading.months)
        day = {t for t in words if t in grammar.MONTHS or t.isdigit()} if timed else set()
        focus = {t for t, word in words.items() if not word.light and not word.named and t not in day}
        spoke: np.ndarray | None = None  # the statements of the one person a question asks where or when spoke
        if (
            not focus
        ):  # only names and everyday verbs ("when did Witkoff arrive at the Kremlin"): the verbs are what is asked
            focus = set(weights) - named - day
            if reading.places and all(among(t, GOING) for t in focus):
                # "When will Witkoff go to Moscow?": going somewhere is being there, which a visit says in any words.
                focus = set()
            elif PERSON in reading.topics and len(reading.people) == 1 and not reading.yes_no:
                # "c'est qui ce Ouchakov qu'on voit partout ?": who they are is their entry; the everyday verbs
                # around the name ask nothing more.
                focus = set()
            elif (
                len(reading.people) == 1
                and reading.aspects
                and reading.aspects <= {"place", "date"}
                and not (reading.whom or reading.yes_no)  # "avec qui a-t-il parlé ?" asks whom, not what was said
                and all(grammar.speech_verb(t) or t in TALK_VERBS for t in focus)
            ):
                # "Où était Overchuk quand il a parlé de Pékin et Washington ?": their statements say they spoke, in
                # any words.
                (person,) = reading.people
                spoke = index.speaker_mask.get(person)
        focus_total = sum(weights[t] for t in focus)
        # Credit, credit in the fact itself, in a title: each word's three vectors, weighted, stored end to end, so
        # a few additions of whole rows sum them (fewer steps than stacking the rows for one product).
        rows = [word.weighted for word in words.values()]
        covered, _, in_title = sum(rows[1:], rows[0]).reshape(3, count)
        # What is asked must be in the fact itself, not only in the sentence around its quote.
        own = [word.weighted[count : 2 * count] for t, word in words.items() if t in focus]
        focus_covered = sum(own[1:], own[0]) if own else np.zeros(count)
        coverage = covered / total
        scores = coverage + (TITLE_BONUS / total) * in_title
        # Between equals, the smaller fact, and without an aspect asked, the headline: one precomputed tie-break each.
        scores += self._plain if reading.aspects else self._headline
        if reading.topics:
            scores += self._topic_bonus(reading.topics)
        if reading.expires_on:  # "l'ultimatum expirait-il le 7 août ?" asks of a deadline, whatever else names the day
            scores += self._topic_bonus(frozenset(["deadline"]))
        mentioned: np.ndarray | int = 0  # how many of the people the question names each fact names
        if reading.speaker and reading.speaker not in reading.people:
            # "d'après le conseiller de Poutine, …": whom a title names as the source, the facts naming them first.
            source = reading.speaker
            scores += ENTITY_BONUS * (index.speaker_mask.get(source, False) | index.person_mask.get(source, False))
        if reading.asks_speech and reading.source_country and not reading.speaker:
            # "What did the Kremlin say about the meeting?": what its people said, before what others reported of it.
            scores += ENTITY_BONUS * (self._spoken_from(reading.source_country) > 0)
        if reading.people:
            mentioned = np.zeros(count, dtype=np.int16)
            for person in reading.required:
                mentioned += index.person_mask.get(person, 0)
            scores += ENTITY_BONUS * (mentioned == len(reading.required))
            if reading.spoke:  # "did Trump talk to Zelensky?": whether they met or called
                scores += ENTITY_BONUS * (self._met_all(reading.participants) & self._meetings)
            if reading.others:  # "who else did Witkoff see?": a contact with someone the question does not name
                scores += ENTITY_BONUS * self._met_others(reading)
            if reading.speaker:  # "qu'a dit Trump de la réunion ?": what Trump said before what others said of it
                scores += ENTITY_BONUS * index.speaker_mask.get(reading.speaker, False)
        if reading.ranks_held_first:
            # "Où a-t-il eu des entretiens avec Poutine ?": the meetings held before a visit announced; still, a
            # question naming that visit ("combien de temps a duré la rencontre exploratoire ?") finds it.
            scores -= self._announced
        if reading.to_come and reading.yes_no and reading.asks_contact:
            # "Will Witkoff meet Putin?": a meeting announced, before one held (which says nothing of what is to come).
            scores -= self._held
        if reading.party:  # "qu'exige la Russie ?": not Ukraine's demand that Russia end the war
            scores -= self._other_parties[reading.party]
        if reading.aspects:  # it gives the place, time or length asked, or names someone the question does not
            gives = np.zeros(count, dtype=bool)
            for aspect in reading.aspects & index.aspect.keys():
                if aspect == "place" and reading.places:  # "where did Zelensky accuse Russia…": a place beyond Russia
                    gives |= index.aspect[aspect] & index.places_beyond(reading.places)
                else:
                    gives |= index.aspect[aspect]
            if "who" in reading.aspects and PERSON not in reading.topics:
                gives |= index.people_count > mentioned
            scores += ASPECT_BONUS * gives
        fits_aspect = index.everywhere.copy()
        for aspect in reading.aspects.intersection(STRICT_ASPECTS):
            fits_aspect &= index.aspect[aspect]
        # "Qui est le secrétaire d'État ?": a fact never saying the noun asked about cannot answer.
        head = words.get(reading.head) if reading.head else None
        if head is not None and not head.named:
            fits_aspect = fits_aspect & (head.block[:count] > 0)
        if reading.names_asked:  # "the name of the official on the call": a fact naming no one else cannot give it
            fits_aspect &= index.people_count > mentioned
        if any(reading.sets_aside_done(aspect) for aspect in reading.aspects):
            fits_aspect &= ~index.done
        if reading.exact and "quantity" in reading.aspects:  # "combien de morts exactement ?": not "des milliers"
            fits_aspect &= index.exact_count
        if reading.counted and "quantity" in reading.aspects:
            # A fact must name what is counted ("civils", "soldats") in a sentence stating a count: a fact on strikes
            # on civilian sites that counts attacks elsewhere does not say how many civilians, and a war toll does not
            # say how many Russian soldiers died.
            counted = self._words(reading.counted, reading.counted not in reading.dictionary)
            # People, in any of the words for them: "combien de personnes meurent ?" of "trop de gens meurent".
            forms = counted.forms | PEOPLE_COUNTED if reading.counted in PEOPLE_COUNTED else counted.forms
            # Asked per week, a count per week fits whatever it counts in other words ("des milliers par semaine" of
            # "trop de gens meurent" answers "combien de morts par semaine ?").
            units = reading.per
            for at in np.flatnonzero(fits_aspect):
                held = rated = 0
                for form in forms:
                    held |= index.sentence_bits[at].get(form, 0)
                for unit in units:
                    rated |= index.sentence_bits[at].get(unit, 0)
                # …of what the question counts, though in other words: the fact is about it, or the question's verb
                # is in the sentence ("combien de personnes meurent chaque semaine ?"); not deaths for "sanctions".
                at_rate = rated & index.rate_bits[at]
                if at_rate and counted.block[at] <= 0:
                    at_rate &= self._held_by(words, int(at), exclude=units | {reading.counted})
                fits_aspect[at] = bool(held & index.count_bits[at] or at_rate)
        if "quantity" in reading.aspects and reading.days:
            # "How many were killed on August 6?": an undated fact's count (the war's toll since 2022) is not the day's;
            # a month may be its article's ("how many regions did Putin demand in April?").
            fits_aspect &= index.dated
        if "date" in reading.aspects and reading.after:  # "après la rencontre d'avril, quand…": not April's day
            fits_aspect = fits_aspect & index.later_than(max(reading.after))
        if "date" in reading.aspects and reading.before:  # "avant la rencontre d'août, quand…": not August's day
            fits_aspect = fits_aspect & index.earlier_than(min(reading.before))
        fits_subject = index.everywhere  # shared and read-only: every step below makes a new array
        if reading.places or reading.days or reading.months:
            # "Did Trump call Zelensky after the Moscow meeting?": the meeting dates the call, which was not there.
            after = {place for token in reading.following if (place := index.place_named(token))}
            events = reading.event_places - reading.offered - after
            fits_subject = (
                index.about_places(reading.places - reading.offered - events - after)
                & self._of_events_at(events)
                & index.on_days(reading.days)
                & index.in_months(reading.months)
            )
        # A person or place the question names must be in the fact or the sentence around its quote: a question
        # on Zelensky's party is not answered by a fact that never names him.
        for token, word in words.items():
            # "…depuis son retour à la Maison-Blanche": a time; "Washington's or Moscow's?": either will do, below.
            # An option, whichever of its words names it: "St Petersburg" is offered in "petersburg" and "st".
            offered = token in reading.options or index.place_named(token) in reading.offered
            # "Qui a accueilli l'émissaire de Trump ?": Trump says whose envoy, the title names who; a fact on the
            # envoy need not name Trump.
            owner = reading.titled and index.person_named(token) in reading.owners
            # "Witkoff a-t-il été accueilli par Ouchakov ?": a fact naming another who welcomed him answers no.
            # "Was it Peskov who announced the agreement?": a fact naming Ushakov as announcing it answers that too.
            agent = (
                reading.yes_no
                and (reading.passive or reading.cleft)
                and reading.agent is not None
                and token in reading.agent[1:]
            )
            # "…after the Putin talks": a clause of time dates what is asked; whom it names need not be in the fact.
            # Not of what someone said: "what did Putin say after meeting Witkoff?" is no adviser's word after it.
            timing = (
                token in reading.dating
                or token in reading.during  # "…sent during the Witkoff visit?": the visit dates what is asked
                or token in reading.following
                and not reading.asks_speech
            )
            if word.named and not timing and not offered and not owner and not agent:
                fits_subject = fits_subject & word.mentioned
        if not reading.yes_no and (asked_years := years_asked(reading)):
            # "Which country hosts the G20 summit in 2025?": a fact naming years, none of them the one asked, is of
            # another time. Asked yes or no, it answers no: "did they last meet in Osaka in 2018?".
            fits_subject = fits_subject & self._of_years(asked_years)
        if reading.source_country:
            # "Selon le Kremlin, combien de soldats russes meurent chaque semaine ?": not what Trump wrote.
            fits_subject = fits_subject & (self._spoken_from(reading.source_country) >= 0)
        if reading.first_time:
            # "Où Trump et Poutine se sont-ils rencontrés pour la première fois ?": the last time is another meeting.
            fits_subject = fits_subject & ~index.last_only
        if reading.options:
            either = np.zeros(count, dtype=bool)
            for token in reading.options & words.keys():
                either |= words[token].mentioned
                if place := index.place_named(token):
                    either |= index.about_places([place])
            fits_subject = fits_subject & either
        if PERSON in reading.topics and not reading.people and (countries := reading.places & NATIONS):
            # "Who is the spokesman for Ukraine?": not the Kremlin's, whose entry names Ukraine as what he speaks of.
            fits_subject = fits_subject & ~self._acting_elsewhere(countries)
        for token in reading.tokens:  # "selon l'article 004, …": what that article says, not another
            if token in self._citing:
                fits_subject = fits_subject & self._citing[token]
        if PERSON in reading.topics and reading.people and "who" not in reading.aspects and not reading.names_asked:
            # "What job did the White House hand Witkoff?": Witkoff's role; Trump's entry, which the White House
            # stands for, is another person's.
            fits_subject = fits_subject & ~self._entries_of_others(reading.people | reading.titled)
        if reading.asks_when_met and "meeting" in reading.topics:
            fits_subject = fits_subject & self._met_all(reading.participants)
        # A name of its own the question gives ("l'OTAN", "Bloomberg") is what it is about, as a person or place is.
        # Not for yes or no, which a fact naming another answers no ("did Ria Novosti report the length?").
        for name in () if reading.yes_no else (reading.names - reading.name_options) & words.keys():
            fits_subject = fits_subject & (words[name].block[: len(self.facts)] > 0)
        if choices := reading.name_options & words.keys():  # "Tass ou Ria ?": a fact naming either
            fits_subject = fits_subject & np.logical_or.reduce([words[n].block[: len(self.facts)] > 0 for n in choices])
        floor = self.thresholds.coverage if reading.guided else self.thresholds.coverage_unguided
        confident = (coverage >= floor) & (scores >= self.thresholds.score)
        if focus_total:
            if "duration" in reading.aspects:
                # A length asked is itself what is asked: a fact giving it holds that part of the focus ("combien de
                # temps ont-ils discuté" is answered by the meeting's length, worded otherwise). Not a time of day:
                # the verb tells arriving from leaving.
                focus_share = (focus_covered + ASKED_SHARE * focus_total * fits_aspect) / (
                    (1 + ASKED_SHARE) * focus_total
                )
            else:
                focus_share = focus_covered / focus_total
            if spoke is not None:
                focus_share = np.maximum(focus_share, spoke)
            sure = confident & (focus_share >= self.thresholds.focus)
            if reading.asks_when_met and not (sure & fits_aspect & fits_subject).any():
                # "Where in Saint Petersburg did Witkoff and Putin sit down?": when no fact holds the words, one
                # reporting that they met, giving what is asked, holds the verb however it is worded.
                met = self._met_all(reading.participants) & self._giving(reading.aspects)
                credited = (focus_covered + ASKED_SHARE * focus_total * met) / ((1 + ASKED_SHARE) * focus_total)
                sure = confident & (np.maximum(focus_share, credited) >= self.thresholds.focus)
            confident = sure
        if reading.quoted:  # a phrase the question quotes names the fact that holds it, whatever else it asks
            quoting = self._quoting(reading.quoted)
            scores = scores + QUOTE_BONUS * quoting
            confident = confident | quoting
        scores, coverage = np.array([scores, coverage]).round(4)  # one rounding for both: it is a few array passes
        return ScoreSheet(scores, coverage, confident, fits_aspect, fits_subject)


def _judged_only(clause: frozenset[str]) -> bool:
    """Tell whether a denying clause refuses only by judging something unacceptable, with no negation or other
    refusal in it."""
    refusals = [word for word in clause if word.startswith(REFUSALS)]
    judged = bool(refusals) and all(word.startswith(JUDGED_REFUSALS) for word in refusals)
    return judged and NEGATIONS.isdisjoint(clause)


def _best_sentence(asked: list[tuple[float, int]]) -> float:
    """The most weight one sentence holds, of words given with the sentences holding them (bits)."""
    # Each word's weight is added to the sentences it is in, in the words' order: the same sums as counting
    # sentence by sentence, with one pass over each word's set bits instead of one over every word per sentence.
    sums: dict[int, float] = {}
    for weight, held in asked:
        while held:
            low = held & -held
            sums[low] = sums.get(low, 0) + weight
            held ^= low
    return max((0.0, *sums.values()))


@dataclass(frozen=True, slots=True)
class QuestionWord:
    """A question word as scoring sees it: its weight, whether it is light or a name, its credit over the facts."""

    weight: float
    light: bool
    named: bool  # a person or a place
    block: np.ndarray  # (3 * facts,): the three vectors of Matcher._token_vectors end to end, joined once per word
    weighted: np.ndarray  # block times weight: what the word adds to each fact's sums
    mentioned: np.ndarray | None  # for a name: the facts that name it (a place: or a place standing for it)
    forms: frozenset[str] = frozenset()  # the known words it stands for (itself, lemmas, forms, typos repaired)
    typos: bool = True  # whether it was read as a possible typo: not a word of the dictionaries


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Every fact's score and coverage, whether it is confident, gives what is asked, and is about what is named."""

    scores: np.ndarray
    coverage: np.ndarray
    confident: np.ndarray
    fits_aspect: np.ndarray
    fits_subject: np.ndarray


Phrase = tuple[str, ...]
# What "who" asks of a meeting: who met, received or welcomed someone ("who met Witkoff?", "qui a reçu Witkoff ?").
_MET = frozenset(fold(cue) for cue in TOPIC_CUES["meeting"] if " " not in cue)
# What a statement states, whatever verb its summary uses: that its speaker spoke (the statement cues of one word),
# not where or how ("posted", "wrote", "tweet": a post on X is not any statement).
# Verbs of putting words in writing: one stands for another ("posted" of "a écrit sur sa plateforme").
_WRITTEN = frozenset(["ecrit", "wrote", "write", "written", "tweet", "tweete", "posted"])
_MEDIUM = _WRITTEN | frozenset(["cite", "quote", "quoted", "propos", "commented"])
_SAID = frozenset(fold(cue) for cue in TOPIC_CUES["statement"] if " " not in cue) - _MEDIUM

_STRESSED_FR = frozenset(["lui", "elle", "eux", "elles", "soi"])
# "Which day" asks what "what day" asks, "quelle ville" what "quel pays" does: aspect cues are read with one form of
# each. Not list cues: "quelles" asks for several things, "quel" for one.
_SAME_INTERROGATIVE = {"which": "what", "quelle": "quel", "quels": "quel", "quelles": "quel"}


def _title_forms(titles: Sequence[str]) -> tuple[str, ...]:
    """A person's titles, each English one also in its other order: "Kremlin spokesman" as "spokesman of the
    Kremlin", "President of Russia" as "Russia president" ("the Kremlin's spokesman" is read "spokesman of Kremlin")."""
    forms = list(titles)
    for title in titles:
        head, of, owner = title.partition(" of ")
        if of:
            forms.append(f"{owner.removeprefix('the ')} {head}")
        elif len(words := title.split()) == 2 and title.isascii():
            forms += [f"{words[1]} of {words[0]}", f"{words[1]} of the {words[0]}"]
    return tuple(forms)


def _with_plurals(cues: tuple[str, ...]) -> tuple[str, ...]:
    """Cue phrases, each one-word noun also with an s: "quelles fonctions exerce-t-il ?" asks his role."""
    return cues + tuple(cue + "s" for cue in cues if " " not in cue and cue[-1] not in "sxz")


class PhraseTable:
    """Cue phrases (folded, as word tuples) and the keys each signals, looked up by their first word."""

    def __init__(self, cues: dict[str, tuple[str, ...]], same: dict[str, str] | None = None) -> None:
        """same: words read as another in cues (and so, by the caller, in questions): "which" as "what"."""
        same = same or {}
        self.keys: dict[Phrase, set[str]] = defaultdict(set)
        for key, phrases in cues.items():
            for cue in phrases:
                self.keys[tuple(same.get(w, w) for w in fold(cue).split())].add(key)
        # Each first word -> the lengths of the phrases it starts: one dictionary lookup per length, not per phrase.
        lengths: dict[str, set[int]] = defaultdict(set)
        for phrase in self.keys:
            lengths[phrase[0]].add(len(phrase))
        self._lengths = {word: tuple(sorted(sizes)) for word, sizes in lengths.items()}

    def find(self, words: list[str]) -> dict[str, set[Phrase]]:
        """Every cue phrase among the question's words: key -> phrases found."""
        found: dict[str, set[Phrase]] = defaultdict(set)
        for start in self._starts(words):
            for size in self._lengths[words[start]]:
                phrase = tuple(words[start : start + size])
                for key in self.keys.get(phrase, ()):
                    found[key].add(phrase)
        return found

    def spans(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Where each cue phrase stands among the question's words: start, end and the key it signals."""
        return [
            (start, start + size, key)
            for start in self._starts(words)
            for size in self._lengths[words[start]]
            for key in self.keys.get(tuple(words[start : start + size]), ())
        ]

    def _starts(self, words: list[str]) -> list[int]:
        """Where a cue phrase may start: most questions, for most tables, hold no first word of one."""
        if self._lengths.keys().isdisjoint(words):
            return []
        return [at for at, word in enumerate(words) if word in self._lengths]


def _says_nothing(reading: Reading) -> bool:
    """Tell whether a question holds only everyday words and the noun a name is asked with, naming no topic, person,
    place, day or quote: small talk ("ça va ?", "what's your name?"), whatever a fact's words may share with it."""
    return not (
        reading.guided or reading.places or reading.days or reading.months or reading.quoted or reading.names
    ) and all(grammar.light_word(token) or token in NAME_WORDS for token in reading.tokens)


def years_asked(reading: Reading) -> frozenset[str]:
    """The years a question asks of, not those of a clause dating it: "2018" of "did they meet in Osaka in 2018?"."""
    return frozenset(token for token in reading.tokens if grammar.YEAR.fullmatch(token)) - reading.dating


__all__ = ["Decline", "Match", "Matcher", "PERSON", "Reading", "Result"]
