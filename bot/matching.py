"""Match a question to the facts that answer it: topics, entities and the facts' own words, typo-tolerant."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.knowledge import PERSON, Fact, Knowledge
from bot.lexicon import (
    ASPECT_CUES,
    ENGLISH_MARKERS,
    FRENCH_MARKERS,
    LIGHT_WEIGHT,
    LIGHT_WORDS,
    LIST_CUES,
    NUMBER_WORDS,
    STOPWORDS,
    SYNONYMS,
    TOPIC_CUES,
)
from bot.schema import DeadlineFact, MeetingFact, StatementFact
from bot.text import fold

PREFIX = 5  # words sharing their first five letters are taken as forms of one word (negocie/negociations)
PREFIX_CREDIT = 0.85
FUZZY_CUTOFF = 84  # rapidfuzz ratio above which an unknown word is read as a typo of a known one
TOPIC_BONUS = 0.08
ENTITY_BONUS = 0.1
ASPECT_BONUS = 0.1
TITLE_BONUS = 0.1
HEADLINE_BONUS = 0.05  # between equals, the fact curators chose to lead its topic
SPECIFICITY = 0.0001  # between equals, the fact with fewer words: it is more likely about just this
STRICT_ASPECTS = frozenset({"quantity", "duration"})
MIN_COVERAGE = 0.5  # under this share of the question's weight, the bot declines
MIN_COVERAGE_UNGUIDED = 0.7  # the same when the question names no topic, person or aspect: words alone must carry it
MIN_SCORE = 0.62


@dataclass(frozen=True, slots=True)
class Match:
    """A fact and how well it answers the question."""

    fact: Fact
    score: float
    coverage: float
    guided: bool = True
    fits: bool = True  # False when the question asks "how many" or "how long" and the fact holds no number or length


@dataclass(frozen=True, slots=True)
class Reading:
    """What the matcher understood of a question."""

    lang: str | None
    tokens: tuple[str, ...]
    topics: frozenset[str]
    people: frozenset[str]
    aspects: frozenset[str]
    wants_list: bool
    unknown_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Result:
    """The facts that answer a question, best first, or none with the closest candidates."""

    reading: Reading
    matches: tuple[Match, ...]
    near: tuple[Match, ...]

    @property
    def found(self) -> bool:
        """True when some fact answers the question confidently."""
        return bool(self.matches)


class Matcher:
    """Scores facts against questions; built once per knowledge load."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.facts = knowledge.facts
        self._titles: list[frozenset[str]] = []
        self._sizes: list[int] = []
        self._aspects: list[frozenset[str]] = []
        postings: dict[str, set[int]] = defaultdict(set)
        for index, fact in enumerate(self.facts):
            bag = frozenset(fold(" ".join(_fact_texts(fact, knowledge))).split()) - STOPWORDS
            self._titles.append(frozenset(fold(f"{fact.data.title.fr} {fact.data.title.en}").split()))
            self._aspects.append(_aspects_of(fact, bag, fold(" ".join(_fact_texts(fact, knowledge)))))
            self._sizes.append(len(bag))
            for word in bag:
                postings[word].add(index)
        self._postings = {word: frozenset(ids) for word, ids in postings.items()}
        count = len(self.facts) or 1
        self._idf = {word: math.log(1 + count / len(ids)) for word, ids in self._postings.items()}
        self._max_idf = math.log(1 + count)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self._postings:
            for size in (PREFIX - 1, PREFIX):
                if len(word) >= size:
                    self._by_prefix[word[:size]].append(word)
            self._by_length[len(word)].append(word)
        self._aliases = _alias_index(knowledge)
        self._cue_topics = _cue_index()
        self._cue_words: dict[str, set[str]] = defaultdict(set)
        for cue, topic in self._cue_topics:
            for word in cue.split():
                self._cue_words[word].add(topic)
        self._resolve = lru_cache(maxsize=8192)(self._resolve_uncached)

    def read(self, question: str) -> Reading:
        """Extract language, content words, topics and people from a question."""
        folded = fold(question)
        padded = f" {folded} "
        words = folded.split()
        typed = " " + " ".join(_APOSTROPHES.sub(" ", question.lower()).split()) + " "
        topics = {topic for cue, topic in self._cue_topics if f" {cue} " in padded}
        aspects = {aspect for aspect, cues in ASPECT_CUES.items() if any(_has_cue(typed, padded, c) for c in cues)}
        if "duration" in aspects:
            aspects.discard("quantity")  # "combien de temps" asks for a length, not a count
        # A phrase such as "how long" says what is asked, not what it is about: its words are not matched.
        consumed = {w for cues in ASPECT_CUES.values() for c in cues if " " in c and _has_cue(typed, padded, c) for w in fold(c).split()}
        tokens = tuple(dict.fromkeys(w for w in words if w not in STOPWORDS and w not in consumed and (len(w) > 1 or w.isdigit())))
        named = {t: self._person_named(t) for t in tokens}
        people = frozenset(p for p in named.values() if p)
        if tokens and all(named.values()) and len(people) == 1:  # a bare name ("zelenskyy?") asks who that is
            topics |= {PERSON}
        return Reading(
            lang=detect_language(words, question),
            tokens=tokens,
            topics=frozenset(topics),
            people=people,
            aspects=frozenset(aspects),
            wants_list=any(f" {cue} " in padded for cue in LIST_CUES),
            unknown_names=tuple(name for name in _proper_names(question) if not self._known(name)),
        )

    def match(self, question: str, *, limit: int = 4) -> Result:
        """Return the facts that answer question, or none and the nearest candidates."""
        reading = self.read(question)
        scored = sorted(self._score_all(reading), key=lambda m: m.score, reverse=True)
        # A name the sources never mention (a person, a country) means the question is about something else.
        confident = [m for m in scored if _confident(m)]
        if not confident or reading.unknown_names:
            return Result(reading, (), tuple(scored[:3]))
        best = confident[0]
        floor = best.score * (0.75 if reading.wants_list else 0.92)
        # Several facts answer together when they score close to the best: of one topic, or any for a list question.
        chosen = [best] + [
            m for m in confident[1:] if m.score >= floor and (reading.wants_list or m.fact.topic == best.fact.topic)
        ]
        return Result(reading, tuple(chosen[:limit]), ())

    def _score_all(self, reading: Reading) -> Iterable[Match]:
        """Score every fact that shares a word, a topic or a person with the question."""
        weights: dict[str, float] = {}
        hits: dict[str, dict[int, float]] = {}
        forms: dict[str, frozenset[str]] = {}
        for token in reading.tokens:
            found = self._resolve(token)
            forms[token] = frozenset(w for w, _ in found)
            if token in LIGHT_WORDS:
                weights[token] = LIGHT_WEIGHT
            else:
                weights[token] = max((self._idf[w] for w, _ in found), default=self._max_idf)
            per_fact: dict[int, float] = {}
            for word, credit in found:
                for index in self._postings[word]:
                    if credit > per_fact.get(index, 0.0):
                        per_fact[index] = credit
            hits[token] = per_fact
        candidates = set().union(*hits.values()) if hits else set()
        if reading.topics:
            candidates |= {i for i, f in enumerate(self.facts) if f.topic in reading.topics and reading.people & _people_of(f)}
        total = sum(weights.values())
        if not total:
            return
        for index in candidates:
            fact = self.facts[index]
            got = in_title = 0.0
            title = self._titles[index]
            for token, weight in weights.items():
                credit = hits[token].get(index, 0.0)
                if fact.topic in self._cue_words.get(token, ()):
                    credit = 1.0  # "dit", "rencontre": the question's own topic words
                got += weight * credit
                if forms[token] & title:
                    in_title += weight
            coverage = got / total
            score = coverage + TITLE_BONUS * in_title / total
            if fact.topic in reading.topics:
                score += TOPIC_BONUS
            if reading.people and reading.people <= _people_of(fact):
                score += ENTITY_BONUS
            # It gives the place, time or length asked for, or names someone the question does not ("who met…").
            asks_who = "who" in reading.aspects and PERSON not in reading.topics
            if reading.aspects & self._aspects[index] or (asks_who and _people_of(fact) - reading.people):
                score += ASPECT_BONUS
            fits = not (reading.aspects & STRICT_ASPECTS) - self._aspects[index]
            if fact.data.headline:
                score += HEADLINE_BONUS
            score -= SPECIFICITY * self._sizes[index]
            guided = bool(reading.topics or reading.people or reading.aspects)
            yield Match(fact, round(score, 4), round(coverage, 4), guided, fits)

    def _person_named(self, token: str) -> str | None:
        """The person a word names, typos allowed, or None."""
        if token in self._aliases:
            return self._aliases[token]
        return next((p for word, _ in self._resolve(token) if (p := self._aliases.get(word))), None)

    def _known(self, name: str) -> bool:
        """Tell whether every word of a name is known to the briefs (typos allowed)."""
        return all(w in STOPWORDS or self._resolve(w) for w in fold(name).split())

    def _resolve_uncached(self, token: str) -> tuple[tuple[str, float], ...]:
        """Return the known words a question word stands for, each with its credit."""
        synonyms = tuple((w, PREFIX_CREDIT) for s in SYNONYMS.get(token, ()) for w, _ in self._own_forms(s))
        if token in self._postings:
            return ((token, 1.0), *(pair for pair in self._forms(token) if pair[0] != token), *synonyms)
        return self._forms(token) + synonyms or self._typos(token)

    def _own_forms(self, word: str) -> tuple[tuple[str, float], ...]:
        """A known word and its forms (for synonyms, which are never typos)."""
        return ((word, 1.0),) * (word in self._postings) + self._forms(word)

    def _forms(self, token: str) -> tuple[tuple[str, float], ...]:
        """Known words sharing the token's stem: its first five letters, or all four of a short word."""
        if len(token) >= PREFIX:
            return tuple((w, PREFIX_CREDIT) for w in self._by_prefix.get(token[:PREFIX], ()))
        if len(token) == PREFIX - 1:  # "meet" for "meeting", not "inde" for "independence"
            return tuple((w, PREFIX_CREDIT) for w in self._by_prefix.get(token, ()) if len(w) <= len(token) + 4)
        return ()

    def _typos(self, token: str) -> tuple[tuple[str, float], ...]:
        """Known words one or two keystrokes away from an unknown token."""
        if len(token) < 4 or token.isdigit():
            return ()
        pool = [w for n in range(len(token) - 1, len(token) + 2) for w in self._by_length.get(n, ())]
        best = process.extract(token, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        return tuple((word, PREFIX_CREDIT * score / 100) for word, score, _ in best)


_FRENCH_LETTERS = frozenset("éèêàâùûçîôœ")


def _confident(match: Match) -> bool:
    """Tell whether a match is good enough to answer with."""
    floor = MIN_COVERAGE if match.guided else MIN_COVERAGE_UNGUIDED
    return match.fits and match.coverage >= floor and match.score >= MIN_SCORE


def _fact_texts(fact: Fact, knowledge: Knowledge) -> Iterable[str]:
    """Yield every text a fact can be found by: wording, keywords, quotes, names of its people and places."""
    data = fact.data
    yield from (data.title.fr, data.title.en, data.summary.fr, data.summary.en, *data.keywords)
    yield from (c.quote for c in data.citations)
    for person_id in _people_of(fact):
        person = knowledge.people.get(person_id)
        if person:
            yield from (person.name.fr, person.name.en, *person.aliases)
    for place_id in data.places:
        place = knowledge.places.get(place_id)
        if place:
            yield from (place.name.fr, place.name.en, *place.aliases)


_APOSTROPHES = re.compile(r"['’?!.,;:]")
PLACE_WORDS = frozenset({"lieu", "where", "venue", "location", "endroit"})
_LENGTH = re.compile(
    r"\b(\d+|" + "|".join(sorted(NUMBER_WORDS)) + r")\s+(heures?|hours?|minutes?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?)\b"
)


def _aspects_of(fact: Fact, bag: frozenset[str], text: str) -> frozenset[str]:
    """What a fact can answer beyond its words: a place, a length of time, a date."""
    data = fact.data
    aspects = set()
    if data.places or bag & PLACE_WORDS:
        aspects.add("place")
    # A meeting answers "how long" only if curators recorded its length; other facts, if they state hours or days.
    has_number = bool(bag & NUMBER_WORDS) or any(w[:1].isdigit() for w in bag)
    has_length = bool(data.duration) if isinstance(data, MeetingFact) else bool(_LENGTH.search(text))
    if has_length:
        aspects.add("duration")
    if data.date or isinstance(data, DeadlineFact):
        aspects.add("date")
    if has_number:
        aspects.add("quantity")
    return frozenset(aspects)


_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÀ-Ý][\w\u00C0-\u024F-]+)")


