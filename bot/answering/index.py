"""What the matcher precomputes over the facts: words, postings, typo lookup, and per-fact features as arrays."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from bot.answering.gazetteer import PEOPLES
from bot.answering.lexicon import (
    APPROXIMATORS,
    COUNTRIES,
    IRREGULAR_FORMS,
    LOCUTIONS,
    NUMBER_VALUES,
    NUMBER_WORDS,
    RATE,
    SAME_PLACE,
    STEM,
    STOPWORDS,
    TAKING_PLACE,
    advising_clauses,
    denying_clauses,
    refuses,
)
from bot.knowledge.dates import FOLDED_MONTHS_EN, FOLDED_MONTHS_FR
from bot.knowledge.loading import PHONE_WORDS, Fact, Knowledge, people_of
from bot.knowledge.schema import DeadlineFact, DemandFact, MeetingFact, StatementFact
from bot.knowledge.text import english_stem, fold, lemmas, preload_lemmas, raw_words, squash

PREFIX = 5  # words sharing their first five letters are taken as forms of one word (negocie/negociations)
PREFIX_CREDIT = 0.85
PREFIX_SHARE = 0.5  # share of the longer word's letters two forms must begin with
AROUND_CREDIT = 0.6  # a word of the sentence around a quote, not of the fact itself
KEYWORD_CREDIT = 0.9  # a word only of a fact's keywords: a reader's paraphrase, not the fact's own wording
FUZZY_CUTOFF = 84  # rapidfuzz ratio above which an unknown word is read as a typo of a known one
_ELIDED = frozenset("cdjlmnst")  # French letters that elide before a vowel: l', d', j', n', s', c', m', t'
ASPECTS = ("place", "duration", "date", "quantity", "clock", "subjects")

Forms = tuple[tuple[str, float], ...]  # known words a question word stands for, with the credit each earns


class FactIndex:
    """Facts as columns of arrays, and the vocabulary that leads to them; built once per knowledge load.

    A fact is found by its own words (title, summary, quotes, names of its people and places), with a little
    less credit by its keywords, and with less by the words of the article sentences its quotes come from.
    Every word is indexed as written (folded) and as its French and English lemmas.
    """

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.facts = knowledge.facts
        count = len(self.facts)
        postings: dict[str, list[int]] = defaultdict(list)
        around: dict[str, list[int]] = defaultdict(list)
        in_titles: dict[str, list[int]] = defaultdict(list)
        self.people: list[frozenset[str]] = [people_of(fact) for fact in self.facts]
        self.topics = sorted({fact.topic for fact in self.facts})
        self.topic_codes = np.array([self.topics.index(fact.topic) for fact in self.facts], dtype=np.int16)
        self._topic_masks = {topic: self.topic_codes == code for code, topic in enumerate(self.topics)}
        self.aspect = {name: np.zeros(count, dtype=bool) for name in ASPECTS}
        self.headline = np.array([fact.data.headline for fact in self.facts], dtype=bool)
        # The day a quote states, not one worked out: what "la date exacte" asks for.
        self.day_stated = np.array([_states_day(fact) for fact in self.facts], dtype=bool)
        # Meetings marked as phone calls: a question on meeting in person is never answered by one.
        self.by_phone = np.array([by_phone(fact) for fact in self.facts], dtype=bool)
        self.done = np.array([reported_done(fact, knowledge) for fact in self.facts], dtype=bool)
        # Meetings dated and not reported done: a visit announced, which a question on what happened ranks after.
        # Undated facts on a visit still to come are not marked: nothing in them says when it happens.
        self.announced = np.array([announced(fact, knowledge) for fact in self.facts], dtype=bool)
        # Facts whose fields give a place, a day or a length, or say that it is not yet set: a first line's value.
        self.gives = {
            aspect: np.array([gives(fact, aspect) for fact in self.facts], dtype=bool)
            for aspect in ("place", "date", "duration")
        }
        # Facts saying the place or day of what they are about is not yet set.
        self.unsettled = {
            aspect: np.array([aspect in fact.data.unsettled for fact in self.facts], dtype=bool)
            for aspect in ("place", "date")
        }
        self.sizes = np.zeros(count, dtype=np.float64)
        self.people_count = np.array([len(p) for p in self.people], dtype=np.int16)
        self.person_mask: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(count, dtype=bool))
        self.speaker_mask: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(count, dtype=bool))  # whose words
        self.party_mask: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(count, dtype=bool))  # whose demands
        self.met_mask: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(count, dtype=bool))  # who met in it
        # Lemmas of every word as the articles and briefs spell it, accents included: "posees" is "posées", of "poser".
        self.lemma_of: dict[str, set[str]] = defaultdict(set)
        texts = (
            *(a.text for a in knowledge.articles.values()),
            *(t for f in self.facts for t in fact_texts(f, knowledge)),
        )
        vocabulary = {word for text in texts for word in raw_words(text)}
        preload_lemmas(vocabulary | {fold(word) for word in vocabulary})
        for word in vocabulary:
            self.lemma_of[fold(word)].update(lemmas(word))
        keyworded: dict[str, list[int]] = defaultdict(list)
        # Each fact's titles and summaries, folded: what it says in its own words, no quote or keyword.
        summaries = [fold(wording(fact, quotes=False)) for fact in self.facts]
        for index, fact in enumerate(self.facts):
            own = " ".join(fact_texts(fact, knowledge))
            text = fold(own)
            prose = keys_of(" ".join(fact_texts(fact, knowledge, keywords=False)))
            bag = prose | keys_of(" ".join(fact.data.keywords))  # keys are per word: the keys of the whole text
            for word in prose:
                postings[word].append(index)
            for word in bag - prose:
                keyworded[word].append(index)
            for word in keys_of(" ".join(quote_context(fact, knowledge))) - bag:
                around[word].append(index)
            for word in keys_of(f"{fact.data.title.fr} {fact.data.title.en}"):
                in_titles[word].append(index)
            for name in aspects_of(fact, frozenset(text.split()), text, summaries[index]):
                self.aspect[name][index] = True
            for person in self.people[index]:
                self.person_mask[person][index] = True
            for person in fact.data.met:
                self.met_mask[person][index] = True
            if isinstance(fact.data, StatementFact):
                self.speaker_mask[fact.data.speaker][index] = True
            if isinstance(fact.data, DemandFact):
                for party in fact.data.by:
                    self.party_mask[party][index] = True
            self.sizes[index] = len(bag)
        self.has_party = np.array([isinstance(f.data, DemandFact) and bool(f.data.by) for f in self.facts], dtype=bool)
        self.postings = {word: np.array(ids, dtype=np.int32) for word, ids in postings.items()}
        self.keyworded = {word: np.array(ids, dtype=np.int32) for word, ids in keyworded.items()}
        self.around = {word: np.array(ids, dtype=np.int32) for word, ids in around.items()}
        self.titled = {word: np.array(ids, dtype=np.int32) for word, ids in in_titles.items()}
        # Rarity counts a fact once whether the word is its own or in the sentence around its quote.
        self.idf = {
            word: math.log(
                1 + count / (len(postings.get(word, ())) + len(keyworded.get(word, ())) + len(around.get(word, ())))
            )
            for word in postings.keys() | keyworded.keys() | around.keys()
        }
        self.max_idf = math.log(1 + max(count, 1))
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in self.idf:
            for size in (PREFIX - 1, PREFIX):
                if len(word) >= size:
                    self._by_prefix[word[:size]].append(word)
            self._by_length[len(word)].append(word)
        self.aliases = alias_index(knowledge)
        # Of each fact, the people each quote speaking of a phone call names: who was on that call.
        self._callers = [self._on_the_line(fact) for fact in self.facts]
        self.place_aliases = place_index(knowledge)
        # The first letters of every word naming a place or its people: "Russian" of "Russia", "Indian" of "India".
        self.place_stems = frozenset(
            word[:STEM] for word in chain(self.place_aliases, *PEOPLES.values()) if " " not in word
        )
        self._spellings: dict[str, list[str]] = defaultdict(list)  # each name word -> the words naming the same one
        for table in (self.aliases, self.place_aliases):
            same: dict[str, list[str]] = defaultdict(list)
            for word, who in table.items():
                same[who].append(word)
            for word, who in table.items():
                self._spellings[word] += same[who]
        self.spellings = name_languages(knowledge)
        self.sentences = [sentence_keys(fact, knowledge) for fact in self.facts]
        # For each fact, each key -> the sentences holding it, as bits: one-sentence checks are integer ors and ands.
        self.sentence_bits: list[dict[str, int]] = []
        for sentences in self.sentences:
            bits: dict[str, int] = defaultdict(int)
            for at, keys in enumerate(sentences):
                for key in keys:
                    bits[key] |= 1 << at
            self.sentence_bits.append(dict(bits))
        # For each fact, its own sentences (not the articles' around its quotes) that state a count, as bits; and
        # those that state a count by the day, week…: "des milliers par semaine".
        self.count_bits: list[int] = []
        self.rate_bits: list[int] = []
        exact = []  # and whether any of them states an exact count: "deux sous-marins", not "des milliers"
        for fact in self.facts:
            sentences_folded = [fold(text) for text in own_sentences(fact)]
            self.count_bits.append(sum(1 << at for at, text in enumerate(sentences_folded) if states_count(text)))
            self.rate_bits.append(sum(1 << at for at, text in enumerate(sentences_folded) if RATE.search(text)))
            exact.append(any(map(states_exact_count, sentences_folded)))
        self.exact_count = np.array(exact, dtype=bool)
        # Facts on the last of something and not a first: "la dernière rencontre en personne … remonte à 2019".
        self.last_only = np.array([names_last(p) and not _FIRST.search(p) for p in summaries], dtype=bool)
        self.fact_places = [frozenset(fact.data.places) for fact in self.facts]
        self.days = [fact_day(fact) for fact in self.facts]
        self.dated = np.array([day is not None for day in self.days], dtype=bool)  # a count of a day comes from these
        # Each fact's own words, folded: where a quoted phrase is looked for, and an idiom.
        self.own_texts = [own_text(fact, knowledge) for fact in self.facts]
        # Facts saying something happened or will ("a eu lieu", "pourrait avoir lieu"): the "lieu" a question's idiom
        # asks of ("le sommet aura-t-il lieu ?") is theirs, not the place of "le lieu n'est pas précisé".
        self.happening = np.array([bool(TAKING_PLACE.search(text)) for text in self.own_texts])
        # Facts whose own words refuse something ("a clairement décliné l'idée"): a refusal asked ("la Russie a-t-elle
        # refusé… ?", "did Russia reject…?") is what they state, in whatever verb.
        self.refusing = np.array([refuses(text.split()) for text in self.own_texts])
        self.everywhere = np.ones(count, dtype=bool)
        self.everywhere.flags.writeable = False  # shared by every question that names no place or day
        self.resolve = lru_cache(maxsize=8192)(self._resolve)
        self.hits = lru_cache(maxsize=8192)(self._hits)
        self.person_named = lru_cache(maxsize=8192)(self._person_named)
        self.party_named = lru_cache(maxsize=8192)(self._party_named)
        self.known = lru_cache(maxsize=4096)(self._known)
        self.holders = lru_cache(maxsize=8192)(self._holders)
        self.denials = lru_cache(maxsize=8192)(self._denials)  # only yes/no questions read them: not at start-up
        self.advice = lru_cache(maxsize=8192)(self._advice)

    def clear_caches(self) -> None:
        """Forget every word looked up so far (benchmarks time cold lookups)."""
        self.resolve.cache_clear()
        self.hits.cache_clear()
        self.person_named.cache_clear()
        self.party_named.cache_clear()
        self.known.cache_clear()
        self.holders.cache_clear()
        self.denials.cache_clear()
        self.advice.cache_clear()

    def _hits(self, token: str, typos: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Where a question word is found: fact indices with their credit, and the facts it titles.

        Indices are ordered by rising credit, so assigning them in order leaves each fact its best credit.
        """
        found, credit, titled = [], [], []
        for word, value in self.resolve(token, typos):
            for table, share in ((self.postings, 1.0), (self.keyworded, KEYWORD_CREDIT), (self.around, AROUND_CREDIT)):
                if word in table:
                    found.append(table[word])
                    credit.append(np.full(len(table[word]), value * share))
            if word in self.titled:
                titled.append(self.titled[word])
        if not found:
            empty = np.zeros(0, dtype=np.int32)
            return empty, np.zeros(0), empty
        ids, credits = np.concatenate(found), np.concatenate(credit)
        order = np.argsort(credits, kind="stable")
        return ids[order], credits[order], np.concatenate(titled) if titled else np.zeros(0, dtype=np.int32)

    def stated(self, token: str, fact: int, typos: bool = True) -> float:
        """A question word's credit in one fact's own words (title, summary, quotes, names), not its keywords. An
        irregular verb's other forms state it too: "did the convoy leave…?" of "left the Kremlin"."""
        return max(
            (
                value
                for word, value in (
                    *self.resolve(token, typos),
                    *((form, 1.0) for form in IRREGULAR_FORMS.get(token, ())),
                )
                if _same_word(token, word, value) and fact in self.holders(word)
            ),
            default=0.0,
        )

    def _denials(self, fact: int, lang: str) -> tuple[frozenset[str], ...]:
        """What the clauses of a fact's title and summary in lang deny or refuse: "no" rests on them."""
        data = self.facts[fact].data
        return denying_clauses(data.title.get(lang)) + denying_clauses(data.summary.get(lang))

    def _advice(self, fact: int, lang: str) -> tuple[frozenset[str], ...]:
        """What the clauses of a fact's title and summary in lang advise against ("ne pas être trompé"): neither a yes
        nor a no rests on them."""
        data = self.facts[fact].data
        return advising_clauses(data.title.get(lang)) + advising_clauses(data.summary.get(lang))

    def _holders(self, word: str) -> frozenset[int]:
        """The facts whose own words hold word, as a set: a membership test, not a scan of the postings array."""
        ids = self.postings.get(word)
        return frozenset(ids.tolist()) if ids is not None else frozenset()

    def topic_mask(self, topics: Iterable[str]) -> np.ndarray:
        """True for the facts of any of topics."""
        return self._topic_mask(frozenset(topics))

    @lru_cache(maxsize=256)  # noqa: B019 - one index lives as long as its knowledge
    def _topic_mask(self, topics: frozenset[str]) -> np.ndarray:
        """topic_mask, computed once per set of topics."""
        mask = np.zeros(len(self.facts), dtype=bool)
        for topic in topics:
            if topic in self._topic_masks:
                mask |= self._topic_masks[topic]
        return mask

    def on_call(self, fact: int, people: frozenset[str]) -> bool:
        """Tell whether a fact speaks of a phone call between the people given (any call, for none): a meeting
        marked as one, or a quote on a call naming them all, or naming no one. A visit told beside someone else's
        call ("Zelensky a eu un échange téléphonique avec Trump") is not a call of Witkoff's."""
        if self.by_phone[fact]:
            return True
        return any(people <= named or not named for named in self._callers[fact])

    def _on_the_line(self, fact: Fact) -> tuple[frozenset[str], ...]:
        """For each quote of a fact that speaks of a phone call, the people it names."""
        return tuple(
            frozenset(person for word in folded.split() if (person := self.aliases.get(word)))
            for c in fact.data.citations
            if PHONE_WORDS.search(folded := fold(c.quote))
        )

    def _party_named(self, token: str) -> str | None:
        """The party whose demands a word names: a person's country, or the country a place stands for."""
        person = self.person_named(token)
        if person is not None:
            country = self.knowledge.people[person].country
            return country if country in self.party_mask else None
        place = self.place_named(token)
        if place is None:
            return None
        return next((p for p in (place, *SAME_PLACE.get(place, ())) if p in self.party_mask), None)

    def _person_named(self, token: str) -> str | None:
        """The person a word names, typos allowed, or None."""
        if token in self.aliases:
            return self.aliases[token]
        if token in self.idf:  # a word the briefs use as written ("dmitri", a shared first name) is not a misspelt name
            return None
        return next((p for word, _ in self.resolve(token) if (p := self.aliases.get(word))), None)

    def place_named(self, token: str) -> str | None:
        """The place a word names, as spelled in the registry, or None ("american" is not "America")."""
        return self.place_aliases.get(token)

    def about_places(self, places: Iterable[str]) -> np.ndarray:
        """True for the facts that can be about every place named: they are set there, or set nowhere in particular."""
        fits = self.everywhere
        for place in places:
            fits = fits & self._about_place(place)
        return fits

    @lru_cache(maxsize=256)  # noqa: B019 - one index lives as long as its knowledge
    def _about_place(self, place: str) -> np.ndarray:
        """True for the facts set in place (or a place that stands for it), or set nowhere but naming it."""
        same = {place, *SAME_PLACE.get(place, ())}
        named = self._naming(same)
        return np.array(
            [bool(where & same) if where else named[i] for i, where in enumerate(self.fact_places)], dtype=bool
        )

    @lru_cache(maxsize=64)  # noqa: B019 - one index lives as long as its knowledge
    def met_in(self, place: str) -> np.ndarray:
        """True for the facts reporting a meeting whose venue (their first place) is place, one standing for it, or
        lies within it: the Kremlin's meeting is held in Moscow."""
        # Not the places standing for it: a country for its capital would hold Saint Petersburg in Moscow.
        same = {place, *SAME_PLACE.get(place, ())} - COUNTRIES
        return np.array(
            [
                bool(fact.data.met and fact.data.places)
                and not same.isdisjoint([fact.data.places[0], *self.knowledge.enclosing(fact.data.places[0])])
                for fact in self.facts
            ],
            dtype=bool,
        )

    def _naming(self, same: set[str]) -> np.ndarray:
        """True for the facts whose words (own, keywords or the sentence around a quote) name one of the places."""
        named = np.zeros(len(self.facts), dtype=bool)
        for word, where in self.place_aliases.items():
            if where in same:
                for table in (self.postings, self.keyworded, self.around):
                    if word in table:
                        named[table[word]] = True
        return named

    @lru_cache(maxsize=256)  # noqa: B019 - one index lives as long as its knowledge
    def places_beyond(self, places: frozenset[str]) -> np.ndarray:
        """True for the facts set somewhere other than places (and the places standing for them): they tell where."""
        known = set(places).union(*(SAME_PLACE.get(p, ()) for p in places))
        return np.array([bool(where - known) for where in self.fact_places], dtype=bool)

    @lru_cache(maxsize=256)  # noqa: B019 - one index lives as long as its knowledge
    def mentions_place(self, place: str) -> np.ndarray:
        """True for the facts set in place or naming it, or a place that stands for it (Washington, the US)."""
        same = {place, *SAME_PLACE.get(place, ())}
        named = self._naming(same)
        named |= np.array([bool(where & same) for where in self.fact_places], dtype=bool)  # or set there
        return named

    def on_days(self, days: tuple[tuple[int, int], ...]) -> np.ndarray:
        """True for the facts that can be about one of the days named: on that day, or undated."""
        if not days:
            return self.everywhere
        return self._on_days(days)

    @lru_cache(maxsize=256)  # noqa: B019 - one index lives as long as its knowledge
    def _on_days(self, days: tuple[tuple[int, int], ...]) -> np.ndarray:
        """on_days, computed once per set of days."""
        wanted = set(days)
        return np.array([day is None or (day.month, day.day) in wanted for day in self.days], dtype=bool)

    def in_months(self, months: frozenset[int]) -> np.ndarray:
        """True for the facts that can be about one of the months named: dated in it, or undated."""
        if not months:
            return self.everywhere
        return self._in_months(months)

    @lru_cache(maxsize=64)  # noqa: B019 - one index lives as long as its knowledge
    def _in_months(self, months: frozenset[int]) -> np.ndarray:
        """in_months, computed once per set of months."""
        return np.array([day is None or day.month in months for day in self.days], dtype=bool)

    @lru_cache(maxsize=16)  # noqa: B019 - one index lives as long as its knowledge
    def later_than(self, month: int) -> np.ndarray:
        """True for the facts dated after a month, or undated."""
        return np.array([day is None or day.month > month for day in self.days], dtype=bool)

    def earlier_than(self, month: int) -> np.ndarray:
        """True for the facts dated before a month, or undated."""
        return np.array([day is None or day.month < month for day in self.days], dtype=bool)

    def _known(self, name: str) -> bool:
        """Tell whether every word of a name is known to the briefs (typos allowed)."""
        return all(
            w in STOPWORDS or any(f in self.postings or f in self.keyworded for f, _ in self.resolve(w))
            for w in fold(name).split()
        )

    def weight(self, token: str, typos: bool = True) -> float:
        """How much a question word counts: its rarity over the facts; a word they never use, the most."""
        return max((self.idf[w] for w, _ in self.resolve(token, typos)), default=self.max_idf)

    def _resolve(self, token: str, typos: bool = True) -> Forms:
        """Return the known words a question word stands for: itself, its lemmas and forms, or typos of it.

        A word of the French or English dictionary is never read as a typo (typos=False): "remporté" is not "reported".
        """
        if token in self.idf and (token in self.aliases or token in self.place_aliases):
            # A name stands for its own spellings only: "dmitriev" is not "dmitri" (Peskov's first name).
            return ((token, 1.0), *((w, 1.0) for w in self._spellings.get(token, ()) if w != token and w in self.idf))
        if token.isdigit() and token[0] != "0":  # "les 4 régions": "quatre", "four", as the facts spell it, and "4"
            # where one writes it; not an article's id ("004")
            spelled = tuple((word, 1.0) for word in _SPELLED.get(int(token), ()) if word in self.idf)
            return ((token, 1.0), *spelled) if token in self.idf else spelled
        lemma_forms = tuple(
            (w, 1.0) for w in sorted({*lemmas(token), *self.lemma_of.get(token, ())}) if w in self.idf and w != token
        )
        if token in self.idf:
            return ((token, 1.0), *lemma_forms, *(pair for pair in self._forms(token) if pair[0] != token))
        forms = lemma_forms + self._forms(token)
        if forms:
            return forms
        if not typos:  # a dictionary word, but a doubled letter typed once is still a slip: "meting" for "meeting"
            return self._doubled(token)
        repaired = self._swapped(token) or self._typos(token)
        return repaired + tuple((w, credit) for t, credit in repaired for w in lemmas(t) if w in self.idf)

    def _forms(self, token: str) -> Forms:
        """Known words sharing the token's stem: its first five letters, or all four of a short word."""
        if len(token) >= PREFIX:
            # Forms of one word share most of their letters: "negociateurs"/"negociations",
            # not "interpreted"/"interets".
            return tuple(
                (w, PREFIX_CREDIT)
                for w in self._by_prefix.get(token[:PREFIX], ())
                if w[: (share := math.ceil(PREFIX_SHARE * max(len(token), len(w))))] == token[:share]
            )
        if len(token) == PREFIX - 1:  # "meet" for "meeting", not "inde" for "independence"
            return tuple((w, PREFIX_CREDIT) for w in self._by_prefix.get(token, ()) if len(w) <= len(token) + 4)
        return ()

    def _swapped(self, token: str) -> Forms:
        """Known words that are the unknown token with two letters side by side swapped back: "socail" -> "social", a
        slip the fuzzy ratio scores as two edits."""
        return self._slips({token[:at] + token[at + 1] + token[at] + token[at + 2 :] for at in range(len(token) - 1)})

    def _doubled(self, token: str) -> Forms:
        """Known words that are the token with one of its letters doubled: "meting" -> "meeting"."""
        return self._slips({token[: at + 1] + token[at:] for at in range(len(token)) if token[at].isalpha()})

    def _slips(self, spellings: set[str]) -> Forms:
        """The known words among spellings of one typed word, each a slip away from it."""
        return tuple((word, PREFIX_CREDIT) for word in sorted(spellings) if word in self.idf)

    @lru_cache(maxsize=64)  # noqa: B019 - one index lives as long as its knowledge
    def _pool(self, length: int) -> list[str]:
        """Known words within one letter of length: where a typo's intended word can be."""
        return [w for n in range(length - 1, length + 2) for w in self._by_length.get(n, ())]

    def _typos(self, token: str) -> Forms:
        """Known words one or two keystrokes away from an unknown token."""
        if len(token) < 4 or token.isdigit():
            return ()
        best = process.extract(token, self._pool(len(token)), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=3)
        # Typos keep a word's first letter ("witkof", "sanctons"; "remporte" is no slip for "reported"), or its
        # second after an elision typed without its apostrophe ("lultimatum").
        return tuple(
            (word, PREFIX_CREDIT * score / 100)
            for word, score, _ in best
            if word[0] == token[0] or (token[0] in _ELIDED and word[0] == token[1])
        )


