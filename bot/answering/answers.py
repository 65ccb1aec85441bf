"""Compose answers from matched facts: a lead in the reader's language, then cited quotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice

from rapidfuzz import fuzz

from bot.answering.doers import agentless, asked_what_said, asks_only_what_said, holds_verb, speaks
from bot.answering.grammar import light_word, states_a_figure
from bot.answering.latest import asks_latest, latest_facts, newest_article, news_subject
from bot.answering.leads import asks_when_set, first_line, not_said
from bot.answering.lexicon import (
    COUNTRIES,
    MEDIA,
    NAME_WORDS,
    NAMED_KINDS,
    PLACE_KINDS,
    REACT,
    SAY,
    SINCE_WORDS,
    SPECIFIC,
    STEM,
    STOPWORDS,
    WISHING,
    cue_words,
    wished_share,
)
from bot.answering.matching import Decline, Match, Matcher, Reading, Result
from bot.answering.parts import per_person, question_parts, stands_for_another, without_remark
from bot.answering.verdicts import (
    Verdict,
    asks_what_came,
    asks_when_held,
    dated_otherwise,
    ending_fact,
    figure_contradicted,
    forms_asked,
    held_elsewhere,
    not_held,
    verdict,
    verdict_line,
)
from bot.knowledge.dates import FOLDED_MONTHS, FOLDED_WEEKDAYS, approximate, deadline_status, format_date, states_day
from bot.knowledge.loading import PERSON, Fact, Knowledge
from bot.knowledge.schema import DeadlineFact, FactBase, MeetingFact, Person, StatementFact
from bot.knowledge.text import fold, lemmas
from bot.messages import language, say

MAX_CITATIONS = 6
_UNSETTLED = (Verdict.UNSAID, Verdict.YES_HEDGED, Verdict.NO_HEDGED)  # what does not settle how something turned out
MAX_TEXT = 1500  # characters of plain answer text: a phone screen or two
# Two facts whose summaries share this much (rapidfuzz token sort ratio) say one thing: briefs file a claim under each
# topic it bears on ("Zelensky: the pressure is working" as a statement and as a ceasefire stance). It is shown once.
SAME_SUMMARY = 90


@dataclass(frozen=True, slots=True)
class Source:
    """An article as a citation shows it: id, title, outlet and date."""

    article: str
    title: str
    outlet: str | None
    date: dt.date
    date_label: str
    date_inferred: bool
    title_is_editorial: bool = False  # the title is ours, not the outlet's: citations do not show it as theirs


@dataclass(frozen=True, slots=True)
class CitedQuote:
    """A verbatim quote with the article it comes from."""

    quote: str
    source: Source


@dataclass(frozen=True, slots=True)
class Item:
    """One fact of an answer: its text in the reader's language, a status note, and its quotes."""

    fact_id: str
    topic: str
    title: str
    text: str
    note: str | None
    quotes: tuple[CitedQuote, ...]
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Something the bot can answer, offered when it declines."""

    fact_id: str
    label: str


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a page of a long listing (a topic's digest, the timeline) stands, for its "more" button."""

    topic: str  # a topic key, or "timeline"
    offset: int
    total: int
    next_offset: int | None  # None: this is the last page

    @classmethod
    def of(cls, topic: str, offset: int, shown: int, total: int) -> Paging:
        """The paging of shown items from offset out of total."""
        return cls(topic, offset, total, offset + shown if offset + shown < total else None)

    def to_dict(self) -> dict[str, object]:
        """The paging as JSON-ready data."""
        return {"topic": self.topic, "offset": self.offset, "total": self.total, "next_offset": self.next_offset}


