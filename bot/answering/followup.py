"""Follow-up questions: each chat's last question, kept a few minutes, reads "et où ?" or "and Trump?"."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace

from bot.answering.answers import Answer, Answerer
from bot.answering.grammar import has_object_pronoun, pronoun_subject
from bot.answering.lexicon import (
    ADDITIVES,
    FOLLOW_UP_OPENERS,
    PLURAL_SUBJECTS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    THERE,
)
from bot.answering.matching import Reading
from bot.answering.parts import without_remark
from bot.knowledge.loading import PERSON
from bot.knowledge.text import fold

TTL_SECONDS = 300.0  # a follow-up comes within minutes; after that a question starts afresh
MAX_CHATS = 10_000  # contexts kept at most; the least recently used goes first
MAX_FOLLOW_UP_WORDS = 4  # content words a follow-up may add ("et à Saint-Pétersbourg ?")


@dataclass(frozen=True, slots=True)
class Context:
    """What a chat last asked: the question as read (after any follow-up), and the facts it was answered with."""

    reading: Reading
    fact_ids: tuple[str, ...]
    at: float


class Contexts:
    """The last question of each chat, for TTL_SECONDS, at most MAX_CHATS of them (an LRU)."""

    def __init__(
        self, *, ttl: float = TTL_SECONDS, size: int = MAX_CHATS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl, self.size, self.clock = ttl, size, clock
        self._items: OrderedDict[Hashable, Context] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, chat: Hashable) -> Context | None:
        """The chat's last question if it is recent enough."""
        context = self._items.get(chat)
        if context is None:
            return None
        if self.clock() - context.at > self.ttl:
            del self._items[chat]
            return None
        self._items.move_to_end(chat)
        return context

    def put(self, chat: Hashable, reading: Reading, fact_ids: tuple[str, ...]) -> None:
        """Remember a chat's question, dropping the least recently used chats beyond the limit."""
        self._items[chat] = Context(reading, fact_ids, self.clock())
        self._items.move_to_end(chat)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        """Drop a chat's context."""
        self._items.pop(chat, None)


class Conversation:
    """Answers questions chat by chat, reading a follow-up against the chat's previous question."""

    def __init__(self, answerer: Answerer, contexts: Contexts | None = None) -> None:
        self.answerer = answerer
        self.contexts = Contexts() if contexts is None else contexts  # an empty Contexts is falsy

    def ask(self, chat: Hashable, question: str, *, lang: str | None = None, follow: bool = True) -> Answer:
        """Answer question in chat; with follow, a short follow-up is read against the chat's last question."""
        matcher = self.answerer.matcher
        typed, question = question, without_remark(question)  # "… par qui ? faut que je cite l'agence"
        reading = matcher.read(question)
        previous = self.contexts.get(chat) if follow else None
        if previous is not None and refers_back(question, reading):
            reading = resolve(previous, reading, self.answerer, question)
        elif previous is not None and is_follow_up(question, reading):
            reading = merge(previous, reading, self.answerer, question)
        result = matcher.match_reading(reading)
        answer = self.answerer.answer(result, question, lang=lang or (previous.reading.lang if previous else None))
        facts = tuple(item.fact_id for item in answer.items) or tuple(m.fact.id for m in result.near)
        self.contexts.put(chat, reading, facts)
        return answer.as_typed(typed)


def is_follow_up(question: str, reading: Reading) -> bool:
    """Tell whether a question leans on the one before: "et où ?", "and Trump?", "et lui ?", "did they meet?"."""
    words = fold(question).split()
    if not words or len(reading.tokens) > MAX_FOLLOW_UP_WORDS:
        return False
    opens = words[0] in FOLLOW_UP_OPENERS or " ".join(words[:2]) in FOLLOW_UP_OPENERS
    if pronoun_subject(words) is not None:  # "et ont-ils parlé de sanctions ?" has its own subject and verb
        return False
    bare = not reading.tokens and bool(reading.aspects or reading.yes_no or reading.exact or set(words) & PRONOUNS)
    # "Will Zelensky be there?": where, or at what, the question before asked about.
    return opens or bare or bool(set(words) & (PRONOUNS | THERE) and len(reading.tokens) <= 1)