def name_languages(knowledge: Knowledge) -> dict[str, str]:
    """The words of people's and places' names spelled one way in French, another in English ("poutine": "fr",
    "moscow": "en"): a question spelling them so is in that language."""
    spelled: dict[str, str] = {}
    names = [person.name for person in knowledge.people.values()] + [place.name for place in knowledge.places.values()]
    for name in names:
        french, english = set(fold(name.fr).split()), set(fold(name.en).split())
        spelled.update(dict.fromkeys(french - english, "fr"))
        spelled.update(dict.fromkeys(english - french, "en"))
    return spelled


def _same_word(token: str, word: str, credit: float) -> bool:
    """Tell whether a form the index reads a question word as is the word itself, a lemma of it, or one of the two
    extending the other by an ending ("visit"/"visite", "negotiation"/"negotiations"), not one only sharing a stem
    with it ("construit"/"constructif"), nor a word within a compound ("cease" of "ceasefires"); in English, one of
    the same stem ("arrival"/"arriving", "limitation"/"limited")."""
    if credit >= 1.0:
        return True
    if (stem := english_stem(token)) is not None and stem == english_stem(word):  # "arrival" of "arriving"
        return True
    longer, shorter = (word, token) if len(word) > len(token) else (token, word)
    rest = longer[len(shorter) :]
    return longer.startswith(shorter) and len(rest) <= _ENDING and not (len(rest) > 2 and rest in _COMPOUND_ENDS)