@dataclass(frozen=True)
class Answer:
    """What the bot says to a question: found or not, lead, items with citations, suggestions."""

    question: str
    lang: str
    found: bool
    lead: str
    items: tuple[Item, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    disputed: bool = False
    meta: dict[str, object] = field(default_factory=dict, compare=False)  # how the question was read, for --json
    paging: Paging | None = None  # a page of a longer listing: where the "more" button leads

    @property
    def text(self) -> str:
        """The answer as plain text; a decline lists its suggestions."""
        if not self.found:
            return "\n".join([self.lead, *(f"• {s.label}" for s in self.suggestions)])
        return plain_text(self.lead, self.items, self.lang)

    def as_typed(self, typed: str) -> Answer:
        """The answer to the question as the reader typed it, remark included, where it was asked without it."""
        return self if typed == self.question else replace(self, question=typed)

    @property
    def quotes(self) -> tuple[CitedQuote, ...]:
        """Every quote the answer cites, in order."""
        return tuple(q for item in self.items for q in item.quotes)

    def to_dict(self) -> dict[str, object]:
        """The answer as JSON-ready data (the `ask --json` contract, with extra fields)."""
        return {
            "question": self.question,
            "found": self.found,
            "answer": self.text,
            "citations": [
                {
                    "article": q.source.article,
                    "quote": q.quote,
                    "title": q.source.title,
                    "date": q.source.date.isoformat(),
                    "date_inferred": q.source.date_inferred,
                }
                for q in self.quotes
            ],
            "language": self.lang,
            "facts": [{"id": i.fact_id, "topic": i.topic, "title": i.title} for i in self.items],
            "disputed": self.disputed,
            "suggestions": [s.label for s in self.suggestions],
            **self.meta,
            **(self.paging.to_dict() if self.paging else {}),
        }


# The share of a question "what did X say…?" that a fact having X say something must hold: less than for any fact,
# the verb of saying being its own ("after his call with Donald Trump" of "after speaking with Trump").
SAID_COVERAGE = 0.45


class Answerer:
    """Turns questions into answers over one loaded knowledge base."""

    def __init__(self, knowledge: Knowledge, *, today: dt.date | None = None) -> None:
        self.knowledge = knowledge
        self.matcher = Matcher(knowledge)
        self.pinned_today = today  # None: the real date, read at each answer
        # Rendered facts and sources, per language (and day, for deadline notes): facts do not change under an answerer.
        self._items: dict[tuple[str, str, dt.date], Item] = {}
        self._restates: dict[tuple[str, str], bool] = {}  # (summary, summary): whether they say one thing
        self._sources: dict[tuple[str, str], Source] = {}

    @property
    def today(self) -> dt.date:
        """The date answers are written relative to (pinned in tests)."""
        return self.pinned_today or dt.date.today()

    def ask(self, question: str, *, lang: str | None = None) -> Answer:
        """Answer a free-text question; lang is the fallback when the question shows none."""
        asked = without_remark(question)  # "… par qui ? faut que je cite l'agence": the remark asks nothing
        result = self.matcher.match(asked)
        if (claim := self._figure_claim(result, asked)) is not None:
            result = claim
        answer = self.answer(result, asked, lang=lang)
        return answer.as_typed(question)

    def _figure_claim(self, result: Result, question: str) -> Result | None:
        """For a statement asked by intonation alone, holding a figure ("trump a déployé trois sous-marins ?"): its
        match as the claim it makes, where a fact's own figure, time or day says No; None for any other question.
        Read as a claim every time, it got false verdicts: only a figure settles one this surely."""
        reading = result.reading
        if reading.yes_no or not states_a_figure(question):
            return None
        frame = "est-il vrai que" if reading.lang == "fr" else "is it true that"
        claim = self.matcher.match(f"{frame} {question[:1].lower()}{question[1:]}")
        lang = language(claim.reading.lang, None)
        return claim if figure_contradicted(claim.reading, claim, self.knowledge, lang) else None

    def answer(self, result: Result, question: str, *, lang: str | None = None) -> Answer:
        """Answer from a match result: the line that answers first, then the facts; or a decline that says why."""
        reader_lang = language(result.reading.lang, lang)
        elsewhere = result.decline in (
            Decline.UNKNOWN_NAME,
            Decline.OTHER_EVENT,
        )  # "news of Lavrov?": not in the sources
        # "How many … in the latest strikes?" asks a number, not the news: only a question asking nothing else is news.
        news = asks_latest(question) and not result.reading.aspects
        # …nor news of something the story holds nothing on: "any news on the Gaza hostage negotiations?", no fact
        # holds, and "hostage" is no word of the briefs.
        news = news and (result.found or self.matcher.index.known(" ".join(news_subject(question))))
        if news and not elsewhere and (newest := latest_facts(self.knowledge, question)):
            return self.compose(
                question,
                reader_lang,
                newest,
                lead=latest_lead(self, reader_lang),
                quotes_per_item=2,
                meta=_meta(result),
            )
        parts = question_parts(question)
        # Each part's answer, read alone: worked out once, where the message has more than one part or is declined.
        answered = self._part_answers(parts, reader_lang) if len(parts) > 1 else None
        if answered is not None and len(answered) > 1:
            # "When does the ultimatum expire, and how long did the meeting last?": read whole, its aspects mix (the
            # meeting's day answered "when"); each question asked alone gets its own first line.
            return _parts_answer(question, answered, reader_lang)
        result = _facts_first(result, self._answering_facts(result.reading))
        if (country := self._country_unheard(result.reading, reader_lang)) is not None:
            # "What did Japan say about the summit?": no fact has anyone of Japan speak, nor Japan demand anything; the
            # last Trump–Putin meeting, in Osaka, is no word of it.
            return self._unquoted(question, reader_lang, result, country)
        if not result.found:
            if (quiet := self._never_quoted(result.reading)) is not None:
                # "Qu'a dit Medvedev à Trump ?": no fact has him say anything; that is what the articles do not say.
                return self._unquoted(question, reader_lang, result, quiet)
            if result.decline is Decline.NOT_FOUND and parts:
                # "Bonjour, je prépare une note : qui a accueilli Witkoff, et combien de temps… ?"
                answered = self._part_answers(parts, reader_lang) if answered is None else answered
                if answered:
                    return _parts_answer(question, answered, reader_lang)
            if (each := self._each_person(question, result, reader_lang)) is not None:
                return _parts_answer(question, each, reader_lang)
            return self.decline(question, reader_lang, result)
        reading = result.reading
        if reading.yes_no and (ending := ending_fact(reading, result, reader_lang)) is not None:
            # "Les combats ont-ils cessé ?": the "no" rests on the fact saying they went on, which is shown first.
            result = _facts_first(result, [ending])
        facts = [m.fact for m in result.matches]
        if (silent := self._never_quoted(reading, REACT)) is not None:
            # "Comment Medvedev a-t-il réagi au déploiement ?": the facts never have him say anything, in answer or not.
            return self._unquoted(question, reader_lang, result, silent)
        # "Did Russia meet the deadline in the end?": a fact that does not settle it tells what came before, not that.
        if (
            reading.yes_no
            and reading.outcome
            and verdict(reading, result, facts[0], self.knowledge, reader_lang) in _UNSETTLED
        ):
            return self.decline(question, reader_lang, result.declined(Decline.UNSETTLED))
        if reading.yes_no and (
            reading.world_settings
            and not held_elsewhere(reading, facts[0], self.knowledge)
            # "Was their last meeting in Helsinki in 2018?": the last, in 2019, says No by its year.
            and not figure_contradicted(reading, result, self.knowledge, reader_lang)
            or reading.unknown_agent
            and verdict(reading, result, facts[0], self.knowledge, reader_lang) is not Verdict.NO
        ):
            # "Did Witkoff meet Putin in Minsk?", "…greeted by Lavrov?": a name no fact holds, set aside to find the
            # meeting of the day asked held elsewhere, or a fact naming who did it; short of that "No", what the
            # articles do not mention ("did they meet in Helsinki in 2018?": the last meeting, in 2019, is no "No").
            return self.decline(question, reader_lang, result.declined(Decline.UNKNOWN_NAME))
        # "Quel a été le résultat du sommet ?": of a summit the articles only announce, they say nothing of what came;
        # "quand le sommet Trump-Poutine a-t-il eu lieu ?": a day they give is another's. What they say of it is the
        # facts on its topic ("what will come of it?" is answered by their forecasts).
        came = asks_what_came(reading, self.knowledge)  # it asks no aspect; asks_when_held asks one
        if (came or asks_when_held(reading, self.knowledge)) and not_held(reading, self.knowledge):
            near = tuple(m for m in result.matches if m.fact.topic in reading.topics or _names_all(m.fact, reading))
            why = Decline.UNSETTLED if came else Decline.NOT_HELD
            return self.decline(question, reader_lang, replace(result.declined(why), near=near))
        if not reading.yes_no and all(_named_as_time(reading, fact, reader_lang) for fact in facts):
            # "What happened in Geneva?" of "since the Geneva episode, the US scaled back its plan": the facts name
            # the episode only as when what they tell came about; what it was they do not say.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if (
            _which_unnamed(question, reading, facts[0], reader_lang)
            or _who_unnamed(question, reading, facts[0], self.knowledge, reader_lang)
            or _kind_unnamed(question, reading, facts[0], self.matcher.index.place_stems, reader_lang)
            or _city_unnamed(question, reading, facts[0], self.knowledge)
        ):
            # "Quels dirigeants européens ont rejoint l'appel ?" of "plusieurs dirigeants européens": none is named.
            return self.decline(question, reader_lang, result.declined(Decline.UNNAMED))
        if (
            "who" in reading.aspects
            and not reading.yes_no
            and WISHING.isdisjoint(forms_asked(reading))
            and wished_share(
                facts[0].data.summary.get(reader_lang),
                [t for t in reading.tokens if t not in self.knowledge.name_words],
            )
            >= _WISHED
        ):
            # "Qui a eu le prix Nobel de la paix ?" of "Trump rêve toujours du prix Nobel": who wishes for it, not who
            # has it ("qui rêve du Nobel ?" asks the wish, and is answered); most of what is asked is in the wish, not
            # in "while the US seeks a truce" of "who is Moscow getting cozy with?".
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if _asks_role_holder(question, reading) and facts[0].topic != PERSON:
            # "Who is Ukraine's defence minister?": a post no one the briefs name holds; a fact holding its words
            # ("défendre son indépendance") names no one in it.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if (their := self._in_their_words(result, facts)) is not None:
            spoken, speaker = their
            if not spoken.found:  # "Qu'a dit Poutine lui-même après la rencontre ?": only others are quoted
                return self._unquoted(question, reader_lang, result, speaker)
            result, facts = spoken, [m.fact for m in spoken.matches]
        elif (
            (reading.asks_words or reading.asks_speech)
            and (describer := self.knowledge.people.get(reading.speaker or "")) is not None
            and not speaks(describer, facts[0])
        ):
            # "How did Trump describe the Witkoff–Putin talks?": his own words first, before a fact on the talks that
            # others called "constructive"; "Trump a réagi comment à la réunion ?", before Ushakov's words on the
            # summit that name Trump.
            theirs = _their_words(describer, reading)
            own = tuple(m for m in result.matches if theirs(m.fact))
            result = replace(result, matches=own + tuple(m for m in result.matches if m not in own))
            facts = [m.fact for m in result.matches]
        if reading.workings:
            # "How does a nuclear submarine work?": the facts holding its words tell what was done with one, not how it
            # works; no report here explains a thing's workings.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if reading.since_when and SINCE_WORDS.isdisjoint(fold(facts[0].data.summary.get(reader_lang)).split()):
            # "Depuis quand Dmitriev dirige-t-il le fonds souverain ?": when his post began, which the day of the
            # meeting he held in it is not; "depuis quand dure la guerre ?" is answered by "depuis l'invasion…".
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        first = first_line(result, facts, self.knowledge, reader_lang)
        if (
            not first
            and "who" in reading.aspects
            and not reading.yes_no
            and self.matcher.cues(reading.verb, "meeting")
            and not any(holds_verb(reading, fact, reader_lang) for fact in facts)
        ):
            # "Who welcomed Witkoff when he landed in Saint Petersburg?": the verb cues a meeting, and so every fact
            # on one holds it; none found says who did it.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if not first and reading.aspects == {"clock"} and not reading.yes_no:
            # "At what time did the convoy arrive at the Kremlin?": the time given is of its leaving.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if (
            not first
            and "who" in reading.aspects
            and not (reading.yes_no or reading.passive)
            and reading.verb is not None
            and agentless(reading.verb, facts[0].data.summary.get(reader_lang))
        ):
            # "Qui a filmé la poignée de main ?" of "Witkoff a été filmé en train de serrer la main": by no one named.
            return self.decline(question, reader_lang, result.declined(Decline.UNNAMED))
        if not first and asks_when_set(reading):
            # "When did Trump issue his ultimatum?": the articles give the day it falls due, not the day it was set.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if (
            not first
            and reading.where
            and reading.aspects == {"place"}
            and not reading.yes_no
            and not _set_as_asked(facts, reading)
        ):
            # "Où les sous-marins ont-ils été envoyés ?": no fact gives where; those shown say something else.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if not first and reading.aspects == {"date"} and not reading.yes_no and not _timed(facts[0]):
            # "Quand Poutine a-t-il donné son accord de principe ?": the best fact does not say when, in any words; a
            # weaker one that does (the 6 August talks on a ceasefire) is of another event.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        if reading.posted and MEDIA.isdisjoint(fold(facts[0].data.summary.get(reader_lang)).split()):
            # "Where did Witkoff write about his meeting?": the best fact says nothing of where words were put out.
            return self.decline(question, reader_lang, result.declined(Decline.MISSING))
        return self.compose(question, reader_lang, facts, first=first, meta=_meta(result))

    def _part_answers(self, parts: tuple[str, ...], lang: str) -> list[Answer]:
        """The answers of a message's parts asked alone (a long message asking several things, or one after a clause
        saying why), those that count: with a first line, the value or the yes or no asked, or the entry of whom the
        part asks about. Read alone ("when did the Geneva talks happen?", "qui d'autre assistait à l'entretien ?"), a
        part may match facts that say nothing of what it asks. Nor parts leaning on another ("what is his role?")."""
        return [
            answer
            for part in parts
            if not (reading := self.matcher.read(part)).unnamed
            and not reading.pronoun_led
            and not stands_for_another(fold(part).split(), bool(reading.people))
            if (answer := self.answer(self.matcher.match_reading(reading), part, lang=lang)).found
            # A first line answering it ("no clear yes or no in the articles" answers nothing), or the entry
            # of whom it asks about ("…who Kirill Dmitriev is").
            and (answer.lead and answer.lead != say("yes_no_unsaid", lang) or answer.items[0].topic == PERSON)
        ]

    def _each_person(self, question: str, result: Result, lang: str) -> list[Answer] | None:
        """For a declined question naming two people together ("Who are Peskov and Ushakov?", "what did Peskov and
        Ushakov say of the talks?"), where no fact names both: its answers asked of each alone, if both have one;
        not of their meeting or talking to each other, which only a fact naming both answers."""
        reading = result.reading
        if (
            result.decline is Decline.UNKNOWN_NAME
            or len(reading.people) < 2
            or reading.yes_no
            # "what did X and Y say of the talks?" asks each what they said; "when did X and Y meet?" asks no one alone
            or reading.asks_contact
            and not (reading.asks_speech or reading.asks_words)
            or reading.talked
        ):
            return None
        parts = per_person(question, self.matcher.index.person_named)
        # Each asked of one person names them: its best fact need not give a first line to answer it.
        answers = (self.answer(self.matcher.match(part), part, lang=lang) for part in parts)
        answered = [answer for answer in answers if answer.found]
        return answered if len(answered) == len(parts) == 2 else None

    def _in_their_words(self, result: Result, facts: list[Fact]) -> tuple[Result, Person] | None:
        """For a question asking what someone said, where none of the facts found has them speak: the facts that
        do (a result that may have none) and whom it asks; None for any other question."""
        reading = result.reading
        # How someone reacted is what they said too: "Trump a réagi comment à la réunion ?"
        speaker = asked_what_said(reading, self.knowledge, self.matcher.index.person_named, verbs=SAY | REACT)
        if speaker is None:
            return None
        # "…during the phone call?": who was on it; not "what exactly did Trump tell Zelensky?", which asks his words.
        said = _their_words(speaker, reading, on_call=bool(reading.by_phone) and not reading.exact)
        if any(map(said, facts)):
            return None
        # "What did Zelensky say after speaking with Trump?": the facts that have him say something, naming all it
        # names, if less close than others; "what did Putin say?", whatever he said.
        floor = 0.0 if asks_only_what_said(reading, self.knowledge) else SAID_COVERAGE
        return self.matcher.match_reading(reading, keep=said, floor=floor), speaker

    def _unquoted(self, question: str, lang: str, result: Result, speaker: Person | str) -> Answer:
        """The decline of a question asking what someone said that no fact found has them say; of a country named (a
        str), that no fact has it say anything."""
        # "qu'a dit Witkoff ?": nothing at all
        only = isinstance(speaker, str) or asks_only_what_said(result.reading, self.knowledge)
        name = speaker if isinstance(speaker, str) else speaker.name.get(lang)
        unsaid = say("not_said_quoted_any" if only else "not_said_quoted", lang, name=name)
        return self.decline(question, lang, result.declined(Decline.UNQUOTED), unsaid=unsaid)

    def _country_unheard(self, reading: Reading, lang: str) -> str | None:
        """The name of the country a question asks what it said, where no fact has it speak (its people) or ask
        anything: one the briefs never place ("what did Japan say?"), or one of theirs no one speaks for."""
        if not reading.asks_speech or reading.speaker:
            return None
        if reading.world_speaker:
            return say(f"country_{reading.world_speaker}", lang)
        country = reading.source_country
        if not country or self.matcher.heard_from(country) or (place := self.knowledge.places.get(country)) is None:
            return None
        return place.name.get(lang)

    def _never_quoted(self, reading: Reading, verbs: frozenset[str] = SAY) -> Person | None:
        """Whom a question asks what they said (verbs: or how they reacted), where no fact has them say anything."""
        speaker = asked_what_said(reading, self.knowledge, self.matcher.index.person_named, verbs=verbs)
        if speaker is None or any(speaks(speaker, fact) for fact in self.knowledge.facts):
            return None
        return speaker

    def _answering_facts(self, reading: Reading) -> list[Fact]:
        """Facts that settle a yes/no question whatever the ranking: the registry entries of the people "is X the
        Y?" names ("Ouchakov est-il le porte-parole du Kremlin ?"), the meeting of the day asked held elsewhere
        ("Was the August 6 meeting held in Saint Petersburg?"), or the deadline or meeting set on another day."""
        if reading.identity:
            entries = (self.knowledge.by_id.get(person) for person in dict.fromkeys(reading.identity))
            return [f for f in entries if f is not None and f.topic == PERSON]
        if not (reading.yes_no and reading.days):  # most questions name no day: no pass over every fact
            return []
        settles = (
            f
            for f in self.knowledge.facts
            if held_elsewhere(reading, f, self.knowledge) or dated_otherwise(reading, f, self.knowledge)
        )
        return list(islice(settles, 1))

    def compose(
        self,
        question: str,
        lang: str,
        facts: list[Fact],
        *,
        lead: str | None = None,
        quotes_per_item: int | None = None,
        headlines: bool = False,
        meta: dict[str, object] | None = None,
        first: str = "",
    ) -> Answer:
        """Build an answer from facts, adding the other side of any disputed fact, within phone limits.

        headlines: state each fact by its title, for overviews; the other side of a dispute is left to the full answer.
        first: the line that answers the question itself, put before the facts.
        """
        chosen = list(facts) if headlines else with_other_sides(facts, self.knowledge)
        today = self.today  # once per answer: deadline notes are written relative to it
        items: list[Item] = []
        cited: set[str] = set()
        said: list[Item] = []  # the facts shown, as rendered: one saying the same again is left out
        notes: set[str | None] = set()
        for fact in chosen:
            item = self.item(fact, lang, today)
            # Briefs may rest two facts on one quote; each quote is shown once, and a fact with nothing new is left out.
            fresh = tuple([q for q in item.quotes if q.quote not in cited])
            if (
                headlines
            ):  # an overview shows each fact's shortest quote, one naming its date first, so the date can be checked
                fresh = tuple(sorted(fresh, key=lambda q: (not _names_when(q.quote, fact.data), len(q.quote))))
            fresh = fresh[:quotes_per_item]
            if not fresh or any(self.restates(item.text, shown.text) for shown in said):
                continue
            said.append(item)
            cited.update([q.quote for q in fresh])
            if item.note is not None and item.note in notes:  # "this deadline passed" once, not on every item
                item = replace(item, note=None)
            notes.add(item.note)
            if headlines:
                item = replace(item, quotes=fresh, text=item.title)
            elif len(fresh) < len(item.quotes):  # fresh keeps a prefix of the item's quotes: copied only when shorter
                item = replace(item, quotes=fresh)
            items.append(item)
        disputed_ = not headlines and disputed(items, self.knowledge)
        fitted: str | None = None  # the lead the items were last fitted to
        if lead is None:  # fitted with the longest lead it may get, then said of what is left
            fitted = _lead(lang, disputed_, first, items)
            items = _fit(items, fitted, lang)
            disputed_ = disputed_ and disputed(items, self.knowledge)
            lead = _lead(lang, disputed_, first, items)
        if lead != fitted:  # fitting again to the lead they were fitted to changes nothing
            items = _fit(items, lead, lang)
        return Answer(question, lang, True, lead, tuple(items), disputed=disputed_, meta=meta or {})

    def restates(self, summary: str, shown: str) -> bool:
        """Tell whether a summary says what one shown says (SAME_SUMMARY), worked out once per pair."""
        key = (summary, shown)
        if key not in self._restates:
            self._restates[key] = fuzz.token_sort_ratio(summary, shown) >= SAME_SUMMARY
        return self._restates[key]

    def item(self, fact: Fact, lang: str, today: dt.date) -> Item:
        """Render one fact for the reader: text, note on its deadline (relative to today), its quotes."""
        key = (fact.id, lang, today)
        if key not in self._items:
            self._items[key] = self._item(fact, lang, today)
        return self._items[key]

    def _item(self, fact: Fact, lang: str, today: dt.date) -> Item:
        """item, rendered once per fact, language and day."""
        data = fact.data
        note = deadline_status(data.due, today, lang) if isinstance(data, DeadlineFact) else None
        quotes = tuple(CitedQuote(c.quote, self.source(c.article, lang)) for c in data.citations)
        return Item(fact.id, fact.topic, data.title.get(lang), data.summary.get(lang), note, quotes, data.date)

    def source(self, article_id: str, lang: str) -> Source:
        """Describe an article for a citation."""
        if (article_id, lang) not in self._sources:
            self._sources[article_id, lang] = self._source(article_id, lang)
        return self._sources[article_id, lang]

    def _source(self, article_id: str, lang: str) -> Source:
        """source, described once per article and language."""
        meta = self.knowledge.articles[article_id].meta
        label = format_date(meta.published, lang, precision=meta.date_precision)
        if meta.date_basis == "inferred":  # the article is undated: say so wherever its date is shown
            label = approximate(label, lang, precision=meta.date_precision)
        return Source(
            meta.id,
            meta.title,
            meta.outlet,
            meta.published,
            label,
            meta.date_basis == "inferred",
            meta.title_is_editorial,
        )

    def decline(self, question: str, lang: str, result: Result | None = None, *, unsaid: str | None = None) -> Answer:
        """Say the briefs do not hold the answer (unsaid: what the articles do not say, if known here), and offer
        what they do hold."""
        unsaid = unsaid or (not_said(result, self.knowledge, lang) if result else None)
        meta = _meta(result) if result else {}
        near = [m.fact for m in (result.near if result else ()) if m.score > 0.3]
        if result and result.decline is Decline.UNKNOWN_NAME:
            near = []  # what else the question's words match is not about the name it asks about
        suggestions: list[Suggestion] = []
        for fact in near:  # a claim filed under two topics is one button ("Trump briefs his European counterparts")
            if len(suggestions) < 3 and all(s.label != fact.data.title.get(lang) for s in suggestions):
                suggestions.append(Suggestion(fact.id, fact.data.title.get(lang)))
        if unsaid and suggestions:  # the nearest facts are what the articles do say about it
            lead = f"{unsaid} {say('they_say', lang)}"
            return Answer(question, lang, False, lead, suggestions=tuple(suggestions), meta=meta)
        # Then the story's main threads: the facts curators marked as headlines, those of what it asks about first.
        topics = result.reading.topics if result else frozenset()
        headlines = sorted((f for f in self.knowledge.facts if f.data.headline), key=lambda f: f.topic not in topics)
        for fact in headlines:
            if len(suggestions) >= 3:
                break
            if all(s.fact_id != fact.id for s in suggestions):
                suggestions.append(Suggestion(fact.id, fact.data.title.get(lang)))
        lead = say("decline", lang)
        if unsaid:
            lead = f"{unsaid} {say('can_tell', lang)}"
        return Answer(question, lang, False, lead, suggestions=tuple(suggestions), meta=meta)


