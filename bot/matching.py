"""Match a question to the facts that answer it: topics, entities and the facts' own words, typo-tolerant."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from bot.factindex import FactIndex
from bot.knowledge import PERSON, Fact, Knowledge
from bot.lexicon import (
    ASPECT_CUES,
    ENGLISH_MARKERS,
    FRENCH_MARKERS,
    LIGHT_WEIGHT,
    LIGHT_WORDS,
    LIST_CUES,
    STOPWORDS,
    TOPIC_CUES,
)
from bot.text import fold

TOPIC_BONUS = 0.08
ENTITY_BONUS = 0.1
ASPECT_BONUS = 0.1
TITLE_BONUS = 0.1
HEADLINE_BONUS = 0.05  # between equals, the fact curators chose to lead its topic
SPECIFICITY = 0.0001  # between equals, the fact with fewer words: it is more likely about just this
MIN_COVERAGE = 0.5  # under this share of the question's weight, the bot declines
MIN_COVERAGE_UNGUIDED = 0.7  # the same when the question names no topic, person or aspect: words alone must carry it
MIN_SCORE = 0.62
STRICT_ASPECTS = ("quantity", "duration")  # "how many" needs a number, "how long" a length
NEAR = 3


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
    aspects: frozenset[str]
    wants_list: bool
    unknown_names: tuple[str, ...] = ()

    @property
    def guided(self) -> bool:
        """True when the question names a topic, a person or what it asks for, not only words."""
        return bool(self.topics or self.people or self.aspects)


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
    """Scores every fact against a question at once, over the arrays of a FactIndex."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.index = FactIndex(knowledge)
        self.facts = knowledge.facts
        self._cues = PhraseTable(TOPIC_CUES)
        self._aspect_cues = PhraseTable(ASPECT_CUES)
        self._list_cues = PhraseTable({"list": LIST_CUES})
        self._cue_words: dict[str, set[str]] = defaultdict(set)
        for phrase, topics in self._cues.keys.items():
            for word in phrase:
                self._cue_words[word] |= topics

    def read(self, question: str) -> Reading:
        """Extract language, content words, topics, aspects and people from a question."""
        words = fold(question).split()
        typed = _APOSTROPHES.sub(" ", question.lower()).split()
        topics = set(self._cues.find(words))
        aspect_hits = self._aspect_cues.find(words)
        if "ou" in aspect_hits.get("place", ()) and "où" not in typed:
            aspect_hits["place"].discard(("ou",))  # "ou" is "or"; only "où" asks where
        aspects = {aspect for aspect, phrases in aspect_hits.items() if phrases}
        if "duration" in aspects:
            aspects.discard("quantity")  # "combien de temps" asks for a length, not a count
        # A phrase such as "how long" says what is asked, not what it is about: its words are not matched.
        consumed = {w for phrases in aspect_hits.values() for phrase in phrases if len(phrase) > 1 for w in phrase}
        tokens = tuple(dict.fromkeys(w for w in words if w not in STOPWORDS and w not in consumed and (len(w) > 1 or w.isdigit())))
        named = {t: self.index.person_named(t) for t in tokens}
        people = frozenset(p for p in named.values() if p)
        if tokens and all(named.values()) and len(people) == 1:  # a bare name ("zelenskyy?") asks who that is
            topics.add(PERSON)
        return Reading(
            lang=detect_language(words, question),
            tokens=tokens,
            topics=frozenset(topics),
            people=people,
            aspects=frozenset(aspects),
            wants_list=bool(self._list_cues.find(words)),
            unknown_names=tuple(name for name in _proper_names(question) if not self.index.known(name)),
        )

    def match(self, question: str, *, limit: int = 4) -> Result:
        """Return the facts that answer question, or none and the nearest candidates."""
        reading = self.read(question)
        scores, coverage, confident = self._score(reading)
        order = np.argsort(-scores, kind="stable")
        ranked = order[confident[order]]
        # A name the sources never mention (a person, a country) means the question is about something else.
        if not len(ranked) or reading.unknown_names:
            near = tuple(Match(self.facts[i], float(scores[i]), float(coverage[i])) for i in order[:NEAR] if scores[i] > 0)
            return Result(reading, (), near)
        best = ranked[0]
        floor = scores[best] * (0.75 if reading.wants_list else 0.92)
        # Several facts answer together when they score close to the best: of one topic, or any for a list question.
        topic = self.index.topic_codes[best]
        chosen = [i for i in ranked if scores[i] >= floor and (reading.wants_list or self.index.topic_codes[i] == topic)]
        return Result(reading, tuple(Match(self.facts[i], float(scores[i]), float(coverage[i])) for i in chosen[:limit]), ())

    def _score(self, reading: Reading) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Score every fact: the share of the question's weight it covers, plus bonuses; and which are confident."""
        index = self.index
        count = len(self.facts)
        found = {token: index.resolve(token) for token in reading.tokens}
        weights = {
            token: LIGHT_WEIGHT if token in LIGHT_WORDS else max((index.idf[w] for w, _ in forms), default=index.max_idf)
            for token, forms in found.items()
        }
        total = sum(weights.values())
        if not total or not count:
            return np.zeros(count), np.zeros(count), np.zeros(count, dtype=bool)
        covered = np.zeros(count)
        in_title = np.zeros(count)
        for token, weight in weights.items():
            found_in, values, titles = index.hits(token)
            credit = np.zeros(count)
            credit[found_in] = values
            titled = np.zeros(count)
            titled[titles] = 1.0
            cue_topics = self._cue_words.get(token)
            if cue_topics:  # "dit", "rencontre": the question's own topic words count as found in facts of that topic
                credit[index.topic_mask(cue_topics)] = 1.0
            covered += weight * credit
            in_title += weight * titled
        coverage = covered / total
        scores = coverage + TITLE_BONUS * in_title / total + HEADLINE_BONUS * index.headline - SPECIFICITY * index.sizes
        if reading.topics:
            scores += TOPIC_BONUS * index.topic_mask(reading.topics)
        mentioned = np.zeros(count, dtype=np.int16)
        for person in reading.people:
            mentioned += index.person_mask[person] if person in index.person_mask else 0
        if reading.people:
            scores += ENTITY_BONUS * (mentioned == len(reading.people))
        # It gives the place, time or length asked for, or names someone the question does not ("who met…").
        gives = np.zeros(count, dtype=bool)
        for aspect in reading.aspects & index.aspect.keys():
            gives |= index.aspect[aspect]
        if "who" in reading.aspects and PERSON not in reading.topics:
            gives |= index.people_count > mentioned
        scores += ASPECT_BONUS * gives
        fits = np.ones(count, dtype=bool)
        for aspect in reading.aspects & set(STRICT_ASPECTS):
            fits &= index.aspect[aspect]
        floor = MIN_COVERAGE if reading.guided else MIN_COVERAGE_UNGUIDED
        confident = fits & (coverage >= floor) & (scores >= MIN_SCORE)
        return np.round(scores, 4), np.round(coverage, 4), confident