_ENDING = 4  # letters an ending adds: "visit"/"visite", "agree"/"agreement"; not "cease"/"ceasefires"
# Words that end compounds rather than inflect: "cease|fire", "spokes|man"; "limite|d" is an ending.
_COMPOUND_ENDS = frozenset(["fire", "fires", "man", "men", "sman", "smen", "feu", "feux"])


def own_text(fact: Fact, knowledge: Knowledge) -> str:
    """A fact's own words (titles, summaries, quotes, names), folded and single-spaced: where a quoted phrase is
    looked for."""
    return " ".join(fold(" ".join(fact_texts(fact, knowledge, keywords=False))).split())


def fact_texts(fact: Fact, knowledge: Knowledge, *, keywords: bool = True) -> Iterable[str]:
    """Yield every text a fact can be found by: wording, keywords, quotes, names of its people and places."""
    data = fact.data
    yield from (data.title.fr, data.title.en, data.summary.fr, data.summary.en)
    if keywords:
        yield from data.keywords
    yield from (c.quote for c in data.citations)
    for person_id in people_of(fact):
        person = knowledge.people.get(person_id)
        if person:
            yield from person.names
    for place_id in data.places:
        place = knowledge.places.get(place_id)
        if place:
            yield from place.names


PLACE_WORDS = frozenset({"lieu", "where", "venue", "location", "endroit"})
# A number of hours, days…: "trois heures", "30 jours"; not "les jours", "quelques jours auparavant".
LENGTH = (
    rf"\b(?:\d+|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})\s+"
    r"(?:heures?|hours?|minutes?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?)\b"
)
_LENGTH = re.compile(LENGTH)