def with_other_sides(facts: list[Fact], knowledge: Knowledge) -> list[Fact]:
    """The best fact and the other side of its dispute, the other matches, then the other sides of theirs.

    Trimming cuts from the end: the best match and both sides of its dispute stay; a later match's other side
    goes before the next match does.
    """
    if not facts:
        return []
    best = facts[0]
    chosen = {best.id: best}
    for other in best.data.disputes:
        if other in knowledge.by_id:
            chosen.setdefault(other, knowledge.by_id[other])
    for fact in facts[1:]:
        chosen.setdefault(fact.id, fact)
    for fact in facts[1:]:
        for other in fact.data.disputes:
            if other in knowledge.by_id:
                chosen.setdefault(other, knowledge.by_id[other])
    return list(chosen.values())


def disputed(items: list[Item] | tuple[Item, ...], knowledge: Knowledge) -> bool:
    """True only when the answer shows both sides of a dispute the briefs record, from different articles."""
    shown = {item.fact_id: item for item in items}
    for item in items:
        for other in knowledge.by_id[item.fact_id].data.disputes if item.fact_id in knowledge.by_id else ():
            if other in shown and _articles(item) != _articles(shown[other]):
                return True
    return False


def _lead(lang: str, is_disputed: bool, first: str = "", items: list[Item] | None = None) -> str:
    """The answer's first line: what answers the question; else none, and the best fact is the first line (a heading
    such as "here is what the sources say" would answer nothing). Where the sources disagree, the answer is said with
    that warning ("Où : Saint-Pétersbourg, mais les sources divergent :"), a yes or no as the best fact's article's
    ("Oui selon l'article 000, mais les sources divergent :"); the warning alone where there is no answer."""
    if not is_disputed:
        return first
    if first and items and items[0].quotes and first in _verdict_lines(lang):  # a yes or no takes a side: whose
        article = items[0].quotes[0].source.article
        return say("disputed_verdict", lang, answer=first.rstrip(" :."), article=article)
    if first and first != say("yes_no_unsaid", lang):  # both sides follow, each with its article
        return say("disputed_answer", lang, answer=first.rstrip(" :."))
    return say("disputed", lang)