def refers_back(question: str, reading: Reading) -> bool:
    """Tell whether a question's subject is a pronoun for those asked about before: "did he meet Dmitriev too?", "a-t-il
    aussi vu Dmitriev ?", "what did they discuss?", "qu'a-t-il dit ?". Only when it adds to what was asked ("too",
    "aussi") or asks little more: "quand ont-ils trouvé un accord pour un sommet ?" may be any question's."""
    words = fold(question).split()
    adds = not ADDITIVES.isdisjoint(words) or len(reading.tokens) <= 1
    return pronoun_subject(words) is not None and adds


def resolve(previous: Context, new: Reading, answerer: Answerer, question: str) -> Reading:
    """Read a question whose subject is a pronoun as naming whom it stands for: "he", the person the previous question
    named first as taking part (by name or title, not whose envoy); "they", all those it named. The question is
    otherwise its own: "did he also meet Dmitriev?" after "when did Witkoff meet Putin?" asks no date; "there" is
    where the previous question was set."""
    old = previous.reading
    words = fold(question).split()
    refs = _referents(pronoun_subject(words), old)
    if not refs:
        return new
    surnames = [_name_tokens(person, answerer)[-1:] for person in sorted(refs)]  # first names would weigh as words
    tokens = (*new.tokens, *(t for name in surnames for t in name if t not in new.tokens))
    there = "there" in words or "y" in words
    return replace(
        new,
        tokens=tokens,
        people=new.people | refs,
        unnamed=has_object_pronoun(words),  # "did he also meet him?": who him is, still unsaid
        pronoun_led=has_object_pronoun(words),
        first=old.first,
        places=new.places | old.places if there else new.places,
        settings=new.settings | old.settings if there else new.settings,
    )


def _referents(pronoun: str | None, old: Reading) -> frozenset[str]:
    """Whom a subject pronoun stands for, of the previous question: "he", the person it named first as taking part
    (by name or title, not whose envoy); "they", all those it named."""
    if pronoun in SUBJECT_PRONOUNS:
        return frozenset([old.first] if old.first else [])
    return old.participants if pronoun in PLURAL_SUBJECTS else frozenset()