# A time stated in a fact's own words: a year, a month, a weekday, a relative time ("next week", "dans les jours").
_MONTH_NAMES = "|".join((*FOLDED_MONTHS_FR, *FOLDED_MONTHS_EN))
_WHEN = re.compile(
    rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTH_NAMES}"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|semaine|semaines|week|weeks|jours|days|mois|months|hier|demain|yesterday|tomorrow|aujourd|today"
    r"|avant|apres|before|after|depuis|since|deja|already|prochain|prochaine|next|dernier|derniere|last)\b"
)
# "un", "une", "one" are articles far more often than counts: a count is another number word, a figure, or a vague
# count the articles give for one ("several attacks a day").
_VAGUE_COUNTS = frozenset(["plusieurs", "quelques", "nombreux", "nombreuses", "several", "few", "many", "numerous"])
_COUNT = re.compile(r"\b(?:\d+|" + "|".join(sorted((NUMBER_WORDS | _VAGUE_COUNTS) - {"un", "une", "one"})) + r")\b")
_EXACT_COUNT = re.compile(r"\b(?:\d+|" + "|".join(sorted(set(NUMBER_VALUES) - {"un", "une", "one"})) + r")\b")
_DATES = re.compile(
    rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b|\b(?:19|20)\d\d\b"
    r"|\b0\d\d\b"  # the articles' numbers ("l'article 003"): no count starts with a zero
)
_CLOCK = re.compile(
    r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2} \d{2} gmt\b|\b\d{1,2}\s?(?:am|pm)\b|\bheure locale\b|\blocal time\b"
)


