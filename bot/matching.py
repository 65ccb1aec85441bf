"""Match a question to the facts that answer it: topics, entities and the facts' own words, typo-tolerant."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.knowledge import PERSON, Fact, Knowledge
from bot.lexicon import (
    ENGLISH_MARKERS,
    FRENCH_MARKERS,
    LIST_CUES,
    STOPWORDS,
    TOPIC_CUES,
    WHEN_CUES,
)
from bot.schema import DeadlineFact, StatementFact
from bot.text import fold

PREFIX = 5  # words sharing their first five letters are taken as forms of one word (negocie/negociations)
PREFIX_CREDIT = 0.85
FUZZY_CUTOFF = 84  # rapidfuzz ratio above which an unknown word is read as a typo of a known one
TOPIC_BONUS = 0.2
ENTITY_BONUS = 0.15
WHEN_BONUS = 0.05
MIN_COVERAGE = 0.5  # under this share of the question's weight, the bot declines
MIN_SCORE = 0.62


@dataclass(frozen=True, slots=True)
class Match:
    """A fact and how well it answers the question."""

    fact: Fact
    score: float
    coverage: float


@dataclass(frozen=True, slots=True)
class Reading:
    """What the matcher understood of a question."""

    lang: str | None
    tokens: tuple[str, ...]
    topics: frozenset[str]
    people: frozenset[str]
    wants_list: bool
    wants_date: bool


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
        self._bags: list[frozenset[str]] = []
        postings: dict[str, set[int]] = defaultdict(set)
        for index, fact in enumerate(self.facts):
            bag = frozenset(fold(" ".join(_fact_texts(fact, knowledge))).split()) - STOPWORDS
            self._bags.append(bag)
            for word in bag:
                postings[word].add(index)
        self._postings = {word: frozenset(ids) for word, ids in postings.items()}
        count = len(self.facts) or 1
        self._idf = {word: math.log(1 + count / len(ids)) for word, ids in self._postings.items()}
        self._max_idf = math.log(1 + count)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self._postings:
            if len(word) >= PREFIX:
                self._by_prefix[word[:PREFIX]].append(word)
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
        topics = frozenset(topic for cue, topic in self._cue_topics if f" {cue} " in padded)
        tokens = tuple(dict.fromkeys(w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())))
        people = frozenset(self._aliases[t] for t in tokens if t in self._aliases) | frozenset(
            person for token in tokens for word, _ in self._resolve(token) if (person := self._aliases.get(word))
        )
        return Reading(
            lang=detect_language(words, question),
            tokens=tokens,
            topics=topics,
            people=people,
            wants_list=any(f" {cue} " in padded for cue in LIST_CUES),
            wants_date=any(f" {cue} " in padded for cue in WHEN_CUES),
        )

    def match(self, question: str, *, limit: int = 4) -> Result:
        """Return the facts that answer question, or none and the nearest candidates."""
        reading = self.read(question)
        scored = sorted(self._score_all(reading), key=lambda m: m.score, reverse=True)
        if not scored or not _confident(scored[0]):
            return Result(reading, (), tuple(scored[:3]))
        best = scored[0]
        floor = best.score * (0.75 if reading.wants_list else 0.92)
        chosen = [best] + [
            m for m in scored[1:] if m.score >= floor and _confident(m) and m.fact.topic == best.fact.topic
        ]
        return Result(reading, tuple(chosen[:limit]), ())

    def _score_all(self, reading: Reading) -> Iterable[Match]:
        """Score every fact that shares a word, a topic or a person with the question."""
        weights: dict[str, float] = {}
        hits: dict[str, dict[int, float]] = {}
        for token in reading.tokens:
            found = self._resolve(token)
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
            got = 0.0
            for token, weight in weights.items():
                credit = hits[token].get(index, 0.0)
                if fact.topic in self._cue_words.get(token, ()):
                    credit = 1.0  # "dit", "rencontre": the question's own topic words
                got += weight * credit
            coverage = got / total
            score = coverage
            if fact.topic in reading.topics:
                score += TOPIC_BONUS
            named = _people_of(fact)
            if reading.people and reading.people <= named:
                score += ENTITY_BONUS
            if reading.wants_date and (fact.data.date or isinstance(fact.data, DeadlineFact)):
                score += WHEN_BONUS
            yield Match(fact, round(score, 4), round(coverage, 4))

    def _resolve_uncached(self, token: str) -> tuple[tuple[str, float], ...]:
        """Return the known words a question word stands for, each with its credit."""
        if token in self._postings:
            found = [(token, 1.0)]
            if len(token) >= PREFIX:
                found += [(w, PREFIX_CREDIT) for w in self._by_prefix.get(token[:PREFIX], ()) if w != token]
            return tuple(found)
        if len(token) >= PREFIX and token[:PREFIX] in self._by_prefix:
            return tuple((w, PREFIX_CREDIT) for w in self._by_prefix[token[:PREFIX]])
        if len(token) < 4 or token.isdigit():
            return ()
        pool = [w for n in range(len(token) - 1, len(token) + 2) for w in self._by_length.get(n, ())]
        best = process.extract(token, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        return tuple((word, PREFIX_CREDIT * score / 100) for word, score, _ in best)


_FRENCH_LETTERS = frozenset("éèêàâùûçîôœ")


def _confident(match: Match) -> bool:
    """Tell whether a match is good enough to answer with."""
    return match.coverage >= MIN_COVERAGE and match.score >= MIN_SCORE


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
