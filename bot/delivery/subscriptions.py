"""What a reader can subscribe to: the main topics, everything, or a person; and which facts each covers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.answering.views import TOPIC_NAMES, topic_of
from bot.delivery.store import Mode, Subscriber
from bot.knowledge.dates import format_date
from bot.knowledge.loading import PERSON, Fact, Knowledge, people_of
from bot.knowledge.schema import MAIN_TOPICS, Person
from bot.knowledge.text import fold
from bot.messages import language, say

ALL = "all"
TOPICS = MAIN_TOPICS
"""The topics offered as buttons, in the order of /brief."""
PERSON_PREFIX = "person:"
_ALL_WORDS = frozenset({"all", "everything", "tout", "tous", "toutes", "tout le reste"})


@dataclass(frozen=True, slots=True)
class TopicChoice:
    """What a reader's words asked for: topic keys understood, and the words that were not."""

    topics: tuple[str, ...]
    unknown: tuple[str, ...]


def parse_topics(text: str, knowledge: Knowledge) -> TopicChoice:
    """Read "/subscribe" arguments: topic words in French or English, "all", or people's names."""
    folded = f" {fold(text.replace(',', ' '))} "
    topics: list[str] = []
    # Full names first ("Vladimir Poutine"), longest alias first, so first names are not left over as unknown words.
    aliases = sorted(
        ((fold(alias), pid) for pid, person in knowledge.people.items() for alias in _names(person)),
        key=lambda a: -len(a[0]),
    )
    for alias, person_id in aliases:
        if f" {alias} " in folded:
            folded = folded.replace(f" {alias} ", " ")
            topics.append(PERSON_PREFIX + person_id)
    unknown: list[str] = []
    for word in folded.split():
        if word in _ALL_WORDS:
            topics.append(ALL)
        elif (topic := topic_of(word)) in TOPICS:
            topics.append(topic)
        else:
            unknown.append(word)
    return TopicChoice(tuple(dict.fromkeys(topics)), tuple(unknown))


def _names(person: Person) -> tuple[str, ...]:
    """Every name a person goes by."""
    return (*person.names, person.id)


def covers(topics: frozenset[str], fact: Fact) -> bool:
    """Whether a subscription to these topics wants news of this fact."""
    if ALL in topics or fact.topic in topics:
        return True
    named = people_of(fact) | ({fact.id} if fact.topic == PERSON else set())
    return any(PERSON_PREFIX + person in topics for person in named)


def topic_label(topic: str, lang: str, knowledge: Knowledge) -> str:
    """A topic key as a reader reads it: "Rencontres", "Vladimir Poutine", "tout"."""
    lang = language(lang)
    if topic == ALL:
        return say("topic_all", lang)
    if topic.startswith(PERSON_PREFIX):
        person = knowledge.people.get(topic.removeprefix(PERSON_PREFIX))
        return person.name.get(lang) if person else topic.removeprefix(PERSON_PREFIX)
    return TOPIC_NAMES.get(topic, {}).get(lang, topic)


def describe(topics: frozenset[str], lang: str, knowledge: Knowledge) -> str:
    """A subscription's topics in one line, in the order of the buttons."""
    order = {t: i for i, t in enumerate((ALL, *TOPICS))}
    ordered = sorted(topics, key=lambda t: (order.get(t, len(order)), t))
    return ", ".join(topic_label(t, lang, knowledge) for t in ordered)


def moment(when: dt.datetime, timezone: str, lang: str) -> str:
    """A moment in a reader's time zone: "21 novembre 2026, 08:00"."""
    local = when.astimezone(ZoneInfo(timezone))
    return f"{format_date(local.date(), lang)}, {local:%H:%M}"


def mode_line(subscriber: Subscriber, lang: str) -> str:
    """How a subscriber gets notifications, in a sentence."""
    if subscriber.mode is Mode.DIGEST:
        return say("mode_digest", lang, at=subscriber.digest_time, zone=subscriber.timezone)
    return say("mode_immediate", lang)


def status(subscriber: Subscriber | None, lang: str, knowledge: Knowledge) -> str:
    """What a chat gets and how: topics, delivery mode, pause, last delivery."""
    if subscriber is None or not subscriber.topics:
        return say("not_subscribed", lang)
    last = (
        moment(subscriber.last_delivered_at, subscriber.timezone, lang)
        if subscriber.last_delivered_at
        else say("never", lang)
    )
    return say(
        "status",
        lang,
        topics=describe(subscriber.topics, lang, knowledge),
        mode=mode_line(subscriber, lang),
        muted=say("muted_note", lang) if subscriber.muted else "",
        last=last,
    )