@lru_cache(maxsize=2)
def _verdict_lines(lang: str) -> frozenset[str]:
    """The first lines saying yes or no, plainly or hedged."""
    return frozenset(
        verdict_line(said, lang) for said in (Verdict.YES, Verdict.NO, Verdict.YES_HEDGED, Verdict.NO_HEDGED)
    )


def latest_lead(answerer: Answerer, lang: str) -> str:
    """The heading of a "latest news" answer: which article is newest, and its date."""
    source = answerer.source(newest_article(answerer.knowledge) or "", lang)
    return say("latest", lang, article=source.article, date=source.date_label)


def _names_when(quote: str, data: FactBase) -> bool:
    """Tell whether a quote names the day a fact is dated or falls due."""
    day = data.due if isinstance(data, DeadlineFact) else data.date
    return day is not None and states_day(quote, day.day, day.month)


def _facts_first(result: Result, facts: list[Fact]) -> Result:
    """A result led by these facts, then its own matches not among them (found, if any fact leads)."""
    if not facts:
        return result
    rest = tuple(m for m in result.matches if m.fact not in facts)
    return replace(result, matches=tuple(Match(fact, 1.0, 1.0) for fact in facts) + rest, decline=None)


def _set_as_asked(facts: list[Fact], reading: Reading) -> bool:
    """Tell whether a fact is set at a place the question names ("where in Saint Petersburg…", "in Osaka"): it says
    where, though no narrower place answers the question."""
    return any(not reading.places.isdisjoint(set(fact.data.places) - COUNTRIES) for fact in facts)