def _proper_names(question: str) -> list[str]:
    """Capitalized words past the first word of a sentence: the names a question mentions."""
    text = question.strip()
    return [m.group(1) for m in _NAME.finditer(text) if m.start(1) > 0 and not _sentence_start(text, m.start(1))]


def _sentence_start(text: str, index: int) -> bool:
    """Tell whether index begins a sentence (after . ? ! or a quote mark)."""
    before = text[:index].rstrip()
    return not before or before[-1] in ".?!«\"“:"


def _has_cue(typed: str, folded: str, cue: str) -> bool:
    """Find a cue in the question: as typed when it has accents ("où"), else folded."""
    if cue.isascii():
        return f" {cue} " in folded
    return f" {cue} " in typed


def _people_of(fact: Fact) -> frozenset[str]:
    """The people a fact names, the speaker of a statement included."""
    data = fact.data
    named = set(data.people)
    if isinstance(data, StatementFact):
        named.add(data.speaker)
    if isinstance(data, DeadlineFact) and data.set_by:
        named.add(data.set_by)
    return frozenset(named)


def _alias_index(knowledge: Knowledge) -> dict[str, str]:
    """Map each distinctive word of a person's names to the person (surnames and spellings)."""
    index: dict[str, str] = {}
    for person in knowledge.people.values():
        for name in (person.name.fr, person.name.en, *person.aliases):
            words = [w for w in fold(name).split() if w not in STOPWORDS and len(w) > 3]
            if words:
                index.setdefault(words[-1], person.id)  # the surname identifies; first names are shared
    return index


def _cue_index() -> tuple[tuple[str, str], ...]:
    """All topic cues as (folded phrase, topic) pairs."""
    return tuple((fold(cue), topic) for topic, cues in TOPIC_CUES.items() for cue in cues)


def detect_language(words: list[str], original: str = "") -> str | None:
    """Guess French or English from marker words and accents; None when the question gives no sign."""
    french = sum(w in FRENCH_MARKERS for w in words) + sum(c in _FRENCH_LETTERS for c in original.lower())
    english = sum(w in ENGLISH_MARKERS for w in words)
    if french == english:
        return None
    return "fr" if french > english else "en"


__all__ = ["Match", "Matcher", "PERSON", "Reading", "Result", "detect_language"]