def announced(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is on a meeting its articles announce: dated, and not reported as done."""
    return isinstance(fact.data, MeetingFact) and fact.data.date is not None and not reported_done(fact, knowledge)


def reported_done(fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a fact is about an event its articles report as done: stated on or before their day, or worked
    out to a day before it ("hier"). A day worked out as the article's own may be of an event still to come."""
    data = fact.data
    if data.date is None:
        return False
    day = published(fact, knowledge)
    if data.date_precision == "month":  # "vers novembre 2025": done only if that month is over by the article's day
        return (data.date.year, data.date.month) < (day.year, day.month)
    return data.date < day or data.date_basis == "stated" and data.date == day


def published(fact: Fact, knowledge: Knowledge) -> dt.date:
    """The day of the earliest article a fact cites (or the last day there is, when none is loaded)."""
    articles = knowledge.articles
    return min(
        (articles[c.article].meta.published for c in fact.data.citations if c.article in articles), default=dt.date.max
    )


def gives(fact: Fact, aspect: str) -> bool:
    """Tell whether a fact's fields give the place, date or length asked, or say that it is not yet set."""
    data = fact.data
    if aspect in data.unsettled:
        return True
    if aspect == "place":
        if isinstance(data, StatementFact):
            return data.where is not None
        return isinstance(data, MeetingFact) and bool(data.places) and not data.by_phone
    if aspect == "date":
        return data.date is not None or isinstance(data, DeadlineFact)
    return isinstance(data, MeetingFact) and data.duration is not None


# Numbers from two on as words, by value: "1" is also "un", "une", "one", articles as often as numbers.
_SPELLED = {
    value: tuple(word for word, of in NUMBER_VALUES.items() if of == value)
    for value in set(NUMBER_VALUES.values())
    if 1 < value <= 12
}


def same_claim(fact: Fact, other: Fact) -> bool:
    """Tell whether two facts rest on one passage: a quote of one holds a quote of the other, in the same article."""
    return any(
        a.article == b.article and (a.quote in b.quote or b.quote in a.quote)
        for a in fact.data.citations
        for b in other.data.citations
    )


def by_phone(fact: Fact) -> bool:
    """Tell whether a fact is a meeting its curators marked as a phone call."""
    return isinstance(fact.data, MeetingFact) and fact.data.by_phone


def aspects_of(fact: Fact, bag: frozenset[str], text: str, summaries: str) -> frozenset[str]:
    """What a fact can answer beyond its words: a place, a length of time, a date, a number, what something was about
    (summaries: its titles and summaries, folded)."""
    data = fact.data
    aspects = set()
    if data.places or bag & PLACE_WORDS:
        aspects.add("place")
    # A meeting answers "how long" only if curators recorded its length; other facts, if they state hours or days.
    if bool(data.duration) if isinstance(data, MeetingFact) else bool(_LENGTH.search(text)):
        aspects.add("duration")
    if data.date or isinstance(data, DeadlineFact) or _WHEN.search(text):
        aspects.add("date")
    if states_count(text):
        aspects.add("quantity")
    if _CLOCK.search(text):  # a time of day ("14h30", "11:30 GMT"), not only a date
        aspects.add("clock")
    if _SUBJECTS.search(summaries):  # what a meeting or talk was about, in the fact's own words
        aspects.add("subjects")
    return frozenset(aspects)


# A fact saying what something was about: "pour discuter de l'Ukraine", "au sujet de la paix", "covered the
# Ukrainian conflict", "exprimer ses préoccupations" (folded).
_SUBJECTS = re.compile(
    r"\b(?:discuter|discute|discutes|discutee|discutees|discutent|discuss|discussed|discussing|sujets?|subjects?"
    r"|themes?|topics?|porte sur|portait sur|portaient sur|portant sur|au sujet d|a propos d|aborde\w*|covered"
    r"|covering|evoque\w*|raised|preoccupations|concerns|agenda|ordre du jour)\b"
    # "un dialogue « très utile » sur le conflit", "talks on Ukraine": talks and what they were on
    r"|\b(?:dialogue|discussions?|entretiens?|echanges?|talks|conversation)\b(?:\W+\w+){0,6}?\W+(?:sur|on|about)"
    r"\W+(?:le|la|les|l|the|a|an)\b"
)


_FIRST = re.compile(r"\b(?:premier|premiere|premiers|premieres|first)\b(?! ministre| minister)")
_LAST = re.compile(r"\b(?:dernier|derniere|derniers|dernieres|last)\b")


def wording(fact: Fact, *, quotes: bool = True) -> str:
    """A fact's titles and summaries in both languages, and its quotes, as one text."""
    data = fact.data
    texts = [data.title.fr, data.title.en, data.summary.fr, data.summary.en]
    return " ".join([*texts, *(c.quote for c in data.citations)] if quotes else texts)


def names_last(folded: str) -> bool:
    """Tell whether folded text names the last of something: "la dernière rencontre", "their last meeting"."""
    return _LAST.search(folded) is not None


def asks_first(folded: str) -> bool:
    """Tell whether a folded question asks about the first time something happened ("la première fois", "first
    met", "leur première rencontre"), not a prime minister nor the first article."""
    return _FIRST_TIME.search(folded) is not None


_FIRST_TIME = re.compile(
    r"\b(?:premiere fois|first time|first (?:met|meet|meeting|meetings|visit|visited|talks|encounter)"
    r"|(?:premiere|premieres) (?:rencontre|rencontres|visite|entrevue)|premier (?:entretien|contact|face a face))\b"
)


def states_count(folded: str) -> bool:
    """Tell whether a folded text states a count or an amount: a date or a year is no answer to "how many"."""
    return bool(_COUNT.search(_DATES.sub(" ", folded)))


def states_exact_count(folded: str) -> bool:
    """Tell whether a folded text states an exact count: a figure or a number with a value, not "environ trois",
    "plus de deux", "des milliers"."""
    text = _DATES.sub(" ", folded)
    return any(APPROXIMATORS.isdisjoint(text[: found.start()].split()[-2:]) for found in _EXACT_COUNT.finditer(text))


def _states_day(fact: Fact) -> bool:
    """Tell whether a fact's day is stated by its quotes: a deadline's due day, or a stated date to the day."""
    data = fact.data
    if isinstance(data, DeadlineFact) and data.due:
        return True
    return data.date is not None and data.date_basis == "stated" and data.date_precision == "day"


def fact_day(fact: Fact) -> dt.date | None:
    """The day a fact is about: its event's date, or a deadline's due date."""
    data = fact.data
    return data.date or (data.due if isinstance(data, DeadlineFact) else None)


def place_index(knowledge: Knowledge) -> dict[str, str]:
    """Map each distinctive word of a place's names to the place ("petersbourg", "moscou", "kremlin")."""
    index: dict[str, str] = {}
    for place in knowledge.places.values():
        for name in place.names:
            words = [w for w in fold(name).split() if w not in STOPWORDS and len(w) > 2]
            if words:
                index.setdefault(words[-1], place.id)
    return index


def alias_index(knowledge: Knowledge) -> dict[str, str]:
    """Map each distinctive word of a person's names to the person (surnames and spellings)."""
    index: dict[str, str] = {}
    for person in knowledge.people.values():
        for name in person.names:
            words = [w for w in fold(name).split() if w not in STOPWORDS and len(w) > 3]
            if words and name.split()[-1][:1].isupper():  # a name, not a description ("président américain")
                index.setdefault(words[-1], person.id)  # the surname identifies; first names are shared
    return index


def keys_of(text: str) -> frozenset[str]:
    """The index keys of a text: each content word folded, and its folded lemmas."""
    keys = set()
    for word in raw_words(LOCUTIONS.sub(" ", text)):
        folded = fold(word)
        keys.add(folded)
        keys.update(lemmas(word))
        keys.update(lemmas(folded))
    return frozenset(keys) - STOPWORDS


_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
_SUMMARY_SPLIT = re.compile(r"(?<=[.!?;:])\s+")


def sentence_keys(fact: Fact, knowledge: Knowledge) -> tuple[frozenset[str], ...]:
    """The index keys of each sentence a fact holds: titles, summary sentences, quotes and the sentences around them."""
    return tuple(keys_of(text) for text in (*own_sentences(fact), *quote_context(fact, knowledge)))


def own_sentences(fact: Fact) -> tuple[str, ...]:
    """A fact's own sentences, in sentence_keys' order: titles, summary sentences, quotes."""
    data = fact.data
    summaries = (part for summary in (data.summary.fr, data.summary.en) for part in _SUMMARY_SPLIT.split(summary))
    return (data.title.fr, data.title.en, *summaries, *(c.quote for c in data.citations))


def quote_context(fact: Fact, knowledge: Knowledge) -> Iterable[str]:
    """Yield the article sentences each of a fact's quotes comes from."""
    for citation in fact.data.citations:
        article = knowledge.articles.get(citation.article)
        if article is None:
            continue
        text = article.squashed
        at = text.find(squash(citation.quote))
        if at < 0:
            continue
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
        end = _SENTENCE_END.search(text, at + len(citation.quote))
        yield text[(starts[-1] if starts else 0) : end.start() + 1 if end else len(text)]