_WISHED = 0.5  # the share of a who-question's words a wish must hold to be what it asks of


def _asks_role_holder(question: str, reading: Reading) -> bool:
    """Tell whether a question asks who holds a post, in a title the briefs give no one: "who is Ukraine's defence
    minister?", "qui est le ministre russe des Affaires étrangères ?"; not one naming someone, one whose title names
    them ("qui est le porte-parole du Kremlin ?"), nor one asking who did something ("who's the envoy that…")."""
    opening = _WHO_IS.match(fold(question))
    if opening is None or reading.people or reading.titled or reading.yes_no:
        return False
    after = fold(question[opening.end() :]).split()
    if any(word.endswith("ing") for word in after):
        return False  # "who is dreaming of the Nobel?", "who is Moscow courting?": a verb in progress, no post
    return _RELATIVES.isdisjoint(after)


_WHO_IS = re.compile(r"\s*(?:qui est|qui sont|c est qui|who is|who s|who are|who was|qui etait)\b")
_RELATIVES = frozenset(["qui", "que", "qu", "who", "that", "which", "whom", "dont"])


def _named_as_time(reading: Reading, fact: Fact, lang: str) -> bool:
    """Tell whether the words a question asks of stand in a fact's summary only in the clause dating what it tells
    ("depuis l'épisode de Genève, les États-Unis ont allégé…"), and hold some: the fact tells what came after, not
    what that was. A question's own clause of time ("what changed since Geneva?", "what did the US do after the
    Geneva episode?") is when it asks of, not what."""
    words = fold(fact.data.summary.get(lang)).split()
    if SINCE_WORDS.isdisjoint(words):  # most facts date nothing so: no need to look at the question's words
        return False
    dating = {at for start, word in enumerate(words) if word in SINCE_WORDS for at in _clause_from(words, start)}
    said = [{word, *lemmas(word)} for word in words]  # each word of the summary with its dictionary forms
    held = False
    for token in reading.tokens:
        if token in reading.dating or token in reading.following or light_word(token) or token in STOPWORDS:
            continue
        forms = {token, *lemmas(token)}
        places = {at for at, word in enumerate(said) if not forms.isdisjoint(word)}
        if not places <= dating:
            return False
        held = held or bool(places)
    return held