def merge(previous: Context, new: Reading, answerer: Answerer, question: str) -> Reading:
    """Read a follow-up as the previous question with what the follow-up changes: who, where, when, what is asked."""
    old = previous.reading
    index = answerer.matcher.index
    if set(fold(question).split()) & PRONOUNS and not new.tokens and not new.aspects:
        person = _last_person(previous, answerer)
        if person:  # "et lui ?": who is the person the last answer was about
            return replace(
                old,
                topics=frozenset({PERSON}),
                people=frozenset({person}),
                aspects=frozenset(),
                tokens=_name_tokens(person, answerer),
                head=None,
                names_asked=False,
                outcome=False,
            )
    # The people or places the follow-up names replace those of the previous question.
    named = bool(new.people or new.titled)  # by name or by title ("and the Russian president?")
    # "Did he meet Zelensky too?" after "did Witkoff meet Putin?": he is still Witkoff, and Zelensky joins him.
    pronoun = pronoun_subject(fold(question).split())  # "et a-t-il…" has one; "et Trump a-t-il…" names its subject
    subject = old.first if named and pronoun in SUBJECT_PRONOUNS else None
    also = _referents(pronoun, old) if named else frozenset()
    # A title stands for the person's name: "and the Russian president?" after "who is Peskov?" asks who Putin is; "did
    # he also meet Dmitriev?" after "did the US envoy meet Putin?" asks it of Witkoff.
    retitled = new.titled | (old.titled & {subject}) if named else frozenset()
    untitled = _title_words(old.titled, answerer) if named else set()
    tokens = [
        t
        for t in old.tokens
        if not (named and index.person_named(t) not in (None, subject) or new.places and index.place_named(t))
        and t not in untitled
    ]
    # "Et qui d'autre ?": whom the last answer named, and those asked about but its subject, are whom it is not.
    besides = _besides(previous, answerer) if new.others and not named else new.besides
    tokens = [t for t in tokens if index.person_named(t) not in besides]
    entitled = _title_words(new.titled, answerer)
    tokens += [t for t in new.tokens if t not in tokens and fold(t) not in PRONOUNS and t not in entitled]
    tokens += [t for person in sorted(retitled) for t in _name_tokens(person, answerer) if t not in tokens]
    return replace(
        old,
        lang=new.lang or old.lang,
        tokens=tuple(tokens),
        topics=old.topics - {PERSON} | new.topics if new.topics else old.topics,
        people=new.people | new.titled | also if named else old.people,  # a title is read as the name it stands for
        owners=new.owners if named else old.owners,
        titled=frozenset() if named else old.titled,
        first=(subject or new.first) if named else old.first,
        unnamed=new.unnamed and named and not also,  # "did they meet?" names whom the question before did
        pronoun_led=new.pronoun_led and named and not also,
        aspects=new.aspects or old.aspects,
        places=new.places or old.places,
        # A day or a month the follow-up names replaces the time of the question before: "and in April?".
        days=new.days if new.days or new.months else old.days,
        months=new.months if new.days or new.months else old.months,
        yes_no=new.yes_no,
        wants_list=new.wants_list or old.wants_list,
        unknown_names=new.unknown_names,
        exact=new.exact or old.exact,
        head=new.head,  # what the follow-up asks, not what the question before it did
        names_asked=new.names_asked,
        outcome=new.outcome,
        future=new.future or old.future and not new.tokens,  # "et quand ?" after "où aura lieu le sommet ?"
        past=new.past or old.past and not new.tokens,
        settings=new.settings if new.places else old.settings,
        figures=new.figures or old.figures,  # "Did they meet in April?", then "in May?": May
        conditional=new.conditional or old.conditional and not new.tokens,
        # A call asked about stays one for "et combien de temps ?", not for other people ("and Witkoff and Putin?").
        by_phone=new.by_phone if new.by_phone is not None or named else old.by_phone,
        asks_speech=new.asks_speech or old.asks_speech,
        # "Qu'a dit Zelensky ?" then "et Trump ?": now Trump's words. Only after a question on what someone said: "did
        # he meet Dmitriev too?" asks no one's words.
        speaker=new.speaker or ((new.first or (None if named else old.speaker)) if old.speaker else None),
        # "Qu'exige la Russie ?" then "et l'Ukraine ?": now Ukraine's demands; "et à Kiev ?", "et pour la paix ?" still
        # Russia's (Kyiv is whom they are made of).
        party=new.party or old.party,
        others=new.others,
        besides=besides,
        per=new.per,  # "and per day?" after "how many deaths per week?"; "and in total?" asks no rate
    )


def _last_person(previous: Context, answerer: Answerer) -> str | None:
    """The person the last answer named that its question did not, else the one its question named."""
    knowledge = answerer.knowledge
    for fact_id in previous.fact_ids:
        fact = knowledge.by_id.get(fact_id)
        others = [p for p in (fact.data.people if fact else ()) if p not in previous.reading.people]
        if others:
            return others[0]
    return next(iter(sorted(previous.reading.people)), None)


def _besides(previous: Context, answerer: Answerer) -> frozenset[str]:
    """Whom "and who else?" sets aside: the person the last answer named, and those its question named but its
    subject ("did Witkoff meet Putin?", then "who else?": not Putin)."""
    old = previous.reading
    last = _last_person(previous, answerer)
    return (old.participants - {old.first}) | ({last} - {old.first} if last else set())


def _name_tokens(person: str, answerer: Answerer) -> tuple[str, ...]:
    """The words of a person's name, as a question would hold them."""
    entry = answerer.knowledge.people.get(person)
    return tuple(fold(entry.name.en).split()) if entry else ()


def _title_words(people: frozenset[str], answerer: Answerer) -> set[str]:
    """The words of what questions call these people instead of their names, folded."""
    entries = [entry for person in people if (entry := answerer.knowledge.people.get(person))]
    return {word for entry in entries for title in entry.titles for word in fold(title).split()}