Phrase = tuple[str, ...]


class PhraseTable:
    """Cue phrases (folded, as word tuples) and the keys each signals, looked up by their first word."""

    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.keys: dict[Phrase, set[str]] = defaultdict(set)
        for key, phrases in cues.items():
            for phrase in phrases:
                self.keys[tuple(fold(phrase).split())].add(key)
        self._starting: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in self.keys:
            self._starting[phrase[0]].append(phrase)

    def find(self, words: list[str]) -> dict[str, set[Phrase]]:
        """Every cue phrase among the question's words: key -> phrases found."""
        found: dict[str, set[Phrase]] = defaultdict(set)
        for start, word in enumerate(words):
            for phrase in self._starting.get(word, ()):
                if tuple(words[start : start + len(phrase)]) == phrase:
                    for key in self.keys[phrase]:
                        found[key].add(phrase)
        return found


_APOSTROPHES = re.compile(r"['’?!.,;:]")
_NAME = re.compile(r"(?<![.?!]\s)(?<!^)\b([A-ZÀ-Ý][\w\u00C0-\u024F-]+)")
_FRENCH_LETTERS = frozenset("éèêàâùûçîôœ")


def _proper_names(question: str) -> list[str]:
    """Capitalized words past the first word of a sentence: the names a question mentions."""
    text = question.strip()
    return [m.group(1) for m in _NAME.finditer(text) if m.start(1) > 0 and not _sentence_start(text, m.start(1))]


def _sentence_start(text: str, index: int) -> bool:
    """Tell whether index begins a sentence (after . ? ! or a quote mark)."""
    before = text[:index].rstrip()
    return not before or before[-1] in ".?!«\"“:"


def detect_language(words: list[str], original: str = "") -> str | None:
    """Guess French or English from marker words and accents; None when the question gives no sign."""
    french = sum(w in FRENCH_MARKERS for w in words) + sum(c in _FRENCH_LETTERS for c in original.lower())
    english = sum(w in ENGLISH_MARKERS for w in words)
    if french == english:
        return None
    return "fr" if french > english else "en"


__all__ = ["Match", "Matcher", "PERSON", "Reading", "Result", "detect_language"]