def _clause_from(words: list[str], start: int) -> range:
    """Where the clause of time opened at words[start] runs: a few words ("since the Geneva episode"), the clause
    break ending it being gone from folded words."""
    return range(start, min(len(words), start + _TIME_CLAUSE))


_TIME_CLAUSE = 5  # "depuis l'épisode de Genève", "since the Geneva episode": the words a clause of time takes


def _which_unnamed(question: str, reading: Reading, fact: Fact, lang: str) -> bool:
    """Tell whether a question asks which ones of a kind ("quels dirigeants", "which leaders") of a fact that says only
    that there were some ("plusieurs dirigeants européens", "certains de ses homologues européens", "several European
    leaders"): had it named them, it would not say so."""
    if reading.yes_no:
        return False
    words = fold(question).split()
    at = [
        i + 1
        for i, word in enumerate(words[:-1])
        # "les noms des dirigeants européens", "names of the leaders": which ones, by name
        if word in _WHICH_PLURAL or _what_plural(word, words[i + 1]) or word in _NAMES_PLURAL
    ]
    # "C'était qui, les dirigeants européens ?", "who were the European leaders on the call?": which ones, as a plural.
    at += [
        after + 1
        for i, word in enumerate(words)
        if word in ("qui", "who")
        for after in range(i + 1, min(i + 1 + _TO_THE_PLURAL, len(words) - 1))
        if words[after] in ("les", "the")
    ]
    if not at:
        return False
    kind = _kind_asked(words, at, reading)
    summary = fold(fact.data.summary.get(lang)).split()
    return any(
        word[:STEM] in kind and not _VAGUE.isdisjoint(summary[max(0, i - _NEAR - 1) : i])
        for i, word in enumerate(summary)
    )


_TO_THE_PLURAL = 3  # "qui sont les…", "who were the…", "qui étaient donc les…"


def _kind_unnamed(question: str, reading: Reading, fact: Fact, place_stems: frozenset[str], lang: str) -> bool:
    """Tell whether a question asks which one of a kind that goes by a name ("which missile…", "le nom du missile",
    "which specific countries…") of a fact speaking of it with no name beside it ("nuclear-capable missiles",
    "countries that trade with Russia"): one it named would stand near, capitalised, or as a figure."""
    if reading.yes_no:
        return False
    words = fold(question).split()
    kinds = [at for at, word in enumerate(words) if word in NAMED_KINDS]
    # "Which countries would face sanctions?" may ask what kind of countries; "which specific countries", "quel pays",
    # "the name of the missile" ask which one.
    # "Exact" asks which one, not of someone's role: "kirill dmitriev fonds souverain role exact" asks his.
    exact = reading.exact and not (PERSON in reading.topics and reading.people)
    if not kinds or not (
        exact
        or reading.names_asked
        or any(_asks_which_one(words, at) for at in kinds)
        or not NAME_WORDS.isdisjoint(words)
    ):
        return False
    summary = _SUMMARY_WORDS.findall(fact.data.summary.get(lang))
    folded = [fold(word) for word in summary]
    # The kind itself, else the word before it ("social" of "which social media platform": "on social media").
    for asked in ({words[at] for at in kinds}, {words[at - 1] for at in kinds if at and len(words[at - 1]) > 3}):
        stems = {word[:_KIND_STEM] for word in asked}
        spoken = [at for at, word in enumerate(folded) if word[:_KIND_STEM] in stems]
        if spoken:
            places = not PLACE_KINDS.isdisjoint(words[at] for at in kinds)
            return not any(
                _names_one(summary, near, place_stems, places)
                for at in spoken
                for near in range(max(1, at - _NEAR_NAME), min(len(summary), at + _NEAR_NAME + 1))
                if near != at
            )
    return False


