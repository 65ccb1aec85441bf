"""Button data: what the bot puts in its buttons, and the one parser that reads it back and refuses anything else.

Callback data comes back from the client, so anyone can forge it. Each kind is a small frozen dataclass with a
one-letter prefix, an `encode()` and a strict `decode()`; `parse()` returns one of them or None, never raises.
To add a kind: write its dataclass (prefix, fields, encode, decode) and add it to KINDS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Protocol

from bot.answering.views import TOPIC_NAMES
from bot.delivery.subscriptions import ALL, TOPICS
from bot.knowledge.schema import SLUG_MAX

MAX_DATA = 64  # Telegram's limit on callback data, in bytes
MAX_OFFSET = 10_000  # far beyond any digest; a bigger number was not produced by the bot
_NUMBER = re.compile(r"[0-9]{1,5}")  # ASCII digits only: str.isdigit() accepts "²", which int() refuses
_SLUG = re.compile(rf"[a-z0-9][a-z0-9-]{{0,{SLUG_MAX - 1}}}")  # fact and person ids (schema.Slug)
DIGEST_TOPICS = frozenset(TOPIC_NAMES)
"""Topics a "more" button pages through."""
SUBSCRIPTION_TOPICS = frozenset((*TOPICS, ALL))
"""Topics a subscription button toggles."""


class Callback(Protocol):
    """What every kind of button data provides."""

    prefix: ClassVar[str]

    def encode(self) -> str: ...


def _number(text: str) -> int | None:
    """A small non-negative whole number written in ASCII digits, or None."""
    return int(text) if _NUMBER.fullmatch(text) and int(text) <= MAX_OFFSET else None


@dataclass(frozen=True, slots=True)
class ExampleQuestion:
    """An example question of /start, by its index."""

    prefix: ClassVar[str] = "e"
    index: int

    def encode(self) -> str:
        return f"e:{self.index}"

    @classmethod
    def decode(cls, value: str) -> ExampleQuestion | None:
        """e:<index>"""
        index = _number(value)
        return None if index is None else cls(index)


@dataclass(frozen=True, slots=True)
class FactButton:
    """A suggested fact, by its id."""

    prefix: ClassVar[str] = "f"
    fact_id: str

    def encode(self) -> str:
        return f"f:{self.fact_id}"  # ids are at most SLUG_MAX long: the data fits MAX_DATA

    @classmethod
    def decode(cls, value: str) -> FactButton | None:
        """f:<fact id>"""
        return cls(value) if _SLUG.fullmatch(value) else None


@dataclass(frozen=True, slots=True)
class DigestPage:
    """The next page of a topic digest."""

    prefix: ClassVar[str] = "m"
    topic: str
    offset: int

    def encode(self) -> str:
        return f"m:{self.topic}:{self.offset}"

    @classmethod
    def decode(cls, value: str) -> DigestPage | None:
        """m:<topic>:<offset>"""
        topic, _, offset = value.partition(":")
        number = _number(offset)
        return cls(topic, number) if topic in DIGEST_TOPICS and number is not None else None


@dataclass(frozen=True, slots=True)
class TopicToggle:
    """A subscription topic button: subscribe, or unsubscribe if subscribed."""

    prefix: ClassVar[str] = "s"
    topic: str

    def encode(self) -> str:
        return f"s:{self.topic}"

    @classmethod
    def decode(cls, value: str) -> TopicToggle | None:
        """s:<topic>"""
        return cls(value) if value in SUBSCRIPTION_TOPICS else None


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """A page of /timeline, by the offset of its first event."""

    prefix: ClassVar[str] = "t"
    offset: int

    def encode(self) -> str:
        return f"t:{self.offset}"

    @classmethod
    def decode(cls, value: str) -> TimelinePage | None:
        """t:<offset>"""
        offset = _number(value)
        return None if offset is None else cls(offset)


KINDS = (ExampleQuestion, FactButton, DigestPage, TopicToggle, TimelinePage)
_BY_PREFIX = {kind.prefix: kind for kind in KINDS}


def parse(data: str | None) -> ExampleQuestion | FactButton | DigestPage | TopicToggle | TimelinePage | None:
    """Read button data back into what the bot encoded; None for anything it could not have produced."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_DATA:
        return None
    prefix, colon, value = data.partition(":")
    kind = _BY_PREFIX.get(prefix)
    return kind.decode(value) if kind is not None and colon else None