def _city_unnamed(question: str, reading: Reading, fact: Fact, knowledge: Knowledge) -> bool:
    """Tell whether a question asks which city ("dans quelle ville chinoise…", "which Chinese city…") of a fact
    setting what it tells in a country or a region only ("lors d'une visite en Chine"): "Où : Chine" is no city."""
    if reading.yes_no:
        return False
    words = fold(question).split()
    if not any(
        word in _CITIES and ("place" in reading.aspects or _asks_which_one(words, at)) for at, word in enumerate(words)
    ):
        return False
    data = fact.data
    if "place" in data.unsettled:  # "which city will host the summit?": not yet set, which its fact says
        return False
    # Where it happened: a statement's place, a meeting's venue; other facts list the places they concern.
    if isinstance(data, StatementFact):
        where = data.where
    else:
        where = data.places[0] if data.places and (isinstance(data, MeetingFact) or data.met) else None
    place = knowledge.places.get(where or "")
    return place is not None and place.kind in ("country", "region")


_CITIES = frozenset(["ville", "villes", "city", "cities", "town", "towns"])


def _asks_which_one(words: list[str], at: int) -> bool:
    """Tell whether the kind at a position is asked which one: by "which", "quel" before a singular ("quel pays",
    "which missile"), or with a word insisting beside it ("which specific countries", "quels pays précis")."""
    before = words[max(0, at - _KIND - 1) : at]  # "which social media platform"
    if not SPECIFIC.isdisjoint(words[max(0, at - 1) : at + 2]):
        return True
    singular = words[at] == "pays" or not words[at].endswith(("s", "x"))
    # "What did the source call the visit?": "what" is the object of a verb, the source its subject.
    which = [n for n, word in enumerate(before) if word in _WHICH_ONE]
    return singular and bool(which) and _OBJECT_AUXILIARIES.isdisjoint(before[which[-1] + 1 :])


def _names_one(summary: list[str], at: int, place_stems: frozenset[str], places: bool) -> bool:
    """Tell whether a summary's word names one of a kind: a figure, or a capitalised name (a place for a kind of
    place; for another kind, any name but a place's or its people's: "Russian" names no missile)."""
    word = summary[at]
    if any(c.isdigit() for c in word):
        return not fold(summary[at - 1]).endswith(("article", "articles"))  # "article 001" cites, it names nothing
    if not word[0].isupper():
        return False
    return (fold(word).split("'")[-1][:STEM] in place_stems) == places


def _who_unnamed(question: str, reading: Reading, fact: Fact, knowledge: Knowledge, lang: str) -> bool:
    """Tell whether a question asks who one of a kind is ("which senior Russian official…", "qui était le haut
    responsable…", "le nom du responsable…") of a fact saying it is not named ("an unnamed senior Russian official",
    "un haut responsable russe (non nommé)", "des responsables anonymes"): the kind stands near the mark."""
    text = fold(fact.data.summary.get(lang))
    if reading.yes_no or not any(mark in text for mark in _UNNAMED_STEMS):  # most facts name whom they speak of
        return False
    summary = text.replace("non nomme", "unnamed").split()
    marks = [i for i, word in enumerate(summary) if word in _UNNAMED]
    words = fold(question).split()
    # The kind asked follows "which", "quel", "the name of", or opens what "qui est le…" asks ("who cited anonymous
    # officials?" asks who cited them, named, not who they are).
    anchors = [
        i + 1
        for i, word in enumerate(words)
        if word in _WHICH
        or (reading.names_asked and word in NAME_WORDS)
        or (word in _WHO and words[i + 1 : i + 2] and words[i + 1] in _BEING)  # "c qui le haut responsable…"
    ]
    if reading.head in words:
        anchors.append(words.index(reading.head))
    kind = _kind_asked(words, anchors, reading)
    if not any(
        summary[at][:STEM] in kind
        for mark in marks
        for at in range(max(0, mark - _NEAR), min(len(summary), mark + _NEAR + 1))
        if at != mark
    ):
        return False
    # …and the fact says what the question has them do: "quel responsable russe a accueilli Witkoff ?" is not
    # answered by a call with an unnamed official, which a ranking on "responsable russe" may put first.
    # Its keywords are the curators' words for what it says: "au bout du fil" of "un échange téléphonique".
    said = {word[:STEM] for word in summary + fold(" ".join(fact.data.keywords)).split()}
    names = knowledge.name_words | knowledge.named_by_word.keys() | reading.names
    rest = [t[:STEM] for t in reading.tokens if t[:STEM] not in kind and t not in names and not light_word(t)]
    return sum(stem in said for stem in rest) >= _SAID_SHARE * len(rest)


def _kind_asked(words: list[str], anchors: list[int], reading: Reading) -> set[str]:
    """The stems of the words naming the kind a question asks which or who of, from where each anchor opens it:
    "senior Russian" of "which senior Russian official", "dirigeants européens"; not a name, nor what follows a verb
    ("which outlet reported…" is "outlet reported")."""
    names = {word[:STEM] for person in reading.people for word in fold(person).split()}
    kind = {
        word[:STEM] for at in anchors for word in [w for w in words[at:] if w not in STOPWORDS][:_KIND] if len(word) > 3
    }
    return kind - names


_NAMES_PLURAL = frozenset(["noms", "names"])


def _what_plural(word: str, after: str) -> bool:
    """Tell whether "what" asks which ones of a plural noun: "what signals…", not "what is…", "what does…"."""
    return (
        word == "what"
        and len(after) > 3
        and after.endswith("s")
        and not after.endswith(("ss", "us", "is"))
        and after not in STOPWORDS
    )


_SUMMARY_WORDS = re.compile(r"[\w'’-]+")
_KIND_STEM = 6  # "missile" and "missiles", "réseau" and "réseaux"; not "mission"
_NEAR_NAME = 2  # words between a kind and the name it would have: "la plateforme Truth Social", "the Tass agency"
_WHICH_ONE = frozenset(["quel", "quelle", "which", "what"])
# An auxiliary after "what" makes it the object of a verb, not which one of a kind: "what did the source call it?"
_OBJECT_AUXILIARIES = frozenset(["did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will"])
_WHICH_PLURAL = frozenset(["quels", "quelles", "which"])  # "which leader" asks one; its plural is asked the same
# Words saying whom a fact speaks of is not named ("non nommé" is read as one), and how near the noun they qualify.
_UNNAMED = frozenset(["unnamed", "anonymous", "anonyme", "anonymes"])
_UNNAMED_STEMS = ("unnamed", "anonym", "non nomme")  # a quick test of a summary before reading its words
_WHICH = _WHICH_PLURAL | {"quel", "quelle"}
_WHO = frozenset(["qui", "who"])
_BEING = frozenset(["est", "etait", "c", "le", "la", "l", "is", "was", "the"])  # "qui est le…", not "qui a cité…"
_SAID_SHARE = 0.5  # of the question's other words, those the fact must say: what they did, not only who they are
_KIND = 2  # words naming the kind asked: "which senior Russian official" is "senior Russian"
_NEAR = 3  # words between a mark and the kind it qualifies ("certains de ses homologues européens": one more)
# Words saying there were some, not which: "plusieurs dirigeants", "certains signaux", "several leaders".
# "De nouvelles exigences", "more and more joint exercises": new ones, more of them, not which.
_VAGUE = frozenset(
    ["plusieurs", "certains", "certaines", "certain", "several", "some", "various", "divers"]
    + ["nouvelles", "nouveaux", "new", "more"]
)


def _parts_answer(question: str, answers: list[Answer], lang: str) -> Answer:
    """One answer of a message's parts answered alone: each one's first line, then each one's best fact, then the
    others; trimming to the phone budget cuts from the end."""
    items: list[Item] = []
    for item in [a.items[0] for a in answers] + [item for a in answers for item in a.items[1:]]:
        if all(item.fact_id != shown.fact_id for shown in items):
            items.append(item)
    lead = "\n".join(a.lead for a in answers if a.lead)
    return Answer(question, lang, True, lead, tuple(_fit(items, lead, lang)), meta=answers[0].meta)


def _their_words(person: Person, reading: Reading, *, on_call: bool = False) -> Callable[[Fact], bool]:
    """Tell of a fact whether it has someone say something (see speaks) of what a question asks them about: its
    summary holds a word naming it, its topic's cues beside speech ("la réunion": "rencontre", "meeting"). "Trump a
    réagi comment à la réunion ?" is no April post on the war's dead. Any fact does where the question names no such
    topic ("Et Trump ?" after "qu'a dit Zelensky ?": whatever he said)."""
    cues = cue_words(reading.topics - {"statement", PERSON}) - STOPWORDS  # worked out once, not for each fact

    def tells_of(fact: Fact) -> bool:
        return not cues or not cues.isdisjoint(fold(f"{fact.data.summary.fr} {fact.data.summary.en}").split())

    return lambda fact: speaks(person, fact, on_call=on_call) and tells_of(fact)


def _names_all(fact: Fact, reading: Reading) -> bool:
    """Tell whether a fact names every person a question names as taking part, two at least."""
    return len(reading.participants) > 1 and reading.participants <= set(fact.data.people)


def _articles(item: Item) -> frozenset[str]:
    """The articles an item's quotes come from."""
    return frozenset(q.source.article for q in item.quotes)


def _fit(items: list[Item], lead: str, lang: str) -> list[Item]:
    """Drop quotes, then whole items, from the end until the answer fits a phone screen."""
    kept: list[Item] = []
    budget = MAX_CITATIONS
    for item in items:
        if budget <= 0:
            break
        kept.append(item if len(item.quotes) <= budget else replace(item, quotes=item.quotes[:budget]))
        budget -= len(kept[-1].quotes)
    while len(plain_text(lead, kept, lang)) > MAX_TEXT and (len(kept) > 1 or len(kept[0].quotes) > 1):
        last = kept[-1]
        kept[-1:] = [replace(last, quotes=last.quotes[:-1])] if len(last.quotes) > 1 else []
    return kept


def plain_text(lead: str, items: list[Item] | tuple[Item, ...], lang: str) -> str:
    """The answer as a reader sees it without markup: lead, each fact, its quotes and sources."""
    lines = [lead] if lead else []
    bullet = "• " if len(items) > 1 else ""
    for item in items:
        text = item.text if not item.note else f"{item.text}{'' if item.text[-1:] in '.!?' else '.'} {item.note}"
        lines.append(bullet + text)
        lines += [quote_line(q, lang) for q in item.quotes]
    return "\n".join(lines)


@lru_cache(maxsize=4096)
def quote_line(quote: CitedQuote, lang: str) -> str:
    """One quote of the plain answer with its source, rendered once: trimming re-renders an answer several times."""
    return f"  {say('quoted', lang, quote=quote.quote)} — {source_label(quote.source, lang)}"


def source_label(source: Source, lang: str) -> str:
    """Name an article compactly: id, title, outlet, date (marked when inferred)."""
    # date_label already reads as approximate when the article is undated (see Answerer.source)
    if source.title_is_editorial:  # a title we wrote is not the outlet's: name the outlet, or the article
        return (
            f"[{source.article}] {source.outlet or say('article', lang, article=source.article)}, {source.date_label}"
        )
    outlet = f" ({source.outlet})" if source.outlet else ""
    return f"[{source.article}] {source.title}{outlet}, {source.date_label}"


def _meta(result: Result) -> dict[str, object]:
    """Matcher details for --json output and debugging."""
    shown = result.matches or result.near
    meta: dict[str, object] = {
        "topics": sorted(result.reading.topics),
        "scores": {m.fact.id: m.score for m in shown},
    }
    if result.decline:
        meta["declined_because"] = result.decline.value
    return meta


def _timed(fact: Fact) -> bool:
    """Tell whether a fact says when in any words: a date of its own, or a year, month, weekday or time word in its
    summary ("en 2019", "en janvier", "hier", "la semaine prochaine", "depuis le début de…")."""
    if fact.data.date is not None:
        return True
    text = f"{fact.data.summary.fr} {fact.data.summary.en}"
    return bool(_YEAR.search(text)) or not _TIME_WORDS.isdisjoint(fold(text).split())


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_WORDS = (
    FOLDED_MONTHS
    | FOLDED_WEEKDAYS
    | frozenset(
        ["hier", "yesterday", "aujourd", "today", "demain", "tomorrow", "veille", "eve", "depuis", "since", "debut"]
        + ["early", "prochaine", "prochain", "next", "derniere", "dernier", "last", "bientot", "soon", "recemment"]
        + ["recently", "venir", "coming", "upcoming", "auparavant", "earlier", "avant", "before", "apres", "after"]
        + ["ago"]
    )
)


__all__ = ["Answer", "Answerer", "CitedQuote", "Item", "Match", "Source", "Suggestion"]
